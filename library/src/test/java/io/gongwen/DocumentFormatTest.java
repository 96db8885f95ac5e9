package io.gongwen;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each format knows of itself, and that the builder asks it. */
class DocumentFormatTest {

    @Test
    void each_format_has_its_printed_name_and_mark_suffix() {
        assertThat(DocumentFormat.GENERAL.printedName()).isEqualTo("通用格式");
        assertThat(DocumentFormat.LETTER.printedName()).isEqualTo("信函格式");
        assertThat(DocumentFormat.ORDER.printedName()).isEqualTo("命令（令）格式");
        assertThat(DocumentFormat.MINUTES.printedName()).isEqualTo("纪要格式");
        assertThat(DocumentFormat.ORDER.markSuffix()).contains("令");
        assertThat(DocumentFormat.MINUTES.markSuffix()).contains("纪要");
        assertThat(DocumentFormat.GENERAL.markSuffix()).isEmpty();
        assertThat(DocumentFormat.LETTER.markSuffix()).isEmpty();
    }

    @Test
    void names_as_a_draft_writes_them() {
        assertThat(DocumentFormat.named("信函")).contains(DocumentFormat.LETTER);
        assertThat(DocumentFormat.named(" 令 ")).contains(DocumentFormat.ORDER);
        assertThat(DocumentFormat.named("命令")).contains(DocumentFormat.ORDER);
        assertThat(DocumentFormat.named("纪要")).contains(DocumentFormat.MINUTES);
        assertThat(DocumentFormat.named("minutes")).contains(DocumentFormat.MINUTES);
        assertThat(DocumentFormat.named("通用")).contains(DocumentFormat.GENERAL);
        assertThat(DocumentFormat.named("函")).isEmpty();
        assertThat(DocumentFormat.named("")).isEmpty();
        assertThat(DocumentFormat.named(null)).isEmpty();
    }

    @Test
    void what_sets_each_format_apart() {
        for (DocumentFormat f : DocumentFormat.values()) {
            assertThat(f.needsTitle()).as(f.name()).isEqualTo(f != DocumentFormat.ORDER);
            assertThat(f.numbersFirstPage()).as(f.name()).isEqualTo(f != DocumentFormat.LETTER);
            assertThat(f.hasFullColophon()).as(f.name()).isEqualTo(f != DocumentFormat.LETTER);
        }
    }

    @Test
    void the_builder_takes_the_mark_suffix_and_the_title_rule_from_the_format() {
        OfficialDocument order = OfficialDocument.builder().format(DocumentFormat.ORDER).issuers("某县人民政府")
                .orderNumber(3).paragraph("现公布《某县河道管理办法》，自2027年1月1日起施行。").build();
        assertThat(order.headBlock().markSuffix()).contains("令");
        assertThat(order.title()).isEmpty();
        OfficialDocument minutes = OfficialDocument.builder().format(DocumentFormat.MINUTES).issuers("某县人民政府常务会议")
                .title("某县人民政府常务会议纪要").paragraph("会议研究了冬季安全生产工作。").build();
        assertThat(minutes.headBlock().markSuffix()).contains("纪要");
        assertThatThrownBy(() -> OfficialDocument.builder().paragraph("正文。").build())
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> OfficialDocument.builder().format(DocumentFormat.LETTER).title("关于商请支持的函")
                .paragraph("正文。").signature("某县人民政府").date(LocalDate.of(2026, 12, 1))
                .printedBy("某县人民政府办公室", LocalDate.of(2026, 12, 1)).build())
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("printedBy");
        assertThat(Optional.of(order.format().printedName())).contains("命令（令）格式");
    }
}
