package io.gongwen.layout;

import io.gongwen.Article;
import io.gongwen.Block;
import io.gongwen.Chapter;
import io.gongwen.DocumentElement;
import io.gongwen.DocumentFormat;
import io.gongwen.InvalidDocumentException;
import io.gongwen.Length;
import io.gongwen.OfficialDocument;
import io.gongwen.Paragraph;
import io.gongwen.Section;
import io.gongwen.Signature;
import io.gongwen.Specification;
import io.gongwen.Table;
import io.gongwen.TextStyle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * <p>Laid out, in the standard's order: the head block of the general format (§7.2: 份号, 密级 and
 * 紧急程度 stacked at the top left; the red mark, its em box's top 35 mm below the text block's top,
 * condensed if it would not fit; two blank rows; the document number centred, or flush left one
 * character in with the 签发人 on the right; the red rule 4 mm below the number's em box; two blank
 * rows), advancing as the {@code .docx} writer's exact-height paragraphs do, so both put the title at
 * the same height; then the title (2号 小标宋, centred, its lines as the model
 * broke them), one blank row, the main recipients (flush left), the body — paragraphs with a
 * two-character first-line indent, headings of the four levels in their faces (a heading on a line
 * of its own is kept with the line after it; a run-in heading's text follows in the body face),
 * articles and chapter titles of regulations, tables (§8; a landscape table on turned pages of its
 * own) — then the attachment note (one blank row, "附件：", wrapped lines under the titles), the unsealed signature block (§7.3.5.2: one blank row, the
 * signature and the date, kept together on one page), the note (附注), the attachments (each from a
 * new page: its label in 黑体 on the first row, its title centred on the third), and the page number
 * "— N —" in 4号 宋体 7 mm below the text block, one character in from the right edge on odd
 * pages and from the left edge on even pages.
 *
 * <p>Not laid out yet, and refused with an {@link UnsupportedElementException} naming the element:
 * a joint mark of several issuers, the letter, order and minutes formats, seals and signature
 * seals, attendance lists, issued documents, the colophon (版记), and footnotes and endnotes (a
 * document with a note is refused rather than laid out without it).
 */
public final class DocumentLayout {
    /** The em box's top above the baseline, in em: the ideographic em box of CJK fonts. */
    private static final double EM_ASCENT = 0.88;
    private static final double EM_DESCENT = 0.12;

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
    private final double bodySize;
    private final List<Page> pages = new ArrayList<>();
    private List<Line> current = new ArrayList<>();
    private List<Rule> rules = new ArrayList<>();
    /** Where the next row starts, in points below the text block's top. */
    private double y;
    /** Whether the last thing placed was a table: the .docx writer puts an empty paragraph after it. */
    private boolean afterTable;

    private DocumentLayout(OfficialDocument doc, FontResolver fonts) {
        this.doc = doc;
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
        if (doc == null) {
            throw new InvalidDocumentException("document", "must not be null");
        }
        if (fonts == null) {
            throw new InvalidDocumentException("fonts", "must not be null");
        }
        refuseWhatIsNotLaidOut(doc);
        DocumentLayout layout = new DocumentLayout(doc, fonts);
        layout.run();
        return new LaidOutDocument(layout.pages, String.join("", doc.title()), doc.signature());
    }

    private static void refuseWhatIsNotLaidOut(OfficialDocument doc) {
        if (doc.format() != DocumentFormat.GENERAL) {
            throw new UnsupportedElementException("the " + doc.format() + " format (only the general format is)");
        }
        if (doc.headBlock().issuers().size() > 1) {
            throw new UnsupportedElementException("the joint mark of several issuers (联合行文的发文机关标志)");
        }
        if (!doc.attendances().isEmpty()) {
            throw new UnsupportedElementException("attendance lists (出席, 请假, 列席)");
        }
        if (doc.isSealed()) {
            throw new UnsupportedElementException("seals (印章) over the signature");
        }
        if (!doc.signatories().isEmpty()) {
            throw new UnsupportedElementException("signatories with signature seals (签发人签名章)");
        }
        if (!doc.issued().isEmpty()) {
            throw new UnsupportedElementException("issued documents (印发、转发的文件)");
        }
        if (!doc.colophon().isEmpty()) {
            throw new UnsupportedElementException("the colophon (版记: 抄送, 印发机关和印发日期)");
        }
        refuseNotes(doc.body());
        doc.attachments().forEach(a -> refuseNotes(a.body()));
    }

    /** A note would be lost: the text would print without its mark and the page without its foot. */
    private static void refuseNotes(List<Block> blocks) {
        for (Block b : blocks) {
            List<io.gongwen.Note> notes = b instanceof Paragraph p ? p.notes()
                    : b instanceof Section s ? s.runInNotes() : List.of();
            if (!notes.isEmpty()) {
                io.gongwen.Note n = notes.get(0);
                String text = n.text().text();
                throw new UnsupportedElementException((n.isFootnote() ? "footnotes (脚注)" : "endnotes (尾注)")
                        + ", such as \"" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "\"");
            }
            if (b instanceof Section s) {
                refuseNotes(s.body());
            }
        }
    }

    private void run() {
        new HeadBlockLayout().run();
        if (!doc.title().isEmpty()) {
            LineBreaker.Style title = style(DocumentElement.TITLE, 0);
            for (String line : doc.title()) {
                paragraph(LineRole.TITLE, List.of(new LineBreaker.Span(line, title)), 0, 0, 0, CENTRED, Optional.empty());
            }
            blankRow();
        }
        LineBreaker.Style body = body();
        for (String line : doc.addressees()) {
            paragraph(LineRole.ADDRESSEE, List.of(new LineBreaker.Span(line, body)), 0, 0, 0, JUSTIFIED, Optional.empty());
        }
        blocks(doc.body());
        attachmentNote();
        signature();
        doc.note().ifPresent(n ->
                paragraph(LineRole.NOTE, List.of(new LineBreaker.Span(n, body)), 2 * bodySize, 0, 0, JUSTIFIED, Optional.empty()));
        attachments();
        if (afterTable) {
            // a document cannot end on a table: Word and LibreOffice add a paragraph after it, as the .docx writer does
            emptyParagraph();
        }
        finishPage();
    }

    private void blocks(List<Block> blocks) {
        LineBreaker.Style body = body();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Paragraph p) {
                paragraph(LineRole.BODY, List.of(new LineBreaker.Span(p.text(), body)), 2 * bodySize, 0, 0, JUSTIFIED,
                        Optional.empty());
            } else if (block instanceof Section s) {
                section(s);
            } else if (block instanceof Table t) {
                table(t);
            } else if (block instanceof Article a) {
                paragraph(LineRole.BODY, List.of(new LineBreaker.Span(a.label(), style(DocumentElement.HEADING_1, spacing())),
                        new LineBreaker.Span("\u3000" + a.text(), body)), 2 * bodySize, 0, 0, JUSTIFIED, Optional.empty());
            } else if (block instanceof Chapter c) {
                keepWithNext(lines(List.of(new LineBreaker.Span(c.text(), style(DocumentElement.HEADING_1, spacing()))),
                        0, 0, 0, CENTRED).size());
                paragraph(LineRole.HEADING, List.of(new LineBreaker.Span(c.text(), style(DocumentElement.HEADING_1, spacing()))),
                        0, 0, 0, CENTRED, Optional.of(new Line.Bookmark(1, c.text())));
            } else {
                // refuseWhatIsNotLaidOut has turned every other block away
                throw new UnsupportedElementException(block.getClass().getSimpleName());
            }
        }
    }

    private void section(Section s) {
        String heading = s.ordinal(spec) + s.heading();
        LineBreaker.Style style = style(DocumentElement.heading(s.level()), spacing());
        Optional<Line.Bookmark> mark = Optional.of(new Line.Bookmark(s.level().number(), heading));
        if (s.runInText().isPresent()) {
            paragraph(LineRole.BODY, List.of(new LineBreaker.Span(heading, style),
                    new LineBreaker.Span(s.runInText().get(), body())), 2 * bodySize, 0, 0, JUSTIFIED, mark);
        } else {
            List<LineBreaker.Span> spans = List.of(new LineBreaker.Span(heading, style));
            if (!s.body().isEmpty()) {
                keepWithNext(lines(spans, 2 * bodySize, 0, 0, JUSTIFIED).size());
            }
            paragraph(LineRole.HEADING, spans, 2 * bodySize, 0, 0, JUSTIFIED, mark);
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
     * does not split rows.
     */
    private void table(Table table) {
        if (table.landscape() != turned) {
            // the .docx writer opens a section of the other orientation: a new page
            turn(table.landscape());
        } else if (afterTable) {
            emptyParagraph();
        }
        List<TableLayout.RowBox> rows = TableLayout.rows(table, left, width, style(DocumentElement.TABLE, 0),
                style(DocumentElement.TABLE_HEADER, 0));
        List<TableLayout.RowBox> header = rows.subList(0, table.headerRows());
        double tableTop = y;
        for (int i = 0; i < rows.size(); ) {
            // rows joined by a cell spanning them go over together
            int end = i;
            double band = rows.get(i).heightPt();
            while (!rows.get(end).endsBand()) {
                end++;
                band += rows.get(end).heightPt();
            }
            if (y > 0 && y + band > height + 1e-6) {
                tableBottom(tableTop);
                finishPage();
                tableTop = 0;
                if (i >= header.size()) {
                    header.forEach(this::row);
                }
            }
            rows.subList(i, end + 1).forEach(this::row);
            i = end + 1;
        }
        tableBottom(tableTop);
        y = Math.ceil(y / pitch - 1e-9) * pitch;
        afterTable = true;
    }

    /** One row at the cursor: its cells' lines, the rule above it and the rules between its cells. */
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
                current.add(new Line(role, rowTop + cell.baselines().get(l), cell.lines().get(l), Optional.empty()));
            }
        }
        y += row.heightPt();
    }

    /** The rule under the last row a page holds of a table begun at {@code tableTop}. */
    private void tableBottom(double tableTop) {
        if (y > tableTop) {
            double t = TableLayout.BORDER_PT;
            rules.add(Rule.horizontal(left - t / 2, left + width + t / 2, top + y, t, 0));
        }
    }

    /**
     * 附件说明 (§7.3.4): one blank row, two characters in, "附件：" then the title, or "附件：1.title"
     * with "2.title" under it; wrapped lines start under the title's first character.
     */
    private void attachmentNote() {
        List<String> titles = doc.attachmentNote();
        if (titles.isEmpty()) {
            return;
        }
        blankRow();
        LineBreaker.Style body = body();
        String label = doc.attachmentNoteLabel();
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
            List<String> lines = io.gongwen.TitleBreaker.lines(a.title(), spec);
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
        List<Signature> signatures = doc.signatures();
        Optional<String> date = doc.dateText();
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

    /** A heading of {@code rows} rows that would end its page goes to the next one with what follows. */
    private void keepWithNext(int rows) {
        if (y > 0 && rowsLeft() <= rows) {
            finishPage();
        }
    }

    /** The whole rows left on the page. */
    private int rowsLeft() {
        return (int) Math.floor((height - y) / pitch + 1e-9);
    }

    private List<List<Run>> lines(List<LineBreaker.Span> spans, double firstIndent, double indent, double rightIndent,
                                  LineBreaker.Alignment alignment) {
        return LineBreaker.lines(spans, left, width, firstIndent, indent, rightIndent, alignment);
    }

    private void paragraph(LineRole role, List<LineBreaker.Span> spans, double firstIndent, double indent,
                           double rightIndent, LineBreaker.Alignment alignment, Optional<Line.Bookmark> bookmark) {
        List<List<Run>> lines = lines(spans, firstIndent, indent, rightIndent, alignment);
        for (int i = 0; i < lines.size(); i++) {
            place(role, lines.get(i), i == 0 ? bookmark : Optional.empty());
        }
    }

    private void place(LineRole role, List<Run> runs, Optional<Line.Bookmark> bookmark) {
        if (turned) {
            turn(false);
        }
        if (rowsLeft() < 1) {
            finishPage();
        }
        double size = 0;
        for (Run r : runs) {
            size = Math.max(size, r.sizePt());
        }
        current.add(new Line(role, baseline(size), runs, bookmark));
        y += pitch;
        afterTable = false;
    }

    /** The baseline that centres the em box of {@code size} in the next row. */
    private double baseline(double size) {
        return top + y + pitch / 2 + (EM_ASCENT - EM_DESCENT) / 2 * size;
    }

    private void blankRow() {
        if (turned) {
            turn(false);
        }
        emptyParagraph();
    }

    /** An empty row where the page is, portrait or turned: the paragraph the .docx writer puts after a table. */
    private void emptyParagraph() {
        if (rowsLeft() < 1) {
            finishPage();
        }
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
        turned = landscape;
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
        }
    }

    private void finishPage() {
        int index = pages.size() + 1;
        current.add(pageNumber(index));
        double across = turned ? spec.pageHeight().points() : spec.pageWidth().points();
        double down = turned ? spec.pageWidth().points() : spec.pageHeight().points();
        pages.add(new Page(index, across, down, current, rules, Optional.of(index), turned));
        current = new ArrayList<>();
        rules = new ArrayList<>();
        y = 0;
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

        private final io.gongwen.HeadBlock head = doc.headBlock();
        private final int red = Integer.parseInt(spec.red(), 16);

        void run() {
            if (head.isEmpty()) {
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

        /** The mark, its em box's top 35 mm below the block's top, centred, red, condensed to 95 % of the width at most. */
        private void mark() {
            LineBreaker.Style style = style(DocumentElement.MARK, 0);
            double size = style.sizePt();
            double drop = Length.mm(35).points();
            double before = Math.max(0, drop - y - size * MARK_GLYPH_TOP_EM);
            double line = size * MARK_LINE_EM;
            if (!head.preprinted()) {
                String text = head.issuers().get(0) + head.markSuffix().orElse("");
                double natural = LineBreaker.width(text, style);
                double scale = Math.min(1, 0.95 * width / natural);
                double centre = left + width / 2;
                List<Run> runs = new ArrayList<>();
                double at = centre - natural * scale / 2;
                // one run per face, each glyph condensed by the scale
                StringBuilder chunk = new StringBuilder();
                List<Double> xs = new ArrayList<>();
                FontFace face = null;
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    FontFace f = style.faceFor(cp);
                    if (face != null && !f.equals(face)) {
                        runs.add(markRun(chunk.toString(), face, size, xs, scale));
                        chunk.setLength(0);
                        xs.clear();
                    }
                    face = f;
                    chunk.appendCodePoint(cp);
                    xs.add(at);
                    at += f.advance(cp, size) * scale;
                    i += Character.charCount(cp);
                }
                runs.add(markRun(chunk.toString(), face, size, xs, scale));
                current.add(new Line(LineRole.MARK, top + drop + EM_ASCENT * size, runs, Optional.empty()));
            }
            y += before + line;
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
            String number = head.documentNumber().map(Object::toString).orElse("");
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
