package io.gongwen.pdf;

import io.gongwen.Length;
import io.gongwen.OfficialDocument;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.SamplePictures;
import io.gongwen.layout.StandInFonts;
import io.gongwen.samples.WriteSamples;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Pictures where LibreOffice puts them for the {@code .docx} of the same document: the ink of the
 * seal (red) and of a picture of the body (blue) found on both renderings, its box compared. Both
 * PDFs are rendered by PDFBox at 200 dpi, so a pixel is 0.13 mm.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class PicturePlacementTest {
    private static final float DPI = 200;
    private static final double MM = DPI / 25.4;

    @Test
    void puts_the_seal_where_libreoffice_puts_it_for_the_docx(@TempDir Path dir) throws Exception {
        FontResolver fonts = StandInFonts.resolver();
        Path soffice = ExternalTools.soffice().orElseThrow();
        String name = "county-notice-full-head.docx";
        Path theirs = LibreOffice.samplesToPdf(soffice, List.of(name), dir).get(0);
        byte[] ours = PdfWriter.toBytes(WriteSamples.SAMPLES.get(name).get(), fonts);
        // the seal's red, not the mark's and rule's (page 1): page 2 holds the signature
        IntPredicate red = rgb -> (rgb >> 16 & 0xFF) > 150 && (rgb >> 8 & 0xFF) < 100 && (rgb & 0xFF) < 100;
        assertSameBox(box(Loader.loadPDF(ours), 1, red), box(Loader.loadPDF(theirs.toFile()), 1, red));
    }

    @Test
    void puts_a_picture_of_the_body_where_libreoffice_puts_it_for_the_docx(@TempDir Path dir) throws Exception {
        FontResolver fonts = StandInFonts.resolver();
        Path soffice = ExternalTools.soffice().orElseThrow();
        OfficialDocument doc = OfficialDocument.builder().title("关于图片的报告").paragraph("全年收入情况如下图：")
                .image(io.gongwen.Image.of(SamplePictures.png(600, 250), Length.mm(120), Length.mm(50)))
                .paragraph("以上是全年收入情况。").build();
        Path docx = dir.resolve("picture.docx");
        doc.writeTo(docx);
        Path theirs = LibreOffice.toPdf(soffice, List.of(docx), dir).get(0);
        IntPredicate blue = rgb -> (rgb & 0xFF) > 150 && (rgb >> 16 & 0xFF) < 100;
        assertSameBox(box(Loader.loadPDF(PdfWriter.toBytes(doc, fonts)), 0, blue), box(Loader.loadPDF(theirs.toFile()), 0, blue));
    }

    @Test
    void puts_a_picture_of_an_attachment_where_libreoffice_puts_it_for_the_docx(@TempDir Path dir) throws Exception {
        FontResolver fonts = StandInFonts.resolver();
        Path soffice = ExternalTools.soffice().orElseThrow();
        OfficialDocument doc = OfficialDocument.builder().title("关于报送统计数据的通知").paragraph("现将统计数据报送如下。")
                .attachment("2023年主要经济指标", a -> a.paragraph("全年收入情况如下图：")
                        .image(io.gongwen.Image.of(SamplePictures.png(600, 250), Length.mm(120), Length.mm(50)))
                        .paragraph("以上是全年收入情况。"))
                .build();
        Path docx = dir.resolve("attachment.docx");
        doc.writeTo(docx);
        Path theirs = LibreOffice.toPdf(soffice, List.of(docx), dir).get(0);
        IntPredicate blue = rgb -> (rgb & 0xFF) > 150 && (rgb >> 16 & 0xFF) < 100;
        // the attachment's page, the second
        assertSameBox(box(Loader.loadPDF(PdfWriter.toBytes(doc, fonts)), 1, blue), box(Loader.loadPDF(theirs.toFile()), 1, blue));
    }

    private static void assertSameBox(double[] ours, double[] theirs) {
        assertThat(ours).as("found on our page").isNotNull();
        assertThat(theirs).as("found on LibreOffice's page").isNotNull();
        String[] edges = {"left", "right", "top", "bottom"};
        for (int i = 0; i < 4; i++) {
            assertThat(ours[i]).as("%s edge, mm", edges[i]).isCloseTo(theirs[i], within(0.5));
        }
    }

    /** The box of the pixels {@code ink} accepts on a page, in mm: left, right, top, bottom; null if none. */
    private static double[] box(PDDocument pdf, int page, IntPredicate ink) throws Exception {
        try (pdf) {
            BufferedImage img = new PDFRenderer(pdf).renderImageWithDPI(page, DPI);
            int left = Integer.MAX_VALUE;
            int right = -1;
            int top = Integer.MAX_VALUE;
            int bottom = -1;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    if (ink.test(img.getRGB(x, y))) {
                        left = Math.min(left, x);
                        right = Math.max(right, x);
                        top = Math.min(top, y);
                        bottom = Math.max(bottom, y);
                    }
                }
            }
            return right < 0 ? null : new double[] {left / MM, (right + 1) / MM, top / MM, (bottom + 1) / MM};
        }
    }
}
