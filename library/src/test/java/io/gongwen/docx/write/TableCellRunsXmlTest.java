package io.gongwen.docx.write;

import io.gongwen.Emphasis;
import io.gongwen.FormattedText;
import io.gongwen.OfficialDocument;
import io.gongwen.Table;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.NoteParts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Character formatting and notes inside table cells ({@code w:tc/w:p/w:r}): each cell paragraph in
 * the cell's style as ever, its runs carrying only what their span changes, in schema order, and the
 * marks of its notes as runs of their own, numbered with the body's in document order.
 */
class TableCellRunsXmlTest {
    /** A report whose table has every emphasis in its cells and a footnote and an endnote in them. */
    static OfficialDocument report() {
        return OfficialDocument.builder()
                .title("关于2020年节能减排工作情况的报告")
                .paragraph(FormattedText.builder().text("现将有关情况报告如下").footnote("数据截至2020年底。").text("。").build())
                .table(Table.builder()
                        .columns(2, 3, 4)
                        .header(Table.Cell.of("项目"),
                                Table.Cell.of(FormattedText.builder().text("面积（m").superscript("2").text("）").build()),
                                Table.Cell.of(FormattedText.builder().run("说明", Emphasis.ITALIC).build()))
                        .row(Table.Cell.of(FormattedText.builder().text("CO").subscript("2").text("减排").build()),
                                Table.Cell.of("120"),
                                Table.Cell.of(FormattedText.builder().bold("重点").text("是").run("公园", Emphasis.UNDERLINE)
                                        .text("\n原定").run("100", Emphasis.STRIKE).run("万元", Emphasis.DOUBLE_STRIKE)
                                        .build()))
                        .row(Table.Cell.of(FormattedText.builder().text("合计").footnote("含县本级和各乡镇。").build())
                                        .spanColumns(2),
                                Table.Cell.of(FormattedText.builder().text("3120").endnote("按核定数。").build()))
                        .build())
                .paragraph(FormattedText.builder().text("特此报告").footnote("另附明细。").text("。").build())
                .build();
    }

    @Test
    void writes_a_run_per_span_in_a_cell_with_only_what_it_changes_in_schema_order() {
        DocxInspector docx = new DocxInspector(report().toBytes());

        assertThat(docx.cellRuns("面积")).containsExactly("面积（m", "2{vertAlign=superscript}", "）");
        assertThat(docx.cellRuns("说明")).containsExactly("说明{i}");
        assertThat(docx.cellRuns("CO")).containsExactly("CO", "2{vertAlign=subscript}", "减排");
        assertThat(docx.cellRuns("重点")).containsExactly("重点{b}", "是", "公园{u=single}");
        assertThat(docx.cellRuns("原定")).containsExactly("原定", "100{strike}", "万元{dstrike}");
        // a plain cell is one run without properties, in the cell's paragraph style
        assertThat(docx.cellRuns("120")).containsExactly("120");
        assertThat(docx.value("word/document.xml", "//w:tc/w:p[string(.)='项目']/w:pPr/w:pStyle/@w:val"))
                .isEqualTo("TableHeader");
        assertThat(docx.value("word/document.xml", "//w:tc/w:p[starts-with(string(.), 'CO')]/w:pPr/w:pStyle/@w:val"))
                .isEqualTo("TableText");
    }

    @Test
    void writes_the_marks_in_cells_numbered_with_the_bodys_in_document_order() {
        DocxInspector docx = new DocxInspector(report().toBytes());

        assertThat(NoteParts.marks(docx)).containsExactly(
                "F1 after 现将有关情况报告如下 {rStyle=FootnoteReference}",
                "F2 after 合计 {rStyle=FootnoteReference}",
                "E1 after 3120 {rStyle=EndnoteReference}",
                "F3 after 特此报告 {rStyle=FootnoteReference}");
        assertThat(NoteParts.notes(docx, "word/footnotes.xml")).containsExactly(
                "-1 separator: [separator]",
                "0 continuationSeparator: [continuationSeparator]",
                "1: [ref]{rStyle=FootnoteReference}| |数据截至2020年底。",
                "2: [ref]{rStyle=FootnoteReference}| |含县本级和各乡镇。",
                "3: [ref]{rStyle=FootnoteReference}| |另附明细。");
        assertThat(NoteParts.notes(docx, "word/endnotes.xml")).contains("1: [ref]{rStyle=EndnoteReference}| |按核定数。");
    }

    @Test
    void a_table_alone_with_a_note_in_a_cell_gets_the_notes_part() {
        OfficialDocument doc = OfficialDocument.builder().title("关于报送统计数据的通知")
                .table(Table.builder().columns(1)
                        .row(Table.Cell.of(FormattedText.builder().text("县财政局").footnote("含下属单位。").build()))
                        .build())
                .build();
        DocxInspector docx = new DocxInspector(doc.toBytes());

        assertThat(docx.partNames()).contains("word/footnotes.xml");
        assertThat(NoteParts.marks(docx)).containsExactly("F1 after 县财政局 {rStyle=FootnoteReference}");
    }

    @Test
    void writes_the_same_bytes_for_the_same_document() {
        assertThat(report().toBytes()).isEqualTo(report().toBytes());
    }
}
