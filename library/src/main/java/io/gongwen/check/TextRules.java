package io.gongwen.check;

import java.util.List;

/** One group of the text rules: reads the lines, adds its findings. */
interface TextRules {
    /** Adds the group's findings about the text. */
    void check(Text text, List<Finding> out);

    /**
     * Adds at least the findings whose fixes {@link TextChecker#applySafeFixes} may apply; by default
     * every finding. A group leaves out here the work whose findings it could never apply: those
     * without a fix and those that renumber.
     */
    default void fixes(Text text, List<Finding> out) {
        check(text, out);
    }

    /** A group whose rules read one line at a time, each on its own. */
    interface PerLine extends TextRules {
        /** Adds the findings about one line: its number, where its content starts, the content. */
        void check(List<Finding> out, int line, int indent, String content);

        @Override
        default void check(Text text, List<Finding> out) {
            for (int line = text.first(); line != 0; line = text.next(line)) {
                check(out, line, text.indent(line), text.content(line));
            }
        }

        /** As {@link TextRules#fixes(Text, List)}, for one line; by default every finding. */
        default void fixes(List<Finding> out, int line, int indent, String content) {
            check(out, line, indent, content);
        }

        @Override
        default void fixes(Text text, List<Finding> out) {
            for (int line = text.first(); line != 0; line = text.next(line)) {
                fixes(out, line, text.indent(line), text.content(line));
            }
        }
    }

    /** A finding in a line with a fix, or none when {@code replacement} is null. */
    static Finding at(Rule rule, Severity severity, int line, int offset, int length, String replacement,
                      String chinese, String english) {
        return new Finding(rule, severity, line, offset, chinese, english,
                replacement == null ? java.util.Optional.empty()
                        : java.util.Optional.of(new Fix(offset, length, replacement)));
    }

    static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean han(String s, int i) {
        return i >= 0 && i < s.length() && han(s.charAt(i));
    }
}
