package io.gongwen.docx.write;

import io.gongwen.docx.read.WordContent;
import io.gongwen.Emphasis;
import io.gongwen.Font;
import io.gongwen.FormattedText;
import io.gongwen.OfficialDocument;
import io.gongwen.check.TextChecker;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.ForeignDocx;
import io.gongwen.text.DocxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Character formatting inside body paragraphs ({@code w:r/w:rPr}): one style per paragraph as ever,
 * and runs that carry only what their span changes, in schema order; and a reformatted .docx that
 * keeps every run's formatting.
 */
class InlineRunsXmlTest {
    @TempDir
    Path dir;

    private static OfficialDocument document() {
        return OfficialDocument.builder()
                .title("关于做好节能减排工作的通知")
                .paragraph(FormattedText.builder().bold("一是").text("加强领导，绿地3000m").superscript("2")
                        .text("，CO").subscript("2").text("减排。")
                        .run("引文", Font.chinese("楷体_GB2312"), Emphasis.SUPERSCRIPT, Emphasis.UNDERLINE,
                                Emphasis.ITALIC, Emphasis.BOLD)
                        .build())
                .paragraph("全面推进各项工作。")
                .runIn("落实责任。", FormattedText.builder().text("各单位").bold("务必").text("落实。").build())
                .build();
    }

    @Test
    void writes_a_run_per_span_with_only_what_it_changes_in_schema_order() {
        DocxInspector docx = new DocxInspector(document().toBytes());

        assertThat(docx.runs("一是")).containsExactly("一是{b}", "加强领导，绿地3000m", "2{vertAlign=superscript}", "，CO",
                "2{vertAlign=subscript}", "减排。", "引文{rFonts=楷体_GB2312 b i u=single vertAlign=superscript}");
        assertThat(docx.paragraphStyle("一是")).isEmpty(); // Normal, as every body paragraph
    }

    @Test
    void writes_strike_through_once_and_twice_in_schema_order() {
        DocxInspector docx = new DocxInspector(OfficialDocument.builder().title("关于做好节能减排工作的通知")
                .paragraph(FormattedText.builder().text("各单位要").run("尽快", Emphasis.STRIKE, Emphasis.ITALIC,
                        Emphasis.UNDERLINE).run("认真", Emphasis.DOUBLE_STRIKE, Emphasis.BOLD).text("落实。").build())
                .build().toBytes());

        assertThat(docx.runs("各单位要")).containsExactly("各单位要", "尽快{i strike u=single}", "认真{b dstrike}", "落实。");
    }

    @Test
    void writes_a_plain_paragraph_as_one_run_without_properties() {
        DocxInspector docx = new DocxInspector(document().toBytes());

        assertThat(docx.runs("全面推进")).containsExactly("全面推进各项工作。");
    }

    @Test
    void writes_a_run_in_headings_text_in_the_body_character_style_with_its_spans_on_top() {
        DocxInspector docx = new DocxInspector(document().toBytes());

        assertThat(docx.runs("一、落实")).containsExactly("一、落实责任。", "各单位{rStyle=BodyTextChar}",
                "务必{rStyle=BodyTextChar b}", "落实。{rStyle=BodyTextChar}");
    }

    @Test
    void writes_the_same_bytes_for_the_same_document() {
        assertThat(document().toBytes()).isEqualTo(document().toBytes());
    }

    @Test
    void a_reformatted_summary_keeps_every_run_under_the_same_formatting() throws IOException {
        // GIVEN a 总结 made with raw POI: bold lead-ins, 10⁴, CO₂, m², italic, underline, a 楷体 quotation
        Path in = dir.resolve("in.docx");
        Files.write(in, ForeignDocx.summaryWithEmphasis());

        // WHEN it is formatted as `gongwen format` does (the safe fixes applied) and the result reopened
        Path out = dir.resolve("out.docx");
        DocxReader.builder().paragraphText(TextChecker::applySafeFixes).build().read(in).document().writeTo(out);
        WordContent result = WordContent.read(out);

        // THEN each paragraph has the same text under the same formatting, run by run
        assertThat(runs(result, "一是")).containsExactly("一是{b}", "经济稳步增长。全县生产总值达到1.2×10", "4{^}", "亿元。");
        assertThat(runs(result, "二是")).containsExactly("二是{b}", "生态持续改善。CO", "2{_}", "排放下降，新增绿地3000m",
                "2{^}", "。");
        assertThat(runs(result, "（一）")).containsExactly("（一）强化组织领导。{楷体_GB2312}", "各单位", "务必{b}", "落实主体责任。");
        assertThat(runs(result, "正如")).containsExactly("正如文件指出：", "“发展是第一要务”{i}", "，", "必须牢记{u}", "。");
        assertThat(runs(result, "总书记")).containsExactly("总书记强调：", "“绿水青山就是金山银山。”{楷体_GB2312}",
                "我们要久久为功。");
    }

    @Test
    void a_reformatted_summary_reads_back_into_the_same_document() throws IOException {
        Path in = dir.resolve("in.docx");
        Files.write(in, ForeignDocx.summaryWithEmphasis());
        OfficialDocument formatted = DocxReader.standard().read(in).document();
        Path out = dir.resolve("out.docx");
        formatted.writeTo(out);

        assertThat(DocxReader.standard().read(out).document().toBytes()).isEqualTo(formatted.toBytes());
    }

    /** The runs of the paragraph that starts so: text, then its bold, italic, underline, ^ or _, a 楷体 face. */
    private static List<String> runs(WordContent docx, String start) {
        WordContent.Paragraph p = docx.paragraphs().stream().filter(x -> x.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starts with " + start));
        List<String> out = new ArrayList<>();
        for (WordContent.Run r : p.runs()) {
            List<String> flags = new ArrayList<>();
            r.eastAsiaFont().filter(f -> f.contains("楷")).ifPresent(flags::add);
            if (r.bold()) {
                flags.add("b");
            }
            if (r.italic()) {
                flags.add("i");
            }
            if (r.underline()) {
                flags.add("u");
            }
            if (r.superscript()) {
                flags.add("^");
            }
            if (r.subscript()) {
                flags.add("_");
            }
            out.add(flags.isEmpty() ? r.text() : r.text() + "{" + String.join(" ", flags) + "}");
        }
        return out;
    }
}
