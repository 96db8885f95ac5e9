package io.gongwen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TitleBreakerTest {

    /** 22 pt characters across the 156 mm text block: 442 pt / 22 pt. */
    private static final double TEXT_BLOCK = 20;

    private static Arguments breaks(String title, double width, String... lines) {
        return Arguments.of(title, width, List.of(lines));
    }

    /** Titles of the kind 公文 carry, with the lines the breaker gives them: every break between phrases. */
    static Stream<Arguments> realTitles() {
        return Stream.of(
                breaks("关于印发《XX市2021年安全生产专项整治三年行动实施方案》的通知", TEXT_BLOCK,
                        "关于印发《XX市2021年安全生产专项整治", "三年行动实施方案》的通知"),
                breaks("XX市人民政府办公室关于印发XX市2021年安全生产专项整治三年行动实施方案的通知", TEXT_BLOCK,
                        "XX市人民政府办公室关于印发XX市2021年", "安全生产专项整治三年行动实施方案的通知"),
                breaks("XX县人民政府关于表彰2020年度安全生产工作先进集体和先进个人的决定", TEXT_BLOCK,
                        "XX县人民政府关于表彰2020年度安全生产工作", "先进集体和先进个人的决定"),
                breaks("国务院办公厅关于进一步加强疫情防控常态化形势下安全生产工作的通知", TEXT_BLOCK,
                        "国务院办公厅关于进一步加强疫情防控", "常态化形势下安全生产工作的通知"),
                breaks("XX市应急管理局关于开展2021年安全生产月活动的通知", TEXT_BLOCK,
                        "XX市应急管理局关于开展", "2021年安全生产月活动的通知"),
                breaks("XX省人民政府关于公布第三批省级非物质文化遗产代表性项目名录的通知", TEXT_BLOCK,
                        "XX省人民政府关于公布第三批", "省级非物质文化遗产代表性项目名录的通知"),
                breaks("关于深入贯彻落实党中央国务院决策部署进一步做好稳就业保民生工作的实施意见", TEXT_BLOCK,
                        "关于深入贯彻落实党中央国务院决策部署", "进一步做好稳就业保民生工作的实施意见"),
                breaks("关于开展“不忘初心、牢记使命”主题教育的通知", TEXT_BLOCK,
                        "关于开展“不忘初心、牢记使命”", "主题教育的通知"),
                breaks("邯郸市人民政府办公厅关于做好防汛抗旱工作的通知", TEXT_BLOCK,
                        "邯郸市人民政府办公厅关于做好", "防汛抗旱工作的通知"),
                breaks("XX市人民政府关于XX区2021年度国民经济和社会发展计划执行情况的报告", TEXT_BLOCK,
                        "XX市人民政府关于XX区2021年度", "国民经济和社会发展计划执行情况的报告"),
                breaks("国务院办公厅关于印发《新能源汽车产业发展规划（2021—2035年）》的通知", TEXT_BLOCK,
                        "国务院办公厅关于印发《新能源汽车产业", "发展规划（2021—2035年）》的通知"),
                breaks("关于表彰XX市2020年度脱贫攻坚先进集体和先进个人的决定", TEXT_BLOCK,
                        "关于表彰XX市2020年度脱贫攻坚", "先进集体和先进个人的决定"),
                breaks("XX县教育局关于2021年上半年工作总结和下半年工作计划的报告", TEXT_BLOCK,
                        "XX县教育局关于2021年上半年工作总结和", "下半年工作计划的报告"),
                breaks("关于申请拨付2021年度防汛抗旱专项资金的请示", TEXT_BLOCK,
                        "关于申请拨付2021年度防汛抗旱", "专项资金的请示"),
                breaks("XX市安全生产委员会关于开展安全生产大排查大整治专项行动的通知", TEXT_BLOCK,
                        "XX市安全生产委员会关于开展安全生产", "大排查大整治专项行动的通知"),
                breaks("关于公布第二批全国乡村旅游重点村名单的通知", TEXT_BLOCK,
                        "关于公布第二批全国乡村旅游", "重点村名单的通知"),
                breaks("XX市人民政府办公室关于转发市发展改革委关于做好2021年重点项目建设工作意见的通知", TEXT_BLOCK,
                        "XX市人民政府办公室", "关于转发市发展改革委关于做好", "2021年重点项目建设工作意见的通知"),
                breaks("中共XX市委XX市人民政府关于全面推进乡村振兴加快农业农村现代化的实施意见", TEXT_BLOCK,
                        "中共XX市委XX市人民政府关于全面推进", "乡村振兴加快农业农村现代化的实施意见"),
                breaks("XX市人民政府关于2020年度全市安全生产工作情况的报告", TEXT_BLOCK,
                        "XX市人民政府关于2020年度全市", "安全生产工作情况的报告"),
                breaks("XX市卫生健康委员会XX市教育局关于做好秋冬季学校新冠肺炎疫情防控工作的通知", TEXT_BLOCK,
                        "XX市卫生健康委员会XX市教育局关于做好", "秋冬季学校新冠肺炎疫情防控工作的通知"),
                breaks("XX市人民政府关于印发XX市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知", TEXT_BLOCK,
                        "XX市人民政府关于印发XX市", "国民经济和社会发展第十四个五年规划和", "二〇三五年远景目标纲要的通知"),
                breaks("关于做好2021年元旦春节期间有关工作的通知", 12,
                        "关于做好2021年元旦春节", "期间有关工作的通知"),
                breaks("关于印发《XX市2021年安全生产专项整治三年行动实施方案》的通知", 12,
                        "关于印发《XX市", "2021年安全生产专项整治", "三年行动实施方案》的通知"),
                breaks("关于印发XX市加强基层党组织建设的若干措施的通知", 12,
                        "关于印发XX市", "加强基层党组织建设的", "若干措施的通知"),
                breaks("关于做好当前和今后一个时期安全生产工作的通知", 12,
                        "关于做好当前和今后一个", "时期安全生产工作的通知"),
                breaks("关于进一步加强安全生产工作的通知", 8,
                        "关于进一步", "加强安全生产", "工作的通知"));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("realTitles")
    void breaks_real_titles_between_words_into_a_trapezoid_or_diamond(String title, double width, List<String> expected) {
        // WHEN
        List<String> lines = TitleBreaker.lines(title, width);

        // THEN
        assertThat(lines).containsExactlyElementsOf(expected);
        assertThat(String.join("", lines)).isEqualTo(title);
        assertThat(lines).allSatisfy(line -> assertThat(TitleBreaker.width(line)).isLessThanOrEqualTo(width));
        assertNoHourglass(lines);
    }

    @Test
    void returns_a_title_that_fits_as_its_only_line() {
        // GIVEN exactly 20 characters wide: 2021 counts as two
        String title = "关于做好2021年元旦春节期间有关工作的通知";

        // WHEN
        List<String> lines = TitleBreaker.lines(title, TEXT_BLOCK);

        // THEN
        assertThat(TitleBreaker.width(title)).isEqualTo(20);
        assertThat(lines).containsExactly(title);
    }

    @Test
    void counts_ascii_letters_and_digits_as_half_width() {
        // GIVEN 40 half-width characters and the 的通知
        String title = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcd的通知";

        // WHEN / THEN
        assertThat(TitleBreaker.width(title)).isEqualTo(23);
        assertThat(TitleBreaker.lines(title, 23)).containsExactly(title);
    }

    @Test
    void takes_a_third_line_rather_than_break_inside_an_adverbial_frame() {
        // GIVEN 在…工作中 (12 characters) in a title of 35, which two lines of 19 would split
        String title = "XX市人民政府办公室关于XX区在创建全国文明城市工作中所提问题和建议办理情况的函";

        // WHEN
        List<String> lines = TitleBreaker.lines(title, 19);

        // THEN as the State Council breaks 国务院办公厅 / 关于四川省在温家宝总理考察工作时 / 所提问题…的函
        assertThat(lines).containsExactly("XX市人民政府办公室", "关于XX区在创建全国文明城市工作中", "所提问题和建议办理情况的函");
    }

    @Test
    void breaks_inside_an_adverbial_frame_wider_than_a_line() {
        // GIVEN 在…活动中, 21 characters: no line holds it
        String title = "XX县人民政府关于在全县农村人居环境整治和垃圾分类示范村创建活动中表现突出单位的通报";

        // WHEN
        List<String> lines = TitleBreaker.lines(title, 19);

        // THEN broken between its words like any phrase, without a fourth line
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("XX县人民政府关于在全县农村人居环境整治");
    }

    @Test
    void keeps_two_lines_when_the_preposition_opens_no_frame() {
        // GIVEN 在 with no localizer or 时 to close it
        String title = "XX市人民政府办公室关于XX区在老城区设立历史文化街区保护管理委员会的复函";

        // WHEN
        List<String> lines = TitleBreaker.lines(title, 19);

        // THEN
        assertThat(lines).containsExactly("XX市人民政府办公室关于XX区在老城区", "设立历史文化街区保护管理委员会的复函");
    }

    @Test
    void ends_a_title_of_three_lines_on_a_line_no_wider_than_the_one_above() {
        // WHEN two lines cannot hold the title, and 表彰 / 2022年度安全生产工作 / 先进集体和先进个人的决定
        // would end on its longest line
        List<String> lines = TitleBreaker.lines("XX县人民政府关于表彰2022年度安全生产工作先进集体和先进个人的决定", 14);

        // THEN a diamond: none of the State Council's titles of three lines ends on a line wider than
        // the one above it
        assertThat(lines).containsExactly("XX县人民政府", "关于表彰2022年度安全生产工作", "先进集体和先进个人的决定");
    }

    @Test
    void lets_the_lower_of_two_lines_be_the_longer() {
        // WHEN
        List<String> lines = TitleBreaker.lines("国务院办公厅关于调整国家教材委员会组成人员的通知", 19);

        // THEN a trapezoid, as the State Council printed it
        assertThat(lines).containsExactly("国务院办公厅关于调整", "国家教材委员会组成人员的通知");
    }

    @Test
    void never_starts_a_line_with_the_deng_that_closes_a_list() {
        // WHEN the fullest first line would end at 教育部
        List<String> lines = TitleBreaker.lines(
                "国务院办公厅关于转发教育部等部门在新冠肺炎疫情防控期间做好普通高校毕业生就业工作意见的通知", 19);

        // THEN
        assertThat(lines.get(0)).endsWith("教育部等部门");
        assertThat(lines).noneMatch(line -> line.startsWith("等"));
    }

    @Test
    void breaks_before_guanyu_after_the_issuer_name() {
        // WHEN
        List<String> lines = TitleBreaker.lines("XX市市场监督管理局关于开展食品安全专项整治行动的通知", 12);

        // THEN
        assertThat(lines.get(0)).isEqualTo("XX市市场监督管理局");
        assertThat(lines.get(1)).startsWith("关于");
    }

    @Test
    void ends_the_upper_line_with_de_rather_than_starting_a_line_with_it() {
        // WHEN
        List<String> lines = TitleBreaker.lines("关于印发XX市加强基层党组织建设的若干措施的通知", 12);

        // THEN
        assertThat(lines.get(1)).endsWith("的");
        assertThat(lines).noneMatch(line -> line.startsWith("的"));
    }

    @Test
    void breaks_a_book_title_between_its_words_rather_than_leave_the_formula_alone() {
        // GIVEN 《…》 of 14 characters in a title of 21, lines of 14
        String title = "关于印发《安全生产专项整治实施方案》的通知";

        // WHEN
        List<String> lines = TitleBreaker.lines(title, 14);

        // THEN as the State Council breaks 关于印发《政府网站集约化 / 试点工作方案》的通知
        assertThat(lines).containsExactly("关于印发《安全生产", "专项整治实施方案》的通知");
    }

    @Test
    void breaks_a_book_title_wider_than_a_line_only_between_words() {
        // WHEN
        List<String> lines = TitleBreaker.lines("关于印发《XX市2021年安全生产专项整治三年行动实施方案》的通知", TEXT_BLOCK);

        // THEN the break falls between 专项整治 and 三年行动, inside the 《》
        assertThat(lines).containsExactly("关于印发《XX市2021年安全生产专项整治", "三年行动实施方案》的通知");
    }

    @Test
    void never_splits_letters_digits_or_a_date_with_its_year() {
        // WHEN
        List<String> lines = TitleBreaker.lines("关于加强5G网络和2021年度数据中心建设的通知", 8);

        // THEN
        assertThat(lines).containsExactly("关于加强5G网络和", "2021年度数据中心", "建设的通知");
    }

    @Test
    void keeps_a_document_number_whole_with_its_issuer_code() {
        // WHEN
        List<String> lines = TitleBreaker.lines("关于转发国办发〔2020〕5号文件精神做好安全生产工作的通知", 12);

        // THEN
        assertThat(lines).containsExactly("关于转发", "国办发〔2020〕5号文件", "精神做好安全生产", "工作的通知");
    }

    @Test
    void never_leaves_a_single_character_alone_on_a_line() {
        // GIVEN a title whose fullest first line would leave 函 alone
        String title = "关于商请协助做好XX工作的函";

        for (double width = 4; width < TitleBreaker.width(title); width += 0.5) {
            // WHEN
            List<String> lines = TitleBreaker.lines(title, width);

            // THEN
            assertThat(lines).as("at width %s", width)
                    .allSatisfy(line -> assertThat(TitleBreaker.width(line)).isGreaterThan(1));
        }
        assertThat(TitleBreaker.lines(title, 12)).containsExactly("关于商请协助做好", "XX工作的函");
    }

    @Test
    void keeps_the_verb_of_guanyu_with_the_verb_it_governs() {
        // WHEN
        List<String> lines = TitleBreaker.lines("XX县人民政府办公室关于加快推进农村人居环境整治工作的意见", 19);

        // THEN the break after 加快推进, not after 加快
        assertThat(lines).containsExactly("XX县人民政府办公室关于加快推进", "农村人居环境整治工作的意见");
    }

    @Test
    void keeps_the_formula_verb_with_the_start_of_its_object() {
        // WHEN
        List<String> lines = TitleBreaker.lines("关于印发《XX市政府网站集约化试点工作方案》的通知", 19);

        // THEN not 关于印发 / 《…》的通知
        assertThat(lines).containsExactly("关于印发《XX市政府网站集约化", "试点工作方案》的通知");
    }

    @Test
    void arranges_three_lines_as_a_diamond_rather_than_an_hourglass() {
        // GIVEN 关于开展食品安全 would make a middle line shorter than both neighbours
        String title = "XX市市场监督管理局关于开展食品安全专项整治行动的通知";

        // WHEN
        List<String> lines = TitleBreaker.lines(title, 12);

        // THEN
        assertThat(lines).containsExactly("XX市市场监督管理局", "关于开展食品安全专项整治", "行动的通知");
        assertNoHourglass(lines);
    }

    @Test
    void breaks_a_unit_wider_than_a_line_at_the_width() {
        // GIVEN 26 letters and 10 digits, one unit 18 characters wide
        String title = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789的通知";

        // WHEN
        List<String> lines = TitleBreaker.lines(title, 6);

        // THEN
        assertThat(String.join("", lines)).isEqualTo(title);
        assertThat(lines).allSatisfy(line -> assertThat(TitleBreaker.width(line)).isLessThanOrEqualTo(6));
        assertThat(lines).hasSize(4);
    }

    @Test
    void never_splits_a_surrogate_pair() {
        // GIVEN characters from CJK extension B, two chars each in UTF-16
        String title = "关于做好𠀀𠀁𠀂𠀃𠀄𠀅工作的函";

        // WHEN
        List<String> lines = TitleBreaker.lines(title, 4);

        // THEN
        assertThat(String.join("", lines)).isEqualTo(title);
        assertThat(lines).allSatisfy(line -> {
            assertThat(Character.isLowSurrogate(line.charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1))).isFalse();
        });
    }

    @Test
    void gives_back_every_character_of_random_text_in_lines_that_fit() {
        // GIVEN 1,000 seeded strings of Chinese, words of the lexicon, ASCII, brackets, spaces,
        // surrogate pairs, combining marks and joiners
        String[] pieces = {"关于", "印发", "的", "通知", "安全生产", "人民政府", "和", "函", "第三批", "〔2020〕5号",
            "《", "》", "“", "”", "（", "）", "、", "，", "2021年", "5G", "AB-12", " ", "\u3000", "——", "……",
            "邯", "郸", "市", "𠀀", "😀", "👍🏽", "👨\u200D👩\u200D👧", "e\u0301", "\uFE0F", "\t", "·", "한국", "é"};
        Random random = new Random(9704);

        for (int round = 0; round < 1000; round++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(60);
            for (int k = 0; k < count; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String title = text.toString();
            double width = 4 + random.nextInt(53) / 2.0;
            if (title.isBlank()) {
                continue;
            }

            // WHEN
            List<String> lines = TitleBreaker.lines(title, width);

            // THEN
            assertThat(String.join("", lines)).as(title).isEqualTo(title);
            assertThat(lines).as(title).allSatisfy(line -> {
                assertThat(line).isNotEmpty();
                assertThat(TitleBreaker.width(line)).isLessThanOrEqualTo(width);
                assertThat(Character.isLowSurrogate(line.charAt(0))).isFalse();
            });
            if (TitleBreaker.width(title) <= width) {
                assertThat(lines).containsExactly(title);
            }
        }
    }

    @Test
    void breaks_a_long_title_quickly() {
        // GIVEN a title of about 250 characters and a wide line
        String title = "XX市人民政府办公室关于印发XX市2021年安全生产专项整治三年行动实施方案的通知".repeat(6);

        // WHEN
        List<String> lines = new ArrayList<>();
        long start = System.nanoTime();
        for (double width : new double[] {4, 20, 60, 150}) {
            lines = TitleBreaker.lines(title, width);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        // THEN
        assertThat(String.join("", lines)).isEqualTo(title);
        assertThat(millis).isLessThan(2_000);
    }

    @Test
    void rejects_a_blank_title() {
        assertThatThrownBy(() -> TitleBreaker.lines(" \u3000 ", TEXT_BLOCK))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("title: must not be blank: \" \u3000 \"")
                .extracting(e -> ((InvalidDocumentException) e).field()).isEqualTo("title");
    }

    @Test
    void rejects_a_line_narrower_than_four_characters() {
        assertThatThrownBy(() -> TitleBreaker.lines("关于做好防汛抗旱工作的通知", 3.5))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("title: a line must be at least 4 characters wide to break the title, not 3.5: "
                        + "\"关于做好防汛抗旱工作的通知\"")
                .extracting(e -> ((InvalidDocumentException) e).field()).isEqualTo("title");
        assertThatThrownBy(() -> TitleBreaker.lines("关于做好防汛抗旱工作的通知", Double.NaN))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("title: a line must be at least 4 characters wide");
    }

    /** No line is shorter than one above it and one below it (half a character looks equal). */
    private static void assertNoHourglass(List<String> lines) {
        for (int i = 1; i + 1 < lines.size(); i++) {
            double middle = TitleBreaker.width(lines.get(i));
            double above = lines.subList(0, i).stream().mapToDouble(TitleBreaker::width).max().orElseThrow();
            double below = lines.subList(i + 1, lines.size()).stream().mapToDouble(TitleBreaker::width).max().orElseThrow();
            assertThat(middle < above - 0.5 && middle < below - 0.5).as("hourglass at line %d of %s", i, lines).isFalse();
        }
    }
}
