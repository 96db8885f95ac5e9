package io.gongwen.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a text that no line may break inside ("13725.5845", "1,200", "12.5%": 数字不能回行),
 * and how wide they print: what the reader widens a table's columns for and what the checker's
 * {@code table-number-split} finds.
 */
public final class Numbers {
    /** Digits and what holds a number together. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:[.,:][0-9]+)*%?");

    private Numbers() {
    }

    /**
     * The width a number takes at {@code sizePt}: a digit half an em (as in Times New Roman, and in the
     * stand-ins), a point, comma or colon a quarter, a per cent sign 0.833.
     */
    public static double width(CharSequence number, double sizePt) {
        double width = 0;
        for (int i = 0; i < number.length(); i++) {
            char ch = number.charAt(i);
            width += sizePt * (Character.isDigit(ch) ? 0.5 : ch == '%' ? 0.833 : 0.25);
        }
        return width;
    }

    /** The numbers of {@code text}, each found in turn by {@link Matcher#find()}. */
    public static Matcher in(CharSequence text) {
        return NUMBER.matcher(text);
    }

    /** The widest number of {@code text} at {@code sizePt}; 0 without one. */
    public static double widest(CharSequence text, double sizePt) {
        double widest = 0;
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            widest = Math.max(widest, width(text.subSequence(m.start(), m.end()), sizePt));
        }
        return widest;
    }
}
