package io.gongwen.check;

import io.gongwen.internal.ChineseNumerals;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordinals of the structure levels (GB/T 9704-2012 §7.3.3: 一、（一）1.（1））:
 * {@link Rule#HALF_WIDTH_ORDINAL}, {@link Rule#ORDINAL_PUNCTUATION}, {@link Rule#NUMBERING} and
 * {@link Rule#RUN_IN_HEADING}.
 */
final class OrdinalRules implements TextRules {
    static final String NUMERALS = "[一二三四五六七八九十百零]{1,4}";
    static final Pattern HALF_WIDTH_ORDINAL = Pattern.compile("^\\((" + NUMERALS + "|[0-9]{1,3})\\)");
    private static final Pattern ORDINAL_ARABIC_COMMA = Pattern.compile("^([0-9]{1,3})、");
    private static final Pattern ORDINAL_CHINESE_DOT = Pattern.compile("^(" + NUMERALS + ")[.．](?![0-9])");
    static final Pattern ORDINAL_DOUBLED = Pattern.compile("^([（(](?:" + NUMERALS + "|[0-9]{1,3})[）)])[、.．，,]");
    static final Pattern LEVEL = Pattern.compile(
            "^(?:(" + NUMERALS + ")[、.．]|[（(](" + NUMERALS + ")[）)]|([0-9]{1,3})[.．、](?![0-9])|[（(]([0-9]{1,3})[）)])");
    /** An article, chapter or section of a regulation: its items number anew. */
    private static final Pattern ARTICLE = Pattern.compile("^第" + NUMERALS + "[条章节编]");
    private static final Pattern ATTACHMENT_NOTE = Pattern.compile("^附[ \\u3000]*件[ \\u3000]*(?:[：:]|(?=[0-9]{1,2}[.．]))");
    /** A short label in front of a list: "注：1.……", "说明：1.……". */
    private static final Pattern LEAD_IN = Pattern.compile("^[\\p{IsHan}]{1,4}[：:][ \\u3000]*(?=[0-9（(])");
    private static final Pattern ATTACHMENT_LABEL = Pattern.compile("^附[ \\u3000]*件[ \\u3000]*[0-9０-９]{0,2}[ \\u3000]*$");
    /** "附：某某规定" introduces a document of its own, numbered anew. */
    private static final Pattern APPENDED = Pattern.compile("^附[：:]");
    /** One printed line of the standard's 28 characters; see {@link #runInHeading}. */
    private static final int RUN_IN_LENGTH = 28;
    /** A heading of a line and more than a short clause of its text: longer than a heading with its 。. */
    private static final int MERGED_LENGTH = RUN_IN_LENGTH + 12;

    @Override
    public void check(Text text, List<Finding> out) {
        Numbering numbering = new Numbering();
        List<Candidate> runIn = new java.util.ArrayList<>();
        int[] withStop = new int[5];
        int[] without = new int[5];
        for (int line = text.first(); line != 0; line = text.next(line)) {
            int indent = text.indent(line);
            String content = text.content(line);
            form(out, line, indent, content);
            numbering.check(out, line, indent, content);
            runInHeading(runIn, withStop, without, line, indent, content);
        }
        // a numbered sentence is an item of the body; a heading that lost its 。 shows only beside
        // headings of its level that kept theirs
        for (Candidate c : runIn) {
            if (withStop[c.level()] > 0 && 2 * withStop[c.level()] >= without[c.level()]) {
                out.add(c.finding());
            }
        }
    }

    /** Only the forms of the ordinals: the numbering's fixes renumber, a run-in heading has none. */
    @Override
    public void fixes(Text text, List<Finding> out) {
        for (int line = text.first(); line != 0; line = text.next(line)) {
            form(out, line, text.indent(line), text.content(line));
        }
    }

    /** A numbered line that may be a run-in heading without its 。, and its level. */
    private record Candidate(int level, Finding finding) {
    }

    private static void form(List<Finding> out, int line, int indent, String text) {
        // every form is anchored at the start: a bracket, a digit or a Chinese numeral
        if (text.isEmpty() || "（(0123456789一二三四五六七八九十百零〇两".indexOf(text.charAt(0)) < 0) {
            return;
        }
        Matcher m;
        if ((m = ORDINAL_DOUBLED.matcher(text)).find()) {
            String ordinal = m.group(1).replace('(', '（').replace(')', '）');
            out.add(TextRules.at(Rule.ORDINAL_PUNCTUATION, Severity.ERROR, line, indent, m.end(), ordinal,
                    "序号“" + m.group(1) + "”后不应再加标点", "no punctuation after the ordinal " + m.group(1)));
        } else if ((m = HALF_WIDTH_ORDINAL.matcher(text)).find()) {
            out.add(TextRules.at(Rule.HALF_WIDTH_ORDINAL, Severity.WARNING, line, indent, m.end(), "（" + m.group(1) + "）",
                    "序号括号应为全角：“（" + m.group(1) + "）”", "ordinal brackets should be full-width: （" + m.group(1) + "）"));
        } else if ((m = ORDINAL_ARABIC_COMMA.matcher(text)).find()) {
            out.add(TextRules.at(Rule.ORDINAL_PUNCTUATION, Severity.ERROR, line, indent, m.end(), m.group(1) + ".",
                    "阿拉伯数字序号后应用“.”而非“、”", "an Arabic ordinal takes \".\", not \"、\""));
        } else if ((m = ORDINAL_CHINESE_DOT.matcher(text)).find() && ChineseNumerals.parse(m.group(1)) > 0) {
            out.add(TextRules.at(Rule.ORDINAL_PUNCTUATION, Severity.ERROR, line, indent, m.end(), m.group(1) + "、",
                    "汉字序号后应用“、”而非“.”", "a Chinese ordinal takes \"、\", not \".\""));
        }
    }

    /**
     * What the numbering rule remembers from line to line. Each level (1–4) either numbers anew under
     * each item of the level above (一、（一）（二） 二、（一）) or goes on across them (一、（一）（二） 二、（三）,
     * as State Council documents often do); the first item under a second parent decides which, per
     * level, and the rest of the document is held to it. Inside an attachment note the items count the
     * attachments; an attachment, an article (第一条) and a document appended after 附： number anew.
     */
    private static final class Numbering {
        private static final int RESTART = 1;
        private static final int CONTINUOUS = 2;
        private final int[] next = new int[5];
        private final int[] last = new int[5];
        private final boolean[] fresh = new boolean[5];
        private final int[] scheme = new int[5];
        /** The next item of the attachment note the lines are in; 0 outside one. */
        private int nextAttachment;

        private void reset() {
            java.util.Arrays.fill(next, 0);
            java.util.Arrays.fill(last, 0);
            java.util.Arrays.fill(fresh, false);
            java.util.Arrays.fill(scheme, 0);
            nextAttachment = 0;
        }

        void check(List<Finding> out, int line, int indent, String text) {
            if (ATTACHMENT_LABEL.matcher(text).matches() || ARTICLE.matcher(text).find()
                    || APPENDED.matcher(text).find() || DateRules.isDateLine(text)) {
                reset();
                return;
            }
            if (ATTACHMENT_NOTE.matcher(text).find()) {
                nextAttachment = 2; // "附件：1.……": the next item is 2
                return;
            }
            Matcher lead = LEAD_IN.matcher(text);
            if (lead.lookingAt()) {
                indent += lead.end();
                text = text.substring(lead.end());
            }
            Matcher m = LEVEL.matcher(text);
            boolean numbered = m.find();
            if (numbered && nextAttachment > 0 && m.group(3) != null) {
                int n = Integer.parseInt(m.group(3));
                if (n != nextAttachment) {
                    out.add(new Finding(Rule.NUMBERING, Severity.WARNING, line, indent,
                            "附件序号不连续：此处应为第" + nextAttachment + "个附件，实为第" + n + "个",
                            "attachment " + n + " where " + nextAttachment + " was expected", java.util.Optional.empty()));
                }
                nextAttachment = n + 1;
                return;
            }
            nextAttachment = 0;
            if (!numbered) {
                return;
            }
            int level = m.group(1) != null ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
            String digits = m.group(level);
            int n = level <= 2 ? ChineseNumerals.parse(digits) : Integer.parseInt(digits);
            if (n <= 0) {
                return;
            }
            boolean underNewParent = fresh[level];
            int want = want(level, n);
            if (n != want) {
                String replacement = level <= 2 ? ChineseNumerals.of(want) : Integer.toString(want);
                boolean repeat = n < want && !underNewParent;
                out.add(TextRules.at(Rule.NUMBERING, Severity.WARNING, line, indent + m.start(level), digits.length(),
                        replacement,
                        (repeat ? "序号重复：" : "序号不连续：") + "此处应为第" + want + "项，实为第" + n + "项",
                        "numbered " + n + (repeat ? " again" : "") + " where " + want + " was expected"));
            }
            next[level] = n + 1;
            last[level] = n;
            fresh[level] = false;
            for (int lower = level + 1; lower <= 4; lower++) {
                fresh[lower] = last[lower] > 0;
                next[lower] = 1;
            }
        }

        /** The number this item should have; deciding the level's scheme if this is the first chance. */
        private int want(int level, int n) {
            if (!fresh[level]) {
                int want = next[level] == 0 ? 1 : next[level];
                // a new list may start at 1 anywhere
                return n == 1 ? 1 : want;
            }
            int restart = 1;
            int continuous = last[level] + 1;
            if (scheme[level] == 0) {
                if (n == restart) {
                    scheme[level] = RESTART;
                } else if (n == continuous) {
                    scheme[level] = CONTINUOUS;
                }
                return n == restart || n == continuous ? n : n > continuous ? continuous : restart;
            }
            return scheme[level] == RESTART ? restart : continuous;
        }
    }

    /**
     * A heading run into its text needs the 。 that ends the heading ("（一）力求办文精准化。为全面推进……").
     * Without it, the reader takes everything up to the first 。 for the heading, and prints a whole
     * sentence in the heading's face. The sign: after the ordinal, the text up to the first 。？！ runs
     * well past one printed line (40 characters) in clauses (，；). A numbered
     * sentence has the same shape and is an item of the body, so the line is reported only where
     * headings of the same level keep their 。 (at least half as many as lines that look like this);
     * a heading that ends with ： is left alone.
     */
    private static void runInHeading(List<Candidate> out, int[] withStop, int[] without, int line, int indent,
                                     String text) {
        Matcher m = LEVEL.matcher(text);
        if (!m.find()) {
            return;
        }
        int level = m.group(1) != null ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
        String rest = text.substring(m.end()).strip();
        int end = 0;
        while (end < rest.length() && "。？！".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String heading = rest.substring(0, end);
        if (heading.length() <= RUN_IN_LENGTH || heading.indexOf('：') >= 0
                || (heading.indexOf('，') < 0 && heading.indexOf('；') < 0)) {
            // a run-in heading that kept its 。: short, no clause, text after it
            if (end < rest.length() - 1 && heading.length() <= RUN_IN_LENGTH / 2 && heading.indexOf('，') < 0) {
                withStop[level]++;
            }
            return;
        }
        if (heading.length() <= MERGED_LENGTH) {
            return; // short enough to be a heading with its 。
        }
        without[level]++;
        out.add(new Candidate(level, new Finding(Rule.RUN_IN_HEADING, Severity.WARNING, line, indent,
                "标题与正文连排时，标题末尾应加句号“。”：此处标题后缺少句号，整句会被当作标题",
                "a heading run into its text ends with 。; without it the whole sentence reads as the heading",
                java.util.Optional.empty())));
    }
}
