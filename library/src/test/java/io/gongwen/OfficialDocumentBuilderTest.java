package io.gongwen;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficialDocumentBuilderTest {

    private static OfficialDocument.Builder titled() {
        return OfficialDocument.builder().title("标题");
    }

    @Test
    void rejects_a_document_without_a_title() {
        assertThatThrownBy(() -> OfficialDocument.builder().paragraph("正文。").build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("title: must not be blank: a document needs a title");
    }

    @Test
    void rejects_a_blank_title() {
        assertThatThrownBy(() -> OfficialDocument.builder().title(" \u3000 "))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("title: must not be blank: \" \u3000 \"")
                .extracting(e -> ((InvalidDocumentException) e).field()).isEqualTo("title");
    }

    @Test
    void splits_title_lines_at_line_breaks() {
        OfficialDocument doc = OfficialDocument.builder().title("关于做好\n春节期间值班工作的通知").build();

        assertThat(doc.title()).containsExactly("关于做好", "春节期间值班工作的通知");
    }

    @Test
    void breaks_a_title_given_on_one_line_as_offices_do() {
        OfficialDocument doc = OfficialDocument.builder().title("国务院办公厅关于加快发展体育竞赛表演产业的指导意见").build();

        assertThat(doc.title()).containsExactly("国务院办公厅关于加快发展", "体育竞赛表演产业的指导意见");
    }

    @Test
    void keeps_the_lines_the_author_gave_the_title() {
        OfficialDocument doc = OfficialDocument.builder()
                .title("国务院办公厅关于加快发展体育竞赛", "表演产业的指导意见").build();

        assertThat(doc.title()).containsExactly("国务院办公厅关于加快发展体育竞赛", "表演产业的指导意见");
    }

    @Test
    void rejects_nesting_deeper_than_four_levels() {
        assertThatThrownBy(() -> titled().section("一", a -> a.section("二", b -> b.section("三",
                c -> c.section("四", d -> d.section("五", e -> { }))))))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[0].body[0].body[0].body[0].body[0]: sections nest at most 4 levels deep "
                        + "(the document's heading levels are [ONE, TWO, THREE, FOUR]); this one would be deeper");
    }

    @Test
    void rejects_a_section_level_not_below_its_parent() {
        assertThatThrownBy(() -> titled().section(HeadingLevel.TWO, "甲", s -> s.section(HeadingLevel.ONE, "乙", t -> { })))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[0].body[0].level: a level-1 heading cannot sit inside a level-2 section: \"乙\"");
    }

    @Test
    void rejects_control_characters_naming_field_index_and_code_point() {
        assertThatThrownBy(() -> titled().paragraph("正文\u0007内容"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[0].text: contains a character XML cannot carry, U+0007 at index 2; remove it: "
                        + "\"正文\\u0007内容\"");
        assertThatThrownBy(() -> titled().paragraph("a\u0000"))
                .hasMessageContaining("U+0000 at index 1");
        assertThatThrownBy(() -> titled().paragraph("a\uFFFF"))
                .hasMessageContaining("U+FFFF at index 1");
    }

    @Test
    void rejects_unpaired_surrogates() {
        assertThatThrownBy(() -> titled().paragraph("前\uD83D后"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[0].text: contains an unpaired surrogate, U+D83D at index 1; remove it: \"前\\uD83D后\"");
        assertThatThrownBy(() -> titled().signature("\uDE00机关"))
                .hasMessage("signature: contains an unpaired surrogate, U+DE00 at index 0; remove it: \"\\uDE00机关\"");
    }

    @Test
    void accepts_characters_outside_the_basic_plane_and_tabs() {
        OfficialDocument doc = titled().paragraph("表情\uD83D\uDE00与制表\t符。").build();

        assertThat(((Paragraph) doc.body().get(0)).text()).isEqualTo("表情\uD83D\uDE00与制表\t符。");
    }

    @Test
    void rejects_line_breaks_inside_a_paragraph() {
        assertThatThrownBy(() -> titled().paragraph("第一行\n第二行"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[0].text: must not contain a line break (at index 3); give separate paragraphs "
                        + "or lines instead: \"第一行\\u000A第二行\"");
    }

    @Test
    void drops_the_indentation_that_drafts_carry() {
        OfficialDocument doc = titled().paragraph("\u3000\u3000正文内容。  ").build();

        assertThat(((Paragraph) doc.body().get(0)).text()).isEqualTo("正文内容。");
    }

    @Test
    void rejects_a_heading_that_brings_its_own_number() {
        assertThatThrownBy(() -> titled().section("一、总体要求", s -> { }))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[0].heading: starts with a number, but headings are numbered automatically; "
                        + "give the heading without it: \"一、总体要求\"");
        assertThatThrownBy(() -> titled().runIn("(一)力求办文精准化。", "文字"))
                .hasMessageStartingWith("body[0].heading: starts with a number");
        assertThatThrownBy(() -> titled().runIn("1.办文办会细致严谨。", "文字"))
                .hasMessageStartingWith("body[0].heading: starts with a number");
    }

    @Test
    void accepts_a_heading_that_starts_with_a_year() {
        OfficialDocument doc = titled().section("2020年重点工作", s -> { }).build();

        assertThat(doc.outline()).contains("一、2020年重点工作");
    }

    @Test
    void rejects_a_run_in_heading_without_closing_punctuation() {
        assertThatThrownBy(() -> titled().runIn("办文办会细致严谨", "按照……"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[0].heading: a run-in heading must end with 。 (or ：？！) before the text that "
                        + "follows it: \"办文办会细致严谨\"");
    }

    @Test
    void names_the_nested_field_at_fault() {
        assertThatThrownBy(() -> titled().paragraph("引言。").section("甲", s -> s.paragraph("好").paragraph(" ")))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[1].body[1].text: must not be blank: \" \"");
    }

    @Test
    void ends_the_addressee_with_a_full_width_colon() {
        assertThat(titled().addressee("各乡镇人民政府").build().addressees()).containsExactly("各乡镇人民政府：");
        assertThat(titled().addressee("各乡镇人民政府:").build().addressees()).containsExactly("各乡镇人民政府：");
        assertThat(titled().addressee("各乡镇，", "县直各单位：").build().addressees())
                .containsExactly("各乡镇，", "县直各单位：");
    }

    @Test
    void writes_the_date_as_the_standard_does() {
        OfficialDocument doc = titled().date(LocalDate.of(2020, 7, 1)).build();

        assertThat(doc.closing().dateText()).contains("2020年7月1日");
        assertThat(OfficialDocument.formatDate(LocalDate.of(2012, 12, 31))).isEqualTo("2012年12月31日");
    }

    @Test
    void wraps_the_note_in_full_width_parentheses_once() {
        assertThat(titled().note("此件公开发布").build().closing().note()).contains("（此件公开发布）");
        assertThat(titled().note("（此件公开发布）").build().closing().note()).contains("（此件公开发布）");
    }

    @Test
    void refuses_heading_levels_after_the_body_has_started() {
        assertThatThrownBy(() -> titled().paragraph("正文。").headingLevels(HeadingLevel.ONE))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("headingLevels: set them before adding the body");
        assertThatThrownBy(() -> titled().headingLevels(HeadingLevel.THREE, HeadingLevel.ONE))
                .hasMessage("headingLevels: must go strictly downwards (e.g. ONE, THREE): [THREE, ONE]");
    }

    @Test
    void rejects_null_with_the_field_name() {
        assertThatThrownBy(() -> titled().paragraph((String) null))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("body[0].text: must not be null");
        assertThatThrownBy(() -> titled().paragraph((FormattedText) null))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("body[0].text: must not be null");
        assertThatThrownBy(() -> titled().date(null))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("date: must not be null");
    }

    @Test
    void builds_the_same_document_twice_from_one_builder() {
        OfficialDocument.Builder b = titled().section("甲", s -> s.paragraph("文字。"));

        assertThat(b.build().outline()).isEqualTo(b.build().outline());
    }

    @Test
    void every_exception_is_a_gongwen_exception() {
        assertThatThrownBy(() -> titled().paragraph("")).isInstanceOf(GongwenException.class);
    }
}
