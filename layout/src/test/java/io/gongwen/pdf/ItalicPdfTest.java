package io.gongwen.pdf;

import io.gongwen.layout.FontResolver;
import io.gongwen.layout.ItalicLayoutTest;
import io.gongwen.layout.StandInFonts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Italic in our own PDF, read back from the file's text matrices: the CJK characters of the body
 * paragraph's, the run-in text's, the table cell's and the footnote's italic stretches are drawn
 * with the text matrix sheared by tan 15° (c = 0.268 of the size, as LibreOffice's
 * {@code 1 0 0.2679491924 1 x y Tm}), the Latin italic in Liberation Serif Italic unsheared, and
 * every other glyph upright; the lines hold the same characters at the same places as the upright
 * document's.
 */
class ItalicPdfTest {
    private static FontResolver fonts;
    private static byte[] italic;
    private static byte[] upright;

    @BeforeAll
    static void write() throws IOException {
        fonts = StandInFonts.resolver();
        italic = PdfWriter.toBytes(ItalicLayoutTest.report(true), fonts);
        upright = PdfWriter.toBytes(ItalicLayoutTest.report(false), fonts);
        Path out = Path.of("target", "italic.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, italic);
    }

    /** A glyph as drawn: its text, its font's name, its shear (the text matrix's c over d) and its left edge in pt. */
    record Drawn(String text, String font, double shear, double x, double y) {
    }

    static List<Drawn> drawn(byte[] pdf) throws IOException {
        List<Drawn> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    Matrix m = text.getTextMatrix();
                    glyphs.add(new Drawn(text.getUnicode(), text.getFont().getName(),
                            m.getValue(1, 0) / m.getValue(1, 1), text.getXDirAdj(), text.getYDirAdj()));
                }
            };
            stripper.getText(doc);
        }
        return glyphs;
    }

    /** The glyphs of the first place {@code text} is drawn, in order. */
    private static List<Drawn> find(List<Drawn> glyphs, String text) {
        int n = text.codePointCount(0, text.length());
        for (int i = 0; i + n <= glyphs.size(); i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < n; k++) {
                b.append(glyphs.get(i + k).text());
            }
            if (b.toString().equals(text)) {
                return glyphs.subList(i, i + n);
            }
        }
        throw new AssertionError("not drawn: " + text);
    }

    @Test
    void the_italic_cjk_glyphs_are_drawn_sheared_by_tan_15_degrees_and_the_upright_ones_not() throws IOException {
        List<Drawn> glyphs = drawn(italic);

        // the body's stretch on both sides of its line break, the run-in text's, the cell's, the note's
        for (String slanted : new String[] {"完整", "准确、全面", "坚持节约优先", "按期完成", "《节能减排实施方案》"}) {
            assertThat(find(glyphs, slanted)).as(slanted).allSatisfy(g ->
                    assertThat(g.shear()).as(slanted).isCloseTo(Math.tan(Math.toRadians(15)), within(1e-4)));
        }
        for (String plain : new String[] {"各地区", "落到实处", "保护环境", "县财政局", "任务", "项目", "关于2020年", "一书"}) {
            assertThat(find(glyphs, plain)).as(plain).allSatisfy(g -> assertThat(g.shear()).as(plain).isZero());
        }
        assertThat(glyphs.stream().filter(g -> g.shear() != 0).count()).as("only the italic stretches")
                .isEqualTo(20 + 6 + 4 + 10);
    }

    @Test
    void the_italic_latin_name_is_drawn_in_the_italic_face_unsheared() throws IOException {
        List<Drawn> glyphs = drawn(italic);

        assertThat(find(glyphs, "Green")).allSatisfy(g -> {
            assertThat(g.font()).endsWith("+LiberationSerif-Italic");
            assertThat(g.shear()).isZero();
        });
        assertThat(find(glyphs, "参考").get(0).font()).doesNotContain("Italic");
        assertThat(drawn(upright).stream().filter(g -> g.font().contains("Italic"))).isEmpty();
    }

    @Test
    void the_lines_hold_the_same_characters_at_the_same_places_as_upright() throws IOException {
        List<PdfMeasure.Line> slanted = PdfMeasure.read(italic, 37 + 225).stream().flatMap(p -> p.text().stream()).toList();
        List<PdfMeasure.Line> plain = PdfMeasure.read(upright, 37 + 225).stream().flatMap(p -> p.text().stream()).toList();

        assertThat(slanted).extracting(PdfMeasure.Line::text).isEqualTo(plain.stream().map(PdfMeasure.Line::text).toList());
        List<Drawn> a = drawn(italic);
        List<Drawn> b = drawn(upright);
        assertThat(a).hasSameSizeAs(b);
        double latinLine = find(a, "Green").get(0).y();
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).y() == latinLine) {
                continue; // the italic face's own advances move the rest of its line
            }
            assertThat(a.get(i).x()).as("%s at %d", a.get(i).text(), i).isCloseTo(b.get(i).x(), within(0.01));
            assertThat(a.get(i).y()).as("%s at %d", a.get(i).text(), i).isCloseTo(b.get(i).y(), within(0.01));
        }
    }
}
