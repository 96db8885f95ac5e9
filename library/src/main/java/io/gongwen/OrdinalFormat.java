package io.gongwen;

import io.gongwen.internal.ChineseNumerals;
import java.util.function.IntFunction;

/** How a heading's number is printed in front of its text. */
public enum OrdinalFormat {
    /** 一、 二、 … 十一、 — level one in the standard. */
    CHINESE_COMMA(n -> ChineseNumerals.of(n) + "、"),
    /** （一） （二） … with full-width parentheses — level two. */
    CHINESE_PARENTHESIZED(n -> "（" + ChineseNumerals.of(n) + "）"),
    /** 1. 2. … with a half-width full stop, as the standard prints it — level three. */
    ARABIC_PERIOD(n -> n + "."),
    /** （1） （2） … with full-width parentheses — level four. */
    ARABIC_PARENTHESIZED(n -> "（" + n + "）");

    private final IntFunction<String> format;

    OrdinalFormat(IntFunction<String> format) {
        this.format = format;
    }

    /**
     * The printed ordinal for {@code n}.
     *
     * @param n the number, 1 to 99999999
     * @return the ordinal with its punctuation, e.g. "十一、" or "（3）"
     */
    public String format(int n) {
        return format.apply(n);
    }
}
