package io.gongwen.docx;

import io.gongwen.OfficialDocument;
import io.gongwen.Table;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.Documents;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A landscape table's section of its own: page, margins, footers, and the way back to portrait (spec §9). */
class LandscapeXmlTest {
    private static final String DOC = "word/document.xml";

    private final DocxInspector docx = new DocxInspector(Documents.withTables(false).toBytes());
    private final List<Element> sections = docx.sections();

    @Test
    void puts_the_landscape_table_in_a_section_between_two_portrait_ones() {
        assertThat(sections).hasSize(3);
        assertThat(sections).extracting(s -> docx.value(s, "w:pgSz/@w:orient")).containsExactly("", "landscape", "");
        // the breaks ride on paragraphs on either side of the table
        assertThat(docx.value(DOC, "local-name(//w:tbl[3]/preceding-sibling::*[1])")).isEqualTo("p");
        assertThat(docx.count(DOC, "//w:tbl[3]/preceding-sibling::*[1]/w:pPr/w:sectPr")).isEqualTo(1);
        assertThat(docx.count(DOC, "//w:tbl[3]/following-sibling::*[1]/w:pPr/w:sectPr/w:pgSz[@w:orient='landscape']"))
                .isEqualTo(1);
    }

    @Test
    void turns_the_a4_page_and_its_margins_so_the_text_blocks_coincide() {
        Element landscape = sections.get(1);

        assertThat(docx.value(landscape, "w:pgSz/@w:w")).isEqualTo("16838");
        assertThat(docx.value(landscape, "w:pgSz/@w:h")).isEqualTo("11906");
        // head of the table on the paper's left edge: top = portrait left, bottom = portrait right,
        // left = portrait bottom, right = portrait top
        assertThat(docx.value(landscape, "w:pgMar/@w:top")).isEqualTo("1587");
        assertThat(docx.value(landscape, "w:pgMar/@w:bottom")).isEqualTo("1474");
        assertThat(docx.value(landscape, "w:pgMar/@w:left")).isEqualTo("1984");
        assertThat(docx.value(landscape, "w:pgMar/@w:right")).isEqualTo("2098");
        // the number stays 7 mm below the (landscape) text block: 1474 − (1984 − 1425)
        assertThat(docx.value(landscape, "w:pgMar/@w:footer")).isEqualTo("915");
        assertThat(docx.value(DOC, "//w:tbl[3]/w:tblPr/w:tblW/@w:w")).isEqualTo(Long.toString(16838 - 1984 - 2098));
    }

    @Test
    void keeps_the_portrait_sections_as_the_body_section() {
        String body = docx.value(DOC, "/w:document/w:body/w:sectPr/w:pgMar/@w:top");
        for (Element portrait : List.of(sections.get(0), sections.get(2))) {
            assertThat(docx.value(portrait, "w:pgSz/@w:w")).isEqualTo("11906");
            assertThat(docx.value(portrait, "w:pgMar/@w:top")).isEqualTo(body).isEqualTo("2098");
            assertThat(docx.value(portrait, "w:pgMar/@w:left")).isEqualTo("1587");
        }
    }

    @Test
    void refers_to_the_page_number_footers_in_every_section_and_numbers_on() {
        for (Element section : sections) {
            assertThat(docx.value(section, "w:footerReference[@w:type='default']/@r:id")).isEqualTo("rId3");
            assertThat(docx.value(section, "w:footerReference[@w:type='even']/@r:id")).isEqualTo("rId4");
            assertThat(docx.count(DOC, "//w:pgNumType[@w:start]")).isZero();
        }
    }

    @Test
    void ends_in_a_landscape_section_when_the_last_block_is_a_landscape_table() {
        DocxInspector ending = new DocxInspector(Documents.withTables(true).toBytes());
        List<Element> all = ending.sections();

        assertThat(all).extracting(s -> ending.value(s, "w:pgSz/@w:orient"))
                .containsExactly("", "landscape", "", "landscape");
        assertThat(ending.value(DOC, "/w:document/w:body/w:sectPr/w:pgSz/@w:orient")).isEqualTo("landscape");
    }

    @Test
    void shares_one_landscape_section_between_landscape_tables_in_a_row() {
        Table wide = Table.builder().columns(1, 1).landscape().header("甲", "乙").row("1", "2").build();
        Table narrow = Table.builder().columns(1, 1).header("丙", "丁").row("3", "4").build();
        OfficialDocument doc = OfficialDocument.builder().title("关于表格的通知")
                .paragraph("如下。").table(wide).table(wide).table(narrow).build();
        DocxInspector tables = new DocxInspector(doc.toBytes());

        assertThat(tables.sections()).extracting(s -> tables.value(s, "w:pgSz/@w:orient"))
                .containsExactly("", "landscape", "");
        // landscape, empty paragraph, landscape, section break, portrait, empty paragraph, body sectPr
        assertThat(tables.elements(DOC, "/w:document/w:body/*[preceding-sibling::w:tbl]"))
                .extracting(e -> e.getLocalName() + (tables.value(e, "local-name(w:pPr/w:sectPr)").isEmpty() ? "" : "+sectPr"))
                .containsExactly("p", "tbl", "p+sectPr", "tbl", "p", "sectPr");
    }
}
