package io.gongwen.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeadBlockRulesTest {
    private static final String REST = "县政府文件\n县政发〔2024〕1号\n关于某事的通知\n各乡镇人民政府：\n请认真落实。\n县政府\n2024年1月5日";
    private final TextChecker checker = new TextChecker();

    private List<String> found(String text) {
        return checker.check(text).stream().map(Finding::toString).toList();
    }

    @Test
    void finds_a_secrecy_period_beyond_what_the_level_allows_and_a_level_without_a_copy_number() {
        assertThat(found("000001\n机密★25年\n" + REST)).containsExactly(
                "2:0 WARNING [secrecy] 机密级事项的保密期限一般不超过20年，实为25年 / a 机密 matter is kept secret for at most 20 "
                        + "years as a rule, not 25年");
        assertThat(found("秘密★6个月\n" + REST)).containsExactly(
                "1:0 WARNING [secrecy] 涉密公文应当标注份号 / a classified document carries a copy number (份号)");
        assertThat(found("000001\n绝密★30年\n" + REST)).isEmpty();
    }

    @Test
    void finds_an_urgency_other_than_the_two_the_standard_names() {
        assertThat(found("特　急\n" + REST)).containsExactly(
                "1:0 WARNING [urgency] 紧急程度应写作“特急”，中间不空格 / write the urgency \"特急\" without a space (fix: 特急)");
        assertThat(found("急件\n" + REST)).containsExactly(
                "1:0 WARNING [urgency] 紧急程度应标注为“特急”或“加急”，实为“急件” / the urgency is 特急 or 加急, not \"急件\"");
        assertThat(found("加急\n" + REST)).isEmpty();
    }

    @Test
    void finds_a_unit_both_addressed_and_copied() {
        assertThat(found(REST + "\n抄送：县委办公室，各乡镇人民政府。")).containsExactly(
                "8:0 WARNING [recipients] “各乡镇人民政府”同时列于主送机关和抄送机关 / \"各乡镇人民政府\" is both a main and a copied "
                        + "recipient");
        assertThat(found(REST + "\n抄送：县委办公室，县人大常委会办公室。")).isEmpty();
    }

    @Test
    void ends_the_copied_units_with_a_full_stop() {
        String text = REST + "\n抄送：县委办公室，县人大常委会办公室\n县政府办公室　2024年1月5日印发";

        assertThat(found(text)).containsExactly(
                "8:18 WARNING [recipients] 抄送机关最后一个名称后应标句号“。” / the last unit copied ends with \"。\" (fix: 。)");
        // the fix inserts the 。, so format does not apply it before reading; the writer prints it anyway
        assertThat(TextChecker.applyFixes(text, new TextChecker().check(text))).contains("抄送：县委办公室，县人大常委会办公室。\n");
        assertThat(TextChecker.applySafeFixes(text)).contains("抄送：县委办公室，县人大常委会办公室\n");
        assertThat(found(REST + "\n抄送：县委办公室，\n　　县人大常委会办公室。")).isEmpty();
    }
}
