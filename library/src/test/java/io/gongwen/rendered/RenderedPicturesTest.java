package io.gongwen.rendered;

import io.gongwen.rendered.RenderedPdf.Line;
import io.gongwen.rendered.RenderedPdf.Page;
import io.gongwen.testing.DrawnImages;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import io.gongwen.text.DocxReader;
import io.gongwen.text.PicturesFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A 工作报告 with a chart and a wide photograph, reformatted and rendered by LibreOffice: both are
 * drawn, the chart at its own size and the photograph at the text block's width, and the body's lines
 * around them stay on the line grid.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedPicturesTest {
    private static Path dir;
    private static List<Page> pages;
    /** Per drawn image: page number, pixel width and height, drawn width and height in mm, top in mm. */
    private static final List<double[]> drawn = new ArrayList<>();

    @BeforeAll
    static void render() throws Exception {
        Path soffice = ExternalTools.soffice().orElse(null);
        if (soffice == null) {
            return;
        }
        dir = Files.createTempDirectory("gongwen-pictures");
        Path in = dir.resolve("in.docx");
        Files.write(in, PicturesFixtures.report());
        Path docx = dir.resolve("report.docx");
        DocxReader.standard().read(in).document().writeTo(docx);
        Path pdf = LibreOffice.toPdf(soffice, List.of(docx), dir).get(0);
        assertThat(pdf).as("LibreOffice did not convert the document").exists();
        pages = RenderedPdf.read(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                double pageHeight = page.getMediaBox().getHeight();
                double mm = RenderedPdf.MM_PER_PT;
                for (DrawnImages.Drawn d : DrawnImages.on(page)) {
                    drawn.add(new double[] {i + 1, d.pixelWidth(), d.pixelHeight(), d.widthPt() * mm, d.heightPt() * mm,
                            (pageHeight - d.yPt() - d.heightPt()) * mm});
                }
            }
        }
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    @Test
    void draws_the_chart_at_its_size_and_the_photo_at_the_text_width_with_their_pixels() {
        assertThat(drawn).hasSize(2);
        double[] chart = drawn.get(0);
        assertThat(chart[1]).isEqualTo(400);
        assertThat(chart[2]).isEqualTo(300);
        assertThat(chart[3]).isCloseTo(100, within(0.5));
        assertThat(chart[4]).isCloseTo(75, within(0.5));
        double[] photo = drawn.get(1);
        assertThat(photo[1]).isEqualTo(1200);
        assertThat(photo[2]).isEqualTo(200);
        assertThat(photo[3]).isCloseTo(156, within(0.5));
        assertThat(photo[4]).isCloseTo(26, within(0.5));
    }

    @Test
    void the_body_lines_around_the_pictures_stay_on_the_line_grid() {
        List<Line> body = TextBlock.body(pages.get(0)).stream().filter(l -> l.sizePt() == 16).toList();
        assertThat(body).hasSizeGreaterThan(2);
        double first = body.get(0).baseline();
        for (Line line : body) {
            double rows = (line.baseline() - first) / TextBlock.PITCH_MM;
            assertThat(rows).as("line %s", line.text()).isCloseTo(Math.round(rows), within(0.05));
        }
        // the text after the chart starts below it, on the next grid line
        assertThat(body.stream().filter(l -> l.text().startsWith("重点项目")).findFirst().orElseThrow().baseline())
                .isGreaterThan(drawn.get(0)[5] + drawn.get(0)[4]);
    }
}
