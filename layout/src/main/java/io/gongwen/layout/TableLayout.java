package io.gongwen.layout;

import io.gongwen.Length;
import io.gongwen.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays one table's rows out the way the {@code .docx} writer ({@code TableWriter}) sets them, each
 * row on its own, so that the page layout only has to stack rows and repeat header rows: the table
 * as wide as the text block, its columns sharing the width in the model's proportions (in whole
 * twips, the last column taking what rounding leaves, as the {@code .docx} states them), each cell's
 * text 1 mm in from the rules, wrapped by the {@link LineBreaker} (the body's kinsoku rules), single
 * spaced, centred vertically in its row; header rows centred in the header face, body rows aligned
 * as their column is; a row as tall as its fullest cell.
 *
 * <p>Cells spanning columns take the columns' summed width. Cells spanning rows are not laid out
 * here: {@link DocumentLayout} refuses them.
 */
final class TableLayout {
    /** The rules: single, black, 0.5 pt, all round and inside (the {@code .docx}'s {@code w:sz="4"}). */
    static final double BORDER_PT = 0.5;
    /** Text 1 mm in from the left and right rules ({@code w:tblCellMar}); none above and below, as in Word. */
    static final double CELL_MARGIN_PT = Length.mm(1).points();

    /** One cell's lines, placed across the page, with their baselines below the row's top. */
    record CellBox(double leftPt, List<List<Run>> lines, List<Double> baselines) {
    }

    /**
     * One row, laid out: whether it is a header row, its height, its cells and where the rules
     * between its cells stand.
     *
     * @param edgesPt the x of every vertical rule of the row, from the table's left edge to its right
     */
    record RowBox(boolean header, double heightPt, List<CellBox> cells, List<Double> edgesPt) {
    }

    private TableLayout() {
    }

    /**
     * The table's rows, laid out across a text block from {@code leftPt}, {@code widthPt} wide.
     *
     * @param text the style of body cells (4号 仿宋 in the standard's specification)
     * @param header the style of header cells (4号 黑体)
     */
    static List<RowBox> rows(Table table, double leftPt, double widthPt, LineBreaker.Style text,
                             LineBreaker.Style header) {
        double[] edges = columnEdges(table.columnWeights(), leftPt, widthPt);
        Table.Cell[][] grid = table.grid();
        List<RowBox> rows = new ArrayList<>();
        for (int r = 0; r < grid.length; r++) {
            boolean isHeader = r < table.headerRows();
            LineBreaker.Style style = isHeader ? header : text;
            double lineHeight = lineHeight(style);
            double ascent = Math.max(style.eastAsia().ascent(style.sizePt()), style.latin().ascent(style.sizePt()));
            List<List<List<Run>>> cellLines = new ArrayList<>();
            List<Double> cellLefts = new ArrayList<>();
            List<Double> rowEdges = new ArrayList<>();
            double height = 0;
            for (int c = 0; c < grid[r].length; c++) {
                Table.Cell cell = grid[r][c];
                if (cell == null) {
                    continue; // covered by the cell to its left
                }
                double cellLeft = edges[c];
                double cellRight = edges[c + cell.columnSpan()];
                LineBreaker.Alignment alignment = isHeader ? LineBreaker.Alignment.CENTRED
                        : alignment(table.alignments().get(c));
                List<List<Run>> lines = new ArrayList<>();
                for (String paragraph : cell.paragraphs()) {
                    List<List<Run>> broken = paragraph.isEmpty() ? List.of()
                            : LineBreaker.lines(List.of(new LineBreaker.Span(paragraph, style)), cellLeft + CELL_MARGIN_PT,
                                    cellRight - cellLeft - 2 * CELL_MARGIN_PT, 0, 0, 0, alignment);
                    if (broken.isEmpty()) {
                        // an empty paragraph still takes its line
                        lines.add(List.of());
                    } else {
                        lines.addAll(broken);
                    }
                }
                cellLines.add(lines);
                cellLefts.add(cellLeft);
                rowEdges.add(cellLeft);
                height = Math.max(height, lines.size() * lineHeight);
            }
            rowEdges.add(edges[edges.length - 1]);
            List<CellBox> cells = new ArrayList<>();
            for (int k = 0; k < cellLines.size(); k++) {
                List<List<Run>> lines = cellLines.get(k);
                // vAlign center: the cell's lines in the middle of the row
                double first = (height - lines.size() * lineHeight) / 2 + ascent;
                List<List<Run>> kept = new ArrayList<>();
                List<Double> baselines = new ArrayList<>();
                for (int l = 0; l < lines.size(); l++) {
                    if (!lines.get(l).isEmpty()) {
                        kept.add(lines.get(l));
                        baselines.add(first + l * lineHeight);
                    }
                }
                cells.add(new CellBox(cellLefts.get(k), List.copyOf(kept), List.copyOf(baselines)));
            }
            rows.add(new RowBox(isHeader, height, List.copyOf(cells), List.copyOf(rowEdges)));
        }
        return List.copyOf(rows);
    }

    /**
     * Where the columns start, and the table's right edge last, in points from the page's left edge:
     * the width in whole twips shared as {@code TableWriter.columnWidths} shares it (rounded down,
     * the last column taking the rest), so that both writers put the rules in the same places.
     */
    static double[] columnEdges(List<Integer> weights, double leftPt, double widthPt) {
        long total = Length.pt(widthPt).toTwips();
        long sum = 0;
        for (int w : weights) {
            sum += w;
        }
        double[] edges = new double[weights.size() + 1];
        long at = 0;
        edges[0] = leftPt;
        for (int i = 0; i < weights.size() - 1; i++) {
            at += total * weights.get(i) / sum;
            edges[i + 1] = leftPt + at / 20.0;
        }
        edges[weights.size()] = leftPt + total / 20.0;
        return edges;
    }

    /**
     * A single-spaced line of the style: the taller of its two faces, since the line of a word
     * processor is as tall as the tallest face on it and a cell's paragraph mark is set in the
     * Latin face.
     */
    static double lineHeight(LineBreaker.Style style) {
        return Math.max(style.eastAsia().lineHeight(style.sizePt()), style.latin().lineHeight(style.sizePt()));
    }

    private static LineBreaker.Alignment alignment(Table.Alignment a) {
        return switch (a) {
            case LEFT -> LineBreaker.Alignment.LEFT;
            case CENTER -> LineBreaker.Alignment.CENTRED;
            case RIGHT -> LineBreaker.Alignment.RIGHT;
            case JUSTIFIED -> LineBreaker.Alignment.JUSTIFIED;
        };
    }
}
