package io.gongwen.docx.write;

import io.gongwen.FormattedText;
import io.gongwen.OfficialDocument;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.NoteParts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Footnotes and endnotes as the writer writes them: {@code word/footnotes.xml} and
 * {@code word/endnotes.xml} with Word's separator notes, each mark a run of its own in the reference
 * style, the notes numbered in document order across sections and attachments, their text in the
 * note style (仿宋 小四, off the grid), the numbering stated in the settings and each section.
 */
class NotesXmlTest {
    private static OfficialDocument document() {
        return OfficialDocument.builder()
                .title("关于加强档案管理工作的通知")
                .paragraph(FormattedText.builder().text("根据《档案法》").footnote("2020年6月20日修订。")
                        .text("，现通知如下。").build())
                .section("工作措施", s -> s
                        .runIn("健全制度。", "各单位要建立制度。").endnote("制度范本见网站。")
                        .paragraph("加强档案安全保护。").footnote(FormattedText.builder().bold("重点").text("是防火。").build()))
                .signature("某某县人民政府办公室")
                .attachment("档案工作要求", a -> a.paragraph("按要求归档。").footnote("见附件说明。"))
                .build();
    }

    @Test
    void writes_each_mark_as_a_run_of_its_own_in_the_reference_style_numbered_in_document_order() {
        DocxInspector docx = new DocxInspector(document().toBytes());

        assertThat(NoteParts.marks(docx)).containsExactly(
                "F1 after 根据《档案法》 {rStyle=FootnoteReference}",
                "E1 after （一）健全制度。各单位要建立制度。 {rStyle=EndnoteReference}",
                "F2 after 加强档案安全保护。 {rStyle=FootnoteReference}",
                "F3 after 按要求归档。 {rStyle=FootnoteReference}");
        assertThat(docx.runs("根据")).containsExactly("根据《档案法》", "{rStyle=FootnoteReference}", "，现通知如下。");
        assertThat(docx.style("FootnoteReference", "w:rPr/w:vertAlign/@w:val")).isEqualTo("superscript");
        assertThat(docx.style("EndnoteReference", "w:rPr/w:vertAlign/@w:val")).isEqualTo("superscript");
    }

    @Test
    void writes_the_notes_after_words_separators_with_their_own_number_and_spans() {
        DocxInspector docx = new DocxInspector(document().toBytes());

        assertThat(NoteParts.notes(docx, "word/footnotes.xml")).containsExactly(
                "-1 separator: [separator]",
                "0 continuationSeparator: [continuationSeparator]",
                "1: [ref]{rStyle=FootnoteReference}| |2020年6月20日修订。",
                "2: [ref]{rStyle=FootnoteReference}| |重点{b}|是防火。",
                "3: [ref]{rStyle=FootnoteReference}| |见附件说明。");
        assertThat(NoteParts.notes(docx, "word/endnotes.xml")).containsExactly(
                "-1 separator: [separator]",
                "0 continuationSeparator: [continuationSeparator]",
                "1: [ref]{rStyle=EndnoteReference}| |制度范本见网站。");
        assertThat(docx.value("word/footnotes.xml", "/w:footnotes/w:footnote[@w:id='1']/w:p/w:pPr/w:pStyle/@w:val"))
                .isEqualTo("FootnoteText");
        assertThat(docx.value("word/endnotes.xml", "/w:endnotes/w:endnote[@w:id='1']/w:p/w:pPr/w:pStyle/@w:val"))
                .isEqualTo("EndnoteText");
    }

    @Test
    void sets_the_notes_in_fangsong_xiao_si_single_spaced_off_the_grid_without_an_indent() {
        DocxInspector docx = new DocxInspector(document().toBytes());

        assertThat(docx.style("FootnoteText", "w:rPr/w:rFonts/@w:eastAsia")).isEqualTo("仿宋_GB2312");
        assertThat(docx.style("FootnoteText", "w:rPr/w:sz/@w:val")).isEqualTo("24");
        assertThat(docx.style("FootnoteText", "w:pPr/w:snapToGrid/@w:val")).isEqualTo("0");
        assertThat(docx.style("FootnoteText", "w:pPr/w:spacing/@w:lineRule")).isEqualTo("auto");
        assertThat(docx.style("FootnoteText", "w:pPr/w:ind/@w:firstLineChars")).isEqualTo("0");
        assertThat(docx.style("EndnoteText", "w:basedOn/@w:val")).isEqualTo("FootnoteText");
    }

    @Test
    void numbers_on_through_the_document_in_arabic_numerals_in_the_settings_and_each_section() {
        DocxInspector docx = new DocxInspector(document().toBytes());

        String settings = "/w:settings/w:footnotePr/";
        assertThat(docx.value("word/settings.xml", settings + "w:numFmt/@w:val")).isEqualTo("decimal");
        assertThat(docx.value("word/settings.xml", settings + "w:numRestart/@w:val")).isEqualTo("continuous");
        assertThat(docx.count("word/settings.xml", settings + "w:footnote")).isEqualTo(2);
        assertThat(docx.value("word/settings.xml", "/w:settings/w:endnotePr/w:pos/@w:val")).isEqualTo("docEnd");
        assertThat(docx.value("word/settings.xml", "/w:settings/w:endnotePr/w:numFmt/@w:val")).isEqualTo("decimal");
        assertThat(docx.sections()).isNotEmpty().allSatisfy(s -> {
            assertThat(docx.value(s, "w:footnotePr/w:numRestart/@w:val")).isEqualTo("continuous");
            assertThat(docx.value(s, "w:endnotePr/w:numFmt/@w:val")).isEqualTo("decimal");
        });
    }

    @Test
    void relates_the_parts_and_gives_their_content_types() {
        DocxInspector docx = new DocxInspector(document().toBytes());

        assertThat(docx.partNames()).contains("word/footnotes.xml", "word/endnotes.xml");
        String rels = new String(docx.bytes("word/_rels/document.xml.rels"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(rels).contains("relationships/footnotes\" Target=\"footnotes.xml\"",
                "relationships/endnotes\" Target=\"endnotes.xml\"");
        String types = new String(docx.bytes("[Content_Types].xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(types).contains("PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.wordprocessingml.footnotes+xml\"");
    }

    @Test
    void a_document_without_notes_has_no_notes_parts_and_its_settings_say_nothing_of_them() {
        DocxInspector docx = new DocxInspector(OfficialDocument.builder().title("关于工作的通知").paragraph("正文。")
                .build().toBytes());

        assertThat(docx.partNames()).doesNotContain("word/footnotes.xml", "word/endnotes.xml");
        assertThat(docx.count("word/settings.xml", "/w:settings/w:footnotePr")).isZero();
        assertThat(docx.count("word/document.xml", "//w:footnotePr")).isZero();
    }

    @Test
    void only_footnotes_give_no_endnotes_part() {
        DocxInspector docx = new DocxInspector(OfficialDocument.builder().title("关于工作的通知").paragraph("正文。")
                .footnote("注。").build().toBytes());

        assertThat(docx.partNames()).contains("word/footnotes.xml").doesNotContain("word/endnotes.xml");
        assertThat(docx.count("word/settings.xml", "/w:settings/w:endnotePr")).isZero();
    }

    @Test
    void writes_the_same_bytes_for_the_same_document() {
        assertThat(document().toBytes()).isEqualTo(document().toBytes());
    }
}
