package io.gongwen.text;

import io.gongwen.Block;
import io.gongwen.Image;
import io.gongwen.InvalidDocumentException;
import io.gongwen.Length;
import io.gongwen.OfficialDocument;
import io.gongwen.Specification;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pictures survive reformatting: read from a .docx made with raw POI, written centred, scaled to the text block. */
class PicturesTest {
    static final byte[] CHART = image("png", 400, 300);
    static final byte[] WIDE = image("jpeg", 1200, 200);

    @Test
    void a_chart_on_its_own_line_and_a_wide_photo_among_text_survive_reformatting(@TempDir Path dir) throws Exception {
        // GIVEN a 工作报告 with a chart 100 × 75 mm alone in its paragraph and a photo 300 × 50 mm after text
        Path in = dir.resolve("report.docx");
        Files.write(in, report(CHART, 100, 75, WIDE, 300, 50));
        // WHEN it is reformatted
        var draft = DocxReader.standard().read(in);
        Path out = dir.resolve("out.docx");
        draft.document().writeTo(out);
        // THEN the body holds both pictures where they stood, the photo after its paragraph's text, with a warning
        List<Image> images = new ArrayList<>();
        for (Block b : draft.document().body()) {
            if (b instanceof Image i) {
                images.add(i);
            }
        }
        assertThat(images).extracting(Image::format).containsExactly(Image.Format.PNG, Image.Format.JPEG);
        assertThat(draft.warnings()).extracting(DraftWarning::message)
                .anyMatch(m -> m.contains("stands among the paragraph's text"));
        // AND the written file has the same bytes, in centred paragraphs, scaled to the text width with proportions kept
        long textWidthEmu = Math.round(Specification.standard().textWidth().points() * 12_700);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out))) {
            List<XWPFPicture> pictures = new ArrayList<>();
            List<XWPFParagraph> holders = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    if (!r.getEmbeddedPictures().isEmpty()) {
                        pictures.addAll(r.getEmbeddedPictures());
                        holders.add(p);
                    }
                }
            }
            assertThat(pictures).hasSize(2);
            assertThat(pictures.get(0).getPictureData().getData()).isEqualTo(CHART);
            assertThat(pictures.get(1).getPictureData().getData()).isEqualTo(WIDE);
            assertThat(pictures.get(0).getPictureData().getPackagePart().getContentType()).isEqualTo("image/png");
            assertThat(pictures.get(1).getPictureData().getPackagePart().getContentType()).isEqualTo("image/jpeg");
            assertThat(holders).extracting(XWPFParagraph::getAlignment).containsOnly(ParagraphAlignment.CENTER);
            CTInline chart = doc.getDocument().getBody().getPArray(indexOf(doc, holders.get(0)))
                    .getRArray(0).getDrawingArray(0).getInlineArray(0);
            assertThat(chart.getExtent().getCx()).isCloseTo(Units.toEMU(Length.mm(100).points()), org.assertj.core.data.Offset.offset(635L));
            assertThat(chart.getExtent().getCy()).isCloseTo(Units.toEMU(Length.mm(75).points()), org.assertj.core.data.Offset.offset(635L));
            CTInline wide = doc.getDocument().getBody().getPArray(indexOf(doc, holders.get(1)))
                    .getRArray(0).getDrawingArray(0).getInlineArray(0);
            long cx = wide.getExtent().getCx();
            long cy = wide.getExtent().getCy();
            // the text block as the page margins state it, in whole twips (635 EMU)
            assertThat(cx).isCloseTo(textWidthEmu, org.assertj.core.data.Offset.offset(635L));
            assertThat((double) cx / cy).isCloseTo(6.0, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void a_floating_picture_is_kept_inline_after_its_paragraph_and_a_floating_seal_is_left_out_as_before(@TempDir Path dir)
            throws Exception {
        // GIVEN the report with both pictures floating (wp:anchor): the chart 100 × 75 mm, and a 42 mm square "seal"
        Path in = dir.resolve("floating.docx");
        Files.write(in, floating(report(CHART, 100, 75, image("png", 200, 200), 42, 42)));
        // WHEN it is read
        var draft = DocxReader.standard().read(in);
        // THEN the chart is kept, inline, with a warning; the seal is left out, as seals always were
        assertThat(draft.document().body()).filteredOn(b -> b instanceof Image).hasSize(1)
                .first().extracting(b -> ((Image) b).bytes()).isEqualTo(CHART);
        assertThat(draft.warnings()).extracting(DraftWarning::message)
                .anyMatch(m -> m.contains("floats over the text; it is kept in the text, centred on a line of its own"))
                .noneMatch(m -> m.contains("photo.jpeg") || m.contains("image2"));
    }

    @Test
    void a_picture_declaring_an_absurd_extent_is_scaled_down_not_refused(@TempDir Path dir) throws Exception {
        // GIVEN a picture that declares 20 m × 20 m
        Path in = dir.resolve("huge.docx");
        Files.write(in, report(CHART, 20_000, 20_000, WIDE, 30, 5));
        // WHEN it is read
        var draft = DocxReader.standard().read(in);
        // THEN it is kept, a metre square at most, and the warning says so
        Image chart = (Image) draft.document().body().stream().filter(b -> b instanceof Image).findFirst().orElseThrow();
        assertThat(chart.width()).isEqualTo(chart.height());
        assertThat(chart.width().compareTo(Image.LARGEST_SIDE)).isLessThanOrEqualTo(0);
        assertThat(draft.warnings()).extracting(DraftWarning::message).anyMatch(m -> m.contains("scaled down to fit 1000 mm"));
    }

    @Test
    void a_picture_of_20000_by_20000_pixels_is_left_out_with_a_warning(@TempDir Path dir) throws Exception {
        // GIVEN a PNG whose header says 20,000 × 20,000 pixels (its pixels are never decoded)
        byte[] huge = pngHeader(20_000, 20_000);
        Path in = dir.resolve("pixels.docx");
        Files.write(in, report(huge, 100, 100, WIDE, 30, 5));
        // WHEN it is read THEN it is left out, and the reader says why
        var draft = DocxReader.standard().read(in);
        assertThat(draft.document().body()).filteredOn(b -> b instanceof Image).hasSize(1);
        assertThat(draft.warnings()).extracting(DraftWarning::message)
                .anyMatch(m -> m.contains("has 20000 × 20000 pixels, more than the 50,000,000 a picture may have"));
    }

    @Test
    void pixel_counts_that_overflow_or_are_zero_are_refused_not_wrapped_around() {
        assertThatThrownBy(() -> Image.of(pngHeader(-1, -1), Length.mm(10), Length.mm(10)))
                .hasMessage("image: has 4294967295 × 4294967295 pixels, more than the 50,000,000 a picture may have; "
                        + "scale it down (a picture the text block's width at 600 dpi is 3,700 pixels wide)");
        assertThatThrownBy(() -> Image.of(pngHeader(0, 10), Length.mm(10), Length.mm(10)))
                .hasMessage("image: has an impossible size of 0 × 10 pixels");
    }

    @Test
    void the_builder_refuses_what_is_no_picture_and_sizes_that_are_not_positive() {
        assertThatThrownBy(() -> OfficialDocument.builder().title("标题").image(new byte[] {1, 2, 3, 4}, Length.mm(10), Length.mm(10)))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[0].image: is not a PNG, JPEG, EMF or WMF image (4 bytes, starting 01 02 03 04)");
        assertThatThrownBy(() -> OfficialDocument.builder().title("标题").paragraph("正文。").image(CHART, Length.mm(0), Length.mm(10)))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("body[1].image.width: must be more than 0 and at most 1000 mm: 0.00 mm");
        byte[] cut = java.util.Arrays.copyOf(CHART, CHART.length - 20);
        assertThatThrownBy(() -> Image.of(cut, Length.mm(10), Length.mm(10)))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("image: is not a whole PNG image");
    }

    @Test
    void a_picture_built_in_the_api_is_written_no_wider_than_the_text_block() throws Exception {
        OfficialDocument doc = OfficialDocument.builder().title("关于报送统计数据的报告").paragraph("全年数据如下图：")
                .image(WIDE, Length.mm(400), Length.mm(100)).paragraph("特此报告。").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.writeTo(out);
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(read.getAllPictures()).hasSize(1);
            assertThat(read.getAllPictures().get(0).getData()).isEqualTo(WIDE);
            XWPFPicture picture = read.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream()).findFirst().orElseThrow();
            assertThat(picture.getWidth()).isCloseTo(Specification.standard().textWidth().points(),
                    org.assertj.core.data.Offset.offset(0.1));
        }
        // deterministic: the same document gives the same bytes
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        doc.writeTo(again);
        assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
    }

    /** The same .docx with every inline picture made floating: wp:inline renamed wp:anchor, all the reader looks at. */
    private static byte[] floating(byte[] docx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream zin = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx));
             java.util.zip.ZipOutputStream zout = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                byte[] bytes = zin.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("wp:inline", "wp:anchor")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zout.write(bytes);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(XWPFDocument doc, XWPFParagraph p) {
        return List.of(doc.getDocument().getBody().getPArray()).indexOf(p.getCTP());
    }

    /** A 工作报告 with one picture alone in its paragraph and one after text, sizes in mm. */
    static byte[] report(byte[] first, double w1, double h1, byte[] second, double w2, double h2) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.createRun().setText("某县2023年工作报告");
            doc.createParagraph().createRun().setText("2023年，全县经济运行稳中有进，主要指标见下图。");
            picture(doc.createParagraph().createRun(), first, w1, h1);
            XWPFParagraph mixed = doc.createParagraph();
            mixed.createRun().setText("重点项目现场照片如下。");
            picture(mixed.createRun(), second, w2, h2);
            doc.createParagraph().createRun().setText("下一步，我们将继续抓好各项工作落实。");
            XWPFParagraph sign = doc.createParagraph();
            sign.setAlignment(ParagraphAlignment.RIGHT);
            sign.createRun().setText("某县人民政府");
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            date.createRun().setText("2023年12月31日");
            doc.write(out);
            return out.toByteArray();
        }
    }

    static void picture(XWPFRun run, byte[] bytes, double widthMm, double heightMm) throws Exception {
        int type = bytes[0] == (byte) 0x89 ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            run.addPicture(in, type, type == Document.PICTURE_TYPE_PNG ? "chart.png" : "photo.jpeg",
                    Units.toEMU(Length.mm(widthMm).points()), Units.toEMU(Length.mm(heightMm).points()));
        }
    }

    /** A picture drawn with Java2D: bars on white, so the bytes are a real image. */
    static byte[] image(String format, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x1F4E79));
        for (int i = 0; i < 5; i++) {
            g.fillRect(20 + i * width / 6, height - (i + 1) * height / 7, width / 10, (i + 1) * height / 7);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PNG whose header declares the size, with one tiny IDAT that does not match it: never decoded. */
    static byte[] pngHeader(int width, int height) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + 25 + 12 + 12);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(b, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(b, "IDAT", new byte[0]);
        chunk(b, "IEND", new byte[0]);
        return b.array();
    }

    private static void chunk(java.nio.ByteBuffer b, String type, byte[] data) {
        b.putInt(data.length);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        b.put(t).put(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(t);
        crc.update(data);
        b.putInt((int) crc.getValue());
    }
}
