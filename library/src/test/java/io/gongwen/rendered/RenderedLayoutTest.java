package io.gongwen.rendered;

import io.gongwen.rendered.RenderedPdf.Glyph;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The samples as LibreOffice renders them, measured against GB/T 9704-2012: 22 lines on every full
 * page, 28 characters on every full line, the text block where the margins put it, page numbers
 * "— N —" one character in from the block's edge, odd right and even left, 7 mm below the block.
 * The licensed faces are replaced by free stand-ins whose ideographs are one em wide, like theirs.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedLayoutTest {
    private static final double BLOCK_LEFT = TextBlock.LEFT;
    private static final double BLOCK_RIGHT = TextBlock.RIGHT;
    private static final double BLOCK_TOP = TextBlock.TOP;
    private static final double BLOCK_BOTTOM = TextBlock.BOTTOM;
    private static final double PITCH_MM = TextBlock.PITCH_MM;
    /** Where the em dash's ink sits above the baseline in the 宋体 stand-in, in ems (measured from its glyph). */
    private static final double DASH_ABOVE_BASELINE_EM = 0.27;

    private static Path dir;
    private static final Map<String, List<Page>> RENDERED = new LinkedHashMap<>();

    /**
     * The samples whose every page is body text from the text block's top: the head block, letter and
     * order samples are measured by WholeDocumentRenderedTest, on their full pages.
     */
    static final List<String> BODY_SAMPLES = List.of(
            "county-office-summary.docx", "township-office-summary.docx", "holiday-duty-notice.docx");

    @BeforeAll
    static void render() throws Exception {
        Path soffice = ExternalTools.soffice().orElse(null);
        if (soffice == null) {
            return;
        }
        dir = Files.createTempDirectory("gongwen-rendered");
        List<Path> pdfs = LibreOffice.samplesToPdf(soffice, BODY_SAMPLES, dir);
        for (int i = 0; i < BODY_SAMPLES.size(); i++) {
            RENDERED.put(BODY_SAMPLES.get(i), RenderedPdf.read(pdfs.get(i)));
        }
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    @Test
    void every_full_page_holds_22_lines_on_a_28_95_point_pitch() {
        RENDERED.forEach((name, pages) -> {
            assertThat(pages).as(name).hasSizeGreaterThan(1);
            for (Page page : pages) {
                List<Line> body = body(page);
                // the title's larger face sits differently in its row; the body text keeps the grid
                List<Line> text = body.stream().filter(l -> l.sizePt() == 16).toList();
                for (int i = 1; i < text.size(); i++) {
                    double gap = text.get(i).baseline() - text.get(i - 1).baseline();
                    double rows = gap / PITCH_MM;
                    assertThat(Math.abs(rows - Math.round(rows)) * PITCH_MM)
                            .as("%s page %d: baseline off the 28.95 pt grid at '%s'", name, page.number(), text.get(i).text())
                            // faces place their baselines differently in an exact-height row (黑体 sits
                            // 0.3 mm off 仿宋); a wrong pitch drifts by whole millimetres over a page
                            .isLessThan(1.0);
                }
                if (page.number() < pages.size()) {
                    assertThat(rows(body)).as("%s page %d: grid rows", name, page.number()).isEqualTo(22);
                }
            }
        });
    }

    @Test
    void every_full_line_holds_28_characters() {
        RENDERED.forEach((name, pages) -> {
            List<Double> counts = new ArrayList<>();
            for (Page page : pages) {
                for (Line line : body(page)) {
                    if (isFull(line)) {
                        double count = characters(line);
                        counts.add(count);
                        assertThat(count).as("%s page %d: '%s'", name, page.number(), line.text()).isLessThanOrEqualTo(28);
                        if (line.glyphs().stream().filter(g -> g.x() < BLOCK_RIGHT - 1).allMatch(Glyph::fullWidth)) {
                            // 27 where the next line would start with closing punctuation and one
                            // character moved down with it (kinsoku); never fewer
                            assertThat(count).as("%s page %d: '%s'", name, page.number(), line.text()).isBetween(27.0, 28.0);
                        }
                    }
                }
            }
            assertThat(counts).as(name).hasSizeGreaterThan(5);
            Map<Double, Long> histogram = counts.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            double typical = histogram.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            assertThat(typical).as("%s: typical characters per full line", name).isEqualTo(28);
        });
    }

    @Test
    void no_line_starts_with_punctuation_that_closes_the_line_before() {
        // seed 001 has "达X%。": without the writer's word joiner LibreOffice started a line with "%。"
        RENDERED.forEach((name, pages) -> {
            for (Page page : pages) {
                for (Line line : body(page)) {
                    assertThat(line.text()).as("%s page %d", name, page.number())
                            .doesNotStartWith("%").doesNotStartWith("。").doesNotStartWith("，").doesNotStartWith("、")
                            .doesNotStartWith("；").doesNotStartWith("）").doesNotStartWith("”");
                }
            }
        });
    }

    @Test
    void places_the_text_block_at_the_standards_margins() {
        RENDERED.forEach((name, pages) -> {
            for (Page page : pages) {
                List<Line> body = body(page);
                double left = body.stream().mapToDouble(Line::left).min().orElseThrow();
                assertThat(left).as("%s page %d: left margin", name, page.number()).isBetween(BLOCK_LEFT - 1, BLOCK_LEFT + 1);
                Line first = body.get(0);
                double emTop = first.baseline() - 0.88 * first.sizePt() * RenderedPdf.MM_PER_PT;
                // the first line's em box lies in the first row of a block that starts at 37 mm
                double rowSlack = (28.95 - first.sizePt()) * RenderedPdf.MM_PER_PT;
                assertThat(emTop).as("%s page %d: top of the first line", name, page.number())
                        .isBetween(BLOCK_TOP - 1, BLOCK_TOP + Math.max(0, rowSlack) + 1);
                if (page.number() < pages.size()) {
                    double right = body.stream().filter(RenderedLayoutTest::isFull).mapToDouble(l -> lastInside(l))
                            .max().orElseThrow();
                    assertThat(right).as("%s page %d: right edge of full lines", name, page.number())
                            .isBetween(BLOCK_RIGHT - 1, BLOCK_RIGHT + 1);
                }
            }
        });
    }

    @Test
    void numbers_every_page_odd_right_even_left_one_character_in_7_mm_below_the_block() {
        RENDERED.forEach((name, pages) -> {
            for (Page page : pages) {
                Line number = pageNumber(page);
                assertThat(number.text().replace(" ", ""))
                        .as("%s page %d", name, page.number()).isEqualTo("—" + page.number() + "—");
                assertThat(number.sizePt()).isEqualTo(14);
                double inset = page.number() % 2 == 1 ? BLOCK_RIGHT - number.right() : number.left() - BLOCK_LEFT;
                assertThat(inset).as("%s page %d: one character in from the block edge", name, page.number())
                        .isBetween(3.9, 6.6);
                double dash = number.baseline() - DASH_ABOVE_BASELINE_EM * 14 * RenderedPdf.MM_PER_PT;
                assertThat(dash - BLOCK_BOTTOM).as("%s page %d: dash below the block", name, page.number())
                        .isBetween(6.0, 8.0);
            }
        });
    }

    @Test
    void renders_each_element_in_its_own_face() {
        List<Page> pages = RENDERED.get("holiday-duty-notice.docx");
        Map<String, String> faces = new LinkedHashMap<>();
        for (Page page : pages) {
            for (Line line : page.lines()) {
                faces.putIfAbsent(line.text().substring(0, Math.min(3, line.text().length())), line.glyphs().get(0).font());
            }
        }
        assertThat(faces.get("关于做")).as("title").contains("NotoSerifCJK").contains("Bold");
        assertThat(faces.get("一、严")).as("level one").contains("NotoSansCJK");
        assertThat(faces.get("（一）")).as("level two").contains("UKai");
        assertThat(faces.get("春节将")).as("body").contains("UMing");
    }

    private static List<Line> body(Page page) {
        return TextBlock.body(page);
    }

    private static Line pageNumber(Page page) {
        List<Line> below = page.lines().stream().filter(l -> l.baseline() > BLOCK_BOTTOM).toList();
        assertThat(below).as("page %d: the page number line", page.number()).hasSize(1);
        return below.get(0);
    }

    private static int rows(List<Line> body) {
        return TextBlock.rows(body);
    }

    private static boolean isFull(Line line) {
        return TextBlock.isFull(line);
    }

    private static double lastInside(Line line) {
        return TextBlock.lastInside(line);
    }

    private static double characters(Line line) {
        return TextBlock.characters(line);
    }
}
