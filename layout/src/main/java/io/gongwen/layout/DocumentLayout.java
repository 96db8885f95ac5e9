package io.gongwen.layout;

import io.gongwen.Article;
import io.gongwen.Block;
import io.gongwen.Chapter;
import io.gongwen.Colophon;
import io.gongwen.DocumentElement;
import io.gongwen.DocumentFormat;
import io.gongwen.InvalidDocumentException;
import io.gongwen.Length;
import io.gongwen.Note;
import io.gongwen.NoteNumbering;
import io.gongwen.OfficialDocument;
import io.gongwen.PageBreak;
import io.gongwen.Paragraph;
import io.gongwen.Section;
import io.gongwen.Signature;
import io.gongwen.Specification;
import io.gongwen.Table;
import io.gongwen.TextStyle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static io.gongwen.layout.LineBreaker.Alignment.CENTRED;
import static io.gongwen.layout.LineBreaker.Alignment.JUSTIFIED;
import static io.gongwen.layout.LineBreaker.Alignment.LEFT;
import static io.gongwen.layout.LineBreaker.Alignment.RIGHT;

/**
 * Lays a document out on pages the way GB/T 9704-2012 sets them, from its {@link Specification}
 * (the numbers the {@code .docx} writer uses): A4, the text block 156 × 225 mm at 37 mm from the
 * top and 28 mm from the left, 22 rows of 28.95 pt, 28 characters of 3号 on a full line. Every line
 * below the head block takes one row, as every paragraph of the {@code .docx} has the exact 28.95 pt
 * line spacing; a line's em box (0.88 em above the baseline, 0.12 em below) is centred in its row.
 *
 * <p>Laid out, in the standard's order: the head block (§7.2: 份号, 密级 and 紧急程度 stacked at the
 * top left; the red mark, its em box's top 35 mm below the text block's top (an order's 20 mm),
 * condensed if it would not fit, several issuers' names stacked; two blank rows; the document
 * number (or minutes' number) centred, or flush left one character in with the 签发人 on the right;
 * the red rule 4 mm below the number's em box; two blank rows; an order's "第N号" instead, without a
 * rule; a letter's head of §10.1 instead, see {@code HeadBlockLayout}), advancing as the {@code .docx}
 * writer's exact-height paragraphs do, so both put the title at the same height; then the title
 * (2号 小标宋, centred, its lines as the model broke them), one blank row, the main recipients
 * (flush left), the body — paragraphs with a two-character first-line indent, headings of the four
 * levels in their faces (a heading on a line of its own is kept with the line after it; a run-in
 * heading's text follows in the body face), articles and chapter titles of regulations, tables (§8;
 * a landscape table on turned pages of its own), pictures, the author's page breaks and landscape
 * stretches (turned pages as a landscape table's) — then minutes' attendance lists, the
 * attachment note (one blank row, "附件：", wrapped lines under the titles), the signature block
 * (§7.3.5: unsealed, sealed or with signature seals, kept together on one page, seals as
 * {@link Picture}s), the note (附注), the documents it issues (each from a new page), the
 * attachments (each from a new page: its label in 黑体 on the first row, its title centred on the
 * third), the colophon (版记, §7.4: at the foot of an even page, between its rules), and the page
 * number "— N —" in 4号 宋体 7 mm below the text block, one character in from the right edge on odd
 * pages and from the left edge on even pages (none on a letter's first page, nor on the blank page
 * before a colophon and the colophon's page after it).
 *
 * <p>Footnotes and endnotes as LibreOffice prints the {@code .docx} writer's: the mark a raised,
 * smaller number in the line (its width counted as the line is broken), footnotes and endnotes
 * numbered apart as the document's {@link NoteNumbering} says (in its form, from its first number, on
 * through the document, again in each section of the {@code .docx}, or again on each page by the page
 * the mark lands on, the rest of a paragraph broken again with the numbers it takes there); a
 * footnote at the foot of the page that prints its mark,
 * below a rule a quarter of the block wide, in 仿宋 小四 single-spaced, the body losing the whole rows
 * the notes take; a note longer than the room left runs on at the foot of the next page, before that
 * page's own. Endnotes follow the document's last text (after the attachments, before the colophon),
 * below the same rule.
 *
 * <p>Refused with an {@link UnsupportedElementException} naming the element: a picture in EMF or
 * WMF, a colophon longer than a page, and a printing office and date too long for one line.
 */
public final class DocumentLayout {
    /** The em box's top above the baseline, in em: the ideographic em box of CJK fonts. */
    private static final double EM_ASCENT = 0.88;
    private static final double EM_DESCENT = 0.12;
    /** The colophon's first and last rules: 1 pt (≈ 0.35 mm, §7.4.1), as the {@code .docx} writer draws them. */
    private static final double COLOPHON_THICK_RULE_PT = 1;
    /** The colophon's rule between 抄送 and 印发: 0.75 pt (≈ 0.25 mm). */
    private static final double COLOPHON_THIN_RULE_PT = 0.75;
    /** How far above the signature row's middle a seal's centre sits, in rows (居中下压), as in the {@code .docx}. */
    private static final double SEAL_ABOVE_SIGNATURE = 0.2;
    /** The most seals in one row of a jointly sealed document (practice since 1999), as in the {@code .docx}. */
    private static final int SEALS_PER_ROW = 3;
    /**
     * A note's mark: its size and its rise, in ems of the text it stands in. Measured on LibreOffice
     * 7.4's rendering of the {@code .docx} writer's FootnoteReference style (a superscript): 9.3 pt
     * raised 6.3 pt in the 16 pt body, 7 pt raised 4.7 pt in a 12 pt note.
     */
    private static final double MARK_SIZE_EM = 0.58;
    private static final double MARK_RISE_EM = 0.39;
    /** How far a subscript's baseline stands below the line's, in ems of the text's size. */
    private static final double SUBSCRIPT_DROP_EM = 0.14;
    /** An underline's middle below the baseline, in ems of the run's size. */
    private static final double UNDERLINE_EM = 0.1;
    /** A strike-through's middle above the baseline, in ems: through the middle of a Chinese character. */
    private static final double STRIKE_EM = 0.32;
    /** The distance of a double strike-through's two lines, in ems. */
    private static final double DOUBLE_STRIKE_GAP_EM = 0.12;
    /** The thickness of an underline or a strike-through, in ems. */
    private static final double DRAWN_LINE_EM = 0.05;
    /**
     * From the bottom of the body's last row to the top of the first note line, in points: 0.1 cm
     * (2.83 pt) above the separator rule, the rule's 0.5 pt, and 3.3 pt below it, as LibreOffice 7.4
     * sets the {@code .docx}'s notes (measured: the rule's lower edge 3.3 pt above the first note
     * line's top; a mark's row kept where 4.4 pt were left between it and the rule, moved where 3.0).
     */
    private static final double NOTES_GAP_PT = 2.83 + 0.5 + 3.3;
    /** The separator rule's middle above the first note line's top, in points. */
    private static final double SEPARATOR_ABOVE_PT = 3.3 + 0.25;
    /** The separator rule: 0.5 pt, a quarter of the text block's width from its left edge, as LibreOffice draws the {@code .docx}'s. */
    private static final double SEPARATOR_PT = 0.5;
    private static final double SEPARATOR_SHARE = 0.25;
    /**
     * How much of a paragraph, in code points, is broken again when a page break changes the numbers
     * of its marks (footnotes numbered on each page): about a page of half-width text (22 rows of 56),
     * so that the cost grows with the paragraph, not with its length times its pages. Its last two
     * lines are broken again with what follows when they are reached; the size changes only the work.
     */
    private static final int RENUMBERED_WINDOW = 1536;

    private final OfficialDocument doc;
    private final Specification spec;
    private final FontResolver fonts;
    /** The text block of the page being laid out: portrait, or turned for a landscape table. */
    private double left;
    private double width;
    private double top;
    private double height;
    private final double pitch;
    /** Whether the page being laid out is a landscape page (see {@link Page#turned()}). */
    private boolean turned;
    /**
     * Whether the body is in a landscape stretch ({@link PageBreak#LANDSCAPE} to {@link PageBreak#PORTRAIT}):
     * the orientation every block but a landscape table is laid out in.
     */
    private boolean stretch;
    private final double bodySize;
    /** Where each page goes as soon as it is finished: no page is kept here once handed on. */
    private final Consumer<? super Page> pages;
    /** The pages finished so far. */
    private int pageCount;
    private List<Line> current = new ArrayList<>();
    private List<Rule> rules = new ArrayList<>();
    private List<Picture> pictures = new ArrayList<>();
    /** Where the next row starts, in points below the text block's top. */
    private double y;
    /** Whether the last thing placed was a table: the .docx writer puts an empty paragraph after it. */
    private boolean afterTable;
    /**
     * The footnotes and endnotes numbered since their numbers last started again: at the document's
     * start, at a section's ({@link NoteNumbering.Restart#EACH_SECTION}) or, for footnotes numbered
     * on each page, at the page's.
     */
    private int footnoteCount;
    private int endnoteCount;
    /** The footnotes whose marks this page prints: the count their numbers start from again on the next page. */
    private int pageFootnotes;
    /** The lines of the footnotes this page prints at its foot, top to bottom (a note run on from the page before first). */
    private List<NoteLine> pageNotes = new ArrayList<>();
    /** Footnote lines that did not fit on their page, for the foot of the next one. */
    private final List<NoteLine> carried = new ArrayList<>();
    /** The endnotes' marks placed so far, their texts to print after the last text; the model holds the texts anyway. */
    private final List<Marked> endnotes = new ArrayList<>();

    private DocumentLayout(OfficialDocument doc, FontResolver fonts, Consumer<? super Page> pages) {
        this.doc = doc;
        this.pages = pages;
        this.spec = doc.specification();
        this.fonts = fonts;
        this.left = spec.marginLeft().points();
        this.width = spec.textWidth().points();
        this.top = spec.marginTop().points();
        this.pitch = spec.linePitch().points();
        this.height = spec.textHeight().points();
        this.bodySize = spec.style(DocumentElement.BODY).size().points();
    }

    /**
     * Lays a document out with the system's fonts ({@link FontResolver#system()}).
     *
     * @throws UnsupportedElementException naming the first element this layout does not place yet
     * @throws FontNotFoundException naming a face no font file has
     */
    public static LaidOutDocument layOut(OfficialDocument doc) {
        return layOut(doc, FontResolver.system());
    }

    /**
     * Lays a document out with the faces {@code fonts} resolves.
     *
     * @throws UnsupportedElementException naming the first element this layout does not place yet
     * @throws FontNotFoundException naming a face no font file has
     */
    public static LaidOutDocument layOut(OfficialDocument doc, FontResolver fonts) {
        List<Page> pages = new ArrayList<>();
        layOut(doc, fonts, pages::add);
        return new LaidOutDocument(pages, String.join("", doc.title()), doc.closing().signature());
    }

    /**
     * Lays a document out with the faces {@code fonts} resolves, handing each page to {@code pages}
     * as soon as it is finished, in order, and keeping none: what this holds at any time is the page
     * being laid out, so a writer that serialises each page as it comes (as {@code PdfWriter} does)
     * never holds the document's glyphs (a page's footnotes are held with it; a footnote run on to
     * the next page, until that page is finished; the endnotes' marks, until the last text). An
     * element this layout does not place is refused when it is reached, so pages may have been
     * handed on before the exception: the writers make their file only once the layout is done.
     *
     * @return the number of pages handed on
     * @throws UnsupportedElementException naming the first element this layout does not place yet
     * @throws FontNotFoundException naming a face no font file has
     */
    public static int layOut(OfficialDocument doc, FontResolver fonts, Consumer<? super Page> pages) {
        if (doc == null) {
            throw new InvalidDocumentException("document", "must not be null");
        }
        if (fonts == null) {
            throw new InvalidDocumentException("fonts", "must not be null");
        }
        if (pages == null) {
            throw new InvalidDocumentException("pages", "must not be null");
        }
        DocumentLayout layout = new DocumentLayout(doc, fonts, pages);
        layout.run();
        return layout.pageCount;
    }

    private void run() {
        new HeadBlockLayout().run();
        if (!doc.title().isEmpty()) {
            LineBreaker.Style title = style(DocumentElement.TITLE, 0);
            // each line as the .docx writer breaks them, its spans drawn and its notes' marks raised and
            // numbered as the body's, before them: the title's notes go to the foot of its page
            for (io.gongwen.FormattedText line : doc.titleLines()) {
                List<Marked> marks = new ArrayList<>();
                paragraph(LineRole.TITLE, spans(line, title, marks), 0, 0, 0, CENTRED, Optional.empty(), marks);
            }
            blankRow();
        }
        LineBreaker.Style body = body();
        for (String line : doc.addressees()) {
            paragraph(LineRole.ADDRESSEE, List.of(new LineBreaker.Span(line, body)), 0, 0, 0, JUSTIFIED, Optional.empty());
        }
        blocks(doc.body());
        attendance();
        attachmentNote();
        signature();
        doc.closing().note().ifPresent(n ->
                paragraph(LineRole.NOTE, List.of(new LineBreaker.Span(n, body)), 2 * bodySize, 0, 0, JUSTIFIED, Optional.empty()));
        issued();
        attachments();
        if (afterTable) {
            // a document cannot end on a table: Word and LibreOffice add a paragraph after it, as the .docx writer does
            emptyParagraph();
        }
        endnotes();
        colophon();
    }

    /**
     * 版记 (§7.4), at the foot of an even page, where the {@code .docx} writer's {@code ColophonWriter}
     * puts it: on the last page if that is even and has a row to spare above it; on the next page if
     * the last is odd; otherwise after a blank page, and then neither the blank page nor the
     * colophon's page is numbered (§7.5). After a landscape table the colophon starts a portrait
     * page, as the {@code .docx}'s section does; if that page is odd it stays blank, unnumbered, and
     * the colophon goes to the next one, unnumbered too.
     *
     * <p>Its lines, in 4号 仿宋, fill the last rows of the text block: "抄送：" one character in, its
     * wrapped lines under the first name, one character clear of the right edge; the printing office
     * one character in and the printing date ending one character from the right edge, on the last
     * row. A thick rule over the first line and on the block's bottom edge, a thin one between.
     */
    private void colophon() {
        Colophon colophon = doc.colophon();
        if (colophon.isEmpty()) {
            finishPage();
            finishNotes();
            return;
        }
        LineBreaker.Style style = style(DocumentElement.COLOPHON, 0);
        double one = style.sizePt();
        List<List<Run>> copy = colophon.copyToText()
                .map(t -> lines(List.of(new LineBreaker.Span(t, style)), one, 4 * one, one, LEFT))
                .orElse(List.of());
        List<Run> print = colophon.printer().map(p -> printLine(p, colophon.printDateText().orElseThrow(), style))
                .orElse(List.of());
        int rows = copy.size() + (print.isEmpty() ? 0 : 1);
        if (rows * pitch > height - pitch) {
            throw new UnsupportedElementException("a colophon (版记) of " + rows + " lines, more than a page holds");
        }
        if (turned) {
            turn(false);
        }
        if (!pageNotes.isEmpty() || !carried.isEmpty()) {
            // the colophon ends the last page: footnotes still to print go on the pages before it
            finishPage();
            finishNotes();
        }
        boolean even = (pageCount + 1) % 2 == 0;
        boolean numbered = true;
        if (even && rowsLeft() >= rows + 1) {
            // on this page
        } else if (!even && y == 0 && current.isEmpty()) {
            finishPage(false);
            numbered = false;
        } else if (!even) {
            finishPage();
        } else {
            finishPage();
            finishPage(false);
            numbered = false;
        }
        y = height - rows * pitch;
        double first = top + y;
        for (List<Run> line : copy) {
            place(LineRole.COLOPHON, line, Optional.empty());
        }
        if (!print.isEmpty()) {
            if (!copy.isEmpty() && doc.format() != DocumentFormat.LETTER) {
                rules.add(Rule.horizontal(left, left + width, top + y, COLOPHON_THIN_RULE_PT, 0));
            }
            place(LineRole.COLOPHON, print, Optional.empty());
        }
        if (doc.format() != DocumentFormat.LETTER) {
            rules.add(Rule.horizontal(left, left + width, first, COLOPHON_THICK_RULE_PT, 0));
            rules.add(Rule.horizontal(left, left + width, top + height, COLOPHON_THICK_RULE_PT, 0));
        }
        finishPage(numbered);
    }

    /** 印发机关 one character in, 印发日期 ending one character from the right edge, on one line. */
    private List<Run> printLine(String printer, String date, LineBreaker.Style style) {
        double one = style.sizePt();
        List<List<Run>> office = lines(List.of(new LineBreaker.Span(printer, style)), one, one, one, LEFT);
        List<List<Run>> when = lines(List.of(new LineBreaker.Span(date, style)), 0, 0, one, RIGHT);
        List<Run> runs = new ArrayList<>(office.get(0));
        if (office.size() > 1 || when.size() > 1
                || runs.get(runs.size() - 1).right() + one > when.get(0).get(0).x(0)) {
            throw new UnsupportedElementException("a printing office (印发机关) and date too long for one line: \""
                    + printer + "\" and \"" + date + "\"");
        }
        runs.addAll(when.get(0));
        return runs;
    }

    private void blocks(List<Block> blocks) {
        LineBreaker.Style body = body();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof PageBreak b) {
                pageBreak(b);
                continue;
            }
            if (!(block instanceof Table)) {
                orient();
            }
            if (block instanceof Paragraph p) {
                List<Marked> marks = new ArrayList<>();
                List<LineBreaker.Span> spans = new ArrayList<>();
                formatted(p.formatted(), body, 0, spans, marks);
                paragraph(LineRole.BODY, spans, 2 * bodySize, 0, 0, JUSTIFIED, Optional.empty(), marks);
            } else if (block instanceof Section s) {
                section(s);
            } else if (block instanceof Table t) {
                table(t);
            } else if (block instanceof Article a) {
                // the text is body text: the notes whose marks stand in it go to the foot, as a paragraph's
                List<Marked> marks = new ArrayList<>();
                List<LineBreaker.Span> spans = new ArrayList<>();
                spans.add(new LineBreaker.Span(a.label(), style(DocumentElement.HEADING_1, spacing())));
                formatted(a.formatted().prefixed("\u3000"), body, a.label().codePointCount(0, a.label().length()),
                        spans, marks);
                paragraph(LineRole.BODY, spans, 2 * bodySize, 0, 0, JUSTIFIED, Optional.empty(), marks);
            } else if (block instanceof Chapter c) {
                LineBreaker.Style style = style(DocumentElement.HEADING_1, spacing());
                List<Marked> marks = new ArrayList<>();
                List<LineBreaker.Span> spans = new ArrayList<>();
                formatted(c.titleFormatted().map(t -> t.prefixed(c.label() + "\u3000"))
                        .orElse(io.gongwen.FormattedText.of(c.text())), style, 0, spans, marks);
                keepWithNext(lines(spans, 0, 0, 0, CENTRED).size());
                paragraph(LineRole.HEADING, spans, 0, 0, 0, CENTRED, Optional.of(new Line.Bookmark(1, c.text())), marks);
            } else if (block instanceof io.gongwen.Image image) {
                image(image);
            } else {
                // a kind of block added to the model and not yet here: refused by its name, never dropped
                throw new UnsupportedElementException(block.getClass().getSimpleName());
            }
        }
    }

    /**
     * The author's page break: a new page, unless nothing stands on this one yet (as Word's
     * {@code w:pageBreakBefore}, which the {@code .docx} writer gives the next paragraph); a landscape
     * stretch's breaks turn the pages as the {@code .docx} writer's sections do.
     */
    private void pageBreak(PageBreak b) {
        switch (b) {
            case PAGE -> {
                if (y > 0 || !current.isEmpty()) {
                    finishPage();
                }
                afterTable = false;
            }
            // turned by the next block: a body that ends its stretch with nothing after it ends on the stretch's page
            case LANDSCAPE -> stretch = true;
            case PORTRAIT -> stretch = false;
            default -> throw new IllegalStateException(b.name());
        }
    }

    /** Turns the page to the orientation of what comes next: landscape in a stretch, else portrait. */
    private void orient() {
        if (turned != stretch) {
            turn(stretch);
        }
    }

    private void section(Section s) {
        String ordinal = s.ordinal(spec);
        String heading = ordinal + s.heading();
        LineBreaker.Style style = style(DocumentElement.heading(s.level()), spacing());
        Optional<Line.Bookmark> mark = Optional.of(new Line.Bookmark(s.level().number(), heading));
        // the heading's own notes first, their marks after the printed number, as the .docx writer puts them
        List<Marked> marks = new ArrayList<>();
        List<LineBreaker.Span> spans = new ArrayList<>();
        spans.add(new LineBreaker.Span(ordinal, style));
        int at = formatted(s.headingFormatted(), style, ordinal.codePointCount(0, ordinal.length()), spans, marks);
        if (s.runInFormatted().isPresent()) {
            formatted(s.runInFormatted().get(), body(), at, spans, marks);
            paragraph(LineRole.BODY, spans, 2 * bodySize, 0, 0, JUSTIFIED, mark, marks);
        } else {
            if (!s.body().isEmpty()) {
                keepWithNext(lines(spans, 2 * bodySize, 0, 0, JUSTIFIED).size());
            }
            paragraph(LineRole.HEADING, spans, 2 * bodySize, 0, 0, JUSTIFIED, mark, marks);
        }
        blocks(s.body());
    }

    /**
     * A table (§8), as the {@code .docx} writer sets it ({@link TableLayout}): rows stacked from the
     * current row of the grid down, a row never split, a row that does not fit going to the next page
     * with the header rows repeated above it; the rules drawn round every cell. The body after it
     * continues on the next row of the grid, as Word's grid snaps the next paragraph; two tables in a
     * row have the empty paragraph between them that the {@code .docx} writer puts there.
     *
     * <p>A landscape table starts a turned page (and what follows it, a new portrait page), as the
     * {@code .docx} writer's section breaks do; landscape tables in a row share their pages.
     *
     * <p>Rows joined by a cell spanning them stay on one page together (Word would let the merged
     * cell run over the break). A row, or such a band of rows, taller than a whole page is placed
     * on a page of its own and runs past the text block's bottom: Word would split it, this layout
     * does not split rows. One holding a cell's picture that does not fit a page under the repeated
     * header rows is refused with an {@link UnsupportedElementException} instead: its pictures would be
     * drawn over the footer and off the paper. (Each picture alone is scaled to fit: {@link TableLayout}.)
     */
    private void table(Table table) {
        if ((table.landscape() || stretch) != turned) {
            // the .docx writer opens a section of the other orientation: a new page
            turn(table.landscape() || stretch);
        } else if (afterTable) {
            emptyParagraph();
        }
        // the marks of the notes in each row's cells, numbered as the rows are laid out
        List<List<Marked>> marks = new ArrayList<>();
        List<TableLayout.RowBox> rows = TableLayout.rows(table, left, width, tabStop(), style(DocumentElement.TABLE, 0),
                style(DocumentElement.TABLE_HEADER, 0), (r, paragraph, style) -> {
                    while (marks.size() <= r) {
                        marks.add(new ArrayList<>());
                    }
                    return spans(paragraph, style, marks.get(r));
                }, height - pitch);
        List<TableLayout.RowBox> header = rows.subList(0, table.headerRows());
        double headerHeight = header.stream().mapToDouble(TableLayout.RowBox::heightPt).sum();
        double tableTop = y;
        for (int i = 0; i < rows.size(); ) {
            // rows joined by a cell spanning them go over together
            int end = i;
            double band = rows.get(i).heightPt();
            while (!rows.get(end).endsBand()) {
                end++;
                band += rows.get(end).heightPt();
            }
            // the footnotes marked in the band go to the foot of the page that prints it
            List<NoteLine> notes = new ArrayList<>();
            for (int k = i; k <= end && k < marks.size(); k++) {
                for (Marked m : marks.get(k)) {
                    if (m.note().isFootnote()) {
                        notes.addAll(noteLines(m, LineRole.FOOTNOTE));
                    } else {
                        endnotes.add(m);
                    }
                }
            }
            // the header rows repeated above the band on a page of its own
            double repeated = i >= header.size() ? headerHeight : 0;
            if (band + repeated > height + 1e-6 && rows.subList(i, end + 1).stream()
                    .anyMatch(row -> row.cells().stream().anyMatch(c -> !c.pictures().isEmpty()))) {
                // a row of text alone runs past the page's foot (Word would split it); one with pictures would
                // draw them over the footer and off the paper
                throw new UnsupportedElementException(String.format(java.util.Locale.ROOT, "a table row with "
                        + "pictures %.1f mm high%s, taller than the %.1f mm of a page's text block (row %d of the "
                        + "table; rows are not split across pages, so make its pictures smaller or give them rows of "
                        + "their own)", band / 72 * 25.4, repeated > 0 ? String.format(java.util.Locale.ROOT,
                        " under %.1f mm of header rows", repeated / 72 * 25.4) : "", height / 72 * 25.4, i + 1));
            }
            boolean notesFit = notes.isEmpty() || carried.isEmpty() && fitting(notes, band) > 0;
            if (y > 0 && (y + band > bodyHeight() + 1e-6 || !notesFit)) {
                tableBottom(tableTop);
                finishPage();
                while (!pageNotes.isEmpty() && band > bodyHeight() + 1e-6) {
                    // the foot of the new page holds a note run on, and the rows do not fit above it
                    finishPage();
                }
                tableTop = 0;
                if (i >= header.size()) {
                    header.forEach(this::row);
                }
            }
            if (!notes.isEmpty()) {
                int fit = carried.isEmpty() ? fitting(notes, band) : 0;
                pageNotes.addAll(notes.subList(0, fit));
                carried.addAll(notes.subList(fit, notes.size()));
            }
            for (int k = i; k <= end && k < marks.size(); k++) {
                for (Marked m : marks.get(k)) {
                    if (m.note().isFootnote()) {
                        pagedCellFootnote(m);
                    }
                }
            }
            rows.subList(i, end + 1).forEach(this::row);
            i = end + 1;
        }
        if (doc.footnoteNumbering().restart() == NoteNumbering.Restart.EACH_PAGE) {
            footnoteCount = pageFootnotes;
        }
        tableBottom(tableTop);
        y = Math.ceil(y / pitch - 1e-9) * pitch;
        afterTable = true;
    }

    /**
     * A picture of the body, as the {@code .docx} writer's {@code PictureParagraph} sets it: centred,
     * at the size its author gave it, scaled down, proportions kept, to the text block's width and to
     * one row less than its height; it takes whole rows (the grid rounds its paragraph up), its top on
     * the top of the first, as LibreOffice puts it, and goes to the next page whole if the rows left
     * do not hold it. PNG and JPEG are drawn; a Windows metafile (EMF, WMF) is refused by name, as no
     * PDF can show one as it is.
     */
    private void image(io.gongwen.Image image) {
        Picture.Format format = format(image);
        orient();
        double w = image.width().points();
        double h = image.height().points();
        double scale = Math.min(1, Math.min(width / w, (height - pitch) / h));
        w *= scale;
        h *= scale;
        int rows = Math.max(1, (int) Math.ceil(h / pitch - 1e-9));
        while (rowsLeft() < rows && (y > 0 || !pageNotes.isEmpty())) {
            // a page's foot may hold a note run on from the page before: the picture never reaches into it
            finishPage();
        }
        pictures.add(new Picture(image.bytes(), format, left + (width - w) / 2, top + y, w, h, Picture.Role.IMAGE));
        y += rows * pitch;
        afterTable = false;
    }

    /** The page's format of a picture: PNG and JPEG are drawn, a Windows metafile is refused by name. */
    private static Picture.Format format(io.gongwen.Image image) {
        return switch (image.format()) {
            case PNG -> Picture.Format.PNG;
            case JPEG -> Picture.Format.JPEG;
            case EMF, WMF -> throw new UnsupportedElementException("a picture in " + image.format()
                    + " (a Windows metafile; PNG and JPEG pictures are laid out)");
        };
    }

    /** One row at the cursor: its cells' lines and pictures, the rule above it and the rules between its cells. */
    private void row(TableLayout.RowBox row) {
        double rowTop = top + y;
        double t = TableLayout.BORDER_PT;
        List<Double> edges = row.edgesPt();
        // the horizontal rules reach over the verticals' half thickness, so that the corners close
        for (double[] stretch : row.topRulesPt()) {
            rules.add(Rule.horizontal(stretch[0] - t / 2, stretch[1] + t / 2, rowTop, t, 0));
        }
        for (double x : edges) {
            rules.add(Rule.vertical(x, rowTop, rowTop + row.heightPt(), t, 0));
        }
        LineRole role = row.header() ? LineRole.TABLE_HEADER : LineRole.TABLE_CELL;
        for (TableLayout.CellBox cell : row.cells()) {
            for (int l = 0; l < cell.lines().size(); l++) {
                double baseline = rowTop + cell.baselines().get(l);
                current.add(new Line(role, baseline, cell.lines().get(l), Optional.empty()));
                drawnLines(cell.lines().get(l), baseline);
            }
            for (TableLayout.CellPicture p : cell.pictures()) {
                pictures.add(new Picture(p.image().bytes(), format(p.image()), p.leftPt(), rowTop + p.topPt(),
                        p.widthPt(), p.heightPt(), Picture.Role.IMAGE));
            }
        }
        y += row.heightPt();
    }

    /**
     * Counts a cell's footnote among this page's. The cells' marks are numbered when the table is
     * laid out, before its rows are placed: numbered again on each page, a mark whose row lands on a
     * later page than its number was counted for would print the wrong number, so such a table is
     * refused by name rather than numbered otherwise than the .docx.
     */
    private void pagedCellFootnote(Marked m) {
        NoteNumbering numbering = doc.footnoteNumbering();
        if (numbering.restart() == NoteNumbering.Restart.EACH_PAGE && !m.number().equals(number(numbering, pageFootnotes))) {
            throw new UnsupportedElementException("a footnote in a table cell on a later page of a table than the "
                    + "one its numbers were counted on, with footnotes numbered again on each page (its mark "
                    + m.number() + " would be " + number(numbering, pageFootnotes) + " there)");
        }
        pageFootnotes++;
    }

    /**
     * The lines drawn along a line's underlined and struck runs, as rules: an underline {@link #UNDERLINE_EM}
     * below the baseline, a strike-through {@link #STRIKE_EM} above it (two, {@link #DOUBLE_STRIKE_GAP_EM}
     * apart, for a double one), {@link #DRAWN_LINE_EM} thick, in ems of the run's size, black.
     */
    private void drawnLines(List<Run> runs, double baseline) {
        for (Run r : runs) {
            if (r.lines() == 0 || r.length() == 0) {
                continue;
            }
            double size = r.sizePt();
            double from = r.x(0);
            double to = r.right();
            double y0 = baseline - r.risePt();
            double thick = size * DRAWN_LINE_EM;
            if ((r.lines() & Run.UNDERLINE) != 0) {
                rules.add(Rule.horizontal(from, to, y0 + size * UNDERLINE_EM, thick, 0));
            }
            if ((r.lines() & Run.STRIKE) != 0) {
                rules.add(Rule.horizontal(from, to, y0 - size * STRIKE_EM, thick, 0));
            }
            if ((r.lines() & Run.DOUBLE_STRIKE) != 0) {
                rules.add(Rule.horizontal(from, to, y0 - size * (STRIKE_EM - DOUBLE_STRIKE_GAP_EM / 2), thick, 0));
                rules.add(Rule.horizontal(from, to, y0 - size * (STRIKE_EM + DOUBLE_STRIKE_GAP_EM / 2), thick, 0));
            }
        }
    }

    /**
     * A cell paragraph's spans: each stretch in {@code style} with its span's emphases (bold: the
     * faces thickened, as a bold heading's; superscript and subscript: smaller, raised or lowered;
     * underline and strike-through: lines drawn along it; a face of its own), and the marks of its
     * notes between them, raised and numbered on with the body's ({@link #formatted}'s way).
     */
    private List<LineBreaker.Span> spans(io.gongwen.FormattedText text, LineBreaker.Style style, List<Marked> marks) {
        List<LineBreaker.Span> spans = new ArrayList<>();
        formatted(text, style, 0, spans, marks);
        return spans;
    }

    /**
     * Adds to {@code spans} the text's stretches in {@code style} with their spans' emphases
     * ({@link #emphasised}), and the marks of its notes between them, raised and numbered in the
     * document's order (the note's number in its {@link NoteNumbering}'s form), each also in
     * {@code marks} at its place among the paragraph's code points.
     *
     * @param offset the code points of the paragraph before {@code text} (a heading's printed number,
     *               an article's)
     * @return the code points of the paragraph up to the end of {@code text}, its marks counted
     */
    private int formatted(io.gongwen.FormattedText text, LineBreaker.Style style, int offset,
                          List<LineBreaker.Span> spans, List<Marked> marks) {
        String t = text.text();
        if (text.isPlain()) {
            // most paragraphs: one span, no cut points to collect
            spans.add(new LineBreaker.Span(t, style));
            return offset + t.codePointCount(0, t.length());
        }
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, t.length()));
        for (io.gongwen.Span s : text.spans()) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        for (Note n : text.notes()) {
            cuts.add(n.at());
        }
        int before = spans.size();
        int span = 0;
        int note = 0;
        int at = offset;
        int from = 0;
        for (int cut : cuts) {
            if (cut > from) {
                while (span < text.spans().size() && text.spans().get(span).end() <= from) {
                    span++;
                }
                io.gongwen.Span over = span < text.spans().size() && text.spans().get(span).start() <= from
                        ? text.spans().get(span) : null;
                spans.add(new LineBreaker.Span(t.substring(from, cut), over == null ? style : emphasised(style, over)));
                at += t.codePointCount(from, cut);
                from = cut;
            }
            for (; note < text.notes().size() && text.notes().get(note).at() == cut; note++) {
                Note n = text.notes().get(note);
                String number = n.isFootnote() ? number(doc.footnoteNumbering(), footnoteCount++)
                        : number(doc.endnoteNumbering(), endnoteCount++);
                spans.add(new LineBreaker.Span(number, superscript(style)));
                marks.add(new Marked(n, number, at));
                at += number.codePointCount(0, number.length());
            }
        }
        if (spans.size() == before) {
            spans.add(new LineBreaker.Span(t, style));
        }
        return at;
    }

    /**
     * The style with a span's emphases: the faces it names, thickens or sets in italic
     * ({@link FontResolver#italic}), its size and rise, its drawn lines.
     */
    private LineBreaker.Style emphasised(LineBreaker.Style style, io.gongwen.Span span) {
        boolean bold = span.is(io.gongwen.Emphasis.BOLD);
        FontFace eastAsia = style.eastAsia();
        if (span.face().isPresent()) {
            try {
                eastAsia = face(span.face().get().eastAsia(), false);
            } catch (FontNotFoundException e) {
                // a 楷体 quotation whose face is not installed is set in the cell's, as the body's are still set
            }
        }
        FontFace latin = style.latin();
        if (bold) {
            eastAsia = eastAsia.emboldened(true);
            latin = latin.emboldened(true);
        }
        if (span.is(io.gongwen.Emphasis.ITALIC)) {
            // the family's italic face where there is one, else the face slanted (every CJK face)
            eastAsia = fonts.italic(eastAsia);
            latin = fonts.italic(latin);
        }
        double size = style.sizePt();
        double rise = style.risePt();
        if (span.is(io.gongwen.Emphasis.SUPERSCRIPT)) {
            size *= MARK_SIZE_EM;
            rise = style.sizePt() * MARK_RISE_EM;
        } else if (span.is(io.gongwen.Emphasis.SUBSCRIPT)) {
            size *= MARK_SIZE_EM;
            rise = -style.sizePt() * SUBSCRIPT_DROP_EM;
        }
        int lines = (span.is(io.gongwen.Emphasis.UNDERLINE) ? Run.UNDERLINE : 0)
                | (span.is(io.gongwen.Emphasis.STRIKE) ? Run.STRIKE : 0)
                | (span.is(io.gongwen.Emphasis.DOUBLE_STRIKE) ? Run.DOUBLE_STRIKE : 0);
        return new LineBreaker.Style(eastAsia, latin, size, style.spacingPt(), rise, lines);
    }

    /** The rule under the last row a page holds of a table begun at {@code tableTop}. */
    private void tableBottom(double tableTop) {
        if (y > tableTop) {
            double t = TableLayout.BORDER_PT;
            rules.add(Rule.horizontal(left - t / 2, left + width + t / 2, top + y, t, 0));
        }
    }

    /**
     * 出席, 请假, 列席 of minutes (§10.3), as the {@code .docx} writer sets them: one blank row below the
     * text, two characters in, the label and its colon in 黑体, the names in the body face, wrapped
     * lines under the first name.
     */
    private void attendance() {
        if (doc.attendances().isEmpty()) {
            return;
        }
        blankRow();
        double cell = spec.characterPitch().points();
        LineBreaker.Style label = style(DocumentElement.LABEL, spacing());
        for (io.gongwen.Attendance a : doc.attendances()) {
            String words = a.kind().label() + "：";
            paragraph(LineRole.ATTENDANCE, List.of(new LineBreaker.Span(words, label), new LineBreaker.Span(a.text(), body())),
                    2 * cell, 2 * cell + cells(words) * cell, 0, JUSTIFIED, Optional.empty());
        }
    }

    /**
     * The documents this one issues or forwards (印发、转发), as the {@code .docx} writer sets them:
     * each from a new page, its title centred in the title's face (a bookmark), the line in
     * parentheses under it centred in 楷体, one blank row, its own main recipients, its body, and its
     * own closing lines after one blank row, right-aligned two characters from the right edge.
     */
    private void issued() {
        LineBreaker.Style title = style(DocumentElement.TITLE, 0);
        LineBreaker.Style body = body();
        for (io.gongwen.IssuedDocument d : doc.issued()) {
            if (turned) {
                turn(false);
            }
            if (y > 0 || !current.isEmpty()) {
                finishPage();
            }
            for (int l = 0; l < d.title().size(); l++) {
                paragraph(LineRole.TITLE, List.of(new LineBreaker.Span(d.title().get(l), title)), 0, 0, 0, CENTRED,
                        l == 0 ? Optional.of(new Line.Bookmark(1, d.titleText())) : Optional.empty());
            }
            d.subtitle().ifPresent(sub -> paragraph(LineRole.SUBTITLE,
                    List.of(new LineBreaker.Span(sub, style(DocumentElement.HEADING_2, spacing()))), 0, 0, 0, CENTRED,
                    Optional.empty()));
            blankRow();
            for (String line : d.addressees()) {
                paragraph(LineRole.ADDRESSEE, List.of(new LineBreaker.Span(line, body)), 0, 0, 0, JUSTIFIED, Optional.empty());
            }
            blocks(d.body());
            if (!d.closing().isEmpty()) {
                blankRow();
                for (String line : d.closing()) {
                    paragraph(LineRole.SIGNATURE, List.of(new LineBreaker.Span(line, body)), 0, 0, 2 * bodySize, RIGHT,
                            Optional.empty());
                }
            }
        }
    }

    /**
     * 附件说明 (§7.3.4): one blank row, two characters in, "附件：" then the title, or "附件：1.title"
     * with "2.title" under it; wrapped lines start under the title's first character.
     */
    private void attachmentNote() {
        List<String> titles = doc.closing().attachmentNote();
        if (titles.isEmpty()) {
            return;
        }
        blankRow();
        LineBreaker.Style body = body();
        String label = doc.closing().attachmentNoteLabel();
        // in grid cells, as the .docx writer indents it, so both wrap the titles under the same character
        double cell = spec.characterPitch().points();
        double two = 2 * cell;
        double labelWidth = cells(label) * cell;
        for (int i = 0; i < titles.size(); i++) {
            String number = titles.size() == 1 ? "" : (i + 1) + ".";
            double indent = two + labelWidth + cells(number) * cell;
            double first = i == 0 ? two : two + labelWidth;
            paragraph(LineRole.ATTACHMENT_NOTE, List.of(new LineBreaker.Span((i == 0 ? label : "") + number + titles.get(i), body)),
                    first, indent, 0, LEFT, Optional.empty());
        }
    }

    /**
     * 附件 (§7.3.7): each from a new page, "附件" (numbered when several) in 黑体 flush left on the
     * first row, its title centred in the title's face on the third, one blank row, then its body laid
     * out like the main text; page numbers run on.
     */
    private void attachments() {
        List<io.gongwen.Attachment> list = doc.attachments();
        for (int i = 0; i < list.size(); i++) {
            io.gongwen.Attachment a = list.get(i);
            if (y > 0 || !current.isEmpty()) {
                finishPage();
            }
            String label = a.label().orElse(list.size() == 1 ? "附件" : "附件" + (i + 1));
            paragraph(LineRole.ATTACHMENT_LABEL, List.of(new LineBreaker.Span(label, style(DocumentElement.LABEL, spacing()))),
                    0, 0, 0, LEFT, Optional.empty());
            blankRow();
            LineBreaker.Style title = style(DocumentElement.TITLE, 0);
            List<String> lines = a.titleLines();
            for (int l = 0; l < lines.size(); l++) {
                paragraph(LineRole.TITLE, List.of(new LineBreaker.Span(lines.get(l), title)), 0, 0, 0, CENTRED,
                        l == 0 ? Optional.of(new Line.Bookmark(1, label + "\u3000" + a.title())) : Optional.empty());
            }
            blankRow();
            blocks(a.body());
        }
    }

    /**
     * §7.3.5.2, unsealed: one blank row, the signatures right-indented two characters, the date's
     * first character two characters right of the signature's; when the date is the longer, it is
     * right-indented two characters and the signatures moved left. In characters:
     * r_sig = 2, r_date = w_sig − w_date; if r_date &lt; 2, r_date = 2 and r_sig = w_date − w_sig + 4.
     */
    private void signature() {
        if (!doc.closing().signatories().isEmpty()) {
            signatories();
            return;
        }
        if (doc.closing().isSealed()) {
            sealed();
            return;
        }
        List<Signature> signatures = doc.closing().signatures();
        Optional<String> date = doc.closing().dateText();
        if (signatures.isEmpty() && date.isEmpty()) {
            return;
        }
        LineBreaker.Style body = body();
        // the standard counts in characters: widths in grid cells, as the .docx writer counts them
        double cell = spec.characterPitch().points();
        double two = 2 * cell;
        double signatureWidth = 0;
        for (Signature s : signatures) {
            signatureWidth = Math.max(signatureWidth, cells(s.issuer()) * cell);
        }
        double signatureRight = two;
        double dateRight = two;
        if (!signatures.isEmpty() && date.isPresent()) {
            double dateWidth = cells(date.get()) * cell;
            dateRight = signatureWidth - dateWidth;
            if (dateRight < two) {
                dateRight = two;
                signatureRight = dateWidth - signatureWidth + 2 * two;
            }
        }
        // the blank row, the signatures and the date stay on one page (keepNext in the .docx)
        int rows = 1 + signatures.size() + (date.isPresent() ? 1 : 0);
        if (y > 0 && rowsLeft() < rows) {
            finishPage();
        }
        blankRow();
        for (Signature s : signatures) {
            paragraph(LineRole.SIGNATURE, List.of(new LineBreaker.Span(s.issuer(), body)), 0, 0, signatureRight, RIGHT,
                    Optional.empty());
        }
        double right = dateRight;
        date.ifPresent(d -> paragraph(LineRole.DATE, List.of(new LineBreaker.Span(d, body)), 0, 0, right, RIGHT,
                Optional.empty()));
    }

    /**
     * §7.3.5.1, sealed, as the {@code .docx} writer's {@code ClosingWriter} places it: the date four
     * characters from the right; each signature centred above it (joint ones side by side, three to
     * a row, spaced by the wider of a seal and a character or the longest name and two characters,
     * the last over the date); each seal centred on its signature, its centre 0.2 rows above the
     * signature row's middle, so that signature and date sit below the seal's centre (居中下压). The
     * blank rows before the first row of signatures put the seal's top within the row after the
     * text; rows of seals stand a seal's height apart. The whole block stays on one page.
     */
    private void sealed() {
        List<Signature> all = doc.closing().signatures();
        String date = doc.closing().dateText().orElseThrow();
        LineBreaker.Style body = body();
        double cell = spec.characterPitch().points();
        double four = 4 * cell;
        double dateCentre = width - four - cells(date) * cell / 2;
        double sealWidth = 0;
        double sealHeight = 0;
        for (Signature s : all) {
            sealWidth = Math.max(sealWidth, s.seal().orElseThrow().width().points());
            sealHeight = Math.max(sealHeight, s.seal().orElseThrow().height().points());
        }
        double heightInRows = sealHeight / pitch;
        int blanks = Math.max(1, (int) Math.ceil(heightInRows / 2 + SEAL_ABOVE_SIGNATURE - 0.5));
        int signatureRows = (all.size() + SEALS_PER_ROW - 1) / SEALS_PER_ROW;
        int rowGap = (int) Math.ceil(heightInRows);
        int rows = blanks + signatureRows + (signatureRows - 1) * (rowGap - 1) + 1;
        if (y > 0 && rowsLeft() < rows) {
            finishPage();
        }
        for (int i = 0; i < blanks; i++) {
            blankRow();
        }
        for (int r = 0; r < signatureRows; r++) {
            List<Signature> row = all.subList(r * SEALS_PER_ROW, Math.min(all.size(), (r + 1) * SEALS_PER_ROW));
            double widest = 0;
            for (Signature s : row) {
                widest = Math.max(widest, cells(s.issuer()) * cell);
            }
            double step = Math.max(sealWidth + cell, widest + 2 * cell);
            if (row.size() > 1) {
                step = Math.min(step, (dateCentre - sealWidth / 2) / (row.size() - 1));
            }
            List<Run> runs = new ArrayList<>();
            if (rowsLeft() < 1) {
                finishPage();
            }
            double rowTop = top + y;
            for (int j = 0; j < row.size(); j++) {
                double centre = dateCentre - (row.size() - 1 - j) * step;
                String issuer = row.get(j).issuer();
                double at = centre - LineBreaker.width(issuer, body) / 2;
                List<List<Run>> name = lines(List.of(new LineBreaker.Span(issuer, body)), at, at, 0, LEFT);
                if (at < 0 || name.size() > 1) {
                    // the .docx's centre tab would run it past the block's edge too; never drop its words
                    throw new UnsupportedElementException("a sealed signature too long for its place over the date: \""
                            + issuer + "\"");
                }
                runs.addAll(name.get(0));
                io.gongwen.Seal seal = row.get(j).seal().orElseThrow();
                double w = seal.width().points();
                double h = seal.height().points();
                double centreY = rowTop + pitch * (0.5 - SEAL_ABOVE_SIGNATURE);
                pictures.add(new Picture(seal.png(), Picture.Format.PNG, left + centre - w / 2, centreY - h / 2, w, h,
                        Picture.Role.SEAL));
            }
            place(LineRole.SIGNATURE, runs, Optional.empty());
            if (r < signatureRows - 1) {
                for (int i = 0; i < rowGap - 1; i++) {
                    blankRow();
                }
            }
        }
        paragraph(LineRole.DATE, List.of(new LineBreaker.Span(date, body)), 0, 0, four, RIGHT, Optional.empty());
    }

    /**
     * §7.3.5.3, signature seals (orders), as the {@code .docx} writer places them: two blank rows;
     * each signatory's title ending two characters left of the seal, which ends four characters from
     * the right and is centred on the title's row; the rows the seal reaches below it left blank; the
     * date one blank row below the last seal, four characters from the right. Kept on one page.
     */
    private void signatories() {
        List<io.gongwen.Signatory> all = doc.closing().signatories();
        LineBreaker.Style body = body();
        double cell = spec.characterPitch().points();
        double four = 4 * cell;
        double two = 2 * cell;
        int rows = 2 + 1;
        for (int i = 0; i < all.size(); i++) {
            rows += 1 + below(all.get(i).signatureSeal()) + (i == all.size() - 1 ? 1 : 0);
        }
        if (y > 0 && rowsLeft() < rows) {
            finishPage();
        }
        blankRow();
        blankRow();
        for (int i = 0; i < all.size(); i++) {
            io.gongwen.Seal seal = all.get(i).signatureSeal();
            double w = seal.width().points();
            double h = seal.height().points();
            if (rowsLeft() < 1) {
                finishPage();
            }
            double rowTop = top + y;
            pictures.add(new Picture(seal.png(), Picture.Format.PNG, left + width - four - w, rowTop + pitch / 2 - h / 2, w, h,
                    Picture.Role.SIGNATURE_SEAL));
            paragraph(LineRole.SIGNATURE, List.of(new LineBreaker.Span(all.get(i).title(), body)), 0, 0, four + w + two, RIGHT,
                    Optional.empty());
            int blanks = below(seal) + (i == all.size() - 1 ? 1 : 0);
            for (int b = 0; b < blanks; b++) {
                blankRow();
            }
        }
        paragraph(LineRole.DATE, List.of(new LineBreaker.Span(doc.closing().dateText().orElseThrow(), body)), 0, 0, four, RIGHT,
                Optional.empty());
    }

    /** The rows a signature seal centred on its title's row reaches below that row. */
    private int below(io.gongwen.Seal seal) {
        return Math.max(0, (int) Math.ceil((seal.height().points() / 2 - pitch / 2) / pitch - 1e-9));
    }

    /** A heading of {@code rows} rows that would end its page goes to the next one with what follows. */
    private void keepWithNext(int rows) {
        if (y > 0 && rowsLeft() <= rows) {
            finishPage();
        }
    }

    /** The whole rows left on the page, above its footnotes. */
    private int rowsLeft() {
        return (int) Math.floor((bodyHeight() - y) / pitch + 1e-9);
    }

    /** The height the body has on this page, in points: the text block's less its footnotes' (and their rule's). */
    private double bodyHeight() {
        return height - notesHeight(pageNotes, pageNotes.size());
    }

    /** The height the first {@code count} of these note lines take at a page's foot, their rule and its gap included. */
    private static double notesHeight(List<NoteLine> lines, int count) {
        if (count == 0) {
            return 0;
        }
        double h = NOTES_GAP_PT;
        for (int i = 0; i < count; i++) {
            h += lines.get(i).heightPt();
        }
        return h;
    }

    /** How many of {@code notes} fit at this page's foot, after its own, with one more row of body above them. */
    private int fitting(List<NoteLine> notes) {
        return fitting(notes, pitch);
    }

    /** How many of {@code notes} fit at this page's foot, after its own, with {@code bodyPt} more of body above them. */
    private int fitting(List<NoteLine> notes, double bodyPt) {
        double own = pageNotes.isEmpty() ? NOTES_GAP_PT : notesHeight(pageNotes, pageNotes.size());
        double room = height - y - bodyPt - own;
        int k = 0;
        while (k < notes.size() && room - notes.get(k).heightPt() >= -1e-6) {
            room -= notes.get(k).heightPt();
            k++;
        }
        return k;
    }

    /** Makes sure a row is left on the page, starting new pages as needed (a page may be all notes run on). */
    private void ensureRow() {
        while (rowsLeft() < 1) {
            finishPage();
        }
    }

    /** Finishes pages until no footnote line is left to print (the pages after the last text hold only notes run on). */
    private void finishNotes() {
        while (!pageNotes.isEmpty() || !carried.isEmpty()) {
            finishPage();
        }
    }

    /**
     * Endnotes (尾注), where Word prints the {@code .docx} writer's: after the document's last text,
     * here after its attachments and before the colophon, which keeps the last page's foot (§7.4). The
     * separator rule and the notes' lines as at a page's foot, from the next row down, single-spaced
     * and off the grid, running on to the next page (without another rule) where the page is full,
     * above the footnotes of the page. LibreOffice gives them a page of their own instead.
     */
    private void endnotes() {
        if (endnotes.isEmpty()) {
            return;
        }
        if (turned) {
            turn(false);
        }
        List<NoteLine> lines = new ArrayList<>();
        for (Marked m : endnotes) {
            lines.addAll(noteLines(m, LineRole.ENDNOTE));
        }
        if (y > 0 && y + NOTES_GAP_PT + lines.get(0).heightPt() > bodyHeight() + 1e-6) {
            finishPage();
        }
        y += NOTES_GAP_PT;
        rules.add(Rule.horizontal(left, left + width * SEPARATOR_SHARE, top + y - SEPARATOR_ABOVE_PT, SEPARATOR_PT, 0));
        for (NoteLine line : lines) {
            while (y + line.heightPt() > bodyHeight() + 1e-6 && !(y == 0 && pageNotes.isEmpty())) {
                finishPage();
            }
            current.add(new Line(line.role(), top + y + line.ascentPt(), line.runs(), Optional.empty()));
            y += line.heightPt();
        }
        // what follows (the colophon, the page's end) starts on a row of the grid
        y = Math.ceil(y / pitch - 1e-9) * pitch;
    }

    private List<List<Run>> lines(List<LineBreaker.Span> spans, double firstIndent, double indent, double rightIndent,
                                  LineBreaker.Alignment alignment) {
        return LineBreaker.lines(spans, left, width, firstIndent, indent, rightIndent, alignment, null, tabStop());
    }

    /** Word's default tab stops, as the {@code .docx} writer sets them: every two characters. */
    private double tabStop() {
        return 2 * spec.characterPitch().points();
    }

    private void paragraph(LineRole role, List<LineBreaker.Span> spans, double firstIndent, double indent,
                           double rightIndent, LineBreaker.Alignment alignment, Optional<Line.Bookmark> bookmark) {
        paragraph(role, spans, firstIndent, indent, rightIndent, alignment, bookmark, List.of());
    }

    /** A paragraph whose text carries the marks of notes: each line placed with the footnotes it marks. */
    private void paragraph(LineRole role, List<LineBreaker.Span> spans, double firstIndent, double indent,
                           double rightIndent, LineBreaker.Alignment alignment, Optional<Line.Bookmark> bookmark,
                           List<Marked> marks) {
        orient(); // broken at the width of the page it goes on
        List<Integer> ends = new ArrayList<>();
        List<List<Run>> lines = new ArrayList<>(LineBreaker.lines(spans, left, width, firstIndent, indent, rightIndent,
                alignment, ends, tabStop()));
        boolean perPage = doc.footnoteNumbering().restart() == NoteNumbering.Restart.EACH_PAGE
                && marks.stream().anyMatch(m -> m.note().isFootnote());
        List<LineBreaker.Span> text = perPage ? new ArrayList<>(spans) : spans;
        List<Marked> marked = perPage ? new ArrayList<>(marks) : marks;
        int next = 0;
        // the page the marks' numbers were last counted for (formatted() counts them where the paragraph starts)
        int counted = -1;
        // where the lines broken last stop short of the paragraph's end (a window of it), or -1
        int cut = -1;
        for (int i = 0; i < lines.size(); i++) {
            List<NoteLine> notes;
            int last;
            int fit;
            while (true) {
                int page = pageCount;
                boolean renumbered = perPage && page != counted && renumbered(text, marked, next);
                counted = page;
                // a window's last two lines are not final: what follows the cut may change where they end
                if (renumbered || cut >= 0 && i >= lines.size() - 2) {
                    // the numbers from this line on are this page's: the rest of the paragraph is broken
                    // again with them (their widths may differ), the lines already placed kept as they are;
                    // only a window of it, a page and more, so that a paragraph over many pages is broken
                    // again in pieces rather than whole at each page (linear, not quadratic)
                    int from = i == 0 ? 0 : ends.get(i - 1);
                    List<LineBreaker.Span> rest = slice(text, from, from + RENUMBERED_WINDOW + 1);
                    int length = 0;
                    for (LineBreaker.Span span : rest) {
                        length += span.text().codePointCount(0, span.text().length());
                    }
                    cut = length > RENUMBERED_WINDOW ? from + RENUMBERED_WINDOW : -1;
                    if (cut >= 0) {
                        rest = slice(rest, 0, RENUMBERED_WINDOW);
                    }
                    List<Integer> tailEnds = new ArrayList<>();
                    List<List<Run>> tail = LineBreaker.lines(rest, left, width, i == 0 ? firstIndent : indent,
                            indent, rightIndent, alignment, tailEnds, tabStop());
                    lines.subList(i, lines.size()).clear();
                    lines.addAll(tail);
                    ends.subList(i, ends.size()).clear();
                    for (int end : tailEnds) {
                        ends.add(from + end);
                    }
                }
                notes = new ArrayList<>();
                last = next;
                while (last < marked.size() && (marked.get(last).at() < ends.get(i) || i == lines.size() - 1)) {
                    Marked m = marked.get(last++);
                    if (m.note().isFootnote()) {
                        notes.addAll(noteLines(m, LineRole.FOOTNOTE));
                    }
                }
                fit = room(notes);
                if (pageCount == page) {
                    break;
                }
                // the line goes on a later page than its numbers were counted for: count them again there
            }
            for (Marked m : marked.subList(next, last)) {
                if (m.note().isFootnote()) {
                    pageFootnotes++;
                } else {
                    endnotes.add(m);
                }
            }
            next = last;
            put(role, lines.get(i), i == 0 ? bookmark : Optional.empty(), notes, fit);
        }
        if (perPage) {
            footnoteCount = pageFootnotes;
        }
    }

    /**
     * Gives the footnote marks from {@code from} on the numbers they take on this page, after the
     * {@link #pageFootnotes} it already prints, in {@code spans} (the marks' own spans) and in
     * {@code marks} (their numbers, and where they start, which moves when a number before them
     * changes its length). Endnotes keep theirs.
     *
     * @return whether any number changed
     */
    private boolean renumbered(List<LineBreaker.Span> spans, List<Marked> marks, int from) {
        NoteNumbering numbering = doc.footnoteNumbering();
        boolean changed = false;
        int was = 0;
        int now = 0;
        int k = 0;
        int footnote = 0;
        for (int s = 0; s < spans.size(); s++) {
            LineBreaker.Span span = spans.get(s);
            int length = span.text().codePointCount(0, span.text().length());
            int newLength = length;
            if (k < marks.size() && marks.get(k).at() == was && span.style().risePt() != 0
                    && span.text().equals(marks.get(k).number())) {
                Marked m = marks.get(k);
                String number = m.number();
                if (k >= from && m.note().isFootnote()) {
                    number = number(numbering, pageFootnotes + footnote++);
                }
                if (!number.equals(m.number()) || now != was) {
                    changed |= !number.equals(m.number());
                    spans.set(s, new LineBreaker.Span(number, span.style()));
                    marks.set(k, new Marked(m.note(), number, now));
                    newLength = number.codePointCount(0, number.length());
                }
                k++;
            }
            was += length;
            now += newLength;
        }
        return changed;
    }

    /**
     * The spans of the code points {@code from} to {@code to} (or the end) of their joined text;
     * the spans after {@code to} are not looked at.
     */
    private static List<LineBreaker.Span> slice(List<LineBreaker.Span> spans, int from, int to) {
        List<LineBreaker.Span> out = new ArrayList<>();
        int at = 0;
        for (LineBreaker.Span span : spans) {
            if (at >= to) {
                break;
            }
            String t = span.text();
            int length = t.codePointCount(0, t.length());
            if (at + length > from) {
                int begin = t.offsetByCodePoints(0, Math.max(0, from - at));
                int end = t.offsetByCodePoints(0, Math.min(length, to - at));
                out.add(begin == 0 && end == t.length() ? span : new LineBreaker.Span(t.substring(begin, end), span.style()));
            }
            at += length;
        }
        return out;
    }

    /**
     * The number of the note {@code index} places after the one its numbers start again from (the
     * document's first note, a section's or a page's), in the numbering's form ({@link NoteNumberForms}).
     */
    private static String number(NoteNumbering numbering, int index) {
        return NoteNumberForms.text(numbering.format(), numbering.start() + index);
    }

    /** The style's superscript: smaller, raised, as a note's mark is set. */
    private static LineBreaker.Style superscript(LineBreaker.Style style) {
        return new LineBreaker.Style(style.eastAsia(), style.latin(), style.sizePt() * MARK_SIZE_EM, style.spacingPt(),
                style.sizePt() * MARK_RISE_EM);
    }

    /**
     * A note's lines as it prints them: its number raised, a space (the {@code .docx} writer's) and
     * its text, in the note's style ({@link DocumentElement#NOTE}, 仿宋 小四), justified over the
     * block's width, single-spaced: each line as high as its faces' ascender, descender and line gap
     * ({@code hhea}) make it, the raised number counting its descender only, as LibreOffice spaces
     * them (12.6 pt for a line of Chinese in AR PL UMing, 13.35 pt with the mark, 13.85 pt with digits
     * in Liberation Serif; LibreOffice: 12.6, 13.35 and 13.8).
     */
    private List<NoteLine> noteLines(Marked m, LineRole role) {
        LineBreaker.Style style = style(DocumentElement.NOTE, 0);
        List<LineBreaker.Span> spans = new ArrayList<>();
        spans.add(new LineBreaker.Span(m.number(), superscript(style)));
        // the note's own emphasis as the body's (a note holds no note, so no mark is numbered here)
        formatted(m.note().text().prefixed(" "), style, 0, spans, new ArrayList<>());
        List<List<Run>> lines = lines(spans, 0, 0, 0, JUSTIFIED);
        List<NoteLine> out = new ArrayList<>(lines.size());
        for (List<Run> runs : lines) {
            double ascent = 0;
            double below = 0;
            for (Run r : runs) {
                boolean raised = r.risePt() != 0;
                double nominal = raised ? style.sizePt() : r.sizePt();
                ascent = Math.max(ascent, r.face().ascent(nominal));
                below = Math.max(below, raised ? r.face().descent(nominal)
                        : r.face().lineHeight(nominal) - r.face().ascent(nominal));
            }
            // LibreOffice counts the heights in whole twips (1/20 pt), down: 12.6 pt for 12.63
            out.add(new NoteLine(role, runs, ascent, below, Math.floor((ascent + below) * 20 + 1e-6) / 20));
        }
        return out;
    }

    private void place(LineRole role, List<Run> runs, Optional<Line.Bookmark> bookmark) {
        placeWithNotes(role, runs, bookmark, List.of());
    }

    /**
     * Places a line on the next row, with the lines of the footnotes whose marks it carries at the
     * foot of its page. The line stays on this page if its row and at least the first of those note
     * lines fit above the page's notes; the note lines that do not fit run on at the foot of the next
     * page, and no later note joins a page whose notes already run on (their order is the marks').
     * Otherwise the line goes to the next page. The body above the notes keeps its rows on the grid:
     * it loses the whole rows the notes reach into.
     */
    private void placeWithNotes(LineRole role, List<Run> runs, Optional<Line.Bookmark> bookmark, List<NoteLine> notes) {
        put(role, runs, bookmark, notes, room(notes));
    }

    /**
     * Goes on to the page a line with these footnote lines is placed on ({@link #placeWithNotes}).
     *
     * @return how many of the note lines fit at that page's foot; the others run on
     */
    private int room(List<NoteLine> notes) {
        orient();
        ensureRow();
        if (notes.isEmpty()) {
            return 0;
        }
        int fit = carried.isEmpty() ? fitting(notes) : 0;
        while (fit == 0 && !(y == 0 && pageNotes.isEmpty())) {
            finishPage();
            ensureRow();
            fit = carried.isEmpty() ? fitting(notes) : 0;
        }
        return fit;
    }

    /** Places a line on the next row of this page, the first {@code fit} of its note lines at the page's foot. */
    private void put(LineRole role, List<Run> runs, Optional<Line.Bookmark> bookmark, List<NoteLine> notes, int fit) {
        if (!notes.isEmpty()) {
            pageNotes.addAll(notes.subList(0, fit));
            carried.addAll(notes.subList(fit, notes.size()));
        }
        double size = 0;
        for (Run r : runs) {
            size = Math.max(size, r.sizePt());
        }
        double baseline = baseline(size);
        current.add(new Line(role, baseline, runs, bookmark));
        drawnLines(runs, baseline);
        y += pitch;
        afterTable = false;
    }

    /** The baseline that centres the em box of {@code size} in the next row. */
    private double baseline(double size) {
        return top + y + pitch / 2 + (EM_ASCENT - EM_DESCENT) / 2 * size;
    }

    private void blankRow() {
        orient();
        emptyParagraph();
    }

    /** An empty row where the page is, portrait or turned: the paragraph the .docx writer puts after a table. */
    private void emptyParagraph() {
        ensureRow();
        y += pitch;
        afterTable = false;
    }

    /**
     * Starts a page of the other orientation, as a section break of the {@code .docx} does: the
     * landscape text block is the portrait one turned with the paper (A4 turned, the portrait
     * margins turned with it: left 35, right 37, top 28, bottom 26 mm), its width in whole twips
     * as the {@code .docx} writer gives it. Nothing is finished if the page is still empty.
     */
    private void turn(boolean landscape) {
        if (y > 0 || !current.isEmpty()) {
            finishPage();
        }
        if (landscape) {
            // footnotes run on go to the next portrait page, as no body line of theirs is on a turned one
            carried.addAll(0, pageNotes);
            pageNotes = new ArrayList<>();
        }
        turned = landscape;
        // a new section of the .docx (its w:sectPr, as the writer's landscape stretches and tables have)
        if (doc.footnoteNumbering().restart() == NoteNumbering.Restart.EACH_SECTION) {
            footnoteCount = 0;
        }
        if (doc.endnoteNumbering().restart() == NoteNumbering.Restart.EACH_SECTION) {
            endnoteCount = 0;
        }
        if (landscape) {
            left = spec.marginBottom().points();
            top = spec.marginLeft().points();
            width = (spec.pageHeight().toTwips() - spec.marginBottom().toTwips() - spec.marginTop().toTwips()) / 20.0;
            height = spec.pageWidth().minus(spec.marginLeft()).minus(spec.marginRight()).points();
        } else {
            left = spec.marginLeft().points();
            top = spec.marginTop().points();
            width = spec.textWidth().points();
            height = spec.textHeight().points();
            takeCarried();
        }
    }

    private void finishPage() {
        // a letter's first page carries no page number (§10.1)
        finishPage(doc.format().numbersFirstPage() || pageCount > 0);
    }

    /** Ends the page; a page before the colophon or the colophon's own may be left without a number (§7.5). */
    private void finishPage(boolean numbered) {
        int index = ++pageCount;
        footnotes();
        if (numbered) {
            current.add(pageNumber(index));
        }
        double across = turned ? spec.pageHeight().points() : spec.pageWidth().points();
        double down = turned ? spec.pageWidth().points() : spec.pageHeight().points();
        pages.accept(new Page(index, across, down, current, rules, numbered ? Optional.of(index) : Optional.empty(), turned,
                pictures));
        current = new ArrayList<>();
        rules = new ArrayList<>();
        pictures = new ArrayList<>();
        pageNotes = new ArrayList<>();
        y = 0;
        if (doc.footnoteNumbering().restart() == NoteNumbering.Restart.EACH_PAGE) {
            // the numbers start again for the marks of the next page; a note run on keeps its own
            pageFootnotes = 0;
            footnoteCount = 0;
        }
        takeCarried();
    }

    /**
     * The page's footnotes at the block's foot, the last line's bottom on the block's bottom edge,
     * the separator rule above the first, a quarter of the block wide from its left edge.
     */
    private void footnotes() {
        if (pageNotes.isEmpty()) {
            return;
        }
        // from the bottom up: the last line's descender on the block's edge (its height unrounded), the
        // others stacked on it by their heights in twips
        int n = pageNotes.size();
        double[] tops = new double[n];
        NoteLine last = pageNotes.get(n - 1);
        tops[n - 1] = top + height - last.ascentPt() - last.belowPt();
        for (int i = n - 2; i >= 0; i--) {
            tops[i] = tops[i + 1] - pageNotes.get(i).heightPt();
        }
        rules.add(Rule.horizontal(left, left + width * SEPARATOR_SHARE, tops[0] - SEPARATOR_ABOVE_PT, SEPARATOR_PT, 0));
        for (int i = 0; i < n; i++) {
            NoteLine line = pageNotes.get(i);
            current.add(new Line(line.role(), tops[i] + line.ascentPt(), line.runs(), Optional.empty()));
        }
    }

    /** Moves the footnote lines run on from the page before to this page's foot, as many as the page holds. */
    private void takeCarried() {
        if (turned || carried.isEmpty()) {
            return;
        }
        int k = 0;
        double room = height - NOTES_GAP_PT;
        while (k < carried.size() && (k == 0 || room - carried.get(k).heightPt() >= -1e-6)) {
            room -= carried.get(k).heightPt();
            k++;
        }
        List<NoteLine> taken = carried.subList(0, k);
        pageNotes.addAll(taken);
        taken.clear();
    }

    /** A note's mark as laid out: the note, its number, and the code point of the paragraph the number starts at. */
    private record Marked(Note note, String number, int at) {
    }

    /**
     * A line of a note, placed when its page is finished: its runs, its ascender and what its faces
     * reach below the baseline, and its height in whole twips, in points.
     */
    private record NoteLine(LineRole role, List<Run> runs, double ascentPt, double belowPt, double heightPt) {
    }

    /**
     * "— N —" (§7.5): its dashes' ink centred 7 mm below the text block; odd pages one 4号 character
     * in from the right edge, even pages from the left.
     */
    private Line pageNumber(int n) {
        LineBreaker.Style style = style(DocumentElement.PAGE_NUMBER, 0);
        String text = "\u2014 " + n + " \u2014";
        double indent = spec.pageNumberIndent().points();
        boolean odd = n % 2 == 1;
        // on the paper upright, whichever way the page is turned (the number stays where it is)
        List<List<Run>> lines = LineBreaker.lines(List.of(new LineBreaker.Span(text, style)), spec.marginLeft().points(),
                spec.textWidth().points(), odd ? 0 : indent, 0, odd ? indent : 0, odd ? RIGHT : LEFT);
        double dash = spec.pageHeight().minus(spec.marginBottom()).plus(spec.pageNumberDrop()).points();
        double baseline = dash + style.eastAsia().inkMiddle('\u2014', style.sizePt());
        return new Line(LineRole.PAGE_NUMBER, baseline, lines.get(0), Optional.empty());
    }

    /**
     * 版头 (§7.2), advancing the cursor as {@code HeadBlockWriter} of the {@code .docx} writer does:
     * its rows are exact, the mark's line 1.2 em high, the rule's paragraph 1 pt, so the title lands
     * where Word and LibreOffice put it.
     */
    private final class HeadBlockLayout {
        /** The mark's exact line height in the {@code .docx}, in ems of its size. */
        private static final double MARK_LINE_EM = 1.2;
        /** Where the {@code .docx} expects the mark's glyph top below its line's top, in ems. */
        private static final double MARK_GLYPH_TOP_EM = 0.12;
        /** The {@code .docx}'s allowance for the number's glyph bottom above its row's bottom, in points. */
        private static final double NUMBER_GLYPH_BOTTOM_GAP_PT = 7.3;
        /** The red rule's thickness: 1.5 pt (≈ 0.53 mm), as the {@code .docx} draws it. */
        private static final double RULE_PT = 1.5;
        /** The height of the {@code .docx} paragraph that carries the rule, in points. */
        private static final double RULE_LINE_PT = 1;
        /** A letter's double lines: 170 mm, reaching 7 mm past each side of the 156 mm block. */
        private static final double LETTER_OVERHANG_MM = 7;
        /** The double lines' thick line, its thin line and the gap between, in points, as LibreOffice draws the {@code .docx}'s 3 pt double border (measured: 1.06, 0.26 and 0.29 mm). */
        private static final double LETTER_THICK_PT = 3;
        private static final double LETTER_THIN_PT = 0.75;
        private static final double LETTER_GAP_PT = 0.8;
        /**
         * Where a letter's first row starts below the top of its upper double line, in points: the
         * double line (4.55 pt), the 1 pt paragraph that carries it and 7/8 of a 3号 character after it,
         * as the {@code .docx} header has them, and the 2.1 pt more that LibreOffice 7.4 leaves between
         * a header and the body (measured on the letter sample: its number's row starts 7.63 mm below).
         */
        private static final double LETTER_BODY_BELOW_LINE_PT = 21.63;

        private final io.gongwen.HeadBlock head = doc.headBlock();
        private final int red = Integer.parseInt(spec.red(), 16);

        void run() {
            if (doc.format() == DocumentFormat.LETTER) {
                letter();
                return;
            }
            boolean order = doc.format() == DocumentFormat.ORDER;
            if (head.isEmpty() && !(order && doc.orderNumber().isPresent())) {
                return;
            }
            LineBreaker.Style label = style(DocumentElement.LABEL, spacing());
            for (String line : head.topLeftLines()) {
                boolean copyNumber = line.equals(head.copyNumber().orElse(null));
                paragraph(LineRole.HEAD, List.of(new LineBreaker.Span(line, copyNumber ? body() : label)), 0, 0, 0, LEFT,
                        Optional.empty());
            }
            if (head.hasMark()) {
                mark();
            }
            if (order) {
                // an order: "第N号" centred two blank rows below the mark, no rule (§10.2)
                doc.orderNumber().ifPresent(n -> {
                    blankRow();
                    blankRow();
                    paragraph(LineRole.DOCUMENT_NUMBER, List.of(new LineBreaker.Span("第" + n + "号", body())), 0, 0, 0,
                            CENTRED, Optional.empty());
                    blankRow();
                    blankRow();
                });
                return;
            }
            if (head.hasMark() || head.documentNumber().isPresent()) {
                if (head.hasMark()) {
                    blankRow();
                    blankRow();
                }
                double numberBaseline = numberLines();
                if (head.hasMark()) {
                    rule(numberBaseline);
                }
                blankRow();
                blankRow();
            }
        }

        /**
         * The mark, its em box's top 35 mm below the block's top (an order's 20 mm), centred, red,
         * condensed to 95 % of the width at most; several issuers' names stacked ({@link #jointMark}).
         */
        private void mark() {
            LineBreaker.Style style = style(DocumentElement.MARK, 0);
            double size = style.sizePt();
            double drop = (doc.format() == DocumentFormat.ORDER ? spec.orderMarkDrop() : spec.markDrop()).points();
            double before = Math.max(0, drop - y - size * MARK_GLYPH_TOP_EM);
            double line = size * MARK_LINE_EM;
            List<String> names = head.issuers();
            if (names.size() > 1) {
                if (!head.preprinted()) {
                    jointMark(style, before, line);
                }
                y += Math.max(RULE_LINE_PT, before) + line * names.size();
                return;
            }
            if (!head.preprinted()) {
                singleMark(head.issuers().get(0) + head.markSuffix().orElse(""), top + drop, 0.95);
            }
            y += before + line;
        }

        /** One line of mark, its em box's top at {@code emTop}, centred, condensed to {@code room} of the width at most. */
        private void singleMark(String text, double emTop, double room) {
            LineBreaker.Style style = style(DocumentElement.MARK, 0);
            double size = style.sizePt();
            double natural = LineBreaker.width(text, style);
            double scale = Math.min(1, room * width / natural);
            int[] cps = text.codePoints().toArray();
            double[] xs = new double[cps.length];
            double at = left + width / 2 - natural * scale / 2;
            for (int k = 0; k < cps.length; k++) {
                xs[k] = at;
                at += style.faceFor(cps[k]).advance(cps[k], size) * scale;
            }
            current.add(new Line(LineRole.MARK, emTop + EM_ASCENT * size, markRuns(text, xs, style, scale), Optional.empty()));
        }

        /**
         * The letter's head (信函格式, §10.1), as the {@code .docx} writer's {@code LetterParts} puts it
         * in the first page's header: the host body's mark (the first issuer's only), its em box's top
         * 30 mm below the paper's top, centred, condensed to the text width at most; a red double line,
         * thick over thin, 4 mm below the mark's em box, and one thin over thick with its bottom 20 mm
         * above the paper's foot, both 170 mm long and centred on the text block. The first page's rows
         * start below the header ({@link #LETTER_BODY_BELOW_LINE_PT}); on them the 份号, 密级 and
         * 紧急程度 flush left, the document number flush right on the first of their rows, then two
         * blank rows before the title.
         */
        private void letter() {
            LineBreaker.Style style = style(DocumentElement.MARK, 0);
            double size = style.sizePt();
            double emTop = spec.letterMarkTop().points();
            double lineTop = emTop + size + spec.letterRuleGap().points();
            if (!head.preprinted()) {
                if (!head.issuers().isEmpty()) {
                    singleMark(head.issuers().get(0) + head.markSuffix().orElse(""), emTop, 1);
                }
                double from = left - Length.mm(LETTER_OVERHANG_MM).points();
                double to = left + width + Length.mm(LETTER_OVERHANG_MM).points();
                double thin = lineTop + LETTER_THICK_PT + LETTER_GAP_PT + LETTER_THIN_PT / 2;
                rules.add(Rule.horizontal(from, to, lineTop + LETTER_THICK_PT / 2, LETTER_THICK_PT, red));
                rules.add(Rule.horizontal(from, to, thin, LETTER_THIN_PT, red));
                double foot = spec.pageHeight().minus(spec.letterLowerRuleRise()).points();
                rules.add(Rule.horizontal(from, to, foot - LETTER_THICK_PT / 2, LETTER_THICK_PT, red));
                rules.add(Rule.horizontal(from, to, foot - LETTER_THICK_PT - LETTER_GAP_PT - LETTER_THIN_PT / 2,
                        LETTER_THIN_PT, red));
            }
            y = lineTop + LETTER_BODY_BELOW_LINE_PT - top;
            List<String> lines = head.topLeftLines();
            String number = head.documentNumber().map(Object::toString).orElse("");
            int rows = Math.max(lines.size(), number.isEmpty() ? 0 : 1);
            LineBreaker.Style label = style(DocumentElement.LABEL, spacing());
            for (int i = 0; i < rows; i++) {
                List<Run> runs = new ArrayList<>();
                if (i < lines.size()) {
                    boolean copyNumber = lines.get(i).equals(head.copyNumber().orElse(null));
                    runs.addAll(lines(List.of(new LineBreaker.Span(lines.get(i), copyNumber ? body() : label)), 0, 0, 0, LEFT).get(0));
                }
                if (i == 0 && !number.isEmpty()) {
                    runs.addAll(lines(List.of(new LineBreaker.Span(number, body())), 0, 0, 0, RIGHT).get(0));
                }
                place(i == 0 && !number.isEmpty() ? LineRole.DOCUMENT_NUMBER : LineRole.HEAD, runs, Optional.empty());
            }
            if (rows > 0) {
                blankRow();
                blankRow();
            }
        }

        /**
         * A joint mark (§7.2.4), as the {@code .docx} writer's table sets it: the names stacked, a row
         * of the mark's line height each, each spread over the width of the longest (its first glyph
         * at the column's left, its last ending at its right); the suffix to their right, half an em
         * after them, centred on the stack; the whole centred and condensed to 95 % of the width at
         * most. The column widths are the {@code .docx}'s: an ideograph one em, a Latin letter 0.75.
         */
        private void jointMark(LineBreaker.Style style, double before, double line) {
            double size = style.sizePt();
            List<String> names = head.issuers();
            String suffix = head.markSuffix().orElse("");
            double namesWidth = 0;
            for (String name : names) {
                namesWidth = Math.max(namesWidth, emWidth(name, size));
            }
            double gap = suffix.isEmpty() ? 0 : size / 2;
            double suffixWidth = suffix.isEmpty() ? 0 : emWidth(suffix, size);
            double room = 0.95 * width;
            double natural = namesWidth + gap + suffixWidth;
            double scale = natural <= room ? 1 : Math.max(0.33, Math.floor(room * 100 / natural) / 100);
            double column = namesWidth * scale;
            double tableLeft = left + (width - (column + gap + suffixWidth * scale)) / 2;
            double firstTop = top + y + Math.max(RULE_LINE_PT, before);
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                int[] cps = name.codePoints().toArray();
                double[] advance = new double[cps.length];
                double used = 0;
                for (int k = 0; k < cps.length; k++) {
                    advance[k] = style.faceFor(cps[k]).advance(cps[k], size) * scale;
                    used += advance[k];
                }
                // distributed: the slack shared between the glyphs; a single glyph centred
                double between = cps.length > 1 ? (column - used) / (cps.length - 1) : 0;
                double at = cps.length > 1 ? tableLeft : tableLeft + (column - used) / 2;
                double[] xs = new double[cps.length];
                for (int k = 0; k < cps.length; k++) {
                    xs[k] = at;
                    at += advance[k] + between;
                }
                double emTop = firstTop + i * line + MARK_GLYPH_TOP_EM * size;
                current.add(new Line(LineRole.MARK, emTop + EM_ASCENT * size, markRuns(name, xs, style, scale),
                        Optional.empty()));
            }
            if (!suffix.isEmpty()) {
                int[] cps = suffix.codePoints().toArray();
                double[] xs = new double[cps.length];
                double at = tableLeft + column + gap;
                for (int k = 0; k < cps.length; k++) {
                    xs[k] = at;
                    at += style.faceFor(cps[k]).advance(cps[k], size) * scale;
                }
                double emTop = firstTop + (names.size() - 1) * line / 2 + MARK_GLYPH_TOP_EM * size;
                current.add(new Line(LineRole.MARK, emTop + EM_ASCENT * size, markRuns(suffix, xs, style, scale),
                        Optional.empty()));
            }
        }

        /** The runs of a mark's text at the given glyph positions, one per face. */
        private List<Run> markRuns(String text, double[] xs, LineBreaker.Style style, double scale) {
            List<Run> runs = new ArrayList<>();
            StringBuilder chunk = new StringBuilder();
            List<Double> at = new ArrayList<>();
            FontFace face = null;
            int k = 0;
            for (int i = 0; i < text.length(); k++) {
                int cp = text.codePointAt(i);
                FontFace f = style.faceFor(cp);
                if (face != null && !f.equals(face)) {
                    runs.add(markRun(chunk.toString(), face, style.sizePt(), at, scale));
                    chunk.setLength(0);
                    at.clear();
                }
                face = f;
                chunk.appendCodePoint(cp);
                at.add(xs[k]);
                i += Character.charCount(cp);
            }
            runs.add(markRun(chunk.toString(), face, style.sizePt(), at, scale));
            return runs;
        }

        /** The {@code .docx} writer's width of a mark: an ideograph one em, a Latin letter or digit 0.75 em. */
        private static double emWidth(String text, double size) {
            return text.codePoints().mapToDouble(cp -> cp < 0x2E80 ? size * 3 / 4 : size).sum();
        }

        private Run markRun(String text, FontFace face, double size, List<Double> xs, double scale) {
            double[] x = new double[xs.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = xs.get(i);
            }
            return new Run(text, face, size, x, red, scale);
        }

        /**
         * The document number centred; with 签发人, flush left one character in on the line of the
         * last signer, "签发人：" and the names (two to a line, in 楷体) ending one character from the
         * right edge. Returns the number's baseline.
         */
        private double numberLines() {
            String number = head.documentNumber().map(Object::toString).orElse(doc.minutesNumber().orElse(""));
            LineBreaker.Style body = body();
            if (head.signers().isEmpty()) {
                double baseline = baseline(bodySize);
                if (number.isEmpty()) {
                    blankRow();
                } else {
                    paragraph(LineRole.DOCUMENT_NUMBER, List.of(new LineBreaker.Span(number, body)), 0, 0, 0, CENTRED,
                            Optional.empty());
                }
                return baseline;
            }
            List<String> lines = new ArrayList<>();
            List<String> signers = head.signers();
            for (int i = 0; i < signers.size(); i += 2) {
                lines.add(String.join("\u3000", signers.subList(i, Math.min(i + 2, signers.size()))));
            }
            // the .docx writer's tab stops, in grid cells: the same places here
            double one = spec.characterPitch().points();
            double labelWidth = cells("签发人：") * one;
            double widest = 0;
            for (String l : lines) {
                widest = Math.max(widest, cells(l) * one);
            }
            double labelAt = width - one - labelWidth - widest;
            LineBreaker.Style signer = style(DocumentElement.SIGNER, spacing());
            double baseline = 0;
            for (int i = 0; i < lines.size(); i++) {
                boolean last = i == lines.size() - 1;
                List<Run> runs = new ArrayList<>();
                if (last && !number.isEmpty()) {
                    runs.addAll(LineBreaker.lines(List.of(new LineBreaker.Span(number, body)), left, width, one, one, 0, LEFT).get(0));
                }
                if (i == 0) {
                    runs.addAll(LineBreaker.lines(List.of(new LineBreaker.Span("签发人：", body)), left, width, labelAt, labelAt, 0,
                            LEFT).get(0));
                }
                runs.addAll(LineBreaker.lines(List.of(new LineBreaker.Span(lines.get(i), signer)), left, width,
                        labelAt + labelWidth, labelAt + labelWidth, 0, LEFT).get(0));
                baseline = baseline(bodySize);
                place(LineRole.DOCUMENT_NUMBER, runs, Optional.empty());
            }
            return baseline;
        }

        /**
         * The red rule, the text block's width, 4 mm below the number's em box (§7.2.7); the cursor
         * moves on as the {@code .docx}'s rule paragraph does.
         */
        private void rule(double numberBaseline) {
            double gap = Math.max(0, Length.mm(4).points() - NUMBER_GLYPH_BOTTOM_GAP_PT);
            if (!head.preprinted()) {
                double at = numberBaseline + EM_DESCENT * bodySize + Length.mm(4).points() + RULE_PT / 2;
                rules.add(Rule.horizontal(left, left + width, at, RULE_PT, red));
            }
            y += gap + RULE_LINE_PT;
        }
    }

    /** Cells on the grid: a full-width character one, a half-width one half (the .docx writer's count). */
    private static double cells(String text) {
        return text.codePoints().mapToDouble(cp -> LineBreaker.isLatin(cp) ? 0.5 : 1).sum();
    }

    private LineBreaker.Style body() {
        return style(DocumentElement.BODY, spacing());
    }

    private double spacing() {
        return spec.characterSpacing().points();
    }

    private LineBreaker.Style style(DocumentElement element, double spacingPt) {
        TextStyle s = spec.style(element);
        return new LineBreaker.Style(face(s.font().eastAsia(), s.bold()), face(s.font().latin(), s.bold()),
                s.size().points(), spacingPt);
    }

    /** Bold thickens any face; a face the resolver thickens (a stand-in for a heavy one) stays so. */
    private FontFace face(String name, boolean bold) {
        FontFace f = fonts.resolve(name);
        return f.emboldened(bold || f.emboldened());
    }
}
