package io.gongwen.check;

import io.gongwen.Length;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the rule groups of the .docx checker share: findings about the whole document, findings that
 * repeat from paragraph to paragraph (reported once with their count), and numbers as messages print them.
 */
final class Findings {
    static final double MARGIN_TOLERANCE_MM = 1;
    static final double LINE_TOLERANCE_PT = 0.5;
    static final double SIZE_TOLERANCE_PT = 0.25;

    private final Map<String, Repeated> repeated = new LinkedHashMap<>();

    /** A finding about a part of the whole document (line 0). */
    static Finding document(Rule rule, Severity severity, Where.Part where, String chinese, String english) {
        return new Finding(rule, severity, 0, 0, chinese, english, Optional.empty(), where);
    }

    /** Notes a finding at a paragraph; the same rule, element and value again only counts. */
    void note(int paragraph, Rule rule, Severity severity, Object element, String actual, String chinese, String english) {
        repeated.computeIfAbsent(rule.id() + "|" + element + "|" + actual,
                k -> new Repeated(rule, severity, paragraph, chinese, english)).count++;
    }

    /** Each noted finding once, at its first paragraph, with the count. */
    void report(List<Finding> out) {
        for (Repeated r : repeated.values()) {
            String times = r.count == 1 ? "" : "（共" + r.count + "段）";
            String timesEnglish = r.count == 1 ? "" : " (" + r.count + " paragraphs)";
            out.add(new Finding(r.rule, r.severity, r.paragraph, 0, r.chinese + times, r.english + timesEnglish,
                    Optional.empty(), new Where.Paragraph(r.paragraph)));
        }
        repeated.clear();
    }

    static boolean off(Length actual, Length wanted) {
        return Math.abs(actual.toMillimetres() - wanted.toMillimetres()) > MARGIN_TOLERANCE_MM;
    }

    static String mm(Length length) {
        return String.format(Locale.ROOT, "%.1f", length.toMillimetres()).replace(".0", "");
    }

    static String pt(Length length) {
        String s = String.format(Locale.ROOT, "%.2f", length.points());
        return s.replaceAll("\\.?0+$", "");
    }

    /** A noted finding and how often it occurs. */
    private static final class Repeated {
        final Rule rule;
        final Severity severity;
        final int paragraph;
        final String chinese;
        final String english;
        int count;

        Repeated(Rule rule, Severity severity, int paragraph, String chinese, String english) {
            this.rule = rule;
            this.severity = severity;
            this.paragraph = paragraph;
            this.chinese = chinese;
            this.english = english;
        }
    }
}
