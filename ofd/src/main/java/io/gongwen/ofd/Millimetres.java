package io.gongwen.ofd;

/**
 * Lengths as OFD writes them: millimetres (GB/T 33190-2016 §7.1, the default unit), converted from
 * the layout's points in this one place and written to a thousandth of a millimetre. Positions are
 * kept as whole thousandths ({@code long}), so that a glyph's place written as a start and the sum
 * of the spacings before it is the rounded place exactly, however long the line.
 */
final class Millimetres {
    /** Millimetres in a point (1/72 inch). */
    static final double PER_POINT = 25.4 / 72;

    private Millimetres() {
    }

    /** A length in points as whole thousandths of a millimetre, rounded. */
    static long thousandths(double pt) {
        return Math.round(pt * PER_POINT * 1000);
    }

    /** A length in points, written in millimetres: "5.644", "210", "-0.5". */
    static String of(double pt) {
        return format(thousandths(pt));
    }

    /** Thousandths of a millimetre, written in millimetres without trailing zeros and without an exponent. */
    static String format(long thousandths) {
        StringBuilder b = new StringBuilder(12);
        if (thousandths < 0) {
            b.append('-');
            thousandths = -thousandths;
        }
        b.append(thousandths / 1000);
        long fraction = thousandths % 1000;
        if (fraction != 0) {
            String digits = Long.toString(1000 + fraction).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            b.append('.').append(digits, 0, end);
        }
        return b.toString();
    }
}
