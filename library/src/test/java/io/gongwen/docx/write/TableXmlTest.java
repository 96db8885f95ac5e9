package io.gongwen.docx.write;

import io.gongwen.OfficialDocument;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.Documents;
import io.gongwen.testing.RandomDocuments;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tables in the body part: widths, grid, spans, header rows, styles, rules (spec §9). */
class TableXmlTest {
    private static final String DOC = "word/document.xml";
    private static final String FIRST = "/w:document/w:body/w:tbl[1]";
    private static final long TEXT_WIDTH = 11906 - 1587 - 1474;

    private final DocxInspector docx = new DocxInspector(Documents.withTables(false).toBytes());

    @Test
    void spans_the_text_width_with_a_fixed_layout() {
        assertThat(docx.value(DOC, FIRST + "/w:tblPr/w:tblW/@w:w")).isEqualTo(Long.toString(TEXT_WIDTH));
        assertThat(docx.value(DOC, FIRST + "/w:tblPr/w:tblW/@w:type")).isEqualTo("dxa");
        assertThat(docx.value(DOC, FIRST + "/w:tblPr/w:tblLayout/@w:type")).isEqualTo("fixed");
        assertThat(docx.value(DOC, FIRST + "/w:tblPr/w:jc/@w:val")).isEqualTo("center");
        assertThat(docx.value(DOC, FIRST + "/w:tblPr/w:tblInd/@w:w")).isEqualTo("0");
    }

    @Test
    void gives_the_grid_columns_in_proportion_summing_to_the_text_width() {
        List<Element> columns = docx.elements(DOC, FIRST + "/w:tblGrid/w:gridCol");

        // 1 : 4 : 2 : 2 of 8845, rounded down, the remainder to the last column
        assertThat(columns).extracting(c -> c.getAttributeNS(DocxInspector.W, "w"))
                .containsExactly("982", "3931", "1965", "1967");
        for (int t = 1; t <= 3; t++) {
            assertThat(docx.value(DOC, "sum(/w:document/w:body/w:tbl[" + t + "]/w:tblGrid/w:gridCol/@w:w)"))
                    .as("table %d", t).isIn(Long.toString(TEXT_WIDTH), Long.toString(16838 - 1984 - 2098));
        }
    }

    @Test
    void splits_the_width_exactly_for_any_weights() {
        long[] widths = TableWriter.columnWidths(List.of(1, 1, 1), 8845);

        assertThat(widths).containsExactly(2948, 2948, 2949);
    }

    @Test
    void states_every_cells_width_and_its_spans() {
        assertThat(docx.count(DOC, "//w:tc[not(w:tcPr/w:tcW[@w:type='dxa'])]")).isZero();
        // row 4: "合计" over two columns
        String total = FIRST + "/w:tr[4]/w:tc[1]/w:tcPr";
        assertThat(docx.value(DOC, total + "/w:gridSpan/@w:val")).isEqualTo("2");
        assertThat(docx.value(DOC, total + "/w:tcW/@w:w")).isEqualTo(Long.toString(982 + 3931));
        assertThat(docx.count(DOC, FIRST + "/w:tr[4]/w:tc")).isEqualTo(3);
    }

    @Test
    void merges_rows_with_a_continuation_cell_the_model_leaves_out() {
        assertThat(docx.value(DOC, FIRST + "/w:tr[2]/w:tc[1]/w:tcPr/w:vMerge/@w:val")).isEqualTo("restart");
        assertThat(docx.value(DOC, FIRST + "/w:tr[2]/w:tc[1]")).isEqualTo("1");
        assertThat(docx.count(DOC, FIRST + "/w:tr[3]/w:tc")).isEqualTo(4);
        assertThat(docx.count(DOC, FIRST + "/w:tr[3]/w:tc[1]/w:tcPr/w:vMerge[not(@w:val)]")).isEqualTo(1);
        assertThat(docx.value(DOC, FIRST + "/w:tr[3]/w:tc[1]")).isEmpty();
        assertThat(docx.value(DOC, FIRST + "/w:tr[3]/w:tc[2]")).isEqualTo("县教育局");
    }

    @Test
    void marks_header_rows_to_repeat_and_keeps_every_row_on_one_page() {
        assertThat(docx.count(DOC, FIRST + "/w:tr[1]/w:trPr/w:tblHeader")).isEqualTo(1);
        assertThat(docx.count(DOC, FIRST + "/w:tr/w:trPr/w:tblHeader")).isEqualTo(1);
        assertThat(docx.count(DOC, FIRST + "/w:tr[not(w:trPr/w:cantSplit)]")).isZero();
    }

    @Test
    void styles_header_and_body_cells_and_aligns_body_cells_by_column() {
        assertThat(docx.value(DOC, FIRST + "/w:tr[1]/w:tc[2]/w:p/w:pPr/w:pStyle/@w:val")).isEqualTo("TableHeader");
        String row = FIRST + "/w:tr[2]/w:tc[%d]/w:p[1]/w:pPr/";
        assertThat(docx.value(DOC, row.formatted(1) + "w:pStyle/@w:val")).isEqualTo("TableText");
        assertThat(docx.value(DOC, row.formatted(1) + "w:jc/@w:val")).isEqualTo("center");
        assertThat(docx.value(DOC, row.formatted(2) + "w:jc/@w:val")).isEqualTo("left");
        assertThat(docx.value(DOC, row.formatted(3) + "w:jc/@w:val")).isEqualTo("right");
        assertThat(docx.value(DOC, row.formatted(4) + "w:jc/@w:val")).isEqualTo("both");
        assertThat(docx.count(DOC, "//w:tc[not(w:tcPr/w:vAlign[@w:val='center'])]")).isZero();
    }

    @Test
    void writes_a_paragraph_for_each_line_of_a_cell() {
        List<Element> paragraphs = docx.elements(DOC, FIRST + "/w:tr[2]/w:tc[4]/w:p");

        assertThat(paragraphs).extracting(Element::getTextContent).containsExactly("第一行", "第二行");
    }

    @Test
    void rules_every_edge_with_a_single_half_point_black_line() {
        List<Element> edges = docx.elements(DOC, FIRST + "/w:tblPr/w:tblBorders/*");

        assertThat(edges).extracting(Element::getLocalName)
                .containsExactly("top", "left", "bottom", "right", "insideH", "insideV");
        for (Element edge : edges) {
            assertThat(edge.getAttributeNS(DocxInspector.W, "val")).isEqualTo("single");
            assertThat(edge.getAttributeNS(DocxInspector.W, "sz")).isEqualTo("4");
            assertThat(edge.getAttributeNS(DocxInspector.W, "color")).isEqualTo("000000");
        }
        assertThat(docx.value(DOC, FIRST + "/w:tblPr/w:tblCellMar/w:left/@w:w")).isEqualTo("57");
        assertThat(docx.value(DOC, FIRST + "/w:tblPr/w:tblCellMar/w:right/@w:w")).isEqualTo("57");
    }

    @Test
    void puts_an_empty_paragraph_between_touching_tables() {
        // the first table's next sibling is a paragraph, and the second table follows it
        assertThat(docx.value(DOC, "local-name(" + FIRST + "/following-sibling::*[1])")).isEqualTo("p");
        assertThat(docx.value(DOC, "string(" + FIRST + "/following-sibling::*[1])")).isEmpty();
        assertThat(docx.value(DOC, "local-name(" + FIRST + "/following-sibling::*[2])")).isEqualTo("tbl");
        assertThat(docx.count(DOC, "//w:tbl/following-sibling::*[1][self::w:tbl]")).isZero();
    }

    @Test
    void never_ends_the_body_with_a_table() {
        DocxInspector ending = new DocxInspector(Documents.withTables(true).toBytes());

        assertThat(ending.value(DOC, "local-name(/w:document/w:body/w:sectPr/preceding-sibling::*[1])")).isEqualTo("p");
        assertThat(ending.count(DOC, "//w:tbl/following-sibling::*[1][self::w:tbl or self::w:sectPr]")).isZero();
    }

    @Test
    void writes_no_section_break_for_portrait_tables() {
        OfficialDocument doc = OfficialDocument.builder().title("关于表格的通知")
                .paragraph("如下。").table(Documents.everyTableFeature()).build();
        DocxInspector portrait = new DocxInspector(doc.toBytes());

        assertThat(portrait.sections()).hasSize(1);
        assertThat(portrait.value(DOC, "local-name(/w:document/w:body/w:sectPr/preceding-sibling::*[1])")).isEqualTo("p");
    }

    @Test
    void random_tables_fill_their_grid_and_never_touch() {
        int withTables = 0;
        int landscape = 0;
        for (int seed = 0; seed < 150; seed++) {
            DocxInspector random = new DocxInspector(RandomDocuments.generate(seed).toBytes());
            List<Element> tables = random.elements(DOC, "//w:tbl");
            withTables += tables.isEmpty() ? 0 : 1;
            landscape += random.count(DOC, "//w:pgSz[@w:orient='landscape']") > 0 ? 1 : 0;
            for (Element table : tables) {
                int columns = Integer.parseInt(random.value(table, "count(w:tblGrid/w:gridCol)"));
                assertThat(random.value(table, "sum(w:tblGrid/w:gridCol/@w:w)"))
                        .as("seed %d", seed).isEqualTo(random.value(table, "w:tblPr/w:tblW/@w:w"));
                for (Element row : random.elements(DOC, "//w:tr")) {
                    int spanned = Integer.parseInt(random.value(row, "count(w:tc[not(w:tcPr/w:gridSpan)])"))
                            + Integer.parseInt(random.value(row, "sum(w:tc/w:tcPr/w:gridSpan/@w:val)"));
                    if (row.getParentNode() == table) {
                        assertThat(spanned).as("seed %d: cells of a row", seed).isEqualTo(columns);
                    }
                }
            }
            assertThat(random.count(DOC, "//w:tbl/following-sibling::*[1][self::w:tbl or self::w:sectPr]"))
                    .as("seed %d", seed).isZero();
        }
        assertThat(withTables).as("documents with tables").isGreaterThan(50);
        assertThat(landscape).as("documents with landscape tables").isGreaterThan(10);
    }
}
