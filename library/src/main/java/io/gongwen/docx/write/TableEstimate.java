package io.gongwen.docx.write;

import io.gongwen.DocumentElement;
import io.gongwen.Specification;
import io.gongwen.Table;

import java.util.List;

/**
 * How tall a table's rows come out, estimated for the {@link PageTracker}: each cell's paragraphs
 * wrapped at the cell's width (a full-width character one em of the table's type, a half-width one
 * half), the row as tall as its fullest cell. A line of cell text is taken as 1.2 em in the text face
 * and 1.45 em in the header face: what LibreOffice gives single-spaced 4号 type in the stand-in faces
 * (16.6 pt a body row, 21 pt a header line, measured on the landscape sample). It is an estimate,
 * used only to find the page the colophon falls on.
 */
public final class TableEstimate {
    private TableEstimate() {
    }

    /** The rows' heights in twips, in row order. */
    public static long[] rowHeights(Table table, long[] columns, long cellMargin, Specification spec) {
        long text = spec.style(DocumentElement.TABLE).size().toTwips();
        long header = spec.style(DocumentElement.TABLE_HEADER).size().toTwips();
        Table.Cell[][] grid = table.grid();
        long[] heights = new long[grid.length];
        for (int r = 0; r < grid.length; r++) {
            boolean isHeader = r < table.headerRows();
            long em = isHeader ? header : text;
            long tallest = em * (isHeader ? 145 : 120) / 100;
            for (int k = 0; k < grid[r].length; k++) {
                Table.Cell cell = grid[r][k];
                if (cell == null) {
                    continue;
                }
                long width = -2 * cellMargin;
                for (int c = k; c < Math.min(k + cell.columnSpan(), columns.length); c++) {
                    width += columns[c];
                }
                int lines = cell.picturesOnly() ? 0 : lines(cell.paragraphs(), Math.max(width, em), em);
                tallest = Math.max(tallest, lines * em * (isHeader ? 145 : 120) / 100 + picturesHigh(cell, width));
            }
            heights[r] = tallest;
        }
        return heights;
    }

    /** How tall a cell's pictures are printed, in twips, each scaled down to the cell's {@code width} if wider. */
    private static long picturesHigh(Table.Cell cell, long width) {
        long high = 0;
        for (Table.CellPicture p : cell.pictures()) {
            double w = p.image().width().toEmu();
            double h = p.image().height().toEmu();
            double scale = Math.min(1, Math.max(1, width) * (double) SealDrawing.EMU_PER_TWIP / w);
            high += PictureParagraph.twipsHigh(Math.round(h * scale));
        }
        return high;
    }

    private static int lines(List<String> paragraphs, long width, long em) {
        int lines = 0;
        for (String p : paragraphs) {
            long x = 0;
            int n = 1;
            for (int i = 0; i < p.length(); ) {
                int cp = p.codePointAt(i);
                long w = PageGeometry.isHalfWidth(cp) ? em / 2 : em;
                if (x + w > width) {
                    n++;
                    x = 0;
                }
                x += w;
                i += Character.charCount(cp);
            }
            lines += n;
        }
        return lines;
    }
}
