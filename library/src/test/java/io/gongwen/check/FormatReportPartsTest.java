package io.gongwen.check;

import io.gongwen.docx.WordDocument;
import io.gongwen.testing.ClerkPartsDocx;
import io.gongwen.testing.ForeignDocx;
import io.gongwen.testing.WordLikeDocx;
import io.gongwen.text.DocxReader;
import io.gongwen.text.Draft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts the writer sets apart, each compared as a part of its own against the writer's output read
 * back: attendance lists, attachments' labels and titles, chapters and articles, footnotes and
 * endnotes, and the line of 签发人 (its label, names, document number and placement).
 */
class FormatReportPartsTest {
    private static final DocxReader FIXING = DocxReader.builder().paragraphText(TextChecker::applySafeFixes).build();
    private static final Path CORPUS = Path.of("src/test/resources/corpus/gov-cn");
    /** The elements of the parts this class is about. */
    private static final Set<String> NEW_PARTS = Set.of("attendance lists", "attendance labels", "attachment label",
            "attachment title", "chapter titles", "articles", "article numbers", "footnotes", "endnotes", "signers' label");

    private static FormatReport report(Path file) {
        WordDocument docx = DocxReader.open(file);
        Draft draft = FIXING.read(docx);
        return FormatReport.ofDocx(docx, List.of(), draft, true, List.of());
    }

    private static List<String> lines(FormatReport report, String... elements) {
        Set<String> wanted = Set.of(elements);
        return report.changes().stream().filter(c -> wanted.contains(c.element())).map(Change::toString).toList();
    }

    private static String p(String pPr, String text) {
        return "<w:p>" + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + "<w:r><w:t xml:space=\"preserve\">" + text
                + "</w:t></w:r></w:p>";
    }

    /** An upward document (请示) with this head block line of 发文字号 and 签发人, the rest unstyled. */
    private static Path upward(Path dir, String numberLine) throws Exception {
        String centred = "<w:jc w:val=\"center\"/>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body>"
                + p(centred, "平安县人民政府文件") + numberLine + p(centred, "关于开展安全生产大检查的请示")
                + p("", "市人民政府：") + p("", "为切实做好安全生产工作，现将有关事项请示如下。") + p("", "妥否，请批示。")
                + p("<w:jc w:val=\"right\"/>", "平安县人民政府") + p("<w:jc w:val=\"right\"/>", "2024年3月1日")
                + "</w:body></w:document>";
        Path file = dir.resolve("upward.docx");
        Files.write(file, ForeignDocx.withDocumentXml(xml));
        return file;
    }

    private static final String SONG = "<w:rPr><w:rFonts w:eastAsia=\"宋体\"/><w:sz w:val=\"24\"/></w:rPr>";

    @Test
    void a_line_of_signers_right_aligned_under_the_number_is_placed_with_tab_stops(@TempDir Path dir) throws Exception {
        // GIVEN the 发文字号 on its line and "签发人：张三" right-aligned on the next, as a clerk types them
        Path file = upward(dir, p("", "平政〔2024〕5号") + p("<w:jc w:val=\"right\"/>", "签发人：张三"));

        // WHEN it is reported
        FormatReport report = report(file);

        // THEN the placement says the right-aligned line becomes the number's line, set with tab stops
        Change placement = report.changes().stream().filter(c -> c.kind() == Change.Kind.PLACEMENT).findFirst().orElseThrow();
        assertThat(placement.element()).isEqualTo("signers");
        assertThat(placement.toString()).isEqualTo("document [placement] 签发人行排列方式：右对齐 → 制表位（发文字号居左空一字，"
                + "签发人姓名居右空一字） / signers line placed with right alignment → tab stops (the document number one "
                + "character in from the left, the names ending one character in from the right)");
        assertThat(FIXING.read(DocxReader.open(file)).document().headBlock().signers()).containsExactly("张三");
    }

    @Test
    void a_source_that_states_no_size_anywhere_is_reported_as_not_stated(@TempDir Path dir) throws Exception {
        // GIVEN an upward document whose runs state no face or size, and no styles part to inherit them from
        Path file = upward(dir, p("", "平政〔2024〕5号　　　　　　　　　　签发人：张三"));

        // WHEN it is reported
        FormatReport report = report(file);

        // THEN each size is "not stated" before, in Chinese and English, for the elements and the parts alike
        assertThat(lines(report, "body", "signers", "signers' label", "document number")).contains(
                "document [size] 正文字号：未指定 → 三号（16 pt） / body size: (not stated) → 16 pt",
                "document [face] 签发人姓名字体：未指定 → 楷体_GB2312 / signers face: (not stated) → 楷体_GB2312",
                "document [size] 签发人姓名字号：未指定 → 三号（16 pt） / signers size: (not stated) → 16 pt",
                "document [size] 签发人标签字号：未指定 → 三号（16 pt） / signers' label size: (not stated) → 16 pt",
                "document [size] 发文字号字号：未指定 → 三号（16 pt） / document number size: (not stated) → 16 pt");
        assertThat(report.changes()).filteredOn(c -> c.kind() == Change.Kind.SIZE)
                .allSatisfy(c -> assertThat(c.before()).contains("(not stated)"));
    }

    @Test
    void the_line_of_signers_pushed_along_with_spaces_is_compared_by_its_label_names_number_and_placement(
            @TempDir Path dir) throws Exception {
        // GIVEN the 发文字号 and 签发人 on one line in 宋体 小四, the names pushed right with full-width spaces
        Path file = upward(dir, "<w:p><w:r>" + SONG + "<w:t>平政〔2024〕5号　　　　　　　　　　签发人：</w:t></w:r>"
                + "<w:r>" + SONG + "<w:t>张三</w:t></w:r></w:p>");

        // WHEN it is reported
        FormatReport report = report(file);

        // THEN the label (仿宋), the names (楷体) and the number (仿宋) are compared apart, and the placement in
        // words, not the writer's indents and alignment, which the tab stops make meaningless
        assertThat(lines(report, "signers", "signers' label", "document number")).containsExactly(
                "document [face] 签发人姓名字体：宋体 → 楷体_GB2312 / signers face: 宋体 → 楷体_GB2312",
                "document [size] 签发人姓名字号：小四（12 pt） → 三号（16 pt） / signers size: 12 pt → 16 pt",
                "document [line-spacing] 签发人姓名行距：单倍行距 → 固定值 28.95 磅 / signers line spacing: single → exact 28.95 pt",
                "document [placement] 签发人行排列方式：空格 → 制表位（发文字号居左空一字，签发人姓名居右空一字） / signers line "
                        + "placed with spaces → tab stops (the document number one character in from the left, the names "
                        + "ending one character in from the right)",
                "document [face] 签发人标签字体：宋体 → 仿宋_GB2312 / signers' label face: 宋体 → 仿宋_GB2312",
                "document [size] 签发人标签字号：小四（12 pt） → 三号（16 pt） / signers' label size: 12 pt → 16 pt",
                "document [face] 发文字号字体：宋体 → 仿宋_GB2312 / document number face: 宋体 → 仿宋_GB2312",
                "document [size] 发文字号字号：小四（12 pt） → 三号（16 pt） / document number size: 12 pt → 16 pt");
        Change placement = report.changes().stream().filter(c -> c.kind() == Change.Kind.PLACEMENT).findFirst().orElseThrow();
        assertThat(placement.element()).isEqualTo("signers");
        assertThat(placement.before()).contains("spaces");
        assertThat(placement.after()).contains("tab stops");
    }

    @Test
    void the_line_of_signers_set_with_a_tab_reports_faces_and_sizes_but_no_placement(@TempDir Path dir)
            throws Exception {
        // GIVEN the number and 签发人 apart by a tab, whose stop the reader does not read
        Path file = upward(dir, "<w:p><w:r>" + SONG + "<w:t>平政〔2024〕5号</w:t></w:r><w:r><w:tab/></w:r><w:r>" + SONG
                + "<w:t>签发人：张三</w:t></w:r></w:p>");

        FormatReport report = report(file);

        assertThat(lines(report, "signers", "signers' label")).containsExactly(
                "document [face] 签发人姓名字体：宋体 → 楷体_GB2312 / signers face: 宋体 → 楷体_GB2312",
                "document [size] 签发人姓名字号：小四（12 pt） → 三号（16 pt） / signers size: 12 pt → 16 pt",
                "document [line-spacing] 签发人姓名行距：单倍行距 → 固定值 28.95 磅 / signers line spacing: single → exact 28.95 pt",
                "document [face] 签发人标签字体：宋体 → 仿宋_GB2312 / signers' label face: 宋体 → 仿宋_GB2312",
                "document [size] 签发人标签字号：小四（12 pt） → 三号（16 pt） / signers' label size: 12 pt → 16 pt");
        assertThat(report.changes()).extracting(Change::kind).doesNotContain(Change.Kind.PLACEMENT);
    }

    @Test
    void a_clerks_minutes_list_their_attendance_labels_names_and_footnotes(@TempDir Path dir) throws Exception {
        // GIVEN minutes from Word: 出席 and 列席 lines in 宋体 小四, label and names alike, a footnote in 宋体 9 pt
        Path file = dir.resolve("minutes.docx");
        Files.write(file, ClerkPartsDocx.minutes());

        // WHEN it is reported
        FormatReport report = report(file);

        // THEN the labels (黑体), the names (仿宋), the lines' hanging indent and the notes (仿宋 小四)
        assertThat(lines(report, "attendance lists", "attendance labels", "footnotes", "endnotes")).containsExactly(
                "document [face] 出席人员字体：宋体 → 仿宋_GB2312 / attendance lists face: 宋体 → 仿宋_GB2312",
                "document [size] 出席人员字号：小四（12 pt） → 三号（16 pt） / attendance lists size: 12 pt → 16 pt",
                "document [indent] 出席人员首行缩进：0 → -16.7 mm / attendance lists first-line indent: 0 → -16.7 mm",
                "document [left-indent] 出席人员左缩进：0 → 27.8 mm / attendance lists left indent: 0 → 27.8 mm",
                "document [alignment] 出席人员对齐方式：左对齐 → 两端对齐 / attendance lists alignment: left → justified",
                "document [line-spacing] 出席人员行距：单倍行距 → 固定值 28.95 磅 / attendance lists line spacing: single → "
                        + "exact 28.95 pt",
                "document [face] 出席人员标签字体：宋体 → 黑体 / attendance labels face: 宋体 → 黑体",
                "document [size] 出席人员标签字号：小四（12 pt） → 三号（16 pt） / attendance labels size: 12 pt → 16 pt",
                "document [face] 脚注字体：宋体 → 仿宋_GB2312 / footnotes face: 宋体 → 仿宋_GB2312",
                "document [size] 脚注字号：小五（9 pt） → 小四（12 pt） / footnotes size: 9 pt → 12 pt",
                "document [alignment] 脚注对齐方式：左对齐 → 两端对齐 / footnotes alignment: left → justified",
                "document [face] 尾注字体：宋体 → 仿宋_GB2312 / endnotes face: 宋体 → 仿宋_GB2312",
                "document [size] 尾注字号：小五（9 pt） → 小四（12 pt） / endnotes size: 9 pt → 12 pt",
                "document [alignment] 尾注对齐方式：左对齐 → 两端对齐 / endnotes alignment: left → justified");
        Change label = report.changes().stream().filter(c -> c.element().equals("attendance labels")).findFirst().orElseThrow();
        assertThat(label.kind()).isEqualTo(Change.Kind.FACE);
        assertThat(label.before()).contains("宋体");
        assertThat(label.after()).contains("黑体");
        // the minutes have no attachment, chapter or article: none is listed
        assertThat(report.changes()).extracting(Change::element).doesNotContain("attachment label", "attachment title",
                "chapter titles", "articles", "article numbers");
    }

    @Test
    void a_clerks_regulation_lists_its_attachment_chapters_articles_and_footnotes(@TempDir Path dir) throws Exception {
        // GIVEN a notice from Word that issues a regulation as its attachment: 附件 in 宋体 小四, the title in
        // 宋体 18 pt, 第一章 centred in 宋体 小四 bold, 第一条 and its text in one 宋体 小四 run
        Path file = dir.resolve("regulation.docx");
        Files.write(file, ClerkPartsDocx.regulation());

        FormatReport report = report(file);

        assertThat(lines(report, "attachment label", "attachment title", "chapter titles", "articles", "article numbers",
                "footnotes")).containsExactly(
                "document [face] 附件标签字体：宋体 → 黑体 / attachment label face: 宋体 → 黑体",
                "document [size] 附件标签字号：小四（12 pt） → 三号（16 pt） / attachment label size: 12 pt → 16 pt",
                "document [line-spacing] 附件标签行距：单倍行距 → 固定值 28.95 磅 / attachment label line spacing: single → "
                        + "exact 28.95 pt",
                "document [face] 附件标题字体：宋体 → 方正小标宋简体 / attachment title face: 宋体 → 方正小标宋简体",
                "document [size] 附件标题字号：小二（18 pt） → 二号（22 pt） / attachment title size: 18 pt → 22 pt",
                "document [line-spacing] 附件标题行距：单倍行距 → 固定值 28.95 磅 / attachment title line spacing: single → "
                        + "exact 28.95 pt",
                "document [face] 章节标题字体：宋体 → 黑体 / chapter titles face: 宋体 → 黑体",
                "document [size] 章节标题字号：小四（12 pt） → 三号（16 pt） / chapter titles size: 12 pt → 16 pt",
                "document [line-spacing] 章节标题行距：单倍行距 → 固定值 28.95 磅 / chapter titles line spacing: single → "
                        + "exact 28.95 pt",
                "document [face] 条文字体：宋体 → 仿宋_GB2312 / articles face: 宋体 → 仿宋_GB2312",
                "document [size] 条文字号：小四（12 pt） → 三号（16 pt） / articles size: 12 pt → 16 pt",
                "document [indent] 条文首行缩进：0 → 2 字 / articles first-line indent: 0 → 2 characters",
                "document [alignment] 条文对齐方式：左对齐 → 两端对齐 / articles alignment: left → justified",
                "document [line-spacing] 条文行距：单倍行距 → 固定值 28.95 磅 / articles line spacing: single → exact 28.95 pt",
                "document [face] 条文序号字体：宋体 → 黑体 / article numbers face: 宋体 → 黑体",
                "document [size] 条文序号字号：小四（12 pt） → 三号（16 pt） / article numbers size: 12 pt → 16 pt",
                "document [face] 脚注字体：宋体 → 仿宋_GB2312 / footnotes face: 宋体 → 仿宋_GB2312",
                "document [size] 脚注字号：小五（9 pt） → 小四（12 pt） / footnotes size: 9 pt → 12 pt",
                "document [alignment] 脚注对齐方式：左对齐 → 两端对齐 / footnotes alignment: left → justified");
        assertThat(report.changes()).extracting(Change::element).doesNotContain("endnotes");
        // the attachment note is compared as it was, and the 附件 label is no longer taken for a 密级-like label
        assertThat(lines(report, "attachment note")).contains(
                "document [face] 附件说明字体：宋体 → 仿宋_GB2312 / attachment note face: 宋体 → 仿宋_GB2312");
        assertThat(report.changes()).extracting(Change::element).doesNotContain("label", "attendance lists");
    }

    @Test
    void our_own_output_reformatted_again_reports_no_change(@TempDir Path dir) throws Exception {
        // GIVEN the clerk's documents and the upward one, each reformatted once by us
        List<byte[]> sources = List.of(ClerkPartsDocx.minutes(), ClerkPartsDocx.regulation());
        for (int i = 0; i < 3; i++) {
            Path source = i < 2 ? Files.write(dir.resolve("source" + i + ".docx"), sources.get(i))
                    : upward(dir, "<w:p><w:r>" + SONG + "<w:t>平政〔2024〕5号　　　　签发人：张三</w:t></w:r></w:p>");
            Path ours = dir.resolve("ours" + i + ".docx");
            FIXING.read(DocxReader.open(source)).document().writeTo(ours);

            // WHEN our output is reported as a source
            FormatReport again = report(ours);

            // THEN nothing changes: its parts are what the writer writes, and the parts are found in it
            assertThat(again.changes()).as("document %d", i).isEmpty();
            assertThat(report(source).changes()).as("document %d", i).extracting(Change::element)
                    .containsAnyElementsOf(NEW_PARTS);
        }
    }

    @Test
    void a_document_without_these_parts_lists_none_of_them(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notice.docx");
        Files.write(file, WordLikeDocx.notice());

        assertThat(report(file).changes()).extracting(Change::element).doesNotContainAnyElementsOf(NEW_PARTS);
    }

    @Test
    void corpus_documents_with_chapters_articles_and_attachments_list_them() {
        // 15: 第一章　总　　则 centred and bold, 第一条 in a bold run of its own, in the 12 pt of the saved page
        assertThat(lines(report(CORPUS.resolve("15-notice.docx")), "chapter titles", "article numbers")).contains(
                "document [face] 章节标题字体：Noto Serif CJK SC → 黑体 / chapter titles face: Noto Serif CJK SC → 黑体",
                "document [size] 章节标题字号：小四（12 pt） → 三号（16 pt） / chapter titles size: 12 pt → 16 pt",
                "document [face] 条文序号字体：Noto Serif CJK SC → 黑体 / article numbers face: Noto Serif CJK SC → 黑体",
                "document [size] 条文序号字号：小四（12 pt） → 三号（16 pt） / article numbers size: 12 pt → 16 pt");
        // 16: an order's regulation, articles without chapters
        FormatReport order = report(CORPUS.resolve("16-order.docx"));
        assertThat(lines(order, "articles")).contains(
                "document [indent] 条文首行缩进：0 → 2 字 / articles first-line indent: 0 → 2 characters");
        assertThat(order.changes()).extracting(Change::element).contains("article numbers").doesNotContain("chapter titles");
        // 19: <w:p><w:pPr><w:pStyle w:val="TextBody"/>…<w:jc w:val="both"/>…<w:t>附件</w:t>; its title centred, 18 pt bold
        assertThat(lines(report(CORPUS.resolve("19-notice.docx")), "attachment label", "attachment title")).contains(
                "document [face] 附件标签字体：Noto Serif CJK SC → 黑体 / attachment label face: Noto Serif CJK SC → 黑体",
                "document [alignment] 附件标签对齐方式：两端对齐 → 左对齐 / attachment label alignment: justified → left",
                "document [size] 附件标题字号：小二（18 pt） → 二号（22 pt） / attachment title size: 18 pt → 22 pt");
        // 23: one attachment, its label and its title apart from the document's
        assertThat(report(CORPUS.resolve("23-approval.docx")).changes()).extracting(Change::element)
                .contains("attachment label", "attachment title", "title");
        // 21: 附件1 and 附件2, one of them justified
        FormatReport approval = report(CORPUS.resolve("21-approval.docx"));
        assertThat(approval.changes()).filteredOn(c -> c.element().equals("attachment label")
                && c.kind() == Change.Kind.ALIGNMENT).singleElement().satisfies(c -> {
                    assertThat(c.where()).isEqualTo(new Where.Paragraph(126));
                    assertThat(c.chinese()).isEqualTo("附件标签第 126 段（2 段中的 1 段）对齐方式：两端对齐 → 左对齐");
                });
    }
}
