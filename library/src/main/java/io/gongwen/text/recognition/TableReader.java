package io.gongwen.text.recognition;

import io.gongwen.Emphasis;
import io.gongwen.FormattedText;
import io.gongwen.Length;
import io.gongwen.Note;
import io.gongwen.Span;
import io.gongwen.Table;
import io.gongwen.docx.read.WordContent;
import io.gongwen.text.DraftWarning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A .docx table as the model's {@link Table}: the cells' text (a cell's paragraphs on lines of their
 * own) with the stretches their runs format otherwise (bold, italic, underline, superscript,
 * subscript, strike-through, 楷体, read as a body paragraph's are) and the footnotes and endnotes
 * whose marks stand in them, the columns in the proportions of the table's grid, cells spanning columns ({@code w:gridSpan})
 * and rows ({@code w:vMerge}), and the leading rows Word repeats on each page as header rows. The
 * writer lays it out anew (faces, sizes, borders, widths at the text width). Where Word marks no row
 * as a header row, up to three leading rows bold throughout are taken for the header ({@link #headerRows}).
 * The bold of a header row bold throughout is the header's look, which the writer gives header rows,
 * and not a span: as the bold of a heading is the heading's.
 */
public final class TableReader {
    private static final int HEAVIEST_COLUMN = 1000;

    private TableReader() {
    }

    /**
     * The table in the model, its cells plain: their text as read, without pictures.
     *
     * @throws io.gongwen.InvalidDocumentException if its cells do not fill the grid the model checks, or
     *                                             hold characters a document cannot carry
     */
    public static Table read(WordContent.Table source) {
        List<List<CellContent>> texts = new ArrayList<>();
        for (WordContent.Row row : source.rows()) {
            texts.add(row.cells().stream().map(c -> new CellContent(FormattedText.of(c.text()), List.of())).toList());
        }
        return read(source, texts);
    }

    /**
     * A cell as read: its text, paragraphs joined by line feeds, with its spans and notes, and its
     * pictures, each after the lines of the text that stood before it.
     *
     * @param text the text
     * @param pictures the pictures, in order; {@link Table.CellPicture#after()} counts the lines of
     *                 {@code text} before each
     */
    record CellContent(FormattedText text, List<Table.CellPicture> pictures) {
    }

    /**
     * Each cell's text, row by row as the part lists them (cells merged from above included), its
     * paragraphs joined by line feeds, with the spans of its runs and the notes of its marks
     * ({@code notes} reads them, once each), and its pictures as the body's are read
     * ({@link DocxRecogniser#image}): each on a line of its own after the text of the paragraph it
     * stood in. A paragraph holding a picture kept and no text but white space is the picture's line,
     * and no line of text; a floating picture or one among a paragraph's text is kept after that text,
     * with a warning. A header row ({@link #headerRows}) whose text is bold throughout has its bold
     * left out of the spans: it is the header's.
     */
    static List<List<CellContent>> cells(WordContent.Table source, NoteReader notes, List<DraftWarning> warnings) {
        List<List<CellContent>> rows = new ArrayList<>();
        int headers = headerRows(source);
        for (WordContent.Row row : source.rows()) {
            boolean headerBold = rows.size() < headers && allBold(row);
            List<CellContent> cells = new ArrayList<>();
            for (WordContent.Cell cell : row.cells()) {
                List<FormattedText> paragraphs = new ArrayList<>();
                List<Table.CellPicture> pictures = List.of();
                int lines = 0;
                for (WordContent.Paragraph p : cell.paragraphs()) {
                    FormattedText text = notes.inCell(p, DocxRecogniser.runsOf(p), warnings);
                    boolean any = !p.pictures().isEmpty();
                    List<io.gongwen.Image> kept = any ? new ArrayList<>() : List.of();
                    List<WordContent.Picture> sources = any ? new ArrayList<>() : List.of();
                    for (WordContent.Picture q : p.pictures()) {
                        DocxRecogniser.image(p.number(), q, warnings).ifPresent(image -> {
                            kept.add(image);
                            sources.add(q);
                        });
                    }
                    boolean pictureLine = !kept.isEmpty() && text.text().isBlank() && text.notes().isEmpty();
                    if (!pictureLine) {
                        paragraphs.add(headerBold ? Line.withoutBold(text, false) : text);
                        lines += lineCount(text.text());
                    }
                    if (kept.isEmpty()) {
                        continue;
                    }
                    if (pictures.isEmpty()) {
                        pictures = new ArrayList<>();
                    }
                    for (int i = 0; i < kept.size(); i++) {
                        pictures.add(new Table.CellPicture(lines, kept.get(i)));
                    }
                    warnAbout(p, sources, pictureLine, warnings);
                }
                cells.add(new CellContent(paragraphs.isEmpty() ? FormattedText.of("")
                        : FormattedText.joinedLines(paragraphs), pictures));
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * How many lines a paragraph's text makes in a cell: one, and one more for each line break in it
     * (what {@code \\R} matches, as the cell's text is split: a CR and LF together are one).
     */
    private static int lineCount(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue; // counted at its \n
            }
            if (c == '\n' || c == '\r' || c == '\013' || c == '\f' || c == '\u0085' || c == '\u2028'
                    || c == '\u2029') {
                lines++;
            }
        }
        return lines;
    }

    /** Warns of the pictures kept of a cell's paragraph that floated, or that stood among its text. */
    private static void warnAbout(WordContent.Paragraph p, List<WordContent.Picture> kept, boolean pictureLine,
                                  List<DraftWarning> warnings) {
        for (WordContent.Picture q : kept) {
            String what = "the picture " + q.name();
            if (q.floating()) {
                warnings.add(new DraftWarning(p.number(), what + " floats over the text of a table cell; it is kept in "
                        + "the cell, centred on a line of its own after its paragraph"));
            } else if (!pictureLine) {
                warnings.add(new DraftWarning(p.number(), what + " stands among the text of a table cell's paragraph; "
                        + "it is kept centred on a line of its own after that text"));
            }
        }
    }

    /** The most leading rows taken for header rows when Word does not say which are: a heading's few lines. */
    private static final int MOST_INFERRED_HEADER_ROWS = 3;

    /**
     * The table's header rows: the leading rows Word repeats on each page ({@code w:tblHeader}); where
     * none is marked so, the leading rows bold throughout, when at most {@value #MOST_INFERRED_HEADER_ROWS}
     * and followed by a row that is not (a table bold throughout has no header rows: its bold is
     * emphasis). Headers set apart by bold alone are how tables are typed on web pages and in
     * documents saved from them.
     */
    static int headerRows(WordContent.Table source) {
        List<WordContent.Row> rows = source.rows();
        int marked = 0;
        while (marked < rows.size() && rows.get(marked).header()) {
            marked++;
        }
        if (marked > 0) {
            return marked;
        }
        int bold = 0;
        while (bold < rows.size() && bold <= MOST_INFERRED_HEADER_ROWS && allBold(rows.get(bold))) {
            bold++;
        }
        return bold <= MOST_INFERRED_HEADER_ROWS && bold < rows.size() ? bold : 0;
    }

    /** Whether every run of the row that carries text is bold, and one does. */
    private static boolean allBold(WordContent.Row row) {
        boolean any = false;
        for (WordContent.Cell cell : row.cells()) {
            for (WordContent.Paragraph p : cell.paragraphs()) {
                for (WordContent.Run run : p.runs()) {
                    if (io.gongwen.internal.Checks.stripIndentation(run.text()).isEmpty()) {
                        continue; // white space, a no-break space among it, is neither bold nor not
                    }
                    if (!run.bold()) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        return any;
    }

    /**
     * The table in the model, each cell's text taken from {@code texts} (row by row, as the part lists
     * the cells; see {@link #cells}).
     *
     * @throws io.gongwen.InvalidDocumentException if its cells do not fill the grid the model checks, or
     *                                             hold characters a document cannot carry
     */
    static Table read(WordContent.Table source, List<List<CellContent>> texts) {
        return read(source, texts, null);
    }

    /**
     * What the writer will set a table in, so that the reader can widen the columns its numbers do not
     * fit: the text block's width (the turned page's for a landscape table), the cells' text size and
     * the writer's cell margin on each side.
     */
    record Fit(Length width, Length size, Length margin) {
    }

    /**
     * The table in the model, as {@link #read(WordContent.Table, List)}, its columns widened where a
     * number in them would not fit at the writer's size (see {@link #fitted}); {@code fit} null: the
     * source's proportions as they are.
     */
    static Table read(WordContent.Table source, List<List<CellContent>> texts, Fit fit) {
        List<List<Slot>> rows = new ArrayList<>();
        // the cell that starts a vertical merge, by grid column, while the merge goes on
        Map<Integer, Slot> merging = new HashMap<>();
        int columns = 0;
        for (int r = 0; r < source.rows().size(); r++) {
            WordContent.Row row = source.rows().get(r);
            List<Slot> cells = new ArrayList<>();
            int column = 0;
            for (int c = 0; c < row.cells().size(); c++) {
                WordContent.Cell cell = row.cells().get(c);
                String merge = cell.verticalMerge().orElse("");
                Slot above = merging.get(column);
                if (merge.equals("continue") && above != null && above.columnSpan == cell.columnSpan()) {
                    above.rowSpan++;
                } else {
                    Slot slot = new Slot(texts.get(r).get(c), cell.columnSpan());
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
        int headers = headerRows(source);
        pad(rows, columns);
        int[] weights = weights(source.columnWidths(), columns);
        if (fit != null) {
            weights = fitted(weights, rows, fit);
        }
        Table.Builder table = Table.builder().columns(weights);
        for (int r = 0; r < rows.size(); r++) {
            Table.Cell[] cells = rows.get(r).stream()
                    .map(TableReader::cell)
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
                rows.get(r).add(new Slot(new CellContent(FormattedText.of(""), List.of()), 1));
            }
        }
    }

    /**
     * The weights with each column widened that a number of one of its cells (of one column) would
     * not fit at the writer's size, and would break over two lines (数字不能回行): it takes the width
     * its widest number needs, and the other columns share what is left in their proportions, none
     * narrower than its own numbers need. Where the numbers need more than the whole width, the
     * proportions stay the source's (the checker's {@code table-number-split} then says so). The
     * writer lays every table out anew (its faces, sizes and margins), so this is not warned of: the
     * words and numbers are the source's, only the columns' shares change.
     */
    private static int[] fitted(int[] weights, List<List<Slot>> rows, Fit fit) {
        double total = fit.width().points();
        double margins = 2 * fit.margin().points();
        double[] need = new double[weights.length];
        for (List<Slot> row : rows) {
            int column = 0;
            for (Slot slot : row) {
                if (slot.columnSpan == 1 && column < need.length) {
                    double widest = io.gongwen.internal.Numbers.widest(slot.content.text().text(), fit.size().points());
                    if (widest > 0) {
                        // half a point more than the number: rounding the weights must not take it back
                        need[column] = Math.max(need[column], widest + margins + 0.5);
                    }
                }
                column += slot.columnSpan;
            }
        }
        double sum = 0;
        for (int w : weights) {
            sum += w;
        }
        double[] width = new double[weights.length];
        boolean[] fixed = new boolean[weights.length];
        boolean tooNarrow = false;
        for (int c = 0; c < weights.length; c++) {
            width[c] = total * weights[c] / sum;
            tooNarrow |= width[c] < need[c];
        }
        if (!tooNarrow) {
            return weights;
        }
        // fix the columns that need more than their share at what they need; share the rest; repeat
        // while a column sharing the rest falls below its need (at most once per column)
        for (int round = 0; round <= weights.length; round++) {
            double left = total;
            double free = 0;
            for (int c = 0; c < weights.length; c++) {
                if (fixed[c]) {
                    left -= need[c];
                } else {
                    free += weights[c];
                }
            }
            if (left < 0) {
                return weights; // the numbers need more than the table's width
            }
            if (free == 0) {
                // every column is held by its numbers: what is left goes to all, in their proportions
                for (int c = 0; c < weights.length; c++) {
                    width[c] = need[c] + left * weights[c] / sum;
                }
                break;
            }
            boolean again = false;
            for (int c = 0; c < weights.length; c++) {
                width[c] = fixed[c] ? need[c] : left * weights[c] / free;
                if (!fixed[c] && width[c] < need[c]) {
                    fixed[c] = true;
                    again = true;
                }
            }
            if (!again) {
                break;
            }
        }
        double widest = 0;
        for (double w : width) {
            widest = Math.max(widest, w);
        }
        int[] fitted = new int[weights.length];
        for (int c = 0; c < weights.length; c++) {
            fitted[c] = (int) Math.max(1, Math.round(width[c] / widest * HEAVIEST_COLUMN));
        }
        return fitted;
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

    /**
     * The model's cell of a slot: its text validated as {@link Table.Cell#of(FormattedText)} does, and its
     * pictures, each after as many of the cell's paragraphs as there are (the validation may count the
     * lines otherwise than the reader did, and a picture never goes past the last).
     */
    private static Table.Cell cell(Slot s) {
        Table.Cell cell = Table.Cell.of(s.content.text()).spanColumns(s.columnSpan).spanRows(s.rowSpan);
        if (s.content.pictures().isEmpty()) {
            return cell;
        }
        int most = cell.text().isEmpty() ? Math.min(1, s.content.pictures().get(s.content.pictures().size() - 1).after())
                : cell.paragraphs().size();
        List<Table.CellPicture> pictures = new ArrayList<>();
        for (Table.CellPicture p : s.content.pictures()) {
            pictures.add(p.after() <= most ? p : new Table.CellPicture(most, p.image()));
        }
        return new Table.Cell(cell.text(), cell.spans(), cell.notes(), pictures, cell.columnSpan(), cell.rowSpan());
    }

    /** A cell that starts in a row, with the rows it has been found to span. */
    private static final class Slot {
        final CellContent content;
        final int columnSpan;
        int rowSpan = 1;

        Slot(CellContent content, int columnSpan) {
            this.content = content;
            this.columnSpan = columnSpan;
        }
    }
}
