package io.gongwen.cli;

import io.gongwen.testing.DocxInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases of the real-documents issue through {@code gongwen format}: what the written .docx holds,
 * paragraph by paragraph, and what is reported under the file.
 */
class FormatRealDocumentsTest {
    @TempDir
    Path dir;

    private record Formatted(int exitCode, String out, DocxInspector docx) {
    }

    private Formatted format(String text, String... options) throws IOException {
        Path in = dir.resolve("in.txt");
        Path out = dir.resolve("out.docx");
        Files.writeString(in, text, StandardCharsets.UTF_8);
        String[] args = new String[4 + options.length];
        args[0] = "format";
        args[1] = in.toString();
        args[2] = "-o";
        args[3] = out.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int code = Main.run(args, stdout, new ByteArrayOutputStream(), false);
        return new Formatted(code, stdout.toString(StandardCharsets.UTF_8),
                code == 0 ? new DocxInspector(Files.readAllBytes(out)) : null);
    }

    @Test
    void a_title_over_two_lines_with_the_number_under_it() throws IOException {
        Formatted f = format("国务院办公厅关于推进\n政务新媒体健康有序发展的意见\n国办发〔2018〕123号\n\n"
                + "各省、自治区、直辖市人民政府：\n政务新媒体是重要渠道。\n");

        assertThat(f.docx().paragraphStyle("国务院办公厅关于推进")).isEqualTo("Title");
        assertThat(f.docx().paragraphTexts()).contains("国务院办公厅关于推进政务新媒体健康有序发展的意见");
        assertThat(f.docx().paragraphStyle("国办发")).isEqualTo("DocumentNumber");
        assertThat(f.docx().paragraphStyle("各省")).isEqualTo("Addressee");
    }

    @Test
    void continuous_numbering_is_printed_as_written_and_renumbered_only_when_asked() throws IOException {
        String text = "关于某事的意见\n一、总体要求\n（一）指导思想。坚持稳中求进。\n（二）基本原则。坚持问题导向。\n"
                + "二、主要任务\n（三）完善制度。建立健全制度。\n";

        assertThat(format(text).docx().paragraphTexts()).contains("（三）完善制度。建立健全制度。");
        assertThat(format(text, "--renumber").docx().paragraphTexts()).contains("（一）完善制度。建立健全制度。");
    }

    @Test
    void a_gap_is_kept_and_reported_under_the_file() throws IOException {
        Formatted f = format("标题的通知\n一、甲\n正文。\n三、乙\n正文。\n");

        assertThat(f.docx().paragraphTexts()).contains("三、乙");
        assertThat(f.out()).contains("line 4: numbered 3 where 2 was expected; kept as written");
    }

    @Test
    void a_chinese_numeral_date_is_written_in_arabic_numerals() throws IOException {
        Formatted f = format("关于某事的函\n四川省人民政府：\n正文。\n国务院办公厅\n二〇〇四年十一月四日\n");

        assertThat(f.docx().paragraphStyle("2004年11月4日")).isEqualTo("Date");
        assertThat(f.docx().paragraphStyle("国务院办公厅")).isEqualTo("Signature");
    }

    @Test
    void a_numbered_sentence_is_a_body_paragraph_with_its_number() throws IOException {
        Formatted f = format("关于深化改革的意见\n一、总体要求\n"
                + "（一）经营性文化事业单位转制为企业，要依法登记为有限责任公司或股份有限公司，加快构建有文化特色的现代企业制度。\n"
                + "（二）转制后要按照规定执行国家相关政策，落实各项保障措施，确保平稳过渡，维护职工合法权益。\n");

        assertThat(f.docx().count("word/document.xml",
                "/w:document/w:body/w:p[starts-with(string(.), '（一）经营性')]/w:pPr/w:pStyle")).isZero(); // Normal
    }

    @Test
    void the_issued_document_and_its_articles() throws IOException {
        Formatted f = format("国务院关于印发某某办法的通知\n各省人民政府：\n现将《某某办法》印发给你们。\n国务院\n2019年1月24日\n\n"
                + "某某办法\n\n第一章　总则\n第一条　为了规范管理，制定本办法。\n");

        assertThat(f.docx().paragraphStyle("某某办法")).isEqualTo("IssuedTitle");
        assertThat(f.docx().paragraphStyle("第一章")).isEqualTo("Chapter");
        assertThat(f.docx().value("word/document.xml",
                "/w:document/w:body/w:p[starts-with(string(.), '第一条')]/w:r[1]/w:rPr/w:rStyle/@w:val")).isEqualTo("ArticleLabelChar");
    }

    @Test
    void minutes_with_their_number_and_a_draft_without_a_title() throws IOException {
        Formatted minutes = format("中共云岭市委纪要\n〔2026〕第5次\n市委常委会会议纪要\n会议研究了有关事项。\n");
        assertThat(minutes.docx().paragraphStyle("中共云岭市委纪要")).isEqualTo("Mark");
        assertThat(minutes.docx().paragraphStyle("〔2026〕第5次")).isEqualTo("DocumentNumber");
        assertThat(minutes.docx().paragraphStyle("市委常委会会议纪要")).isEqualTo("Title");

        Formatted untitled = format("各主送机关：\n现将有关事项通知如下。\n");
        assertThat(untitled.exitCode()).isZero();
        assertThat(untitled.docx().paragraphStyles()).doesNotContain("Title");
        assertThat(untitled.out()).contains("line 1: the document has no title");
    }
}
