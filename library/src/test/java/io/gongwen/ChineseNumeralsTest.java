package io.gongwen;

import io.gongwen.internal.ChineseNumerals;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChineseNumeralsTest {

    /** Every numeral from 1 to 99, written out by hand rather than by the rule under test. */
    private static final String ONE_TO_NINETY_NINE =
            "一 二 三 四 五 六 七 八 九 十 "
            + "十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 "
            + "二十一 二十二 二十三 二十四 二十五 二十六 二十七 二十八 二十九 三十 "
            + "三十一 三十二 三十三 三十四 三十五 三十六 三十七 三十八 三十九 四十 "
            + "四十一 四十二 四十三 四十四 四十五 四十六 四十七 四十八 四十九 五十 "
            + "五十一 五十二 五十三 五十四 五十五 五十六 五十七 五十八 五十九 六十 "
            + "六十一 六十二 六十三 六十四 六十五 六十六 六十七 六十八 六十九 七十 "
            + "七十一 七十二 七十三 七十四 七十五 七十六 七十七 七十八 七十九 八十 "
            + "八十一 八十二 八十三 八十四 八十五 八十六 八十七 八十八 八十九 九十 "
            + "九十一 九十二 九十三 九十四 九十五 九十六 九十七 九十八 九十九";

    @Test
    void writes_every_number_from_one_to_ninety_nine() {
        List<String> written = new ArrayList<>();
        for (int n = 1; n <= 99; n++) {
            written.add(ChineseNumerals.of(n));
        }
        assertThat(written).containsExactly(ONE_TO_NINETY_NINE.split(" "));
    }

    @Test
    void writes_hundreds_and_thousands_with_zero_where_a_unit_is_skipped() {
        assertThat(ChineseNumerals.of(100)).isEqualTo("一百");
        assertThat(ChineseNumerals.of(101)).isEqualTo("一百零一");
        assertThat(ChineseNumerals.of(110)).isEqualTo("一百一十");
        assertThat(ChineseNumerals.of(1001)).isEqualTo("一千零一");
        assertThat(ChineseNumerals.of(1010)).isEqualTo("一千零一十");
        assertThat(ChineseNumerals.of(9999)).isEqualTo("九千九百九十九");
    }

    @Test
    void writes_ten_thousands_with_wan() {
        assertThat(ChineseNumerals.of(10_000)).isEqualTo("一万");
        assertThat(ChineseNumerals.of(10_001)).isEqualTo("一万零一");
        assertThat(ChineseNumerals.of(10_100)).isEqualTo("一万零一百");
        assertThat(ChineseNumerals.of(12_345)).isEqualTo("一万二千三百四十五");
        assertThat(ChineseNumerals.of(20_000)).isEqualTo("二万");
        assertThat(ChineseNumerals.of(100_000)).isEqualTo("十万");
        assertThat(ChineseNumerals.of(110_000)).isEqualTo("十一万");
        assertThat(ChineseNumerals.of(100_010)).isEqualTo("十万零一十");
        assertThat(ChineseNumerals.of(1_000_000)).isEqualTo("一百万");
        assertThat(ChineseNumerals.of(99_999_999)).isEqualTo("九千九百九十九万九千九百九十九");
    }

    @Test
    void rejects_numbers_it_cannot_write() {
        assertThatThrownBy(() -> ChineseNumerals.of(0))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("number: must be 1..99999999: 0");
        assertThatThrownBy(() -> ChineseNumerals.of(100_000_000)).hasMessage("number: must be 1..99999999: 100000000");
    }

    @Test
    void reads_back_every_numeral_it_writes_below_ten_thousand() {
        for (int n = 1; n < 10_000; n++) {
            assertThat(ChineseNumerals.parse(ChineseNumerals.of(n))).as("%d", n).isEqualTo(n);
        }
    }

    @Test
    void reads_the_forms_drafts_use_and_refuses_what_is_no_numeral() {
        assertThat(ChineseNumerals.parse("两")).isEqualTo(2);
        assertThat(ChineseNumerals.parse("一十一")).isEqualTo(11);
        assertThat(ChineseNumerals.parse("一百〇一")).isEqualTo(101);
        assertThat(ChineseNumerals.parse("十十")).isEqualTo(0);
        assertThat(ChineseNumerals.parse("一二")).isEqualTo(0);
        assertThat(ChineseNumerals.parse("零")).isEqualTo(0);
        assertThat(ChineseNumerals.parse("是")).isEqualTo(0);
    }
}
