package io.gongwen;

import io.gongwen.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table in the body or an attachment (GB/T 9704-2012 §8). It spans the text block's full width;
 * its columns share that width in the proportions given, and the writer states every column's width
 * (WPS draws tables without explicit column widths badly). The first {@link #headerRows()} rows are
 * repeated at the top of every page the table runs onto. A cell may span columns and rows.
 *
 * <pre>{@code
 * Table table = Table.builder()
 *     .columns(1, 4, 2)                      // proportions of the text width
 *     .header("序号", "单位", "金额（万元）")
 *     .row("1", "县财政局", "120")
 *     .row(Table.Cell.of("合计").spanColumns(2), Table.Cell.of("120"))
 *     .build();
 * }</pre>
 *
 * <p>A table too wide for a portrait page can be {@linkplain Builder#landscape() set landscape}: it
 * gets pages of its own, turned, and the page numbers stay where they are on the paper.
 *
 * @param columnWeights each column's share of the width, in proportion; at least one, each 1..1000
 * @param alignments each column's horizontal alignment in body rows (header rows are centred)
 * @param headerRows how many leading rows are header rows (黑体, repeated on every page)
 * @param rows the rows; a cell covered by a cell spanning rows from above is left out of its row
 * @param landscape whether the table is printed on landscape pages
 */
public record Table(List<Integer> columnWeights, List<Alignment> alignments, int headerRows,
                    List<List<Cell>> rows, boolean landscape) implements Block {
    /**
     * Checks the components against each other: one alignment per column, at least one row, the header rows
     * among the rows, and cells that fill every row's columns exactly once.
     *
     * @param columnWeights each column's share of the width; at least one
     * @param alignments one per column
     * @param headerRows 0 to the number of rows
     * @param rows at least one row
     * @param landscape whether the table is printed on landscape pages
     * @throws InvalidDocumentException naming the component ({@code table.rows[2][1]} for a cell) that is
     *                                  wrong
     */
    public Table {
        columnWeights = List.copyOf(Checks.present("table.columnWeights", columnWeights));
        alignments = List.copyOf(Checks.present("table.alignments", alignments));
        rows = Checks.present("table.rows", rows).stream().map(List::copyOf).toList();
        if (columnWeights.isEmpty()) {
            throw new InvalidDocumentException("table.columns", "give at least one column");
        }
        if (alignments.size() != columnWeights.size()) {
            throw new InvalidDocumentException("table.alignments",
                    "give one per column (" + columnWeights.size() + "): " + alignments);
        }
        if (rows.isEmpty()) {
            throw new InvalidDocumentException("table.rows", "give at least one row");
        }
        if (headerRows < 0 || headerRows > rows.size()) {
            throw new InvalidDocumentException("table.headerRows", "must be 0.." + rows.size() + ": " + headerRows);
        }
        coverage(columnWeights.size(), rows);
    }

    /**
     * A builder for a table.
     *
     * @return an empty builder; set its {@link Builder#columns columns} first
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The number of columns.
     *
     * @return the number of columns, at least 1
     */
    public int columnCount() {
        return columnWeights.size();
    }

    /**
     * Checks that the cells of every row, with the cells spanning down from rows above, fill every
     * column exactly once, and returns the grid: for each row and column, the cell that starts there or
     * null where a cell from the left or from above covers it.
     */
    static Cell[][] coverage(int columns, List<List<Cell>> rows) {
        Cell[][] grid = new Cell[rows.size()][columns];
        boolean[][] taken = new boolean[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            List<Cell> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                Cell cell = Checks.present("table.rows[" + r + "][" + i + "]", row.get(i));
                while (c < columns && taken[r][c]) {
                    c++;
                }
                if (c + cell.columnSpan() > columns) {
                    throw new InvalidDocumentException("table.rows[" + r + "][" + i + "]",
                            "runs past the last column (" + columns + " columns; check the spans and the cells "
                                    + "covered from above): " + Checks.quote(cell.text()));
                }
                if (r + cell.rowSpan() > rows.size()) {
                    throw new InvalidDocumentException("table.rows[" + r + "][" + i + "]",
                            "spans " + cell.rowSpan() + " rows but only " + (rows.size() - r) + " remain: "
                                    + Checks.quote(cell.text()));
                }
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    for (int dc = 0; dc < cell.columnSpan(); dc++) {
                        if (taken[r + dr][c + dc]) {
                            throw new InvalidDocumentException("table.rows[" + r + "][" + i + "]",
                                    "overlaps a cell spanning from above: " + Checks.quote(cell.text()));
                        }
                        taken[r + dr][c + dc] = true;
                    }
                }
                grid[r][c] = cell;
                c += cell.columnSpan();
            }
            for (int k = 0; k < columns; k++) {
                if (!taken[r][k]) {
                    throw new InvalidDocumentException("table.rows[" + r + "]",
                            "leaves column " + (k + 1) + " of " + columns + " empty; give an empty cell (\"\") instead");
                }
            }
        }
        return grid;
    }

    /**
     * The grid of starting cells: for each row and column, the cell that starts there, or null where a cell
     * spanning from the left or from above covers it.
     *
     * @return a new array each call, {@code rows().size()} rows of {@link #columnCount()} entries
     */
    public Cell[][] grid() {
        return coverage(columnWeights.size(), rows);
    }

    /** Horizontal alignment of the text in a column's cells. */
    public enum Alignment {
        /** Flush left. */
        LEFT,
        /** Centred; header rows are always centred. */
        CENTER,
        /** Flush right. */
        RIGHT,
        /** Flush left and right (justified). */
        JUSTIFIED
    }

    /**
     * One cell: its text (may be empty; a line break starts a new paragraph in the cell), the stretches
     * of it formatted otherwise (bold, superscript, …) and the notes whose marks stand in it, as a body
     * paragraph's ({@link FormattedText}), the pictures standing between or after its paragraphs (a
     * photo or a small chart per row of a report's annex table), and how many columns and rows it spans.
     * A plain cell, nearly every one, has neither spans nor notes ({@link #of(String)});
     * {@link #of(FormattedText)} makes one that has, {@link #withPicture(Image)} one with a picture.
     * The writers print a cell's picture centred in the cell, at its own size or scaled down, proportions
     * kept, to the cell's width inside its margins (the column is the limit, as the text block is for a
     * picture of the body) and to the text block's height less one line.
     *
     * <pre>{@code
     * Table.Cell.of(FormattedText.builder().text("面积（m").superscript("2").text("）")
     *         .footnote("按2020年底测绘数。").build())
     * }</pre>
     *
     * @param text the text, its paragraphs joined by {@code \n}; never null, possibly empty
     * @param spans the stretches of {@code text} formatted otherwise, in order, each inside one paragraph
     *              (none crosses a {@code \n}); empty for a plain cell
     * @param notes the footnotes and endnotes whose marks stand in {@code text}, in order; a mark right
     *              before a {@code \n} ends the paragraph before it; empty for most
     * @param pictures the pictures of the cell, each on a line of its own between its paragraphs or after
     *                 them ({@link CellPicture#after()}), in order; empty for most
     * @param columnSpan columns covered, from 1
     * @param rowSpan rows covered, from 1
     */
    public record Cell(String text, List<Span> spans, List<Note> notes, List<CellPicture> pictures, int columnSpan,
                       int rowSpan) {
        /**
         * Checks the components: the spans and notes against the text as {@link FormattedText} checks
         * them, and that no span crosses from one of the cell's paragraphs into the next.
         *
         * @param text the text; not null
         * @param spans in order, inside the text, none crossing a line break
         * @param notes in the order of their marks, inside the text
         * @param pictures in order, each after 0 to all of the cell's paragraphs
         * @param columnSpan 1..63
         * @param rowSpan at least 1
         * @throws InvalidDocumentException naming {@code table.cell.text}, {@code table.cell.spans[i]},
         *                                  {@code table.cell.notes[i]}, {@code table.cell.pictures[i]},
         *                                  {@code table.cell.columnSpan} or {@code table.cell.rowSpan} if
         *                                  the text is null, a span, a note or a picture out of place or
         *                                  order, or a span out of range
         */
        public Cell {
            if (text == null) {
                throw new InvalidDocumentException("table.cell.text", "must not be null (give \"\" for an empty cell)");
            }
            Checks.present("table.cell.spans", spans);
            Checks.present("table.cell.notes", notes);
            pictures = List.copyOf(Checks.present("table.cell.pictures", pictures).stream()
                    .map(p -> Checks.present("table.cell.pictures[]", p)).toList());
            int paragraphs = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                paragraphs++;
            }
            for (int i = 0; i < pictures.size(); i++) {
                int after = pictures.get(i).after();
                if (after > paragraphs) {
                    throw new InvalidDocumentException("table.cell.pictures[" + i + "]", "stands after paragraph "
                            + after + ", but the cell has " + paragraphs + ": " + Checks.quote(text));
                }
                if (i > 0 && after < pictures.get(i - 1).after()) {
                    throw new InvalidDocumentException("table.cell.pictures[" + i + "]", "stands after paragraph "
                            + after + ", before the picture ahead of it (after paragraph "
                            + pictures.get(i - 1).after() + "): give the pictures in order");
                }
            }
            if (spans.isEmpty() && notes.isEmpty()) {
                spans = List.of();
                notes = List.of();
            } else {
                FormattedText checked;
                try {
                    checked = new FormattedText(text, spans, notes);
                } catch (InvalidDocumentException e) {
                    throw new InvalidDocumentException("table.cell." + e.field(),
                            e.getMessage().substring(e.field().length() + 2));
                }
                spans = checked.spans();
                notes = checked.notes();
                for (int i = 0; i < spans.size(); i++) {
                    Span s = spans.get(i);
                    int lineBreak = text.indexOf('\n', s.start());
                    if (lineBreak >= 0 && lineBreak < s.end()) {
                        throw new InvalidDocumentException("table.cell.spans[" + i + "]", "must not cross a line "
                                + "break (a cell's paragraphs are formatted apart; give a span in each): "
                                + s.start() + ".." + s.end() + " over " + Checks.quote(text.substring(s.start(), s.end())));
                    }
                }
            }
            if (columnSpan < 1 || columnSpan > 63) {
                throw new InvalidDocumentException("table.cell.columnSpan", "must be 1..63: " + columnSpan);
            }
            if (rowSpan < 1) {
                throw new InvalidDocumentException("table.cell.rowSpan", "must be at least 1: " + rowSpan);
            }
        }

        /**
         * A plain cell: no spans, no notes.
         *
         * @param text the text; not null
         * @param columnSpan 1..63
         * @param rowSpan at least 1
         * @throws InvalidDocumentException as the canonical constructor
         */
        public Cell(String text, int columnSpan, int rowSpan) {
            this(text, List.of(), List.of(), List.of(), columnSpan, rowSpan);
        }

        /**
         * A cell without pictures.
         *
         * @param text the text; not null
         * @param spans in order, inside the text, none crossing a line break
         * @param notes in the order of their marks, inside the text
         * @param columnSpan 1..63
         * @param rowSpan at least 1
         * @throws InvalidDocumentException as the canonical constructor
         */
        public Cell(String text, List<Span> spans, List<Note> notes, int columnSpan, int rowSpan) {
            this(text, spans, notes, List.of(), columnSpan, rowSpan);
        }

        /**
         * A cell holding one picture and no text, spanning one column and one row: a photo in a table of
         * 示意图.
         *
         * @param picture the picture
         * @return the cell
         * @throws InvalidDocumentException naming {@code table.cell.pictures[]} if {@code picture} is null
         */
        public static Cell of(Image picture) {
            return of("").withPicture(picture);
        }

        /**
         * This cell with a picture added after its text, on a line of its own; in a cell without text
         * (that holds no picture, or only pictures) the pictures are all the cell holds, one under
         * the other, with no empty line.
         *
         * @param picture the picture
         * @return a new cell with the same text, spans, notes and spans of rows and columns
         * @throws InvalidDocumentException naming {@code table.cell.pictures[]} if {@code picture} is null
         */
        public Cell withPicture(Image picture) {
            return withPicture(text.isEmpty() && (pictures.isEmpty() || picturesOnly()) ? 0 : paragraphs().size(),
                    picture);
        }

        /**
         * This cell with a picture added after its first {@code after} paragraphs, behind the pictures
         * already there.
         *
         * @param after how many of the cell's paragraphs stand before the picture: 0 (before the first)
         *              to all of them
         * @param picture the picture
         * @return a new cell with the same text, spans, notes and spans of rows and columns
         * @throws InvalidDocumentException naming {@code table.cell.pictures[i]} if {@code after} is out of
         *                                  range or before a picture already there
         */
        public Cell withPicture(int after, Image picture) {
            List<CellPicture> more = new ArrayList<>(pictures);
            more.add(new CellPicture(after, Checks.present("table.cell.pictures[]", picture)));
            return new Cell(text, spans, notes, more, columnSpan, rowSpan);
        }

        /**
         * Whether the cell holds pictures and no text, its pictures all before its one empty paragraph:
         * then the writers write no empty paragraph after them (the pictures' paragraphs are the cell's),
         * as Word holds a picture alone in a cell.
         *
         * @return {@code true} for a cell of pictures only
         */
        public boolean picturesOnly() {
            return text.isEmpty() && !pictures.isEmpty() && pictures.get(pictures.size() - 1).after() == 0;
        }

        /**
         * A cell holding {@code text}, spanning one column and one row.
         *
         * @param text the cell's words; blank gives an empty cell, and line breaks start new paragraphs
         * @return the cell
         */
        public static Cell of(String text) {
            return new Cell(cellText("table.cell.text", text), 1, 1);
        }

        /**
         * A cell holding {@code text} with its spans and notes, spanning one column and one row. It is
         * validated as {@link #of(String)} validates: each line break ({@code \n}, {@code \r\n},
         * {@code \r}) starts a new paragraph, each paragraph is stripped of its indentation (the marks
         * of notes in it move to the nearest edge of what is left) and a blank one is empty; a span
         * over a line break is cut in two, one piece in each paragraph.
         *
         * @param text the cell's words, spans and notes
         * @return the cell
         * @throws InvalidDocumentException naming {@code table.cell.text} if a paragraph holds a
         *                                  character a document cannot carry
         */
        public static Cell of(FormattedText text) {
            Checks.present("table.cell.text", text);
            if (text.isPlain()) {
                return of(text.text());
            }
            FormattedText unix = lineFeeds(text);
            String t = unix.text();
            List<FormattedText> paragraphs = new ArrayList<>();
            int from = 0;
            for (int i = t.indexOf('\n'); ; i = t.indexOf('\n', from)) {
                int to = i < 0 ? t.length() : i;
                FormattedText line = unix.slice(from, to);
                paragraphs.add(Checks.stripIndentation(line.text()).isEmpty() ? line.strip() : checked(line));
                if (i < 0) {
                    break;
                }
                from = i + 1;
            }
            return ofParagraphs(paragraphs);
        }

        /** The text with every {@code \r\n} and lone {@code \r} made a {@code \n}, spans and marks moved with it. */
        private static FormattedText lineFeeds(FormattedText text) {
            String t = text.text();
            if (t.indexOf('\r') < 0) {
                return text;
            }
            StringBuilder out = new StringBuilder(t.length());
            int[] moved = new int[t.length() + 1];
            for (int i = 0; i < t.length(); i++) {
                moved[i] = out.length();
                char c = t.charAt(i);
                if (c != '\r') {
                    out.append(c);
                } else if (i + 1 >= t.length() || t.charAt(i + 1) != '\n') {
                    out.append('\n');
                }
            }
            moved[t.length()] = out.length();
            List<Span> spans = new ArrayList<>();
            for (Span s : text.spans()) {
                if (moved[s.end()] > moved[s.start()]) {
                    spans.add(s.moved(moved[s.start()], moved[s.end()]));
                }
            }
            List<Note> notes = new ArrayList<>();
            for (Note n : text.notes()) {
                notes.add(n.moved(moved[n.at()]));
            }
            return new FormattedText(out.toString(), spans, notes);
        }

        /** A paragraph's characters checked as the body's are, its indentation stripped. */
        private static FormattedText checked(FormattedText line) {
            Checks.text("table.cell.text", line.text());
            return line.strip();
        }

        /**
         * The cell of these paragraphs, joined by {@code \n}, spanning one column and one row; each
         * paragraph as given (none may hold a line break).
         */
        private static Cell ofParagraphs(List<FormattedText> paragraphs) {
            FormattedText joined = FormattedText.joinedLines(paragraphs);
            return new Cell(joined.text(), joined.spans(), joined.notes(), 1, 1);
        }

        /**
         * This cell spanning {@code n} columns.
         *
         * @param n the number of columns, 1..63
         * @return a new cell with the same text, spans, notes, pictures and row span
         */
        public Cell spanColumns(int n) {
            return new Cell(text, spans, notes, pictures, n, rowSpan);
        }

        /**
         * This cell spanning {@code n} rows; leave the covered cells out of the rows below.
         *
         * @param n the number of rows, at least 1
         * @return a new cell with the same text, spans, notes, pictures and column span
         */
        public Cell spanRows(int n) {
            return new Cell(text, spans, notes, pictures, columnSpan, n);
        }

        /**
         * The cell's paragraphs: its text split at line breaks.
         *
         * @return the paragraphs in order, at least one; an empty cell has one empty paragraph
         */
        public List<String> paragraphs() {
            return List.of(text.split("\n", -1));
        }

        /**
         * The cell's paragraphs with their spans and notes, each counted from its own start.
         *
         * @return the paragraphs in order, at least one, as {@link #paragraphs()} splits the text
         */
        public List<FormattedText> formattedParagraphs() {
            if (isPlain()) {
                return paragraphs().stream().map(FormattedText::of).toList();
            }
            FormattedText all = formatted();
            List<FormattedText> out = new ArrayList<>();
            int from = 0;
            for (String p : paragraphs()) {
                out.add(all.slice(from, from + p.length()));
                from += p.length() + 1;
            }
            return List.copyOf(out);
        }

        /**
         * The text with its spans and notes.
         *
         * @return the cell's whole text, paragraphs joined by {@code \n}, with its spans and notes
         */
        public FormattedText formatted() {
            return new FormattedText(text, spans, notes);
        }

        /**
         * Whether no stretch is formatted otherwise and no note is referred to.
         *
         * @return {@code true} if the cell has neither spans nor notes
         */
        public boolean isPlain() {
            return spans.isEmpty() && notes.isEmpty();
        }
    }

    /**
     * A picture of a cell, on a line of its own, centred in the cell.
     *
     * @param after how many of the cell's paragraphs stand before it: 0 before the first, the number of
     *              paragraphs after the last
     * @param image the picture, at the size its author gave it
     */
    public record CellPicture(int after, Image image) {
        /**
         * Checks the components.
         *
         * @param after 0 or more
         * @param image not null
         * @throws InvalidDocumentException naming {@code table.cell.picture.after} or
         *                                  {@code table.cell.picture.image}
         */
        public CellPicture {
            if (after < 0) {
                throw new InvalidDocumentException("table.cell.picture.after", "must be 0 or more: " + after);
            }
            Checks.present("table.cell.picture.image", image);
        }
    }

    /** Validates a cell's text: any text the body allows, empty allowed, lines joined with \n. */
    private static String cellText(String field, String value) {
        Checks.present(field, value);
        // blank as the document's text is: white space, and the no-break and zero-width spaces a cell
        // left empty on a web page or in Word often holds
        if (Checks.stripIndentation(value).isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (String line : value.split("\\R", -1)) {
            lines.add(Checks.stripIndentation(line).isEmpty() ? "" : Checks.text(field, line));
        }
        return String.join("\n", lines);
    }

    /** Builds a {@link Table}. Not thread-safe; {@link #build()} has no side effects. */
    public static final class Builder {
        private List<Integer> weights = List.of();
        private final List<Alignment> alignments = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();
        private int headerRows;
        private boolean landscape;

        private Builder() {
        }

        /**
         * The columns, as proportions of the text width: {@code columns(1, 4, 2)}. Must come first.
         *
         * @param weights one to 63 columns, each weight 1..1000
         * @return this builder
         */
        public Builder columns(int... weights) {
            Checks.present("table.columns", weights);
            if (weights.length == 0 || weights.length > 63) {
                throw new InvalidDocumentException("table.columns", "give 1..63 columns: " + weights.length);
            }
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] < 1 || weights[i] > 1000) {
                    throw new InvalidDocumentException("table.columns[" + i + "]", "must be 1..1000: " + weights[i]);
                }
            }
            this.weights = Arrays.stream(weights).boxed().toList();
            alignments.clear();
            alignments.addAll(java.util.Collections.nCopies(weights.length, Alignment.CENTER));
            return this;
        }

        /**
         * The alignment of one column's body cells (from 0); centred unless set.
         *
         * @param column the column's index, from 0
         * @param alignment how its body cells' text is aligned
         * @return this builder
         */
        public Builder align(int column, Alignment alignment) {
            requireColumns();
            if (column < 0 || column >= weights.size()) {
                throw new InvalidDocumentException("table.align", "column must be 0.." + (weights.size() - 1) + ": " + column);
            }
            alignments.set(column, Checks.present("table.align", alignment));
            return this;
        }

        /**
         * Adds a header row; header rows must come before the body rows.
         *
         * @param cells the row's cells' text, one per column
         * @return this builder
         */
        public Builder header(String... cells) {
            return header(cells(cells));
        }

        /**
         * Adds a header row of cells that may span.
         *
         * @param cells the row's cells, which with the cells spanning down from above fill every column once
         * @return this builder
         */
        public Builder header(Cell... cells) {
            if (rows.size() > headerRows) {
                throw new InvalidDocumentException("table.header", "header rows must come before the body rows");
            }
            add(cells);
            headerRows++;
            return this;
        }

        /**
         * Adds a body row.
         *
         * @param cells the row's cells' text, one per column not covered from above
         * @return this builder
         */
        public Builder row(String... cells) {
            return row(cells(cells));
        }

        /**
         * Adds a body row of cells that may span.
         *
         * @param cells the row's cells, which with the cells spanning down from above fill every column once
         * @return this builder
         */
        public Builder row(Cell... cells) {
            add(cells);
            return this;
        }

        /**
         * Prints the table on landscape pages of its own.
         *
         * @return this builder
         */
        public Builder landscape() {
            landscape = true;
            return this;
        }

        private Cell[] cells(String... texts) {
            Checks.present("table.row", texts);
            Cell[] cells = new Cell[texts.length];
            for (int i = 0; i < texts.length; i++) {
                cells[i] = new Cell(cellText("table.rows[" + rows.size() + "][" + i + "]", texts[i]), 1, 1);
            }
            return cells;
        }

        private void add(Cell... cells) {
            requireColumns();
            Checks.present("table.row", cells);
            rows.add(List.of(cells.clone()));
        }

        private void requireColumns() {
            if (weights.isEmpty()) {
                throw new InvalidDocumentException("table.columns", "set the columns first: columns(1, 4, 2)");
            }
        }

        /**
         * Builds the table; throws {@link InvalidDocumentException} if the cells do not fill the grid.
         *
         * @return a new table; the builder can go on and build others
         */
        public Table build() {
            requireColumns();
            return new Table(weights, alignments, headerRows, rows, landscape);
        }
    }
}
