package io.gongwen.layout;

import io.gongwen.FormattedText;
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
 * <p>Cells spanning columns take the columns' summed width; a cell spanning rows is centred over
 * its rows, and no rule runs through it. A cell paragraph with spans or notes is handed to the page
 * layout ({@link CellText}), which knows the faces for its emphasis and numbers its notes.
 */
final class TableLayout {
    /** The rules: single, black, 0.5 pt, all round and inside (the {@code .docx}'s {@code w:sz="4"}). */
    static final double BORDER_PT = 0.5;
    /** Text 1 mm in from the left and right rules ({@code w:tblCellMar}); none above and below, as in Word. */
    static final double CELL_MARGIN_PT = Length.mm(1).points();

    /**
     * One cell's lines, placed across the page, with their baselines below the top of the row the
     * cell starts in (a cell spanning rows has them centred over all its rows).
     */
    record CellBox(double leftPt, List<List<Run>> lines, List<Double> baselines, List<CellPicture> pictures) {
    }

    /**
     * A picture of a cell, placed: its box's left edge from the page's left edge, its top below the top
     * of the row the cell starts in, and its size, all in points.
     */
    record CellPicture(io.gongwen.Image image, double leftPt, double topPt, double widthPt, double heightPt) {
    }

    /**
     * One row, laid out: whether it is a header row, its height, the cells that start in it, and its
     * rules.
     *
     * @param edgesPt the x of every vertical rule beside the row's cells, the table's left and right
     *                edges included: none inside a cell spanning columns
     * @param topRulesPt the stretches of the rule along the row's top, as {from, to} pairs: none over
     *                   a cell that spans down from the row above
     * @param endsBand whether no cell of this row or above runs on into the next row: the table may
     *                 go on to the next page only after such a row
     */
    record RowBox(boolean header, double heightPt, List<CellBox> cells, List<Double> edgesPt,
                  List<double[]> topRulesPt, boolean endsBand) {
    }

    /**
     * A cell's lines and pictures before they have a height to be centred in: each line's top and each
     * picture's below the top of the cell's content, and the content's height.
     */
    private record CellLines(List<List<Run>> lines, List<Double> tops, List<CellPicture> pictures, double heightPt) {
    }

    private TableLayout() {
    }

    /** Turns a cell paragraph with spans or notes into the line breaker's spans. */
    interface CellText {
        /**
         * The paragraph's spans in {@code style} and its emphases, its notes' marks numbered between them.
         *
         * @param row the row the cell starts in, from 0; the rows come in order, and in a row the cells
         *            and their paragraphs in order, as the {@code .docx} writer writes them
         */
        List<LineBreaker.Span> spans(int row, FormattedText paragraph, LineBreaker.Style style);
    }

    /**
     * The table's rows, laid out across a text block from {@code leftPt}, {@code widthPt} wide.
     * Heights first: a row as tall as its fullest cell of one row (one line at least: an empty or a
     * covered cell holds an empty paragraph), then each cell spanning rows adds what it lacks to
     * the last of its rows, as Word grows a merged cell; then the cells' lines are placed. The cells'
     * pictures stand each on a line of its own, centred in its cell, at its own size or scaled down,
     * proportions kept, to the cell's width inside its margins and to {@code pictureHeightPt}; its
     * line as tall as the picture (or as a line of the cell's type, if taller), as LibreOffice sets the
     * single-spaced line that holds only an inline picture: nothing below it for the type's descent.
     *
     * @param tabStop the default tab stops' distance, measured in each cell from its text's left edge
     * @param text the style of body cells (4号 仿宋 in the standard's specification)
     * @param header the style of header cells (4号 黑体)
     * @param formatted the spans of the cell paragraphs that have spans or notes
     * @param pictureHeightPt the tallest a cell's picture is drawn (the text block's height less one line)
     */
    static List<RowBox> rows(Table table, double leftPt, double widthPt, double tabStop, LineBreaker.Style text,
                             LineBreaker.Style header, CellText formatted, double pictureHeightPt) {
        double[] edges = columnEdges(table.columnWeights(), leftPt, widthPt);
        Table.Cell[][] grid = table.grid();
        int columns = edges.length - 1;
        // which cell covers each position: its row and column, so that rules run only between cells
        int[][] owner = new int[grid.length][columns];
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < columns; c++) {
                Table.Cell cell = grid[r][c];
                if (cell == null) {
                    continue;
                }
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    for (int dc = 0; dc < cell.columnSpan(); dc++) {
                        owner[r + dr][c + dc] = r * columns + c;
                    }
                }
            }
        }
        double[] heights = new double[grid.length];
        // each starting cell's lines, by row and column; null where a cell is covered
        CellLines[][] lines = new CellLines[grid.length][columns];
        for (int r = 0; r < grid.length; r++) {
            LineBreaker.Style style = r < table.headerRows() ? header : text;
            heights[r] = lineHeight(style);
            for (int c = 0; c < columns; c++) {
                Table.Cell cell = grid[r][c];
                if (cell == null) {
                    continue;
                }
                CellLines cellLines = cellLines(cell, r, edges[c], edges[c + cell.columnSpan()], tabStop, style,
                        r < table.headerRows() ? LineBreaker.Alignment.CENTRED : alignment(table.alignments().get(c)),
                        formatted, pictureHeightPt);
                lines[r][c] = cellLines;
                if (cell.rowSpan() == 1) {
                    heights[r] = Math.max(heights[r], cellLines.heightPt());
                }
            }
        }
        for (int r = 0; r < grid.length; r++) {
            LineBreaker.Style style = r < table.headerRows() ? header : text;
            for (int c = 0; c < columns; c++) {
                Table.Cell cell = grid[r][c];
                if (cell != null && cell.rowSpan() > 1) {
                    double lack = lines[r][c].heightPt() - span(heights, r, cell.rowSpan());
                    if (lack > 0) {
                        heights[r + cell.rowSpan() - 1] += lack;
                    }
                }
            }
        }
        List<RowBox> rows = new ArrayList<>();
        int bandEnd = 0;
        for (int r = 0; r < grid.length; r++) {
            boolean isHeader = r < table.headerRows();
            LineBreaker.Style style = isHeader ? header : text;
            double ascent = Math.max(style.eastAsia().ascent(style.sizePt()), style.latin().ascent(style.sizePt()));
            List<CellBox> cells = new ArrayList<>();
            List<Double> rowEdges = new ArrayList<>();
            List<double[]> topRules = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                if (c == 0 || owner[r][c] != owner[r][c - 1]) {
                    rowEdges.add(edges[c]);
                }
                if (r == 0 || owner[r][c] != owner[r - 1][c]) {
                    if (!topRules.isEmpty() && topRules.get(topRules.size() - 1)[1] == edges[c]) {
                        topRules.get(topRules.size() - 1)[1] = edges[c + 1];
                    } else {
                        topRules.add(new double[] {edges[c], edges[c + 1]});
                    }
                }
                Table.Cell cell = grid[r][c];
                if (cell == null) {
                    continue;
                }
                bandEnd = Math.max(bandEnd, r + cell.rowSpan() - 1);
                CellLines content = lines[r][c];
                List<List<Run>> cellLines = content.lines();
                // vAlign center: the cell's lines and pictures in the middle of its rows
                double contentTop = (span(heights, r, cell.rowSpan()) - content.heightPt()) / 2;
                double first = contentTop + ascent;
                List<List<Run>> kept = new ArrayList<>();
                List<Double> baselines = new ArrayList<>();
                for (int l = 0; l < cellLines.size(); l++) {
                    if (!cellLines.get(l).isEmpty()) {
                        kept.add(cellLines.get(l));
                        baselines.add(first + content.tops().get(l));
                    }
                }
                List<CellPicture> pictures = new ArrayList<>();
                for (CellPicture p : content.pictures()) {
                    pictures.add(new CellPicture(p.image(), p.leftPt(), contentTop + p.topPt(), p.widthPt(), p.heightPt()));
                }
                cells.add(new CellBox(edges[c], List.copyOf(kept), List.copyOf(baselines), List.copyOf(pictures)));
            }
            rowEdges.add(edges[columns]);
            rows.add(new RowBox(isHeader, heights[r], List.copyOf(cells), List.copyOf(rowEdges), List.copyOf(topRules),
                    bandEnd == r));
        }
        return List.copyOf(rows);
    }

    /**
     * A cell's lines, paragraph by paragraph, and its pictures between them; an empty paragraph is an
     * empty line, which still takes its height, but a cell of pictures only has no empty line after them
     * ({@link Table.Cell#picturesOnly()}), as the {@code .docx} writer writes none.
     */
    private static CellLines cellLines(Table.Cell cell, int row, double cellLeft, double cellRight, double tabStop,
                                       LineBreaker.Style style, LineBreaker.Alignment alignment,
                                       CellText formatted, double pictureHeightPt) {
        double lineHeight = lineHeight(style);
        List<List<Run>> lines = new ArrayList<>();
        List<Double> tops = new ArrayList<>();
        List<CellPicture> pictures = new ArrayList<>();
        // the text's lines counted apart from the pictures' height, so that a cell without pictures is
        // placed to the last bit as it always was: n lines, n times a line's height
        int count = 0;
        double pictured = 0;
        List<FormattedText> paragraphs = cell.isPlain() ? null : cell.formattedParagraphs();
        List<String> texts = cell.paragraphs();
        List<Table.CellPicture> cellPictures = cell.pictures();
        int next = 0;
        double inside = cellRight - cellLeft - 2 * CELL_MARGIN_PT;
        for (int i = 0; i <= texts.size(); i++) {
            for (; next < cellPictures.size() && cellPictures.get(next).after() == i; next++) {
                io.gongwen.Image image = cellPictures.get(next).image();
                double w = image.width().points();
                double h = image.height().points();
                double scale = Math.min(1, Math.min(Math.max(inside, 1) / w, pictureHeightPt / h));
                w *= scale;
                h *= scale;
                pictures.add(new CellPicture(image, cellLeft + (cellRight - cellLeft - w) / 2,
                        count * lineHeight + pictured, w, h));
                pictured += Math.max(lineHeight, h);
            }
            if (i == texts.size() || cell.picturesOnly()) {
                continue;
            }
            FormattedText p = paragraphs == null ? null : paragraphs.get(i);
            List<LineBreaker.Span> spans = p != null && !p.isPlain() ? formatted.spans(row, p, style)
                    : texts.get(i).isEmpty() ? List.of() : List.of(new LineBreaker.Span(texts.get(i), style));
            List<List<Run>> broken = spans.isEmpty() ? List.of()
                    : LineBreaker.lines(spans, cellLeft + CELL_MARGIN_PT,
                    cellRight - cellLeft - 2 * CELL_MARGIN_PT, 0, 0, 0, alignment, null, tabStop);
            for (List<Run> line : broken.isEmpty() ? List.<List<Run>>of(List.of()) : broken) {
                lines.add(line);
                tops.add(count * lineHeight + pictured);
                count++;
            }
        }
        return new CellLines(lines, tops, pictures, count * lineHeight + pictured);
    }

    private static double span(double[] heights, int first, int rows) {
        double h = 0;
        for (int r = first; r < first + rows; r++) {
            h += heights[r];
        }
        return h;
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
