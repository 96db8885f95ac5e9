package io.gongwen.layout;

import io.gongwen.DocumentWriteException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One face of a font file, resolved by a {@link FontResolver}: the file, the face's place in it (a
 * {@code .ttc} collection holds several), and the metrics the layout measures text with. Immutable
 * and thread-safe.
 *
 * <p>Widths come from the file's own advances ({@code hmtx}), so a line holds what the face makes
 * it hold. {@link #emboldened()} asks the writer to thicken the outlines: the stand-in for a face
 * whose weight the free fonts lack (a bold 小标宋, a 黑体 drawn from a Ming face). {@link #slant()}
 * asks it to slant them: the italic of a face that has no italic of its own (no CJK face has one),
 * as Word and LibreOffice draw it.
 */
public final class FontFace {
    /**
     * The slant of a synthetic italic, as the tangent of its angle: tan 15° = 0.268, the shear
     * LibreOffice 7.4 draws an italic run of a face without an italic in its PDF (text matrix
     * {@code 1 0 0.2679491924 1}, measured).
     */
    public static final double SYNTHETIC_SLANT = Math.tan(Math.toRadians(15));

    private final Path file;
    private final int index;
    private final String family;
    private final String postScriptName;
    private final boolean emboldened;
    private final double slant;
    private final OpenTypeFile.Metrics metrics;

    FontFace(Path file, int index, String family, String postScriptName, boolean emboldened) {
        this.file = file;
        this.index = index;
        this.family = family;
        this.postScriptName = postScriptName;
        this.emboldened = emboldened;
        this.slant = 0;
        try {
            this.metrics = OpenTypeFile.metrics(file, index);
        } catch (IOException | RuntimeException e) {
            throw new DocumentWriteException("could not read the font " + file + " (face " + index + "): " + e, e);
        }
    }

    private FontFace(FontFace base, boolean emboldened, double slant) {
        this.file = base.file;
        this.index = base.index;
        this.family = base.family;
        this.postScriptName = base.postScriptName;
        this.emboldened = emboldened;
        this.slant = slant;
        this.metrics = base.metrics;
    }

    /** This face, drawn thickened (or not). */
    FontFace emboldened(boolean value) {
        return value == emboldened ? this : new FontFace(this, value, slant);
    }

    /** This face, drawn slanted by {@link #SYNTHETIC_SLANT} (or upright): its advances stay the face's. */
    FontFace slanted(boolean value) {
        double s = value ? SYNTHETIC_SLANT : 0;
        return s == slant ? this : new FontFace(this, emboldened, s);
    }

    /** The font file. */
    public Path file() {
        return file;
    }

    /** The face's index in the file: 0 for a single font, its place in a {@code .ttc} collection. */
    public int index() {
        return index;
    }

    /** The family name the face was found by, e.g. "AR PL UMing CN". */
    public String family() {
        return family;
    }

    /** The PostScript name of the face, e.g. "UMingCN"; the PDF writer picks the face by it. */
    public String postScriptName() {
        return postScriptName;
    }

    /** Whether the writer thickens the outlines (a bold weight the file does not have). */
    public boolean emboldened() {
        return emboldened;
    }

    /**
     * How far the writer slants the outlines, as the tangent of the angle from the upright (a glyph's
     * point {@code h} above the baseline moves {@code h × slant} to the right): 0, or
     * {@link #SYNTHETIC_SLANT} for the synthetic italic of a face without an italic of its own. A
     * slanted glyph keeps its advance, so a line breaks where the upright one does.
     */
    public double slant() {
        return slant;
    }

    /**
     * Whether the face is an italic one in its file (its {@code head}'s {@code macStyle}, its italic
     * angle or its subfamily say so: Liberation Serif Italic), drawn as it is, without a slant.
     */
    public boolean italic() {
        return metrics.italic();
    }

    /** Whether the face outlines are CFF (PostScript); PDFBox 3 embeds only TrueType outlines. */
    public boolean isCff() {
        return metrics.cff();
    }

    /** Whether the face has a glyph for the code point. */
    public boolean covers(int codePoint) {
        return metrics.glyph(codePoint) != 0;
    }

    /** The advance of the code point at {@code sizePt}, in points (the missing glyph's, if none). */
    public double advance(int codePoint, double sizePt) {
        return metrics.advance(metrics.glyph(codePoint)) * sizePt / metrics.unitsPerEm();
    }

    /**
     * The face's ascender above the baseline at {@code sizePt}, in points ({@code hhea}): where a
     * single-spaced line puts its baseline below the line's top.
     */
    public double ascent(double sizePt) {
        return metrics.ascender() * sizePt / metrics.unitsPerEm();
    }

    /**
     * The face's descender below the baseline at {@code sizePt}, in points ({@code hhea}), without the
     * line gap.
     */
    public double descent(double sizePt) {
        return metrics.descender() * sizePt / metrics.unitsPerEm();
    }

    /**
     * The height of a single-spaced line at {@code sizePt}, in points: ascender, descender and line
     * gap of {@code hhea}, as a word processor spaces "single" lines of the face.
     */
    public double lineHeight(double sizePt) {
        return (metrics.ascender() + metrics.descender() + metrics.lineGap()) * sizePt / metrics.unitsPerEm();
    }

    /**
     * The vertical middle of the code point's ink above the baseline, in points at {@code sizePt};
     * the page number's dash is placed by it. Half the size less the usual descent if the glyph has
     * no outline in a {@code glyf} table.
     */
    public double inkMiddle(int codePoint, double sizePt) {
        try {
            int[] y = OpenTypeFile.inkHeight(file, metrics, metrics.glyph(codePoint));
            if (y.length == 2) {
                return (y[0] + y[1]) / 2.0 * sizePt / metrics.unitsPerEm();
            }
        } catch (IOException e) {
            // fall through to the em box's middle
        }
        return 0.38 * sizePt;
    }

    @Override
    public boolean equals(Object o) {
        // the same face object most of the time (the line breaker compares each glyph's face with its run's)
        return o == this
                || o instanceof FontFace f && file.equals(f.file) && index == f.index && emboldened == f.emboldened
                && slant == f.slant;
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, index, emboldened, slant);
    }

    @Override
    public String toString() {
        return family + " (" + file + (index > 0 ? " #" + index : "") + (emboldened ? ", emboldened" : "")
                + (slant != 0 ? ", slanted" : "") + ")";
    }
}
