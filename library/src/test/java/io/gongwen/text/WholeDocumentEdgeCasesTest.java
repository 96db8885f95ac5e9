package io.gongwen.text;

import io.gongwen.DocumentFormat;
import io.gongwen.InvalidDocumentException;
import io.gongwen.OfficialDocument;
import io.gongwen.testing.ForeignDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where recognising a whole document could take text for what it is not: each case keeps the
 * text's meaning, or reads back what the writer wrote.
 */
class WholeDocumentEdgeCasesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    @TempDir
    Path dir;

    private static Draft read(String text) {
        return DraftReader.standard().read(text);
    }

    private Draft readBack(OfficialDocument doc) {
        Path file = dir.resolve("doc.docx");
        doc.writeTo(file);
        return DocxReader.standard().read(file);
    }

    private Draft readDocx(String... paragraphs) throws IOException {
        Path file = dir.resolve("foreign.docx");
        Files.write(file, ForeignDocx.withDocumentXml(ForeignDocx.documentXml(paragraphs)));
        return DocxReader.standard().read(file);
    }

    @Test
    void an_empty_front_matter_gives_no_fields() {
        assertThat(read("---\n---\n标题\n正文。\n").document().outline()).isEqualTo("标题 标题\n¶ 正文。\n");
        assertThat(read("---\n# 无\n---\n标题\n正文。\n").document().headBlock().isEmpty()).isTrue();
    }

    @Test
    void a_notice_that_ends_with_who_attends_stays_a_notice() {
        Draft draft = read("关于开会的通知\n各单位：\n会议安排如下。\n出席：各部门负责人\n");

        assertThat(draft.document().format()).isEqualTo(DocumentFormat.GENERAL);
        assertThat(draft.document().outline()).endsWith("¶ 出席：各部门负责人\n");
        assertThat(readBack(OfficialDocument.builder().title("通知").paragraph("出席：全体人员").build())
                .document().format()).isEqualTo(DocumentFormat.GENERAL);
    }

    @Test
    void minutes_are_known_by_their_title_too() {
        Draft draft = read("专题会议纪要\n会议议定如下。\n出席：张三、李四\n");

        assertThat(draft.document().format()).isEqualTo(DocumentFormat.MINUTES);
        assertThat(draft.document().attendances()).hasSize(1);
    }

    @Test
    void the_line_above_a_date_the_document_cannot_carry_is_not_a_signature() {
        for (String date : new String[] {"2026年XX月XX日", "2026年2月30日"}) {
            Draft draft = read("标题\n正文。\n某某局\n" + date + "\n（此件公开发布）\n");

            assertThat(draft.document().closing().signatures()).as(date).isEmpty();
            assertThat(draft.document().outline()).as(date).contains("¶ 某某局\n¶ " + date + "\n");
        }
    }

    @Test
    void reads_head_block_lines_a_docx_paragraph_breaks_into_lines() throws IOException {
        Draft draft = readDocx("000001</w:t><w:br/><w:t>机密★1年</w:t><w:br/><w:t>特急",
                "XX市人民政府</w:t><w:br/><w:t>XX市财政局文件", "X府发〔2026〕1号", "关于X的</w:t><w:br/><w:t>通知", "正文。");

        assertThat(draft.document().outline()).isEqualTo("""
                版头 000001
                版头 机密★1年
                版头 特急
                机关 XX市人民政府、XX市财政局文件
                文号 X府发〔2026〕1号
                标题 关于X的
                标题 通知
                ¶ 正文。
                """);
    }

    @Test
    void minutes_without_a_number_read_back() {
        OfficialDocument minutes = OfficialDocument.builder().format(DocumentFormat.MINUTES).issuers("XX市人民政府")
                .title("会议纪要").paragraph("会议议定如下。").attendance(io.gongwen.Attendance.Kind.PRESENT, "张三").build();

        assertThat(readBack(minutes).document().outline()).isEqualTo(minutes.outline());
    }

    @Test
    void joint_signatures_one_per_line_read_back() {
        OfficialDocument joint = OfficialDocument.builder().title("通知").paragraph("特此通知。")
                .signature("XX市人民政府").signature("XX市财政局").date(DAY).build();

        assertThat(readBack(joint).document().outline()).isEqualTo(joint.outline());
        // a closing phrase without its 。 above the signature stays text
        assertThat(read("标题\n正文。\n特此通知\n县人民政府\n2026年1月5日\n").document().closing().signatures())
                .extracting(io.gongwen.Signature::issuer).containsExactly("县人民政府");
    }

    @Test
    void a_body_line_that_says_attachment_1_is_not_an_attachment() {
        Draft draft = read("关于X的通知\n正文。\n附件1\n是一份名单。\n");

        assertThat(draft.document().attachments()).isEmpty();
        assertThat(draft.document().outline()).endsWith("¶ 附件1\n¶ 是一份名单。\n");
    }

    @Test
    void a_title_above_a_document_number_is_not_taken_for_the_issuer() {
        Draft draft = read("关于做好2026年工作的通知\n京政发〔2026〕1号\n各区政府：\n正文。\n");

        assertThat(draft.document().headBlock().issuers()).isEmpty();
        assertThat(draft.document().title()).containsExactly("关于做好2026年工作的通知");
    }

    @Test
    void the_front_matter_s_attendance_replaces_the_text_s_and_says_so() {
        Draft draft = read("---\n出席: [张三]\n---\nXX纪要\n正文。\n出席：李四\n");

        assertThat(draft.document().attendances()).extracting(a -> a.names()).containsExactly(java.util.List.of("张三"));
        assertThat(draft.warnings()).extracting(DraftWarning::toString)
                .containsExactly("line 1: the front matter's 出席 replaces the 出席 read from the text");
    }

    @Test
    void a_bad_attachment_note_is_reported_at_its_own_line() {
        assertThatThrownBy(() -> read("纪要\n正文。\n出席：张三\n附件：。\n"))
                .isInstanceOf(InvalidDocumentException.class).hasMessageStartingWith("line 4:");
    }

    @Test
    void a_gap_in_the_attachment_note_is_renumbered_with_a_warning() {
        Draft draft = read("标题\n正文。\n附件：1.方案\n3.名单\n某局\n2026年1月5日\n");

        assertThat(draft.document().closing().attachmentNote()).containsExactly("方案", "名单");
        assertThat(draft.warnings()).extracting(DraftWarning::toString)
                .containsExactly("line 4: attachment 3 where 2 was expected; the note numbers it 2");
    }

    @Test
    void a_head_block_alone_is_refused_at_its_last_line() {
        assertThatThrownBy(() -> read("000001\n机密\n特急\n"))
                .isInstanceOf(InvalidDocumentException.class).hasMessageStartingWith("line 3:");
    }

    @Test
    void a_paragraph_change_that_returns_null_is_refused_clearly() throws IOException {
        Path file = dir.resolve("p.docx");
        Files.write(file, ForeignDocx.withDocumentXml(ForeignDocx.documentXml("标题", "正文。")));

        assertThatThrownBy(() -> DocxReader.builder().paragraphText(t -> null).build().read(file))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("paragraphText");
    }

    @Test
    @Timeout(10)
    void writes_a_paragraph_of_many_tabs_in_linear_time() {
        OfficialDocument doc = OfficialDocument.builder().title("标题").paragraph("1xxxx\t".repeat(400_000) + "完").build();

        assertThat(doc.toBytes()).isNotEmpty();
    }
}
