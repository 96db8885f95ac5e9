package io.gongwen.check;

import io.gongwen.OfficialDocument;
import io.gongwen.Secrecy;
import io.gongwen.Table;
import io.gongwen.Urgency;
import io.gongwen.docx.WordDocument;
import io.gongwen.docx.read.WordContent;
import io.gongwen.text.recognition.DocumentPart;
import io.gongwen.text.recognition.DocxRecogniser;
import io.gongwen.text.recognition.StructureRecogniser;
import io.gongwen.testing.ForeignDocx;
import io.gongwen.text.DocxReader;
import io.gongwen.text.Draft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout of the head block, the closing, the colophon and the tables in the report, with the
 * indents and spaces of each element and the paragraphs that depart from their element's value: in
 * the 30 corpus documents (values read from their XML), in our own documents (none), and linear.
 */
class FormatReportCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus/gov-cn");
    private static final DocxReader FIXING = DocxReader.builder().paragraphText(TextChecker::applySafeFixes).build();

    private static FormatReport report(Path file) {
        WordDocument docx = DocxReader.open(file);
        return FormatReport.ofDocx(docx, List.of(), FIXING.read(docx), true, List.of());
    }

    private static List<String> lines(FormatReport report, String element) {
        return report.changes().stream().filter(c -> c.element().equals(element)).map(Change::toString).toList();
    }

    @Test
    void every_corpus_document_has_its_signature_and_date_compared_with_the_writers() throws IOException {
        Map<String, FormatReport> reports = new TreeMap<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            files.filter(p -> p.toString().endsWith(".docx")).sorted()
                    .forEach(f -> reports.put(f.getFileName().toString(), report(f)));
        }

        assertThat(reports).hasSize(30);
        reports.forEach((name, report) -> {
            // the pages are saved by a browser: 12 pt text, neither right indent nor exact spacing
            assertThat(report.changes()).as(name).anySatisfy(c -> {
                assertThat(c.kind()).isEqualTo(Change.Kind.FACE);
                assertThat(c.element()).isEqualTo("signature");
            });
            assertThat(report.changes()).as(name).anySatisfy(c -> {
                assertThat(c.kind()).isEqualTo(Change.Kind.SIZE);
                assertThat(c.element()).isEqualTo("date");
                assertThat(c.before()).contains("12 pt");
                assertThat(c.after()).contains("16 pt");
            });
            // bounded: a line per element and value, never one per paragraph
            assertThat(report.changes().size()).as(name).isLessThan(60);
        });
    }

    @Test
    void the_signature_of_22_is_justified_and_indented_where_the_writer_sets_it_right() {
        // <w:spacing w:lineRule="atLeast" w:line="525"/><w:ind w:firstLine="480"/><w:jc w:val="both"/>: 国务院　中央军委
        FormatReport report = report(CORPUS.resolve("22-approval.docx"));

        assertThat(lines(report, "signature")).contains(
                "document [indent] 署名首行缩进：8.5 mm → 0 / signature first-line indent: 8.5 mm → 0",
                "document [alignment] 署名对齐方式：两端对齐 → 右对齐 / signature alignment: justified → right",
                "document [line-spacing] 署名行距：最小值 26.25 磅 → 固定值 28.95 磅 / signature line spacing: at least "
                        + "26.25 pt → exact 28.95 pt");
    }

    @Test
    void the_note_of_24_is_left_aligned_at_least_26_25_pt_apart() {
        // paragraph 22, （本文有删减）: <w:spacing w:lineRule="atLeast" w:line="525"/><w:ind w:firstLine="480"/><w:jc w:val="left"/>
        FormatReport report = report(CORPUS.resolve("24-letter.docx"));

        assertThat(lines(report, "note")).contains(
                "document [indent] 附注首行缩进：8.5 mm → 2 字 / note first-line indent: 8.5 mm → 2 characters",
                "document [alignment] 附注对齐方式：左对齐 → 两端对齐 / note alignment: left → justified",
                "document [line-spacing] 附注行距：最小值 26.25 磅 → 固定值 28.95 磅 / note line spacing: at least 26.25 pt "
                        + "→ exact 28.95 pt");
    }

    @Test
    void the_one_body_paragraph_of_21_with_space_after_it_is_named() {
        // paragraph 455 (大桥界址点坐标) states no spacing; its style TextBody has <w:spacing w:after="283"/>,
        // which the other body paragraphs set back to 0
        FormatReport report = report(CORPUS.resolve("21-approval.docx"));

        assertThat(report.changes()).filteredOn(c -> c.kind() == Change.Kind.SPACE_AFTER).singleElement()
                .satisfies(c -> {
                    assertThat(c.where()).isEqualTo(new Where.Paragraph(455));
                    assertThat(c.element()).isEqualTo("body");
                    assertThat(c.before()).contains("14.15 pt");
                    assertThat(c.after()).contains("0");
                    assertThat(c.paragraphs()).containsExactly(455);
                    assertThat(c.chinese()).isEqualTo("正文第 455 段（14 段中的 1 段）段后间距：14.15 磅 → 0");
                });
    }

    @Test
    void our_own_document_with_every_part_reformatted_reports_no_change(@TempDir Path dir) {
        // GIVEN a document of ours with a head block, signers, a closing with a note, an attachment note,
        // a table and a colophon
        OfficialDocument ours = OfficialDocument.builder()
                .copyNumber(12).secrecy(Secrecy.SECRET, "1年").urgency(Urgency.URGENT)
                .issuers("平安县人民政府").documentNumber("平政〔2024〕5号").signers("张三")
                .title("关于开展安全生产大检查的请示")
                .addressee("市人民政府：")
                .paragraph("为切实做好安全生产工作，现将有关事项请示如下。")
                .table(Table.builder().columns(2, 1).header("单位", "人数").row("县应急管理局", "12").row("县交通运输局", "8").build())
                .paragraph("妥否，请批示。")
                .attachmentNote("检查工作方案")
                .signature("平安县人民政府").date(LocalDate.of(2024, 3, 1)).note("联系人：李四，电话：1234567")
                .copyTo("县委办公室").printedBy("平安县人民政府办公室", LocalDate.of(2024, 3, 1))
                .build();
        Path file = dir.resolve("ours.docx");
        ours.writeTo(file);
        WordDocument docx = DocxReader.open(file);
        Draft draft = FIXING.read(docx);

        // WHEN it is reformatted
        FormatReport report = FormatReport.ofDocx(docx, List.of(), draft, true, List.of());

        // THEN nothing changed, the parts and the table compared with themselves included
        assertThat(report.changes()).isEmpty();
        DocxRecogniser.Structure structure = new DocxRecogniser(new StructureRecogniser(List.of(),
                draft.document().specification(), false), TextChecker::applySafeFixes).structure(WordContent.of(docx));
        assertThat(structure.parts().values()).contains(DocumentPart.COPY_NUMBER, DocumentPart.SECRECY,
                DocumentPart.URGENCY, DocumentPart.MARK, DocumentPart.SIGNERS, DocumentPart.ADDRESSEE,
                DocumentPart.ATTACHMENT_NOTE, DocumentPart.SIGNATURE, DocumentPart.DATE, DocumentPart.NOTE,
                DocumentPart.COPY_TO, DocumentPart.PRINTED_BY);
    }

    @Test
    void the_report_grows_linearly_and_its_lines_do_not(@TempDir Path dir) {
        // GIVEN bodies of 400 and 800 paragraphs, every tenth not indented and every seventh with space after
        Path small = body(dir.resolve("small.docx"), 400);
        Path large = body(dir.resolve("large.docx"), 800);
        report(small); // warm up: classes loaded, patterns compiled

        // WHEN each is reported
        long[] bytes = new long[2];
        FormatReport[] reports = new FormatReport[2];
        Path[] files = {small, large};
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 2; i++) {
            WordDocument docx = DocxReader.open(files[i]);
            Draft draft = DocxReader.standard().read(docx);
            long before = threads.getCurrentThreadAllocatedBytes();
            reports[i] = FormatReport.ofDocx(docx, List.of(), draft, false, List.of());
            bytes[i] = threads.getCurrentThreadAllocatedBytes() - before;
        }

        // THEN the allocation doubles at most (with room), the lines stay as many, the paragraphs named double
        double ratio = (double) bytes[1] / bytes[0];
        System.out.printf("report allocation: %d paragraphs %,d bytes, %d paragraphs %,d bytes, ratio %.2f%n",
                400, bytes[0], 800, bytes[1], ratio);
        assertThat(ratio).isLessThan(2.6);
        assertThat(reports[1].changes()).hasSameSizeAs(reports[0].changes());
        Change indent = reports[1].changes().stream()
                .filter(c -> c.kind() == Change.Kind.INDENT && !c.paragraphs().isEmpty()).findFirst().orElseThrow();
        assertThat(indent.paragraphs()).hasSize(80);
        assertThat(indent.english()).isEqualTo("body paragraphs 12, 22, 32, 42, 52, 62, 72, 82, … (80 of 800) "
                + "first-line indent: 0 → 2 characters");
        assertThat(indent.chinese()).startsWith("正文第 12、22、32、42、52、62、72、82……段（800 段中的 80 段）首行缩进：0 → 2 字");
        assertThat(reports[0].changes().stream().filter(c -> c.kind() == Change.Kind.INDENT && !c.paragraphs().isEmpty())
                .findFirst().orElseThrow().paragraphs()).hasSize(40);
    }

    @Test
    void a_head_block_a_table_and_a_colophon_from_word_are_compared_part_by_part(@TempDir Path dir)
            throws IOException {
        // GIVEN a mark in 宋体 22 pt, a document number flush left, a table in 宋体 12 pt centred, a date
        // right-aligned without a right indent and a colophon line indented two characters
        String song = "<w:rPr><w:rFonts w:eastAsia=\"宋体\"/><w:sz w:val=\"24\"/></w:rPr>";
        String cell = "<w:tc><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r>" + song + "<w:t>%s</w:t></w:r></w:p></w:tc>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body>"
                + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia=\"宋体\"/>"
                + "<w:color w:val=\"FF0000\"/><w:sz w:val=\"44\"/></w:rPr><w:t>平安县人民政府文件</w:t></w:r></w:p>"
                + "<w:p><w:r>" + song + "<w:t>平政〔2024〕5号</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r>" + song + "<w:t>关于报送检查人数的通知</w:t></w:r></w:p>"
                + "<w:p><w:r>" + song + "<w:t>各乡镇人民政府：</w:t></w:r></w:p>"
                + "<w:p><w:r>" + song + "<w:t>现将各单位参加检查的人数报送如下，请遵照执行。</w:t></w:r></w:p>"
                + "<w:tbl><w:tr>" + cell.formatted("单位") + cell.formatted("人数") + "</w:tr><w:tr>"
                + cell.formatted("县应急管理局") + cell.formatted("12") + "</w:tr></w:tbl>"
                + "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r>" + song + "<w:t>平安县人民政府</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r>" + song + "<w:t>2024年3月1日</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/></w:pPr><w:r>" + song
                + "<w:t>抄送：县委办公室。</w:t></w:r></w:p></w:body></w:document>";
        Path file = dir.resolve("word.docx");
        Files.write(file, ForeignDocx.withDocumentXml(xml));

        // WHEN it is reported
        FormatReport report = report(file);

        // THEN each part is compared with what the writer writes for it
        assertThat(lines(report, "issuer's mark")).contains(
                "document [face] 发文机关标志字体：宋体 → 方正小标宋简体 / issuer's mark face: 宋体 → 方正小标宋简体");
        assertThat(lines(report, "document number")).contains(
                "document [alignment] 发文字号对齐方式：左对齐 → 居中 / document number alignment: left → centred");
        assertThat(lines(report, "table cells")).contains(
                "document [face] 表格单元格字体：宋体 → 仿宋_GB2312 / table cells face: 宋体 → 仿宋_GB2312",
                "document [size] 表格单元格字号：小四（12 pt） → 四号（14 pt） / table cells size: 12 pt → 14 pt");
        // unsealed: the date two characters (2 × 16 pt = 11.1 mm) from the right edge (§7.3.5.2)
        assertThat(lines(report, "date")).contains(
                "document [right-indent] 成文日期右缩进：0 → 11.1 mm / date right indent: 0 → 11.1 mm");
        // one character (4号, 4.9 mm) in on either side, later lines under the first name after "抄送："
        assertThat(lines(report, "copies to")).contains(
                "document [indent] 抄送首行缩进：2 字 → -14.8 mm / copies to first-line indent: 2 characters → -14.8 mm",
                "document [left-indent] 抄送左缩进：0 → 19.8 mm / copies to left indent: 0 → 19.8 mm",
                "document [right-indent] 抄送右缩进：0 → 4.9 mm / copies to right indent: 0 → 4.9 mm");
    }

    @Test
    void the_draft_the_reader_read_is_not_recognised_again(@TempDir Path dir) {
        // GIVEN an 800-paragraph document read by the reader, and an equal draft the reader did not give
        WordDocument docx = DocxReader.open(body(dir.resolve("large.docx"), 800));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadAllocatedBytes();
        Draft draft = DocxReader.standard().read(docx);
        long reading = threads.getCurrentThreadAllocatedBytes() - start;
        Draft equal = new Draft(draft.document(), draft.warnings(), draft.dropped(), draft.renumbered());
        FormatReport.ofDocx(docx, List.of(), equal, false, List.of()); // warm up
        FormatReport.ofDocx(docx, List.of(), draft, false, List.of());

        // WHEN each is reported
        start = threads.getCurrentThreadAllocatedBytes();
        FormatReport anew = FormatReport.ofDocx(docx, List.of(), equal, false, List.of());
        long recognising = threads.getCurrentThreadAllocatedBytes() - start;
        start = threads.getCurrentThreadAllocatedBytes();
        FormatReport once = FormatReport.ofDocx(docx, List.of(), draft, false, List.of());
        long reusing = threads.getCurrentThreadAllocatedBytes() - start;

        // THEN the reader's recognition is used: the same report, for less
        System.out.printf("800 paragraphs: reading %,d bytes; report recognising again %,d bytes, with the "
                + "reader's recognition %,d bytes%n", reading, recognising, reusing);
        assertThat(once.changes()).isEqualTo(anew.changes());
        assertThat(reusing).isLessThan(recognising);
    }

    /** A title, main recipients and n body paragraphs indented two characters but for every tenth. */
    private static Path body(Path file, int n) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W
                + "><w:body><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>关于开展检查的通知</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>各单位：</w:t></w:r></w:p>");
        for (int i = 1; i <= n; i++) {
            // paragraphs 3 … n + 2: every tenth (12, 22, …) flush, every seventh spaced after
            int number = i + 2;
            String indent = number % 10 == 2 ? "" : "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>";
            String after = number % 7 == 0 ? "<w:spacing w:after=\"120\"/>" : "";
            xml.append("<w:p><w:pPr>").append(after).append(indent).append("<w:jc w:val=\"both\"/></w:pPr><w:r><w:t>第")
                    .append(i).append("项工作要认真落实，确保按期完成各项任务。</w:t></w:r></w:p>");
        }
        xml.append("</w:body></w:document>");
        try {
            Files.write(file, ForeignDocx.withDocumentXml(xml.toString()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }
}
