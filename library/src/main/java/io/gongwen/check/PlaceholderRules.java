package io.gongwen.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Rule#PLACEHOLDER}: what a drafter left to fill in. X, XX, ×× standing for a number or a name
 * ("X次", "XX%", "××县") and 某某 (also ordinary usage, so a warning); TODO, 待补充, 待核实,
 * 【待核实：…】 and XXXX年XX月XX日 (errors: nothing of the kind goes out). A single × between numbers or
 * before one ("事项总数×100%") is multiplication.
 */
final class PlaceholderRules implements TextRules.PerLine {
    private static final Pattern X = Pattern.compile("(?<![A-Za-z])([X×xＸ]{1,4})(?![A-Za-z])");
    private static final Pattern DATE = Pattern.compile("[X×xＸ]{2,4}年[X×xＸ]{1,2}月[X×xＸ]{1,2}日");
    private static final Pattern BRACKETED = Pattern.compile("【[^】]{0,40}?(?:待|TODO|TBD)[^】]{0,40}】");
    private static final Pattern TO_DO = Pattern.compile("(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])|待补充|待核实|待填写|待确认");
    private static final Pattern PENDING = Pattern.compile("待定");
    private static final Pattern SOMEBODY = Pattern.compile("某某");
    private static final Pattern TERM = Pattern.compile("光|射线|轴|坐标|染色体|型|代表|表示");

    private static final Chars PLACEHOLDER_NEEDS = Chars.of("X×xＸ待【TBF某");
    private static final Chars XS = Chars.of("X×xＸ");
    private static final Chars TO_DO_NEEDS = Chars.of("TF");
    @Override
    public void check(List<Finding> out, int line, int indent, String text) {
        if (!PLACEHOLDER_NEEDS.anyIn(text)) {
            return; // every placeholder holds one of these
        }
        boolean[] taken = new boolean[text.length() + 1];
        boolean xs = XS.anyIn(text);
        for (Pattern p : List.of(BRACKETED, DATE, TO_DO)) {
            if (p == BRACKETED && text.indexOf('【') < 0 || p == DATE && !xs
                    || p == TO_DO && !TO_DO_NEEDS.anyIn(text) && !toDoWords(text)) {
                continue;
            }
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (!taken[m.start()]) {
                    add(out, Severity.ERROR, line, indent + m.start(), m.group());
                    java.util.Arrays.fill(taken, m.start(), m.end(), true);
                }
            }
        }
        Matcher m = X.matcher(text);
        while (xs && m.find()) {
            if (taken[m.start()] || multiplication(text, m.start(), m.group(1)) || term(text, m.start(), m.end())) {
                continue;
            }
            // "20XX年", "XX%", "X次"; not a code that runs on in digits ("京·X2345")
            if (near(text, m.start() - 1) || near(text, m.end()) && !Character.isDigit(text.charAt(m.end()))) {
                add(out, Severity.WARNING, line, indent + m.start(), m.group(1));
            }
        }
        for (Pattern p : List.of(PENDING, SOMEBODY)) {
            if (!text.contains(p == PENDING ? "待定" : "某某")) {
                continue;
            }
            m = p.matcher(text);
            while (m.find()) {
                if (!taken[m.start()]) {
                    add(out, Severity.WARNING, line, indent + m.start(), m.group());
                }
            }
        }
    }

    private static boolean toDoWords(String text) {
        return text.contains("待补充") || text.contains("待核实") || text.contains("待填写") || text.contains("待确认");
    }

    private static void add(List<Finding> out, Severity severity, int line, int offset, String found) {
        out.add(TextRules.at(Rule.PLACEHOLDER, severity, line, offset, 0, null,
                "占位符“" + found + "”尚未替换为实际内容",
                "placeholder \"" + found + "\" still stands for a number or a name"));
    }

    /** X in a formula ("1+X"), a term of its own (X光, X射线, X轴, X坐标) or a symbol being defined ("用X代表"). */
    private static boolean term(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        return "+-=＋－＝".indexOf(before) >= 0 || TERM.matcher(text).region(end, text.length()).lookingAt()
                && end - start == 1;
    }

    /** A single × with a number on either side, or a factor before it and a number after it. */
    private static boolean multiplication(String text, int at, String found) {
        if (!found.equals("×")) {
            return false;
        }
        char before = at > 0 ? text.charAt(at - 1) : ' ';
        char after = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
        return Character.isDigit(before) || Character.isDigit(after) || before == ')' || before == '）'
                || after == '(' || after == '（' || before == ' ' && after == ' ';
    }

    private static boolean near(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return TextRules.han(c) || c == '%' || Character.isDigit(c);
    }
}
