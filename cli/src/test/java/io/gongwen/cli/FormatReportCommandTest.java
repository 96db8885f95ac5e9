package io.gongwen.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongwen.samples.WriteSamples;
import io.gongwen.testing.WordLikeDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gongwen format --report} and {@code --report-json}: what reformatting changed. */
class FormatReportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Test
    void the_text_report_lists_each_change_in_chinese_and_english_and_the_check_of_the_result(@TempDir Path dir)
            throws Exception {
        Path in = dir.resolve("notice.docx");
        Files.write(in, WordLikeDocx.notice());
        Path out = dir.resolve("out.docx");

        Gongwen.Run run = Gongwen.run("format", in.toString(), "-o", out.toString(), "--report");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().toList()).containsSubsequence(
                in + " → " + out,
                "  line 8: a text box is not laid out; its text is kept as paragraphs 9–10, right after this paragraph: 联系人：张三",
                "  改动 43 项 / 43 changes:",
                "    page [margin] 上边距：25.4 mm → 37 mm / top margin: 25.4 mm → 37 mm",
                "    page [margin] 下边距：25.4 mm → 35 mm / bottom margin: 25.4 mm → 35 mm",
                "    page [margin] 左边距：31.8 mm → 28 mm / left margin: 31.8 mm → 28 mm",
                "    page [margin] 右边距：31.8 mm → 26 mm / right margin: 31.8 mm → 26 mm",
                "    page [line-pitch] 行网格：无 → 28.95 pt（每页 22 行） / line grid: none → 28.95 pt (22 lines a page)",
                "    document [face] 正文字体：宋体、未指定 → 仿宋_GB2312 / body face: 宋体, (not stated) → 仿宋_GB2312",
                "    document [size] 正文字号：小四（12 pt）、未指定 → 三号（16 pt） / body size: 12 pt, (not stated) → 16 pt",
                "    document [indent] 正文首行缩进：0 → 2 字 / body first-line indent: 0 → 2 characters",
                "    document [alignment] 正文对齐方式：左对齐 → 两端对齐 / body alignment: left → justified",
                "    document [line-spacing] 正文行距：单倍行距 → 固定值 28.95 磅 / body line spacing: single → exact 28.95 pt",
                "    document [face] 标题字体：宋体 → 方正小标宋简体 / title face: 宋体 → 方正小标宋简体",
                "    document [size] 标题字号：小二（18 pt） → 二号（22 pt） / title size: 18 pt → 22 pt",
                "    document [line-spacing] 标题行距：单倍行距 → 固定值 28.95 磅 / title line spacing: single → exact 28.95 pt",
                "    document [face] 一级标题字体：宋体 → 黑体 / heading 1 face: 宋体 → 黑体",
                "    document [size] 一级标题字号：小四（12 pt） → 三号（16 pt） / heading 1 size: 12 pt → 16 pt",
                "    document [face] 二级标题字体：宋体 → 楷体_GB2312 / heading 2 face: 宋体 → 楷体_GB2312",
                "    document [size] 二级标题字号：小四（12 pt） → 三号（16 pt） / heading 2 size: 12 pt → 16 pt",
                "    paragraph 5 [numbering] 序号：“(一)” → “（一）” / number: \"(一)\" → \"（一）\"",
                "    paragraph 6 [punctuation] 标点：“(” → “（” / punctuation: \"(\" → \"（\"",
                "    paragraph 6 [punctuation] 标点：“)” → “）” / punctuation: \")\" → \"）\"",
                "    paragraph 7 [date] 日期：“2021年03月01日” → “2021年3月1日” / date: \"2021年03月01日\" → \"2021年3月1日\"",
                "    paragraph 8 [colour] 彩色文字（FF0000：报送县应急管理局）改为黑色 / coloured text (FF0000: 报送县应急管理局) "
                        + "written in black",
                "    paragraph 8 [text-box] 文本框未排版，其文字保留为第 9–10 段，位于本段之后 / a text box is not laid out; its "
                        + "text is kept as paragraphs 9–10, right after this paragraph",
                "    document [tracked-changes] 修订 2 处，已全部接受 / 2 tracked changes, all accepted",
                "    document [comments] 批注 1 条，已删除 / 1 comment, left out",
                "  排版结果检查：未发现问题 / check of the result: no findings");
    }

    @Test
    void the_json_report_is_alone_on_standard_output(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("notice.docx");
        Files.write(in, WordLikeDocx.notice());
        Path out = dir.resolve("out.docx");

        Gongwen.Run run = Gongwen.run("format", in.toString(), "-o", out.toString(), "--report-json");

        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("tool").asText()).isEqualTo("gongwen");
        JsonNode file = root.get("files").get(0);
        assertThat(file.get("path").asText()).isEqualTo(in.toString());
        assertThat(file.get("output").asText()).isEqualTo(out.toString());
        assertThat(file.get("type").asText()).isEqualTo("docx");
        assertThat(file.get("status").asText()).isEqualTo("formatted");
        assertThat(file.get("warnings").get(2).get("line").asInt()).isEqualTo(8);
        assertThat(file.get("findings")).isEmpty();
        List<String> rows = new ArrayList<>();
        for (JsonNode c : file.get("changes")) {
            rows.add(c.get("kind").asText() + "|" + c.get("where").asText() + "|" + c.get("line").asInt() + "|"
                    + c.get("element").asText() + "|" + text(c.get("before")) + "|" + text(c.get("after")) + "|"
                    + text(c.get("rule")));
            assertThat(c.get("chinese").asText()).isNotBlank();
            assertThat(c.get("english").asText()).isNotBlank();
            assertThat(c.get("paragraphs").isArray()).isTrue();
        }
        assertThat(rows).containsExactly(
                "margin|page|0|top margin|25.4 mm|37 mm|null",
                "margin|page|0|bottom margin|25.4 mm|35 mm|null",
                "margin|page|0|left margin|31.8 mm|28 mm|null",
                "margin|page|0|right margin|31.8 mm|26 mm|null",
                "line-pitch|page|0|line pitch|null|28.95 pt|null",
                "face|document|0|body|宋体, (not stated)|仿宋_GB2312|null",
                "size|document|0|body|12 pt, (not stated)|16 pt|null",
                "indent|document|0|body|0|2 characters|null",
                "alignment|document|0|body|left|justified|null",
                "line-spacing|document|0|body|single|exact 28.95 pt|null",
                "face|document|0|title|宋体|方正小标宋简体|null",
                "size|document|0|title|18 pt|22 pt|null",
                "line-spacing|document|0|title|single|exact 28.95 pt|null",
                "face|document|0|heading 1|宋体|黑体|null",
                "size|document|0|heading 1|12 pt|16 pt|null",
                "indent|document|0|heading 1|0|2 characters|null",
                "alignment|document|0|heading 1|left|justified|null",
                "line-spacing|document|0|heading 1|single|exact 28.95 pt|null",
                "face|document|0|heading 2|宋体|楷体_GB2312|null",
                "size|document|0|heading 2|12 pt|16 pt|null",
                "indent|document|0|heading 2|0|2 characters|null",
                "alignment|document|0|heading 2|left|justified|null",
                "line-spacing|document|0|heading 2|single|exact 28.95 pt|null",
                "face|document|0|main recipients|宋体|仿宋_GB2312|null",
                "size|document|0|main recipients|12 pt|16 pt|null",
                "alignment|document|0|main recipients|left|justified|null",
                "line-spacing|document|0|main recipients|single|exact 28.95 pt|null",
                "face|document|0|signature|宋体|仿宋_GB2312|null",
                "size|document|0|signature|12 pt|16 pt|null",
                "right-indent|document|0|signature|0|11.1 mm|null",
                "line-spacing|document|0|signature|single|exact 28.95 pt|null",
                "face|document|0|date|宋体|仿宋_GB2312|null",
                "size|document|0|date|12 pt|16 pt|null",
                "right-indent|document|0|date|0|22.2 mm|null",
                "line-spacing|document|0|date|single|exact 28.95 pt|null",
                "numbering|paragraph 5|5|text|(一)|（一）|half-width-ordinal",
                "punctuation|paragraph 6|6|text|(|（|mixed-punctuation",
                "punctuation|paragraph 6|6|text|)|）|mixed-punctuation",
                "date|paragraph 7|7|text|2021年03月01日|2021年3月1日|date",
                "colour|paragraph 8|8|text colour|FF0000|null|null",
                "text-box|paragraph 8|8|text box|text box|paragraphs 9–10|null",
                "tracked-changes|document|0|tracked changes|2|null|null",
                "comments|document|0|comments|1|null|null");
        assertThat(root.get("summary").toString()).isEqualTo(
                "{\"files\":1,\"formatted\":1,\"unusable\":0,\"changes\":43,\"findings\":0,\"exitCode\":0}");
        // what is said about the file goes to standard error instead
        assertThat(run.err()).startsWith(in + " → " + out);
        assertThat(Files.size(out)).isPositive();
    }

    @Test
    void a_text_draft_has_no_page_set_up_before(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("draft.txt");
        Files.writeString(in, "关于开展检查的通知\n各单位：\n现将有关事项通知如下。\n(一)明确责任。各单位要落实责任，于2021年03月01日前完成。\n"
                + "平安县人民政府\n2021年2月1日\n", StandardCharsets.UTF_8);

        Gongwen.Run run = Gongwen.run("format", in.toString(), "-o", dir.resolve("draft.docx").toString(), "--report");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).containsSubsequence(
                "  改动 4 项 / 4 changes:",
                "    page [page-set-up] 文本草稿没有页面设置，按规范设置：210 × 297 mm，上边距 37 mm、下边距 35 mm、左边距 28 mm、"
                        + "右边距 26 mm，每页 22 行、每行 28 字 / a text draft has no page set-up; set to the specification's: "
                        + "210 × 297 mm, margins top 37, bottom 35, left 28, right 26 mm, 22 lines of 28 characters",
                "    line 4 [numbering] 序号：“(一)” → “（一）” / number: \"(一)\" → \"（一）\"",
                "    line 4 [date] 日期：“2021年03月01日” → “2021年3月1日” / date: \"2021年03月01日\" → \"2021年3月1日\"",
                "  排版结果检查：未发现问题 / check of the result: no findings");
        assertThat(run.out()).contains("document [face] 文本草稿没有字体字号，按规范设置：标题 方正小标宋简体 二号（22 pt），");
    }

    @Test
    void lines_dropped_and_headings_renumbered_are_listed(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("draft.txt");
        Files.writeString(in, "关于开展检查的通知\n各单位：\n仅供学习交流使用，请勿用于任何商业用途，违者追究法律责任。\n一、总体要求\n"
                + "各单位要落实责任(2021年03月01日前)。\n三、工作安排\n各单位按期完成任务。\n平安县人民政府\n2021年2月1日\n",
                StandardCharsets.UTF_8);

        Gongwen.Run run = Gongwen.run("format", in.toString(), "-o", dir.resolve("draft.docx").toString(), "--report",
                "--drop", "仅供学习", "--renumber");
        Gongwen.Run json = Gongwen.run("format", in.toString(), "-o", dir.resolve("json.docx").toString(),
                "--report-json", "--drop", "仅供学习", "--renumber");
        Gongwen.Run kept = Gongwen.run("format", in.toString(), "-o", dir.resolve("kept.docx").toString(), "--report");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).containsSubsequence(
                "    line 3 [dropped] 第 3 行按 --drop 模式删除：“仅供学习交流使用，请勿用于任何商业用途，违者追究……” / line 3 left out "
                        + "by a --drop pattern: \"仅供学习交流使用，请勿用于任何商业用途，违者追究……\"",
                "    line 5 [date] 日期：“2021年03月01日” → “2021年3月1日” / date: \"2021年03月01日\" → \"2021年3月1日\"",
                "    line 6 [renumbered] 序号：“三、” → “二、” / number: \"三、\" → \"二、\"");
        assertThat(json.exitCode()).isZero();
        List<String> rows = new ArrayList<>();
        for (JsonNode c : JSON.readTree(json.out()).get("files").get(0).get("changes")) {
            if (List.of("dropped", "renumbered").contains(c.get("kind").asText())) {
                rows.add(c.get("kind").asText() + "|" + c.get("where").asText() + "|" + c.get("line").asInt() + "|"
                        + c.get("element").asText() + "|" + text(c.get("before")) + "|" + text(c.get("after")) + "|"
                        + c.get("english").asText());
            }
        }
        assertThat(rows).containsExactly(
                "dropped|line 3|3|line|仅供学习交流使用，请勿用于任何商业用途，违者追究……|null|line 3 left out by a --drop pattern: "
                        + "\"仅供学习交流使用，请勿用于任何商业用途，违者追究……\"",
                "renumbered|line 6|6|heading 1|三、|二、|number: \"三、\" → \"二、\"");
        // without --drop and --renumber, the line is kept and the number printed as written: neither is listed
        assertThat(kept.exitCode()).isZero();
        assertThat(kept.out()).doesNotContain("[dropped]", "[renumbered]");
        assertThat(io.gongwen.text.DocxReader.standard().read(io.gongwen.text.DocxReader.open(dir.resolve("draft.docx")))
                .document().body().toString()).doesNotContain("仅供学习").contains("number=2, heading=工作安排");
    }

    @Test
    void our_own_sample_reformatted_changes_nothing_and_has_no_findings(@TempDir Path dir) throws Exception {
        Path ours = dir.resolve("holiday-duty-notice.docx");
        WriteSamples.SAMPLES.get("holiday-duty-notice.docx").get().writeTo(ours);

        Gongwen.Run run = Gongwen.run("format", ours.toString(), "-o", dir.resolve("again.docx").toString(),
                "--report-json");

        JsonNode file = JSON.readTree(run.out()).get("files").get(0);
        assertThat(file.get("changes")).isEmpty();
        assertThat(file.get("findings")).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void with_the_document_on_standard_output_the_report_goes_to_standard_error_and_json_is_refused(@TempDir Path dir)
            throws Exception {
        Path in = dir.resolve("notice.docx");
        Files.write(in, WordLikeDocx.notice());

        Gongwen.Raw text = Gongwen.raw("format", in.toString(), "-o", "-", "--report");
        Gongwen.Run json = Gongwen.run("format", in.toString(), "-o", "-", "--report-json");
        Gongwen.Run both = Gongwen.run("format", in.toString(), "-o", dir.resolve("x.docx").toString(), "--report",
                "--report-json");

        assertThat(text.exitCode()).isZero();
        assertThat(new String(text.out(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(text.err()).contains("  改动 43 项 / 43 changes:", "check of the result: no findings");
        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.out()).isEmpty();
        assertThat(json.err()).isEqualTo("gongwen format: --report-json writes its JSON to standard output, which -o - "
                + "takes for the document; write the document to a file\n");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("give either --report (text) or --report-json, not both");
        assertThat(dir.resolve("x.docx")).doesNotExist();
    }

    @Test
    void a_folder_reports_every_file_and_the_unusable_ones(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("in"));
        Files.write(folder.resolve("a.docx"), WordLikeDocx.notice());
        Files.write(folder.resolve("b.docx"), "not a zip".getBytes(StandardCharsets.UTF_8));

        Gongwen.Run run = Gongwen.run("format", folder.toString(), "-o", dir.resolve("out").toString(), "--report-json");

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("files").get(0).get("status").asText()).isEqualTo("formatted");
        assertThat(root.get("files").get(0).get("output").asText()).isEqualTo(dir.resolve("out").resolve("a.docx").toString());
        JsonNode bad = root.get("files").get(1);
        assertThat(bad.get("status").asText()).isEqualTo("unusable");
        assertThat(bad.get("output").isNull()).isTrue();
        assertThat(bad.get("error").asText()).contains("b.docx");
        assertThat(bad.get("changes")).isEmpty();
        assertThat(root.get("summary").toString()).isEqualTo(
                "{\"files\":2,\"formatted\":1,\"unusable\":1,\"changes\":43,\"findings\":0,\"exitCode\":2}");
        assertThat(run.err()).contains("1 of 2 files formatted into");
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "null" : node.asText();
    }
}
