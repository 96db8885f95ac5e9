package io.gongwen.layout;

import io.gongwen.OfficialDocument;
import io.gongwen.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tables on the page, as the {@code .docx} writer sets them: the text block's width shared in the
 * columns' proportions, cell text 1 mm in from the rules and wrapped inside its cell, 0.5 pt rules
 * round every cell, header rows repeated on every page the table runs onto, no row split, and the
 * body after the table back on the 28.95 pt grid.
 */
class TableLayoutTest {
    private static final double MM = 72 / 25.4;
    private static final double LEFT = 28 * MM;
    private static final double WIDTH = 156 * MM;
    private static final double TOP = 37 * MM;
    private static final double BOTTOM = TOP + 225 * MM;
    private static final double PITCH = 28.95;
    private static final double MARGIN = 1 * MM;

    private static FontResolver fonts;

    @BeforeAll
    static void fonts() {
        fonts = StandInFonts.resolver();
    }

    private static List<Page> layOut(Table table, String after) {
        OfficialDocument.Builder b = OfficialDocument.builder().title("关于报送统计数据的通知").paragraph("现将有关数据列表如下。")
                .table(table);
        if (!after.isEmpty()) {
            b.paragraph(after);
        }
        return DocumentLayout.layOut(b.build(), fonts).pages();
    }

    private static List<Line> cells(Page page) {
        return page.lines().stream().filter(l -> l.role() == LineRole.TABLE_CELL || l.role() == LineRole.TABLE_HEADER)
                .toList();
    }

    @Test
    void shares_the_text_width_in_the_columns_proportions_in_whole_twips() {
        double[] edges = TableLayout.columnEdges(List.of(1, 4, 2), LEFT, WIDTH);
        long twips = Math.round(WIDTH * 20);
        assertThat(edges[0]).isEqualTo(LEFT);
        assertThat(edges[1] - LEFT).isCloseTo((twips / 7) / 20.0, within(1e-9));
        assertThat(edges[2] - LEFT).isCloseTo((twips / 7 + twips * 4 / 7) / 20.0, within(1e-9));
        assertThat(edges[3]).isCloseTo(LEFT + twips / 20.0, within(1e-9));
    }

    @Test
    void sets_each_cells_text_inside_its_column_one_mm_from_the_rules() {
        Table table = Table.builder().columns(1, 4, 2).align(1, Table.Alignment.LEFT).align(2, Table.Alignment.RIGHT)
                .header("序号", "单位", "金额（万元）")
                .row("1", "县财政局", "120")
                .row("2", "县交通运输局", "85")
                .build();
        Page page = layOut(table, "").get(0);
        double[] edges = TableLayout.columnEdges(List.of(1, 4, 2), LEFT, WIDTH);

        List<Line> lines = cells(page);

        assertThat(lines).extracting(Line::text)
                .containsExactly("序号", "单位", "金额（万元）", "1", "县财政局", "120", "2", "县交通运输局", "85");
        assertThat(lines.subList(0, 3)).allMatch(l -> l.role() == LineRole.TABLE_HEADER);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int column = i % 3;
            assertThat(line.leftPt()).as(line.text()).isGreaterThanOrEqualTo(edges[column] + MARGIN - 1e-6);
            assertThat(line.rightPt()).as(line.text()).isLessThanOrEqualTo(edges[column + 1] - MARGIN + 1e-6);
            assertThat(line.runs().get(0).sizePt()).isEqualTo(14);
        }
        // header centred; the body: centred, left, right as the columns say
        Line header = lines.get(1);
        assertThat((header.leftPt() + header.rightPt()) / 2).isCloseTo((edges[1] + edges[2]) / 2, within(0.5));
        assertThat(lines.get(4).leftPt()).isCloseTo(edges[1] + MARGIN, within(1e-6));
        assertThat(lines.get(5).rightPt()).isCloseTo(edges[3] - MARGIN, within(0.05));
        assertThat((lines.get(3).leftPt() + lines.get(3).rightPt()) / 2).isCloseTo((edges[0] + edges[1]) / 2, within(0.5));
    }

    @Test
    void wraps_a_cells_text_inside_the_cell_with_the_body_lines_rules() {
        String text = "农村公路养护工程，县财政局、县交通运输局共同负责，按季度报送进度。";
        Table table = Table.builder().columns(1, 1).align(0, Table.Alignment.JUSTIFIED).header("事项", "说明")
                .row(text, "按时").build();
        Page page = layOut(table, "").get(0);
        double[] edges = TableLayout.columnEdges(List.of(1, 1), LEFT, WIDTH);

        List<Line> first = cells(page).stream().filter(l -> l.role() == LineRole.TABLE_CELL && l.leftPt() < edges[1])
                .toList();

        assertThat(first).hasSizeGreaterThan(1);
        assertThat(String.join("", first.stream().map(Line::text).toList())).isEqualTo(text);
        for (Line l : first) {
            assertThat(l.rightPt()).isLessThanOrEqualTo(edges[1] - MARGIN + 1e-6);
            assertThat("，。、；：！？）》”").doesNotContain(l.text().substring(0, 1));
        }
        // one single-spaced line below the other; the short cell beside them centred in the row
        double lineHeight = first.get(1).baselinePt() - first.get(0).baselinePt();
        assertThat(lineHeight).isBetween(14.0, 14 * 1.3);
        Line beside = cells(page).stream().filter(l -> l.text().equals("按时")).findFirst().orElseThrow();
        double middle = (first.get(0).baselinePt() + first.get(first.size() - 1).baselinePt()) / 2;
        assertThat(beside.baselinePt()).isCloseTo(middle, within(0.01));
    }

    @Test
    void draws_half_point_rules_round_every_cell() {
        Table table = Table.builder().columns(1, 2, 1).header("序号", "单位", "数量")
                .row("1", "县财政局", "3").row(Table.Cell.of("合计").spanColumns(2), Table.Cell.of("3")).build();
        Page page = layOut(table, "").get(0);
        double[] edges = TableLayout.columnEdges(List.of(1, 2, 1), LEFT, WIDTH);

        List<Rule> rules = page.rules();

        assertThat(rules).allSatisfy(r -> {
            assertThat(r.thicknessPt()).isEqualTo(0.5);
            assertThat(r.colorRgb()).isZero();
        });
        List<Rule> across = rules.stream().filter(Rule::isHorizontal).toList();
        assertThat(across).hasSize(4).allSatisfy(r -> {
            assertThat(r.x1Pt()).isCloseTo(LEFT - 0.25, within(1e-6));
            assertThat(r.x2Pt()).isCloseTo(LEFT + WIDTH + 0.25, within(0.01));
        });
        List<Double> downs = rules.stream().filter(r -> !r.isHorizontal()).map(Rule::x1Pt).toList();
        // two full rows of four rules each, the spanning row without the rule its cell covers
        assertThat(downs).containsExactly(edges[0], edges[1], edges[2], edges[3], edges[0], edges[1], edges[2], edges[3],
                edges[0], edges[2], edges[3]);
        Line total = cells(page).stream().filter(l -> l.text().equals("合计")).findFirst().orElseThrow();
        assertThat((total.leftPt() + total.rightPt()) / 2).isCloseTo((edges[0] + edges[2]) / 2, within(0.5));
        // the rules close the rows: each row's verticals run from its top rule to the next
        List<Rule> verticals = rules.stream().filter(r -> !r.isHorizontal()).toList();
        assertThat(verticals.get(0).y1Pt()).isCloseTo(across.get(0).y1Pt(), within(1e-9));
        assertThat(verticals.get(verticals.size() - 1).y2Pt()).isCloseTo(across.get(3).y1Pt(), within(1e-9));
    }

    @Test
    void centres_a_cell_spanning_rows_over_them_with_no_rule_through_it() {
        Table table = Table.builder().columns(1, 1, 1).header("类别", "项目", "数量")
                .row(Table.Cell.of("道路").spanRows(2), Table.Cell.of("新建"), Table.Cell.of("3"))
                .row("改建", "2")
                .row("桥梁", "危桥改造", "1").build();
        Page page = layOut(table, "").get(0);
        double[] edges = TableLayout.columnEdges(List.of(1, 1, 1), LEFT, WIDTH);

        List<Rule> across = page.rules().stream().filter(Rule::isHorizontal).toList();
        Line merged = cells(page).stream().filter(l -> l.text().equals("道路")).findFirst().orElseThrow();
        Line first = cells(page).stream().filter(l -> l.text().equals("新建")).findFirst().orElseThrow();
        Line second = cells(page).stream().filter(l -> l.text().equals("改建")).findFirst().orElseThrow();

        // header top, body top, the rule between the two 道路 rows (columns 2 and 3 only), 桥梁 top, bottom
        assertThat(across).hasSize(5);
        assertThat(across.get(2).x1Pt()).isCloseTo(edges[1] - 0.25, within(1e-6));
        assertThat(across.get(2).x2Pt()).isCloseTo(edges[3] + 0.25, within(0.01));
        assertThat(merged.baselinePt()).isCloseTo((first.baselinePt() + second.baselinePt()) / 2, within(0.01));
        // the covered position still has the rule on its left: the merged cell's own edge
        assertThat(page.rules().stream().filter(r -> !r.isHorizontal() && r.y1Pt() == across.get(2).y1Pt())
                .map(Rule::x1Pt).toList()).containsExactly(edges[0], edges[1], edges[2], edges[3]);
    }

    @Test
    void grows_the_last_row_a_tall_merged_cell_spans_and_keeps_its_rows_on_one_page() {
        String tall = "第一行\n第二行\n第三行\n第四行";
        Table.Builder b = Table.builder().columns(1, 1).header("类别", "项目");
        for (int i = 0; i < 12; i++) {
            b.row(Table.Cell.of(tall).spanRows(2), Table.Cell.of("甲" + i)).row("乙" + i);
        }
        List<Page> pages = layOut(b.build(), "");

        Page page = pages.get(0);
        Line a = cells(page).stream().filter(l -> l.text().equals("甲0")).findFirst().orElseThrow();
        Line c = cells(page).stream().filter(l -> l.text().equals("乙0")).findFirst().orElseThrow();
        List<Line> merged = cells(page).stream().filter(l -> l.text().startsWith("第")).limit(4).toList();
        double line = merged.get(1).baselinePt() - merged.get(0).baselinePt();
        // two one-line rows, grown to the four lines of the merged cell: 乙 sits lower, in a taller row
        assertThat(c.baselinePt() - a.baselinePt()).isGreaterThan(line * 1.5);
        assertThat(pages.size()).isGreaterThan(1);
        for (Page p : pages) {
            List<Line> lines = cells(p);
            long starts = lines.stream().filter(l -> l.text().startsWith("甲")).count();
            long ends = lines.stream().filter(l -> l.text().startsWith("乙")).count();
            assertThat(starts).as("page %d", p.index()).isEqualTo(ends);
        }
    }

    @Test
    void repeats_the_header_rows_on_the_next_page_and_never_splits_a_row() {
        Table.Builder b = Table.builder().columns(1, 3).header("序号", "事项");
        for (int i = 1; i <= 60; i++) {
            b.row(Integer.toString(i), i % 3 == 0 ? "农村公路养护工程按季度报送进度，县财政局、县交通运输局共同负责落实。" : "道路养护");
        }
        List<Page> pages = layOut(b.build(), "");

        assertThat(pages.size()).isGreaterThan(2);
        List<String> numbers = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<Line> lines = cells(pages.get(p));
            if (lines.isEmpty()) {
                continue;
            }
            assertThat(lines.get(0).text()).as("page %d", p + 1).isEqualTo("序号");
            assertThat(lines.get(1).text()).isEqualTo("事项");
            assertThat(lines.get(0).role()).isEqualTo(LineRole.TABLE_HEADER);
            lines.stream().filter(l -> l.role() == LineRole.TABLE_CELL && l.leftPt() < LEFT + WIDTH / 4)
                    .forEach(l -> numbers.add(l.text()));
            for (Rule r : pages.get(p).rules()) {
                assertThat(Math.max(r.y1Pt(), r.y2Pt())).as("a rule on page %d", p + 1).isLessThanOrEqualTo(BOTTOM + 1e-6);
            }
        }
        // every row once, in order: none was split or lost at a page break
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            expected.add(Integer.toString(i));
        }
        assertThat(numbers).isEqualTo(expected);
        // and a page ends because the next row would not fit
        Page first = pages.get(0);
        double lastRule = first.rules().stream().filter(Rule::isHorizontal).mapToDouble(Rule::y1Pt).max().orElseThrow();
        List<Rule> second = pages.get(1).rules();
        double tallestRow = 0;
        for (int i = 0; i + 1 < second.size(); i++) {
            if (!second.get(i).isHorizontal()) {
                tallestRow = Math.max(tallestRow, second.get(i).y2Pt() - second.get(i).y1Pt());
            }
        }
        assertThat(BOTTOM - lastRule).isLessThan(tallestRow);
    }

    @Test
    void continues_the_body_after_a_table_on_the_next_row_of_the_grid() {
        Table table = Table.builder().columns(1, 1).header("项目", "数量").row("道路", "3").row("桥梁", "2").build();
        Page page = layOut(table, "以上数据请各单位核实。").get(0);

        Line after = page.lines().stream().filter(l -> l.text().startsWith("以上")).findFirst().orElseThrow();
        double tableBottom = page.rules().stream().filter(Rule::isHorizontal).mapToDouble(Rule::y1Pt).max().orElseThrow();

        double row = (after.baselinePt() - TOP - PITCH / 2 - 0.38 * 16) / PITCH;
        assertThat(row).isCloseTo(Math.rint(row), within(1e-6));
        double rowTop = TOP + Math.rint(row) * PITCH;
        assertThat(rowTop).isGreaterThanOrEqualTo(tableBottom).isLessThan(tableBottom + PITCH);
        assertThat(after.role()).isEqualTo(LineRole.BODY);
    }

    @Test
    void prints_a_landscape_table_on_turned_pages_of_its_own_with_the_page_number_where_it_always_is() {
        Table.Builder b = Table.builder().columns(1, 2, 2, 2).landscape().header("序号", "乡镇", "计划", "完成");
        for (int i = 1; i <= 30; i++) {
            b.row(Integer.toString(i), "乡镇" + i, "12", "6");
        }
        List<Page> pages = layOut(b.build(), "以上数据请各单位核实。");
        double landscapeLeft = 35 * MM;
        double landscapeTop = 28 * MM;
        double landscapeWidth = 225 * MM;
        double landscapeBottom = landscapeTop + 156 * MM;

        assertThat(pages).extracting(Page::turned).containsExactly(false, true, true, false);
        Page first = pages.get(0);
        Page turned = pages.get(1);
        assertThat(turned.widthPt()).isCloseTo(297 * MM, within(0.01));
        assertThat(turned.heightPt()).isCloseTo(210 * MM, within(0.01));
        for (Page p : pages.subList(1, 3)) {
            assertThat(cells(p).get(0).text()).isEqualTo("序号");
            assertThat(p.rules()).allSatisfy(r -> {
                assertThat(Math.min(r.x1Pt(), r.x2Pt())).isGreaterThanOrEqualTo(landscapeLeft - 0.25 - 1e-6);
                assertThat(Math.max(r.x1Pt(), r.x2Pt())).isLessThanOrEqualTo(landscapeLeft + landscapeWidth + 0.26);
                assertThat(Math.min(r.y1Pt(), r.y2Pt())).isGreaterThanOrEqualTo(landscapeTop - 1e-6);
                assertThat(Math.max(r.y1Pt(), r.y2Pt())).isLessThanOrEqualTo(landscapeBottom + 1e-6);
            });
        }
        // the page number is laid out on the paper upright: where an even page has it, turned with the paper
        Line number = turned.lines().get(turned.lines().size() - 1);
        Line oddNumber = pages.get(2).lines().get(pages.get(2).lines().size() - 1);
        Line firstNumber = first.lines().get(first.lines().size() - 1);
        assertThat(number.role()).isEqualTo(LineRole.PAGE_NUMBER);
        assertThat(number.text()).isEqualTo("\u2014 2 \u2014");
        assertThat(number.baselinePt()).isCloseTo(firstNumber.baselinePt(), within(1e-9));
        assertThat(number.leftPt()).isCloseTo(LEFT + 14, within(0.01));
        assertThat(oddNumber.rightPt()).isCloseTo(firstNumber.rightPt(), within(1e-9));
        // the paragraph after the table on a new portrait page, on its first row
        Line after = pages.get(3).lines().get(0);
        assertThat(after.text()).startsWith("以上");
        assertThat(after.baselinePt()).isCloseTo(TOP + PITCH / 2 + 0.38 * 16, within(1e-6));
    }

    @Test
    void breaks_a_paragraph_after_a_landscape_table_on_the_portrait_block() {
        // GIVEN a paragraph of 70 characters after a landscape table
        String text = "各单位要高度重视档案工作，把档案工作纳入本单位工作计划，明确分管领导和专职人员，落实经费保障，确保档案收集齐全、整理规范、保管安全、利用便捷。";
        List<Page> pages = layOut(Table.builder().columns(1, 1).landscape().header("甲", "乙").row("1", "2").build(), text);

        // THEN its lines are broken on the portrait page's 156 mm, not the turned page's 225 mm
        Page after = pages.get(pages.size() - 1);
        assertThat(after.turned()).isFalse();
        List<Line> lines = after.lines().stream().filter(l -> l.role() == LineRole.BODY).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).leftPt()).isCloseTo(LEFT + 32, within(0.01));
        assertThat(lines.get(1).rightPt()).isCloseTo(LEFT + WIDTH, within(0.01));
    }

    @Test
    void leaves_an_empty_row_between_two_tables_as_the_docx_does() {
        Table one = Table.builder().columns(1, 1).header("项目", "数量").row("道路", "3").build();
        Table two = Table.builder().columns(1, 2).header("单位", "金额").row("县财政局", "120").build();
        OfficialDocument doc = OfficialDocument.builder().title("关于报送统计数据的通知").table(one).table(two)
                .paragraph("以上。").build();

        Page page = DocumentLayout.layOut(doc, fonts).pages().get(0);

        List<Double> across = page.rules().stream().filter(Rule::isHorizontal).map(Rule::y1Pt).toList();
        double firstBottom = across.get(2);
        double secondTop = across.get(3);
        double snapped = TOP + Math.ceil((firstBottom - TOP) / PITCH) * PITCH;
        assertThat(secondTop).isCloseTo(snapped + PITCH, within(1e-6));
    }
}
