package io.gongwen.pdf;

import io.gongwen.layout.FontResolver;
import io.gongwen.layout.StandInFonts;
import io.gongwen.layout.TableCellEmphasisLayoutTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table cell's emphasis and note in our own PDF, measured from the file: the cell's bold word drawn
 * stroked (text rendering mode 2, fill and stroke, as every thickened face is drawn), its note's mark
 * raised above the line and the note printed at the foot of the page, inside the text block.
 */
class TableCellEmphasisPdfTest {
    private static FontResolver fonts;
    private static byte[] pdf;

    @BeforeAll
    static void write() throws IOException {
        fonts = StandInFonts.resolver();
        pdf = PdfWriter.toBytes(TableCellEmphasisLayoutTest.report(2), fonts);
        Path out = Path.of("target", "table-cell-emphasis.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
    }

    /** How many text objects of the first page are drawn filled and stroked ({@code 2 Tr}). */
    private static int stroked(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFStreamParser parser = new PDFStreamParser(doc.getPage(0));
            List<Object> tokens = parser.parse();
            int n = 0;
            for (int i = 1; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof Operator o && o.getName().equals("Tr")
                        && tokens.get(i - 1) instanceof COSNumber mode && mode.intValue() == 2) {
                    n++;
                }
            }
            return n;
        }
    }

    @Test
    void the_cells_bold_word_is_drawn_stroked_as_a_thickened_face_is() throws IOException {
        byte[] plain = PdfWriter.toBytes(TableCellEmphasisLayoutTest.report(2, false), fonts);

        assertThat(stroked(pdf)).as("one more stroked text object: the cell's 重点").isEqualTo(stroked(plain) + 1);
    }

    @Test
    void the_cells_note_mark_is_raised_and_the_note_is_at_the_pages_foot() throws IOException {
        List<PdfMeasure.Page> pages = PdfMeasure.read(pdf, 37 + 225);
        List<PdfMeasure.Line> lines = pages.get(0).text();

        // the row's cells share a baseline: one line to the measure
        PdfMeasure.Line cell = lines.stream().filter(l -> l.text().contains("重点")).findFirst().orElseThrow();
        assertThat(cell.text()).isEqualTo("CO减排3000m重点是公园原定合计");
        // the mark 2 stands right after 合计, on a baseline of its own above the cell's
        PdfMeasure.Glyph last = cell.glyphs().get(cell.glyphs().size() - 1);
        PdfMeasure.Glyph mark = lines.stream().flatMap(l -> l.glyphs().stream())
                .filter(g -> g.text().equals("2") && Math.abs(g.left() - last.right()) < 0.5).findFirst().orElseThrow();
        assertThat(mark.baseline()).as("raised").isLessThan(cell.baseline() - 1);
        PdfMeasure.Line note = lines.stream().filter(l -> l.text().contains("含县本级和各乡镇。")).findFirst().orElseThrow();
        assertThat(note.baseline()).as("at the foot of the block").isBetween(37 + 225 - 5.0, 37 + 225.0);
        assertThat(note.sizePt()).isEqualTo(12);
    }
}
