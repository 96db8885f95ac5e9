package io.gongwen.layout;

import io.gongwen.OfficialDocument;
import io.gongwen.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The author's page breaks and landscape stretches laid out as the {@code .docx} writer's sections set them. */
class PageBreakLayoutTest {
    private static final double MM = 72 / 25.4;
    private static final double LEFT = 28 * MM;
    private static final double WIDTH = 156 * MM;
    private static final double TOP = 37 * MM;
    private static final double PITCH = 28.95;
    /** The first row's baseline of 3号 text: the em box centred in the row. */
    private static final double FIRST_BASELINE = TOP + PITCH / 2 + 0.38 * 16;
    private static final String SENTENCE = "各乡镇要落实养护主体责任，将养护资金纳入年度预算，确保专款专用。";

    private static FontResolver fonts;

    @BeforeAll
    static void fonts() {
        fonts = StandInFonts.resolver();
    }

    private static OfficialDocument.Builder notice() {
        return OfficialDocument.builder().title("关于做好农村公路养护工作的通知").paragraph(SENTENCE);
    }

    private static List<Page> layOut(OfficialDocument doc) {
        return DocumentLayout.layOut(doc, fonts).pages();
    }

    private static Line first(Page page) {
        return page.lines().get(0);
    }

    @Test
    void a_page_break_starts_a_new_page_on_its_first_row() {
        List<Page> pages = layOut(notice().pageBreak().paragraph("第二页的正文。").build());

        assertThat(pages).hasSize(2);
        assertThat(first(pages.get(1)).text()).isEqualTo("第二页的正文。");
        assertThat(first(pages.get(1)).baselinePt()).isCloseTo(FIRST_BASELINE, within(1e-6));
        assertThat(pages.get(1).lines().get(1).role()).isEqualTo(LineRole.PAGE_NUMBER);
        assertThat(pages.get(1).lines().get(1).text()).isEqualTo("\u2014 2 \u2014");
    }

    @Test
    void a_page_break_on_a_page_the_text_has_just_filled_adds_no_empty_page() {
        // GIVEN the body filling page 1 to its last row, then a break
        OfficialDocument.Builder b = OfficialDocument.builder().title("关于做好农村公路养护工作的通知");
        List<Page> plain = layOut(b.build());
        // 22 rows less the title's lines (all but the page number) and the blank row under them
        int rows = 22 - (plain.get(0).lines().size() - 1) - 1;
        for (int i = 0; i < rows; i++) {
            b.paragraph("第" + (i + 1) + "行。");
        }
        List<Page> pages = layOut(b.pageBreak().paragraph("下一页。").build());
        // THEN the text after it is on page 2, not 3
        assertThat(pages).hasSize(2);
        assertThat(first(pages.get(1)).text()).isEqualTo("下一页。");
    }

    @Test
    void a_heading_a_table_and_a_picture_after_a_break_each_start_a_page() {
        List<Page> pages = layOut(notice()
                .pageBreak().section("标题", s -> s.paragraph("正文。"))
                .pageBreak().table(Table.builder().columns(1, 1).row("甲", "乙").build())
                .build());

        assertThat(pages).hasSize(3);
        assertThat(first(pages.get(1)).text()).isEqualTo("一、标题");
        assertThat(first(pages.get(2)).text()).isEqualTo("甲");
    }

    @Test
    void a_landscape_stretch_is_laid_out_on_turned_pages_at_the_turned_width() {
        List<Page> pages = layOut(notice()
                .landscape(l -> l.paragraph(SENTENCE.repeat(3))
                        .table(Table.builder().columns(1, 1).header("乡镇", "里程").row("城关镇", "120").build())
                        .pageBreak()
                        .paragraph("第二张横页。"))
                .paragraph(SENTENCE)
                .build());

        assertThat(pages).extracting(Page::turned).containsExactly(false, true, true, false);
        Page turned = pages.get(1);
        assertThat(turned.widthPt()).isCloseTo(297 * MM, within(0.01));
        assertThat(turned.heightPt()).isCloseTo(210 * MM, within(0.01));
        // the turned text block: 35 mm from the left (the portrait bottom margin), 225 mm wide, from 28 mm down
        Line second = turned.lines().get(1);
        assertThat(second.leftPt()).isCloseTo(35 * MM, within(0.01));
        assertThat(second.rightPt()).isGreaterThan(35 * MM + 220 * MM).isLessThanOrEqualTo(35 * MM + 225 * MM + 16);
        assertThat(first(turned).baselinePt()).isCloseTo(28 * MM + PITCH / 2 + 0.38 * 16, within(1e-6));
        // the table spans it: its outer rules on the turned block's edges
        assertThat(turned.rules().stream().mapToDouble(r -> Math.max(r.x1Pt(), r.x2Pt())).max().orElseThrow())
                .isCloseTo(35 * MM + 225 * MM, within(0.5));
        assertThat(turned.rules().stream().mapToDouble(r -> Math.min(r.x1Pt(), r.x2Pt())).min().orElseThrow())
                .isCloseTo(35 * MM, within(0.5));
        assertThat(first(pages.get(2)).text()).isEqualTo("第二张横页。");
        // back on portrait pages at the portrait width, the numbers running on
        Page after = pages.get(3);
        assertThat(first(after).leftPt()).isCloseTo(LEFT + 2 * 16, within(0.01));
        assertThat(after.lines()).allSatisfy(l -> assertThat(l.rightPt()).isLessThanOrEqualTo(LEFT + WIDTH + 16));
        assertThat(after.lines().get(after.lines().size() - 1).text()).isEqualTo("\u2014 4 \u2014");
    }

    @Test
    void the_paragraph_after_a_landscape_table_is_broken_at_the_portrait_width() {
        List<Page> pages = layOut(notice()
                .table(Table.builder().columns(1, 1).row("甲", "乙").landscape().build())
                .paragraph(SENTENCE.repeat(2))
                .build());

        Page after = pages.get(2);
        assertThat(after.turned()).isFalse();
        assertThat(first(after).leftPt()).isCloseTo(LEFT + 2 * 16, within(0.01));
        assertThat(after.lines().subList(0, 2)).allSatisfy(l -> assertThat(l.rightPt()).isLessThanOrEqualTo(LEFT + WIDTH + 16));
    }
}
