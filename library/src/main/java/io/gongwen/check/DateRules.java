package io.gongwen.check;

import io.gongwen.internal.ChineseNumerals;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times: {@link Rule#DATE} (GB/T 9704-2012 §7.3.5.4: Arabic numerals, the year in full,
 * no leading zeros: "2020年07月01日", "2020-7-1", "二〇二六年六月十三日" → "2026年6月13日", "1月5号" → "1月5日"),
 * {@link Rule#RELATIVE_DATE} ("明天", "下周一": they change with the day the document is read),
 * {@link Rule#WEEKDAY} (a weekday that contradicts its date) and {@link Rule#TIME_OF_DAY} ("下午14:30").
 */
final class DateRules implements TextRules.PerLine {
    private static final Pattern ZERO = Pattern.compile("([0-9]{4})年0?([0-9]{1,2})月0?([0-9]{1,2})日");
    /** "1月5号": a date's day is 日 in a document, 号 is speech. */
    private static final Pattern HAO = Pattern.compile("([0-9]{1,2})月([0-9]{1,2})号(?![文令公楼院室线])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![0-9.])((?:19|20)[0-9]{2})([-./])([0-9]{1,2})\\2([0-9]{1,2})(?![0-9.])");
    private static final String YEAR_DIGITS = "〇○零一二三四五六七八九";
    private static final Pattern CHINESE = Pattern.compile(
            "([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final Pattern RELATIVE = Pattern.compile(
            "今天|明天|后天|昨天|前天|今晚|明晚|明早|(?:本|下|上|这)(?:周|星期|礼拜)[一二三四五六日天]|下个?(?:周|星期)|下个?月");
    private static final Pattern WEEKDAY = Pattern.compile(
            "([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日[（(]?(?:星期|周|礼拜)([一二三四五六日天])");
    private static final Pattern TIME = Pattern.compile(
            "(上午|早上|早晨|凌晨|中午|下午|傍晚|晚上)[ \\u3000]?([0-9]{1,2})(?:[:：][0-9]{2}|[点时])");
    // what every match of a pattern needs, for a scan before the pattern runs
    private static final Chars RELATIVE_NEEDS = Chars.of("天晚早周星礼");
    private static final Chars WEEKDAY_NEEDS = Chars.of("星周礼");
    private static final Chars TIME_NEEDS = Chars.of("午早凌晚傍");
    private static final Chars NUMERIC_NEEDS = Chars.of("-./");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
                    + "|(?:19|20)[0-9]{2}([-./])[0-9]{1,2}\\1[0-9]{1,2})$");

    /** Whether the line is a date and nothing else (a 成文日期), white space aside. */
    static boolean isDateLine(String line) {
        String date = withoutSpaces(line);
        // a date ends in 日 or a digit and is at most 13 characters (二〇二六年十二月三十一日): most lines
        // are told apart without the pattern
        if (date.isEmpty() || date.length() > 13) {
            return false;
        }
        char last = date.charAt(date.length() - 1);
        return (last == '日' || last >= '0' && last <= '9') && DATE_LINE.matcher(date).matches();
    }

    /** White space as {@code \s} has it, and the full-width space. */
    private static boolean space(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u3000';
    }

    /** The line without its white space (full-width spaces included). */
    private static String withoutSpaces(String line) {
        int i = 0;
        while (i < line.length() && !space(line.charAt(i))) {
            i++;
        }
        if (i == line.length()) {
            return line;
        }
        StringBuilder s = new StringBuilder(line.length());
        s.append(line, 0, i);
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!space(c)) {
                s.append(c);
            }
        }
        return s.toString();
    }

    @Override
    public void check(List<Finding> out, int line, int indent, String content) {
        // each group's patterns need one of these characters in every match
        forms(out, line, indent, content);
        if (RELATIVE_NEEDS.anyIn(content) || content.contains("下月") || content.contains("下个月")) {
            relative(out, line, indent, content);
        }
        if (WEEKDAY_NEEDS.anyIn(content)) {
            weekday(out, line, indent, content);
        }
        if (TIME_NEEDS.anyIn(content)) {
            time(out, line, indent, content);
        }
    }

    /** The forms of dates and times of day: relative dates and weekdays have no fix. */
    @Override
    public void fixes(List<Finding> out, int line, int indent, String content) {
        forms(out, line, indent, content);
        if (TIME_NEEDS.anyIn(content)) {
            time(out, line, indent, content);
        }
    }

    private static void forms(List<Finding> out, int line, int indent, String text) {
        Matcher m = ZERO.matcher(text);
        while ((text.contains("年0") || text.contains("月0")) && m.find()) {
            String fixed = m.group(1) + "年" + Integer.parseInt(m.group(2)) + "月" + Integer.parseInt(m.group(3)) + "日";
            if (!fixed.equals(m.group())) {
                out.add(date(line, indent + m.start(), m.group(), fixed));
            }
        }
        m = NUMERIC.matcher(text);
        while (NUMERIC_NEEDS.anyIn(text) && m.find()) {
            int month = Integer.parseInt(m.group(3));
            int day = Integer.parseInt(m.group(4));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                out.add(date(line, indent + m.start(), m.group(), m.group(1) + "年" + month + "月" + day + "日"));
            }
        }
        m = HAO.matcher(text);
        while (text.indexOf('号') >= 0 && text.indexOf('月') >= 0 && m.find()) {
            String fixed = Integer.parseInt(m.group(1)) + "月" + Integer.parseInt(m.group(2)) + "日";
            out.add(date(line, indent + m.start(), m.group(), fixed));
        }
        m = CHINESE.matcher(text);
        while (chineseYear(text) && m.find()) {
            StringBuilder year = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                int d = YEAR_DIGITS.indexOf(c);
                year.append(d <= 2 ? 0 : d - 2);
            }
            int month = ChineseNumerals.parse(m.group(2));
            int day = ChineseNumerals.parse(m.group(3));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                out.add(date(line, indent + m.start(), m.group(), year + "年" + month + "月" + day + "日"));
            }
        }
    }

    /** Whether a 年 follows a Chinese digit somewhere: what a date in Chinese numerals needs. */
    private static boolean chineseYear(String text) {
        for (int i = text.indexOf('年'); i > 0; i = text.indexOf('年', i + 1)) {
            if (YEAR_DIGITS.indexOf(text.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Finding date(int line, int offset, String found, String fixed) {
        return TextRules.at(Rule.DATE, Severity.WARNING, line, offset, found.length(), fixed,
                "日期应写作“" + fixed + "”（用阿拉伯数字，年份写全，月、日不编虚位）",
                "write the date \"" + fixed + "\": Arabic numerals, full year, no leading zeros");
    }

    private static void relative(List<Finding> out, int line, int indent, String text) {
        Matcher m = RELATIVE.matcher(text);
        while (m.find()) {
            out.add(TextRules.at(Rule.RELATIVE_DATE, Severity.WARNING, line, indent + m.start(), 0, null,
                    "“" + m.group() + "”随阅读之日而变，应写明具体日期",
                    "\"" + m.group() + "\" depends on the day the document is read: give the date"));
        }
    }

    private static void weekday(List<Finding> out, int line, int indent, String text) {
        Matcher m = WEEKDAY.matcher(text);
        while (m.find()) {
            LocalDate date;
            try {
                date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                continue;
            }
            int written = "一二三四五六日天".indexOf(m.group(4)) + 1;
            DayOfWeek stated = DayOfWeek.of(Math.min(written, 7));
            if (stated != date.getDayOfWeek()) {
                String real = "一二三四五六日".charAt(date.getDayOfWeek().getValue() - 1) + "";
                String english = date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
                out.add(TextRules.at(Rule.WEEKDAY, Severity.ERROR, line, indent + m.start(), 0, null,
                        m.group(1) + "年" + m.group(2) + "月" + m.group(3) + "日是星期" + real + "，不是星期" + m.group(4),
                        m.group(1) + "-" + m.group(2) + "-" + m.group(3) + " is a " + english + ", not the weekday written"));
            }
        }
    }

    private static void time(List<Finding> out, int line, int indent, String text) {
        Matcher m = TIME.matcher(text);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(2));
            if (hour < 13 || hour > 24) {
                continue;
            }
            boolean afternoon = List.of("下午", "傍晚", "晚上").contains(m.group(1));
            int wordEnd = m.start(2);
            out.add(TextRules.at(Rule.TIME_OF_DAY, Severity.WARNING, line, indent + m.start(),
                    wordEnd - m.start(), afternoon ? "" : null,
                    afternoon ? "24小时制时间前不加“" + m.group(1) + "”：" + m.group().substring(wordEnd - m.start())
                            : "“" + m.group(1) + "”与" + hour + "时矛盾",
                    afternoon ? "a 24-hour time takes no \"" + m.group(1) + "\""
                            : "\"" + m.group(1) + "\" contradicts " + hour + " o'clock"));
        }
    }
}
