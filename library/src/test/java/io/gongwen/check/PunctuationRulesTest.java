package io.gongwen.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PunctuationRulesTest {
    private final TextChecker checker = new TextChecker();

    private List<String> found(String text) {
        return checker.check(text).stream().map(Finding::toString).toList();
    }

    @Test
    void pairs_straight_quotes_into_chinese_ones() {
        String text = "坚持\"谁主管、谁负责\"原则。";

        assertThat(found(text)).containsExactly(
                "1:2 WARNING [quotes] 中文行文中引号应为““” / Chinese text takes the quotation mark “ (fix: “)",
                "1:10 WARNING [quotes] 中文行文中引号应为“”” / Chinese text takes the quotation mark ” (fix: ”)");
        assertThat(TextChecker.applySafeFixes(text)).isEqualTo("坚持“谁主管、谁负责”原则。");
        assertThat(found("Press the \"OK\" button, don't.")).isEmpty();
        assertThat(TextChecker.applySafeFixes("他说'好的'就走了。")).isEqualTo("他说‘好的’就走了。");
    }

    @Test
    void makes_dots_an_ellipsis_and_hyphens_a_dash() {
        String text = "包括水、电、气...等。还有。。。以及--重点。";

        assertThat(found(text)).containsExactly(
                "1:7 WARNING [ellipsis] 省略号应为“……”，而非“...” / the ellipsis is \"……\", not \"...\" (fix: ……)",
                "1:14 WARNING [ellipsis] 省略号应为“……”，而非“。。。” / the ellipsis is \"……\", not \"。。。\" (fix: ……)",
                "1:19 WARNING [dash] 破折号应为“——”，而非“--” / the dash is \"——\", not \"--\" (fix: ——)");
        assertThat(TextChecker.applySafeFixes(text)).isEqualTo("包括水、电、气……等。还有……以及——重点。");
        assertThat(found("北京—上海，2020—2025年，……，——。")).isEmpty();
    }

    @Test
    void ends_a_chinese_sentence_with_a_full_stop_not_a_dot() {
        assertThat(found("各单位要认真落实.")).containsExactly(
                "1:8 WARNING [sentence-end] 中文句末应用句号“。”，而非半角“.” / a Chinese sentence ends with \"。\", not \".\" (fix: 。)");
        assertThat(found("增长3.5个百分点，1.明确责任。")).isEmpty();
    }

    @Test
    void uses_a_mark_once() {
        String text = "务必落实！！真的吗？？";

        assertThat(found(text)).containsExactly(
                "1:4 WARNING [repeated-punctuation] 标点“！”不应重复使用 / the mark \"！\" is used once, not repeated (fix: ！)",
                "1:9 WARNING [repeated-punctuation] 标点“？”不应重复使用 / the mark \"？\" is used once, not repeated (fix: ？)");
        assertThat(TextChecker.applySafeFixes("务必落实!!")).isEqualTo("务必落实！");
        assertThat(found("真的吗？！")).isEmpty();
    }

    @Test
    void uses_half_width_marks_in_english_text() {
        String text = "引用原文：Hello，world。";

        assertThat(found(text)).containsExactly(
                "1:10 WARNING [full-width-in-latin] 英文中应使用半角标点“,” / English text takes the half-width \",\" (fix: , )");
        assertThat(TextChecker.applySafeFixes(text)).isEqualTo("引用原文：Hello, world。");
        assertThat(found("２０２４年加入ＷＴＯ。")).containsExactly(
                "1:0 WARNING [full-width-in-latin] 数字和字母应为半角：“2024” / letters and digits are written half-width: "
                        + "\"2024\" (fix: 2024)",
                "1:7 WARNING [full-width-in-latin] 数字和字母应为半角：“WTO” / letters and digits are written half-width: "
                        + "\"WTO\" (fix: WTO)");
    }

    @Test
    void takes_stray_spaces_out_of_a_chinese_sentence_but_not_out_of_a_list_of_names() {
        String text = "各单位 要 认真落实，确保安全。";

        assertThat(found(text)).containsExactly(
                "1:3 WARNING [space] 汉字之间不应有空格 / no space between Chinese characters (fix: )",
                "1:5 WARNING [space] 汉字之间不应有空格 / no space between Chinese characters (fix: )");
        assertThat(TextChecker.applySafeFixes(text)).isEqualTo("各单位要认真落实，确保安全。");
        assertThat(TextChecker.applySafeFixes("一、总体 要求")).isEqualTo("一、总体要求");
        assertThat(found("出席：张三　李四　王五\n签发人：张三　李四\n国务院　　中央军委")).isEmpty();
        assertThat(found("第一条　根据《中华人民共和国个人所得税法》，制定本办法。\n为贯彻落实《中共中央 国务院关于打赢脱贫攻坚战的决定》，"
                + "现提出如下意见。")).isEmpty();
    }

    @Test
    void takes_markdown_out_of_the_text() {
        String text = "## 工作要求\n- 加强组织领导\n**重点**工作要抓好。";
        assertThat(found("1. 加强领导\n> 引用")).containsExactly(
                "2:0 WARNING [markdown] 文中残留Markdown标记“>” / Markdown left in the text: \">\" (fix: )");

        assertThat(found(text)).containsExactly(
                "1:0 WARNING [markdown] 文中残留Markdown标记“##” / Markdown left in the text: \"##\" (fix: )",
                "2:0 WARNING [markdown] 文中残留Markdown标记“-” / Markdown left in the text: \"-\" (fix: )",
                "3:0 WARNING [markdown] 文中残留Markdown标记“**” / Markdown left in the text: \"**\" (fix: 重点)");
        assertThat(TextChecker.applySafeFixes(text)).isEqualTo("工作要求\n加强组织领导\n重点工作要抓好。");
    }
}
