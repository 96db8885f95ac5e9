package io.gongwen.check;

import java.util.Optional;

/**
 * One thing the checker found.
 *
 * @param rule the rule that found it, e.g. {@code half-width-ordinal}
 * @param severity how much it matters
 * @param line the 1-based line of the draft (the paragraph)
 * @param offset where in the line, in UTF-16 units from its start as written
 * @param chinese the message in Chinese
 * @param english the message in English
 * @param fix the safe correction, where there is one
 */
public record Finding(String rule, Severity severity, int line, int offset, String chinese, String english,
                      Optional<Fix> fix) {
    @Override
    public String toString() {
        return line + ":" + offset + " " + severity + " [" + rule + "] " + chinese + " / " + english
                + fix.map(f -> " (fix: " + f.replacement() + ")").orElse("");
    }
}
