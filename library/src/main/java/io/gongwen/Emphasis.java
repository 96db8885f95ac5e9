package io.gongwen;

/**
 * How a run of characters inside a paragraph differs from the paragraph's own style, as the author
 * set it: bold key phrases ("一是", "二是" in a 总结), superscripts and subscripts (m², CO₂, 10⁴), and
 * italic and underline, which the standard's practice does not use for emphasis (the checker reports
 * them; the writer keeps them).
 */
public enum Emphasis {
    /** Bold ({@code w:b}). */
    BOLD,
    /** Italic ({@code w:i}). */
    ITALIC,
    /** A single underline ({@code w:u}). */
    UNDERLINE,
    /** Raised and smaller ({@code w:vertAlign="superscript"}): the 2 of m². */
    SUPERSCRIPT,
    /** Lowered and smaller ({@code w:vertAlign="subscript"}): the 2 of CO₂. */
    SUBSCRIPT
}
