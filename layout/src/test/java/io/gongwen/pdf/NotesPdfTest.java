package io.gongwen.pdf;

import io.gongwen.layout.DocumentLayout;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.Line;
import io.gongwen.layout.LineRole;
import io.gongwen.layout.NotedDocuments;
import io.gongwen.layout.Page;
import io.gongwen.layout.StandInFonts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Footnotes and endnotes in the PDF. Its text, as PDFBox extracts it page by page, is the model's in
 * reading order: the body's words with each mark's number where the mark stands, then the endnotes
 * where they are printed (after the closing), then the page's footnotes (a note run on from the page
 * before first), then the page number; so the notes taken out, the text is the body's, and the notes
 * joined are the model's notes, numbered ({@code PdfWriterTest.modelText}, which the other text tests
 * use, prints each mark's number where it stands). The marks are drawn raised and smaller, as laid out.
 */
class NotesPdfTest {
    private static FontResolver fonts;
    private static NotedDocuments report;
    private static byte[] pdf;
    private static List<Page> pages;

    @BeforeAll
    static void write() {
        fonts = StandInFonts.resolver();
        report = NotedDocuments.report();
        pdf = PdfWriter.toBytes(report.document(), fonts);
        pages = DocumentLayout.layOut(report.document(), fonts).pages();
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\u3000]", "");
    }

    private static String text(Page page, LineRole role) {
        StringBuilder b = new StringBuilder();
        page.lines().stream().filter(l -> l.role() == role).map(Line::text).forEach(b::append);
        return squeeze(b.toString());
    }

    @Test
    void extracted_text_is_the_body_in_order_then_each_pages_notes_and_the_notes_are_the_models() throws Exception {
        StringBuilder body = new StringBuilder();
        StringBuilder footnotes = new StringBuilder();
        StringBuilder endnotes = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages.size());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = squeeze(stripper.getText(doc));
                String number = "—" + p + "—";
                assertThat(page).as("page %d", p).endsWith(number);
                page = page.substring(0, page.length() - number.length());
                String foot = text(pages.get(p - 1), LineRole.FOOTNOTE);
                assertThat(page).as("page %d ends with its footnotes", p).endsWith(foot);
                page = page.substring(0, page.length() - foot.length());
                String end = text(pages.get(p - 1), LineRole.ENDNOTE);
                assertThat(page).as("page %d: its endnotes before its footnotes", p).endsWith(end);
                page = page.substring(0, page.length() - end.length());
                body.append(page);
                footnotes.append(foot);
                endnotes.append(end);
            }
        }
        assertThat(body.toString()).isEqualTo(squeeze(report.body()))
                .isEqualTo(squeeze(PdfWriterTest.modelText(report.document())));
        assertThat(footnotes.toString()).isEqualTo(squeeze(String.join("", report.footnotes())));
        assertThat(endnotes.toString()).isEqualTo(squeeze(String.join("", report.endnotes())));
        assertThat(text(pages.get(0), LineRole.FOOTNOTE)).startsWith("12020年6月20日").contains("2指《").contains("3见县");
    }

    @Test
    void draws_the_marks_raised_and_smaller_and_the_notes_in_12_pt_below_the_body() throws Exception {
        List<PdfMeasure.Page> measured = PdfMeasure.read(pdf, 37 + 225);
        List<PdfMeasure.Glyph> glyphs = measured.get(0).text().stream().flatMap(l -> l.glyphs().stream()).toList();
        PdfMeasure.Glyph bracket = glyphs.stream().filter(g -> g.text().equals("》")).findFirst().orElseThrow();
        PdfMeasure.Glyph mark = glyphs.stream().filter(g -> g.text().equals("1") && Math.abs(g.left() - bracket.right()) < 0.5)
                .findFirst().orElseThrow(() -> new AssertionError("no mark after 》"));
        // PDFBox gives the size in whole points: 9 for the 9.28 pt drawn
        assertThat(mark.sizePt()).isCloseTo(16 * 0.58, within(0.5));
        assertThat((bracket.baseline() - mark.baseline()) / PdfMeasure.PT).as("raised, in pt").isCloseTo(16 * 0.39, within(0.01));
        // the notes below the body's last line, inside the block, in 12 pt
        List<PdfMeasure.Line> lines = measured.get(0).text();
        // (the measure gathers glyphs by baseline: the note's raised number is a line of its own)
        PdfMeasure.Line note = lines.stream().filter(l -> l.text().strip().startsWith("指《")).findFirst().orElseThrow();
        PdfMeasure.Line lastBody = lines.stream().filter(l -> l.sizePt() == 16).reduce((a, b) -> b).orElseThrow();
        assertThat(note.baseline()).isGreaterThan(lastBody.baseline()).isLessThan(37 + 225);
        assertThat(note.glyphs().stream().filter(g -> g.text().equals("指"))).allSatisfy(g -> assertThat(g.sizePt()).isEqualTo(12));
        PdfMeasure.Glyph number = glyphs.stream().filter(g -> g.text().equals("2") && g.left() < 29).findFirst().orElseThrow();
        assertThat(number.left()).isCloseTo(28, within(0.01));
        assertThat(note.baseline() - number.baseline()).isCloseTo(12 * 0.39 * PdfMeasure.PT, within(0.01));
    }
}
