package io.gongwen.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateRulesTest {
    private final TextChecker checker = new TextChecker();

    @Test
    void writes_a_date_in_chinese_numerals_in_arabic_numerals() {
        String text = "二〇二六年六月十三日\n会议于二〇〇四年十一月四日召开。";
        List<Finding> found = checker.check(text);

        assertThat(found).extracting(Finding::toString).containsExactly(
                "1:0 WARNING [date] 日期应写作“2026年6月13日”（用阿拉伯数字，年份写全，月、日不编虚位） / write the date "
                        + "\"2026年6月13日\": Arabic numerals, full year, no leading zeros (fix: 2026年6月13日)",
                "2:3 WARNING [date] 日期应写作“2004年11月4日”（用阿拉伯数字，年份写全，月、日不编虚位） / write the date "
                        + "\"2004年11月4日\": Arabic numerals, full year, no leading zeros (fix: 2004年11月4日)");
        assertThat(TextChecker.applySafeFixes(text)).isEqualTo("2026年6月13日\n会议于2004年11月4日召开。");
    }

    @Test
    void writes_a_dates_day_with_ri_not_hao() {
        assertThat(checker.check("会议定于1月5号召开，住3号楼。")).extracting(Finding::toString).containsExactly(
                "1:4 WARNING [date] 日期应写作“1月5日”（用阿拉伯数字，年份写全，月、日不编虚位） / write the date \"1月5日\": "
                        + "Arabic numerals, full year, no leading zeros (fix: 1月5日)");
    }

    @Test
    void finds_dates_that_depend_on_the_day_of_reading() {
        assertThat(checker.check("下个月召开。")).extracting(Finding::chinese).containsExactly("“下个月”随阅读之日而变，应写明具体日期");
        List<Finding> found = checker.check("请于明天报到，下周一出发。");

        assertThat(found).extracting(Finding::toString).containsExactly(
                "1:2 WARNING [relative-date] “明天”随阅读之日而变，应写明具体日期 / \"明天\" depends on the day the document is "
                        + "read: give the date",
                "1:7 WARNING [relative-date] “下周一”随阅读之日而变，应写明具体日期 / \"下周一\" depends on the day the document "
                        + "is read: give the date");
    }

    @Test
    void finds_a_weekday_that_contradicts_its_date() {
        assertThat(checker.check("定于2024年8月5日（星期四）召开。")).extracting(Finding::toString).containsExactly(
                "1:2 ERROR [weekday] 2024年8月5日是星期一，不是星期四 / 2024-8-5 is a MONDAY, not the weekday written"
                        .replace("MONDAY", "Monday"));
        assertThat(checker.check("定于2024年8月5日（星期一）召开，2024年8月10日周六返回。")).isEmpty();
    }

    @Test
    void drops_the_afternoon_before_a_24_hour_time_and_finds_a_morning_that_contradicts_one() {
        String text = "下午14:30开会，上午15:00集合，下午3点出发，14:30签到。";
        List<Finding> found = checker.check(text);

        assertThat(found).extracting(Finding::toString).containsExactly(
                "1:0 WARNING [time-of-day] 24小时制时间前不加“下午”：14:30 / a 24-hour time takes no \"下午\" (fix: )",
                "1:10 WARNING [time-of-day] “上午”与15时矛盾 / \"上午\" contradicts 15 o'clock");
        assertThat(TextChecker.applyFixes(text, found)).isEqualTo("14:30开会，上午15:00集合，下午3点出发，14:30签到。");
    }

    @Test
    void leaves_dates_in_the_standards_form_alone() {
        assertThat(checker.check("2020年7月1日，今年以来，明年，本周工作安排，1.5倍。")).isEmpty();
    }
}
