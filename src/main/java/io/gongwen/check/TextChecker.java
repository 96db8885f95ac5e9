package io.gongwen.check;

import io.gongwen.ChineseNumerals;
import io.gongwen.InvalidDocumentException;
import io.gongwen.text.DraftReader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks drafted text against the typesetting rules of GB/T 9704-2012 and common 公文 practice, and
 * proposes safe fixes. It reads the text as written; it does not lay anything out.
 *
 * <p>Rules:
 * <ul>
 * <li>{@code placeholder}: X, XX, ×× left standing for a number or a name ("X次", "XX%").</li>
 * <li>{@code half-width-ordinal}: "(一)" or "(1)" with half-width brackets; fixed to "（一）".</li>
 * <li>{@code ordinal-punctuation}: "1、", "一.", "（一）、": the wrong or a doubled mark after an ordinal; fixed.</li>
 * <li>{@code numbering}: a number out of sequence within its level ("一、二、四、").</li>
 * <li>{@code document-number}: a 发文字号 with other brackets than 〔〕, "第", or a leading zero; fixed.</li>
 * <li>{@code date}: a date with leading zeros or written 2020-7-1 / 2020.7.1 instead of 2020年7月1日; fixed.</li>
 * <li>{@code mixed-punctuation}: half-width , ; : ? ! ( ) between Chinese characters; fixed to full width.</li>
 * <li>{@code run-in-heading}: a numbered line whose first sentence runs past one printed line in
 * clauses: a heading run into its text without the 。 that closes the heading.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class TextChecker {
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<![A-Za-z])([X×xＸ]{1,3})(?![A-Za-z])");
    private static final Pattern HALF_WIDTH_ORDINAL = Pattern.compile("^\\(([一二三四五六七八九十]{1,3}|[0-9]{1,3})\\)");
    private static final Pattern ORDINAL_ARABIC_COMMA = Pattern.compile("^([0-9]{1,3})、");
    private static final Pattern ORDINAL_CHINESE_DOT = Pattern.compile("^([一二三四五六七八九十]{1,3})[.．](?![0-9])");
    private static final Pattern ORDINAL_DOUBLED = Pattern.compile("^([（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,3})[）)])[、.．，,]");
    private static final Pattern LEVEL = Pattern.compile(
            "^(?:([一二三四五六七八九十]{1,3})[、.．]|[（(]([一二三四五六七八九十]{1,3})[）)]|([0-9]{1,3})[.．、](?![0-9])|[（(]([0-9]{1,3})[）)])");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "^(\\S{1,20}?)([〔\\[［【(（])([0-9]{4})([〕\\]］】)）])(第?)([0-9]{1,5})号$");
    private static final Pattern DATE_ZERO = Pattern.compile("([0-9]{4})年0?([0-9]{1,2})月0?([0-9]{1,2})日");
    private static final Pattern DATE_NUMERIC = Pattern.compile("(?<![0-9])([0-9]{4})[-./]([0-9]{1,2})[-./]([0-9]{1,2})(?![0-9])");
    private static final String HALF = ",;:?!()";
    /** One printed line of the standard's 28 characters; see {@link #runInHeading}. */
    private static final int RUN_IN_LENGTH = 28;
    private static final String FULL = "，；：？！（）";

    /** Checks drafted text; findings in line order. */
    public List<Finding> check(String draft) {
        if (draft == null) {
            throw new InvalidDocumentException("draft", "must not be null");
        }
        List<Finding> out = new ArrayList<>();
        Numbering numbering = new Numbering();
        String[] lines = draft.split("\\R", -1);
        // a draft's YAML front matter is data, not text: "发文机关: …" keeps its half-width colon
        for (int i = DraftReader.frontMatterLines(java.util.Arrays.asList(lines)); i < lines.length; i++) {
            String raw = lines[i];
            int indent = indentation(raw);
            String line = raw.substring(indent);
            if (line.isBlank()) {
                continue;
            }
            int number = i + 1;
            placeholders(out, number, indent, line);
            ordinalForm(out, number, indent, line);
            numbering.check(out, number, indent, line);
            documentNumber(out, number, indent, line);
            dates(out, number, indent, line);
            punctuation(out, number, indent, line);
            runInHeading(out, number, indent, line);
        }
        out.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::offset));
        return out;
    }

    /** The text with every safe fix applied: {@code applyFixes(text, new TextChecker().check(text))}. */
    public static String applySafeFixes(String text) {
        return applyFixes(text, new TextChecker().check(text));
    }

    /** Applies the safe fixes of the findings to the text they were found in. */
    public static String applyFixes(String draft, List<Finding> findings) {
        if (draft == null || findings == null) {
            throw new InvalidDocumentException(draft == null ? "draft" : "findings", "must not be null");
        }
        String[] lines = draft.split("\\R", -1);
        Map<Integer, List<Fix>> byLine = new java.util.TreeMap<>();
        for (Finding f : findings) {
            f.fix().ifPresent(fix -> byLine.computeIfAbsent(f.line(), k -> new ArrayList<>()).add(fix));
        }
        for (Map.Entry<Integer, List<Fix>> e : byLine.entrySet()) {
            List<Fix> fixes = new ArrayList<>(e.getValue());
            fixes.sort(Comparator.comparingInt(Fix::offset).reversed());
            StringBuilder line = new StringBuilder(lines[e.getKey() - 1]);
            int limit = Integer.MAX_VALUE;
            for (Fix fix : fixes) {
                if (fix.offset() + fix.length() <= limit) {
                    line.replace(fix.offset(), fix.offset() + fix.length(), fix.replacement());
                    limit = fix.offset();
                }
            }
            lines[e.getKey() - 1] = line.toString();
        }
        return String.join("\n", lines);
    }

    private static void placeholders(List<Finding> out, int line, int indent, String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            boolean nearChinese = near(text, m.start() - 1) || near(text, m.end());
            if (nearChinese) {
                out.add(new Finding("placeholder", Severity.WARNING, line, indent + m.start(),
                        "占位符“" + m.group(1) + "”尚未替换为实际内容",
                        "placeholder \"" + m.group(1) + "\" still stands for a number or a name", Optional.empty()));
            }
        }
    }

    private static boolean near(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '%' || Character.isDigit(c);
    }

    private static void ordinalForm(List<Finding> out, int line, int indent, String text) {
        Matcher m;
        if ((m = ORDINAL_DOUBLED.matcher(text)).find()) {
            String ordinal = m.group(1).replace('(', '（').replace(')', '）');
            out.add(new Finding("ordinal-punctuation", Severity.ERROR, line, indent,
                    "序号“" + m.group(1) + "”后不应再加标点", "no punctuation after the ordinal " + m.group(1),
                    Optional.of(new Fix(indent, m.end(), ordinal))));
        } else if ((m = HALF_WIDTH_ORDINAL.matcher(text)).find()) {
            out.add(new Finding("half-width-ordinal", Severity.WARNING, line, indent,
                    "序号括号应为全角：“（" + m.group(1) + "）”", "ordinal brackets should be full-width: （" + m.group(1) + "）",
                    Optional.of(new Fix(indent, m.end(), "（" + m.group(1) + "）"))));
        } else if ((m = ORDINAL_ARABIC_COMMA.matcher(text)).find()) {
            out.add(new Finding("ordinal-punctuation", Severity.ERROR, line, indent,
                    "阿拉伯数字序号后应用“.”而非“、”", "an Arabic ordinal takes \".\", not \"、\"",
                    Optional.of(new Fix(indent, m.end(), m.group(1) + "."))));
        } else if ((m = ORDINAL_CHINESE_DOT.matcher(text)).find()) {
            out.add(new Finding("ordinal-punctuation", Severity.ERROR, line, indent,
                    "汉字序号后应用“、”而非“.”", "a Chinese ordinal takes \"、\", not \".\"",
                    Optional.of(new Fix(indent, m.end(), m.group(1) + "、"))));
        }
    }

    private static final Pattern ATTACHMENT_NOTE = Pattern.compile("^附[ \\u3000]*件[ \\u3000]*[：:]");
    private static final Pattern ATTACHMENT_LABEL = Pattern.compile("^附[ \\u3000]*件[ \\u3000]*[0-9０-９]{0,2}[ \\u3000]*$");
    /**
     * What the numbering rule remembers from line to line: the next number per level (1–4), reset
     * when a higher level appears, and, inside an attachment note, the next attachment's number.
     * The items of an attachment note are not sections, and each attachment numbers its sections anew.
     */
    private static final class Numbering {
        private final Map<Integer, Integer> next = new HashMap<>();
        /** The next item of the attachment note the lines are in; 0 outside one. */
        private int nextAttachment;

        void check(List<Finding> out, int line, int indent, String text) {
            if (ATTACHMENT_LABEL.matcher(text).matches()) {
                next.clear();
                nextAttachment = 0;
                return;
            }
            if (ATTACHMENT_NOTE.matcher(text).find()) {
                nextAttachment = 2; // "附件：1.……": the next item is 2
                return;
            }
            Matcher m = LEVEL.matcher(text);
            boolean numbered = m.find();
            if (numbered && nextAttachment > 0 && m.group(3) != null) {
                int n = Integer.parseInt(m.group(3));
                if (n != nextAttachment) {
                    out.add(new Finding("numbering", Severity.WARNING, line, indent,
                            "附件序号不连续：此处应为第" + nextAttachment + "个附件，实为第" + n + "个",
                            "attachment " + n + " where " + nextAttachment + " was expected", Optional.empty()));
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
            int want = next.getOrDefault(level, 1);
            if (n != want && n != 1) {
                out.add(new Finding("numbering", Severity.WARNING, line, indent,
                        "序号不连续：此处应为第" + want + "项，实为第" + n + "项",
                        "numbered " + n + " where " + want + " was expected", Optional.empty()));
            }
            next.put(level, n + 1);
            for (int lower = level + 1; lower <= 4; lower++) {
                next.remove(lower);
            }
        }
    }

    private static void documentNumber(List<Finding> out, int line, int indent, String text) {
        Matcher m = DOCUMENT_NUMBER.matcher(text);
        if (!m.matches()) {
            return;
        }
        boolean brackets = !m.group(2).equals("〔") || !m.group(4).equals("〕");
        boolean di = !m.group(5).isEmpty();
        boolean zero = m.group(6).length() > 1 && m.group(6).charAt(0) == '0';
        if (brackets || di || zero) {
            String serial = zero ? m.group(6).replaceFirst("^0+(?=.)", "") : m.group(6);
            String fixed = m.group(1) + "〔" + m.group(3) + "〕" + serial + "号";
            out.add(new Finding("document-number", Severity.ERROR, line, indent,
                    "发文字号应写作“" + fixed + "”：年份用六角括号〔〕，序号不加“第”、不编虚位",
                    "write the document number \"" + fixed + "\": year in 〔〕, no 第, no leading zero",
                    Optional.of(new Fix(indent, text.length(), fixed))));
        }
    }

    private static void dates(List<Finding> out, int line, int indent, String text) {
        Matcher m = DATE_ZERO.matcher(text);
        while (m.find()) {
            String fixed = m.group(1) + "年" + Integer.parseInt(m.group(2)) + "月" + Integer.parseInt(m.group(3)) + "日";
            if (!fixed.equals(m.group())) {
                out.add(date(line, indent + m.start(), m.group(), fixed));
            }
        }
        m = DATE_NUMERIC.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                out.add(date(line, indent + m.start(), m.group(), m.group(1) + "年" + month + "月" + day + "日"));
            }
        }
    }

    private static Finding date(int line, int offset, String found, String fixed) {
        return new Finding("date", Severity.WARNING, line, offset,
                "日期应写作“" + fixed + "”（年份写全，月、日不编虚位）",
                "write the date \"" + fixed + "\": full year, no leading zeros",
                Optional.of(new Fix(offset, found.length(), fixed)));
    }

    private static void punctuation(List<Finding> out, int line, int indent, String text) {
        // the ordinal's own brackets are the ordinal rules' business (one fix per character)
        Matcher ordinal = ORDINAL_DOUBLED.matcher(text);
        Matcher halfWidth = HALF_WIDTH_ORDINAL.matcher(text);
        int from = ordinal.find() ? ordinal.end() : halfWidth.find() ? halfWidth.end() : 0;
        for (int i = from; i < text.length(); i++) {
            int k = HALF.indexOf(text.charAt(i));
            if (k < 0) {
                continue;
            }
            char c = text.charAt(i);
            // an opening bracket belongs to the Chinese after it; every other mark to the Chinese before it
            boolean chinese = c == '(' ? i + 1 < text.length() && han(text.charAt(i + 1)) : i > 0 && han(text.charAt(i - 1));
            if (chinese) {
                out.add(new Finding("mixed-punctuation", Severity.WARNING, line, indent + i,
                        "中文行文中应使用全角标点“" + FULL.charAt(k) + "”", "Chinese text takes the full-width \""
                        + FULL.charAt(k) + "\"", Optional.of(new Fix(indent + i, 1, String.valueOf(FULL.charAt(k))))));
            }
        }
    }

    /**
     * A heading run into its text needs the 。 that ends the heading ("（一）力求办文精准化。为全面推进……").
     * Without it, the reader takes everything up to the first 。 for the heading, and prints a whole
     * sentence in the heading's face. The sign: after the ordinal, the text up to the first 。？！ runs
     * past one printed line (28 characters) in clauses (，；). Standalone headings are short, and those
     * with a clause stay within a line; a heading that ends with ： is left alone.
     */
    private static void runInHeading(List<Finding> out, int line, int indent, String text) {
        Matcher m = LEVEL.matcher(text);
        if (!m.find()) {
            return;
        }
        String rest = text.substring(m.end()).strip();
        int end = 0;
        while (end < rest.length() && "。？！".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String heading = rest.substring(0, end);
        if (heading.length() <= RUN_IN_LENGTH || heading.indexOf('：') >= 0
                || (heading.indexOf('，') < 0 && heading.indexOf('；') < 0)) {
            return;
        }
        out.add(new Finding("run-in-heading", Severity.WARNING, line, indent,
                "标题与正文连排时，标题末尾应加句号“。”：此处标题后缺少句号，整句会被当作标题",
                "a heading run into its text ends with 。; without it the whole sentence reads as the heading",
                Optional.empty()));
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static int indentation(String line) {
        String stripped = io.gongwen.Checks.stripIndentation(line);
        return stripped.isEmpty() ? line.length() : line.indexOf(stripped);
    }
}
