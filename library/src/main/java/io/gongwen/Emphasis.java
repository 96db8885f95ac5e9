package io.gongwen;

/**
 * How a run of characters inside a paragraph differs from the paragraph's own style, as the author
 * set it: bold key phrases ("一是", "二是" in a 总结), superscripts and subscripts (m², CO₂, 10⁴),
 * italic and underline, which the standard's practice does not use for emphasis, and strike-through,
 * with which an author marks words as removed while leaving them to be read (the checker reports
 * these three; the writer keeps them).
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
    SUBSCRIPT,
    /** Struck through with one line ({@code w:strike}): words marked as removed, still to be read. */
    STRIKE,
    /** Struck through with two lines ({@code w:dstrike}). */
    DOUBLE_STRIKE
}
