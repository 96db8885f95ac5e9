package io.gongwen;

/**
 * A length on the page, stored in points. Conversions to the OOXML units (twips, half-points,
 * EMU) happen in one place: here.
 *
 * @param points the length in typographic points (1/72 inch); may be negative (character spacing)
 */
public record Length(double points) implements Comparable<Length> {
    private static final double POINTS_PER_MM = 72.0 / 25.4;
    private static final double EMU_PER_POINT = 12_700;

    /**
     * Checks that the length is a number.
     *
     * @param points the length in points; finite, possibly negative
     * @throws InvalidDocumentException naming {@code length} if it is infinite or not a number
     */
    public Length {
        if (!Double.isFinite(points)) {
            throw new InvalidDocumentException("length", "must be finite: " + points);
        }
    }

    /**
     * A length in millimetres.
     *
     * @param millimetres the length in millimetres; finite
     * @return the length, held in points
     */
    public static Length mm(double millimetres) {
        return new Length(millimetres * POINTS_PER_MM);
    }

    /**
     * A length in points.
     *
     * @param points the length in points; finite
     * @return the length
     */
    public static Length pt(double points) {
        return new Length(points);
    }

    /**
     * A length in twentieths of a point (twips), the unit of most WordprocessingML lengths.
     *
     * @param twips the length in twips
     * @return the length, held in points
     */
    public static Length twips(long twips) {
        return new Length(twips / 20.0);
    }

    /**
     * The length in millimetres.
     *
     * @return the length in millimetres, not rounded
     */
    public double toMillimetres() {
        return points / POINTS_PER_MM;
    }

    /**
     * Rounded to the nearest twip (1/20 pt): {@code w:pgMar}, {@code w:ind}, {@code w:spacing/@w:line}.
     *
     * @return the length in twips
     */
    public long toTwips() {
        return Math.round(points * 20);
    }

    /**
     * Rounded to the nearest English Metric Unit (1/12,700 pt, 1/914,400 inch): DrawingML's
     * {@code wp:extent} of a picture.
     *
     * @return the length in EMU
     */
    public long toEmu() {
        return Math.round(points * EMU_PER_POINT);
    }

    /**
     * Rounded to the nearest half-point: {@code w:sz}.
     *
     * @return the length in half-points
     */
    public long toHalfPoints() {
        return Math.round(points * 2);
    }

    /**
     * This length with another added.
     *
     * @param other the length to add
     * @return the sum
     */
    public Length plus(Length other) {
        return new Length(points + other.points);
    }

    /**
     * This length less another.
     *
     * @param other the length to take away
     * @return the difference, negative if {@code other} is the longer
     */
    public Length minus(Length other) {
        return new Length(points - other.points);
    }

    /**
     * This length multiplied.
     *
     * @param factor the factor; finite, possibly negative
     * @return the product
     */
    public Length times(double factor) {
        return new Length(points * factor);
    }

    /**
     * Whether the length is greater than zero.
     *
     * @return {@code true} if it is more than 0 pt
     */
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
