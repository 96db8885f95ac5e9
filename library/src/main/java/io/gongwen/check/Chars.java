package io.gongwen.check;

/**
 * A set of characters that a rule's matches need, tested with one range check and one bit per
 * character of the text. The text rules ask it of every line before they run a pattern, so that most
 * lines cost a scan instead of a regular expression; a set is made once, as a constant.
 */
final class Chars {
    private final char low;
    private final char high;
    private final long[] bits;

    private Chars(String chars) {
        char lo = Character.MAX_VALUE;
        char hi = Character.MIN_VALUE;
        for (int i = 0; i < chars.length(); i++) {
            lo = (char) Math.min(lo, chars.charAt(i));
            hi = (char) Math.max(hi, chars.charAt(i));
        }
        this.low = lo;
        this.high = hi;
        this.bits = new long[(hi - lo >> 6) + 1];
        for (int i = 0; i < chars.length(); i++) {
            int k = chars.charAt(i) - lo;
            bits[k >> 6] |= 1L << k;
        }
    }

    /** The set of the characters of {@code chars} (not empty). */
    static Chars of(String chars) {
        if (chars.isEmpty()) {
            throw new IllegalArgumentException("a set of characters needs one");
        }
        return new Chars(chars);
    }

    /** The characters from {@code from} to {@code to}, both included, as a string for {@link #of}. */
    static String range(char from, char to) {
        StringBuilder s = new StringBuilder(to - from + 1);
        for (char c = from; c <= to; c++) {
            s.append(c);
        }
        return s.toString();
    }

    /** Whether {@code c} is in the set. */
    boolean has(char c) {
        if (c < low || c > high) {
            return false;
        }
        int k = c - low;
        return (bits[k >> 6] & 1L << k) != 0;
    }

    /** Whether any character of {@code text} is in the set. */
    boolean anyIn(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (has(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
