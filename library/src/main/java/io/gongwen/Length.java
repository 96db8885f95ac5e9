package io.gongwen;

/**
 * A length on the page, stored in points. Conversions to the OOXML units (twips, half-points,
 * EMU) happen in one place: here.
 *
 * @param points the length in typographic points (1/72 inch); may be negative (character spacing)
 */
public record Length(double points) implements Comparable<Length> {
    private static final double POINTS_PER_MM = 72.0 / 25.4;

    public Length {
        if (!Double.isFinite(points)) {
            throw new InvalidDocumentException("length", "must be finite: " + points);
        }
    }

    /** A length in millimetres. */
    public static Length mm(double millimetres) {
        return new Length(millimetres * POINTS_PER_MM);
    }

    /** A length in points. */
    public static Length pt(double points) {
        return new Length(points);
    }

    /** A length in twentieths of a point (twips), the unit of most WordprocessingML lengths. */
    public static Length twips(long twips) {
        return new Length(twips / 20.0);
    }

    public double toMillimetres() {
        return points / POINTS_PER_MM;
    }

    /** Rounded to the nearest twip (1/20 pt): {@code w:pgMar}, {@code w:ind}, {@code w:spacing/@w:line}. */
    public long toTwips() {
        return Math.round(points * 20);
    }

    /** Rounded to the nearest half-point: {@code w:sz}. */
    public long toHalfPoints() {
        return Math.round(points * 2);
    }

    public Length plus(Length other) {
        return new Length(points + other.points);
    }

    public Length minus(Length other) {
        return new Length(points - other.points);
    }

    public Length times(double factor) {
        return new Length(points * factor);
    }

    public boolean isPositive() {
        return points > 0;
    }

    @Override
    public int compareTo(Length other) {
        return Double.compare(points, other.points);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.2f mm (%.2f pt)", toMillimetres(), points);
    }
}
