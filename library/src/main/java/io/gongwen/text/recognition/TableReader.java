package io.gongwen.text.recognition;

import io.gongwen.Length;
import io.gongwen.Table;
import io.gongwen.docx.read.WordContent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A .docx table as the model's {@link Table}: the cells' text (a cell's paragraphs on lines of their
 * own), the columns in the proportions of the table's grid, cells spanning columns ({@code w:gridSpan})
 * and rows ({@code w:vMerge}), and the leading rows Word repeats on each page as header rows. The
 * writer lays it out anew (faces, sizes, borders, widths at the text width).
 */
public final class TableReader {
    private static final int HEAVIEST_COLUMN = 1000;

    private TableReader() {
    }

    /**
     * The table in the model.
     *
     * @throws io.gongwen.InvalidDocumentException if its cells do not fill the grid the model checks, or
     *                                             hold characters a document cannot carry
     */
    public static Table read(WordContent.Table source) {
        List<List<Slot>> rows = new ArrayList<>();
        // the cell that starts a vertical merge, by grid column, while the merge goes on
        Map<Integer, Slot> merging = new HashMap<>();
        int columns = 0;
        for (WordContent.Row row : source.rows()) {
            List<Slot> cells = new ArrayList<>();
            int column = 0;
            for (WordContent.Cell cell : row.cells()) {
                String merge = cell.verticalMerge().orElse("");
                Slot above = merging.get(column);
                if (merge.equals("continue") && above != null && above.columnSpan == cell.columnSpan()) {
                    above.rowSpan++;
                } else {
                    Slot slot = new Slot(cell.text(), cell.columnSpan());
                    cells.add(slot);
                    if (merge.equals("restart")) {
                        merging.put(column, slot);
                    } else {
                        merging.remove(column);
                    }
                }
                column += cell.columnSpan();
            }
            columns = Math.max(columns, column);
            rows.add(cells);
        }
        int headers = 0;
        while (headers < source.rows().size() && source.rows().get(headers).header()) {
            headers++;
        }
        pad(rows, columns);
        Table.Builder table = Table.builder().columns(weights(source.columnWidths(), columns));
        for (int r = 0; r < rows.size(); r++) {
            Table.Cell[] cells = rows.get(r).stream()
                    .map(s -> Table.Cell.of(s.text).spanColumns(s.columnSpan).spanRows(s.rowSpan))
                    .toArray(Table.Cell[]::new);
            if (r < headers) {
                table.header(cells);
            } else {
                table.row(cells);
            }
        }
        if (source.landscape()) {
            table.landscape(); // it stood on a turned page, and will again
        }
        return table.build();
    }

    /** Word allows rows shorter than the grid ({@code w:gridAfter}); the model wants every column filled. */
    private static void pad(List<List<Slot>> rows, int columns) {
        int[] covered = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (Slot s : rows.get(r)) {
                for (int k = 0; k < s.rowSpan && r + k < rows.size(); k++) {
                    covered[r + k] += s.columnSpan;
                }
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int k = covered[r]; k < columns; k++) {
                rows.get(r).add(new Slot("", 1));
            }
        }
    }

    /** The grid's widths as the model's proportions (1..1000); equal columns if the grid does not fit. */
    private static int[] weights(List<Length> widths, int columns) {
        int[] weights = new int[Math.max(1, columns)];
        double widest = widths.stream().mapToDouble(Length::points).max().orElse(0);
        if (widths.size() != weights.length || widest <= 0) {
            java.util.Arrays.fill(weights, 1);
            return weights;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (int) Math.max(1, Math.round(widths.get(i).points() / widest * HEAVIEST_COLUMN));
        }
        return weights;
    }

    /** A cell that starts in a row, with the rows it has been found to span. */
    private static final class Slot {
        final String text;
        final int columnSpan;
        int rowSpan = 1;

        Slot(String text, int columnSpan) {
            this.text = text;
            this.columnSpan = columnSpan;
        }
    }
}
