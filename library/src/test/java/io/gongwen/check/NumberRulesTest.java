package io.gongwen.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NumberRulesTest {
    private final TextChecker checker = new TextChecker();

    @Test
    void fixes_a_document_number_inside_a_sentence() {
        String text = "根据国办发[2012]第010号文件精神，制定本方案。";
        List<Finding> found = checker.check(text);

        assertThat(found).extracting(Finding::toString).containsExactly(
                "1:5 ERROR [document-number] 发文字号应写作“〔2012〕10号”：年份用六角括号〔〕，序号不加“第”、不编虚位 / write the "
                        + "document number \"〔2012〕10号\": year in 〔〕, no 第, no leading zero (fix: 〔2012〕10号)");
        assertThat(TextChecker.applyFixes(text, found)).isEqualTo("根据国办发〔2012〕10号文件精神，制定本方案。");
    }

    @Test
    void gives_brackets_to_a_document_number_without_any() {
        String text = "县政发2026第1号";
        List<Finding> found = checker.check(text);

        assertThat(found).extracting(Finding::english).containsExactly(
                "write the document number \"县政发〔2026〕1号\": year in 〔〕, no 第, no leading zero");
        assertThat(TextChecker.applyFixes(text, found)).isEqualTo("县政发〔2026〕1号");
    }

    @Test
    void finds_a_document_number_whose_year_is_not_written_in_full() {
        assertThat(checker.check("按国办发〔12〕10号执行。")).extracting(Finding::toString).containsExactly(
                "1:4 ERROR [document-number] 发文字号中的年份应写全四位：“〔12〕10号” / the year of a document number is written "
                        + "in full: \"〔12〕10号\"");
    }

    @Test
    void leaves_correct_numbers_and_an_announcements_numbering_alone() {
        assertThat(checker.check("按照国办发〔2012〕10号文件，国家税务总局公告2026年第1号，第2026号提案。")).isEmpty();
    }
}
