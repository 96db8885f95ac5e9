package io.gongwen.layout;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Line breaking on the body's grid: 28 characters of 3号 at 15.75 pt in a 442.2 pt line. */
class LineBreakerTest {
    private static final double LEFT = 79.37;
    private static final double WIDTH = 442.2;
    private static LineBreaker.Style body;

    @BeforeAll
    static void fonts() {
        FontResolver fonts = StandInFonts.resolver();
        body = new LineBreaker.Style(fonts.resolve("仿宋_GB2312"), fonts.resolve("Times New Roman"), 16, -0.25);
    }

    private static List<String> lines(String text) {
        return LineBreaker.lines(List.of(new LineBreaker.Span(text, body)), LEFT, WIDTH, 0, 0, 0,
                LineBreaker.Alignment.JUSTIFIED).stream()
                .map(runs -> runs.stream().map(Run::text).reduce("", String::concat)).toList();
    }

    @Test
    void holds_28_ideographs_on_a_full_line() {
        // GIVEN 60 ideographs
        String text = "政".repeat(60);
        // WHEN broken
        List<String> lines = lines(text);
        // THEN 28, 28, 4
        assertThat(lines).extracting(String::length).containsExactly(28, 28, 4);
    }

    @Test
    void justifies_a_full_line_to_the_right_edge_and_leaves_the_last_line_ragged() {
        List<List<Run>> lines = LineBreaker.lines(List.of(new LineBreaker.Span("政，".repeat(20), body)), LEFT, WIDTH,
                0, 0, 0, LineBreaker.Alignment.JUSTIFIED);
        List<Run> first = lines.get(0);
        Run last = first.get(first.size() - 1);
        assertThat(last.right()).isCloseTo(LEFT + WIDTH, within(0.01));
        List<Run> end = lines.get(lines.size() - 1);
        assertThat(end.get(end.size() - 1).right()).isLessThan(LEFT + WIDTH - 10);
    }

    @Test
    void keeps_a_notes_mark_with_the_character_before_it_and_counts_its_width() {
        // GIVEN 28 ideographs ending in 》 with a mark after it: the mark does not fit on the full line
        LineBreaker.Style mark = new LineBreaker.Style(body.eastAsia(), body.latin(), 16 * 0.58, -0.25, 16 * 0.39);
        List<List<Run>> lines = LineBreaker.lines(List.of(new LineBreaker.Span("政".repeat(27) + "》", body),
                new LineBreaker.Span("1", mark), new LineBreaker.Span("，政。", body)), LEFT, WIDTH, 0, 0, 0,
                LineBreaker.Alignment.JUSTIFIED);
        // THEN the mark never starts the next line: 》 (and the ideograph it closes on) go down with it
        List<Run> second = lines.get(1);
        assertThat(second.get(0).risePt()).isZero();
        assertThat(second.stream().map(Run::text).reduce("", String::concat)).isEqualTo("政》1，政。");
        Run raised = second.stream().filter(r -> r.risePt() > 0).findFirst().orElseThrow();
        assertThat(raised.sizePt()).isEqualTo(16 * 0.58);
        assertThat(lines.get(0).stream().map(Run::text).reduce("", String::concat)).isEqualTo("政".repeat(26));
        assertThat(lines.get(0).get(lines.get(0).size() - 1).right()).isCloseTo(LEFT + WIDTH, within(0.01));
    }

    @Test
    void hangs_a_stop_or_pause_that_would_be_the_29th_character_in_the_margin() {
        // GIVEN each of 。，、；：？！ as the 29th character, and a full line of ideographs to compare
        Run full = LineBreaker.lines(List.of(new LineBreaker.Span("政".repeat(29), body)), LEFT, WIDTH, 0, 0, 0,
                LineBreaker.Alignment.JUSTIFIED).get(0).get(0);
        for (String mark : List.of("。", "，", "、", "；", "：", "？", "！")) {
            String text = "政".repeat(28) + mark + "政".repeat(5);
            // WHEN broken
            List<List<Run>> lines = LineBreaker.lines(List.of(new LineBreaker.Span(text, body)), LEFT, WIDTH, 0, 0, 0,
                    LineBreaker.Alignment.JUSTIFIED);
            // THEN it ends the first line, past the right edge (as LibreOffice 7.4 and 25.2 print it), and
            // the 28 ideographs before it keep their pitch: the line is not squeezed nor stretched
            assertThat(lines).hasSize(2);
            Run first = lines.get(0).get(0);
            assertThat(first.text()).as(mark).isEqualTo("政".repeat(28) + mark);
            assertThat(first.x(27) + body.eastAsia().advance('政', 16)).as(mark).isCloseTo(LEFT + WIDTH, within(0.01));
            assertThat(first.x(28)).as(mark).isGreaterThanOrEqualTo(LEFT + WIDTH - 0.3);
            assertThat(first.x(1) - first.x(0)).isCloseTo(full.x(1) - full.x(0), within(0.001));
        }
    }

    @Test
    void never_starts_a_line_with_closing_punctuation_that_does_not_hang_nor_puts_29_characters_on_it() {
        // GIVEN a closing quote, a closing bracket and a closing 》 that would be the 29th character
        for (String mark : List.of("”", "）", "》")) {
            String text = "政".repeat(28) + mark + "政".repeat(5);
            // WHEN broken
            List<String> lines = lines(text);
            // THEN the 28th ideograph goes down with it, and the line is stretched
            assertThat(lines).as(mark).containsExactly("政".repeat(27), "政" + mark + "政".repeat(5));
        }
        // AND a stop followed by a closing quote does not hang either: the quote could not start the next line
        assertThat(lines("政".repeat(28) + "。”" + "政")).containsExactly("政".repeat(27), "政。”政");
    }

    @Test
    void never_ends_a_line_with_opening_punctuation() {
        String text = "政".repeat(27) + "“通知”" + "政".repeat(3);
        List<String> lines = lines(text);
        assertThat(lines.get(0)).isEqualTo("政".repeat(27));
        assertThat(lines.get(1)).startsWith("“通");
    }

    @Test
    void keeps_numbers_and_latin_words_whole() {
        // GIVEN 27 ideographs, then a year that needs two cells
        String text = "政".repeat(27) + "2021年OA系统";
        // WHEN broken
        List<String> lines = lines(text);
        // THEN the year goes down whole, and the next word too
        assertThat(lines.get(0)).isEqualTo("政".repeat(27));
        assertThat(lines.get(1)).startsWith("2021年OA");
        assertThat(lines("政".repeat(27) + "OA政").get(1)).isEqualTo("OA政");
    }

    @Test
    void counts_a_half_width_character_half_so_narrow_latin_letters_cannot_add_a_29th() {
        // GIVEN ideographs with an "i" after each, a quarter of an em wide in Times: 22 pairs fit the width
        String text = "政i".repeat(30);
        // WHEN broken
        List<String> lines = lines(text);
        // THEN the first line holds 28 cells (18 pairs and an ideograph), not 22 × 1.5 = 33
        assertThat(lines.get(0)).isEqualTo("政i".repeat(18) + "政");
    }

    @Test
    void a_tab_advances_to_the_next_default_stop_from_the_blocks_left_edge_and_is_drawn_as_a_space() {
        // GIVEN a row of a table pasted as text, tab-separated, the stops every two characters (31.5 pt here)
        double stop = 31.5;
        List<List<Run>> lines = LineBreaker.lines(List.of(new LineBreaker.Span("1\t15172.500\t103655.000\t说明", body)),
                LEFT, WIDTH, 2 * 15.75, 2 * 15.75, 0, LineBreaker.Alignment.JUSTIFIED, null, stop);
        // THEN one line, flush left; each field starts on a stop after the end of the one before it
        assertThat(lines).hasSize(1);
        List<Run> runs = lines.get(0);
        String text = runs.stream().map(Run::text).reduce("", String::concat);
        assertThat(text).isEqualTo("1 15172.500 103655.000 说明").doesNotContain("\t");
        // each field's first character's place (the runs split where the face changes, before 说明)
        StringBuilder chars = new StringBuilder();
        List<Double> xs = new java.util.ArrayList<>();
        for (Run r : runs) {
            for (int k = 0; k < r.text().length(); k++) {
                chars.append(r.text().charAt(k));
                xs.add(r.x(k));
            }
        }
        double[] starts = new double[4];
        int field = 0;
        for (int k = 0; k < chars.length(); k++) {
            if (k == 0 || chars.charAt(k - 1) == ' ') {
                starts[field++] = xs.get(k);
            }
        }
        assertThat(field).isEqualTo(4);
        assertThat(starts[0]).isCloseTo(LEFT + 31.5, within(0.01));
        for (int f = 1; f < 4; f++) {
            double fromEdge = starts[f] - LEFT;
            assertThat(fromEdge / stop).as("field %d on a stop", f).isCloseTo(Math.rint(fromEdge / stop), within(1e-6));
            assertThat(starts[f]).isGreaterThan(starts[f - 1]);
        }
        // the "1" ends at 31.5 + 8 pt: its tab goes to the stop at 63 pt, not on to 94.5
        assertThat(starts[1]).isCloseTo(LEFT + 63, within(0.01));
        // a tab standing on a stop goes to the next one; without stops it is a space
        assertThat(LineBreaker.tabAdvance(63, stop, 4)).isCloseTo(31.5, within(1e-9));
        assertThat(LineBreaker.tabAdvance(60, stop, 4)).isCloseTo(3, within(1e-9));
        assertThat(LineBreaker.tabAdvance(60, 0, 4)).isEqualTo(4);
    }
}
