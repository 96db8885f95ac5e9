package io.gongwen.docx.write;

import io.gongwen.DocumentFormat;
import io.gongwen.HeadingLevel;
import io.gongwen.OfficialDocument;
import io.gongwen.samples.RegulationNotice;
import io.gongwen.testing.DocxInspector;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The XML written for what real documents carry besides the 一、 scheme: issued documents, chapters,
 * articles, headings numbered as written, minutes' numbers and labels printed as the source prints
 * them.
 */
class RealDocumentElementsXmlTest {
    private static DocxInspector docx(OfficialDocument doc) {
        return new DocxInspector(doc.toBytes());
    }

    private static String paragraph(String start) {
        return "/w:document/w:body/w:p[starts-with(string(.), '" + start + "')]";
    }

    @Test
    void an_issued_document_starts_a_page_with_its_title_in_the_title_face() {
        DocxInspector docx = docx(RegulationNotice.build());

        String title = paragraph("XX县农村公路养护管理办法");
        assertThat(docx.value("word/document.xml", title + "/w:pPr/w:pStyle/@w:val")).isEqualTo("IssuedTitle");
        assertThat(docx.count("word/document.xml", title + "/w:pPr/w:pageBreakBefore")).isEqualTo(1);
        assertThat(docx.style("IssuedTitle", "w:basedOn/@w:val")).isEqualTo("Title");
        assertThat(docx.value("word/document.xml", paragraph("（2021年4月28日") + "/w:pPr/w:pStyle/@w:val"))
                .isEqualTo("IssuedSubtitle");
        assertThat(docx.style("IssuedSubtitle", "w:pPr/w:jc/@w:val")).isEqualTo("center");
        assertThat(docx.style("IssuedSubtitle", "w:rPr/w:rFonts/@w:eastAsia")).isEqualTo("楷体_GB2312");
        // the notice's own title stays the only Title paragraph
        assertThat(docx.paragraphStyles().stream().filter("Title"::equals)).hasSize(1);
    }

    @Test
    void a_chapter_is_centred_in_heiti_and_an_article_number_is_a_heiti_run_before_its_text() {
        DocxInspector docx = docx(RegulationNotice.build());

        assertThat(docx.value("word/document.xml", paragraph("第一章") + "/w:pPr/w:pStyle/@w:val")).isEqualTo("Chapter");
        assertThat(docx.paragraphTexts()).contains("第一章\u3000总则");
        assertThat(docx.style("Chapter", "w:pPr/w:jc/@w:val")).isEqualTo("center");
        assertThat(docx.style("Chapter", "w:rPr/w:rFonts/@w:eastAsia")).isEqualTo("黑体");
        assertThat(docx.count("word/styles.xml", "/w:styles/w:style[@w:styleId='Chapter']/w:pPr/w:keepNext")).isEqualTo(1);

        String article = paragraph("第一条");
        assertThat(docx.count("word/document.xml", article + "/w:pPr/w:pStyle")).isZero(); // a body paragraph
        assertThat(docx.value("word/document.xml", article + "/w:r[1]/w:rPr/w:rStyle/@w:val")).isEqualTo("ArticleLabelChar");
        assertThat(docx.value("word/document.xml", article + "/w:r[1]/w:t")).isEqualTo("第一条");
        assertThat(docx.value("word/document.xml", article + "/w:r[2]/w:t")).startsWith("\u3000为了加强农村公路养护管理");
        assertThat(docx.style("ArticleLabelChar", "w:rPr/w:rFonts/@w:eastAsia")).isEqualTo("黑体");
        // an item keeps its number as text, in the body face
        assertThat(docx.count("word/document.xml", paragraph("（一）县道；") + "/w:pPr/w:pStyle")).isZero();
    }

    @Test
    void headings_print_the_numbers_they_were_given() {
        DocxInspector docx = docx(OfficialDocument.builder().title("标题")
                .section("总体要求", s -> s.runIn(HeadingLevel.TWO, 1, "指导思想。", "正文。", x -> { }))
                .section(HeadingLevel.ONE, 2, "主要任务", s -> s
                        .runIn(HeadingLevel.TWO, 2, "完善制度。", "正文。", x -> { })
                        .runIn(HeadingLevel.TWO, 3, "强化监管。", "正文。", x -> { }))
                .build());

        assertThat(docx.paragraphTexts()).contains("一、总体要求", "（一）指导思想。正文。", "二、主要任务",
                "（二）完善制度。正文。", "（三）强化监管。正文。");
        assertThat(docx.paragraphStyle("（三）")).isEqualTo("Heading2");
    }

    @Test
    void minutes_print_their_number_where_the_document_number_stands() {
        DocxInspector docx = docx(OfficialDocument.builder().format(DocumentFormat.MINUTES).issuers("中共云岭市委")
                .minutesNumber("〔2026〕第5次").title("市委常委会会议纪要").paragraph("会议研究了有关事项。").build());

        assertThat(docx.paragraphStyle("〔2026〕第5次")).isEqualTo("DocumentNumber");
    }

    @Test
    void labels_printed_otherwise_than_the_standard_are_kept() {
        DocxInspector docx = docx(OfficialDocument.builder().title("关于某事的批复").paragraph("正文。")
                .attachmentNoteLabel("附件")
                .attachment("附件1.", "甲坐标", a -> a.paragraph("内容。"))
                .attachment("附件2.", "乙坐标", a -> a.paragraph("内容。"))
                .signature("国务院").date(LocalDate.of(2006, 12, 30)).build());

        assertThat(docx.paragraphTexts()).contains("附件1.甲坐标", "2.乙坐标", "附件1.", "附件2.");
    }
}
