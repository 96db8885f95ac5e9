package io.gongwen.text;

import io.gongwen.DocumentReadException;
import io.gongwen.InvalidDocumentException;
import io.gongwen.OfficialDocument;
import io.gongwen.samples.CountyOfficeSummary;
import io.gongwen.samples.TownshipOfficeSummary;
import io.gongwen.testing.DocxInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftReaderTest {
    /** The advertising around the seed documents. */
    private static final DraftReader WITHOUT_ADS = DraftReader.builder()
            .drop("酷乐文行").drop("仅供学习").drop("自建平台").drop("不断迭代").drop("订阅").drop("倒卖").drop("会员")
            .build();

    @Test
    void reads_seed_000_into_the_same_document_as_the_hand_built_sample() throws IOException {
        Draft draft = WITHOUT_ADS.read(seed("seed-000.txt"));

        assertSameParagraphs(draft.document(), CountyOfficeSummary.build());
        assertThat(draft.warnings()).filteredOn(w -> !w.message().startsWith("dropped")).isEmpty();
    }

    @Test
    void reads_seed_001_into_the_same_document_as_the_hand_built_sample() throws IOException {
        Draft draft = WITHOUT_ADS.read(seed("seed-001.txt"));

        assertSameParagraphs(draft.document(), TownshipOfficeSummary.build());
        assertThat(draft.warnings()).filteredOn(w -> !w.message().startsWith("dropped")).isEmpty();
    }

    @Test
    void keeps_advertising_by_default_and_warns_about_it() throws IOException {
        Draft draft = DraftReader.standard().read(seed("seed-001.txt"));

        assertThat(draft.document().title()).containsExactly("仅供学习 禁止外传 用后删除");
        assertThat(draft.warnings()).extracting(DraftWarning::line).contains(1, 3, 6, 27, 31, 33);
        assertThat(draft.warnings().get(0).message()).startsWith("kept, but it looks like it is not part of the document");
    }

    @Test
    void recognises_the_ordinals_people_type_and_writes_them_to_the_standard() {
        Draft draft = DraftReader.standard().read("""
                标题
                一.总体要求
                (一)工作目标。全面完成任务。
                1．第一项。内容一。
                2、第二项。内容二。
                （1）、细项。内容。
                二、 工作安排
                """);

        assertThat(draft.document().outline()).isEqualTo("""
                标题 标题
                一、总体要求
                  （一）工作目标。全面完成任务。
                    1.第一项。内容一。
                    2.第二项。内容二。
                      （1）细项。内容。
                二、工作安排
                """);
    }

    @Test
    void reads_indentation_of_every_kind_and_ignores_blank_lines() {
        Draft draft = DraftReader.standard().read("\uFEFF标题\n\n\u3000\u3000第一段。\n    第二段。\n\t第三段。\n\n\n");

        assertThat(draft.document().outline()).isEqualTo("标题 标题\n¶ 第一段。\n¶ 第二段。\n¶ 第三段。\n");
    }

    @Test
    void reads_addressee_signature_date_and_note() {
        Draft draft = DraftReader.standard().read("""
                关于做好值班工作的通知
                各乡镇人民政府，县直各单位：
                现将有关事项通知如下。
                县人民政府办公室
                2021年2月1日
                （此件公开发布）
                """);
        OfficialDocument doc = draft.document();

        assertThat(doc.addressees()).containsExactly("各乡镇人民政府，县直各单位：");
        assertThat(doc.closing().signature()).contains("县人民政府办公室");
        assertThat(doc.closing().date()).contains(LocalDate.of(2021, 2, 1));
        assertThat(doc.closing().note()).contains("（此件公开发布）");
        assertThat(doc.body()).hasSize(1);
    }

    @Test
    void reads_head_block_lines_typed_above_the_title() {
        Draft draft = DraftReader.standard().read("""
                000123
                机密★1年
                特急
                XX县人民政府文件
                签发人：张三　李四
                X政发〔2021〕12号
                关于申请补助资金的请示
                XX市人民政府：
                恳请批准。
                """);

        assertThat(draft.document().outline()).startsWith("""
                版头 000123
                版头 机密★1年
                版头 特急
                机关 XX县人民政府文件
                文号 X政发〔2021〕12号
                签发 张三、李四
                标题 关于申请补助资金的请示
                主送 XX市人民政府：
                """);
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void reads_a_signers_line_typed_after_the_document_number() {
        // GIVEN a request whose 签发人 line stands alone under its 发文字号 (typed right-aligned on the next line)
        Draft draft = DraftReader.standard().read("""
                XX县人民政府文件
                X政发〔2021〕12号
                签发人：张三
                关于申请补助资金的请示
                XX市人民政府：
                恳请批准。
                """);
        // THEN the names are the signers, and the title is the title alone
        assertThat(draft.document().headBlock().signers()).containsExactly("张三");
        assertThat(draft.document().title()).containsExactly("关于申请补助资金的请示");
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void a_title_that_cites_a_document_number_is_still_the_title() {
        Draft draft = DraftReader.standard().read("XX县人民政府文件\n关于贯彻国办发〔2012〕10号文件的通知\n正文。\n");

        // no 发文字号 follows, so the first line is no mark: the title runs on to the line that ends in 通知
        assertThat(draft.document().headBlock().isEmpty()).isTrue();
        assertThat(draft.document().title()).containsExactly("XX县人民政府文件", "关于贯彻国办发〔2012〕10号文件的通知");
    }

    @Test
    void reads_the_attachment_note_and_takes_the_punctuation_off_its_names() {
        Draft draft = DraftReader.standard().read("""
                关于报送材料的通知
                请按要求报送。
                附件：1.2021年度责任分工；
                　　　2.情况报告提纲
                县人民政府办公室
                2021年2月1日
                """);

        assertThat(draft.document().closing().attachmentNote()).containsExactly("2021年度责任分工", "情况报告提纲");
        assertThat(draft.document().body()).hasSize(1);
        assertThat(draft.warnings()).extracting(DraftWarning::toString).containsExactly(
                "line 3: an attachment's name takes no punctuation after it (§7.3.4); the last character is left out: 2021年度责任分工；");
    }

    @Test
    void a_single_attachment_note_has_no_number() {
        Draft draft = DraftReader.standard().read("标题\n正文。\n附件：检查表\n县应急管理局\n2021年5月10日\n");

        assertThat(draft.document().closing().attachmentNote()).containsExactly("检查表");
    }

    @Test
    void reads_bound_attachments_after_the_closing_and_the_colophon_at_the_end() {
        Draft draft = DraftReader.standard().read("""
                关于开展检查的通知
                各乡镇：
                请认真组织实施。
                附件：1.责任分工
                　　　2.报告提纲
                县人民政府办公室
                2021年2月26日
                附件1
                责任分工
                一、道路交通
                由县公安局负责。
                附件2
                报告提纲
                一是基本情况。
                抄送：县委办公室，县人大常委会办公室。
                XX县人民政府办公室　　2021年2月26日印发
                """);
        OfficialDocument doc = draft.document();

        assertThat(doc.attachments()).extracting(io.gongwen.Attachment::title).containsExactly("责任分工", "报告提纲");
        assertThat(doc.outline()).contains("""
                署名 县人民政府办公室
                日期 2021年2月26日
                附件1 责任分工
                  一、道路交通
                    ¶ 由县公安局负责。
                附件2 报告提纲
                  ¶ 一是基本情况。
                版记 抄送：县委办公室，县人大常委会办公室。
                版记 XX县人民政府办公室 2021年2月26日印发
                """);
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void attachment_labels_out_of_order_stay_text() {
        Draft draft = DraftReader.standard().read("标题\n正文。\n县政府\n2021年2月1日\n附件2\n表\n内容。\n");

        assertThat(draft.document().attachments()).isEmpty();
        assertThat(draft.document().closing().date()).isEmpty();
    }

    @Test
    void keeps_a_date_with_placeholders_as_a_paragraph_and_says_so() {
        Draft draft = DraftReader.standard().read("标题\n正文。\n县政府办\n2020年X月X日\n");

        assertThat(draft.document().closing().date()).isEmpty();
        assertThat(draft.document().outline()).endsWith("¶ 县政府办\n¶ 2020年X月X日\n");
        assertThat(draft.warnings()).extracting(DraftWarning::toString)
                .containsExactly("line 4: a date with placeholders cannot be written as the document's date; kept as a paragraph: 2020年X月X日");
    }

    @Test
    void keeps_gaps_and_repeats_as_written_and_reports_them() {
        Draft draft = DraftReader.standard().read("标题\n一、甲\n正文。\n二、乙\n正文。\n四、丁\n正文。\n四、戊\n正文。\n");

        assertThat(draft.document().outline()).isEqualTo(
                "标题 标题\n一、甲\n  ¶ 正文。\n二、乙\n  ¶ 正文。\n四、丁\n  ¶ 正文。\n四、戊\n  ¶ 正文。\n");
        assertThat(draft.warnings()).extracting(DraftWarning::toString).containsExactly(
                "line 6: numbered 4 where 3 was expected; kept as written",
                "line 8: numbered 4 where 5 was expected; kept as written");
    }

    @Test
    void renumbers_gaps_and_repeats_when_asked() {
        Draft draft = DraftReader.builder().renumber().build()
                .read("标题\n一、甲\n正文。\n二、乙\n正文。\n四、丁\n正文。\n四、戊\n正文。\n");

        assertThat(draft.document().outline()).isEqualTo(
                "标题 标题\n一、甲\n  ¶ 正文。\n二、乙\n  ¶ 正文。\n三、丁\n  ¶ 正文。\n四、戊\n  ¶ 正文。\n");
        assertThat(draft.warnings()).extracting(DraftWarning::toString).containsExactly(
                "line 6: numbered 4 where 3 was expected; renumbered 3",
                "line 8: numbered 4 where 5 was expected; renumbered 5");
    }

    @Test
    void a_level_may_go_on_across_its_parents_and_starts_anew_under_a_new_list_on_three_levels() {
        Draft draft = DraftReader.standard().read(String.join("\n", "标题",
                "一、甲", "（一）子一", "1.项一。文字。", "2.项二。文字。",
                "（二）子二", "1.项一。文字。", "3.项三。文字。",
                "二、乙", "（三）子三", "1.项一。文字。", "（五）子五", "1.项一。文字。", ""));

        // （三） under 二、 goes on from （二）; 1. starts anew under each （…）; 3. and （五） are gaps
        assertThat(draft.warnings()).extracting(DraftWarning::toString).containsExactly(
                "line 8: numbered 3 where 2 was expected; kept as written",
                "line 12: numbered 5 where 4 was expected; kept as written");
        assertThat(draft.document().outline()).contains("二、乙\n  （三）子三\n    1.项一。").contains("（五）子五");
    }

    @Test
    void a_number_that_starts_again_closes_the_section_it_counted_in() {
        Draft draft = DraftReader.standard().read("标题\n一、甲\n1.一项。文字。\n2.二项。文字。\n结语段落。\n1.新一项。文字。\n");

        assertThat(draft.document().outline()).isEqualTo("""
                标题 标题
                一、甲
                  1.一项。文字。
                  2.二项。文字。
                    ¶ 结语段落。
                1.新一项。文字。
                """);
    }

    @Test
    void does_not_take_a_decimal_or_a_year_for_a_number() {
        Draft draft = DraftReader.standard().read("标题\n3.5亿元用于建设。\n2020年工作回顾。\n一是加强领导。\n");

        assertThat(draft.document().outline()).isEqualTo("标题 标题\n¶ 3.5亿元用于建设。\n¶ 2020年工作回顾。\n¶ 一是加强领导。\n");
    }

    @Test
    void reports_bad_characters_at_their_line() {
        assertThatThrownBy(() -> DraftReader.standard().read("标题\n正文\u0007有误。\n"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("line 2: body[0].text: contains a character XML cannot carry, U+0007");
        assertThatThrownBy(() -> DraftReader.standard().read(" \n\u3000\n"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("draft: has no text: a document needs at least a title");
    }

    @Test
    void refuses_a_file_that_is_not_utf8(@TempDir Path dir) throws IOException {
        Path gbk = dir.resolve("draft.txt");
        Files.write(gbk, "标题\n正文。\n".getBytes(java.nio.charset.Charset.forName("GBK")));

        assertThatThrownBy(() -> DraftReader.standard().read(gbk))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageStartingWith("could not read " + gbk + ": it is not UTF-8 text");
        assertThatThrownBy(() -> DraftReader.standard().read(dir.resolve("missing.txt")))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageStartingWith("could not read " + dir.resolve("missing.txt"));
    }

    @Test
    void rejects_a_drop_pattern_that_is_not_a_regular_expression() {
        assertThatThrownBy(() -> DraftReader.builder().drop("(QQ"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("drop: is not a regular expression: Unclosed group");
        assertThatThrownBy(() -> DraftReader.builder().drop(""))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("drop: must not be empty");
    }

    @Test
    void blanks_the_lines_it_drops_keeping_line_breaks_and_lengths() {
        DraftReader reader = DraftReader.builder().drop("QQ").drop("^仅供").build();

        assertThat(reader.blankDropped("标题\r\n　　仅供学习\n咨询QQ123\n正文。"))
                .isEqualTo("标题\r\n      \n       \n正文。");
        assertThat(DraftReader.standard().blankDropped("仅供学习\nQQ")).isEqualTo("仅供学习\nQQ");
    }

    @Test
    void drop_takes_the_whole_line_with_its_real_text_and_an_anchored_pattern_only_lines_of_nothing_else() {
        String text = "标题\n加QQ123456领取资料\n联系人：张三，QQ123456\nQQ123456\n正文。";

        // documented loudly (ReaderBuilder.drop, README): a match drops the whole line
        assertThat(DraftReader.builder().drop("QQ\\d+").build().read(text).document().outline())
                .doesNotContain("联系人", "领取资料", "QQ123456");
        assertThat(DraftReader.builder().drop("^QQ\\d+$").build().read(text).document().outline())
                .contains("¶ 加QQ123456领取资料", "¶ 联系人：张三，QQ123456").doesNotContain("¶ QQ123456\n");
    }

    @Test
    @Timeout(20)
    void reads_a_megabyte_of_hostile_text_in_bounded_time() {
        StringBuilder text = new StringBuilder("标题\n");
        String[] pieces = {"（（（（一一一一", "1.1.1.1.", "一、、、、", "。。。。", "(((((", "X年X月X日", "2020年13月40日",
            "　　　　", "                ", "（一）", "一二三四五六七八九十"};
        java.util.Random r = new java.util.Random(1);
        while (text.length() < 1_000_000) {
            text.append(pieces[r.nextInt(pieces.length)]);
            if (r.nextInt(8) == 0) {
                text.append('\n');
            }
        }
        text.append("\n正文结束。\n");

        Draft draft = DraftReader.standard().read(text.toString());

        assertThat(draft.document().body()).isNotEmpty();
    }

    /** The written documents carry the same paragraphs, texts and styles. */
    private static void assertSameParagraphs(OfficialDocument read, OfficialDocument sample) {
        DocxInspector a = new DocxInspector(read.toBytes());
        DocxInspector b = new DocxInspector(sample.toBytes());
        assertThat(a.paragraphTexts()).containsExactlyElementsOf(b.paragraphTexts());
        assertThat(a.paragraphStyles()).containsExactlyElementsOf(b.paragraphStyles());
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = DraftReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
