package io.gongwen;

import io.gongwen.samples.WriteSamples;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link OfficialDocument#toBuilder()}: a builder that starts from a document. */
class ToBuilderTest {

    @Test
    void every_sample_rebuilt_from_its_builder_is_equal_and_writes_the_same_bytes() {
        for (Map.Entry<String, Supplier<OfficialDocument>> sample : WriteSamples.SAMPLES.entrySet()) {
            OfficialDocument doc = sample.getValue().get();
            OfficialDocument again = doc.toBuilder().build();
            assertThat(again).as(sample.getKey()).isEqualTo(doc);
            assertThat(Arrays.equals(again.toBytes(), doc.toBytes())).as(sample.getKey()).isTrue();
        }
    }

    @Test
    void a_changed_part_changes_only_that_part() {
        OfficialDocument doc = WriteSamples.SAMPLES.get("holiday-duty-notice.docx").get();
        OfficialDocument redated = doc.toBuilder().date(LocalDate.of(2027, 1, 4)).build();
        assertThat(redated.closing().date()).contains(LocalDate.of(2027, 1, 4));
        assertThat(redated.body()).isEqualTo(doc.body());
        assertThat(redated.title()).isEqualTo(doc.title());
        assertThat(redated).isNotEqualTo(doc);
        // the builder is a copy: the document is unchanged
        assertThat(doc.closing().date()).isNotEqualTo(redated.closing().date());
    }

    @Test
    void sections_added_after_the_existing_ones_are_numbered_on_from_them() {
        OfficialDocument doc = OfficialDocument.builder().title("关于做好冬季安全生产工作的通知")
                .section(HeadingLevel.ONE, "压实责任", s -> s.paragraph("各单位要落实主体责任。"))
                .section(HeadingLevel.ONE, "排查隐患", s -> s.paragraph("全面排查重点领域。"))
                .build();
        OfficialDocument more = doc.toBuilder()
                .section(HeadingLevel.ONE, "加强值守", s -> s.paragraph("严格执行值班制度。")).build();
        assertThat(more.body()).hasSize(3);
        assertThat(((Section) more.body().get(2)).number()).isEqualTo(3);
        assertThat(more.body().subList(0, 2)).isEqualTo(doc.body());
    }

    @Test
    void an_attachment_added_goes_into_the_attachment_note_as_the_others() {
        OfficialDocument doc = OfficialDocument.builder().title("关于印发工作方案的通知").paragraph("现将方案印发给你们。")
                .attachment("某县冬季安全生产工作方案", a -> a.paragraph("方案正文。")).build();
        OfficialDocument two = doc.toBuilder().attachment("某县冬季安全生产检查表", a -> a.paragraph("检查表。")).build();
        assertThat(two.closing().attachmentNote()).containsExactly("某县冬季安全生产工作方案", "某县冬季安全生产检查表");
        assertThat(two.attachments()).hasSize(2);
    }
}
