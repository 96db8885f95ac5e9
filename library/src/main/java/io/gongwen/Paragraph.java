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
 */
public record Paragraph(String text, List<Span> spans) implements Block {
    /**
     * Checks the text for presence and the spans against it.
     *
     * @param text not blank
     * @param spans in order, inside the text (see {@link FormattedText}); possibly empty
     * @throws InvalidDocumentException naming {@code paragraph.text} if the text is blank, or the span that
     *                                  does not fit
     */
    public Paragraph {
        if (text == null || text.isBlank()) {
            throw new InvalidDocumentException("paragraph.text", "must not be blank: " + Checks.quote(text));
        }
        // a plain paragraph, nearly every one, needs no check of its spans
        spans = Checks.present("paragraph.spans", spans).isEmpty() ? List.of() : new FormattedText(text, spans).spans();
    }

    /**
     * A plain paragraph.
     *
     * @param text the paragraph, without indentation; not blank
     */
    public Paragraph(String text) {
        this(text, List.of());
    }

    /**
     * The text with its spans.
     *
     * @return the text and its spans
     */
    public FormattedText formatted() {
        return new FormattedText(text, spans);
    }
}
