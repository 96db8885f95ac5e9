package io.gongwen;

import io.gongwen.internal.ChineseNumerals;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NumberingTest {

    @Test
    void numbers_ninety_nine_level_one_sections_in_the_standard_form() {
        OfficialDocument.Builder b = OfficialDocument.builder().title("标题");
        for (int i = 1; i <= 99; i++) {
            b.section("第" + i + "部分", s -> { });
        }
        List<String> lines = b.build().outline().lines().skip(1).toList();

        assertThat(lines).hasSize(99);
        assertThat(lines.get(0)).isEqualTo("一、第1部分");
        assertThat(lines.get(9)).isEqualTo("十、第10部分");
        assertThat(lines.get(10)).isEqualTo("十一、第11部分");
        assertThat(lines.get(19)).isEqualTo("二十、第20部分");
        assertThat(lines.get(20)).isEqualTo("二十一、第21部分");
        assertThat(lines.get(98)).isEqualTo("九十九、第99部分");
        for (int i = 1; i <= 99; i++) {
            assertThat(lines.get(i - 1)).isEqualTo(ChineseNumerals.of(i) + "、第" + i + "部分");
        }
    }

    @Test
    void restarts_each_level_under_a_new_parent() {
        OfficialDocument doc = OfficialDocument.builder().title("标题")
                .section("甲", s -> s
                        .section("甲一", t -> t.runIn("子一。", "文字。").runIn("子二。", "文字。"))
                        .section("甲二", t -> t.runIn("子三。", "文字。", u -> u.runIn("细一。", "文字。"))))
                .section("乙", s -> s
                        .section("乙一", t -> t.runIn("子四。", "文字。", u -> u.runIn("细二。", "文字。"))))
                .build();

        assertThat(doc.outline()).isEqualTo("""
                标题 标题
                一、甲
                  （一）甲一
                    1.子一。文字。
                    2.子二。文字。
                  （二）甲二
                    1.子三。文字。
                      （1）细一。文字。
                二、乙
                  （一）乙一
                    1.子四。文字。
                      （1）细二。文字。
                """);
    }

    @Test
    void skips_a_level_when_the_document_says_so() {
        OfficialDocument doc = OfficialDocument.builder().title("标题")
                .headingLevels(HeadingLevel.ONE, HeadingLevel.THREE)
                .section("甲", s -> s.runIn("一项。", "文字。").runIn("二项。", "文字。"))
                .section("乙", s -> s.runIn("三项。", "文字。"))
                .build();

        assertThat(doc.outline()).isEqualTo("""
                标题 标题
                一、甲
                  1.一项。文字。
                  2.二项。文字。
                二、乙
                  1.三项。文字。
                """);
    }

    @Test
    void restarts_a_lower_level_after_a_higher_sibling_in_the_same_parent() {
        OfficialDocument doc = OfficialDocument.builder().title("标题")
                .runIn(HeadingLevel.THREE, "前一。", "文字。")
                .section("甲", s -> { })
                .paragraph("过渡段落。")
                .runIn(HeadingLevel.THREE, "后一。", "文字。")
                .runIn(HeadingLevel.THREE, "后二。", "文字。")
                .build();

        assertThat(doc.outline()).isEqualTo("""
                标题 标题
                1.前一。文字。
                一、甲
                ¶ 过渡段落。
                1.后一。文字。
                2.后二。文字。
                """);
    }

    @Test
    void prints_ordinals_in_the_forms_the_specification_gives() {
        Specification spec = Specification.standard().toBuilder()
                .ordinalFormat(HeadingLevel.THREE, OrdinalFormat.ARABIC_PARENTHESIZED).build();
        OfficialDocument doc = OfficialDocument.builder().title("标题").specification(spec)
                .headingLevels(HeadingLevel.ONE, HeadingLevel.THREE)
                .section("甲", s -> s.runIn("一项。", "文字。"))
                .build();

        assertThat(doc.outline()).contains("  （1）一项。文字。");
    }
}
