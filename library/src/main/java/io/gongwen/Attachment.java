package io.gongwen;

import java.util.List;

/**
 * An attachment (附件, GB/T 9704-2012 §7.3.7) bound with the document: it starts on a new page with
 * its label ("附件" or "附件2") flush left on the first line, its title centred on the third line, then
 * its body laid out like the main text. Page numbers run on from the main text. The document's
 * attachment note (附件说明) lists the attachments by these titles.
 *
 * @param title the attachment's title, as in the attachment note
 * @param body its content: paragraphs, sections, tables
 * @param label the label as the source prints it ("附件1."), kept by a reader; empty for the
 *              standard's "附件" or "附件N", which the writer prints
 */
public record Attachment(String title, List<Block> body, java.util.Optional<String> label) {
    /**
     * Checks the components.
     *
     * @param title not blank
     * @param body the content; possibly empty
     * @param label the label as the source prints it, or empty
     * @throws InvalidDocumentException naming {@code attachment.title} if it is blank, or the component that
     *                                  is null
     */
    public Attachment {
        if (title == null || title.isBlank()) {
            throw new InvalidDocumentException("attachment.title", "must not be blank: " + Checks.quote(title));
        }
        body = List.copyOf(Checks.present("attachment.body", body));
        Checks.present("attachment.label", label);
    }

    /**
     * An attachment with the standard's label.
     *
     * @param title the attachment's title, as in the attachment note; not blank
     * @param body its content: paragraphs, sections, tables
     */
    public Attachment(String title, List<Block> body) {
        this(title, body, java.util.Optional.empty());
    }
}
