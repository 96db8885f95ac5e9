package io.gongwen.rendered;

import io.gongwen.rendered.RenderedPdf.Line;
import io.gongwen.rendered.RenderedPdf.Page;
import io.gongwen.rendered.RenderedPdf.TurnedGlyph;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page number of landscape pages as LibreOffice renders the sample with a two-page landscape
 * table (GB/T 9704-2012 §8): the number prints where it prints on portrait pages. On the landscape
 * page as laid out (297 × 210 mm, its top the paper's left edge, its left the paper's bottom edge)
 * that is turned text in the left margin, its dash 7 mm left of the text block (35 mm from the left),
 * ending one character above the block's bottom (184 mm) on odd pages and starting one character
 * below its top (28 mm) on even pages.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedLandscapeNumberTest {
    private static final String SAMPLE = "rural-road-report.docx";
    /** The landscape text block: the portrait margins turned (left 35, top 28, bottom 210 − 26 mm). */
    private static final double BLOCK_LEFT = 35;
    private static final double BLOCK_TOP = 28;
    private static final double BLOCK_BOTTOM = 210 - 26;
    /** Where the em dash's ink sits above the baseline in the 宋体 stand-in, in ems (as RenderedLayoutTest). */
    private static final double DASH_ABOVE_BASELINE_EM = 0.27;
    /** One 4号 character: 14 pt = 4.94 mm, the portrait pages' indent. */
    private static final double ONE_CHARACTER = 14 * RenderedPdf.MM_PER_PT;

    private static Path dir;
    private static List<Page> pages;

    @BeforeAll
    static void render() throws Exception {
        Path soffice = ExternalTools.soffice().orElse(null);
        if (soffice == null) {
            return;
        }
        dir = Files.createTempDirectory("gongwen-landscape");
        pages = RenderedPdf.read(LibreOffice.samplesToPdf(soffice, List.of(SAMPLE), dir).get(0));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    private static List<Page> landscapePages() {
        return pages.stream().filter(Page::landscape).toList();
    }

    @Test
    void prints_the_table_on_an_even_and_an_odd_landscape_page() {
        assertThat(landscapePages()).extracting(Page::number).containsExactly(2, 3);
    }

    @Test
    void turns_the_number_and_prints_none_under_the_landscape_text_block() {
        for (Page page : landscapePages()) {
            assertThat(page.turnedText()).as("page %d: the turned text", page.number())
                    .isEqualTo("\u2014" + page.number() + "\u2014");
            assertThat(page.turned()).allMatch(g -> g.sizePt() == 14);
            assertThat(page.lines()).as("page %d: upright text below the block", page.number())
                    .allMatch(l -> l.baseline() < BLOCK_BOTTOM);
            assertThat(page.lines()).extracting(Line::text).noneMatch(t -> t.contains("\u2014"));
        }
    }

    @Test
    void stands_in_the_left_margin_with_its_dash_7_mm_left_of_the_text_block() {
        for (Page page : landscapePages()) {
            TurnedGlyph dash = page.turned().get(0);
            double dashX = dash.baselineX() + DASH_ABOVE_BASELINE_EM * 14 * RenderedPdf.MM_PER_PT;
            System.out.printf("[landscape] page %d: baseline %.2f mm, dash %.2f mm, %.2f mm left of the block%n",
                    page.number(), dash.baselineX(), dashX, BLOCK_LEFT - dashX);
            assertThat(BLOCK_LEFT - dashX).as("page %d: dash left of the block", page.number()).isBetween(6.0, 8.0);
            // the letters' tops towards the block: the whole line in the margin
            assertThat(page.turned()).allMatch(g -> g.baselineX() + g.sizePt() * RenderedPdf.MM_PER_PT < BLOCK_LEFT);
        }
    }

    @Test
    void ends_one_character_above_the_blocks_bottom_on_odd_pages_and_starts_one_below_its_top_on_even() {
        for (Page page : landscapePages()) {
            List<TurnedGlyph> number = page.turned();
            double top = number.get(0).top();
            double bottom = number.get(number.size() - 1).bottom();
            if (page.number() % 2 == 1) {
                System.out.printf("[landscape] odd page %d: number %.2f..%.2f mm, %.2f mm above the block's bottom%n",
                        page.number(), top, bottom, BLOCK_BOTTOM - bottom);
                assertThat(BLOCK_BOTTOM - bottom).as("page %d: inset", page.number())
                        .isBetween(ONE_CHARACTER - 0.5, ONE_CHARACTER + 0.5);
            } else {
                System.out.printf("[landscape] even page %d: number %.2f..%.2f mm, %.2f mm below the block's top%n",
                        page.number(), top, bottom, top - BLOCK_TOP);
                assertThat(top - BLOCK_TOP).as("page %d: inset", page.number())
                        .isBetween(ONE_CHARACTER - 0.5, ONE_CHARACTER + 0.5);
            }
        }
    }

    @Test
    void numbers_the_portrait_pages_around_them_as_usual() {
        for (Page page : pages) {
            if (page.landscape()) {
                continue;
            }
            Line number = page.lines().get(page.lines().size() - 1);
            assertThat(number.text()).as("page %d", page.number()).isEqualTo("\u2014" + page.number() + "\u2014");
            assertThat(page.turned()).isEmpty();
        }
    }
}
