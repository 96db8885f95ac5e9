package io.gongwen;

import io.gongwen.internal.Checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What closes a document's text (GB/T 9704-2012 §7.3.4–§7.3.6): the attachment note (附件说明), the
 * issuers' signatures (发文机关署名) with their seals or the signatories' signature seals, the date
 * (成文日期) and the note (附注). Beside {@link HeadBlock}, which opens the document, and
 * {@link Colophon}, which ends it.
 *
 * @param attachmentNote the attachment note: the attachments' titles in order; empty if there are none
 * @param attachmentNoteLabel the words the attachment note starts with: "附件：" as the standard prints
 *                            it (§7.3.4), or what the source printed ("附件" in "附件1.……"), which a
 *                            reader keeps
 * @param signatures the issuing bodies' signatures, host first; several on a joint document; empty for a
 *                   document signed by signatories
 * @param signatories the signatories who sign with a signature seal (签发人签名章), host first; empty
 *                    unless the document is signed so
 * @param date the date of the document, if it has one
 * @param note the note, with its full-width parentheses, e.g. "（此件公开发布）", if there is one
 */
public record Closing(List<String> attachmentNote, String attachmentNoteLabel, List<Signature> signatures,
                      List<Signatory> signatories, Optional<LocalDate> date, Optional<String> note) {
    /**
     * Checks the components and copies the lists.
     *
     * @param attachmentNote the attachments' titles, or empty
     * @param attachmentNoteLabel the attachment note's first words
     * @param signatures the signatures, or empty
     * @param signatories the signatories, or empty
     * @param date the date, or empty
     * @param note the note, or empty
     * @throws InvalidDocumentException naming the component that is null
     */
    public Closing {
        attachmentNote = List.copyOf(Checks.present("attachmentNote", attachmentNote));
        Checks.present("attachmentNoteLabel", attachmentNoteLabel);
        signatures = List.copyOf(Checks.present("signatures", signatures));
        signatories = List.copyOf(Checks.present("signatories", signatories));
        Checks.present("date", date);
        Checks.present("note", note);
    }

    /**
     * The first (or only) signature's name.
     *
     * @return the host issuer's name as signed; empty if no body signs
     */
    public Optional<String> signature() {
        return signatures.stream().findFirst().map(Signature::issuer);
    }

    /**
     * Whether the signatures carry seals (加盖印章).
     *
     * @return true if a signature has a seal
     */
    public boolean isSealed() {
        return signatures.stream().anyMatch(s -> s.seal().isPresent());
    }

    /**
     * The date as the standard writes it: Arabic digits, no leading zeros, e.g. "2020年7月1日".
     *
     * @return the date's text; empty if there is no date
     */
    public Optional<String> dateText() {
        return date.map(OfficialDocument::formatDate);
    }
}
