package io.gongwen;

/**
 * A body paragraph: written with a two-character first-line indent, continuation lines flush left
 * (首行缩进 2 字、回行顶格).
 *
 * @param text the paragraph, without indentation; never blank
 */
public record Paragraph(String text) implements Block {
    public Paragraph {
        text = Checks.text("paragraph", text);
    }
}
