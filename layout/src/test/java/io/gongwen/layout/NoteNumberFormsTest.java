package io.gongwen.layout;

import io.gongwen.NoteNumbering.Format;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each form's numbers against LibreOffice 7.4's rendering of the {@code .docx} writer's
 * {@code w:numFmt} (three notes from each of the first numbers 19, 26, 49, 99, 109, 999, 1000,
 * 10009 and 32767, read off its PDF), and full-width digits where LibreOffice falls back to ASCII.
 */
class NoteNumberFormsTest {
    private static List<String> from(Format format, int... numbers) {
        return IntStream.of(numbers).mapToObj(n -> NoteNumberForms.text(format, n)).toList();
    }

    @Test
    void circles_the_numbers_to_fifty_as_libreoffice_prints_them_then_writes_decimals() {
        assertThat(from(Format.DECIMAL_ENCLOSED_CIRCLE, 1, 2, 19, 20, 21, 26, 35, 36, 49, 50, 51, 109))
                .containsExactly("①", "②", "⑲", "⑳", "㉑", "㉖", "㉟", "㊱", "㊾", "㊿", "51", "109");
    }

    @Test
    void counts_in_chinese_with_ten_alone_at_the_front_and_one_ling_for_each_gap() {
        assertThat(from(Format.CHINESE_COUNTING, 1, 10, 11, 19, 20, 21, 26, 49, 99, 100, 101, 109, 110, 999, 1000, 1001,
                10009, 10010, 32767))
                .containsExactly("一", "十", "十一", "十九", "二十", "二十一", "二十六", "四十九", "九十九", "一百", "一百零一",
                        "一百零九", "一百一十", "九百九十九", "一千", "一千零一", "一万零九", "一万零一十", "三万二千七百六十七");
    }

    @Test
    void writes_roman_numerals_with_an_m_for_each_thousand() {
        assertThat(from(Format.LOWER_ROMAN, 1, 4, 19, 26, 49, 99, 109, 999, 1000, 10009))
                .containsExactly("i", "iv", "xix", "xxvi", "xlix", "xcix", "cix", "cmxcix", "m", "mmmmmmmmmmix");
        assertThat(from(Format.UPPER_ROMAN, 32767)).containsExactly("M".repeat(32) + "DCCLXVII");
    }

    @Test
    void repeats_the_letter_once_more_for_each_round_of_26() {
        assertThat(from(Format.LOWER_LETTER, 1, 19, 26, 27, 28, 49, 99, 109)).containsExactly("a", "s", "z", "aa", "bb", "ww",
                "uuuu", "eeeee");
        assertThat(from(Format.UPPER_LETTER, 1000)).containsExactly("L".repeat(39));
    }

    @Test
    void gives_the_ten_heavenly_stems_then_decimals_and_the_chicago_signs_repeated() {
        assertThat(from(Format.IDEOGRAPH_TRADITIONAL, 1, 2, 10, 11, 26)).containsExactly("甲", "乙", "癸", "11", "26");
        assertThat(from(Format.CHICAGO, 1, 2, 3, 4, 5, 19, 26)).containsExactly("*", "†", "‡", "§", "**", "‡‡‡‡‡", "†††††††");
    }

    @Test
    void writes_full_width_digits_and_a_zero_in_each_form() {
        assertThat(from(Format.DECIMAL_FULL_WIDTH, 1, 10, 32767)).containsExactly("１", "１０", "３２７６７");
        assertThat(from(Format.DECIMAL, 0, 1, 32767)).containsExactly("0", "1", "32767");
        assertThat(from(Format.DECIMAL_FULL_WIDTH, 0)).containsExactly("０");
        assertThat(from(Format.CHINESE_COUNTING, 0)).containsExactly("〇");
        assertThat(from(Format.LOWER_ROMAN, 0)).containsExactly("0");
        assertThat(from(Format.DECIMAL_ENCLOSED_CIRCLE, 0)).containsExactly("0");
    }
}
