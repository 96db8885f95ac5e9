package io.gongwen.pdf;

import io.gongwen.testing.DrawnImages;
import io.gongwen.OfficialDocument;
import io.gongwen.Seal;
import io.gongwen.layout.DocumentLayout;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.Picture;
import io.gongwen.layout.StandInFonts;
import io.gongwen.samples.SampleSeal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Seals and pictures in the PDF: the image drawn is the seal's own pixels, transparency included
 * (decoded from the PDF and from the seal's PNG and compared pixel by pixel), a JPEG's own bytes,
 * where the layout put it, embedded once however often it is drawn, and the same document gives the
 * same bytes.
 */
class PicturePdfTest {
    private static FontResolver fonts;

    @BeforeAll
    static void fonts() {
        fonts = StandInFonts.resolver();
    }

    private static OfficialDocument sealed(Seal seal, String... issuers) {
        OfficialDocument.Builder b = OfficialDocument.builder().title("关于春节值班的通知").paragraph("现将有关事项通知如下。");
        for (String issuer : issuers) {
            b.signature(issuer, seal);
        }
        return b.date(LocalDate.of(2021, 2, 26)).build();
    }

    @Test
    void draws_the_seals_own_pixels_with_their_transparency() throws Exception {
        Seal seal = SampleSeal.round("某某县人民政府办公室");
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(sealed(seal, "某某县人民政府办公室"), fonts))) {
            List<PDImageXObject> images = images(pdf.getPage(0));
            assertThat(images).hasSize(1);
            PDImageXObject image = images.get(0);
            assertThat(image.getCOSObject().getCOSName(COSName.FILTER)).isEqualTo(COSName.FLATE_DECODE);
            assertThat(image.getSoftMask()).as("the transparency, as a soft mask").isNotNull();
            BufferedImage ours = image.getImage();
            BufferedImage theirs = ImageIO.read(new ByteArrayInputStream(seal.png()));
            assertThat(ours.getWidth()).isEqualTo(theirs.getWidth()).isEqualTo(seal.pixelWidth());
            assertThat(ours.getHeight()).isEqualTo(theirs.getHeight());
            int transparent = 0;
            for (int y = 0; y < theirs.getHeight(); y++) {
                for (int x = 0; x < theirs.getWidth(); x++) {
                    int want = theirs.getRGB(x, y);
                    int got = ours.getRGB(x, y);
                    assertThat(got >>> 24).as("alpha at %d,%d", x, y).isEqualTo(want >>> 24);
                    if (want >>> 24 != 0) {
                        assertThat(got & 0xFFFFFF).as("colour at %d,%d", x, y).isEqualTo(want & 0xFFFFFF);
                    } else {
                        transparent++;
                    }
                }
            }
            assertThat(transparent).as("a seal is mostly transparent").isGreaterThan(theirs.getWidth() * theirs.getHeight() / 4);
        }
    }

    @Test
    void draws_each_seal_where_the_layout_put_it_and_embeds_a_seal_used_twice_once() throws Exception {
        Seal seal = SampleSeal.round("某某县");
        OfficialDocument doc = sealed(seal, "某某县人民政府", "某某县财政局");
        List<Picture> laidOut = DocumentLayout.layOut(doc, fonts).pages().get(0).pictures();
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(doc, fonts))) {
            PDPage page = pdf.getPage(0);
            List<double[]> boxes = DrawnImages.on(page).stream()
                    .map(d -> new double[] {d.xPt(), d.yPt(), d.widthPt(), d.heightPt()}).toList();
            assertThat(boxes).hasSize(2);
            float height = page.getMediaBox().getHeight();
            for (int i = 0; i < 2; i++) {
                Picture p = laidOut.get(i);
                double[] box = boxes.get(i);
                assertThat(box[0]).isCloseTo(p.xPt(), within(0.01));
                assertThat(height - box[1] - box[3]).isCloseTo(p.yPt(), within(0.01));
                assertThat(box[2]).isCloseTo(p.widthPt(), within(0.01));
                assertThat(box[3]).isCloseTo(p.heightPt(), within(0.01));
            }
            assertThat(images(page)).as("one image object for both").hasSize(1);
        }
    }

    @Test
    void the_same_sealed_document_gives_the_same_bytes() {
        OfficialDocument doc = sealed(SampleSeal.round("某某县人民政府"), "某某县人民政府");
        assertThat(PdfWriter.toBytes(doc, fonts)).isEqualTo(PdfWriter.toBytes(doc, fonts));
    }

    @Test
    void embeds_a_jpeg_picture_as_it_is_and_a_png_picture_pixel_for_pixel() throws Exception {
        BufferedImage photo = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = photo.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.ORANGE, 320, 200, java.awt.Color.BLUE));
        g.fillRect(0, 0, 320, 200);
        g.dispose();
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        ImageIO.write(photo, "jpeg", jpeg);
        byte[] png = io.gongwen.layout.SamplePictures.png(300, 120);
        OfficialDocument doc = OfficialDocument.builder().title("关于图片的报告").paragraph("照片如下：")
                .image(io.gongwen.Image.of(jpeg.toByteArray(), io.gongwen.Length.mm(80), io.gongwen.Length.mm(50)))
                .paragraph("图表如下：")
                .image(io.gongwen.Image.of(png, io.gongwen.Length.mm(100), io.gongwen.Length.mm(40))).build();
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(doc, fonts))) {
            List<PDImageXObject> images = images(pdf.getPage(0));
            assertThat(images).hasSize(2);
            PDImageXObject dct = images.stream().filter(i -> COSName.DCT_DECODE.equals(
                    i.getCOSObject().getCOSName(COSName.FILTER))).findFirst().orElseThrow();
            try (var raw = dct.getCOSObject().createRawInputStream()) {
                assertThat(raw.readAllBytes()).isEqualTo(jpeg.toByteArray());
            }
            PDImageXObject flate = images.stream().filter(i -> i != dct).findFirst().orElseThrow();
            BufferedImage want = ImageIO.read(new ByteArrayInputStream(png));
            BufferedImage got = flate.getImage();
            for (int y = 0; y < want.getHeight(); y += 7) {
                for (int x = 0; x < want.getWidth(); x += 7) {
                    assertThat(got.getRGB(x, y)).isEqualTo(want.getRGB(x, y));
                }
            }
            // the text around them, in order
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s", ""))
                    .isEqualTo("关于图片的报告照片如下：图表如下：—1—");
        }
    }

    @Test
    void draws_a_picture_of_an_issued_documents_body_on_that_documents_page_at_its_size() throws Exception {
        byte[] png = io.gongwen.layout.SamplePictures.png(300, 120);
        OfficialDocument doc = OfficialDocument.builder().title("关于印发道路改造实施方案的通知")
                .paragraph("现将《道路改造实施方案》印发给你们，请认真贯彻执行。")
                .signature("某县人民政府办公室").date(LocalDate.of(2024, 3, 1))
                .issued("道路改造实施方案", d -> d.paragraph("改造路段分布见下图。")
                        .image(io.gongwen.Image.of(png, io.gongwen.Length.mm(100), io.gongwen.Length.mm(40)))
                        .paragraph("各有关单位要确保工程按期完成。"))
                .build();
        List<Picture> laidOut = DocumentLayout.layOut(doc, fonts).pages().get(1).pictures();
        assertThat(laidOut).hasSize(1);
        assertThat(laidOut.get(0).widthPt()).isCloseTo(io.gongwen.Length.mm(100).points(), within(0.01));
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(doc, fonts))) {
            assertThat(DrawnImages.on(pdf.getPage(0))).isEmpty();
            assertThat(DrawnImages.on(pdf.getPage(1))).hasSize(1);
            assertThat(DrawnImages.on(pdf.getPage(1)).get(0).heightPt()).isCloseTo(io.gongwen.Length.mm(40).points(), within(0.01));
        }
    }

    private static List<PDImageXObject> images(PDPage page) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images;
    }
}
