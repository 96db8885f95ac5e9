package io.gongwen.check;

import java.util.Optional;

/**
 * One thing the checker found.
 *
 * @param rule the rule that found it; {@code rule().id()} is its printed name, e.g. {@code half-width-ordinal}
 * @param severity how much it matters
 * @param line the 1-based line of the draft, or the 1-based paragraph of a .docx (every paragraph
 *             counts, empty ones and those in tables); 0 for what concerns the whole document (page
 *             set-up, footers)
 * @param offset where in the line, in UTF-16 units from its start as written
 * @param chinese the message in Chinese
 * @param english the message in English
 * @param fix the safe correction, where there is one
 * @param where the location: a {@link Where.Line}, {@link Where.Paragraph}, {@link Where.Table} or a
 *              {@link Where.Part} of the document
 */
public record Finding(Rule rule, Severity severity, int line, int offset, String chinese, String english,
                      Optional<Fix> fix, Where where) {
    /**
     * Checks that no component is null.
     *
     * @param rule the rule that found it
     * @param severity how much it matters
     * @param line the 1-based line or paragraph, or 0 for the whole document
     * @param offset where in the line, in UTF-16 units
     * @param chinese the message in Chinese
     * @param english the message in English
     * @param fix the safe correction, or empty
     * @param where the location
     * @throws NullPointerException if {@code rule}, {@code severity}, a message, {@code fix} or {@code where}
     *                              is null
     */
    public Finding {
        if (rule == null || severity == null || chinese == null || english == null || fix == null || where == null) {
            throw new NullPointerException("rule, severity, messages, fix and where must not be null");
        }
    }

    /**
     * A finding in a line of drafted text: {@code where} is that line.
     *
     * @param rule the rule that found it
     * @param severity how much it matters
     * @param line the 1-based line of the draft
     * @param offset where in the line, in UTF-16 units from its start as written
     * @param chinese the message in Chinese
     * @param english the message in English
     * @param fix the safe correction, or empty
     * @throws NullPointerException if {@code rule}, {@code severity}, a message or {@code fix} is null
     */
    public Finding(Rule rule, Severity severity, int line, int offset, String chinese, String english,
                   Optional<Fix> fix) {
        this(rule, severity, line, offset, chinese, english, fix, new Where.Line(line));
    }

    /** The same finding at a paragraph of a .docx instead of a line of text. */
    Finding atParagraph() {
        return where instanceof Where.Line
                ? new Finding(rule, severity, line, offset, chinese, english, fix, new Where.Paragraph(line)) : this;
    }

    @Override
    public String toString() {
        String at = where instanceof Where.Line ? line + ":" + offset : where.toString();
        return at + " " + severity + " [" + rule.id() + "] " + chinese + " / " + english
                + fix.map(f -> " (fix: " + f.replacement() + ")").orElse("");
    }
}
