package io.gongwen.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Style advice, {@link Severity#INFO} and off unless asked for ({@code TextChecker.builder().style(true)},
 * {@code gongwen check --style}): {@link Rule#LONG_SENTENCE} (a sentence of more than 120 characters)
 * and {@link Rule#STOCK_PHRASE} (phrases that say nothing: 众所周知, 毋庸置疑 …). Nothing here is wrong;
 * a clerk may want to look.
 */
final class StyleRules implements TextRules.PerLine {
    static final int LONG_SENTENCE = 120;
    private static final Pattern SENTENCE = Pattern.compile("[^。！？；]+[。！？；]?");
    private static final Pattern STOCK = Pattern.compile(
            "众所周知|毋庸置疑|不言而喻|显而易见|总而言之|综上所述|值得一提的是|在一定程度上|具有十分重要的意义|具有重大而深远的意义");

    @Override
    public void check(List<Finding> out, int line, int indent, String c) {
        Matcher m = SENTENCE.matcher(c);
        while (m.find()) {
            int length = m.group().strip().length();
            if (length > LONG_SENTENCE) {
                out.add(TextRules.at(Rule.LONG_SENTENCE, Severity.INFO, line, indent + m.start(), 0, null,
                        "句子过长（" + length + "字），可考虑拆分",
                        "a sentence of " + length + " characters: consider splitting it"));
            }
        }
        m = STOCK.matcher(c);
        while (m.find()) {
            out.add(TextRules.at(Rule.STOCK_PHRASE, Severity.INFO, line, indent + m.start(), 0, null,
                    "套话“" + m.group() + "”可删去", "the stock phrase \"" + m.group() + "\" can go"));
        }
    }
}
