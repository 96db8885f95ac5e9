package io.gongwen.layout;

import io.gongwen.Emphasis;
import io.gongwen.FormattedText;
import io.gongwen.OfficialDocument;
import io.gongwen.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table cells' emphasis and notes on the page: a bold run in the thickened faces a bold heading is
 * drawn in, a superscript raised and a subscript lowered in the smaller size, underline and
 * strike-through drawn as rules along their runs, and a note's mark raised in its cell, its text at
 * the foot of the page that prints the cell's row, numbered on with the body's.
 */
public class TableCellEmphasisLayoutTest {
    private static final double MM = 72 / 25.4;
    private static final double BOTTOM = (37 + 225) * MM;

    private static FontResolver fonts;

    @BeforeAll
    static void fonts() {
        fonts = StandInFonts.resolver();
    }

    private static Table.Cell cell(FormattedText text) {
        return Table.Cell.of(text);
    }

    /** A report with a footnote in the body, then a table of {@code rows} plain rows and a formatted one last. */
    public static OfficialDocument report(int rows) {
        return report(rows, true);
    }

    /** The report, its cell's 重点 bold or not. */
    public static OfficialDocument report(int rows, boolean bold) {
        Table.Builder table = Table.builder().columns(2, 3, 4).header("项目", "面积", "说明");
        for (int i = 1; i <= rows; i++) {
            table.row(Integer.toString(i), "县财政局", "120");
        }
        table.row(cell(FormattedText.builder().text("CO").subscript("2").text("减排").build()),
                cell(FormattedText.builder().text("3000m").superscript("2").build()),
                cell(FormattedText.builder().run("重点", bold ? new Emphasis[] {Emphasis.BOLD} : new Emphasis[0]).text("是").run("公园", Emphasis.UNDERLINE)
                        .run("原定", Emphasis.STRIKE).text("合计").footnote("含县本级和各乡镇。").build()));
        return OfficialDocument.builder().title("关于2020年节能减排工作情况的报告")
                .paragraph(FormattedText.builder().text("现将有关情况报告如下").footnote("数据截至2020年底。").text("。").build())
                .table(table.build())
                .paragraph("特此报告。")
                .build();
    }

    private static Run run(Page page, String text) {
        return page.lines().stream().flatMap(l -> l.runs().stream()).filter(r -> r.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run " + text + " on page " + page.index()));
    }

    private static Line line(Page page, String start) {
        return page.lines().stream().filter(l -> l.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + start + " on page " + page.index()));
    }

    @Test
    void draws_a_cells_bold_raised_and_lowered_runs_as_set() {
        Page page = DocumentLayout.layOut(report(2), fonts).pages().get(0);

        Run bold = run(page, "重点");
        Run plain = run(page, "是");
        assertThat(bold.face().emboldened()).as("thickened, as a bold heading's face").isTrue();
        assertThat(plain.face().emboldened()).isFalse();
        assertThat(bold.face().family()).isEqualTo(plain.face().family());
        assertThat(bold.sizePt()).isEqualTo(14);

        Run sup = page.lines().stream().filter(l -> l.text().startsWith("3000m")).flatMap(l -> l.runs().stream())
                .filter(r -> r.text().equals("2")).findFirst().orElseThrow();
        assertThat(sup.risePt()).as("m² raised").isGreaterThan(0);
        assertThat(sup.sizePt()).isLessThan(14);
        Run sub = page.lines().stream().filter(l -> l.text().startsWith("CO")).flatMap(l -> l.runs().stream())
                .filter(r -> r.text().equals("2")).findFirst().orElseThrow();
        assertThat(sub.risePt()).as("CO₂ lowered").isLessThan(0);
        assertThat(sub.sizePt()).isLessThan(14);
    }

    @Test
    void draws_underline_and_strike_through_as_rules_along_their_runs() {
        Page page = DocumentLayout.layOut(report(2), fonts).pages().get(0);
        Line cell = line(page, "重点");
        Run underlined = run(page, "公园");
        Run struck = run(page, "原定");

        assertThat(underlined.lines()).isEqualTo(Run.UNDERLINE);
        assertThat(struck.lines()).isEqualTo(Run.STRIKE);
        List<Rule> under = page.rules().stream().filter(r -> r.isHorizontal() && Math.abs(r.x1Pt() - underlined.x(0)) < 1e-6
                && Math.abs(r.x2Pt() - underlined.right()) < 1e-6).toList();
        List<Rule> through = page.rules().stream().filter(r -> r.isHorizontal() && Math.abs(r.x1Pt() - struck.x(0)) < 1e-6
                && Math.abs(r.x2Pt() - struck.right()) < 1e-6).toList();
        assertThat(under).hasSize(1);
        assertThat(under.get(0).y1Pt()).as("below the baseline").isBetween(cell.baselinePt(), cell.baselinePt() + 3);
        assertThat(through).hasSize(1);
        assertThat(through.get(0).y1Pt()).as("through the characters").isBetween(cell.baselinePt() - 7, cell.baselinePt() - 2);
    }

    @Test
    void a_note_in_a_cell_is_raised_and_printed_at_the_foot_of_its_rows_page_numbered_on() {
        LaidOutDocument laid = DocumentLayout.layOut(report(2), fonts);
        Page page = laid.pages().get(0);

        // the body's note is 1, the cell's 2: its mark raised after 合计
        Line cell = line(page, "重点");
        assertThat(cell.text()).isEqualTo("重点是公园原定合计2");
        assertThat(cell.runs().get(cell.runs().size() - 1).risePt()).isGreaterThan(0);
        List<Line> notes = page.lines().stream().filter(l -> l.role() == LineRole.FOOTNOTE).toList();
        assertThat(notes).extracting(Line::text).containsExactly("1 数据截至2020年底。", "2 含县本级和各乡镇。");
        assertThat(notes.get(1).baselinePt()).as("at the block's foot").isBetween(BOTTOM - 12, BOTTOM);
        assertThat(notes.get(0).baselinePt()).isGreaterThan(cell.baselinePt());
    }

    @Test
    void a_note_in_a_row_on_the_next_page_goes_to_the_foot_of_that_page() {
        // GIVEN a table long enough that its last row, with the note, is printed on page 2
        List<Page> pages = DocumentLayout.layOut(report(36), fonts).pages();

        Page second = pages.get(1);
        assertThat(line(second, "重点").text()).endsWith("合计2");
        assertThat(second.lines().stream().filter(l -> l.role() == LineRole.FOOTNOTE)).extracting(Line::text)
                .containsExactly("2 含县本级和各乡镇。");
        assertThat(pages.get(0).lines().stream().filter(l -> l.role() == LineRole.FOOTNOTE)).extracting(Line::text)
                .containsExactly("1 数据截至2020年底。");
        // the rows stay above the note
        double lastCell = second.lines().stream().filter(l -> l.role() == LineRole.TABLE_CELL)
                .mapToDouble(Line::baselinePt).max().orElseThrow();
        double note = line(second, "2 含县").baselinePt();
        assertThat(lastCell).isLessThan(note - 12);
    }

    @Test
    void numbered_again_on_each_page_a_cells_note_takes_its_pages_number_after_the_body_notes_there() {
        // GIVEN the report on one page, its footnotes numbered again on each page
        OfficialDocument doc = report(2).toBuilder().footnoteNumbering(io.gongwen.NoteNumbering.eachPage()).build();

        Page page = DocumentLayout.layOut(doc, fonts).pages().get(0);

        // THEN the cell's note is the page's second, as numbered on
        assertThat(line(page, "重点").text()).endsWith("合计2");
        assertThat(page.lines().stream().filter(l -> l.role() == LineRole.FOOTNOTE)).extracting(Line::text)
                .containsExactly("1 数据截至2020年底。", "2 含县本级和各乡镇。");
    }

    @Test
    void numbered_again_on_each_page_a_cells_note_on_the_next_page_starts_again_and_numbered_on_it_does_not() {
        // GIVEN the body's footnote on page 1, then a page break, and the table with its noted cell on page 2
        Table table = Table.builder().columns(1, 1).header("项目", "说明")
                .row(cell(FormattedText.of("县财政局")), cell(FormattedText.builder().text("合计").footnote("含县本级。").build()))
                .build();
        OfficialDocument.Builder doc = OfficialDocument.builder().title("关于2020年节能减排工作情况的报告")
                .paragraph(FormattedText.builder().text("现将有关情况报告如下").footnote("数据截至2020年底。").text("。").build())
                .pageBreak().table(table).paragraph("特此报告。");

        Page eachPage = DocumentLayout.layOut(doc.footnoteNumbering(io.gongwen.NoteNumbering.eachPage()).build(), fonts)
                .pages().get(1);
        Page onThrough = DocumentLayout.layOut(doc.footnoteNumbering(io.gongwen.NoteNumbering.continuous()).build(), fonts)
                .pages().get(1);

        // THEN numbered again on each page, page 2's first note is 1, at the mark and at the foot
        assertThat(line(eachPage, "合计").text()).isEqualTo("合计1");
        assertThat(eachPage.lines().stream().filter(l -> l.role() == LineRole.FOOTNOTE)).extracting(Line::text)
                .containsExactly("1 含县本级。");
        // AND numbered on, it is 2
        assertThat(line(onThrough, "合计").text()).isEqualTo("合计2");
        assertThat(onThrough.lines().stream().filter(l -> l.role() == LineRole.FOOTNOTE)).extracting(Line::text)
                .containsExactly("2 含县本级。");
    }

    @Test
    void numbered_again_on_each_page_a_cells_note_on_a_later_page_of_its_table_is_refused_by_name() {
        // GIVEN the table's noted row on page 2, where its number would start again at 1
        OfficialDocument doc = report(36).toBuilder().footnoteNumbering(io.gongwen.NoteNumbering.eachPage()).build();

        // THEN the layout says what it cannot number, rather than print a number the .docx does not
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocumentLayout.layOut(doc, fonts))
                .isInstanceOf(UnsupportedElementException.class)
                .hasMessageContaining("a footnote in a table cell on a later page of a table")
                .hasMessageContaining("its mark 2 would be 1 there");
    }
}
