package io.gongwen;

import io.gongwen.internal.Checks;

/**
 * A signatory who signs with a signature seal (签发人签名章, GB/T 9704-2012 §7.3.5.3): the title (职务)
 * stands two characters left of the seal, centred on it; used by orders (命令) and some documents
 * signed by a person rather than a body.
 *
 * @param title the signatory's full title, e.g. "市长"
 * @param signatureSeal the image of the signature seal
 */
public record Signatory(String title, Seal signatureSeal) {
    /**
     * Checks the components.
     *
     * @param title not blank
     * @param signatureSeal not null
     * @throws InvalidDocumentException naming {@code signatory.title} if it is blank, or
     *                                  {@code signatory.signatureSeal} if it is null
     */
    public Signatory {
        if (title == null || title.isBlank()) {
            throw new InvalidDocumentException("signatory.title", "must not be blank: " + Checks.quote(title));
        }
        Checks.present("signatory.signatureSeal", signatureSeal);
    }
}
