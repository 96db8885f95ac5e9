package io.gongwen.cli;

import io.gongwen.testing.ExternalTools;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code gongwen format draft.txt -o out.pdf}: the PDF laid out by gongwen4j itself, its faces
 * mapped to the free stand-ins with {@code --font}, or refused naming what is missing.
 */
class PdfOutputTest {
    static final String DRAFT = "关于做好春节期间值班工作的通知\n各乡镇人民政府，县政府各部门：\n"
            + "　　为做好春节期间值班工作，现将有关事项通知如下。\n一、加强领导\n　　各单位要高度重视。\n"
            + "XX县人民政府办公室\n2026年1月20日\n";
    /** Where Debian puts AR PL UMing and UKai (fonts-arphic-uming, fonts-arphic-ukai). */
    static final Path UMING = Path.of("/usr/share/fonts/truetype/arphic/uming.ttc");

    @TempDir
    Path dir;

    static List<String> standIns() {
        List<String> args = new ArrayList<>();
        for (String face : List.of("仿宋_GB2312", "黑体", "方正小标宋简体", "宋体")) {
            args.add("--font");
            args.add(face + "=AR PL UMing CN");
        }
        args.addAll(List.of("--font", "楷体_GB2312=AR PL UKai CN", "--font", "Times New Roman=Liberation Serif"));
        return args;
    }

    @Test
    void writes_a_pdf_with_the_faces_mapped_to_installed_fonts() throws IOException {
        ExternalTools.require(Optional.of(UMING).filter(Files::isRegularFile),
                "The stand-in fonts (fonts-arphic-uming, fonts-arphic-ukai, fonts-liberation2) are not installed, so "
                        + "the PDF is not written; .ci/run installs them");
        Path draft = Files.writeString(dir.resolve("notice.txt"), DRAFT);
        Path pdf = dir.resolve("notice.pdf");
        List<String> args = new ArrayList<>(List.of("format", draft.toString(), "-o", pdf.toString()));
        args.addAll(standIns());

        Gongwen.Run run = Gongwen.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(draft + " → " + pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).startsWith("关于做好春节期间值班工作的通知各乡镇人民政府，县政府各部门：")
                    .contains("一、加强领导").contains("2026年1月20日");
        }
    }

    @Test
    void writes_pdf_a_2b_with_the_pdfa_flag() throws IOException {
        ExternalTools.require(Optional.of(UMING).filter(Files::isRegularFile),
                "The stand-in fonts (fonts-arphic-uming, fonts-arphic-ukai, fonts-liberation2) are not installed, so "
                        + "the PDF is not written; .ci/run installs them");
        Path draft = Files.writeString(dir.resolve("notice.txt"), DRAFT);
        Path pdf = dir.resolve("notice.pdf");
        List<String> args = new ArrayList<>(List.of("format", draft.toString(), "-o", pdf.toString(), "--pdfa"));
        args.addAll(standIns());

        Gongwen.Run run = Gongwen.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // veraPDF checks the whole profile in the layout module's PdfATest; here: the flag reached the writer
            String xmp = new String(doc.getDocumentCatalog().getMetadata().createInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                    "关于做好春节期间值班工作的通知");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }

    @Test
    void the_pdfa_flag_is_refused_for_anything_but_a_pdf_file() throws IOException {
        Path draft = Files.writeString(dir.resolve("notice.txt"), DRAFT);
        Path docx = dir.resolve("notice.docx");

        Gongwen.Run toDocx = Gongwen.run("format", draft.toString(), "-o", docx.toString(), "--pdfa");
        Gongwen.Run toStandardOutput = Gongwen.run("format", draft.toString(), "-o", "-", "--pdfa");

        assertThat(toDocx.exitCode()).isEqualTo(2);
        assertThat(toDocx.err()).isEqualTo("gongwen format: --pdfa is for a PDF (-o NAME.pdf); " + docx
                + " is written as .docx\n");
        assertThat(docx).doesNotExist();
        assertThat(toStandardOutput.exitCode()).isEqualTo(2);
        assertThat(toStandardOutput.err()).isEqualTo("gongwen format: --pdfa is for a PDF written to a file "
                + "(-o NAME.pdf); standard output gets .docx files\n");
    }

    @Test
    void a_face_without_a_font_is_refused_naming_it_and_writes_nothing() throws IOException {
        Path draft = Files.writeString(dir.resolve("notice.txt"), DRAFT);
        Path pdf = dir.resolve("notice.pdf");

        Gongwen.Run missingFile = Gongwen.run("format", draft.toString(), "-o", pdf.toString(),
                "--font", "黑体=" + dir.resolve("simhei.ttf"));
        Gongwen.Run unknownFamily = Gongwen.run("format", draft.toString(), "-o", pdf.toString(),
                "--font", "仿宋_GB2312=No Such Family 123");

        assertThat(missingFile.exitCode()).isEqualTo(2);
        assertThat(missingFile.err()).isEqualTo("gongwen format: --font 黑体: no font file at " + dir.resolve("simhei.ttf") + "\n");
        assertThat(unknownFamily.exitCode()).isEqualTo(2);
        assertThat(unknownFamily.err()).startsWith("gongwen format: " + draft + ": the font face ")
                .contains("could not be resolved").contains("gongwen4j ships no fonts")
                .containsPattern("map it to an installed family or a font file with --font \\S+=FONT\n$");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void a_document_with_a_picture_is_written_as_pdf_with_the_picture() throws IOException {
        ExternalTools.require(Optional.of(UMING).filter(Files::isRegularFile),
                "The stand-in fonts (fonts-arphic-uming, fonts-arphic-ukai, fonts-liberation2) are not installed, so "
                        + "the PDF is not written; .ci/run installs them");
        java.awt.image.BufferedImage chart = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(chart, "png", png);
        Path docx = dir.resolve("report.docx");
        io.gongwen.OfficialDocument.builder().title("关于报送统计数据的报告").paragraph("全年数据如下图：")
                .image(png.toByteArray(), io.gongwen.Length.mm(40), io.gongwen.Length.mm(30)).build().writeTo(docx);
        Path pdf = dir.resolve("report.pdf");

        List<String> args = new ArrayList<>(List.of("format", docx.toString(), "-o", pdf.toString()));
        args.addAll(standIns());

        Gongwen.Run run = Gongwen.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var resources = doc.getPage(0).getResources();
            List<Object> images = new ArrayList<>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                    images.add(image);
                    assertThat(image.getWidth()).isEqualTo(40);
                    assertThat(image.getHeight()).isEqualTo(30);
                }
            }
            assertThat(images).hasSize(1);
        }
    }
}
