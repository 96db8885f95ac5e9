package io.gongwen.text;

import io.gongwen.Emphasis;
import io.gongwen.FormattedText;
import io.gongwen.Note;
import io.gongwen.OfficialDocument;
import io.gongwen.Span;
import io.gongwen.Table;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.FormattedTableDocx;
import io.gongwen.testing.NoteParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 for tables: a report whose table cells are formatted (made with raw POI,
 * {@link FormattedTableDocx}) keeps every bold, italic, underlined, struck, raised and lowered run of
 * its cells and the footnote in a cell, through reading, writing and reading back; the bold of a
 * header row bold throughout is the header's, and no span.
 */
class TableCellFormattingTest {
    @TempDir
    Path dir;

    private Draft read() throws IOException {
        Path in = dir.resolve("report.docx");
        Files.write(in, FormattedTableDocx.report());
        return DocxReader.standard().read(in);
    }

    private static Table table(OfficialDocument doc) {
        return doc.body().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
    }

    @Test
    void reads_the_cells_spans_as_a_body_paragraphs() throws IOException {
        // WHEN the POI-made report is read
        Draft draft = read();
        Table table = table(draft.document());

        // THEN a body cell's bold word, italic and underlined words are spans over the same characters,
        // the underline in the cell's second paragraph
        Table.Cell note = table.rows().get(1).get(2);
        assertThat(note.text()).isEqualTo("重点是公园绿地（新建）\n已验收");
        assertThat(note.spans()).containsExactly(
                new Span(0, 2, Set.of(Emphasis.BOLD)),
                new Span(7, 11, Set.of(Emphasis.ITALIC)),
                new Span(13, 15, Set.of(Emphasis.UNDERLINE)));
        assertThat(note.formattedParagraphs()).containsExactly(
                FormattedText.builder().bold("重点").text("是公园绿地").run("（新建）", Emphasis.ITALIC).build(),
                FormattedText.builder().text("已").run("验收", Emphasis.UNDERLINE).build());
        // CO₂ lowered, 100 struck through
        assertThat(table.rows().get(2).get(0).formatted())
                .isEqualTo(FormattedText.builder().text("CO").subscript("2").text("减排").build());
        assertThat(table.rows().get(2).get(2).formatted())
                .isEqualTo(FormattedText.builder().text("原定").run("100", Emphasis.STRIKE).text("，调为120").build());
        // a plain cell costs nothing
        assertThat(table.rows().get(1).get(1)).isEqualTo(Table.Cell.of("3000"));
    }

    @Test
    void the_bold_of_a_header_row_bold_throughout_is_the_headers_and_its_superscript_is_kept() throws IOException {
        Table table = table(read().document());

        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.rows().get(0).get(0)).isEqualTo(Table.Cell.of("项目"));
        assertThat(table.rows().get(0).get(1).formatted())
                .isEqualTo(FormattedText.builder().text("面积（m").superscript("2").text("）").build());
    }

    @Test
    void reads_a_footnote_in_a_cell_onto_the_cell_without_a_warning() throws IOException {
        Draft draft = read();
        Table table = table(draft.document());

        assertThat(table.rows().get(3).get(0).notes())
                .containsExactly(new Note(2, Note.Kind.FOOTNOTE, FormattedText.of(FormattedTableDocx.FOOTNOTE)));
        assertThat(draft.warnings()).extracting(DraftWarning::message).noneMatch(m -> m.contains("note"));
    }

    @Test
    void the_reformatted_report_keeps_every_run_and_the_footnote_and_reads_back_the_same() throws IOException {
        // GIVEN the report read
        OfficialDocument read = read().document();

        // WHEN it is written and read again
        Path out = dir.resolve("out.docx");
        read.writeTo(out);
        DocxInspector docx = new DocxInspector(Files.readAllBytes(out));
        OfficialDocument again = DocxReader.standard().read(out).document();

        // THEN every formatted run of the cells is there with only what differs from the cell's style
        assertThat(docx.cellRuns("重点")).containsExactly("重点{b}", "是公园绿地", "（新建）{i}");
        assertThat(docx.cellRuns("已")).containsExactly("已", "验收{u=single}");
        assertThat(docx.cellRuns("CO")).containsExactly("CO", "2{vertAlign=subscript}", "减排");
        assertThat(docx.cellRuns("原定")).containsExactly("原定", "100{strike}", "，调为120");
        assertThat(docx.cellRuns("面积")).containsExactly("面积（m", "2{vertAlign=superscript}", "）");
        assertThat(docx.cellRuns("项目")).containsExactly("项目");
        // the footnote's mark in the cell and its text in the footnotes part
        assertThat(NoteParts.marks(docx)).containsExactly("F1 after 合计 {rStyle=FootnoteReference}");
        assertThat(NoteParts.notes(docx, "word/footnotes.xml")).contains(
                "1: [ref]{rStyle=FootnoteReference}| |" + FormattedTableDocx.FOOTNOTE);
        // and read back, the same cells (the grid of POI's table states no widths: equal columns, read
        // back in the writer's proportions); written and read once more, the same document
        assertThat(table(again).rows()).isEqualTo(table(read).rows());
        Path twice = dir.resolve("twice.docx");
        again.writeTo(twice);
        assertThat(DocxReader.standard().read(twice).document()).isEqualTo(again);
        assertThat(again.toBytes()).isEqualTo(Files.readAllBytes(twice)); // deterministic bytes
    }

    @Test
    void a_table_the_model_refuses_keeps_its_cells_spans_and_notes_in_its_paragraphs() throws IOException {
        // GIVEN a table of 64 columns, more than the model takes, one cell bold and with a footnote
        StringBuilder row = new StringBuilder("<w:tr>");
        for (int i = 0; i < 64; i++) {
            row.append("<w:tc><w:p>").append(i == 0
                    ? "<w:r><w:rPr><w:b/></w:rPr><w:t>重点</w:t></w:r><w:r><w:t>单位</w:t></w:r>"
                    + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"
                    : "").append("</w:p></w:tc>");
        }
        row.append("</w:tr>");
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + io.gongwen.testing.ForeignDocx.W
                + "><w:body><w:p><w:r><w:t>现将有关情况报告如下。</w:t></w:r></w:p><w:tbl>" + row
                + "</w:tbl><w:p><w:r><w:t>特此报告。</w:t></w:r></w:p></w:body></w:document>";
        String notes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes " + io.gongwen.testing.ForeignDocx.W
                + "><w:footnote w:id=\"1\"><w:p><w:r><w:t>按年底数。</w:t></w:r></w:p></w:footnote></w:footnotes>";
        Path in = dir.resolve("wide.docx");
        Files.write(in, io.gongwen.testing.ForeignDocx.withNotes(body, notes));

        // WHEN it is read
        Draft draft = DocxReader.standard().read(in);

        // THEN the cell is a paragraph with its bold and its note
        io.gongwen.Paragraph p = draft.document().body().stream().filter(io.gongwen.Paragraph.class::isInstance)
                .map(io.gongwen.Paragraph.class::cast).filter(x -> x.text().startsWith("重点")).findFirst().orElseThrow();
        assertThat(p.formatted()).isEqualTo(FormattedText.builder().bold("重点").text("单位").footnote("按年底数。").build());
        assertThat(draft.warnings()).extracting(DraftWarning::message)
                .anyMatch(m -> m.startsWith("a table of 1 rows could not be kept as a table"));
    }

    @Test
    void a_header_row_with_one_word_bold_keeps_it_as_a_span() throws IOException {
        // GIVEN a header row (w:tblHeader) in which only 单位 is bold
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + io.gongwen.testing.ForeignDocx.W
                + "><w:body><w:p><w:r><w:t>现将有关情况报告如下。</w:t></w:r></w:p><w:tbl>"
                + "<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>单位</w:t></w:r></w:p></w:tc></w:tr>"
                + "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>县财政局</w:t></w:r></w:p></w:tc></w:tr>"
                + "</w:tbl><w:p><w:r><w:t>特此报告。</w:t></w:r></w:p></w:body></w:document>";
        Path in = dir.resolve("header.docx");
        Files.write(in, io.gongwen.testing.ForeignDocx.withDocumentXml(body));

        Table table = table(DocxReader.standard().read(in).document());

        assertThat(table.rows().get(0).get(1).spans()).containsExactly(new Span(0, 2, Set.of(Emphasis.BOLD)));
        assertThat(table.rows().get(0).get(0).spans()).isEmpty();
        assertThat(table.rows().get(1)).isEqualTo(List.of(Table.Cell.of("1"), Table.Cell.of("县财政局")));
    }

    @Test
    void a_colour_and_highlighting_in_a_cell_are_dropped_with_the_bodys_warning() throws IOException {
        // GIVEN a table below the title whose cell has a red word and a highlighted one
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + io.gongwen.testing.ForeignDocx.W
                + "><w:body><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>关于报送统计数据的通知</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>现将有关情况报告如下。</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p>"
                + "<w:r><w:t>各单位</w:t></w:r><w:r><w:rPr><w:color w:val=\"FF0000\"/></w:rPr><w:t>认真</w:t></w:r>"
                + "<w:r><w:rPr><w:highlight w:val=\"yellow\"/></w:rPr><w:t>核对</w:t></w:r></w:p></w:tc></w:tr>"
                + "</w:tbl><w:p><w:r><w:t>特此报告。</w:t></w:r></w:p></w:body></w:document>";
        Path in = dir.resolve("coloured.docx");
        Files.write(in, io.gongwen.testing.ForeignDocx.withDocumentXml(body));

        Draft draft = DocxReader.standard().read(in);

        assertThat(table(draft.document()).rows().get(0).get(0)).isEqualTo(Table.Cell.of("各单位认真核对"));
        assertThat(draft.warnings()).extracting(DraftWarning::toString).contains("line 3: its coloured text (FF0000: 认真) "
                + "is written in black; its highlighted text (yellow: 核对) is written without highlighting");
    }
}
