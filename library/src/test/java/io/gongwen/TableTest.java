package io.gongwen;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableTest {
    @Test
    void builds_a_table_with_spans_and_header_rows() {
        Table table = Table.builder()
                .columns(1, 4, 2)
                .header("序号", "单位", "金额")
                .row(Table.Cell.of("1").spanRows(2), Table.Cell.of("县财政局"), Table.Cell.of("120"))
                .row("县教育局", "80")
                .row(Table.Cell.of("合计").spanColumns(2), Table.Cell.of("200"))
                .build();

        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.columnCount()).isEqualTo(3);
        Table.Cell[][] grid = table.grid();
        assertThat(grid[2][0]).isNull();
        assertThat(grid[2][1].text()).isEqualTo("县教育局");
        assertThat(grid[3][2].text()).isEqualTo("200");
    }

    @Test
    void a_cell_of_no_break_or_zero_width_spaces_is_an_empty_cell_and_so_is_such_a_line_in_a_cell() {
        // a cell left empty on a web page or in Word often holds a no-break space
        assertThat(Table.Cell.of("\u00A0").text()).isEmpty();
        assertThat(Table.Cell.of("\u00A0\u3000\u200B").text()).isEmpty();
        assertThat(Table.Cell.of("甲\n\u00A0\n乙").paragraphs()).containsExactly("甲", "", "乙");
        assertThat(Table.Cell.of(io.gongwen.FormattedText.builder().bold("甲").text("\n\u00A0\n乙").build()).paragraphs())
                .containsExactly("甲", "", "乙");
    }

    @Test
    void joined_lines_move_their_spans_and_notes_with_them_and_refuse_nothing_to_join() {
        FormattedText joined = FormattedText.joinedLines(List.of(FormattedText.builder().bold("甲").build(),
                FormattedText.builder().text("CO").subscript("2").footnote("注。").build()));

        assertThat(joined.text()).isEqualTo("甲\nCO2");
        assertThat(joined.spans()).extracting(Span::start, Span::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(4, 5));
        assertThat(joined.notes()).extracting(Note::at).containsExactly(5);
        assertThatThrownBy(() -> FormattedText.joinedLines(List.of())).isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("lines: give at least one");
    }

    @Test
    void rejects_a_row_that_does_not_fill_the_columns() {
        assertThatThrownBy(() -> Table.builder().columns(1, 1, 1).row("a", "b").build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("table.rows[0]: leaves column 3 of 3 empty");
    }

    @Test
    void rejects_a_row_that_runs_past_the_last_column() {
        assertThatThrownBy(() -> Table.builder().columns(1, 1)
                .row(Table.Cell.of("a").spanRows(2), Table.Cell.of("b"))
                .row("c", "d").build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("table.rows[1][1]: runs past the last column");
    }

    @Test
    void rejects_a_span_below_the_last_row() {
        assertThatThrownBy(() -> Table.builder().columns(1).row(Table.Cell.of("a").spanRows(3)).build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("table.rows[0][0]: spans 3 rows but only 1 remain");
    }

    @Test
    void rejects_header_rows_after_body_rows_and_rows_before_columns() {
        assertThatThrownBy(() -> Table.builder().columns(1).row("a").header("h"))
                .hasMessageStartingWith("table.header: header rows must come before the body rows");
        assertThatThrownBy(() -> Table.builder().row("a"))
                .hasMessageStartingWith("table.columns: set the columns first");
    }

    @Test
    void cell_text_is_validated_and_may_hold_several_lines() {
        assertThat(Table.Cell.of("第一行\r\n第二行").paragraphs()).containsExactly("第一行", "第二行");
        assertThat(Table.Cell.of("  ").text()).isEmpty();
        assertThatThrownBy(() -> Table.builder().columns(1).row("a\u0001b"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("table.rows[0][0]");
    }

    @Test
    void a_formatted_cell_keeps_its_spans_and_notes_per_paragraph() {
        // GIVEN a cell of two lines, a span across the line break and a note at the first line's end
        Table.Cell cell = Table.Cell.of(FormattedText.builder().text("面积m").superscript("2").footnote("测绘数。")
                .bold("\r\n 重点").text("项目  ").build());

        // THEN the span is cut at the break, each line stripped, the note at the first line's end
        assertThat(cell.text()).isEqualTo("面积m2\n重点项目");
        assertThat(cell.paragraphs()).containsExactly("面积m2", "重点项目");
        assertThat(cell.formattedParagraphs()).containsExactly(
                FormattedText.builder().text("面积m").superscript("2").footnote("测绘数。").build(),
                FormattedText.builder().bold("重点").text("项目").build());
        assertThat(cell.spanColumns(2).spanRows(3).formatted()).isEqualTo(cell.formatted());
        assertThat(Table.Cell.of(FormattedText.of("合计"))).isEqualTo(Table.Cell.of("合计"));
        assertThat(Table.Cell.of("合计").isPlain()).isTrue();
    }

    @Test
    void rejects_a_cells_span_across_a_line_break_or_out_of_its_text_naming_it() {
        java.util.Set<Emphasis> bold = java.util.Set.of(Emphasis.BOLD);
        assertThatThrownBy(() -> new Table.Cell("一\n二", List.of(new Span(0, 3, bold)), List.of(), 1, 1))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("table.cell.spans[0]: must not cross a line break (a cell's paragraphs are formatted apart; "
                        + "give a span in each): 0..3 over \"一\\u000A二\"");
        assertThatThrownBy(() -> new Table.Cell("一", List.of(new Span(0, 3, bold)), List.of(), 1, 1))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("table.cell.spans[0]: must end inside the text of 1 characters: 3");
        assertThatThrownBy(() -> new Table.Cell("一", List.of(), List.of(new Note(5, Note.Kind.FOOTNOTE,
                FormattedText.of("注。"))), 1, 1))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("table.cell.notes[0]: must stand in order inside the text of 1 characters: at 5");
        assertThatThrownBy(() -> Table.Cell.of(FormattedText.builder().bold("a\u0001b").build()))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("table.cell.text");
    }
}
