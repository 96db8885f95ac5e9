package io.gongwen.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CharsTest {
    @Test
    void holds_exactly_its_characters_across_a_wide_range() {
        Chars chars = Chars.of("天晚早周星礼");

        for (char c : "天晚早周星礼".toCharArray()) {
            assertThat(chars.has(c)).as("%s", c).isTrue();
        }
        assertThat(chars.has((char) ('天' - 1))).isFalse();
        assertThat(chars.has((char) ('礼' + 1))).isFalse();
        assertThat(chars.has('会')).isFalse();
        assertThat(chars.has('a')).isFalse();
        assertThat(chars.has('\uFFFF')).isFalse();
    }

    @Test
    void a_range_holds_both_ends() {
        Chars digits = Chars.of(Chars.range('０', '９') + Chars.range('Ａ', 'Ｚ'));

        assertThat(digits.has('０')).isTrue();
        assertThat(digits.has('９')).isTrue();
        assertThat(digits.has('Ａ')).isTrue();
        assertThat(digits.has('Ｚ')).isTrue();
        assertThat(digits.has('：')).isFalse(); // between ９ and Ａ
        assertThat(digits.has('9')).isFalse();
    }

    @Test
    void finds_a_character_anywhere_in_a_text() {
        Chars marks = Chars.of("#-*+>_");

        assertThat(marks.anyIn("全面推进无纸化办公模式")).isFalse();
        assertThat(marks.anyIn("")).isFalse();
        assertThat(marks.anyIn("全面推进无纸化办公模式_")).isTrue();
        assertThat(marks.anyIn("#全面")).isTrue();
    }

    @Test
    void an_empty_set_is_refused() {
        assertThatThrownBy(() -> Chars.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
