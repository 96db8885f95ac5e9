package io.gongwen.check;

import java.util.List;

/** One group of the text rules: reads the lines, adds its findings. */
interface TextRules {
    /** Adds the group's findings about the text. */
    void check(Text text, List<Finding> out);

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
    }

    /** A finding in a line with a fix, or none when {@code replacement} is null. */
    static Finding at(Rule rule, Severity severity, int line, int offset, int length, String replacement,
                      String chinese, String english) {
        return new Finding(rule, severity, line, offset, chinese, english,
                replacement == null ? java.util.Optional.empty()
                        : java.util.Optional.of(new Fix(offset, length, replacement)));
    }

    /**
     * Whether the text holds any of the characters: a rule's patterns run only on lines that hold
     * what every one of their matches needs, so most lines cost one scan instead of one per pattern.
     */
    static boolean any(String text, String chars) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean han(String s, int i) {
        return i >= 0 && i < s.length() && han(s.charAt(i));
    }
}
