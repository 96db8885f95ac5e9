package io.gongwen.rendered;

import io.gongwen.rendered.RenderedPdf.Line;
import io.gongwen.rendered.RenderedPdf.Page;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import io.gongwen.text.DocxReader;
import io.gongwen.text.PicturesFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.awt.geom.Point2D;
import java.io.IOException;
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
                new Images(doc.getPage(i), i + 1).processPage(doc.getPage(i));
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

    /** Records each image drawn on a page with the size the transformation matrix gives it. */
    private static final class Images extends PDFGraphicsStreamEngine {
        private final int number;
        private final double pageHeight;

        Images(PDPage page, int number) {
            super(page);
            this.number = number;
            this.pageHeight = page.getMediaBox().getHeight();
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            double mm = RenderedPdf.MM_PER_PT;
            double top = (pageHeight - ctm.getTranslateY() - ctm.getScalingFactorY()) * mm;
            drawn.add(new double[] {number, image.getWidth(), image.getHeight(), ctm.getScalingFactorX() * mm,
                    ctm.getScalingFactorY() * mm, top});
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) throws IOException {
        }
    }
}
