package io.gongwen.docx.write;

import io.gongwen.OfficialDocument;
import io.gongwen.samples.WriteSamples;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.Documents;
import io.gongwen.testing.OoxmlValidator;
import io.gongwen.testing.RandomDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Microsoft's Open XML SDK validator, the closest check available to "Word opens it without offering
 * to repair it", over every sample and a few hundred generated documents. Skipped, with a message
 * saying how to install it, where the validator is missing; CI installs it.
 */
@Tag("validator")
class OpenXmlSdkValidationTest {
    /** How many generated documents; {@code -Dgongwen.validator.documents=2000} for a long run. */
    private static final int GENERATED = Integer.getInteger("gongwen.validator.documents", 300);

    private static OoxmlValidator validator;

    @BeforeEach
    void findValidator() {
        validator = OoxmlValidator.require();
    }

    @Test
    void every_sample_is_valid(@TempDir Path dir) throws Exception {
        for (var sample : WriteSamples.SAMPLES.entrySet()) {
            Path file = dir.resolve(sample.getKey());
            sample.getValue().get().writeTo(file);
            assertThat(validate(file)).as(sample.getKey()).isEqualTo("valid");
        }
    }

    @Test
    void a_reformatted_report_with_a_chart_and_a_wide_photo_is_valid(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("report.docx");
        Files.write(in, io.gongwen.text.PicturesFixtures.report());
        Path out = dir.resolve("out.docx");
        io.gongwen.text.DocxReader.standard().read(in).document().writeTo(out);
        // the file validated holds both pictures: a file without them would be valid too
        io.gongwen.testing.DocxInspector docx = new io.gongwen.testing.DocxInspector(Files.readAllBytes(out));
        assertThat(docx.count("word/document.xml", "//w:drawing")).isEqualTo(2);
        assertThat(docx.partNames()).filteredOn(n -> n.startsWith("word/media/")).hasSize(2);
        assertThat(validate(out)).isEqualTo("valid");
    }

    @Test
    void a_reformatted_notice_with_pictures_in_its_attachments_is_valid(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("notice.docx");
        Files.write(in, io.gongwen.text.PicturesFixtures.noticeWithAttachments());
        Path out = dir.resolve("out.docx");
        io.gongwen.text.DocxReader.standard().read(in).document().writeTo(out);
        // the file validated holds both pictures: a file without them would be valid too
        io.gongwen.testing.DocxInspector docx = new io.gongwen.testing.DocxInspector(Files.readAllBytes(out));
        assertThat(docx.count("word/document.xml", "//w:drawing")).isEqualTo(2);
        assertThat(docx.partNames()).filteredOn(n -> n.startsWith("word/media/")).hasSize(2);
        assertThat(validate(out)).isEqualTo("valid");
    }

    @Test
    void a_reformatted_report_with_pictures_in_its_table_cells_is_valid(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("report.docx");
        Files.write(in, io.gongwen.testing.CellPicturesDocx.report());
        Path out = dir.resolve("out.docx");
        io.gongwen.text.DocxReader.standard().read(in).document().writeTo(out);
        // a picture in a landscape table's cell and one in the body beside them, built
        io.gongwen.Image chart = io.gongwen.Image.of(io.gongwen.testing.CellPicturesDocx.CHART,
                io.gongwen.Length.mm(40), io.gongwen.Length.mm(30));
        Path built = dir.resolve("built.docx");
        io.gongwen.OfficialDocument.builder().title("关于道路改造情况的报告").paragraph("改造情况见下图和下表。").image(chart)
                .table(io.gongwen.Table.builder().columns(1, 2).header("项目", "示意图")
                        .row(io.gongwen.Table.Cell.of("道路改造"), io.gongwen.Table.Cell.of(chart)).landscape().build())
                .build().writeTo(built);
        // the files validated hold the pictures in their cells: a file without them would be valid too
        io.gongwen.testing.DocxInspector docx = new io.gongwen.testing.DocxInspector(Files.readAllBytes(out));
        assertThat(docx.count("word/document.xml", "//w:tbl//w:drawing")).isEqualTo(3);
        assertThat(docx.partNames()).filteredOn(n -> n.startsWith("word/media/")).hasSize(3);
        io.gongwen.testing.DocxInspector twice = new io.gongwen.testing.DocxInspector(Files.readAllBytes(built));
        assertThat(twice.count("word/document.xml", "//w:tbl//w:drawing")).isEqualTo(1);
        assertThat(twice.count("word/document.xml", "//w:drawing")).isEqualTo(2);
        // the same picture in the body and a cell shares one image part
        assertThat(twice.partNames()).filteredOn(n -> n.startsWith("word/media/")).hasSize(1);
        assertThat(validate(out)).as("reformatted").isEqualTo("valid");
        assertThat(validate(built)).as("built").isEqualTo("valid");
    }

    @Test
    void the_largest_and_smallest_pages_a_specification_allows_are_valid(@TempDir Path dir) throws Exception {
        io.gongwen.Length largest = io.gongwen.Length.twips(31_680);
        io.gongwen.Length zero = io.gongwen.Length.mm(0);
        var specs = Map.of(
                "largest.docx", io.gongwen.Specification.standard().toBuilder().pageSize(largest, largest).build(),
                "smallest.docx", io.gongwen.Specification.standard().toBuilder()
                        .pageSize(io.gongwen.Length.twips(144), io.gongwen.Length.twips(144))
                        .margins(zero, zero, io.gongwen.Length.mm(1), zero)
                        .pageNumberDrop(io.gongwen.Length.mm(0.5)).pageNumberIndent(zero)
                        .size(io.gongwen.DocumentElement.BODY, io.gongwen.Length.pt(1))
                        .size(io.gongwen.DocumentElement.TITLE, io.gongwen.Length.pt(1))
                        .linePitch(io.gongwen.Length.pt(1)).characterSpacing(zero).build());
        for (var spec : specs.entrySet()) {
            Path file = dir.resolve(spec.getKey());
            OfficialDocument.builder().specification(spec.getValue()).title("标题").paragraph("正文。").build().writeTo(file);
            assertThat(validate(file)).as(spec.getKey()).isEqualTo("valid");
        }
    }

    @Test
    void generated_documents_are_valid(@TempDir Path dir) {
        Map<Integer, String> failures = new ConcurrentSkipListMap<>();
        IntStream.range(0, GENERATED).parallel().forEach(seed -> {
            try {
                Path file = dir.resolve("generated-" + seed + ".docx");
                RandomDocuments.generate(seed).writeTo(file);
                String verdict = validate(file);
                if (!verdict.equals("valid")) {
                    failures.put(seed, verdict);
                }
                Files.delete(file);
            } catch (Exception e) {
                failures.put(seed, e.toString());
            }
        });
        assertThat(failures).as("seeds whose documents the validator rejects").isEmpty();
    }

    @Test
    void hostile_but_accepted_documents_are_valid(@TempDir Path dir) throws Exception {
        int checked = 0;
        for (long seed = 0; checked < 40; seed++) {
            OfficialDocument doc;
            try {
                doc = io.gongwen.testing.HostileDocuments.attempt(seed);
            } catch (io.gongwen.GongwenException refused) {
                continue;
            }
            Path file = dir.resolve("hostile-" + seed + ".docx");
            doc.writeTo(file);
            assertThat(validate(file)).as("hostile seed %d", seed).isEqualTo("valid");
            checked++;
        }
    }

    @Test
    void every_element_once_is_valid(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("every-element.docx");
        Documents.everyElement().writeTo(file);

        assertThat(validate(file)).isEqualTo("valid");
    }

    @Test
    void documents_with_tables_and_landscape_sections_are_valid(@TempDir Path dir) throws Exception {
        for (boolean endInLandscape : new boolean[] {false, true}) {
            Path file = dir.resolve("tables-" + endInLandscape + ".docx");
            Documents.withTables(endInLandscape).writeTo(file);

            assertThat(validate(file)).as("ending in landscape: %s", endInLandscape).isEqualTo("valid");
        }
    }

    @Test
    void documents_with_page_breaks_and_landscape_stretches_are_valid(@TempDir Path dir) throws Exception {
        for (boolean endInLandscape : new boolean[] {false, true}) {
            Path file = dir.resolve("breaks-" + endInLandscape + ".docx");
            Documents.withPageBreaks(endInLandscape).writeTo(file);

            assertThat(validate(file)).as("ending in landscape: %s", endInLandscape).isEqualTo("valid");
        }
        Path in = dir.resolve("notice.docx");
        Files.write(in, io.gongwen.testing.BrokenPagesDocx.notice());
        Path out = dir.resolve("reformatted.docx");
        io.gongwen.text.DocxReader.standard().read(in).document().writeTo(out);
        assertThat(validate(out)).as("the reformatted notice").isEqualTo("valid");
    }

    @Test
    void documents_with_character_formatting_inside_paragraphs_are_valid(@TempDir Path dir) throws Exception {
        // every emphasis and a face on one span, and on a run-in heading's text
        Path built = dir.resolve("emphasis.docx");
        OfficialDocument.builder().title("关于做好节能减排工作的通知")
                .paragraph(io.gongwen.FormattedText.builder().bold("一是").text("CO").subscript("2").text("排放，")
                        .run("引文", io.gongwen.Font.chinese("楷体_GB2312"), io.gongwen.Emphasis.BOLD,
                                io.gongwen.Emphasis.ITALIC, io.gongwen.Emphasis.UNDERLINE, io.gongwen.Emphasis.SUPERSCRIPT)
                        .build())
                .runIn("落实责任。", io.gongwen.FormattedText.builder().text("各单位").bold("务必").text("落实。").build())
                .build().writeTo(built);
        // a 总结 made with raw POI, reformatted as `gongwen format` does
        Path in = dir.resolve("summary-in.docx");
        Files.write(in, io.gongwen.testing.ForeignDocx.summaryWithEmphasis());
        Path reformatted = dir.resolve("summary.docx");
        io.gongwen.text.DocxReader.builder().paragraphText(io.gongwen.check.TextChecker::applySafeFixes).build()
                .read(in).document().writeTo(reformatted);

        assertThat(validate(built)).isEqualTo("valid");
        assertThat(validate(reformatted)).isEqualTo("valid");
    }

    @Test
    void a_title_with_spans_and_a_note_is_valid(@TempDir Path dir) throws Exception {
        // a report's title with PM₂.₅, 10⁴ and a footnote, made with raw POI and reformatted
        Path in = dir.resolve("titled-in.docx");
        Files.write(in, io.gongwen.testing.TitledDocx.report());
        Path reformatted = dir.resolve("titled.docx");
        io.gongwen.text.DocxReader.standard().read(in).document().writeTo(reformatted);
        // and one built, auto-broken, with an endnote on it and an italic word
        Path built = dir.resolve("titled-built.docx");
        OfficialDocument.builder().title(io.gongwen.FormattedText.builder().text("关于印发《某某市细颗粒物（PM")
                        .subscript("2.5").text("）与臭氧污染协同防控三年").run("行动", io.gongwen.Emphasis.ITALIC)
                        .text("方案》的通知").endnote("本方案经市人民政府同意。").build())
                .paragraph("现印发给你们，请认真贯彻执行。").build().writeTo(built);

        assertThat(validate(reformatted)).as("the reformatted report").isEqualTo("valid");
        assertThat(validate(built)).as("the built notice").isEqualTo("valid");
    }

    @Test
    void struck_text_note_numbering_and_documents_read_with_tracked_changes_are_valid(@TempDir Path dir) throws Exception {
        // struck once and twice beside other emphases; notes numbered again on each page, in circles, and by section
        Path built = dir.resolve("struck.docx");
        OfficialDocument.builder().title("关于做好节能减排工作的通知")
                .paragraph(io.gongwen.FormattedText.builder().text("各单位要").run("尽快", io.gongwen.Emphasis.STRIKE,
                                io.gongwen.Emphasis.ITALIC, io.gongwen.Emphasis.UNDERLINE)
                        .run("认真", io.gongwen.Emphasis.DOUBLE_STRIKE, io.gongwen.Emphasis.BOLD,
                                io.gongwen.Emphasis.SUPERSCRIPT).text("落实。").footnote("见附件。").endnote("另行通知。").build())
                .footnoteNumbering(new io.gongwen.NoteNumbering(io.gongwen.NoteNumbering.Restart.EACH_PAGE,
                        io.gongwen.NoteNumbering.Format.DECIMAL_ENCLOSED_CIRCLE, 1))
                .endnoteNumbering(new io.gongwen.NoteNumbering(io.gongwen.NoteNumbering.Restart.EACH_SECTION,
                        io.gongwen.NoteNumbering.Format.CHINESE_COUNTING, 0))
                .build().writeTo(built);
        // the POI-made notice numbering its footnotes on each page, reformatted
        Path notice = dir.resolve("notice-in.docx");
        Files.write(notice, io.gongwen.testing.NotedDocx.withNumbering("",
                "<w:footnotePr><w:numRestart w:val=\"eachPage\"/></w:footnotePr>"));
        Path renumbered = dir.resolve("notice.docx");
        io.gongwen.text.DocxReader.standard().read(notice).document().writeTo(renumbered);
        // tracked changes, a deleted paragraph mark and struck, highlighted text, read both ways and written
        String rev = " w:id=\"1\" w:author=\"办公室\" w:date=\"2026-11-30T09:00:00Z\"";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + io.gongwen.testing.ForeignDocx.W
                + "><w:body><w:p><w:r><w:t>关于开展安全检查的通知</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>各乡镇人民政府：</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:rPr><w:del" + rev + "/></w:rPr></w:pPr><w:r><w:t>请于</w:t></w:r>"
                + "<w:del" + rev + "><w:r><w:delText>3月1日</w:delText></w:r></w:del></w:p>"
                + "<w:p><w:ins" + rev + "><w:r><w:rPr><w:strike/><w:highlight w:val=\"yellow\"/></w:rPr>"
                + "<w:t>3月15日</w:t></w:r></w:ins><w:r><w:rPr><w:b/><w:rPrChange" + rev + "><w:rPr/></w:rPrChange>"
                + "</w:rPr><w:t>前完成自查。</w:t></w:r></w:p></w:body></w:document>";
        Path changed = dir.resolve("changed.docx");
        Files.write(changed, io.gongwen.testing.ForeignDocx.withDocumentXml(xml));
        Path accepted = dir.resolve("accepted.docx");
        Path rejected = dir.resolve("rejected.docx");
        io.gongwen.text.DocxReader.standard().read(changed).document().writeTo(accepted);
        io.gongwen.text.DocxReader.builder().rejectChanges().build().read(changed).document().writeTo(rejected);

        for (Path file : List.of(built, renumbered, accepted, rejected)) {
            assertThat(validate(file)).as(file.getFileName().toString()).isEqualTo("valid");
        }
    }

    @Test
    void tables_with_formatted_cells_and_notes_in_cells_are_valid(@TempDir Path dir) throws Exception {
        // every emphasis, a footnote and an endnote in cells, built
        Path built = dir.resolve("cells.docx");
        TableCellRunsXmlTest.report().writeTo(built);
        // a report made with raw POI, its table's cells formatted and with a footnote, reformatted
        Path in = dir.resolve("cells-in.docx");
        Files.write(in, io.gongwen.testing.FormattedTableDocx.report());
        Path reformatted = dir.resolve("cells-reformatted.docx");
        io.gongwen.text.DocxReader.standard().read(in).document().writeTo(reformatted);

        assertThat(validate(built)).as("built").isEqualTo("valid");
        assertThat(validate(reformatted)).as("reformatted").isEqualTo("valid");
    }

    @Test
    void articles_chapters_and_headings_with_spans_and_notes_are_valid(@TempDir Path dir) throws Exception {
        // the raw-POI measures and notice reformatted: spans and footnotes in articles, chapter titles, headings
        List<Path> files = new java.util.ArrayList<>();
        for (var source : Map.of("regulation", io.gongwen.testing.NotedDocx.regulation(),
                "headings", io.gongwen.testing.NotedDocx.headingSpans()).entrySet()) {
            Path in = dir.resolve(source.getKey() + "-in.docx");
            Files.write(in, source.getValue());
            Path out = dir.resolve(source.getKey() + ".docx");
            io.gongwen.text.DocxReader.standard().read(in).document().writeTo(out);
            files.add(out);
        }
        // and built: an endnote in a chapter's title, every emphasis but bold and a face in a heading
        Path built = dir.resolve("built.docx");
        OfficialDocument.builder().title("某某市温室气体排放管理办法")
                .chapter("第一章", io.gongwen.FormattedText.builder().text("总则").endnote("另行公布。").build())
                .article("第一条", io.gongwen.FormattedText.builder().bold("为了").text("规范CO").subscript("2")
                        .text("排放").footnote("注。").text("，制定本办法。").build())
                .build().writeTo(built);
        Path headings = dir.resolve("built-headings.docx");
        OfficialDocument.builder().title("关于做好节能减排工作的通知")
                .section(io.gongwen.FormattedText.builder().text("控制").run("m", io.gongwen.Font.chinese("楷体_GB2312"),
                        io.gongwen.Emphasis.ITALIC, io.gongwen.Emphasis.UNDERLINE, io.gongwen.Emphasis.STRIKE)
                        .superscript("2").footnote("注。").build(), s -> s.paragraph("正文。"))
                .build().writeTo(headings);
        files.add(built);
        files.add(headings);
        for (Path file : files) {
            assertThat(validate(file)).as(file.getFileName().toString()).isEqualTo("valid");
        }
    }

    /** Shows the check can fail: {@code w:sz} before {@code w:rFonts}, the order call-order setters produce. */
    @Test
    void a_misordered_run_property_is_rejected(@TempDir Path dir) throws Exception {
        OfficialDocument doc = Documents.everyElement();
        DocxInspector docx = new DocxInspector(doc.toBytes());
        String styles = new String(docx.bytes("word/styles.xml"), StandardCharsets.UTF_8);
        String broken = styles.replaceFirst("(<w:rFonts[^>]*/>)(<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>)(<w:sz w:val=\"32\"/>)",
                "$3$1$2");
        assertThat(broken).isNotEqualTo(styles);
        Path file = dir.resolve("misordered.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String part : docx.partNames()) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write(part.equals("word/styles.xml") ? broken.getBytes(StandardCharsets.UTF_8) : docx.bytes(part));
                zip.closeEntry();
            }
        }

        assertThat(validate(file)).contains("Sch_UnexpectedElementContentExpectingComplex").contains("/word/styles.xml");
    }

    private static String validate(Path file) throws Exception {
        return validator.validate(file);
    }
}
