package io.gongwen.check;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextCheckerTest {
    private final TextChecker checker = new TextChecker();

    @Test
    void finds_placeholders_standing_for_numbers_and_names() {
        List<Finding> found = checker.check("上半年开展督查X次，减少发文XX%，X镇和××县，Excel表格。");

        assertThat(found).extracting(f -> f.rule().id(), Finding::offset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("placeholder", 7),
                        org.assertj.core.groups.Tuple.tuple("placeholder", 14),
                        org.assertj.core.groups.Tuple.tuple("placeholder", 18),
                        org.assertj.core.groups.Tuple.tuple("placeholder", 21));
        assertThat(found.get(0).chinese()).isEqualTo("占位符“X”尚未替换为实际内容");
        assertThat(found.get(0).english()).isEqualTo("placeholder \"X\" still stands for a number or a name");
        assertThat(found.get(0).fix()).isEmpty();
    }

    @Test
    void fixes_half_width_ordinal_brackets() {
        List<Finding> found = checker.check("　　(一)力求办文精准化。为全面推进无纸化办公模式。");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule().id()).isEqualTo("half-width-ordinal");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.offset()).isEqualTo(2);
            assertThat(f.fix()).contains(new Fix(2, 3, "（一）"));
        });
    }

    @Test
    void fixes_the_wrong_or_a_doubled_mark_after_an_ordinal() {
        String draft = "一.总体要求\n1、第一项。\n（一）、工作目标\n(1),第二项。\n";
        List<Finding> found = checker.check(draft);

        assertThat(found).extracting(f -> f.rule().id()).containsOnly("ordinal-punctuation");
        assertThat(found).allMatch(f -> f.severity() == Severity.ERROR);
        assertThat(TextChecker.applyFixes(draft, found)).isEqualTo("一、总体要求\n1.第一项。\n（一）工作目标\n（1）第二项。\n");
    }

    @Test
    void finds_numbers_out_of_sequence_within_their_level() {
        List<Finding> found = checker.check("一、甲\n（一）子\n（三）子\n二、乙\n（一）子\n四、丁\n");

        assertThat(found).extracting(Finding::line, Finding::english).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "numbered 3 where 2 was expected"),
                org.assertj.core.groups.Tuple.tuple(6, "numbered 4 where 3 was expected"));
        assertThat(found.get(0).chinese()).isEqualTo("序号不连续：此处应为第2项，实为第3项");
    }

    @Test
    void fixes_the_form_of_a_document_number() {
        String draft = "国办发[2012]第010号\n国办发〔2012〕10号\n";
        List<Finding> found = checker.check(draft);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule().id()).isEqualTo("document-number");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.english()).isEqualTo("write the document number \"国办发〔2012〕10号\": year in 〔〕, no 第, no leading zero");
        });
        assertThat(TextChecker.applyFixes(draft, found)).isEqualTo("国办发〔2012〕10号\n国办发〔2012〕10号\n");
    }

    @Test
    void fixes_dates_to_the_standards_form() {
        String draft = "会议于2020年07月01日召开，2020-7-2结束。\n2020年7月1日\n";
        List<Finding> found = checker.check(draft);

        assertThat(found).extracting(f -> f.rule().id()).containsExactly("date", "date");
        assertThat(TextChecker.applyFixes(draft, found)).isEqualTo("会议于2020年7月1日召开，2020年7月2日结束。\n2020年7月1日\n");
    }

    @Test
    void fixes_half_width_punctuation_between_chinese_characters() {
        String draft = "在各办(所)、各行政村(社区)的支持下,工作顺利:全面完成。时间:2020年,共X次。";
        List<Finding> found = checker.check(draft);

        assertThat(found).filteredOn(f -> f.rule().id().equals("mixed-punctuation")).hasSize(8);
        assertThat(TextChecker.applyFixes(draft, found))
                .isEqualTo("在各办（所）、各行政村（社区）的支持下，工作顺利：全面完成。时间：2020年，共X次。");
    }

    @Test
    void leaves_correct_text_alone() {
        assertThat(checker.check("""
                关于做好值班工作的通知
                各乡镇人民政府：
                　　一、总体要求
                　　（一）工作目标。确保全年安全稳定，完成率达98%。
                　　1.明确责任。按照“谁主管、谁负责”原则，落实到人。
                　　（1）细化分工。国办发〔2012〕10号文件已作部署。
                县人民政府办公室
                2021年2月1日
                """)).isEmpty();
    }

    @Test
    void checks_the_seeds_and_fixes_them_without_changing_a_word() throws IOException {
        String seed = seed("seed-001.txt");
        List<Finding> found = checker.check(seed);

        assertThat(found).filteredOn(f -> f.rule().id().equals("half-width-ordinal")).hasSize(10);
        assertThat(found).filteredOn(f -> f.rule().id().equals("placeholder")).isNotEmpty();
        String fixed = TextChecker.applyFixes(seed, found);
        assertThat(fixed).contains("（一）力求办文精准化。").contains("村（社区）").doesNotContain("(一)");
        // only the form changes: the same characters once brackets and commas are made alike
        assertThat(normalise(fixed)).isEqualTo(normalise(seed));
        assertThat(new TextChecker().check(fixed)).extracting(f -> f.rule().id()).doesNotContain("half-width-ordinal", "mixed-punctuation");
    }

    private static String normalise(String s) {
        return s.replace('（', '(').replace('）', ')').replace('，', ',').replace('：', ':').replace('；', ';')
                .replace('？', '?').replace('！', '!');
    }

    @Test
    void finds_a_run_in_heading_that_lost_its_closing_full_stop() {
        List<Finding> found = checker.check("（一）力求办文精准化为全面推进无纸化办公模式，实行协同网上发文审批制度，向上级部门请示文件。\n"
                + "（二）力求办会高效化。会议材料一律提前报送。");

        assertThat(found).extracting(f -> f.rule().id(), Finding::line, Finding::offset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("run-in-heading", 1, 0));
        assertThat(found.get(0).english())
                .isEqualTo("a heading run into its text ends with 。; without it the whole sentence reads as the heading");
    }

    @Test
    void takes_no_heading_of_the_seeds_for_a_run_in_heading_without_its_full_stop() throws IOException {
        for (String name : List.of("seed-000.txt", "seed-001.txt")) {
            assertThat(checker.check(seed(name))).extracting(f -> f.rule().id()).doesNotContain("run-in-heading");
        }
    }

    @Test
    void finds_every_run_in_heading_of_the_seeds_once_its_full_stop_is_gone() throws IOException {
        // "1.办文办会细致严谨。按照……" → "1.办文办会细致严谨按照……": every other run-in heading of seed 000
        // loses its 。; the others keep theirs, and show what the level's headings look like
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^([ \u00A0\u3000]*[0-9]\\.[^。\\n]{2,12})。")
                .matcher(seed("seed-000.txt"));
        StringBuilder seed = new StringBuilder();
        int n = 0;
        while (m.find()) {
            m.appendReplacement(seed, n++ % 2 == 0 ? "$1" : "$0");
        }
        m.appendTail(seed);

        List<Finding> found = checker.check(seed.toString());

        // each of the 7 that lost it ("1.文字综合出精品。" is among those that kept it)
        assertThat(found).filteredOn(f -> f.rule().id().equals("run-in-heading")).hasSize(7);
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = TextCheckerTest.class.getResourceAsStream("/io/gongwen/text/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_items_of_an_attachment_note_and_an_attachment_s_sections_are_not_out_of_sequence() {
        List<Finding> findings = new TextChecker().check("""
                标题
                一、甲
                二、乙
                附件：1.责任分工
                　　　2.报告提纲
                县政府
                附件1
                责任分工
                一、道路
                二、建筑
                """);

        assertThat(findings).extracting(f -> f.rule().id()).doesNotContain("numbering");
    }

    @Test
    void leaves_a_drafts_front_matter_alone() {
        String draft = "---\n发文机关: XX县人民政府\n发文字号: X政发[2021]1号\n---\n标题\n村(社区)换届。\n";

        List<Finding> findings = new TextChecker().check(draft);

        assertThat(findings).allMatch(f -> f.line() > 4).isNotEmpty();
        assertThat(TextChecker.applySafeFixes(draft))
                .isEqualTo("---\n发文机关: XX县人民政府\n发文字号: X政发[2021]1号\n---\n标题\n村（社区）换届。\n");
    }

    @Test
    void finds_a_gap_in_an_attachment_note() {
        List<Finding> findings = new TextChecker().check("标题\n正文。\n附件：1.方案\n3.名单\n某局\n");

        assertThat(findings).extracting(Finding::toString)
                .containsExactly("4:0 WARNING [numbering] 附件序号不连续：此处应为第2个附件，实为第3个 / attachment 3 where 2 was expected");
    }

    @Test
    void checks_lines_as_text_even_between_lines_that_look_like_front_matter() {
        List<Finding> found = checker.check(List.of("---", "村(社区)换届。", "...", "村(社区)换届。"));

        assertThat(found).filteredOn(f -> f.rule() == Rule.MIXED_PUNCTUATION).extracting(Finding::line)
                .containsExactly(2, 2, 4, 4);
    }

    @Test
    void leaves_out_the_lines_a_drop_pattern_matches() {
        TextChecker dropping = TextChecker.builder().drop("仅供学习").build();

        assertThat(dropping.check("村(社区)换届。\n本文仅供学习(交流)。\n")).extracting(Finding::line).containsExactly(1, 1);
    }

    @Test
    void names_each_rule_by_its_stable_id() {
        assertThat(Rule.of("half-width-ordinal")).contains(Rule.HALF_WIDTH_ORDINAL);
        assertThat(Rule.values()).extracting(Rule::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+(-[a-z0-9]+)*"));
        assertThat(new Finding(Rule.DATE, Severity.WARNING, 3, 2, "中", "en", java.util.Optional.empty()).where())
                .isEqualTo(new Where.Line(3));
    }

    @Test
    void leaves_a_documents_own_words_about_advertising_alone() {
        assertThat(checker.check("关于加强报刊管理的通知\n各单位：\n内部资料不得刊登商业广告。\n县政府\n2024年1月5日")).isEmpty();
    }
}
