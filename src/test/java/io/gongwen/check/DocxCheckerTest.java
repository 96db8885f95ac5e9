package io.gongwen.check;

import io.gongwen.samples.CountyOfficeSummary;
import io.gongwen.samples.HolidayDutyNotice;
import io.gongwen.samples.TownshipOfficeSummary;
import io.gongwen.testing.ForeignDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DocxCheckerTest {
    /** The rules about drafted text; the samples keep the seeds' placeholders on purpose. */
    private static final Set<String> TEXT_RULES = Set.of("placeholder", "half-width-ordinal", "ordinal-punctuation",
            "numbering", "document-number", "date", "mixed-punctuation", "run-in-heading");

    @TempDir
    Path dir;

    @Test
    void finds_nothing_wrong_with_the_layout_of_what_the_writer_wrote() throws IOException {
        for (var sample : List.of(CountyOfficeSummary.build(), TownshipOfficeSummary.build(), HolidayDutyNotice.build())) {
            Path file = write("sample.docx", sample.toBytes());

            List<Finding> findings = new DocxChecker().check(file);

            assertThat(findings).filteredOn(f -> !TEXT_RULES.contains(f.rule())).isEmpty();
        }
    }

    @Test
    void finds_the_margins_fonts_sizes_spacing_and_missing_page_numbers_of_a_clerks_document() throws IOException {
        Path file = write("clerk.docx", ForeignDocx.typedByAClerk());

        List<Finding> findings = new DocxChecker().check(file);

        assertThat(findings).extracting(Finding::toString).containsExactly(
                "page ERROR [margins] 上页边距应为37毫米（±1毫米），实为25.4毫米 / the top margin should be 37 mm (± 1 mm), not 25.4 mm",
                "page ERROR [margins] 下页边距应为35毫米（±1毫米），实为25.4毫米 / the bottom margin should be 35 mm (± 1 mm), not 25.4 mm",
                "page ERROR [margins] 左页边距应为28毫米（±1毫米），实为31.7毫米 / the left margin should be 28 mm (± 1 mm), not 31.7 mm",
                "page ERROR [margins] 右页边距应为26毫米（±1毫米），实为31.7毫米 / the right margin should be 26 mm (± 1 mm), not 31.7 mm",
                "footer ERROR [page-number] 页脚中没有页码 / there is no page number (a PAGE field) in the footer",
                "paragraph 1 ERROR [font] 标题字体应为小标宋体，实为“宋体” / the title should be set in a 小标宋 (XiaoBiaoSong) face, not \"宋体\"",
                "paragraph 1 ERROR [font-size] 标题字号应为22磅，实为12磅 / the title should be 22 pt, not 12 pt",
                "paragraph 2 ERROR [font] 正文字体应为仿宋（仿宋_GB2312），实为“宋体”（共35段） / body text should be set in 仿宋 (FangSong), not \"宋体\" (35 paragraphs)",
                "paragraph 2 ERROR [font-size] 正文字号应为16磅，实为12磅（共35段） / body text should be 16 pt, not 12 pt (35 paragraphs)",
                "paragraph 2 WARNING [line-spacing] 正文行距应为固定值28.95磅（每页22行），实为单倍行距 / single（共39段） / body text should have exact 28.95 pt line spacing (22 lines a page), not 单倍行距 / single (39 paragraphs)",
                "paragraph 4 ERROR [font] 一级标题字体应为黑体，实为“宋体”（共2段） / level-1 headings should be set in 黑体 (SimHei), not \"宋体\" (2 paragraphs)",
                "paragraph 4 ERROR [font-size] 一级标题字号应为16磅，实为12磅（共2段） / level-1 headings should be 16 pt, not 12 pt (2 paragraphs)",
                "paragraph 5 ERROR [font] 二级标题字体应为楷体，实为“宋体”（共2段） / level-2 headings should be set in 楷体 (KaiTi), not \"宋体\" (2 paragraphs)",
                "paragraph 5 ERROR [font-size] 二级标题字号应为16磅，实为12磅（共2段） / level-2 headings should be 16 pt, not 12 pt (2 paragraphs)");
    }

    @Test
    void finds_the_text_rules_at_their_paragraph() throws IOException {
        Path file = write("draft.docx", ForeignDocx.withDocumentXml(ForeignDocx.documentXml(
                "标题", "", "(一)加强领导。各单位要高度重视。")));

        List<Finding> findings = new DocxChecker().check(file);

        assertThat(findings).filteredOn(f -> f.rule().equals("half-width-ordinal"))
                .extracting(Finding::where, Finding::line, Finding::offset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("paragraph 3", 3, 0));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
