package io.gongwen.docx.write;

import io.gongwen.DocumentFormat;
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
        // the (empty) footer paragraph as far below the landscape block as below a portrait one: 1474 − (1984 − 1425)
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
    void gives_the_landscape_section_footers_of_its_own_and_the_portrait_sections_the_normal_ones_back() {
        String odd = footerId(docx, FooterPart.TURNED_ODD);
        String even = footerId(docx, FooterPart.TURNED_EVEN);

        assertThat(docx.value(sections.get(1), "w:footerReference[@w:type='default']/@r:id")).isEqualTo(odd);
        assertThat(docx.value(sections.get(1), "w:footerReference[@w:type='even']/@r:id")).isEqualTo(even);
        assertThat(docx.count(DOC, "//w:sectPr[w:pgSz/@w:orient='landscape']/w:titlePg")).isZero();
        for (Element portrait : List.of(sections.get(0), sections.get(2))) {
            assertThat(docx.value(portrait, "w:footerReference[@w:type='default']/@r:id")).isEqualTo("rId3");
            assertThat(docx.value(portrait, "w:footerReference[@w:type='even']/@r:id")).isEqualTo("rId4");
        }
        assertThat(docx.count(DOC, "//w:pgNumType[@w:start]")).as("numbering runs on").isZero();
        assertThat(docx.value("[Content_Types].xml", "count(//*[@PartName='/word/footer4.xml'])")).isEqualTo("1");
    }

    @Test
    void turns_the_number_in_a_text_box_in_the_left_margin_of_the_landscape_page() {
        for (String part : List.of(FooterPart.TURNED_ODD, FooterPart.TURNED_EVEN)) {
            // no number paragraph of its own: one paragraph, one line of one point, carrying the box
            assertThat(docx.count(part, "/w:ftr/w:p")).isEqualTo(1);
            assertThat(docx.value(part, "/w:ftr/w:p/w:pPr/w:spacing/@w:line")).isEqualTo("20");
            String box = "/w:ftr/w:p/w:r/w:drawing/wp:anchor";
            assertThat(docx.value(part, box + "/wp:positionH/@relativeFrom")).isEqualTo("page");
            assertThat(docx.value(part, box + "/wp:positionV/@relativeFrom")).isEqualTo("page");
            assertThat(docx.value(part, box + "//wps:bodyPr/@vert")).as("turned a quarter turn clockwise").isEqualTo("vert");
            String number = box + "//wps:txbx/w:txbxContent/w:p";
            assertThat(docx.elements(part, number + "/w:r/w:t")).extracting(Element::getTextContent)
                    .containsExactly("\u2014 ", "1", " \u2014");
            assertThat(docx.value(part, number + "/w:r/w:instrText")).isEqualTo(" PAGE ");
            assertThat(docx.value(part, number + "/w:pPr/w:pStyle/@w:val")).isEqualTo("Footer");
        }
    }

    @Test
    void places_the_number_7_mm_left_of_the_block_and_one_character_in_from_its_bottom_or_top() {
        String box = "/w:ftr/w:p/w:r/w:drawing/wp:anchor";
        long emu = 635;
        // 28 pt deep, centred 7 mm (397 tw) left of the block (1984) plus 0.17 em towards it: 1984 − 397 + 48 − 280
        for (String part : List.of(FooterPart.TURNED_ODD, FooterPart.TURNED_EVEN)) {
            assertThat(docx.value(part, box + "/wp:positionH/wp:posOffset")).isEqualTo(Long.toString(1355 * emu));
            assertThat(docx.value(part, box + "/wp:extent/@cx")).isEqualTo(Long.toString(560 * emu));
            assertThat(docx.value(part, box + "/wp:extent/@cy")).isEqualTo(Long.toString(2240 * emu));
        }
        // odd: the box ends one 4号 character (280) above the block's bottom (11906 − 1474), the number flush with its end
        assertThat(docx.value(FooterPart.TURNED_ODD, box + "/wp:positionV/wp:posOffset"))
                .isEqualTo(Long.toString((11906 - 1474 - 280 - 2240) * emu));
        assertThat(docx.value(FooterPart.TURNED_ODD, box + "//w:txbxContent/w:p/w:pPr/w:jc/@w:val")).isEqualTo("right");
        // even: the box starts one character below the block's top (1587), the number flush with its start
        assertThat(docx.value(FooterPart.TURNED_EVEN, box + "/wp:positionV/wp:posOffset"))
                .isEqualTo(Long.toString((1587 + 280) * emu));
        assertThat(docx.value(FooterPart.TURNED_EVEN, box + "//w:txbxContent/w:p/w:pPr/w:jc/@w:val")).isEqualTo("left");
    }

    @Test
    void adds_no_parts_to_a_document_without_a_landscape_table() {
        Table narrow = Table.builder().columns(1, 1).header("丙", "丁").row("3", "4").build();
        DocxInspector portrait = new DocxInspector(OfficialDocument.builder().title("关于表格的通知")
                .paragraph("如下。").table(narrow).build().toBytes());

        assertThat(portrait.partNames()).doesNotContain(FooterPart.TURNED_ODD, FooterPart.TURNED_EVEN);
        assertThat(portrait.value("word/_rels/document.xml.rels", "count(//*[contains(@Target, 'footer4')])")).isEqualTo("0");
    }

    @Test
    void gives_only_a_letters_first_section_its_head_and_unnumbered_first_page() {
        Table wide = Table.builder().columns(1, 1).landscape().header("甲", "乙").row("1", "2").build();
        OfficialDocument letter = OfficialDocument.builder().format(DocumentFormat.LETTER).issuers("县人民政府办公室")
                .title("关于表格的函").paragraph("如下。").table(wide).paragraph("请研究。").build();
        DocxInspector docx = new DocxInspector(letter.toBytes());
        List<Element> all = docx.sections();

        assertThat(all).hasSize(3);
        assertThat(docx.value(all.get(0), "count(w:titlePg)")).isEqualTo("1");
        assertThat(docx.value(all.get(0), "count(w:headerReference[@w:type='first'])")).isEqualTo("1");
        for (Element later : all.subList(1, 3)) {
            assertThat(docx.value(later, "count(w:titlePg)")).isEqualTo("0");
            assertThat(docx.value(later, "count(w:headerReference | w:footerReference[@w:type='first'])")).isEqualTo("0");
        }
    }

    private static String footerId(DocxInspector docx, String part) {
        String target = part.substring("word/".length());
        return docx.value("word/_rels/document.xml.rels", "//*[@Target='" + target + "']/@Id");
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
