package io.gongwen;

import io.gongwen.samples.WriteSamples;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link OfficialDocument} is a value: equal when its content and layout are, whatever built it. */
class DocumentEqualityTest {

    @Test
    void every_sample_built_twice_is_equal_and_hashes_alike() {
        for (Map.Entry<String, Supplier<OfficialDocument>> sample : WriteSamples.SAMPLES.entrySet()) {
            OfficialDocument a = sample.getValue().get();
            OfficialDocument b = sample.getValue().get();
            assertThat(a).as(sample.getKey()).isNotSameAs(b).isEqualTo(b);
            assertThat(a.hashCode()).as(sample.getKey()).isEqualTo(b.hashCode());
        }
    }

    @Test
    void the_samples_differ_from_each_other() {
        List<OfficialDocument> all = WriteSamples.SAMPLES.values().stream().map(Supplier::get).toList();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i)).isNotEqualTo(all.get(j));
            }
        }
        assertThat(all.get(0)).isNotEqualTo(null).isNotEqualTo("a document");
    }

    @Test
    void one_difference_anywhere_makes_two_documents_differ() {
        OfficialDocument base = base().build();
        assertThat(base).isEqualTo(base().build());
        assertThat(base().title("关于做好冬季安全生产工作的通知。").build()).isNotEqualTo(base);
        assertThat(base().addressee("各乡镇人民政府：").build()).isNotEqualTo(base);
        assertThat(base().paragraph("第二段。").build()).isNotEqualTo(base);
        assertThat(base().date(LocalDate.of(2026, 12, 2)).build()).isNotEqualTo(base);
        assertThat(base().note("此件公开发布。").build()).isNotEqualTo(base);
        assertThat(base().copyTo("县委办公室").build()).isNotEqualTo(base);
        assertThat(base().specification(Specification.builder().margins(Length.mm(38), Length.mm(26), Length.mm(35), Length.mm(28)).build()).build())
                .isNotEqualTo(base);
        // the same words with different emphasis are a different paragraph
        assertThat(base().title("关于做好冬季安全生产工作的通知").addressee("各镇人民政府：")
                .paragraph(FormattedText.builder().bold("第一").text("段。").build()).signature("某县人民政府")
                .date(LocalDate.of(2026, 12, 1)).build()).isNotEqualTo(base);
    }

    private static OfficialDocument.Builder base() {
        return OfficialDocument.builder().title("关于做好冬季安全生产工作的通知").addressee("各镇人民政府：")
                .paragraph("第一段。").signature("某县人民政府").date(LocalDate.of(2026, 12, 1));
    }
}
