package io.gongwen.check;

import io.gongwen.OfficialDocument;
import io.gongwen.samples.CountyOfficeSummary;
import io.gongwen.samples.HolidayDutyNotice;
import io.gongwen.samples.TownshipOfficeSummary;
import io.gongwen.samples.WriteSamples;
import io.gongwen.testing.Documents;
import io.gongwen.testing.ForeignDocx;
import io.gongwen.testing.WholeDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.gongwen.testing.DocxInspector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DocxCheckerTest {
    /** The rules about drafted text; the samples keep the seeds' placeholders and punctuation on purpose. */
    private static final Set<String> TEXT_RULES = Set.of("placeholder", "half-width-ordinal", "ordinal-punctuation",
            "document-number", "date", "mixed-punctuation");

    @TempDir
    Path dir;

    @Test
    void finds_nothing_wrong_with_the_layout_of_what_the_writer_wrote() throws IOException {
        for (var sample : List.of(CountyOfficeSummary.build(), TownshipOfficeSummary.build(), HolidayDutyNotice.build())) {
            Path file = write("sample.docx", sample.toBytes());

            List<Finding> findings = new DocxChecker().check(file);

            assertThat(findings).filteredOn(f -> !TEXT_RULES.contains(f.rule().id())).isEmpty();
        }
    }

    /** The page, page numbers, grid, tables and typography of every sample, head block and colophon included. */
    @Test
    void finds_nothing_wrong_with_any_sample() throws IOException {
        Map<String, OfficialDocument> documents = new LinkedHashMap<>();
        WriteSamples.SAMPLES.forEach((name, sample) -> documents.put(name, sample.get()));
        WholeDocuments.all().forEach((name, document) -> documents.put(name, document.get()));
        documents.put("every element", Documents.everyElement());
        documents.put("tables", Documents.withTables(false));
        documents.put("tables, landscape last", Documents.withTables(true));
        for (Map.Entry<String, OfficialDocument> document : documents.entrySet()) {
            Path file = write("sample.docx", document.getValue().toBytes());

            List<Finding> findings = new DocxChecker().check(file);

            assertThat(findings).as(document.getKey()).filteredOn(f -> !TEXT_RULES.contains(f.rule().id())).isEmpty();
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
                "paragraph 1 WARNING [alignment] 标题应居中排布 / the title is centred",
                "paragraph 2 ERROR [font] 正文字体应为仿宋（仿宋_GB2312），实为“宋体”（共35段） / body text should be set in 仿宋 (FangSong), not \"宋体\" (35 paragraphs)",
                "paragraph 2 ERROR [font-size] 正文字号应为16磅，实为12磅（共35段） / body text should be 16 pt, not 12 pt (35 paragraphs)",
                "paragraph 2 WARNING [line-spacing] 正文行距应为固定值28.95磅（每页22行），实为单倍行距 / single（共39段） / body text should have exact 28.95 pt line spacing (22 lines a page), not 单倍行距 / single (39 paragraphs)",
                "paragraph 4 ERROR [font] 一级标题字体应为黑体，实为“宋体”（共2段） / level-1 headings should be set in 黑体 (SimHei), not \"宋体\" (2 paragraphs)",
                "paragraph 4 ERROR [font-size] 一级标题字号应为16磅，实为12磅（共2段） / level-1 headings should be 16 pt, not 12 pt (2 paragraphs)",
                "paragraph 4 WARNING [indent] 正文段落首行应缩进二字（实为0字）（共35段） / body paragraphs and headings are "
                        + "indented two characters on their first line, not 0 (35 paragraphs)",
                "paragraph 5 ERROR [font] 二级标题字体应为楷体，实为“宋体”（共2段） / level-2 headings should be set in 楷体 (KaiTi), not \"宋体\" (2 paragraphs)",
                "paragraph 5 ERROR [font-size] 二级标题字号应为16磅，实为12磅（共2段） / level-2 headings should be 16 pt, not 12 pt (2 paragraphs)",
                "table at paragraph 9 WARNING [table-grid] 表格未设定表格宽度（w:tblW）和列宽（w:tblGrid/w:gridCol）："
                        + "应同时设定表格宽度和列宽，WPS按列宽排版 / the table states neither a width (w:tblW) nor column widths "
                        + "(w:tblGrid/w:gridCol): give both the table's and the columns' widths; WPS lays tables out by the columns",
                "paragraph 9 WARNING [table-font-size] 表格文字字号应为14磅，实为12磅（共6段） / table cells should be 14 pt, "
                        + "not 12 pt (6 paragraphs)",
                "paragraph 45 WARNING [alignment] 发文机关署名应居右排布（在成文日期之上居中） / the signature stands on the right, "
                        + "centred above the date",
                "paragraph 46 WARNING [alignment] 成文日期应居右排布（右空二字或四字） / the date stands on the right (two or four "
                        + "characters in from the right edge)");
    }

    @Test
    void finds_the_text_rules_at_their_paragraph() throws IOException {
        Path file = write("draft.docx", ForeignDocx.withDocumentXml(ForeignDocx.documentXml(
                "标题", "", "(一)加强领导。各单位要高度重视。")));

        List<Finding> findings = new DocxChecker().check(file);

        assertThat(findings).filteredOn(f -> f.rule().id().equals("half-width-ordinal"))
                .extracting(f -> f.where().toString(), Finding::line, Finding::offset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("paragraph 3", 3, 0));
    }

    @Test
    void finds_the_text_rules_between_paragraphs_that_look_like_front_matter() throws IOException {
        // joined into one text, "---" … "..." read as YAML front matter and hid what lay between them
        Path file = write("dashes.docx", ForeignDocx.withDocumentXml(ForeignDocx.documentXml(
                "---", "(一)加强领导。各单位要高度重视。", "...", "标题")));

        List<Finding> findings = new DocxChecker().check(file);

        assertThat(findings).filteredOn(f -> f.rule() == Rule.HALF_WIDTH_ORDINAL)
                .extracting(f -> f.where().toString()).containsExactly("paragraph 2");
    }

    @Test
    void finds_page_numbers_written_with_hyphens_and_on_the_wrong_side() throws IOException {
        Path file = write("footers.docx", rewrite(HolidayDutyNotice.build().toBytes(), Map.of(
                "word/footer1.xml", Map.of("\u2014 ", "-", " \u2014", "-", "w:val=\"right\"", "w:val=\"center\""),
                "word/footer2.xml", Map.of("w:val=\"left\"", "w:val=\"right\""))));

        List<Finding> findings = new DocxChecker().check(file);

        assertThat(findings).filteredOn(f -> f.rule().id().equals("page-number")).extracting(Finding::toString).containsExactly(
                "footer (odd pages) WARNING [page-number] 页码应写作“— 1 —”（数码左右各放一条一字线），实为“-1-” / "
                        + "the page number should read \"— 1 —\" (an em dash either side), not \"-1-\"",
                "footer (odd pages) WARNING [page-number] 单页码应居右 / on odd pages the page number stands on the right",
                "footer (even pages) WARNING [page-number] 双页码应居左 / on even pages the page number stands on the left");
    }

    @Test
    void finds_that_even_pages_take_the_odd_footer_when_odd_and_even_pages_do_not_differ() throws IOException {
        byte[] noEven = rewrite(HolidayDutyNotice.build().toBytes(),
                Map.of("word/settings.xml", Map.of("<w:evenAndOddHeaders/>", "")));
        assertThat(new String(new DocxInspector(noEven).bytes("word/settings.xml"), StandardCharsets.UTF_8))
                .doesNotContain("evenAndOdd");
        Path file = write("no-even.docx", noEven);

        List<Finding> findings = new DocxChecker().check(file);

        assertThat(findings).filteredOn(f -> f.rule().id().equals("page-number")).extracting(Finding::english).containsExactly(
                "there is no separate even-page footer (or odd and even pages are not set to differ): on even pages "
                        + "the page number stands on the left");
    }

    @Test
    void finds_the_page_number_position_the_character_grid_and_the_tables_of_a_hand_laid_document() throws IOException {
        Path file = write("by-hand.docx", ForeignDocx.laidOutByHand());

        List<Finding> findings = new DocxChecker().check(file);

        assertThat(findings).filteredOn(f -> Set.of("page-number", "characters-per-line", "table-width", "table-grid",
                "table-font-size", "table-line-spacing").contains(f.rule().id())).extracting(Finding::toString).containsExactly(
                "page WARNING [characters-per-line] 文档网格应每行28字，实为每行27字（字符跨度16.00磅） / the document grid "
                        + "should give 28 characters a line, not 27 (a pitch of 16.00 pt)",
                "footer (odd pages) WARNING [page-number] 页码不应加粗 / page numbers should not be bold",
                "footer (odd pages) WARNING [page-number] 单页码应右空一字（约4.9毫米），实为0毫米 / on odd pages the page "
                        + "number stands one character (about 4.9 mm) in from the right edge of the text block, not 0 mm",
                "footer WARNING [page-number] 页脚距离应为25.1毫米（页码一字线在版心下7毫米），实为10毫米 / the footer "
                        + "distance should be 25.1 mm (the page number's dashes 7 mm below the text block), not 10 mm",
                "table at paragraph 3 ERROR [table-width] 表格宽176.4毫米，超出版心宽度156毫米 / the table is 176.4 mm wide, "
                        + "wider than the text block's 156 mm",
                "paragraph 3 WARNING [table-font-size] 表格文字字号应为14磅，实为16磅（共4段） / table cells should be 14 pt, "
                        + "not 16 pt (4 paragraphs)",
                "paragraph 3 WARNING [table-line-spacing] 表格内不宜使用正文的固定行距28.95磅（行高过大）（共4段） / table "
                        + "cells should not take the body's exact 28.95 pt line spacing (the rows grow as tall as body "
                        + "lines) (4 paragraphs)");
    }

    @Test
    void accepts_word_s_grid_of_28_a_2_5_cm_footer_a_full_width_space_for_the_indent_and_a_table_of_100_percent()
            throws IOException {
        Path file = write("corrected.docx", rewrite(ForeignDocx.laidOutByHand(), Map.of(
                "word/document.xml", Map.of("w:charSpace=\"0\"", "w:charSpace=\"-842\"",
                        "w:footer=\"567\"", "w:footer=\"1417\"",
                        "<w:tblW w:w=\"10000\" w:type=\"dxa\"/>", "<w:tblW w:w=\"5000\" w:type=\"pct\"/>",
                        "<w:gridCol w:w=\"5000\"/>", "<w:gridCol w:w=\"4422\"/>",
                        "w:line=\"579\" w:lineRule=\"exact\"", "w:line=\"240\" w:lineRule=\"auto\"",
                        "<w:sz w:val=\"32\"/>", "<w:sz w:val=\"28\"/>"),
                "word/footer1.xml", Map.of("<w:b w:val=\"on\"/>", "", " \u2014<", " \u2014\u3000<"))));

        List<Finding> findings = new DocxChecker().check(file);

        assertThat(findings).extracting(f -> f.rule().id()).doesNotContain("page-number", "characters-per-line",
                "table-width", "table-grid", "table-font-size", "table-line-spacing");
    }

    @Test
    void finds_a_number_wider_than_its_cell_which_would_break_over_two_lines() throws IOException {
        // GIVEN our own table of 四号 cells whose first column is 1/9 of 156 mm: 17.3 mm less 1 mm a side
        Path narrow = write("narrow.docx", Documents.coordinates(1, 4, 4).toBytes());
        // WHEN checked THEN 13725.5845 (about 23.5 mm) and 13726.1 (16.1 mm) are found, once for the table;
        // 3512.25 in its 68 mm column is not
        assertThat(new DocxChecker().check(narrow)).filteredOn(f -> f.rule() == Rule.TABLE_NUMBER_SPLIT)
                .extracting(Finding::toString).containsExactly("table at paragraph 5 WARNING [table-number-split] "
                        + "表格中“13725.5845”等2个数字宽于所在单元格（约23.5毫米，单元格可排15.3毫米），将被拆在两行：数字不能回行，"
                        + "应加宽该列或减小表格字号 / the number 13725.5845 (and 1 more) is wider than its cell (about 23.5 mm "
                        + "where the cell holds 15.3 mm): it breaks over two lines, and a number must not; widen the column or "
                        + "set the table smaller");
        // AND with even columns (50 mm) nothing is
        Path even = write("even.docx", Documents.coordinates(1, 1, 1).toBytes());
        assertThat(new DocxChecker().check(even)).extracting(Finding::rule).doesNotContain(Rule.TABLE_NUMBER_SPLIT);
    }

    @Test
    void finds_a_page_number_in_another_face_and_a_table_without_column_widths() throws IOException {
        Path file = write("changed.docx", rewrite(ForeignDocx.laidOutByHand(), Map.of(
                "word/document.xml", Map.of("<w:tblGrid><w:gridCol w:w=\"5000\"/><w:gridCol w:w=\"5000\"/></w:tblGrid>", ""),
                "word/footer2.xml", Map.of("w:eastAsia=\"宋体\"", "w:eastAsia=\"仿宋\""))));

        List<Finding> findings = new DocxChecker().check(file);

        assertThat(findings).filteredOn(f -> f.rule().id().equals("table-grid") || f.where().toString().startsWith("footer (even"))
                .extracting(Finding::toString).containsExactly(
                        "footer (even pages) ERROR [font] 页码字体应为宋体，实为“仿宋” / page numbers should be set in 宋体 "
                                + "(SimSun), not \"仿宋\"",
                        "table at paragraph 3 WARNING [table-grid] 表格未设定列宽（w:tblGrid/w:gridCol）：应同时设定表格宽度和"
                                + "列宽，WPS按列宽排版 / the table states no column widths (w:tblGrid/w:gridCol): give both the "
                                + "table's and the columns' widths; WPS lays tables out by the columns");
    }

    @Test
    void leaves_out_the_paragraphs_a_drop_pattern_matches() throws IOException {
        Path file = write("ad.docx", ForeignDocx.withDocumentXml(ForeignDocx.documentXml(
                "酷乐文行整理，更新于2020-7-1", "关于开展安全检查的通知", "2020-7-1前完成检查。")));

        List<Finding> all = new DocxChecker().check(file);
        List<Finding> kept = DocxChecker.builder().drop("酷乐文行").build().check(file);

        assertThat(all).filteredOn(f -> f.rule().id().equals("date")).extracting(Finding::line).containsExactly(1, 3);
        assertThat(kept).filteredOn(f -> f.rule().id().equals("date")).extracting(Finding::line).containsExactly(3);
        // and the title is the first paragraph that is kept
        assertThat(all).filteredOn(f -> f.chinese().startsWith("标题")).extracting(Finding::line).containsOnly(1);
        assertThat(kept).filteredOn(f -> f.chinese().startsWith("标题")).extracting(Finding::line).containsOnly(2);
    }

    @Test
    void leaves_out_what_the_reader_drops_a_whole_paragraph_with_its_line_breaks() throws IOException {
        // the pattern finds "仅供" in the paragraph's second line: the reader drops the paragraph, and so
        // does the check; blanking only the matching line would have checked "X次" in the first
        Path file = write("ad-paragraph.docx", ForeignDocx.withDocumentXml(ForeignDocx.documentXml(
                "关于开展安全检查的通知", "开展检查X次</w:t><w:br/><w:t>仅供学习", "检查于2020年7月1日前完成。")));

        List<Finding> all = new DocxChecker().check(file);
        List<Finding> kept = DocxChecker.builder().drop("仅供").build().check(file);

        assertThat(all).filteredOn(f -> f.rule().id().equals("placeholder")).extracting(Finding::line).containsExactly(2);
        assertThat(kept).filteredOn(f -> f.rule().id().equals("placeholder")).isEmpty();
    }

    @Test
    void measures_the_character_grid_of_a_document_ending_on_a_landscape_page_across_the_portrait_lines()
            throws IOException {
        // Word's 28-character grid (charSpace -842 on 16 pt) in a last section turned for a landscape table
        String turned = "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/><w:pgMar w:top=\"1587\" "
                + "w:right=\"2098\" w:bottom=\"1474\" w:left=\"1984\" w:header=\"0\" w:footer=\"0\" w:gutter=\"0\"/>"
                + "<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"579\" w:charSpace=\"-842\"/></w:sectPr>";
        Path file = write("turned.docx", ForeignDocx.withDocumentXml(ForeignDocx.documentXml("标题", "正文。")
                .replace("</w:body>", turned + "</w:body>")));

        assertThat(new DocxChecker().check(file)).extracting(f -> f.rule().id()).doesNotContain("characters-per-line")
                .contains("page-number"); // no footers in this test document: the check did run
    }

    /** The package with these replacements made in these parts. */
    static byte[] rewrite(byte[] docx, Map<String, Map<String, String>> replacements) {
        DocxInspector inspector = new DocxInspector(docx);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (String part : inspector.partNames()) {
            String xml = new String(inspector.bytes(part), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> r : replacements.getOrDefault(part, Map.of()).entrySet()) {
                assertThat(xml).as(part).contains(r.getKey());
                xml = xml.replace(r.getKey(), r.getValue());
            }
            parts.put(part, xml.getBytes(StandardCharsets.UTF_8));
        }
        return ForeignDocx.zip(parts);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
