package io.gongwen.docx.write;

import io.gongwen.OfficialDocument;
import io.gongwen.samples.CountyNotice;
import io.gongwen.samples.GovernmentOrder;
import io.gongwen.samples.LetterToCounterpart;
import io.gongwen.samples.StandingMeetingMinutes;
import io.gongwen.samples.UpwardRequest;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.WholeDocuments;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole document (issue 3) element by element, as written into WordprocessingML: head block,
 * joint mark, attachment note and attachments, closings with floating seals, colophon, and the letter,
 * order and minutes formats.
 */
class WholeDocumentXmlTest {
    private static final String DOC = "word/document.xml";
    private static final String BODY = "/w:document/w:body";

    private static DocxInspector docx(OfficialDocument doc) {
        return new DocxInspector(doc.toBytes());
    }

    private static List<Element> styled(DocxInspector docx, String styleId) {
        return docx.elements(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='" + styleId + "']");
    }

    @Test
    void writes_copy_number_secrecy_and_urgency_as_head_lines_in_order() {
        DocxInspector docx = docx(CountyNotice.build());

        List<String> texts = styled(docx, "HeadLine").stream().map(Element::getTextContent)
                .filter(t -> !t.isEmpty()).toList();

        assertThat(texts).startsWith("000001", "秘密★1年", "加急");
        assertThat(docx.paragraphTexts()).startsWith("000001", "秘密★1年", "加急");
    }

    @Test
    void writes_the_mark_in_the_red_mark_style_and_scales_a_long_name() {
        DocxInspector docx = docx(CountyNotice.build());

        assertThat(docx.value(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='Mark']")).isEqualTo("XX县人民政府办公室文件");
        assertThat(docx.style("Mark", "w:rPr/w:color/@w:val")).isEqualTo("FF0000");
        String scale = docx.value(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='Mark']/w:r/w:rPr/w:w/@w:val");
        assertThat(Integer.parseInt(scale)).as("w:w of an 11-character mark").isBetween(50, 99);
    }

    @Test
    void leaves_a_short_mark_unscaled() {
        DocxInspector docx = docx(UpwardRequest.build());

        assertThat(docx.value(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='Mark']")).isEqualTo("XX县人民政府文件");
        assertThat(docx.count(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='Mark']//w:w")).isZero();
    }

    @Test
    void writes_the_document_number_and_the_red_rule_under_it() {
        DocxInspector docx = docx(CountyNotice.build());

        assertThat(docx.value(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='DocumentNumber']")).isEqualTo("X政办发〔2021〕3号");
        String rule = BODY + "/w:p[w:pPr/w:pBdr/w:top/@w:color='FF0000'][1]";
        assertThat(docx.count(DOC, rule)).isEqualTo(1);
        assertThat(docx.value(DOC, rule + "/w:pPr/w:pBdr/w:top/@w:val")).isEqualTo("single");
        assertThat(docx.value(DOC, rule + "/w:pPr/w:pBdr/w:top/@w:sz")).isEqualTo("12");
        assertThat(docx.value(DOC, rule + "/preceding-sibling::w:p[w:pPr/w:pStyle/@w:val='DocumentNumber']"))
                .as("the rule follows the number").isEqualTo("X政办发〔2021〕3号");
    }

    @Test
    void writes_the_signers_line_with_tabs_and_kaiti_names() {
        DocxInspector docx = docx(UpwardRequest.build());

        List<Element> lines = docx.elements(DOC, BODY + "/w:p[w:r/w:rPr/w:rStyle/@w:val='SignerChar']");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).getTextContent()).isEqualTo("签发人：张三　李四");
        assertThat(lines.get(1).getTextContent()).isEqualTo("X政发〔2021〕12号王五");
        assertThat(docx.count(DOC, BODY + "/w:p[w:r/w:rPr/w:rStyle/@w:val='SignerChar']/w:pPr/w:tabs/w:tab"))
                .isGreaterThanOrEqualTo(2);
        assertThat(docx.count(DOC, BODY + "/w:p[w:r/w:rPr/w:rStyle/@w:val='SignerChar']/w:r/w:tab")).isPositive();
        assertThat(docx.value(DOC, "(" + BODY + "//w:r[w:rPr/w:rStyle/@w:val='SignerChar'])[last()]")).isEqualTo("王五");
        assertThat(docx.style("SignerChar", "w:rPr/w:rFonts/@w:eastAsia")).startsWith("楷体");
    }

    @Test
    void writes_a_joint_mark_as_a_table_with_the_suffix_merged_down() {
        DocxInspector docx = docx(WholeDocuments.jointMark());

        assertThat(docx.count(DOC, BODY + "/w:tbl")).isEqualTo(1);
        assertThat(docx.count(DOC, BODY + "/w:tbl//w:vMerge[@w:val='restart']")).isEqualTo(1);
        assertThat(docx.count(DOC, BODY + "/w:tbl//w:vMerge[not(@w:val) or @w:val='continue']")).isEqualTo(1);
        assertThat(docx.value(DOC, BODY + "/w:tbl//w:tc[w:tcPr/w:vMerge/@w:val='restart']")).isEqualTo("文件");
        assertThat(docx.value(DOC, BODY + "/w:tbl")).contains("XX县人民政府").contains("XX县人民武装部");
    }

    @Test
    void writes_the_attachment_note_with_hanging_indents() {
        DocxInspector docx = docx(CountyNotice.build());

        List<Element> note = styled(docx, "AttachmentNote");
        assertThat(note).extracting(Element::getTextContent)
                .containsExactly("附件：1.2021年度安全生产大检查责任分工", "2.安全生产大检查情况报告提纲");
        String first = BODY + "/w:p[w:pPr/w:pStyle/@w:val='AttachmentNote'][1]/w:pPr/w:ind";
        String second = BODY + "/w:p[w:pPr/w:pStyle/@w:val='AttachmentNote'][2]/w:pPr/w:ind";
        assertThat(docx.value(DOC, first + "/@w:hanging")).isNotEmpty();
        assertThat(docx.value(DOC, second + "/@w:hanging")).isNotEmpty();
        // the numbers line up: both lines' text after "1." / "2." starts at the same left indent
        assertThat(docx.value(DOC, first + "/@w:left")).isEqualTo(docx.value(DOC, second + "/@w:left"));
        assertThat(Integer.parseInt(docx.value(DOC, first + "/@w:hanging")))
                .isGreaterThan(Integer.parseInt(docx.value(DOC, second + "/@w:hanging")));
    }

    @Test
    void starts_each_attachment_on_a_new_page_with_its_numbered_label() {
        DocxInspector docx = docx(CountyNotice.build());

        List<Element> labels = styled(docx, "AttachmentLabel");
        assertThat(labels).extracting(Element::getTextContent).containsExactly("附件1", "附件2");
        assertThat(docx.count(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='AttachmentLabel'][w:pPr/w:pageBreakBefore]"))
                .isEqualTo(2);
        List<String> texts = docx.paragraphTexts().stream().filter(t -> !t.isEmpty()).toList();
        assertThat(texts.get(texts.indexOf("附件1") + 1)).isEqualTo("2021年度安全生产大检查责任分工");
        assertThat(texts.get(texts.indexOf("附件2") + 1)).isEqualTo("安全生产大检查情况报告提纲");
    }

    @Test
    void labels_a_single_attachment_without_a_number() {
        DocxInspector docx = docx(WholeDocuments.singleAttachment());

        assertThat(styled(docx, "AttachmentLabel")).extracting(Element::getTextContent).containsExactly("附件");
        assertThat(styled(docx, "AttachmentNote")).extracting(Element::getTextContent)
                .containsExactly("附件：检查表");
    }

    @Test
    void floats_the_seal_over_the_signature_and_indents_the_date_four_characters() {
        DocxInspector docx = docx(CountyNotice.build());

        String anchor = BODY + "/w:p[w:pPr/w:pStyle/@w:val='Signature']//*[local-name()='anchor']";
        assertThat(docx.count(DOC, anchor)).isEqualTo(1);
        assertThat(docx.value(DOC, anchor + "/@behindDoc")).isEqualTo("0");
        assertThat(docx.count(DOC, anchor + "/*[local-name()='wrapNone']")).isEqualTo(1);
        String embed = docx.value(DOC, anchor + "//*[local-name()='blip']/@r:embed");
        String target = docx.value("word/_rels/document.xml.rels",
                "/*[local-name()='Relationships']/*[local-name()='Relationship'][@Id='" + embed + "']/@Target");
        assertThat(target).matches("media/[^/]+\\.png");
        assertThat(docx.bytes("word/" + target)).startsWith(0x89, 'P', 'N', 'G');
        String types = new String(docx.bytes("[Content_Types].xml"), StandardCharsets.UTF_8);
        assertThat(types).containsPattern("<Default[^>]*Extension=\"png\"[^>]*ContentType=\"image/png\""
                + "|<Default[^>]*ContentType=\"image/png\"[^>]*Extension=\"png\"");
        assertThat(docx.value(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='Date']")).isEqualTo("2021年2月26日");
        assertThat(docx.value(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='Date']/w:pPr/w:ind/@w:right")).isEqualTo("1260");
    }

    @Test
    void writes_a_signature_seal_beside_the_signatory_title() {
        DocxInspector docx = docx(GovernmentOrder.build());

        String signature = BODY + "/w:p[w:pPr/w:pStyle/@w:val='Signature']";
        assertThat(docx.value(DOC, signature + "/w:r/w:t")).isEqualTo("市长");
        assertThat(docx.count(DOC, signature + "//*[local-name()='anchor'][*[local-name()='wrapNone']]")).isEqualTo(1);
        assertThat(docx.value(DOC, signature + "//*[local-name()='anchor']/@behindDoc")).isEqualTo("0");
        assertThat(docx.value(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='Date']")).isEqualTo("2021年4月12日");
    }

    @Test
    void writes_the_unsealed_signature_without_a_drawing() {
        DocxInspector docx = docx(UpwardRequest.build());

        assertThat(docx.value(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='Signature']")).isEqualTo("XX县人民政府");
        assertThat(docx.count(DOC, "//*[local-name()='drawing']")).isZero();
        assertThat(docx.partNames()).noneMatch(p -> p.startsWith("word/media/"));
    }

    @Test
    void writes_the_note_in_parentheses() {
        DocxInspector docx = docx(CountyNotice.build());

        assertThat(docx.value(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='Note']")).isEqualTo("（此件公开发布）");
    }

    @Test
    void frames_the_colophon_at_the_foot_with_thick_and_thin_rules() {
        DocxInspector docx = docx(CountyNotice.build());

        List<Element> colophon = styled(docx, "Colophon");
        assertThat(colophon).hasSize(2);
        String copy = BODY + "/w:p[w:pPr/w:pStyle/@w:val='Colophon'][1]";
        String printed = BODY + "/w:p[w:pPr/w:pStyle/@w:val='Colophon'][2]";
        assertThat(docx.value(DOC, copy)).isEqualTo("抄送：县委办公室，县人大常委会办公室，县政协办公室，县法院，县检察院。");
        assertThat(docx.value(DOC, copy + "/w:pPr/w:framePr/@w:vAnchor")).isEqualTo("margin");
        assertThat(docx.value(DOC, printed + "/w:pPr/w:framePr/@w:vAnchor")).isEqualTo("margin");
        assertThat(docx.value(DOC, copy + "/w:pPr/w:pBdr/w:top/@w:sz")).as("first rule: thick").isEqualTo("8");
        assertThat(docx.value(DOC, copy + "/w:pPr/w:pBdr/w:bottom/@w:sz")).as("middle rule: thin").isEqualTo("6");
        assertThat(docx.value(DOC, printed + "/w:pPr/w:pBdr/w:bottom/@w:sz")).as("last rule: thick").isEqualTo("8");
        assertThat(docx.value(DOC, printed)).isEqualTo("XX县人民政府办公室2021年2月26日印发");
        assertThat(docx.value(DOC, printed + "/w:pPr/w:tabs/w:tab/@w:val")).isEqualTo("right");
        assertThat(docx.count(DOC, printed + "/w:r/w:tab")).isEqualTo(1);
        // the printed line's frame ends where the text block ends
        int y = Integer.parseInt(docx.value(DOC, printed + "/w:pPr/w:framePr/@w:y"));
        int h = Integer.parseInt(docx.value(DOC, printed + "/w:pPr/w:framePr/@w:h"));
        assertThat(y + h).as("frame bottom in twips from the margin").isBetween(12756 - 30, 12756 + 30);
    }

    @Test
    void letter_puts_the_mark_in_a_first_page_header_and_no_page_number_on_page_one() {
        DocxInspector docx = docx(LetterToCounterpart.build());

        assertThat(docx.count(DOC, BODY + "/w:sectPr/w:titlePg")).isEqualTo(1);
        String header = docx.value(DOC, BODY + "/w:sectPr/w:headerReference[@w:type='first']/@r:id");
        String footer = docx.value(DOC, BODY + "/w:sectPr/w:footerReference[@w:type='first']/@r:id");
        assertThat(header).isNotEmpty();
        assertThat(footer).isNotEmpty();
        String rels = "word/_rels/document.xml.rels";
        String relationship = "/*[local-name()='Relationships']/*[local-name()='Relationship'][@Id='%s']/@Target";
        String headerPart = "word/" + docx.value(rels, relationship.formatted(header));
        String footerPart = "word/" + docx.value(rels, relationship.formatted(footer));
        assertThat(docx.value(headerPart, "//w:p[w:pPr/w:pStyle/@w:val='Mark']")).isEqualTo("XX县人民政府办公室");
        assertThat(docx.value(headerPart, "//w:p/w:pPr/w:pBdr/w:top/@w:color")).isEqualTo("FF0000");
        String footerXml = new String(docx.bytes(footerPart), StandardCharsets.UTF_8);
        assertThat(footerXml).doesNotContain("PAGE").doesNotContain("fldSimple").doesNotContain("instrText");
        assertThat(docx.value(headerPart, "//w:p/w:pPr/w:pBdr/w:top/@w:val")).isEqualTo("thinThickSmallGap");
        // the lower double line: a frame on the first page, placed from the paper's edges
        String lower = BODY + "/w:p[1]/w:pPr";
        assertThat(docx.value(DOC, lower + "/w:framePr/@w:vAnchor")).isEqualTo("page");
        assertThat(docx.value(DOC, lower + "/w:framePr/@w:w")).isEqualTo(Long.toString(8845 + 2 * 397));
        assertThat(docx.value(DOC, lower + "/w:pBdr/w:bottom/@w:val")).isEqualTo("thinThickSmallGap");
        assertThat(docx.value(DOC, lower + "/w:pBdr/w:bottom/@w:color")).isEqualTo("FF0000");
        assertThat(docx.count(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='Mark']")).as("mark not in the body").isZero();
    }

    @Test
    void order_has_no_title_and_prints_its_order_number() {
        DocxInspector docx = docx(GovernmentOrder.build());

        assertThat(docx.value(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='Mark']")).isEqualTo("XX市人民政府令");
        assertThat(docx.value(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='DocumentNumber']")).isEqualTo("第56号");
        assertThat(styled(docx, "Title")).isEmpty();
        assertThat(docx.count(DOC, BODY + "/w:p[w:pPr/w:pBdr/w:top/@w:color='FF0000']")).as("an order has no red rule")
                .isZero();
    }

    @Test
    void minutes_write_attendance_with_a_bold_label() {
        DocxInspector docx = docx(StandingMeetingMinutes.build());

        List<Element> attendance = styled(docx, "Attendance");
        assertThat(attendance).extracting(Element::getTextContent).containsExactly(
                "出席：张三、李四、王五、赵六、孙七、周八、吴九、郑十、县政府办公室主任冯一、县财政局局长陈二",
                "请假：褚三（出差）", "列席：县交通运输局局长卫四、县应急管理局局长蒋五");
        assertThat(docx.value(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='Attendance'][1]/w:r[1]")).isEqualTo("出席：");
        assertThat(docx.value(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='Attendance'][1]/w:r[1]/w:rPr/w:rStyle/@w:val"))
                .isEqualTo("LabelChar");
        assertThat(docx.value(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='Attendance'][1]/w:pPr/w:ind/@w:hanging"))
                .isNotEmpty();
        assertThat(docx.value(DOC, BODY + "/w:p[w:pPr/w:pStyle/@w:val='Mark']")).isEqualTo("XX县人民政府常务会议纪要");
    }

    @Test
    void an_order_refuses_a_document_number() {
        assertThatThrownBy(() -> OfficialDocument.builder().format(io.gongwen.DocumentFormat.ORDER)
                .issuers("XX市人民政府").documentNumber("X政发〔2021〕1号").paragraph("正文。").build())
                .hasMessageContaining("documentNumber");
    }
}
