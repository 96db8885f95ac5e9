package io.gongwen.docx.write;

import io.gongwen.FormattedText;
import io.gongwen.OfficialDocument;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.NoteParts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The title's spans and notes as the writer writes them: one paragraph in the title's style, as ever,
 * a run per stretch carrying only what its span changes ({@code w:vertAlign}, {@code w:i}, …), a
 * {@code w:br} in a run of its own between the lines, and the note's mark a
 * {@code w:footnoteReference} numbered before the body's notes.
 */
class TitleRunsXmlTest {
    private static OfficialDocument document() {
        return OfficialDocument.builder()
                .title(FormattedText.builder().text("关于全市PM").subscript("2.5").text("平均浓度").build(),
                        FormattedText.builder().text("和新增绿地10").superscript("4").text("公顷情况的报告")
                                .footnote("本报告经市人民政府常务会议审议通过。").build())
                .paragraph(FormattedText.builder().text("全市细颗粒物平均浓度为30微克/立方米").footnote("监测数据来自市监测中心。")
                        .text("。").build())
                .build();
    }

    @Test
    void writes_the_titles_runs_with_only_what_their_spans_change_and_a_break_of_its_own_between_lines() {
        DocxInspector docx = new DocxInspector(document().toBytes());

        assertThat(docx.runs("关于全市")).containsExactly("关于全市PM", "2.5{vertAlign=subscript}", "平均浓度", "",
                "和新增绿地10", "4{vertAlign=superscript}", "公顷情况的报告", "{rStyle=FootnoteReference}");
        assertThat(docx.count("word/document.xml", "/w:document/w:body/w:p[1]/w:r[4]/w:br")).isEqualTo(1);
        assertThat(docx.count("word/document.xml", "/w:document/w:body/w:p[1]//w:br")).isEqualTo(1);
        assertThat(docx.paragraphStyle("关于全市")).isEqualTo(StyleId.TITLE.id);
    }

    @Test
    void numbers_the_titles_note_first_and_the_bodys_after_it() {
        DocxInspector docx = new DocxInspector(document().toBytes());

        assertThat(NoteParts.marks(docx)).containsExactly(
                "F1 after 关于全市PM2.5平均浓度和新增绿地104公顷情况的报告 {rStyle=FootnoteReference}",
                "F2 after 全市细颗粒物平均浓度为30微克/立方米 {rStyle=FootnoteReference}");
        assertThat(NoteParts.notes(docx, "word/footnotes.xml")).containsExactly(
                "-1 separator: [separator]",
                "0 continuationSeparator: [continuationSeparator]",
                "1: [ref]{rStyle=FootnoteReference}| |本报告经市人民政府常务会议审议通过。",
                "2: [ref]{rStyle=FootnoteReference}| |监测数据来自市监测中心。");
        assertThat(docx.partNames()).doesNotContain("word/endnotes.xml");
    }

    @Test
    void writes_a_plain_title_as_before_and_the_same_bytes_each_time() {
        OfficialDocument plain = OfficialDocument.builder().title("关于全市PM2.5平均浓度", "和新增绿地情况的报告")
                .paragraph("正文。").build();
        DocxInspector docx = new DocxInspector(plain.toBytes());

        // one run a line, the break inside the second, no run properties
        assertThat(docx.runs("关于全市")).containsExactly("关于全市PM2.5平均浓度", "和新增绿地情况的报告");
        assertThat(docx.count("word/document.xml", "/w:document/w:body/w:p[1]/w:r[2]/w:br")).isEqualTo(1);
        assertThat(plain.toBytes()).isEqualTo(OfficialDocument.builder().title("关于全市PM2.5平均浓度", "和新增绿地情况的报告")
                .paragraph("正文。").build().toBytes());
        assertThat(document().toBytes()).isEqualTo(document().toBytes());
    }
}
