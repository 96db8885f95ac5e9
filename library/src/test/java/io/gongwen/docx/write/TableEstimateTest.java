package io.gongwen.docx.write;

import io.gongwen.Specification;
import io.gongwen.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableEstimateTest {
    private static final Specification SPEC = Specification.standard();
    /** 4号, 14 pt, in twips. */
    private static final long EM = 280;

    @Test
    void a_row_is_as_tall_as_its_fullest_cell_wrapped_at_the_cell_width() {
        Table table = Table.builder().columns(1, 1)
                .header(Table.Cell.of("序号"), Table.Cell.of("名称"))
                .row(Table.Cell.of("1"), Table.Cell.of("十个汉字十个汉字十个"))
                .row(Table.Cell.of("2"), Table.Cell.of("两段\n文字"))
                .build();
        // columns 10 em + 2 × the cell margin wide: ten characters fit, eleven do not
        long margin = 60;
        long[] columns = {10 * EM + 2 * margin, 10 * EM + 2 * margin};

        long[] heights = TableEstimate.rowHeights(table, columns, margin, SPEC);

        assertThat(heights).containsExactly(EM * 145 / 100, EM * 120 / 100, 2 * EM * 120 / 100);
        assertThat(TableEstimate.rowHeights(Table.builder().columns(1).row(Table.Cell.of("十个汉字十个汉字十个多")).build(),
                new long[] {10 * EM + 2 * margin}, margin, SPEC)).containsExactly(2 * EM * 120 / 100);
    }
}
