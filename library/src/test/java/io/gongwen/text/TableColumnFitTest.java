package io.gongwen.text;

import io.gongwen.Table;
import io.gongwen.check.DocxChecker;
import io.gongwen.check.Finding;
import io.gongwen.check.Rule;
import io.gongwen.testing.ForeignDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A source table whose numbers fit its narrow columns at the source's 10 pt but would not at the
 * writer's 14 pt (the corpus's 21: coordinates such as 13725.5845): the reader widens those columns
 * so that no number breaks over two lines, the others sharing what is left, and leaves a table
 * alone whose numbers fit, or whose numbers could not fit whatever the shares.
 */
class TableColumnFitTest {
    @TempDir
    Path dir;

    /** A notice with a table of this grid (twips), its rows' cells as given. */
    private Path source(int[] grid, String[]... rows) throws Exception {
        StringBuilder t = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>");
        for (int w : grid) {
            t.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        t.append("</w:tblGrid>");
        for (String[] row : rows) {
            t.append("<w:tr>");
            for (String cell : row) {
                t.append("<w:tc><w:p><w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:t>").append(cell).append("</w:t></w:r></w:p></w:tc>");
            }
            t.append("</w:tr>");
        }
        t.append("</w:tbl>");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body>"
                + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>关于报送界址点坐标的报告</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>现将界址点坐标报告如下。</w:t></w:r></w:p>" + t
                + "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t>县自然资源局</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t>2021年3月1日</w:t></w:r></w:p></w:body></w:document>";
        return Files.write(dir.resolve("source.docx"), ForeignDocx.withDocumentXml(xml));
    }

    private static Table table(Draft draft) {
        return (Table) draft.document().body().stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
    }

    /** A column's width on the page: its share of the 156 mm text block. */
    private static double mm(Table table, int column) {
        int sum = table.columnWeights().stream().mapToInt(Integer::intValue).sum();
        return 156.0 * table.columnWeights().get(column) / sum;
    }

    private List<Finding> splits(Draft draft) throws Exception {
        Path written = dir.resolve("written.docx");
        draft.document().writeTo(written);
        return new DocxChecker().check(written).stream().filter(f -> f.rule() == Rule.TABLE_NUMBER_SPLIT).toList();
    }

    @Test
    void widens_a_column_whose_numbers_would_break_and_narrows_the_others_in_their_proportions() throws Exception {
        // GIVEN coordinates in a 17.6 mm column of a 141 mm table: 13725.5845 takes 23.5 mm at 14 pt
        Path file = source(new int[] {1000, 3000, 4000}, new String[] {"横坐标", "说明", "备注"},
                new String[] {"13725.5845", "界址点一", "无"}, new String[] {"13726.1", "界址点二", "无"});
        // WHEN read
        Draft draft = DocxReader.standard().read(file);
        // THEN the first column holds the number with the cell's 1 mm margins, the others keep their 3:4,
        // the words are the source's, and nothing is warned of
        Table table = table(draft);
        assertThat(mm(table, 0)).isBetween(23.5 + 2, 23.5 + 2 + 0.5);
        assertThat((double) table.columnWeights().get(1) / table.columnWeights().get(2)).isCloseTo(0.75, within(0.01));
        assertThat(table.rows().get(1).get(0).text()).isEqualTo("13725.5845");
        assertThat(draft.warnings()).isEmpty();
        // AND written, the checker finds no number split over two lines
        assertThat(splits(draft)).isEmpty();
    }

    @Test
    void leaves_a_table_whose_numbers_fit_in_the_source_s_proportions() throws Exception {
        Path file = source(new int[] {3000, 3000, 2000}, new String[] {"13725.5845", "3512.25", "无"});
        Table table = table(DocxReader.standard().read(file));
        assertThat(table.columnWeights()).containsExactly(1000, 1000, 667);
    }

    @Test
    void leaves_a_table_whose_numbers_need_more_than_the_page_and_the_checker_says_so() throws Exception {
        // GIVEN eight columns of sixteen-digit numbers: 39.5 mm each, 316 mm in all, on a 156 mm block
        String[] row = new String[8];
        java.util.Arrays.fill(row, "1234567890123456");
        int[] grid = new int[8];
        java.util.Arrays.fill(grid, 1000);
        grid[0] = 500;
        Draft draft = DocxReader.standard().read(source(grid, row));
        // THEN the proportions are the source's, and the written table's numbers are found too wide
        Table table = table(draft);
        assertThat(table.columnWeights().get(0) * 2).isEqualTo(table.columnWeights().get(1));
        assertThat(splits(draft)).hasSize(1);
    }
}
