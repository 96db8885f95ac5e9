package io.gongwen.pdf;

import io.gongwen.layout.FontResolver;
import io.gongwen.layout.StandInFonts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body paragraph's raised and lowered runs in our own PDF, measured from the file: 10⁴'s 4 and
 * CO₂'s 2 on baselines of their own above and below the line's, in a smaller size, so that the page
 * reads 10⁴ and CO₂, not 104 and CO2.
 */
class BodyEmphasisPdfTest {
    private static byte[] pdf;

    @BeforeAll
    static void write() throws IOException {
        FontResolver fonts = StandInFonts.resolver();
        pdf = PdfWriter.toBytes(io.gongwen.layout.BodyEmphasisLayoutTest.report(), fonts);
        Path out = Path.of("target", "body-emphasis.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
    }

    @Test
    void the_exponent_is_raised_and_the_index_lowered_in_a_smaller_size() throws IOException {
        List<PdfMeasure.Line> lines = PdfMeasure.read(pdf, 37 + 225).get(0).text();

        PdfMeasure.Line line = lines.stream().filter(l -> l.text().startsWith("一是")).findFirst().orElseThrow();
        List<PdfMeasure.Glyph> glyphs = lines.stream().flatMap(l -> l.glyphs().stream()).toList();
        PdfMeasure.Glyph zero = line.glyphs().stream().filter(g -> g.text().equals("0")).findFirst().orElseThrow();
        PdfMeasure.Glyph four = glyphs.stream().filter(g -> g.text().equals("4") && Math.abs(g.left() - zero.right()) < 0.5)
                .findFirst().orElseThrow();
        assertThat(four.baseline()).as("10⁴: raised").isLessThan(line.baseline() - 1);
        // (millimetres from the page's top: less is higher)
        PdfMeasure.Glyph o = line.glyphs().stream().filter(g -> g.text().equals("O")).findFirst().orElseThrow();
        PdfMeasure.Glyph two = glyphs.stream().filter(g -> g.text().equals("2") && Math.abs(g.left() - o.right()) < 0.5)
                .findFirst().orElseThrow();
        assertThat(two.baseline()).as("CO₂: lowered").isGreaterThan(line.baseline() + 0.5);
        assertThat(four.sizePt()).isLessThan(zero.sizePt());
        assertThat(two.sizePt()).isLessThan(o.sizePt());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("一是");
        }
    }
}
