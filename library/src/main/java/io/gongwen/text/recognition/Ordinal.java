package io.gongwen.text.recognition;

import io.gongwen.HeadingLevel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered line of a draft: its level, the number it carries, and the text after the number.
 * Recognises the forms people type, including the wrong ones the reformatter corrects: 一、 一. ，
 * （一） (一) （一）、, 1. 1． 1、 １．, （1） (1).
 *
 * @param level the heading level the form stands for
 * @param number the number as written
 * @param text the line after the number, trimmed
 */
record Ordinal(HeadingLevel level, int number, String text) {
    // anchored, bounded character classes, no nested quantifiers: linear on any input
    private static final Pattern LEVEL_ONE = Pattern.compile("^([一二三四五六七八九十百零〇两]{1,4})[ \\u3000]*[、.．，,][ \\u3000]*(.+)$");
    private static final Pattern LEVEL_TWO = Pattern.compile("^[（(][ \\u3000]*([一二三四五六七八九十百零〇两]{1,4})[ \\u3000]*[）)][、.．]?[ \\u3000]*(.+)$");
    // "3.5亿元" is a decimal, not item 3: no digit may follow the separator
    private static final Pattern LEVEL_THREE = Pattern.compile("^([0-9０-９]{1,3})[ \\u3000]*[.．、，,](?![0-9０-９])[ \\u3000]*(.+)$");
    private static final Pattern LEVEL_FOUR = Pattern.compile("^[（(][ \\u3000]*([0-9０-９]{1,3})[ \\u3000]*[）)][、.．]?[ \\u3000]*(.+)$");

    private static final String STARTS_WITH = "（(一二三四五六七八九十百零〇两0123456789０１２３４５６７８９";

    /** The ordinal a line starts with, or null. */
    static Ordinal of(String line) {
        // every form starts with a bracket, a Chinese numeral or a digit: other lines need no pattern
        if (line.isEmpty() || STARTS_WITH.indexOf(line.charAt(0)) < 0) {
            return null;
        }
        Matcher m;
        if ((m = LEVEL_TWO.matcher(line)).matches()) {
            return chinese(HeadingLevel.TWO, m);
        }
        if ((m = LEVEL_FOUR.matcher(line)).matches()) {
            return new Ordinal(HeadingLevel.FOUR, arabic(m.group(1)), m.group(2).strip());
        }
        if ((m = LEVEL_ONE.matcher(line)).matches()) {
            return chinese(HeadingLevel.ONE, m);
        }
        if ((m = LEVEL_THREE.matcher(line)).matches()) {
            return new Ordinal(HeadingLevel.THREE, arabic(m.group(1)), m.group(2).strip());
        }
        return null;
    }

    private static Ordinal chinese(HeadingLevel level, Matcher m) {
        int n = io.gongwen.internal.ChineseNumerals.parse(m.group(1));
        return n < 1 ? null : new Ordinal(level, n, m.group(2).strip());
    }

    /** Half-width or full-width decimal digits as a number. */
    static int arabic(String digits) {
        int n = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            n = n * 10 + (c >= '０' ? c - '０' : c - '0');
        }
        return n;
    }
}
