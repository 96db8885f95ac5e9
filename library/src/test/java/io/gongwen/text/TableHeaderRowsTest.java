package io.gongwen.text;

import io.gongwen.Block;
import io.gongwen.Emphasis;
import io.gongwen.Table;
import io.gongwen.testing.ForeignDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table's header rows when Word marks none ({@code w:tblHeader}): the leading rows bold throughout,
 * as tables typed on web pages and saved from them set their headers apart (the corpus's 21), up to
 * three of them and followed by a row that is not bold throughout. Both readings of the bold are
 * tested: a header's bold is its look, not a span; a table bold throughout, or with one bold word in
 * its first row, has no header rows and keeps its bold as spans.
 */
class TableHeaderRowsTest {
    @TempDir
    Path dir;

    private static String cell(String text, boolean bold) {
        return "<w:tc><w:p><w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t>" + text + "</w:t></w:r></w:p></w:tc>";
    }

    /** A row of two cells, each bold or not; {@code marked}: Word repeats it on each page. */
    private static String row(boolean marked, String first, boolean firstBold, String second, boolean secondBold) {
        return "<w:tr>" + (marked ? "<w:trPr><w:tblHeader/></w:trPr>" : "") + cell(first, firstBold)
                + cell(second, secondBold) + "</w:tr>";
    }

    private Table read(String... rows) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W
                + "><w:body><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>关于报送养护里程的通知</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>各乡镇人民政府：</w:t></w:r></w:p><w:p><w:r><w:t>现将各乡镇养护里程报送如下。</w:t></w:r></w:p>"
                + "<w:tbl><w:tblGrid><w:gridCol w:w=\"4000\"/><w:gridCol w:w=\"4000\"/></w:tblGrid>");
        for (String r : rows) {
            xml.append(r);
        }
        xml.append("</w:tbl><w:p/></w:body></w:document>");
        Path file = Files.write(dir.resolve("table.docx"), ForeignDocx.withDocumentXml(xml.toString()));
        List<Table> tables = new ArrayList<>();
        for (Block b : DocxReader.standard().read(file).document().body()) {
            if (b instanceof Table t) {
                tables.add(t);
            }
        }
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    @Test
    void leading_rows_bold_throughout_are_the_header_and_their_bold_is_its_look() throws IOException {
        Table table = read(row(false, "编号", true, "说明", true), row(false, "X", true, "Y", true),
                row(false, "1", false, "起点", false), row(false, "2", false, "终点", false));

        assertThat(table.headerRows()).isEqualTo(2);
        assertThat(table.rows().get(0).get(0).spans()).isEmpty();
        assertThat(table.rows().get(1).get(1).spans()).isEmpty();
    }

    @Test
    void a_row_word_marks_as_a_header_decides_though_more_rows_are_bold() throws IOException {
        Table table = read(row(true, "编号", true, "说明", true), row(false, "X", true, "Y", true),
                row(false, "1", false, "起点", false));

        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.rows().get(1).get(0).spans()).singleElement()
                .satisfies(s -> assertThat(s.emphasis()).containsExactly(Emphasis.BOLD));
    }

    @Test
    void a_table_bold_throughout_or_bold_in_part_of_its_first_row_has_no_header_and_keeps_its_bold() throws IOException {
        Table all = read(row(false, "编号", true, "说明", true), row(false, "1", true, "起点", true));
        assertThat(all.headerRows()).isZero();
        assertThat(all.rows().get(0).get(0).spans()).singleElement()
                .satisfies(s -> assertThat(s.emphasis()).containsExactly(Emphasis.BOLD));

        Table part = read(row(false, "编号", true, "说明", false), row(false, "1", false, "起点", false));
        assertThat(part.headerRows()).isZero();
        assertThat(part.rows().get(0).get(0).spans()).hasSize(1);
    }

    @Test
    void more_than_three_leading_bold_rows_are_emphasis_not_a_header() throws IOException {
        String bold = row(false, "重点", true, "项目", true);
        Table table = read(bold, bold, bold, bold, row(false, "1", false, "起点", false));

        assertThat(table.headerRows()).isZero();
    }

    @Test
    void the_corpus_21s_tables_have_their_bold_leading_rows_as_header_rows() throws IOException {
        Draft draft = DocxReader.standard().read(Path.of("src/test/resources/corpus/gov-cn/21-approval.docx"));
        List<Table> tables = new ArrayList<>();
        draft.document().attachments().forEach(a -> a.body().stream().filter(b -> b instanceof Table)
                .forEach(b -> tables.add((Table) b)));
        draft.document().body().stream().filter(b -> b instanceof Table).forEach(b -> tables.add((Table) b));

        assertThat(tables).hasSize(7);
        assertThat(tables).extracting(Table::headerRows).allMatch(n -> n >= 1 && n <= 2);
    }
}
