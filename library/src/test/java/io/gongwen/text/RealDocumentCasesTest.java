package io.gongwen.text;

import io.gongwen.text.recognition.TailRecogniser;
import io.gongwen.Article;
import io.gongwen.Block;
import io.gongwen.Chapter;
import io.gongwen.DocumentFormat;
import io.gongwen.IssuedDocument;
import io.gongwen.OfficialDocument;
import io.gongwen.Paragraph;
import io.gongwen.Section;
import io.gongwen.testing.ForeignDocx;
import io.gongwen.docx.read.WordContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases of real documents that went wrong (the real-documents issue), each as the smallest input
 * that shows it, read at the model level from text and, where the formatting is the evidence, from a
 * .docx. Where a rule decides between two readings, both are tested.
 */
class RealDocumentCasesTest {
    @TempDir
    Path dir;

    private static OfficialDocument read(String text) {
        return DraftReader.standard().read(text).document();
    }

    // 1. titles over several lines, and the 发文字号 under the title

    @Test
    void a_title_over_two_lines_with_the_number_under_it() {
        OfficialDocument doc = read("国务院办公厅关于推进\n政务新媒体健康有序发展的意见\n国办发〔2018〕123号\n\n"
                + "各省、自治区、直辖市人民政府：\n政务新媒体是重要渠道。\n");

        assertThat(doc.title()).containsExactly("国务院办公厅关于推进", "政务新媒体健康有序发展的意见");
        assertThat(doc.headBlock().documentNumber()).hasValueSatisfying(n -> assertThat(n).hasToString("国办发〔2018〕123号"));
        assertThat(doc.addressees()).containsExactly("各省、自治区、直辖市人民政府：");
        assertThat(doc.body()).containsExactly(new Paragraph("政务新媒体是重要渠道。"));
    }

    @Test
    void a_title_runs_on_to_the_line_that_names_the_kind_of_document() {
        OfficialDocument doc = read("关于做好2021年春节期间\n值班和安全工作的通知\n各乡镇人民政府：\n春节将至。\n");

        assertThat(doc.title()).containsExactly("关于做好2021年春节期间", "值班和安全工作的通知");
    }

    @Test
    void a_second_line_that_is_text_is_not_part_of_the_title() {
        OfficialDocument doc = read("关于做好春节值班工作的通知\n春节将至，请做好值班工作。\n");

        assertThat(doc.title()).containsExactly("关于做好春节值班工作的通知");
        assertThat(doc.body()).containsExactly(new Paragraph("春节将至，请做好值班工作。"));
    }

    @Test
    void two_centred_paragraphs_on_top_of_a_docx_are_the_title() throws IOException {
        Draft draft = docx(p("center", true, "国务院办公厅关于推进"), p("center", true, "政务新媒体健康有序发展的意见"),
                p("center", false, "国办发〔2018〕123号"), p("both", false, "各省、自治区、直辖市人民政府："),
                p("both", false, "政务新媒体是重要渠道。"));

        assertThat(draft.document().title()).containsExactly("国务院办公厅关于推进", "政务新媒体健康有序发展的意见");
        assertThat(draft.document().headBlock().documentNumber()).isPresent();
    }

    // 2. numbers as written

    @Test
    void continuous_clause_numbering_keeps_its_numbers() {
        OfficialDocument doc = read("标题的通知\n一、总体要求\n（一）指导思想。坚持稳中求进。\n（二）基本原则。坚持问题导向。\n"
                + "二、主要任务\n（三）完善制度。建立健全制度。\n（四）强化监管。加强日常监管。\n");

        assertThat(doc.outline()).contains("二、主要任务\n  （三）完善制度。", "  （四）强化监管。");
    }

    @Test
    void a_list_after_a_sentence_keeps_its_numbers() {
        Draft draft = DraftReader.standard().read("关于甲方案的批复\n会议决定，一、原则同意甲方案。\n"
                + "二、同意成立工作小组，由分管负责同志担任组长，成员由有关部门负责同志组成。\n"
                + "三、所需经费由财政部门按规定予以保障，具体事项另行通知，请各单位做好配合。\n");

        assertThat(draft.document().outline()).contains("¶ 二、同意成立工作小组", "¶ 三、所需经费由财政部门");
        assertThat(draft.document().outline()).doesNotContain("一、同意成立");
    }

    @Test
    void an_interposed_line_does_not_renumber_what_follows() {
        OfficialDocument doc = read("关于印发规定的通知\n一、总则\n正文。\n二、要求\n正文。\n附：某某规定\n一、适用范围\n正文。\n");

        assertThat(doc.outline()).contains("¶ 附：某某规定\n一、适用范围");
    }

    @Test
    void renumbering_happens_only_when_asked() {
        String text = "标题的通知\n一、甲\n正文。\n三、乙\n正文。\n";

        assertThat(read(text).outline()).contains("三、乙");
        assertThat(DraftReader.builder().renumber().build().read(text).document().outline()).contains("二、乙");
    }

    // 3. dates in Chinese numerals

    @Test
    void a_date_in_chinese_numerals_is_the_date() {
        Draft draft = DraftReader.standard().read("关于某事的函\n四川省人民政府：\n正文。\n附件：1.甲清单\n2.乙清单\n"
                + "国务院办公厅\n二〇〇四年十一月四日\n");

        assertThat(draft.document().closing().date()).contains(LocalDate.of(2004, 11, 4));
        assertThat(draft.document().closing().dateText()).contains("2004年11月4日");
        assertThat(draft.document().closing().signature()).contains("国务院办公厅");
        assertThat(draft.document().closing().attachmentNote()).containsExactly("甲清单", "乙清单");
        assertThat(draft.document().body()).containsExactly(new Paragraph("正文。"));
    }

    @Test
    void chinese_numeral_dates_with_tens_and_the_circle_zero() {
        assertThat(TailRecogniser.date("一九九六年二月六日")).isEqualTo(LocalDate.of(1996, 2, 6));
        assertThat(TailRecogniser.date("二○○六年十二月三十日")).isEqualTo(LocalDate.of(2006, 12, 30));
        assertThat(TailRecogniser.date("二〇〇四年十月二十一日")).isEqualTo(LocalDate.of(2004, 10, 21));
    }

    // 4. a one-line attachment note

    @Test
    void a_one_line_attachment_note_is_three_attachments() {
        OfficialDocument doc = read("关于某事的通知\n正文。\n附件：1.甲清单 2.乙清单 3.丙清单\n县政府\n2021年2月1日\n");

        assertThat(doc.closing().attachmentNote()).containsExactly("甲清单", "乙清单", "丙清单");
    }

    @Test
    void a_number_inside_a_name_does_not_split_the_note() {
        OfficialDocument doc = read("关于某事的通知\n正文。\n附件：1.第3批 5.8亿元项目清单\n县政府\n2021年2月1日\n");

        assertThat(doc.closing().attachmentNote()).containsExactly("第3批 5.8亿元项目清单");
    }

    // 5. numbered sentences are paragraphs, not headings

    @Test
    void a_numbered_full_sentence_is_a_paragraph() {
        OfficialDocument doc = read("关于深化改革的意见\n一、总体要求\n"
                + "（一）经营性文化事业单位转制为企业，要依法登记为有限责任公司或股份有限公司，加快构建有文化特色的现代企业制度，坚持正确导向和经营方向。\n"
                + "（二）转制后要按照规定执行国家相关政策，落实各项保障措施，确保平稳过渡，维护职工合法权益和社会稳定。\n");

        Section one = (Section) doc.body().get(0);
        assertThat(one.body()).allSatisfy(b -> assertThat(b).isInstanceOf(Paragraph.class));
        assertThat(((Paragraph) one.body().get(0)).text()).startsWith("（一）经营性文化事业单位转制为企业");
    }

    @Test
    void a_short_heading_sentence_runs_in_with_its_text() {
        OfficialDocument doc = read("关于深化改革的意见\n一、总体要求\n（一）指导思想。以新发展理念为引领，推动高质量发展。\n"
                + "（二）基本原则。坚持问题导向，突出重点。\n");

        Section one = (Section) doc.body().get(0);
        assertThat(one.body()).allSatisfy(b -> assertThat(b).isInstanceOf(Section.class));
        assertThat(((Section) one.body().get(0)).heading()).isEqualTo("指导思想。");
        assertThat(((Section) one.body().get(0)).runInText()).contains("以新发展理念为引领，推动高质量发展。");
    }

    @Test
    void entries_of_a_list_are_paragraphs_even_when_short() {
        OfficialDocument doc = read("关于某事的通知\n下列所得应当缴纳个人所得税：\n（一）工资、薪金所得；\n（二）劳务报酬所得；\n（三）稿酬所得。\n");

        assertThat(doc.body()).allSatisfy(b -> assertThat(b).isInstanceOf(Paragraph.class));
    }

    // 6. documents inside documents

    @Test
    void the_document_a_notice_issues_follows_its_closing() {
        OfficialDocument doc = read("国务院关于印发某某实施方案的通知\n国发〔2019〕4号\n\n各省人民政府：\n现将《某某实施方案》印发给你们，请认真贯彻执行。\n"
                + "国务院\n2019年1月24日\n（此件公开发布）\n\n某某实施方案\n\n为做好某某工作，制定本方案。\n一、总体要求\n坚持稳中求进。\n");

        assertThat(doc.closing().date()).contains(LocalDate.of(2019, 1, 24));
        assertThat(doc.closing().note()).contains("（此件公开发布）");
        assertThat(doc.body()).containsExactly(new Paragraph("现将《某某实施方案》印发给你们，请认真贯彻执行。"));
        IssuedDocument issued = doc.issued().get(0);
        assertThat(issued.title()).containsExactly("某某实施方案");
        assertThat(issued.body().get(0)).isEqualTo(new Paragraph("为做好某某工作，制定本方案。"));
        assertThat(issued.body().get(1)).isInstanceOf(Section.class);
    }

    @Test
    void a_forwarded_report_keeps_its_own_recipients_and_closing() {
        OfficialDocument doc = read("国务院办公厅转发某局关于某事报告的通知\n各省人民政府：\n某局报告已经国务院同意，现转发给你们。\n"
                + "国务院办公厅\n一九九七年二月四日\n\n\n关于某事的\n报告\n\n国务院：\n我局召开会议。\n以上意见如无不妥，请批转执行。\n"
                + "某局\n一九九七年一月二十日\n");

        IssuedDocument issued = doc.issued().get(0);
        assertThat(issued.title()).containsExactly("关于某事的", "报告");
        assertThat(issued.addressees()).containsExactly("国务院：");
        assertThat(issued.closing()).containsExactly("某局", "一九九七年一月二十日");
        assertThat(doc.closing().signature()).contains("国务院办公厅");
        assertThat(doc.closing().date()).contains(LocalDate.of(1997, 2, 4));
    }

    @Test
    void text_after_a_date_that_starts_no_document_stays_in_the_body() {
        OfficialDocument doc = read("标题的通知\n正文。\n县政府\n2021年2月1日\n还有一段很长的说明文字，它不是一个标题，而是正文的一部分。\n");

        assertThat(doc.issued()).isEmpty();
        assertThat(doc.closing().date()).isEmpty();
    }

    @Test
    void a_date_under_a_line_that_is_no_signature_stays_in_the_body() {
        OfficialDocument doc = read("关于召开会议的通知\n各单位：\n报到时间\n2019年3月1日\n会议地点\n县政府第一会议室。\n"
                + "县政府办公室\n2019年2月20日\n");

        assertThat(doc.issued()).isEmpty();
        assertThat(doc.closing().date()).contains(LocalDate.of(2019, 2, 20));
        assertThat(doc.outline()).contains("¶ 报到时间\n¶ 2019年3月1日\n¶ 会议地点");
    }

    @Test
    void an_issued_title_ends_before_a_chapter_even_without_a_blank_line() {
        OfficialDocument doc = read("关于印发某某办法的通知\n正文。\n某某局\n2019年1月24日\n某某办法\n第一章　总则\n"
                + "第一条　为了规范管理，制定本办法。\n");

        assertThat(doc.issued().get(0).title()).containsExactly("某某办法");
        assertThat(doc.issued().get(0).body().get(0)).isEqualTo(new Chapter("第一章", Optional.of("总则")));
    }

    @Test
    void official_text_about_advertising_is_part_of_the_document() {
        Draft draft = DraftReader.standard().read("关于规范政务新媒体的通知\n政务新媒体不得刊登商业广告。\n会员单位要加强自律。\n");

        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void an_order_publishes_its_regulation_with_the_line_under_its_title() {
        OfficialDocument doc = read("中华人民共和国国务院令\n第707号\n\n现公布修订后的《某某条例》，自2019年1月1日起施行。\n"
                + "总理　　李克强\n2018年12月18日\n\n\n某某条例\n（1994年1月28日国务院令第142号发布　2018年12月18日修订）\n\n\n"
                + "第一条　根据某法，制定本条例。\n第二条　本条例所称所得，包括下列各项：\n（一）工资所得；\n（二）劳务报酬所得。\n");

        assertThat(doc.format()).isEqualTo(DocumentFormat.ORDER);
        assertThat(doc.closing().signature()).contains("总理　　李克强");
        IssuedDocument issued = doc.issued().get(0);
        assertThat(issued.title()).containsExactly("某某条例");
        assertThat(issued.subtitle()).contains("（1994年1月28日国务院令第142号发布　2018年12月18日修订）");
        assertThat(issued.body()).containsExactly(new Article("第一条", "根据某法，制定本条例。"),
                new Article("第二条", "本条例所称所得，包括下列各项："),
                new Paragraph("（一）工资所得；"), new Paragraph("（二）劳务报酬所得。"));
    }

    // 7. articles and chapters

    @Test
    void chapters_and_articles_are_read_as_such() {
        OfficialDocument doc = read("某某办法\n第一章　总则\n第一条　为了规范管理，制定本办法。\n第二十一条　本办法自公布之日起施行。\n"
                + "第一百零二条　其他事项另行规定。\n第二章　附则\n第一百零三条　本办法由某部负责解释。\n");

        List<Block> body = doc.body();
        assertThat(body).containsExactly(new Chapter("第一章", Optional.of("总则")),
                new Article("第一条", "为了规范管理，制定本办法。"), new Article("第二十一条", "本办法自公布之日起施行。"),
                new Article("第一百零二条", "其他事项另行规定。"), new Chapter("第二章", Optional.of("附则")),
                new Article("第一百零三条", "本办法由某部负责解释。"));
    }

    @Test
    void a_sentence_that_mentions_a_chapter_is_not_one() {
        OfficialDocument doc = read("某某通知\n第三章规定的事项，按照本通知执行。\n");

        assertThat(doc.body()).containsExactly(new Paragraph("第三章规定的事项，按照本通知执行。"));
    }

    // 8. minutes with their number, and no title at all

    @Test
    void minutes_with_their_number_under_the_mark() {
        OfficialDocument doc = read("中共云岭市委纪要\n〔2026〕第5次\n市委常委会会议纪要\n会议研究了有关事项。\n");

        assertThat(doc.format()).isEqualTo(DocumentFormat.MINUTES);
        assertThat(doc.headBlock().issuers()).containsExactly("中共云岭市委");
        assertThat(doc.minutesNumber()).contains("〔2026〕第5次");
        assertThat(doc.title()).containsExactly("市委常委会会议纪要");
    }

    @Test
    void a_draft_without_a_title_says_so() {
        Draft draft = DraftReader.standard().read("各主送机关：\n现将有关事项通知如下。\n");

        assertThat(draft.document().title()).isEmpty();
        assertThat(draft.document().addressees()).containsExactly("各主送机关：");
        assertThat(draft.warnings()).extracting(DraftWarning::toString).containsExactly(
                "line 1: the document has no title: it starts with its main recipients; it is written without one "
                        + "(add the title above them)");
    }

    // 9. the .docx's own formatting is evidence

    @Test
    void right_aligned_lines_at_the_end_of_a_docx_are_the_signature_and_date() throws IOException {
        Draft draft = docx(p("center", true, "关于某事的通知"), p("both", false, "正文。"),
                p("right", false, "某某局"), p("right", false, "2021年2月1日"));

        assertThat(draft.document().closing().signature()).contains("某某局");
        assertThat(draft.document().closing().date()).contains(LocalDate.of(2021, 2, 1));
    }

    @Test
    void bold_leading_words_of_a_docx_paragraph_are_a_run_in_heading() throws IOException {
        // in text alone the long first sentence would make this a numbered paragraph
        String heading = "（一）坚持以人民为中心的发展思想和问题导向目标导向结果导向相统一的工作方法。";
        Draft fromDocx = docx(p("center", true, "关于某事的意见"), p("both", false, "一、总体要求"),
                "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>" + heading + "</w:t></w:r><w:r><w:t>正文继续。</w:t></w:r></w:p>");
        OfficialDocument fromText = read("关于某事的意见\n一、总体要求\n" + heading + "正文继续。\n");

        Section one = (Section) fromDocx.document().body().get(0);
        assertThat(one.body().get(0)).isInstanceOf(Section.class);
        assertThat(((Section) one.body().get(0)).runInText()).contains("正文继续。");
        assertThat(((Section) fromText.body().get(0)).body().get(0)).isInstanceOf(Paragraph.class);
    }

    private Draft docx(String... paragraphs) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (String p : paragraphs) {
            xml.append(p);
        }
        xml.append("</w:body></w:document>");
        Path file = dir.resolve("in.docx");
        Files.write(file, ForeignDocx.withDocumentXml(xml.toString()));
        return DocxReader.standard().read(WordContent.read(file));
    }

    private static String p(String jc, boolean bold, String text) {
        return "<w:p><w:pPr><w:jc w:val=\"" + jc + "\"/></w:pPr><w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "")
                + "<w:t>" + text + "</w:t></w:r></w:p>";
    }
}
