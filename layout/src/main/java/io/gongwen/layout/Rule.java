package io.gongwen.layout;

/**
 * A horizontal rule on a page: the red rule under the document number (§7.2.7). Immutable.
 *
 * @param leftPt its left end, in points from the page's left edge
 * @param rightPt its right end, in points from the page's left edge
 * @param yPt the middle of its thickness, in points from the page's top edge
 * @param thicknessPt its thickness, in points
 * @param colorRgb its colour, 0xRRGGBB
 */
public record Rule(double leftPt, double rightPt, double yPt, double thicknessPt, int colorRgb) {
}
