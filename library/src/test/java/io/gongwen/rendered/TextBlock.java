package io.gongwen.rendered;

import io.gongwen.rendered.RenderedPdf.Line;
import io.gongwen.rendered.RenderedPdf.Page;

import java.util.List;

/** The standard's text block (版心) on a rendered page, and how lines and characters are counted in it. */
final class TextBlock {
    static final double LEFT = 28;
    static final double RIGHT = 28 + 156;
    static final double TOP = 37;
    static final double BOTTOM = 37 + 225;
    static final double PITCH_MM = 28.95 * RenderedPdf.MM_PER_PT;

    private TextBlock() {
    }

    /** The lines inside the block: everything above its bottom edge (the page number is below). */
    static List<Line> body(Page page) {
        return page.lines().stream().filter(l -> l.baseline() <= BOTTOM).toList();
    }

    /** The grid rows the lines span, first to last. */
    static int rows(List<Line> body) {
        return (int) Math.round((body.get(body.size() - 1).baseline() - body.get(0).baseline()) / PITCH_MM) + 1;
    }

    /** A full line starts at the block's left edge and reaches its right edge. */
    static boolean isFull(Line line) {
        return Math.abs(line.left() - LEFT) < 1 && lastInside(line) > RIGHT - 3;
    }

    /** The right end of the line, not counting punctuation hanging past the block's edge. */
    static double lastInside(Line line) {
        return line.glyphs().stream().filter(g -> g.x() < RIGHT - 1).mapToDouble(g -> g.x() + g.width())
                .max().orElse(line.left());
    }

    /** Characters as the standard counts them: full-width 1, half-width ½; hanging punctuation excluded. */
    static double characters(Line line) {
        return line.glyphs().stream().filter(g -> g.x() < RIGHT - 1)
                .mapToDouble(g -> g.fullWidth() ? 1 : 0.5).sum();
    }
}
