package io.gongwen.ofd;

import io.gongwen.layout.FontResolver;
import io.gongwen.layout.ItalicLayoutTest;
import io.gongwen.layout.StandInFonts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Italic in our own OFD, read back from the page XML ({@link OfdPackage}): the TextObject of each
 * italic CJK stretch (body paragraph, run-in text, table cell, footnote) carries a CTM that shears
 * its space about the baseline by tan 15° ({@code 1 0 -0.268 1 0 y}: the baseline at the space's
 * y = 0, moved down onto the line) and a Boundary wide enough for
 * the slanted glyphs, and {@code Italic="true"} (for the readers that slant by the attribute and not
 * by a CTM); the upright objects carry neither; the Latin italic is drawn in Liberation Serif
 * Italic, declared {@code Italic="true"} in PublicRes, its TextObject unmarked (its glyphs slant
 * already). Every glyph stays on the place the upright document gives it. The
 * package is left in {@code target/italic.ofd}, and drawn as a PDF from its XML ({@link OfdToPdf}) in
 * {@code target/ofd-pages/italic.png}, to be looked at.
 */
class ItalicOfdTest {
    private static final double SLANT = 0.268;
    private static FontResolver fonts;
    private static OfdPackage italic;
    private static OfdPackage upright;

    @BeforeAll
    static void write() throws Exception {
        fonts = StandInFonts.resolver();
        byte[] written = OfdWriter.toBytes(ItalicLayoutTest.report(true), fonts);
        Files.write(Files.createDirectories(Path.of("target")).resolve("italic.ofd"), written);
        italic = new OfdPackage(written);
        upright = new OfdPackage(OfdWriter.toBytes(ItalicLayoutTest.report(false), fonts));
    }

    private static OfdPackage.TextObject object(OfdPackage ofd, String text) {
        return ofd.pages.stream().flatMap(p -> p.texts().stream()).filter(t -> t.text().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no TextObject " + text));
    }

    @Test
    void an_italic_cjk_text_object_is_sheared_by_its_ctm_and_an_upright_one_has_none() {
        for (String slanted : new String[] {"完整", "全面", "坚持节约优先", "按期完成", "《节能减排实施方案》"}) {
            double[] ctm = object(italic, slanted).ctm();
            // no horizontal translation, which ofdrw's iText converter would add to every DeltaX
            assertThat(ctm).as(slanted).containsExactly(new double[] {1, 0, -SLANT, 1, 0, ctm[5]}, within(1e-9));
            // the baseline is the object's y = 0, moved down onto the line's: the shear leaves it in place
            OfdPackage.Glyph first = italic.pages.get(0).glyphs().stream().filter(g -> g.object() == object(italic, slanted))
                    .findFirst().orElseThrow();
            OfdPackage.Glyph uprightFirst = upright.pages.get(0).glyphs().get(italic.pages.get(0).glyphs().indexOf(first));
            assertThat(ctm[5]).as(slanted).isCloseTo(first.y() - object(italic, slanted).boundary()[1], within(0.002));
            assertThat(first.y()).isCloseTo(uprightFirst.y(), within(0.002));
            assertThat(first.x()).isCloseTo(uprightFirst.x(), within(0.002));
        }
        for (String plain : new String[] {"各地区", "，保护环境", "县财政局", "任务", "见", "参考"}) {
            assertThat(object(italic, plain).ctm()).as(plain).containsExactly(1, 0, 0, 1, 0, 0);
        }
        long sheared = italic.pages.stream().flatMap(p -> p.texts().stream()).filter(t -> t.ctm()[2] != 0).count();
        assertThat(sheared).as("the body's stretch on two lines, the run-in text's, the cell's, the note's").isEqualTo(5);
    }

    @Test
    void a_slanted_objects_boundary_holds_its_glyphs_leaning_right() {
        for (String slanted : new String[] {"完整", "坚持节约优先", "按期完成"}) {
            OfdPackage.TextObject t = object(italic, slanted);
            List<OfdPackage.Glyph> glyphs = italic.pages.get(0).glyphs().stream().filter(g -> g.object() == t).toList();
            double[] b = t.boundary();
            double baseline = glyphs.get(0).y();
            OfdPackage.Glyph last = glyphs.get(glyphs.size() - 1);
            // the last character's em box, its top moved right by the slant; the first's foot moved left
            assertThat(b[0] + b[2]).as(slanted).isGreaterThanOrEqualTo(last.x() + t.size() + SLANT * (baseline - b[1]) - 0.01);
            assertThat(b[0]).as(slanted).isLessThanOrEqualTo(glyphs.get(0).x() - SLANT * (b[1] + b[3] - baseline) + 0.01);
        }
    }

    @Test
    void the_latin_italic_is_drawn_in_the_italic_face_declared_italic_and_its_text_object_unmarked() throws Exception {
        OfdPackage.TextObject latin = object(italic, "Green");
        OfdPackage.Font face = italic.fonts.get(latin.font());

        assertThat(face.fontName()).isEqualTo("LiberationSerif-Italic");
        assertThat(latin.ctm()).as("an italic face is not slanted again").containsExactly(1, 0, 0, 1, 0, 0);
        String res = new String(italic.entries.get(italic.documentDir + "PublicRes.xml"), StandardCharsets.UTF_8);
        assertThat(res).contains("FontName=\"LiberationSerif-Italic\" FamilyName=\"Liberation Serif\" Italic=\"true\"");
        assertThat(res.split("Italic=\"true\"", -1)).as("only the italic face").hasSize(2);
        assertThat(markedItalic(italic)).as("the slanted objects only").isNotEmpty().noneMatch(t -> t.contains("Green"));
    }

    @Test
    void the_slanted_text_objects_and_only_they_are_marked_italic() throws Exception {
        List<String> marked = markedItalic(italic);

        assertThat(marked).hasSize(5).allSatisfy(text -> assertThat(object(italic, text).ctm()[2]).isEqualTo(-SLANT));
        assertThat(marked).anyMatch(t -> t.startsWith("坚持节约优先")).anyMatch(t -> t.startsWith("按期完成"))
                .anyMatch(t -> t.startsWith("《节能减排实施方案》"));
        assertThat(markedItalic(upright)).isEmpty();
    }

    /** The text of every TextObject with {@code Italic="true"}, read from the page XML. */
    private static List<String> markedItalic(OfdPackage ofd) throws Exception {
        List<String> marked = new java.util.ArrayList<>();
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        for (OfdPackage.Page p : ofd.pages) {
            org.w3c.dom.NodeList texts = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(ofd.entries.get(p.path())))
                    .getElementsByTagNameNS(OfdPackage.NS, "TextObject");
            for (int i = 0; i < texts.getLength(); i++) {
                org.w3c.dom.Element t = (org.w3c.dom.Element) texts.item(i);
                if (t.hasAttribute("Italic")) {
                    assertThat(t.getAttribute("Italic")).isEqualTo("true");
                    marked.add(t.getTextContent().strip());
                }
            }
        }
        return marked;
    }

    @Test
    void every_glyph_stands_where_the_upright_document_has_it() throws Exception {
        List<OfdPackage.Glyph> a = italic.pages.get(0).glyphs();
        List<OfdPackage.Glyph> b = upright.pages.get(0).glyphs();
        assertThat(a).hasSameSizeAs(b);
        double latinLine = a.stream().filter(g -> g.object().text().startsWith("Green")).findFirst().orElseThrow().y();
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).codePoint()).isEqualTo(b.get(i).codePoint());
            assertThat(a.get(i).y()).isCloseTo(b.get(i).y(), within(0.002));
            if (a.get(i).y() != latinLine) {
                // (the Latin italic face's own advances move the rest of its line)
                assertThat(a.get(i).x()).as(Character.toString(a.get(i).codePoint())).isCloseTo(b.get(i).x(), within(0.002));
            }
        }
        byte[] pdf = OfdToPdf.render(italic);
        Path pages = Files.createDirectories(Path.of("target", "ofd-pages"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 110), "png", pages.resolve("italic.png").toFile());
        }
    }
}
