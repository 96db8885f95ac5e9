package io.gongwen.pdf;

import io.gongwen.OfficialDocument;
import io.gongwen.check.TextChecker;
import io.gongwen.layout.DocumentLayout;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.Line;
import io.gongwen.layout.Page;
import io.gongwen.layout.Run;
import io.gongwen.layout.StandInFonts;
import io.gongwen.text.DraftReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A draft whose tables came as tab-separated rows (the corpus's 21-approval, copied from a web page):
 * written as PDF, each tab advances to the next default stop, two characters apart from the block's
 * left edge as the {@code .docx} writer sets them, and nothing of the rows is lost.
 */
class TabbedTextPdfTest {
    private static final double MM = 72 / 25.4;

    @Test
    void lays_out_tab_separated_rows_on_the_default_tab_stops_and_keeps_every_field() throws Exception {
        // GIVEN the approval read from its text, as gongwen format reads it
        String text = Files.readString(io.gongwen.testing.Repository.corpus().resolve("21-approval.txt"));
        OfficialDocument doc = DraftReader.standard().read(TextChecker.applySafeFixes(text)).document();
        FontResolver fonts = StandInFonts.resolver();

        // WHEN it is laid out and written as PDF
        List<Page> pages = DocumentLayout.layOut(doc, fonts).pages();
        byte[] pdf = PdfWriter.toBytes(doc, fonts);

        // THEN the row "1	15172.500	103655.000" has its fields on stops 31.5 pt apart from the block's edge
        double left = 28 * MM;
        double stop = 2 * 15.75; // the .docx writer's w:defaultTabStop: two body characters (630 twips)
        Line row = pages.stream().flatMap(p -> p.lines().stream()).filter(l -> l.text().contains("15172.500"))
                .findFirst().orElseThrow();
        double x = -1;
        for (Run r : row.runs()) {
            int at = r.text().indexOf("15172.500");
            if (at >= 0) {
                x = r.x(at);
            }
        }
        assertThat((x - left) / stop).isCloseTo(Math.rint((x - left) / stop), within(1e-6));
        assertThat(row.text()).doesNotContain("\t");
        // and every field of every row is in the PDF's text, in order
        try (PDDocument d = Loader.loadPDF(pdf)) {
            // (white space aside: a long row wraps, and the page numbers fall between pages)
            String extracted = new PDFTextStripper().getText(d).replaceAll("\\s+", "").replaceAll("—\\d+—", "");
            int rows = 0;
            for (String line : text.split("\n")) {
                if (line.contains("\t")) {
                    assertThat(extracted).contains(line.replaceAll("\\s+", ""));
                    rows++;
                }
            }
            assertThat(rows).isGreaterThan(80);
        }
    }
}
