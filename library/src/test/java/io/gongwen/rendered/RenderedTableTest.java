package io.gongwen.rendered;

import io.gongwen.OfficialDocument;
import io.gongwen.Table;
import io.gongwen.rendered.RenderedPdf.Line;
import io.gongwen.rendered.RenderedPdf.Page;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables as LibreOffice renders them: a table running over a page break repeats its header row, a
 * landscape table is printed on landscape pages and portrait pages follow it, and the body text
 * around the tables keeps its 22 lines × 28 characters.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedTableTest {
    private static final double PITCH_MM = 28.95 * RenderedPdf.MM_PER_PT;
    /** Where the em dash's ink sits above the baseline in the 宋体 stand-in, in ems (as RenderedLayoutTest). */
    private static final double DASH_ABOVE_BASELINE_EM = 0.27;
    /** Fourteen characters, no punctuation: every full line holds exactly 28 of them. */
    private static final String TEXT = "各单位要认真做好统计数据报送";

    private static Path dir;
    private static List<Page> pages;

    @BeforeAll
    static void render() throws Exception {
        Path soffice = ExternalTools.soffice().orElse(null);
        if (soffice == null) {
            return;
        }
        dir = Files.createTempDirectory("gongwen-tables");
        Path docx = dir.resolve("tables.docx");
        document().writeTo(docx);
        Path pdf = LibreOffice.toPdf(soffice, List.of(docx), dir).get(0);
        assertThat(pdf).as("LibreOffice did not convert the document").exists();
        pages = RenderedPdf.read(pdf);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    /** Two and a half pages of text, a long table, a landscape table, two and a half pages of text. */
    private static OfficialDocument document() {
        Table.Builder longTable = Table.builder().columns(1, 4, 2, 2)
                .header("序号", "单位", "金额（万元）", "备注");
        for (int i = 1; i <= 40; i++) {
            longTable.row(Integer.toString(i), "第" + i + "单位", Integer.toString(10 * i), "");
        }
        Table wide = Table.builder().columns(2, 3, 3, 3, 3, 3, 3, 3).landscape()
                .header("月份", "一月", "二月", "三月", "四月", "五月", "六月", "七月")
                .row("数量", "10", "20", "30", "40", "50", "60", "70")
                .build();
        OfficialDocument.Builder b = OfficialDocument.builder().title("关于报送统计数据的通知");
        for (int i = 0; i < 5; i++) {
            b.paragraph(TEXT.repeat(20));
        }
        b.table(longTable.build()).paragraph(TEXT).table(wide);
        for (int i = 0; i < 5; i++) {
            b.paragraph(TEXT.repeat(20));
        }
        return b.signature("县统计局").date(LocalDate.of(2021, 3, 1)).build();
    }

    @Test
    void repeats_the_header_row_on_the_page_a_table_runs_onto() {
        List<Page> withHeader = pages.stream()
                .filter(p -> p.lines().stream().anyMatch(l -> l.text().startsWith("序号单位"))).toList();

        assertThat(withHeader).as("pages showing the long table's header row").hasSizeGreaterThanOrEqualTo(2);
        Page continued = withHeader.get(1);
        assertThat(continued.lines().get(0).text()).as("first line of page %d", continued.number())
                .isEqualTo("序号单位金额（万元）备注");
        assertThat(continued.lines().get(1).text()).as("the rows go on under it").doesNotStartWith("1第1单位");
    }

    @Test
    void prints_the_landscape_table_on_a_landscape_page_and_returns_to_portrait() {
        List<Page> landscape = pages.stream().filter(Page::landscape).toList();

        assertThat(landscape).hasSize(1);
        Page turned = landscape.get(0);
        assertThat(turned.widthMm()).isCloseTo(297, org.assertj.core.data.Offset.offset(0.5));
        assertThat(turned.lines().get(0).text()).startsWith("月份一月二月");
        Page before = pages.get(turned.number() - 2);
        Page after = pages.get(turned.number());
        assertThat(before.landscape()).isFalse();
        assertThat(after.landscape()).as("page %d", after.number()).isFalse();
        assertThat(after.lines().get(0).text()).as("the text after the table starts the next page").startsWith("各单位");
    }

    @Test
    void numbers_the_pages_in_sequence_7_mm_below_the_portrait_block_and_turned_on_the_landscape_page() {
        for (Page page : pages) {
            if (page.landscape()) {
                // where the portrait number stands on the paper: RenderedLandscapeNumberTest measures it
                assertThat(page.turnedText()).as("page %d", page.number()).isEqualTo("\u2014" + page.number() + "\u2014");
                continue;
            }
            Line number = page.lines().get(page.lines().size() - 1);
            assertThat(number.text().replace(" ", "")).as("page %d", page.number()).isEqualTo("\u2014" + page.number() + "\u2014");
            double dash = number.baseline() - DASH_ABOVE_BASELINE_EM * 14 * RenderedPdf.MM_PER_PT;
            assertThat(dash - (297 - 35)).as("page %d: dash below the block", page.number()).isBetween(6.0, 8.0);
        }
    }

    @Test
    void keeps_22_lines_and_28_characters_on_the_body_pages_around_the_tables() {
        int full = 0;
        List<Integer> perLine = new ArrayList<>();
        for (int i = 0; i + 1 < pages.size(); i++) {
            Page page = pages.get(i);
            List<Line> body = page.lines().subList(0, page.lines().size() - 1);
            if (page.landscape() || !body.stream().allMatch(l -> l.sizePt() == 16)) {
                continue;
            }
            body.forEach(l -> perLine.add(l.glyphs().size()));
            Page next = pages.get(i + 1);
            if (!next.landscape() && next.lines().get(0).sizePt() == 16) {
                double rows = (body.get(body.size() - 1).baseline() - body.get(0).baseline()) / PITCH_MM + 1;
                assertThat(rows).as("page %d: grid rows", page.number()).isCloseTo(22, org.assertj.core.data.Offset.offset(0.1));
                full++;
            }
        }
        assertThat(full).as("full pages of body text").isGreaterThanOrEqualTo(2);
        assertThat(perLine).allMatch(n -> n <= 28);
        Map<Integer, Long> histogram = perLine.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(histogram.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()).isEqualTo(28);
    }
}
