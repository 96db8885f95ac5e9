package io.gongwen.layout;

/**
 * A straight rule on a page, from one end to the other: the red rule under the document number
 * (§7.2.7), a table's borders. Immutable.
 *
 * @param x1Pt its first end, in points from the page's left edge
 * @param y1Pt its first end, the middle of its thickness, in points from the page's top edge
 * @param x2Pt its other end, in points from the page's left edge
 * @param y2Pt its other end, in points from the page's top edge
 * @param thicknessPt its thickness, in points
 * @param colorRgb its colour, 0xRRGGBB
 */
public record Rule(double x1Pt, double y1Pt, double x2Pt, double y2Pt, double thicknessPt, int colorRgb) {
    /** A horizontal rule from {@code leftPt} to {@code rightPt} at {@code yPt}. */
    public static Rule horizontal(double leftPt, double rightPt, double yPt, double thicknessPt, int colorRgb) {
        return new Rule(leftPt, yPt, rightPt, yPt, thicknessPt, colorRgb);
    }

    /** A vertical rule from {@code topPt} down to {@code bottomPt} at {@code xPt}. */
    public static Rule vertical(double xPt, double topPt, double bottomPt, double thicknessPt, int colorRgb) {
        return new Rule(xPt, topPt, xPt, bottomPt, thicknessPt, colorRgb);
    }

    /** Whether the rule runs across the page (both ends at the same height). */
    public boolean isHorizontal() {
        return y1Pt == y2Pt;
    }
}
