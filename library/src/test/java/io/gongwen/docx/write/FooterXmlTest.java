package io.gongwen.docx.write;

import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.Documents;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Page numbers "— 1 —": 4号 宋体, odd right, even left, one character in (spec §8). */
class FooterXmlTest {
    private static final String ODD = "word/footer1.xml";
    private static final String EVEN = "word/footer2.xml";

    private final DocxInspector docx = new DocxInspector(Documents.everyElement().toBytes());

    @Test
    void prints_em_dashes_around_a_page_field() {
        for (String part : new String[] {ODD, EVEN}) {
            assertThat(docx.elements(part, "/w:ftr/w:p/w:r/w:t").stream().map(e -> e.getTextContent()))
                    .as(part).containsExactly("\u2014 ", "1", " \u2014");
            assertThat(docx.value(part, "/w:ftr/w:p/w:r/w:instrText")).isEqualTo(" PAGE ");
            assertThat(docx.elements(part, "/w:ftr/w:p/w:r/w:fldChar").stream()
                    .map(e -> e.getAttributeNS(DocxInspector.W, "fldCharType")))
                    .containsExactly("begin", "separate", "end");
            assertThat(docx.value(part, "/w:ftr/w:p/w:pPr/w:pStyle/@w:val")).isEqualTo("Footer");
        }
    }

    @Test
    void puts_odd_numbers_right_and_even_numbers_left_one_character_in() {
        assertThat(docx.value(ODD, "/w:ftr/w:p/w:pPr/w:jc/@w:val")).isEqualTo("right");
        assertThat(docx.value(ODD, "/w:ftr/w:p/w:pPr/w:ind/@w:right")).isEqualTo("280");
        assertThat(docx.value(ODD, "/w:ftr/w:p/w:pPr/w:ind/@w:left")).isEqualTo("0");
        assertThat(docx.value(EVEN, "/w:ftr/w:p/w:pPr/w:jc/@w:val")).isEqualTo("left");
        assertThat(docx.value(EVEN, "/w:ftr/w:p/w:pPr/w:ind/@w:left")).isEqualTo("280");
        assertThat(docx.value(EVEN, "/w:ftr/w:p/w:pPr/w:ind/@w:right")).isEqualTo("0");
    }

    @Test
    void takes_its_type_from_the_footer_style_off_the_grid() {
        assertThat(docx.style("Footer", "w:rPr/w:rFonts/@w:eastAsia")).isEqualTo("宋体");
        assertThat(docx.style("Footer", "w:rPr/w:sz/@w:val")).isEqualTo("28");
        assertThat(docx.style("Footer", "w:pPr/w:snapToGrid/@w:val")).isEqualTo("0");
        assertThat(docx.style("Footer", "w:pPr/w:spacing/@w:lineRule")).isEqualTo("auto");
        assertThat(docx.style("Footer", "w:basedOn/@w:val")).isEmpty();
    }
}
