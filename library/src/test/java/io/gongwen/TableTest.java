package io.gongwen;

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
}
