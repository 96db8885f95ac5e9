package io.gongwen.check;

/**
 * A safe correction: replace {@code length} characters at {@code offset} of the finding's line with
 * {@code replacement}. Safe means it changes form, never meaning ("(一)" → "（一）").
 *
 * @param offset where the replaced text starts, in UTF-16 units from the start of the line
 * @param length how many UTF-16 units are replaced
 * @param replacement the text put in their place
 */
public record Fix(int offset, int length, String replacement) {
}
