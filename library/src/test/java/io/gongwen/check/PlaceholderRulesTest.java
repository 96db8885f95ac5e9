package io.gongwen.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholderRulesTest {
    private final TextChecker checker = new TextChecker();

    @Test
    void finds_what_a_drafter_left_to_fill_in_as_errors() {
        List<Finding> found = checker.check("TODO：补充数据，待补充，【待核实：金额】，时间XXXX年XX月XX日。");

        assertThat(found).extracting(Finding::toString).containsExactly(
                "1:0 ERROR [placeholder] 占位符“TODO”尚未替换为实际内容 / placeholder \"TODO\" still stands for a number or a name",
                "1:10 ERROR [placeholder] 占位符“待补充”尚未替换为实际内容 / placeholder \"待补充\" still stands for a number or a name",
                "1:14 ERROR [placeholder] 占位符“【待核实：金额】”尚未替换为实际内容 / placeholder \"【待核实：金额】\" still stands "
                        + "for a number or a name",
                "1:25 ERROR [placeholder] 占位符“XXXX年XX月XX日”尚未替换为实际内容 / placeholder \"XXXX年XX月XX日\" still stands "
                        + "for a number or a name");
    }

    @Test
    void finds_somebody_and_pending_as_warnings_they_are_also_ordinary_words() {
        List<Finding> found = checker.check("请某某同志参加，时间待定，地点××县，20XX年。");

        assertThat(found).extracting(Finding::severity, Finding::offset, Finding::chinese).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 1, "占位符“某某”尚未替换为实际内容"),
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 10, "占位符“待定”尚未替换为实际内容"),
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 15, "占位符“××”尚未替换为实际内容"),
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 21, "占位符“XX”尚未替换为实际内容"));
    }

    @Test
    void takes_a_times_sign_between_numbers_or_before_one_for_multiplication() {
        assertThat(checker.check("办结率=办结事项数/事项总数×100%，面积为3×4米，系数（a+b）×权重。")).isEmpty();
    }

    @Test
    void leaves_latin_words_and_a_closing_word_alone() {
        assertThat(checker.check("使用Excel和XML格式，待遇不变，待办事项，启动1+X证书制度，X射线检查，X坐标，"
                + "用X代表消防救援，号牌“京·X2345应急”。")).isEmpty();
    }
}
