package io.gongwen;

import io.gongwen.internal.Checks;
import java.util.Optional;

/**
 * One issuing body's signature (发文机关署名) and, on a sealed document, its seal (GB/T 9704-2012
 * §7.3.5.1–7.3.5.2). A document signed by several bodies (联合行文) has one per body, host first.
 *
 * @param issuer the body's name as signed
 * @param seal its seal, pressed over the signature; empty on an unsealed document
 */
public record Signature(String issuer, Optional<Seal> seal) {
    /**
     * Checks the components.
     *
     * @param issuer not blank
     * @param seal the seal, or empty
     * @throws InvalidDocumentException naming {@code signature} if the name is blank, or
     *                                  {@code signature.seal} if it is null
     */
    public Signature {
        if (issuer == null || issuer.isBlank()) {
            throw new InvalidDocumentException("signature", "must not be blank: " + Checks.quote(issuer));
        }
        Checks.present("signature.seal", seal);
    }
}
