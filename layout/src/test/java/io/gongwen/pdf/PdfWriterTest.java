package io.gongwen.pdf;

import io.gongwen.Block;
import io.gongwen.DocumentWriteException;
import io.gongwen.OfficialDocument;
import io.gongwen.Paragraph;
import io.gongwen.Section;
import io.gongwen.Table;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.StandInFonts;
import io.gongwen.samples.WriteSamples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PDF file: its text, fonts, bookmarks, information, bytes and how it reaches the disk. */
class PdfWriterTest {
    static final List<String> LAID_OUT = List.of(
            "county-office-summary.docx", "township-office-summary.docx", "holiday-duty-notice.docx",
            "county-notice-full-head.docx", "upward-request-signers.docx", "letter-format.docx", "meeting-minutes.docx",
            "government-order.docx",
            "rural-road-report.docx", "regulation-notice.docx");

    private static FontResolver fonts;

    @BeforeAll
    static void fonts() {
        fonts = StandInFonts.resolver();
    }

    private static OfficialDocument sample(String name) {
        return WriteSamples.SAMPLES.get(name).get();
    }

    @Test
    void extracted_text_is_the_models_text_in_order() throws Exception {
        for (String name : LAID_OUT) {
            OfficialDocument doc = sample(name);
            try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(doc, fonts))) {
                // the page numbers out, a turned page's too (read top to bottom, one character to a line)
                String text = squeeze(new PDFTextStripper().getText(pdf)).replaceAll("—\\d+—", "");
                text = withoutRepeatedHeaders(doc, text);
                assertThat(text).as(name).isEqualTo(squeeze(modelText(doc)));
            }
        }
    }

    @Test
    void extracted_text_of_a_document_with_attachments_is_the_models_text() throws Exception {
        OfficialDocument doc = OfficialDocument.builder().title("关于印发方案的通知").paragraph("现将方案印发给你们。")
                .signature("县人民政府办公室").date(java.time.LocalDate.of(2021, 2, 1))
                .attachment("值班安排表", a -> a.paragraph("值班安排如下。")).build();
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(doc, fonts))) {
            assertThat(squeeze(new PDFTextStripper().getText(pdf)).replaceAll("—\\d+—", ""))
                    .isEqualTo(squeeze(modelText(doc)));
        }
    }

    @Test
    void extracted_text_of_a_table_is_its_cells_in_order_with_the_header_again_on_each_page() throws Exception {
        Table.Builder table = Table.builder().columns(1, 3, 2).header("序号", "单位", "金额（万元）");
        for (int i = 1; i <= 45; i++) {
            table.row(Integer.toString(i), i % 4 == 0 ? "县交通运输局农村公路养护中心\n（含桥梁）" : "县财政局", i * 10 + "");
        }
        OfficialDocument doc = OfficialDocument.builder().title("关于报送统计数据的通知").paragraph("现将有关数据列表如下。")
                .table(table.build()).paragraph("以上数据请各单位核实。").signature("县人民政府办公室")
                .date(java.time.LocalDate.of(2021, 2, 1)).build();
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(doc, fonts))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            StringBuilder text = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = squeeze(stripper.getText(pdf)).replaceAll("—\\d+—", "");
                if (p > 1) {
                    assertThat(page).as("page %d", p).startsWith("序号单位金额（万元）");
                    page = page.substring("序号单位金额（万元）".length());
                }
                text.append(page);
            }
            assertThat(text.toString()).isEqualTo(squeeze(modelText(doc)));
        }
    }

    @Test
    void writes_a_turned_page_landscape_with_the_table_upright_and_the_number_turned() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(TableReports.landscape(), fonts))) {
            PDPage turned = pdf.getPage(1);
            assertThat(turned.getMediaBox().getWidth()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(turned.getMediaBox().getHeight()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(turned.getRotation()).isZero();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String text = squeeze(stripper.getText(pdf));
            assertThat(text).startsWith("序号乡镇计划里程（公里）已完工（公里）").contains("1城关镇");
            // the number, drawn turned, reads from top to bottom: one character to a line of the extraction
            assertThat(text).endsWith("—2—");
        }
    }

    @Test
    void draws_the_colophon_rules_and_leaves_the_blank_page_and_the_colophon_page_unnumbered() throws Exception {
        // GIVEN a text that fills page 2 but for one row: the colophon goes to page 4, after a blank page 3
        OfficialDocument.Builder b = OfficialDocument.builder().title("关于工作的通知");
        for (int i = 0; i < 41; i++) {
            b.paragraph("第" + i + "段。");
        }
        OfficialDocument doc = b.copyTo("县委办公室").printedBy("县人民政府办公室", java.time.LocalDate.of(2021, 2, 26)).build();
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(doc, fonts))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(4);
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= 4; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(squeeze(stripper.getText(pdf)));
            }
            assertThat(pages.get(1)).endsWith("—2—");
            assertThat(pages.get(2)).isEmpty();
            assertThat(pages.get(3)).isEqualTo("抄送：县委办公室。县人民政府办公室2021年2月26日印发");
            // THEN the rules, read from the picture down the block's middle: thick, thin, thick, 28.95 pt apart
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(3, 288);
            double mm = 288 / 25.4;
            List<Double> rules = new ArrayList<>();
            List<Double> thickness = new ArrayList<>();
            int x = (int) Math.round(100 * mm);
            for (int y = 0; y < page.getHeight(); y++) {
                if ((page.getRGB(x, y) & 0xFF) < 128 && (y == 0 || (page.getRGB(x, y - 1) & 0xFF) >= 128)) {
                    int end = y;
                    while ((page.getRGB(x, end) & 0xFF) < 128) {
                        end++;
                    }
                    rules.add((y + end) / 2.0 / mm);
                    // the ink across the rule, anti-aliased edges included, in pixels
                    double ink = 0;
                    for (int r = y - 2; r < end + 2; r++) {
                        ink += (255 - (page.getRGB(x, r) & 0xFF)) / 255.0;
                    }
                    thickness.add(ink);
                }
            }
            assertThat(rules).hasSize(3);
            double bottom = 37 + 225;
            assertThat(rules.get(2)).isCloseTo(bottom, within(0.2));
            assertThat(rules.get(1)).isCloseTo(bottom - 28.95 * 25.4 / 72, within(0.2));
            assertThat(rules.get(0)).isCloseTo(bottom - 2 * 28.95 * 25.4 / 72, within(0.2));
            // 1 pt is 4 pixels at 288 dpi, 0.75 pt 3
            assertThat(thickness.get(0)).isCloseTo(4, within(0.3));
            assertThat(thickness.get(1)).isCloseTo(3, within(0.3));
            assertThat(thickness.get(2)).isCloseTo(4, within(0.3));
        }
    }

    @Test
    void two_runs_give_the_same_bytes() {
        OfficialDocument doc = sample("holiday-duty-notice.docx");
        assertThat(PdfWriter.toBytes(doc, fonts)).isEqualTo(PdfWriter.toBytes(doc, fonts));
    }

    @Test
    void embeds_every_face_as_a_subset() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(sample("holiday-duty-notice.docx"), fonts))) {
            List<String> names = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    names.add(font.getName());
                }
            }
            assertThat(names).allMatch(n -> n.matches("[A-Z]{6}\\+.+"));
            assertThat(names).anyMatch(n -> n.endsWith("+UMingCN")).anyMatch(n -> n.endsWith("+UKaiCN"))
                    .anyMatch(n -> n.endsWith("+LiberationSerif"));
        }
    }

    @Test
    void writes_title_and_issuer_as_document_information_and_headings_as_bookmarks() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(sample("holiday-duty-notice.docx"), fonts))) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("关于做好2021年春节期间值班和安全工作的通知");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("县人民政府办公室");
            assertThat(pdf.getDocumentInformation().getCreationDate()).isNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
            }
            assertThat(top).containsExactly("一、严格落实值班制度", "二、切实抓好安全生产", "三、及时报送重要信息");
            PDOutlineItem second = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getNextSibling();
            assertThat(second.getFirstChild().getTitle()).isEqualTo("（一）加强源头管控");
            assertThat(second.getFirstChild().getFirstChild().getTitle()).isEqualTo("1.全面排查。");
        }
    }

    @Test
    void replaces_a_file_atomically_and_leaves_no_temporary_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notice.pdf");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        PdfWriter.write(sample("holiday-duty-notice.docx"), file, fonts);
        assertThat(Files.readAllBytes(file)).startsWith("%PDF-".getBytes());
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r--r--");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void follows_a_symbolic_link_and_writes_a_device_in_place(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("target.pdf"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("current.pdf"), target.getFileName());

        PdfWriter.write(sample("holiday-duty-notice.docx"), link, fonts);
        PdfWriter.write(sample("holiday-duty-notice.docx"), Path.of("/dev/null"), fonts);

        assertThat(Files.isSymbolicLink(link)).as("the link stays a link").isTrue();
        assertThat(Files.readAllBytes(target)).startsWith("%PDF-".getBytes());
        assertThat(Files.exists(Path.of("/dev/null")) && !Files.isRegularFile(Path.of("/dev/null"))).isTrue();
    }

    @Test
    void is_the_writer_write_to_chooses_for_a_pdf_name(@TempDir Path dir) {
        List<String> formats = java.util.ServiceLoader.load(io.gongwen.DocumentWriter.class).stream()
                .map(p -> p.get().extension()).toList();
        assertThat(formats).contains(".docx", ".pdf");

        Path file = dir.resolve("notice.PDF");
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> sample("holiday-duty-notice.docx").writeTo(file));

        // the system's fonts decide whether the licensed faces are there; either way it is the PDF writer
        if (failure == null) {
            assertThat(file).content(java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-");
        } else {
            assertThat(failure).isInstanceOf(io.gongwen.layout.FontNotFoundException.class);
            assertThat(file).doesNotExist();
        }
    }

    @Test
    void names_the_file_it_could_not_write(@TempDir Path dir) {
        Path file = dir.resolve("missing").resolve("notice.pdf");
        assertThatThrownBy(() -> PdfWriter.write(sample("holiday-duty-notice.docx"), file, fonts))
                .isInstanceOf(DocumentWriteException.class)
                .hasMessage("could not write " + file + ": the directory " + file.getParent() + " does not exist");
    }

    /** The model's words in reading order: head block, title, recipients, body, attendance, attachment note, closing, note, issued documents, attachments, colophon. */
    static String modelText(OfficialDocument doc) {
        StringBuilder b = new StringBuilder();
        var head = doc.headBlock();
        head.topLeftLines().forEach(b::append);
        head.issuers().forEach(b::append);
        head.markSuffix().ifPresent(b::append);
        String number = head.documentNumber().map(Object::toString).orElse(doc.minutesNumber().orElse(""));
        doc.orderNumber().ifPresent(n -> b.append("第").append(n).append("号"));
        List<String> signers = head.signers();
        if (signers.isEmpty()) {
            b.append(number);
        }
        for (int i = 0; i < signers.size(); i += 2) {
            // the number shares the last signers' line, before them
            b.append(i + 2 >= signers.size() ? number : "").append(i == 0 ? "签发人：" : "")
                    .append(String.join("\u3000", signers.subList(i, Math.min(i + 2, signers.size()))));
        }
        doc.title().forEach(b::append);
        doc.addressees().forEach(b::append);
        int[] numbers = new int[2];
        blocks(doc, doc.body(), b, numbers);
        doc.attendances().forEach(a -> b.append(a.kind().label()).append("：").append(a.text()));
        for (int i = 0; i < doc.closing().attachmentNote().size(); i++) {
            b.append(i == 0 ? doc.closing().attachmentNoteLabel() : "").append(doc.closing().attachmentNote().size() == 1 ? "" : (i + 1) + ".")
                    .append(doc.closing().attachmentNote().get(i));
        }
        doc.closing().signatures().forEach(s -> b.append(s.issuer()));
        doc.closing().signatories().forEach(s -> b.append(s.title()));
        doc.closing().dateText().ifPresent(b::append);
        doc.closing().note().ifPresent(b::append);
        for (var d : doc.issued()) {
            d.title().forEach(b::append);
            d.subtitle().ifPresent(b::append);
            d.addressees().forEach(b::append);
            blocks(doc, d.body(), b, numbers);
            d.closing().forEach(b::append);
        }
        for (int i = 0; i < doc.attachments().size(); i++) {
            var a = doc.attachments().get(i);
            b.append(a.label().orElse(doc.attachments().size() == 1 ? "附件" : "附件" + (i + 1))).append(a.title());
            blocks(doc, a.body(), b, numbers);
        }
        doc.colophon().copyToText().ifPresent(b::append);
        doc.colophon().printer().ifPresent(b::append);
        doc.colophon().printDateText().ifPresent(b::append);
        return b.toString();
    }

    /** The blocks' text, each note's mark printed as its number where it stands ({@code numbers}: the footnotes and endnotes so far). */
    private static void blocks(OfficialDocument doc, List<Block> blocks, StringBuilder b, int[] numbers) {
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                marked(p.text(), p.notes(), b, numbers);
            } else if (block instanceof Section s) {
                b.append(s.ordinal(doc.specification())).append(s.heading());
                s.runInText().ifPresent(t -> marked(t, s.runInNotes(), b, numbers));
                blocks(doc, s.body(), b, numbers);
            } else if (block instanceof io.gongwen.Article a) {
                b.append(a.label());
                marked(a.text(), a.notes(), b, numbers);
            } else if (block instanceof io.gongwen.Chapter c) {
                marked(c.text(), c.titleFormatted().map(t -> t.prefixed(c.label() + "\u3000").notes()).orElse(List.of()),
                        b, numbers);
            } else if (block instanceof Table t) {
                // row by row, cell by cell; the header rows once, where the table starts
                for (List<Table.Cell> row : t.rows()) {
                    row.forEach(c -> b.append(c.text().replace("\n", "")));
                }
            }
        }
    }

    private static void marked(String text, List<io.gongwen.Note> notes, StringBuilder b, int[] numbers) {
        int from = 0;
        for (io.gongwen.Note n : notes) {
            b.append(text, from, n.at()).append(++numbers[n.isFootnote() ? 0 : 1]);
            from = n.at();
        }
        b.append(text.substring(from));
    }

    /** The text with each table's header rows kept where the table starts and dropped where a page repeats them. */
    private static String withoutRepeatedHeaders(OfficialDocument doc, String text) {
        for (Block block : doc.body()) {
            if (block instanceof Table t && t.headerRows() > 0) {
                StringBuilder header = new StringBuilder();
                t.rows().subList(0, t.headerRows()).forEach(row -> row.forEach(c -> header.append(squeeze(c.text()))));
                int first = text.indexOf(header.toString());
                if (first >= 0) {
                    int after = first + header.length();
                    text = text.substring(0, after) + text.substring(after).replace(header, "");
                }
            }
        }
        return text;
    }

    private static String squeeze(String s) {
        // the full-width space after an article's number counts as space
        return s.replaceAll("[\\s\u3000]", "");
    }
}
