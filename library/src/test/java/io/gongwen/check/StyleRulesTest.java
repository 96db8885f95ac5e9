package io.gongwen.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StyleRulesTest {
    private static final String LONG = "为" + "深入贯彻落实各项决策部署".repeat(11) + "，现通知如下。";

    @Test
    void gives_style_advice_only_when_asked() {
        String text = "众所周知，安全是发展的前提。\n" + LONG;

        assertThat(new TextChecker().check(text)).isEmpty();
        assertThat(TextChecker.builder().style(true).build().check(text)).extracting(Finding::toString).containsExactly(
                "1:0 INFO [stock-phrase] 套话“众所周知”可删去 / the stock phrase \"众所周知\" can go",
                "2:0 INFO [long-sentence] 句子过长（140字），可考虑拆分 / a sentence of 140 characters: consider splitting it");
    }

    @Test
    void leaves_short_plain_sentences_alone() {
        assertThat(TextChecker.builder().style(true).build().check("安全是发展的前提。各单位要认真落实。")).isEmpty();
    }
}
