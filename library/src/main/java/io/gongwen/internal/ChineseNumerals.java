package io.gongwen.internal;

import io.gongwen.InvalidDocumentException;

/**
 * Writes positive integers as Chinese numerals the way official documents count headings:
 * 一 … 十, 十一 (not 一十一), 二十, 九十九, 一百, 一百零一, 一百一十, 一万, 一万零一, 二万三千.
 */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";
    private static final String[] UNITS = {"", "十", "百", "千"};

    /** The largest number written: 99,999,999 (九千九百九十九万九千九百九十九). */
    public static final int MAX = 99_999_999;

    private ChineseNumerals() {
    }

    /**
     * @param n 1 to {@value #MAX}
     * @return the numeral, e.g. 11 → 十一, 105 → 一百零五
     */
    public static String of(int n) {
        if (n < 1 || n > MAX) {
            throw new InvalidDocumentException("number", "must be 1.." + MAX + ": " + n);
        }
        if (n >= 10_000) {
            int wan = n / 10_000;
            int rest = n % 10_000;
            // 十万 rather than 一十万 only when 十 leads the whole numeral, as below 100
            String high = wan < 20 && wan >= 10 ? of(wan) : underTenThousand(wan);
            if (rest == 0) {
                return high + "万";
            }
            return high + "万" + (rest < 1000 ? "零" : "") + underTenThousand(rest);
        }
        return n >= 10 && n < 20 ? (n == 10 ? "十" : "十" + DIGITS.charAt(n - 10)) : underTenThousand(n);
    }

    /** 1 to 9999 with every unit written, as inside a larger numeral (一十 in 一百一十). */
    private static String underTenThousand(int n) {
        StringBuilder out = new StringBuilder();
        String digits = Integer.toString(n);
        boolean pendingZero = false;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(i) - '0';
            int unit = digits.length() - 1 - i;
            if (digit == 0) {
                pendingZero = out.length() > 0;
                continue;
            }
            if (pendingZero) {
                out.append('零');
                pendingZero = false;
            }
            out.append(DIGITS.charAt(digit)).append(UNITS[unit]);
        }
        return out.toString();
    }

    /**
     * Reads a numeral as drafts write it: 一 … 九十九, 一百零一, also 两 and 〇; the inverse of
     * {@link #of(int)} below 10,000.
     *
     * @return the number, or 0 if the characters do not form one (e.g. 十十, 一二)
     */
    public static int parse(String numeral) {
        int total = 0;
        int digit = -1;
        int lastUnit = Integer.MAX_VALUE;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            if (c == '零' || c == '〇') {
                // 一百零一: the zero only marks a skipped unit
                if (i == 0) {
                    return 0;
                }
                continue;
            }
            int d = c == '两' ? 2 : "一二三四五六七八九".indexOf(c) + 1;
            if (d > 0) {
                if (digit >= 0) {
                    return 0;
                }
                digit = d;
            } else if (c == '十' || c == '百' || c == '千') {
                int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                if (unit >= lastUnit) {
                    return 0;
                }
                total += (digit < 0 ? 1 : digit) * unit;
                lastUnit = unit;
                digit = -1;
            } else {
                return 0;
            }
        }
        return total + Math.max(digit, 0);
    }
}
