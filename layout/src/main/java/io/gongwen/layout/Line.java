package io.gongwen.layout;

import java.util.List;
import java.util.Optional;

/**
 * One line on a page: its runs, its baseline, what it is, and for the first line of a heading the
 * bookmark it starts. Immutable.
 *
 * @param role what the line is
 * @param baselinePt the baseline, in points from the page's top edge
 * @param runs the runs, left to right; never empty
 * @param bookmark for the first line of a heading: its level (1–4) and text as printed
 */
public record Line(LineRole role, double baselinePt, List<Run> runs, Optional<Bookmark> bookmark) {
    public Line {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a line has at least one run");
        }
    }

    /** The line's text. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Run r : runs) {
            b.append(r.text());
        }
        return b.toString();
    }

    /** The left edge of the first character, in points from the page's left edge. */
    public double leftPt() {
        return runs.get(0).x(0);
    }

    /** The right edge of the last character, in points from the page's left edge. */
    public double rightPt() {
        return runs.get(runs.size() - 1).right();
    }

    /** A heading's entry in the document outline. */
    public record Bookmark(int level, String title) {
    }
}
