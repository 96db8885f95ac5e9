package io.gongwen.ofd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongwen.OfficialDocument;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.NotedDocuments;
import io.gongwen.layout.StandInFonts;
import io.gongwen.pdf.PdfTestText;
import io.gongwen.pdf.PdfWriter;
import io.gongwen.samples.WriteSamples;
import io.gongwen.testing.ExternalTools;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An independent check of the OFD's geometry: each package is read back from its XML
 * ({@link OfdPackage}), drawn as a PDF by {@link OfdToPdf} and measured against GB/T 9704-2012 by
 * {@code ../shared/tools/docx-layout}, which gives it the verdicts it gives the PDF gongwen4j writes
 * of the same document, and finds every line at the same place to 0.02 mm. Page images of both go to {@code target/ofd-pages/} to be
 * looked at.
 */
@Tag("rendered")
class OfdRenderedTest {
    private static final String MISSING = "../shared/tools/docx-layout (and pdftotext) are not found, so the OFD's pages"
            + " are not measured; set DOCX_LAYOUT to the script or run from a checkout beside ../shared";

    @Test
    void the_ofd_drawn_from_its_xml_measures_as_the_pdf_of_the_same_document(@TempDir Path dir) throws Exception {
        Path tool = ExternalTools.require(docxLayout(), MISSING);
        FontResolver fonts = StandInFonts.resolver();
        Map<String, OfficialDocument> documents = new LinkedHashMap<>();
        for (String name : PdfTestText.laidOutSamples()) {
            documents.put(name.replace(".docx", ""), WriteSamples.SAMPLES.get(name).get());
        }
        documents.put("portrait-table", PdfTestText.portraitTable());
        documents.put("landscape-table", PdfTestText.landscapeTable());
        documents.put("noted-report", NotedDocuments.report().document());
        Path pages = Files.createDirectories(Path.of("target", "ofd-pages"));
        int passing = 0;
        for (var e : documents.entrySet()) {
            byte[] ofd = OfdWriter.toBytes(e.getValue(), fonts);
            Path fromOfd = Files.write(dir.resolve(e.getKey() + "-ofd.pdf"), OfdToPdf.render(new OfdPackage(ofd)));
            Path pdf = Files.write(dir.resolve(e.getKey() + ".pdf"), PdfWriter.toBytes(e.getValue(), fonts));
            JsonNode theirs = measure(tool, pdf, dir);
            JsonNode ours = measure(tool, fromOfd, dir);

            assertThat(verdict(ours)).as("%s: verdict of the OFD", e.getKey()).isEqualTo(verdict(theirs));
            if (theirs.get("pass").asBoolean()) {
                passing++;
            }
            assertThat(ours.get("warnings").toString()).as(e.getKey()).isEqualTo(theirs.get("warnings").toString());
            assertSameLines(e.getKey(), theirs.get("pages"), ours.get("pages"));
            picture(fromOfd, pages.resolve(e.getKey() + "-ofd"));
            picture(pdf, pages.resolve(e.getKey() + "-pdf"));
            assertSamePixels(e.getKey(), pdf, fromOfd);
            System.out.println(e.getKey() + ": " + verdict(ours).get(0));
        }
        // the three samples without a head block and the report with notes; the red mark's page is not
        // the body's grid (13/16 for both)
        assertThat(passing).as("documents whose PDF and OFD measure 16/16").isEqualTo(4);
    }

    private static JsonNode measure(Path tool, Path pdf, Path dir) throws Exception {
        ExternalTools.Result r = ExternalTools.run(List.of(tool.toString(), pdf.toString(), "--json"), dir, 120);
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        return new ObjectMapper().readTree(r.stdout());
    }

    /** Each check's name and whether it passed, and "PASS (16/16 checks)" as the tool prints it. */
    private static List<String> verdict(JsonNode report) {
        List<String> out = new ArrayList<>();
        int checks = 0;
        int ok = 0;
        for (JsonNode c : report.get("verdict")) {
            out.add((c.get("ok").asBoolean() ? "ok " : "FAIL ") + c.get("check").asText());
            if (!c.path("info").asBoolean()) {
                checks++;
                ok += c.get("ok").asBoolean() ? 1 : 0;
            }
        }
        out.add(0, (report.get("pass").asBoolean() ? "PASS" : "FAIL") + " (" + ok + "/" + checks + " checks)");
        return out;
    }

    /**
     * Every page the same size and every line the tool finds at the same place, with the same text,
     * size and fonts: to 0.02 mm (the OFD keeps 0.001 mm, the tool reports 0.01).
     */
    private static void assertSameLines(String name, JsonNode expected, JsonNode actual) {
        assertThat(actual.size()).as("%s: pages", name).isEqualTo(expected.size());
        for (int p = 0; p < expected.size(); p++) {
            JsonNode a = actual.get(p);
            JsonNode b = expected.get(p);
            String page = name + " page " + (p + 1);
            assertThat(a.get("width_mm").asDouble()).as(page).isCloseTo(b.get("width_mm").asDouble(), within(0.02));
            assertThat(a.get("height_mm").asDouble()).as(page).isCloseTo(b.get("height_mm").asDouble(), within(0.02));
            assertThat(a.get("lines").size()).as("%s: lines", page).isEqualTo(b.get("lines").size()).isPositive();
            for (int i = 0; i < b.get("lines").size(); i++) {
                JsonNode la = a.get("lines").get(i);
                JsonNode lb = b.get("lines").get(i);
                String line = page + ": " + lb.get("text").asText();
                assertThat(la.get("text").asText()).as(page).isEqualTo(lb.get("text").asText());
                assertThat(la.get("fonts").toString()).as(line).isEqualTo(lb.get("fonts").toString());
                assertThat(la.get("full").asBoolean()).as(line).isEqualTo(lb.get("full").asBoolean());
                for (String field : List.of("x0_mm", "x1_mm", "baseline_mm", "size_pt")) {
                    assertThat(la.get(field).asDouble()).as("%s %s", line, field).isCloseTo(lb.get(field).asDouble(), within(0.021));
                }
            }
        }
    }

    /**
     * The pages look the same: rendered at 72 dpi, at most 0.5 % of the pixels differ by more than a
     * little (anti-aliasing), and the red of a seal is where the PDF has it: the OFD's page has at
     * least 95 % of the PDF's strongly red pixels and at most 105 %.
     */
    private static void assertSamePixels(String name, Path pdf, Path fromOfd) throws Exception {
        try (PDDocument a = Loader.loadPDF(pdf.toFile()); PDDocument b = Loader.loadPDF(fromOfd.toFile())) {
            for (int p = 0; p < a.getNumberOfPages(); p++) {
                java.awt.image.BufferedImage want = new PDFRenderer(a).renderImageWithDPI(p, 72);
                java.awt.image.BufferedImage got = new PDFRenderer(b).renderImageWithDPI(p, 72);
                assertThat(got.getWidth()).isEqualTo(want.getWidth());
                assertThat(got.getHeight()).isEqualTo(want.getHeight());
                long differing = 0;
                long redWant = 0;
                long redGot = 0;
                for (int y = 0; y < want.getHeight(); y++) {
                    for (int x = 0; x < want.getWidth(); x++) {
                        int w = want.getRGB(x, y);
                        int g = got.getRGB(x, y);
                        int d = Math.max(Math.abs((w >> 16 & 0xFF) - (g >> 16 & 0xFF)), Math.max(
                                Math.abs((w >> 8 & 0xFF) - (g >> 8 & 0xFF)), Math.abs((w & 0xFF) - (g & 0xFF))));
                        if (d > 64) {
                            differing++;
                        }
                        redWant += red(w) ? 1 : 0;
                        redGot += red(g) ? 1 : 0;
                    }
                }
                String page = name + " page " + (p + 1);
                assertThat(differing).as("%s: pixels that differ", page).isLessThan((long) want.getWidth() * want.getHeight() / 200);
                assertThat(redGot).as("%s: red pixels", page).isBetween(redWant * 95 / 100, redWant * 105 / 100);
            }
        }
    }

    private static boolean red(int rgb) {
        return (rgb >> 16 & 0xFF) > 180 && (rgb >> 8 & 0xFF) < 90 && (rgb & 0xFF) < 90;
    }

    private static void picture(Path pdf, Path prefix) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < Math.min(2, doc.getNumberOfPages()); p++) {
                ImageIO.write(renderer.renderImageWithDPI(p, 60), "png", prefix.resolveSibling(prefix.getFileName() + "-" + (p + 1) + ".png").toFile());
            }
        }
    }

    /** The measuring script: DOCX_LAYOUT, or shared/tools/docx-layout beside a folder above this one. */
    private static Optional<Path> docxLayout() {
        if (!Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
            return Optional.empty();
        }
        String explicit = System.getenv("DOCX_LAYOUT");
        if (explicit != null) {
            return Optional.of(Path.of(explicit)).filter(Files::isExecutable);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path script = d.resolve("shared/tools/docx-layout");
            if (Files.isExecutable(script)) {
                return Optional.of(script);
            }
        }
        return Optional.empty();
    }
}
