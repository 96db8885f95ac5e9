package io.gongwen.layout;

import io.gongwen.NoteNumbering;

/**
 * A note's number in the form its {@link NoteNumbering.Format} names, as LibreOffice 7.4 prints
 * the {@code .docx} writer's {@code w:numFmt} (measured on its rendering of notes numbered from 1,
 * 19, 26, 49, 99, 109, 999, 1000, 10009 and 32767 in each form):
 * <ul>
 *   <li>{@code decimal}: 1, 2, 3;</li>
 *   <li>{@code decimalEnclosedCircle}: ① to ⑳, ㉑ to ㊿ (the circled numbers Unicode has), then
 *       51, 52 as decimals;</li>
 *   <li>{@code chineseCounting}: 一, 十, 十一, 二十, 一百零九, 一百一十, 一千零一, 一万零九, 一万零一十,
 *       三万二千七百六十七;</li>
 *   <li>{@code lowerRoman}, {@code upperRoman}: i, iv, xlix, cmxcix, then an m for each thousand
 *       (mmmmmmmmmmix for 10009);</li>
 *   <li>{@code lowerLetter}, {@code upperLetter}: a to z, then aa, bb, …, zz, aaa (the letter
 *       repeated once more for each round of 26);</li>
 *   <li>{@code ideographTraditional}: 甲 to 癸, then 11, 12 as decimals;</li>
 *   <li>{@code chicago}: *, †, ‡, §, then **, ††, ‡‡, §§ (the sign repeated once more for each
 *       round of four);</li>
 *   <li>{@code decimalFullWidth}: １, ２, １０, full-width digits, as the format names them and Word
 *       prints them (LibreOffice 7.4 prints ASCII digits instead).</li>
 * </ul>
 * A 0 (a first number of 0) prints as 0, full-width ０ and 〇 in Chinese: no other form has a zero.
 * LibreOffice 7.4 prints the notes from 0 as 1, 1, 2, which is not copied.
 */
final class NoteNumberForms {
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String CHICAGO = "*\u2020\u2021\u00A7";
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    private NoteNumberForms() {
    }

    /**
     * The number {@code n} in {@code format}.
     *
     * @param n the number, 0 or more
     */
    static String text(NoteNumbering.Format format, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a note's number below 0: " + n);
        }
        if (n == 0) {
            return switch (format) {
                case DECIMAL_FULL_WIDTH -> "\uFF10";
                case CHINESE_COUNTING -> "〇";
                default -> "0";
            };
        }
        return switch (format) {
            case DECIMAL -> Integer.toString(n);
            case DECIMAL_ENCLOSED_CIRCLE -> circled(n);
            case CHINESE_COUNTING -> io.gongwen.internal.ChineseNumerals.of(n);
            case LOWER_ROMAN -> roman(n);
            case UPPER_ROMAN -> roman(n).toUpperCase(java.util.Locale.ROOT);
            case LOWER_LETTER -> repeated((char) ('a' + (n - 1) % 26), (n - 1) / 26 + 1);
            case UPPER_LETTER -> repeated((char) ('A' + (n - 1) % 26), (n - 1) / 26 + 1);
            case DECIMAL_FULL_WIDTH -> fullWidth(n);
            case IDEOGRAPH_TRADITIONAL -> n <= STEMS.length() ? STEMS.substring(n - 1, n) : Integer.toString(n);
            case CHICAGO -> repeated(CHICAGO.charAt((n - 1) % 4), (n - 1) / 4 + 1);
        };
    }

    private static String circled(int n) {
        if (n <= 20) {
            return Character.toString(0x2460 + n - 1);
        }
        if (n <= 35) {
            return Character.toString(0x3251 + n - 21);
        }
        if (n <= 50) {
            return Character.toString(0x32B1 + n - 36);
        }
        return Integer.toString(n);
    }




    private static String roman(int n) {
        StringBuilder b = new StringBuilder();
        int left = n;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (left >= ROMAN_VALUES[i]) {
                b.append(ROMAN[i]);
                left -= ROMAN_VALUES[i];
            }
        }
        return b.toString();
    }

    private static String repeated(char c, int times) {
        return String.valueOf(c).repeat(times);
    }

    private static String fullWidth(int n) {
        StringBuilder b = new StringBuilder();
        Integer.toString(n).chars().forEach(c -> b.append((char) (c - '0' + 0xFF10)));
        return b.toString();
    }
}
