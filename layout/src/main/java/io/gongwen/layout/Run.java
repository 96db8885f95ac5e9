package io.gongwen.layout;

import java.util.Arrays;

/**
 * Text in one face and size with the place of every character: what a writer draws with one font
 * selection. Immutable.
 */
public final class Run {
    private final String text;
    private final FontFace face;
    private final double sizePt;
    private final double[] x;
    private final int[] codePoints;
    private final int colorRgb;
    private final double horizontalScale;
    private final double risePt;
    private final int lines;

    /** {@link #lines()}: a single line under the text ({@code w:u}). */
    public static final int UNDERLINE = 1;
    /** {@link #lines()}: one line through the text ({@code w:strike}). */
    public static final int STRIKE = 2;
    /** {@link #lines()}: two lines through the text ({@code w:dstrike}). */
    public static final int DOUBLE_STRIKE = 4;

    Run(String text, FontFace face, double sizePt, double[] x) {
        this(text, face, sizePt, x, 0x000000, 1, 0);
    }

    Run(String text, FontFace face, double sizePt, double[] x, int colorRgb, double horizontalScale) {
        this(text, face, sizePt, x, colorRgb, horizontalScale, 0);
    }

    /**
     * @param text the characters, in order
     * @param face the face they are drawn in
     * @param sizePt the font size in points
     * @param x the left edge of each code point of {@code text}, in points from the page's left edge
     * @param colorRgb the colour, 0xRRGGBB
     * @param horizontalScale the glyphs' width as a fraction of their natural width (a long red mark is condensed)
     * @param risePt how far the run's baseline stands above its line's, in points (a note's raised mark)
     */
    Run(String text, FontFace face, double sizePt, double[] x, int colorRgb, double horizontalScale, double risePt) {
        this(text, face, sizePt, x, colorRgb, horizontalScale, risePt, 0);
    }

    /**
     * As {@link #Run(String, FontFace, double, double[], int, double, double)}, with lines along the text.
     *
     * @param lines {@link #UNDERLINE}, {@link #STRIKE}, {@link #DOUBLE_STRIKE} or'ed, or 0
     */
    Run(String text, FontFace face, double sizePt, double[] x, int colorRgb, double horizontalScale, double risePt,
        int lines) {
        this.lines = lines;
        this.colorRgb = colorRgb;
        this.risePt = risePt;
        this.horizontalScale = horizontalScale;
        this.text = text;
        this.face = face;
        this.sizePt = sizePt;
        this.codePoints = text.codePoints().toArray();
        if (x.length != codePoints.length) {
            throw new IllegalArgumentException("one position per code point: " + x.length + " for " + text);
        }
        this.x = x.clone();
    }

    public String text() {
        return text;
    }

    public FontFace face() {
        return face;
    }

    /** The font size, in points. */
    public double sizePt() {
        return sizePt;
    }

    /** The colour as 0xRRGGBB: black, or the red of the mark. */
    public int colorRgb() {
        return colorRgb;
    }

    /** The glyphs' width as a fraction of their natural width: 1, or less for a condensed mark. */
    public double horizontalScale() {
        return horizontalScale;
    }

    /**
     * How far the run's baseline stands above its line's, in points: 0, or the rise of a footnote's
     * or endnote's mark, set as a superscript. A writer draws the run at the line's baseline less this.
     */
    public double risePt() {
        return risePt;
    }

    /**
     * The lines the text is drawn with, which the layout places as rules on the page: {@link #UNDERLINE},
     * {@link #STRIKE} and {@link #DOUBLE_STRIKE} or'ed together, 0 for none (nearly every run).
     */
    public int lines() {
        return lines;
    }

    /**
     * Whether the run is italic: set in an italic face ({@link FontFace#italic()}: Liberation Serif
     * Italic for Latin text), or in an upright one the writer slants ({@link FontFace#slant()}: every
     * CJK face, which has no italic). Its characters keep the places the face's advances gave them.
     */
    public boolean italic() {
        return face.italic() || face.slant() != 0;
    }

    /** The number of code points. */
    public int length() {
        return codePoints.length;
    }

    /** The code point at {@code i}. */
    public int codePoint(int i) {
        return codePoints[i];
    }

    /** The left edge of code point {@code i}, in points from the page's left edge. */
    public double x(int i) {
        return x[i];
    }

    /** The right edge of the last character (its natural advance, spacing excluded), in points from the page's left edge. */
    public double right() {
        return codePoints.length == 0 ? 0
                : x[x.length - 1] + face.advance(codePoints[codePoints.length - 1], sizePt) * horizontalScale;
    }

    @Override
    public String toString() {
        return text + " @" + Arrays.toString(Arrays.copyOf(x, Math.min(3, x.length))) + "… " + sizePt + " pt " + face.family();
    }
}
