package io.gongwen;

/**
 * A body paragraph: written with a two-character first-line indent, continuation lines flush left
 * (首行缩进 2 字、回行顶格). Documents get their paragraphs from the builder, which validates every
 * character; a record built directly is only checked for presence.
 *
 * @param text the paragraph, without indentation; never blank
 */
public record Paragraph(String text) implements Block {
    public Paragraph {
        if (text == null || text.isBlank()) {
            throw new InvalidDocumentException("paragraph.text", "must not be blank: " + Checks.quote(text));
        }
    }
}
