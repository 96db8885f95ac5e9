package io.gongwen;

import io.gongwen.internal.Checks;
import java.util.List;

/**
 * A body paragraph: written with a two-character first-line indent, continuation lines flush left
 * (首行缩进 2 字、回行顶格). Documents get their paragraphs from the builder, which validates every
 * character; a record built directly is only checked for presence and for spans that fit the text.
 *
 * @param text the paragraph, without indentation; never blank
 * @param spans the stretches of {@code text} formatted otherwise (bold, superscript, …), in order;
 *              empty for a plain paragraph (see {@link FormattedText})
 * @param notes the footnotes and endnotes whose marks stand in {@code text}, in order; empty for most
 */
public record Paragraph(String text, List<Span> spans, List<Note> notes) implements Block {
    /**
     * Checks the text for presence and the spans and notes against it.
     *
     * @param text not blank
     * @param spans in order, inside the text (see {@link FormattedText}); possibly empty
     * @param notes in the order of their marks, inside the text; possibly empty
     * @throws InvalidDocumentException naming {@code paragraph.text} if the text is blank, or the span or
     *                                  note that does not fit
     */
    public Paragraph {
        if (text == null || text.isBlank()) {
            throw new InvalidDocumentException("paragraph.text", "must not be blank: " + Checks.quote(text));
        }
        Checks.present("paragraph.spans", spans);
        Checks.present("paragraph.notes", notes);
        // a plain paragraph, nearly every one, needs no check of its spans
        if (spans.isEmpty() && notes.isEmpty()) {
            spans = List.of();
            notes = List.of();
        } else {
            FormattedText checked = new FormattedText(text, spans, notes);
            spans = checked.spans();
            notes = checked.notes();
        }
    }

    /**
     * A paragraph without notes.
     *
     * @param text not blank
     * @param spans in order, inside the text; possibly empty
     */
    public Paragraph(String text, List<Span> spans) {
        this(text, spans, List.of());
    }

    /**
     * A plain paragraph.
     *
     * @param text the paragraph, without indentation; not blank
     */
    public Paragraph(String text) {
        this(text, List.of(), List.of());
    }

    /**
     * The text with its spans and notes.
     *
     * @return the text, its spans and its notes
     */
    public FormattedText formatted() {
        return new FormattedText(text, spans, notes);
    }
}
