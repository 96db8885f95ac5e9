package io.gongwen.pdf;

import io.gongwen.OfficialDocument;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.StandInFonts;
import io.gongwen.layout.UnsupportedElementException;
import io.gongwen.samples.WriteSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The samples written as PDF, measured from their glyphs ({@link PdfMeasure}) against GB/T
 * 9704-2012 with the tolerances of {@code ../shared/tools/docx-layout} (which measures the same
 * files the same way by hand): left edge 28 ± 1 mm, full lines 156 ± 1 mm wide, the first line's
 * em box in the first row of a block starting at 37 mm, baselines 28.95 pt apart, 22 rows on every
 * page but the last, 28 characters on full lines and none more, no line starting with closing
 * punctuation, "— N —" one character from the block's edge on the odd-right / even-left side, its
 * dash 7 ± 1 mm below the block.
 */
class MeasuredPdfTest {
    private static final double LEFT = 28;
    private static final double RIGHT = 28 + 156;
    private static final double TOP = 37;
    private static final double BOTTOM = 37 + 225;
    private static final double PITCH_PT = 28.95;
    private static final String CLOSING = "，。、；：！？）》”’";

    private static final Map<String, List<PdfMeasure.Page>> MEASURED = new LinkedHashMap<>();
    /** The samples whose first page starts with a head block: its rows are not the body's grid. */
    private static final List<String> HEADED = new ArrayList<>();
    private static final List<String> REFUSED = new ArrayList<>();

    @BeforeAll
    static void writeAndMeasure() throws Exception {
        FontResolver fonts = StandInFonts.resolver();
        for (Map.Entry<String, Supplier<OfficialDocument>> sample : WriteSamples.SAMPLES.entrySet()) {
            byte[] pdf;
            try {
                pdf = PdfWriter.toBytes(sample.getValue().get(), fonts);
            } catch (UnsupportedElementException e) {
                REFUSED.add(sample.getKey());
                continue;
            }
            MEASURED.put(sample.getKey(), PdfMeasure.read(pdf, BOTTOM));
            if (!sample.getValue().get().headBlock().isEmpty()) {
                HEADED.add(sample.getKey());
            }
        }
    }

    @Test
    void measures_every_sample_the_layout_supports_and_refuses_the_others() {
        assertThat(MEASURED.keySet()).containsExactlyElementsOf(PdfWriterTest.LAID_OUT.stream()
                .sorted((a, b) -> order(a) - order(b)).toList());
        assertThat(REFUSED).hasSize(WriteSamples.SAMPLES.size() - PdfWriterTest.LAID_OUT.size());
    }

    private static int order(String name) {
        return new ArrayList<>(WriteSamples.SAMPLES.keySet()).indexOf(name);
    }

    @Test
    void text_block_sits_at_the_margins() {
        MEASURED.forEach((name, pages) -> {
            for (PdfMeasure.Page page : pages) {
                if (page.landscape()) {
                    continue; // a turned page of a landscape table: its block is the portrait one turned (PdfWriterTest)
                }
                double left = page.text().stream().mapToDouble(PdfMeasure.Line::left).min().orElseThrow();
                List<PdfMeasure.Line> full = full(page);
                if (full.isEmpty()) {
                    // a page of closing lines only (signature, date, indented note) has no line at the edge
                    assertThat(left).as("%s: left edge", name).isGreaterThan(LEFT - 1);
                } else {
                    assertThat(left).as("%s: left edge", name).isCloseTo(LEFT, within(1.0));
                }
                for (PdfMeasure.Line line : full) {
                    assertThat(line.right() - LEFT).as("%s: width of %s", name, line.text()).isCloseTo(156, within(1.0));
                }
                if (page == pages.get(0) && HEADED.contains(name)) {
                    continue; // the head block's page: head_block_sits_where_the_standard_puts_it
                }
                PdfMeasure.Line first = page.text().get(0);
                double emTop = first.baseline() - 0.88 * first.sizePt() * PdfMeasure.PT;
                double pitch = PITCH_PT * PdfMeasure.PT;
                // the last page may start with the blank row before a signature kept with its date
                double row = page == pages.get(pages.size() - 1) ? Math.floor((emTop - TOP + 1) / pitch) : 0;
                assertThat(emTop - row * pitch).as("%s: first em box top", name)
                        .isBetween(TOP - 1, TOP + (PITCH_PT - 16) * PdfMeasure.PT + 1);
                PdfMeasure.Line last = page.text().get(page.text().size() - 1);
                double emBottom = last.baseline() + 0.12 * last.sizePt() * PdfMeasure.PT;
                if (!endsEarly(pages, pages.indexOf(page))) {
                    assertThat(emBottom).as("%s: last em box bottom", name)
                            .isBetween(BOTTOM - PITCH_PT * PdfMeasure.PT, BOTTOM + 1);
                }
            }
        });
    }

    @Test
    void rows_are_28_95_pt_apart_and_22_to_a_page() {
        MEASURED.forEach((name, pages) -> {
            Map<Long, Integer> gaps = new HashMap<>();
            for (int p = HEADED.contains(name) ? 1 : 0; p < pages.size(); p++) {
                if (pages.get(p).landscape()) {
                    continue; // a table's rows, not the body's grid
                }
                List<PdfMeasure.Line> lines = pages.get(p).text();
                for (int i = 1; i < lines.size(); i++) {
                    double gap = (lines.get(i).baseline() - lines.get(i - 1).baseline()) / PdfMeasure.PT;
                    gaps.merge(Math.round(gap * 100), 1, Integer::sum);
                    double rows = gap / PITCH_PT;
                    assertThat(Math.abs(rows - Math.rint(rows))).as("%s: baselines %s apart", name, gap).isLessThan(0.2);
                }
                double rows = (lines.get(lines.size() - 1).baseline() - lines.get(0).baseline()) / PdfMeasure.PT / PITCH_PT + 1;
                assertThat(rows).as("%s page %d: rows", name, p + 1).isLessThan(22.5);
                if (!endsEarly(pages, p)) {
                    assertThat(rows).as("%s page %d: rows", name, p + 1).isGreaterThan(21.5);
                }
            }
            if (gaps.isEmpty()) {
                return; // a head block's page and nothing more (the order): head_block_sits_where_the_standard_puts_it
            }
            long modal = gaps.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            assertThat(modal / 100.0).as("%s: pitch", name).isCloseTo(PITCH_PT, within(0.1));
        });
    }

    @Test
    void full_lines_hold_28_characters_and_none_more_and_none_starts_with_closing_punctuation() {
        MEASURED.forEach((name, pages) -> {
            Map<Double, Integer> counts = new HashMap<>();
            for (PdfMeasure.Page page : pages) {
                for (PdfMeasure.Line line : full(page)) {
                    assertThat(line.cells()).as("%s: %s", name, line.text()).isLessThanOrEqualTo(28);
                    counts.merge(line.cells(), 1, Integer::sum);
                }
                for (PdfMeasure.Line line : page.text()) {
                    assertThat(CLOSING.indexOf(line.text().charAt(0))).as("%s: %s", name, line.text()).isNegative();
                }
            }
            if (counts.isEmpty()) {
                return; // no full line at all (the order's two-line body): nothing to count, as for its .docx
            }
            double typical = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            assertThat(typical).as("%s: characters on a typical full line", name).isEqualTo(28);
        });
    }

    @Test
    void page_numbers_sit_one_character_in_on_the_outer_side_7_mm_below_the_block() {
        MEASURED.forEach((name, pages) -> {
            for (int p = 0; p < pages.size(); p++) {
                PdfMeasure.Line number = pages.get(p).pageNumber();
                int n = p + 1;
                if (n == 1 && WriteSamples.SAMPLES.get(name).get().format() == io.gongwen.DocumentFormat.LETTER) {
                    assertThat(number).as("%s: a letter's first page has no number (§10.1)", name).isNull();
                    continue;
                }
                if (pages.get(p).landscape()) {
                    continue; // turned with the paper: PdfWriterTest reads it
                }
                assertThat(number).as("%s page %d: page number", name, n).isNotNull();
                assertThat(number.text().replace(" ", "")).isEqualTo("—" + n + "—");
                if (n % 2 == 1) {
                    assertThat(RIGHT - number.right()).as("%s page %d: from the right edge", name, n)
                            .isBetween(14 * PdfMeasure.PT - 1, 16 * PdfMeasure.PT + 1);
                } else {
                    assertThat(number.left() - LEFT).as("%s page %d: from the left edge", name, n)
                            .isBetween(14 * PdfMeasure.PT - 1, 16 * PdfMeasure.PT + 1);
                }
                double dash = number.glyphs().get(0).dashMiddle();
                assertThat(dash - BOTTOM).as("%s page %d: dash below the block", name, n).isCloseTo(7, within(1.0));
            }
        });
    }

    @Test
    void head_block_sits_where_the_standard_puts_it() {
        assertThat(HEADED).isNotEmpty();
        for (String name : HEADED) {
            List<PdfMeasure.Line> lines = MEASURED.get(name).get(0).text();
            if (!WriteSamples.SAMPLES.get(name).get().headBlock().hasMark()) {
                continue; // a document number alone, centred above the title: the body's grid
            }
            PdfMeasure.Line mark = lines.stream().filter(l -> l.sizePt() > 30).findFirst().orElseThrow();
            // §7.2.4: the mark's top 35 mm below the block's top (an order's 20 mm, §10.2), centred
            io.gongwen.DocumentFormat format = WriteSamples.SAMPLES.get(name).get().format();
            boolean order = format == io.gongwen.DocumentFormat.ORDER;
            // a letter's: 30 mm below the paper's top edge (§10.1)
            double markTop = format == io.gongwen.DocumentFormat.LETTER ? 30 : TOP + (order ? 20 : 35);
            assertThat(mark.baseline() - 0.88 * mark.sizePt() * PdfMeasure.PT).as(name).isCloseTo(markTop, within(0.5));
            assertThat((mark.left() + mark.right()) / 2).as(name).isCloseTo((LEFT + RIGHT) / 2, within(0.5));
            if (order) {
                // "第N号" centred two blank rows below the mark's row, no title
                PdfMeasure.Line number = lines.get(lines.indexOf(mark) + 1);
                assertThat(number.text()).matches("第\\d+号");
                assertThat((number.left() + number.right()) / 2).as(name).isCloseTo((LEFT + RIGHT) / 2, within(0.5));
                continue;
            }
            // §7.3.1: the title's first line two blank rows below the rule, the body's rows from there on
            PdfMeasure.Line title = lines.stream().filter(l -> l.sizePt() == 22).findFirst().orElseThrow();
            PdfMeasure.Line number = lines.get(lines.indexOf(title) - 1);
            assertThat(number.text()).contains("〔");
            assertThat(title.baseline() - number.baseline()).as(name).isBetween(3 * PITCH_PT * PdfMeasure.PT, 3.3 * PITCH_PT * PdfMeasure.PT);
        }
    }

    /**
     * Whether page {@code p} may end before the block's last row: the last page, a page before a
     * turned one, and a page before an attachment's first page ("附件2" alone on its first row),
     * which starts a new page (§7.3.7). docx-layout counts these against the .docx too.
     */
    private static boolean endsEarly(List<PdfMeasure.Page> pages, int p) {
        if (p == pages.size() - 1) {
            return true;
        }
        PdfMeasure.Page next = pages.get(p + 1);
        return next.landscape() || !next.text().isEmpty() && next.text().get(0).text().matches("附件\\d*[：:.]?");
    }

    /** Lines that start at the left edge and reach the right edge: the ones that must hold 28. */
    private static List<PdfMeasure.Line> full(PdfMeasure.Page page) {
        return page.text().stream()
                .filter(l -> Math.abs(l.left() - LEFT) < 1 && Math.abs(l.right() - RIGHT) < 1).toList();
    }
}
