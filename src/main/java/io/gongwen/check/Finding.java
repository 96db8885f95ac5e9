package io.gongwen.check;

import java.util.Optional;

/**
 * One thing the checker found.
 *
 * @param rule the rule that found it, e.g. {@code half-width-ordinal}
 * @param severity how much it matters
 * @param line the 1-based line of the draft, or the 1-based paragraph of a .docx (every paragraph
 *             counts, empty ones and those in tables); 0 for what concerns the whole document (page
 *             set-up, footers)
 * @param offset where in the line, in UTF-16 units from its start as written
 * @param chinese the message in Chinese
 * @param english the message in English
 * @param fix the safe correction, where there is one
 * @param where the location in words: "line 3", "paragraph 12", "page", "footer (even pages)"
 */
public record Finding(String rule, Severity severity, int line, int offset, String chinese, String english,
                      Optional<Fix> fix, String where) {
    /** A finding in a line of drafted text: {@code where} is "line N". */
    public Finding(String rule, Severity severity, int line, int offset, String chinese, String english,
                   Optional<Fix> fix) {
        this(rule, severity, line, offset, chinese, english, fix, "line " + line);
    }

    /** The same finding at a paragraph of a .docx instead of a line of text. */
    Finding atParagraph() {
        return new Finding(rule, severity, line, offset, chinese, english, fix, "paragraph " + line);
    }

    @Override
    public String toString() {
        String at = where.equals("line " + line) ? line + ":" + offset : where;
        return at + " " + severity + " [" + rule + "] " + chinese + " / " + english
                + fix.map(f -> " (fix: " + f.replacement() + ")").orElse("");
    }
}
