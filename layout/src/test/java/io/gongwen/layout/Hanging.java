package io.gongwen.layout;

/** What the tests of a line's edges allow for: a stop or pause hanging past the right edge. */
final class Hanging {
    private Hanging() {
    }

    /**
     * Where a line's text ends inside the block: its right edge, or, where its last character is a
     * stop or pause hanging past {@code edge}, where that mark starts (at the edge: the characters
     * before it end there).
     */
    static double right(Line line, double edge) {
        String text = line.text();
        if (text.isEmpty() || line.rightPt() <= edge + 0.01 || !LineBreaker.hangs(text.codePointBefore(text.length()))) {
            return line.rightPt();
        }
        Run last = line.runs().get(line.runs().size() - 1);
        return last.x(last.length() - 1);
    }

    /** The grid cells of a line's text, a hanging mark not counted. */
    static double cells(Line line, double edge) {
        double cells = DocumentLayoutTest.cells(line.text());
        return right(line, edge) < line.rightPt() ? cells - 1 : cells;
    }
}
