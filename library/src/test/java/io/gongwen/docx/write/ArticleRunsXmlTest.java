package io.gongwen.docx.write;

import io.gongwen.Emphasis;
import io.gongwen.FormattedText;
import io.gongwen.OfficialDocument;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.NoteParts;
import io.gongwen.testing.NotedDocx;
import io.gongwen.text.DocxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runs of articles, chapter titles and headings with spans and notes ({@code w:r/w:rPr}): the
 * article's number in its character style, its text as body text whose runs carry only what their
 * span changes; a chapter's and a heading's runs in the paragraph's style plus their spans; the
 * footnote references and the footnotes part.
 */
class ArticleRunsXmlTest {
    @TempDir
    Path dir;

    private DocxInspector reformatted(byte[] source) throws Exception {
        Path in = dir.resolve("in.docx");
        Files.write(in, source);
        Path out = dir.resolve("out.docx");
        DocxReader.standard().read(in).document().writeTo(out);
        return new DocxInspector(Files.readAllBytes(out));
    }

    @Test
    void an_articles_runs_carry_its_spans_after_the_number_in_its_style_and_its_footnote_mark() throws Exception {
        // GIVEN the raw-POI measures, reformatted
        DocxInspector docx = reformatted(NotedDocx.regulation());
        // THEN the number is in the label's style, the text plain but for CO₂'s subscript, the mark where it stood
        assertThat(docx.runs("第一条")).containsExactly("第一条{rStyle=ArticleLabelChar}", "\u3000为了规范二氧化碳（CO",
                "2{vertAlign=subscript}", "）排放管理，根据《中华人民共和国大气污染防治法》", "{rStyle=FootnoteReference}",
                "，制定本办法。");
        assertThat(docx.runs("第二条")).containsExactly("第二条{rStyle=ArticleLabelChar}", "\u3000重点单位的建筑面积以m",
                "2{vertAlign=superscript}", "计，", "应当{i}", "按时{u=single}", "报送排放报告。");
        // AND a plain article is two runs, as before
        assertThat(docx.runs("第三条")).containsExactly("第三条{rStyle=ArticleLabelChar}", "\u3000本办法自2021年3月1日起施行。");
        // AND the chapter bold throughout is one run in its style; the other's 2 is lowered, not made bold
        assertThat(docx.runs("第一章")).containsExactly("第一章\u3000总则");
        assertThat(docx.runs("第二章")).containsExactly("第二章\u3000CO", "2{vertAlign=subscript}", "排放管理",
                "{rStyle=FootnoteReference}");
        assertThat(docx.paragraphStyle("第二章")).isEqualTo(docx.paragraphStyle("第一章"));
        // AND both footnotes are marked after their words and printed in the footnotes part
        assertThat(NoteParts.marks(docx)).containsExactly(
                "F1 after 第一条\u3000为了规范二氧化碳（CO2）排放管理，根据《中华人民共和国大气污染防治法》 {rStyle=FootnoteReference}",
                "F2 after 第二章\u3000CO2排放管理 {rStyle=FootnoteReference}");
        assertThat(NoteParts.notes(docx, "word/footnotes.xml")).containsExactly(
                "-1 separator: [separator]", "0 continuationSeparator: [continuationSeparator]",
                "1: [ref]{rStyle=FootnoteReference}| |" + NotedDocx.REGULATION_FOOTNOTES[0],
                "2: [ref]{rStyle=FootnoteReference}| |" + NotedDocx.REGULATION_FOOTNOTES[1]);
    }

    @Test
    void a_headings_runs_carry_its_spans_after_the_number_and_a_bold_heading_stays_one_run() throws Exception {
        DocxInspector docx = reformatted(NotedDocx.headingSpans());

        assertThat(docx.runs("一、")).containsExactly("一、总体要求");
        assertThat(docx.runs("二、")).containsExactly("二、CO", "2{vertAlign=subscript}", "减排");
        assertThat(docx.runs("（一）")).containsExactly("（一）推进", "绿色{i}", "发展");
        assertThat(docx.runs("（二）")).containsExactly("（二）控制m", "2{vertAlign=superscript}", "面积。",
                "新建公共建筑面积要严格控制。{rStyle=BodyTextChar}");
    }

    @Test
    void a_built_heading_and_article_write_each_emphasis_in_schema_order() {
        DocxInspector docx = new DocxInspector(OfficialDocument.builder().title("关于做好节能减排工作的通知")
                .section(FormattedText.builder().text("控制").run("面积", Emphasis.UNDERLINE, Emphasis.ITALIC,
                        Emphasis.DOUBLE_STRIKE).build(), s -> s
                        .article("第一条", FormattedText.builder().bold("重点").text("单位").run("应当", Emphasis.STRIKE)
                                .text("报告。").build()))
                .build().toBytes());

        assertThat(docx.runs("一、")).containsExactly("一、控制", "面积{i dstrike u=single}");
        assertThat(docx.runs("第一条")).containsExactly("第一条{rStyle=ArticleLabelChar}", "\u3000", "重点{b}", "单位",
                "应当{strike}", "报告。");
    }
}
