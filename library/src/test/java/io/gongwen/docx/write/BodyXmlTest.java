package io.gongwen.docx.write;

import io.gongwen.docx.read.WordContent;
import io.gongwen.OfficialDocument;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.Documents;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The body part: order of elements, styles, numbered headings, run-ins, the closing block (spec §6). */
class BodyXmlTest {
    private static final String DOC = "word/document.xml";

    private final DocxInspector docx = new DocxInspector(Documents.everyElement().toBytes());

    @Test
    void writes_the_elements_in_the_standards_order() {
        assertThat(docx.paragraphTexts()).containsExactly(
                "关于开展安全检查的通知",
                "",
                "各乡镇人民政府",
                "县直各单位：",
                "为切实做好安全生产工作，现将有关事项通知如下。",
                "一、总体要求",
                "（一）工作目标",
                "1.全面排查。排查各类隐患。",
                "（1）重点行业。突出重点行业领域。",
                "二、工作安排。按时完成检查。",
                "",
                "县安全生产委员会办公室",
                "2020年7月1日",
                "（此件公开发布）");
    }

    @Test
    void breaks_the_title_lines_inside_one_title_paragraph() {
        assertThat(docx.paragraphStyle("关于开展")).isEqualTo("Title");
        assertThat(docx.count(DOC, "/w:document/w:body/w:p[1]/w:r/w:br")).isEqualTo(1);
    }

    @Test
    void styles_each_paragraph_by_its_role() {
        assertThat(docx.paragraphStyle("各乡镇")).isEqualTo("Addressee");
        assertThat(docx.paragraphStyle("县直各单位")).isEqualTo("Addressee");
        assertThat(docx.paragraphStyle("为切实")).isEmpty(); // Normal, the default
        assertThat(docx.paragraphStyle("一、")).isEqualTo("Heading1");
        assertThat(docx.paragraphStyle("（一）")).isEqualTo("Heading2");
        assertThat(docx.paragraphStyle("1.")).isEqualTo("Heading3");
        assertThat(docx.paragraphStyle("（1）")).isEqualTo("Heading4");
        assertThat(docx.paragraphStyle("县安全")).isEqualTo("Signature");
        assertThat(docx.paragraphStyle("2020年")).isEqualTo("Date");
        assertThat(docx.paragraphStyle("（此件")).isEqualTo("Note");
    }

    @Test
    void keeps_standalone_headings_with_the_next_line_but_not_run_ins() {
        assertThat(docx.count(DOC, "//w:p[starts-with(string(.),'一、')]/w:pPr/w:keepNext")).isEqualTo(1);
        assertThat(docx.count(DOC, "//w:p[starts-with(string(.),'1.')]/w:pPr/w:keepNext")).isZero();
    }

    @Test
    void writes_a_run_in_heading_and_its_text_as_two_runs_the_text_in_body_type() {
        String runIn = "//w:p[starts-with(string(.),'1.')]";

        assertThat(docx.count(DOC, runIn + "/w:r")).isEqualTo(2);
        assertThat(docx.value(DOC, runIn + "/w:r[1]")).isEqualTo("1.全面排查。");
        assertThat(docx.count(DOC, runIn + "/w:r[1]/w:rPr")).isZero();
        assertThat(docx.value(DOC, runIn + "/w:r[2]/w:rPr/w:rStyle/@w:val")).isEqualTo("BodyTextChar");
        assertThat(docx.value(DOC, runIn + "/w:r[2]")).isEqualTo("排查各类隐患。");
    }

    @Test
    void indents_signature_and_date_so_the_date_starts_two_characters_right_of_the_signature() {
        // signature 11 characters, date 6 (four half-width digits count as two): the date is the
        // shorter, so the signature keeps 2 characters of right indent and the date gets 11 − 6 = 5
        long pitch = 315;
        assertThat(docx.value(DOC, "//w:p[string(.)='县安全生产委员会办公室']/w:pPr/w:ind/@w:right"))
                .isEqualTo(Long.toString(2 * pitch));
        assertThat(docx.value(DOC, "//w:p[string(.)='2020年7月1日']/w:pPr/w:ind/@w:right"))
                .isEqualTo(Long.toString(5 * pitch));
    }

    @Test
    void pushes_a_short_signature_left_when_the_date_is_longer() {
        OfficialDocument doc = OfficialDocument.builder().title("标题").paragraph("正文。")
                .signature("县政府").date(LocalDate.of(2020, 12, 31)).build();
        DocxInspector short_ = new DocxInspector(doc.toBytes());

        // date "2020年12月31日" is 7 characters: it keeps 2 of right indent, the signature (3)
        // gets 7 − 3 + 4 = 8, so its first character stands 2 left of the date's
        assertThat(short_.value(DOC, "//w:p[string(.)='2020年12月31日']/w:pPr/w:ind/@w:right")).isEqualTo("630");
        assertThat(short_.value(DOC, "//w:p[string(.)='县政府']/w:pPr/w:ind/@w:right")).isEqualTo("2520");
    }

    @Test
    void leaves_one_blank_line_after_the_title_and_before_the_signature() {
        assertThat(docx.count(DOC, "/w:document/w:body/w:p[2]/w:r")).isZero();
        assertThat(docx.count(DOC, "/w:document/w:body/w:p[11]/w:r")).isZero();
        assertThat(docx.count(DOC, "/w:document/w:body/w:p[not(w:r)]")).isEqualTo(2);
    }

    @Test
    void writes_tabs_as_tab_elements_and_keeps_spaces() {
        OfficialDocument doc = OfficialDocument.builder().title("标题").paragraph("甲\t乙  丙").build();
        DocxInspector tabs = new DocxInspector(doc.toBytes());

        String paragraph = "/w:document/w:body/w:p[3]/w:r";
        assertThat(tabs.count(DOC, paragraph + "/w:tab")).isEqualTo(1);
        assertThat(tabs.value(DOC, paragraph + "/w:t[1]")).isEqualTo("甲");
        assertThat(tabs.value(DOC, paragraph + "/w:t[2]/@xml:space")).isEqualTo("preserve");
        assertThat(tabs.value(DOC, paragraph + "/w:t[2]")).isEqualTo("乙  丙");
    }

    @Test
    void escapes_markup_characters() {
        OfficialDocument doc = OfficialDocument.builder().title("<标题> & \"引号\"").build();

        assertThat(new DocxInspector(doc.toBytes()).paragraphTexts().get(0)).isEqualTo("<标题> & \"引号\"");
    }

    @Test
    void encodes_every_utf8_width_across_buffer_boundaries() {
        // 1, 2, 3 and 4 bytes per character, markup characters, 150,000 characters: the writer's
        // buffer (32 KB) fills many times, at every offset
        String text = "A<é&国>😀\"".repeat(15_000) + "末";
        OfficialDocument doc = OfficialDocument.builder().title("标题").paragraph(text).build();

        DocxInspector written = new DocxInspector(doc.toBytes());

        assertThat(written.paragraphTexts().get(2)).isEqualTo(text);
        assertThat(io.gongwen.testing.Schemas.errors(doc.toBytes())).isEmpty();
    }

    @Test
    void joins_a_latin_letter_to_the_percent_sign_after_it_and_reads_the_joiner_back_out(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        OfficialDocument doc = OfficialDocument.builder().title("标题")
                .paragraph("办结率达X%，满意率达xx%，增长85%，占比１０%。").build();

        assertThat(new DocxInspector(doc.toBytes()).paragraphTexts())
                .contains("办结率达X\u2060%，满意率达xx\u2060%，增长85%，占比１０%。");
        doc.writeTo(dir.resolve("percent.docx"));
        assertThat(WordContent.read(dir.resolve("percent.docx")).paragraphs()).extracting(WordContent.Paragraph::text)
                .contains("办结率达X%，满意率达xx%，增长85%，占比１０%。");
    }

    @Test
    void keeps_spaces_and_joins_percent_signs_piece_by_piece_between_tabs() {
        DocxInspector tabbed = new DocxInspector(OfficialDocument.builder().title("标题")
                .paragraph("a  b\tX%与Y%\t单 个").build().toBytes());
        String p = "//w:p[w:r/w:tab]/w:r/w:t";

        assertThat(tabbed.elements(DOC, p)).extracting(org.w3c.dom.Element::getTextContent)
                .containsExactly("a  b", "X\u2060%与Y\u2060%", "单 个");
        assertThat(tabbed.elements(DOC, p)).extracting(t -> t.getAttribute("xml:space"))
                .containsExactly("preserve", "", "");
    }
}
