package io.gongwen.pdf;

import io.gongwen.NoteNumbering;
import io.gongwen.NoteNumbering.Format;
import io.gongwen.NoteNumbering.Restart;
import io.gongwen.OfficialDocument;
import io.gongwen.layout.DocumentLayout;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.Line;
import io.gongwen.layout.LineRole;
import io.gongwen.layout.NumberedNotes;
import io.gongwen.layout.Page;
import io.gongwen.layout.StandInFonts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notes numbered otherwise than 1, 2, 3 in the PDF, read back with PDFBox: each page's text is the
 * laid-out page's, body, notes and page number in that order, so the numbers drawn are the forms
 * the layout chose (circled past 20, Chinese, roman, again on each page and each section), each
 * glyph extracting as the character it stands for.
 */
class NoteNumberingPdfTest {
    private static FontResolver fonts;

    @BeforeAll
    static void fonts() {
        fonts = StandInFonts.resolver();
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\u3000]", "");
    }

    /** PDFBox's text of each page, without white space. */
    static List<String> pageTexts(byte[] pdf) throws Exception {
        List<String> texts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                texts.add(squeeze(stripper.getText(doc)));
            }
        }
        return texts;
    }

    /** A laid-out page's text in reading order: the body, the endnotes, the footnotes, the page number. */
    private static String laidOut(Page page) {
        StringBuilder b = new StringBuilder();
        for (LineRole role : new LineRole[] {null, LineRole.ENDNOTE, LineRole.FOOTNOTE, LineRole.PAGE_NUMBER}) {
            for (Line line : page.lines()) {
                boolean body = line.role() != LineRole.ENDNOTE && line.role() != LineRole.FOOTNOTE
                        && line.role() != LineRole.PAGE_NUMBER;
                if (role == null ? body : line.role() == role) {
                    b.append(line.text());
                }
            }
        }
        return squeeze(b.toString());
    }

    private static List<String> checked(OfficialDocument doc) throws Exception {
        List<String> pdf = pageTexts(PdfWriter.toBytes(doc, fonts));
        List<Page> pages = DocumentLayout.layOut(doc, fonts).pages();
        assertThat(pdf).hasSameSizeAs(pages);
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pdf.get(p)).as("page %d", p + 1).isEqualTo(laidOut(pages.get(p)));
        }
        return pdf;
    }

    @Test
    void circled_numbers_past_twenty_and_chinese_ones_extract_as_printed() throws Exception {
        NoteNumbering circled = new NoteNumbering(Restart.CONTINUOUS, Format.DECIMAL_ENCLOSED_CIRCLE, 1);
        NoteNumbering chinese = new NoteNumbering(Restart.CONTINUOUS, Format.CHINESE_COUNTING, 1);
        List<String> pdf = checked(NumberedNotes.oneEach(circled, chinese, 25));
        String all = String.join("", pdf);
        assertThat(all).contains("第1段正文。①", "第20段正文。⑳", "第21段正文。㉑", "第25段正文。㉕", "⑳注20。", "㉑注21。",
                "请遵照执行。一", "特此通知。二", "一尾注一。二尾注二。");
    }

    @Test
    void roman_numbers_again_on_each_page_extract_with_their_page() throws Exception {
        List<String> pdf = checked(NumberedNotes.acrossPage(new NoteNumbering(Restart.EACH_PAGE, Format.LOWER_ROMAN, 1), 4, 9, 12));
        assertThat(pdf.get(0)).contains("第13段正文。ix", "ix注9。x句注1。").endsWith("—1—");
        assertThat(pdf.get(1)).startsWith(NumberedNotes.SENTENCE + "i" + NumberedNotes.SENTENCE + "ii").contains("i句注2。ii句注3。").endsWith("—2—");
        assertThat(pdf.get(2)).startsWith("请遵照执行。i").contains("i末注。");
    }

    @Test
    void sections_numbered_apart_extract_on_the_turned_page_too() throws Exception {
        List<String> pdf = checked(NumberedNotes.landscape(new NoteNumbering(Restart.EACH_SECTION, Format.UPPER_ROMAN, 1),
                NoteNumbering.continuous()));
        assertThat(pdf.get(0)).contains("竖页第一段。I", "竖页第二段。II1", "I竖注一。II竖注二。");
        assertThat(pdf.get(1)).contains("横页第一段。I", "I横注一。II横注二。");
        assertThat(pdf.get(2)).contains("竖页第三段。I3", "I竖注三。");
    }
}
