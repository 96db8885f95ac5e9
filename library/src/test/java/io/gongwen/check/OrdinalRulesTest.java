package io.gongwen.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrdinalRulesTest {
    private final TextChecker checker = new TextChecker();

    private List<String> found(String text) {
        return checker.check(text).stream().map(Finding::toString).toList();
    }

    @Test
    void accepts_numbering_that_restarts_under_each_parent() {
        assertThat(found("一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n（二）子\n三、丙\n（一）子\n")).isEmpty();
    }

    @Test
    void accepts_clause_numbering_that_runs_on_across_parents() {
        assertThat(found("一、甲\n（一）子\n（二）子\n二、乙\n（三）子\n（四）子\n三、丙\n（五）子\n")).isEmpty();
    }

    @Test
    void finds_a_gap_and_renumbers_the_wrong_one() {
        String text = "一、甲\n（一）子\n（二）子\n二、乙\n（三）子\n（五）子\n";
        List<Finding> found = checker.check(text);

        assertThat(found).extracting(Finding::toString).containsExactly(
                "6:1 WARNING [numbering] 序号不连续：此处应为第4项，实为第5项 / numbered 5 where 4 was expected (fix: 四)");
        assertThat(TextChecker.applyFixes(text, found)).isEqualTo("一、甲\n（一）子\n（二）子\n二、乙\n（三）子\n（四）子\n");
    }

    @Test
    void finds_a_repeat() {
        assertThat(found("一、甲\n二、乙\n二、丙\n")).containsExactly(
                "3:0 WARNING [numbering] 序号重复：此处应为第3项，实为第2项 / numbered 2 again where 3 was expected (fix: 三)");
    }

    @Test
    void holds_the_document_to_the_scheme_its_first_parents_chose() {
        assertThat(found("一、甲\n（一）子\n二、乙\n（一）子\n三、丙\n（二）子\n")).containsExactly(
                "6:1 WARNING [numbering] 序号不连续：此处应为第1项，实为第2项 / numbered 2 where 1 was expected (fix: 一)");
        assertThat(found("一、甲\n（一）子\n二、乙\n（二）子\n三、丙\n（一）子\n")).containsExactly(
                "6:1 WARNING [numbering] 序号不连续：此处应为第3项，实为第1项 / numbered 1 where 3 was expected (fix: 三)");
    }

    @Test
    void numbers_anew_after_an_article_an_appended_document_and_a_date() {
        assertThat(found("第一条　总则如下：\n（一）甲；\n（二）乙。\n第二条　细则如下：\n（一）丙。\n")).isEmpty();
        assertThat(found("一、甲\n二、乙\n附：值班规定\n一、丙\n")).isEmpty();
        assertThat(found("一、甲\n二、乙\n国务院\n2019年1月24日\n方案\n一、丙\n")).isEmpty();
        assertThat(found("注：1.坐标系统为独立坐标系统。\n2.L为弧长。\n")).isEmpty();
    }

    @Test
    void never_renumbers_in_the_safe_fixes() {
        String text = "一、甲\n三、乙\n";

        assertThat(TextChecker.applySafeFixes(text)).isEqualTo(text);
    }
}
