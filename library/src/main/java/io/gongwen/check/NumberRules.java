package io.gongwen.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Rule#DOCUMENT_NUMBER}: the form of a 发文字号 (GB/T 9704-2012 §7.2.5), on its own line or in a
 * sentence: the year in 六角括号 〔〕, no 第, no leading zero ("国办发[2012]第010号" → "国办发〔2012〕10号");
 * one without brackets ("国发2026第1号") gets them. A 公告's "2026年第1号" is a form of its own and is left alone.
 */
final class NumberRules implements TextRules.PerLine {
    private static final Pattern BRACKETED = Pattern.compile(
            "(?<=[\\p{IsHan}A-Za-z])([〔\\[［【(（])((?:19|20)[0-9]{2})([〕\\]］】)）])(第?)([0-9]{1,5})号");
    private static final Pattern SHORT_YEAR = Pattern.compile(
            "(?<=[\\p{IsHan}A-Za-z])[〔\\[［【(（]([0-9]{2})[〕\\]］】)）]第?[0-9]{1,5}号");
    private static final Pattern BARE = Pattern.compile("(?<=[\\p{IsHan}])((?:19|20)[0-9]{2})第([0-9]{1,5})号");
    /** The 机关代字 in front of a number that stands on its own line. */
    private static final Pattern WHOLE_LINE = Pattern.compile("^\\S{1,20}$");

    @Override
    public void check(List<Finding> out, int line, int indent, String text) {
        if (text.indexOf('号') < 0) {
            return; // every form ends in 号
        }
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            boolean brackets = !m.group(1).equals("〔") || !m.group(3).equals("〕");
            boolean di = !m.group(4).isEmpty();
            boolean zero = m.group(5).length() > 1 && m.group(5).charAt(0) == '0';
            if (brackets || di || zero) {
                String serial = m.group(5).replaceFirst("^0+(?=.)", "");
                add(out, line, indent, text, m.start(), m.end(), "〔" + m.group(2) + "〕" + serial + "号");
            }
        }
        m = SHORT_YEAR.matcher(text);
        while (m.find()) {
            out.add(TextRules.at(Rule.DOCUMENT_NUMBER, Severity.ERROR, line, indent + m.start(), 0, null,
                    "发文字号中的年份应写全四位：“" + m.group() + "”", "the year of a document number is written in full: \""
                            + m.group() + "\""));
        }
        m = BARE.matcher(text);
        while (m.find()) {
            String serial = m.group(2).replaceFirst("^0+(?=.)", "");
            add(out, line, indent, text, m.start(), m.end(), "〔" + m.group(1) + "〕" + serial + "号");
        }
    }

    private static void add(List<Finding> out, int line, int indent, String text, int start, int end, String fixed) {
        // on a line of its own the whole number is named; in a sentence, the part that changes
        String prefix = text.substring(0, start);
        boolean whole = end == text.length() && WHOLE_LINE.matcher(prefix).matches();
        String shown = whole ? prefix + fixed : fixed;
        out.add(TextRules.at(Rule.DOCUMENT_NUMBER, Severity.ERROR, line, indent + start, end - start, fixed,
                "发文字号应写作“" + shown + "”：年份用六角括号〔〕，序号不加“第”、不编虚位",
                "write the document number \"" + shown + "\": year in 〔〕, no 第, no leading zero"));
    }
}
