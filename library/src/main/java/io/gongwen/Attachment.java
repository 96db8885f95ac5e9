package io.gongwen;

import io.gongwen.internal.Checks;
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
 * @param titleLines the title as it is printed, line by line, joining to {@code title}; empty until the
 *                   document is built, which breaks the title for its text block as it breaks the
 *                   document's own ({@link TitleBreaker}), so every writer prints the same lines
 */
public record Attachment(String title, List<Block> body, java.util.Optional<String> label, List<String> titleLines) {
    /**
     * Checks the components.
     *
     * @param title not blank
     * @param body the content; possibly empty
     * @param label the label as the source prints it, or empty
     * @param titleLines the printed lines, joining to {@code title}, or empty
     * @throws InvalidDocumentException naming {@code attachment.title} if it is blank,
     *                                  {@code attachment.titleLines} if the lines do not join to it, or
     *                                  the component that is null
     */
    public Attachment {
        if (title == null || title.isBlank()) {
            throw new InvalidDocumentException("attachment.title", "must not be blank: " + Checks.quote(title));
        }
        body = List.copyOf(Checks.present("attachment.body", body));
        Checks.present("attachment.label", label);
        titleLines = List.copyOf(Checks.present("attachment.titleLines", titleLines));
        if (!titleLines.isEmpty() && !String.join("", titleLines).equals(title)) {
            throw new InvalidDocumentException("attachment.titleLines", "must join to the title "
                    + Checks.quote(title) + ": " + titleLines);
        }
    }

    /**
     * An attachment whose title the document breaks into lines.
     *
     * @param title the attachment's title, as in the attachment note; not blank
     * @param body its content: paragraphs, sections, tables
     * @param label the label as the source prints it, or empty for the standard's
     */
    public Attachment(String title, List<Block> body, java.util.Optional<String> label) {
        this(title, body, label, List.of());
    }

    /**
     * An attachment with the standard's label, whose title the document breaks into lines.
     *
     * @param title the attachment's title, as in the attachment note; not blank
     * @param body its content: paragraphs, sections, tables
     */
    public Attachment(String title, List<Block> body) {
        this(title, body, java.util.Optional.empty(), List.of());
    }

    /** This attachment with its title broken for a specification's text block, unless it is already. */
    Attachment broken(Specification specification) {
        return titleLines.isEmpty() ? new Attachment(title, body, label, TitleBreaker.lines(title, specification)) : this;
    }
}
