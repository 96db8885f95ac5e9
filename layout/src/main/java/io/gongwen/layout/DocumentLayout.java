package io.gongwen.layout;

import io.gongwen.Article;
import io.gongwen.Block;
import io.gongwen.Chapter;
import io.gongwen.DocumentElement;
import io.gongwen.DocumentFormat;
import io.gongwen.InvalidDocumentException;
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
 * takes one row, as every paragraph of the {@code .docx} has the exact 28.95 pt line spacing; a
 * line's em box (0.88 em above the baseline, 0.12 em below) is centred in its row.
 *
 * <p>Laid out, in the standard's order: the title (2号 小标宋, centred, its lines as the model
 * broke them), one blank row, the main recipients (flush left), the body — paragraphs with a
 * two-character first-line indent, headings of the four levels in their faces (a heading on a line
 * of its own is kept with the line after it; a run-in heading's text follows in the body face),
 * articles and chapter titles of regulations — then the attachment note (one blank row, "附件：",
 * wrapped lines under the titles), the unsigned signature block (§7.3.5.2: one blank row, the
 * signature and the date, kept together on one page) and the note (附注), and the page number
 * "— N —" in 4号 宋体 7 mm below the text block, one character in from the right edge on odd
 * pages and from the left edge on even pages.
 *
 * <p>Not laid out yet, and refused with an {@link UnsupportedElementException} naming the element:
 * the head block (版头: 份号, 密级, 紧急程度, the red mark, 发文字号, 签发人, the red rule), the
 * letter, order and minutes formats, tables, seals and signature seals, attendance lists, issued
 * documents, attachments and the colophon (版记).
 */
public final class DocumentLayout {
    /** The em box's top above the baseline, in em: the ideographic em box of CJK fonts. */
    private static final double EM_ASCENT = 0.88;
    private static final double EM_DESCENT = 0.12;

    private final OfficialDocument doc;
    private final Specification spec;
    private final FontResolver fonts;
    private final double left;
    private final double width;
    private final double top;
    private final double pitch;
    private final int rowsPerPage;
    private final double bodySize;
    private final List<Page> pages = new ArrayList<>();
    private List<Line> current = new ArrayList<>();
    private int row;

    private DocumentLayout(OfficialDocument doc, FontResolver fonts) {
        this.doc = doc;
        this.spec = doc.specification();
        this.fonts = fonts;
        this.left = spec.marginLeft().points();
        this.width = spec.textWidth().points();
        this.top = spec.marginTop().points();
        this.pitch = spec.linePitch().points();
        this.rowsPerPage = spec.linesPerPage();
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
        if (!doc.headBlock().isEmpty()) {
            throw new UnsupportedElementException("the head block (版头: 份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人, the red rule)");
        }
        refuseTables(doc.body());
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
        if (!doc.attachments().isEmpty()) {
            throw new UnsupportedElementException("attachments (附件) after the main text");
        }
        if (!doc.colophon().isEmpty()) {
            throw new UnsupportedElementException("the colophon (版记: 抄送, 印发机关和印发日期)");
        }
    }

    private static void refuseTables(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Table) {
                throw new UnsupportedElementException("tables");
            }
            if (b instanceof Section s) {
                refuseTables(s.body());
            }
        }
    }

    private void run() {
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
        double two = 2 * bodySize;
        double labelWidth = LineBreaker.width(label, body);
        for (int i = 0; i < titles.size(); i++) {
            String number = titles.size() == 1 ? "" : (i + 1) + ".";
            double indent = two + labelWidth + LineBreaker.width(number, body);
            double first = i == 0 ? two : two + labelWidth;
            paragraph(LineRole.ATTACHMENT_NOTE, List.of(new LineBreaker.Span((i == 0 ? label : "") + number + titles.get(i), body)),
                    first, indent, 0, LEFT, Optional.empty());
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
        double two = 2 * spec.characterPitch().points();
        double signatureWidth = 0;
        for (Signature s : signatures) {
            signatureWidth = Math.max(signatureWidth, LineBreaker.width(s.issuer(), body));
        }
        double signatureRight = two;
        double dateRight = two;
        if (!signatures.isEmpty() && date.isPresent()) {
            double dateWidth = LineBreaker.width(date.get(), body);
            dateRight = signatureWidth - dateWidth;
            if (dateRight < two) {
                dateRight = two;
                signatureRight = dateWidth - signatureWidth + 2 * two;
            }
        }
        // the blank row, the signatures and the date stay on one page (keepNext in the .docx)
        int rows = 1 + signatures.size() + (date.isPresent() ? 1 : 0);
        if (row > 0 && row + rows > rowsPerPage) {
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
        if (row > 0 && row + rows >= rowsPerPage) {
            finishPage();
        }
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
        if (row == rowsPerPage) {
            finishPage();
        }
        double size = 0;
        for (Run r : runs) {
            size = Math.max(size, r.sizePt());
        }
        current.add(new Line(role, baseline(row, size), runs, bookmark));
        row++;
    }

    /** The baseline that centres the em box of {@code size} in a row. */
    private double baseline(int r, double size) {
        return top + r * pitch + pitch / 2 + (EM_ASCENT - EM_DESCENT) / 2 * size;
    }

    private void blankRow() {
        if (row == rowsPerPage) {
            finishPage();
        }
        row++;
    }

    private void finishPage() {
        int index = pages.size() + 1;
        current.add(pageNumber(index));
        pages.add(new Page(index, spec.pageWidth().points(), spec.pageHeight().points(), current, Optional.of(index)));
        current = new ArrayList<>();
        row = 0;
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
        List<List<Run>> lines = lines(List.of(new LineBreaker.Span(text, style)), odd ? 0 : indent, 0,
                odd ? indent : 0, odd ? RIGHT : LEFT);
        double dash = spec.pageHeight().minus(spec.marginBottom()).plus(spec.pageNumberDrop()).points();
        double baseline = dash + style.eastAsia().inkMiddle('\u2014', style.sizePt());
        return new Line(LineRole.PAGE_NUMBER, baseline, lines.get(0), Optional.empty());
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
