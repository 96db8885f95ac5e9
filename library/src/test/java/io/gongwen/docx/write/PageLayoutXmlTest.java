package io.gongwen.docx.write;

import io.gongwen.Length;
import io.gongwen.Specification;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.Documents;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The section geometry and the settings that the page depends on (spec §1, §2, §8). */
class PageLayoutXmlTest {
    private static final String DOC = "word/document.xml";
    private static final String SECT = "/w:document/w:body/w:sectPr/";

    private final DocxInspector docx = new DocxInspector(Documents.everyElement().toBytes());

    @Test
    void writes_an_a4_page_with_the_standards_margins() {
        assertThat(docx.value(DOC, SECT + "w:pgSz/@w:w")).isEqualTo("11906");
        assertThat(docx.value(DOC, SECT + "w:pgSz/@w:h")).isEqualTo("16838");
        assertThat(docx.value(DOC, SECT + "w:pgMar/@w:top")).isEqualTo("2098");
        assertThat(docx.value(DOC, SECT + "w:pgMar/@w:right")).isEqualTo("1474");
        assertThat(docx.value(DOC, SECT + "w:pgMar/@w:bottom")).isEqualTo("1984");
        assertThat(docx.value(DOC, SECT + "w:pgMar/@w:left")).isEqualTo("1587");
        assertThat(docx.value(DOC, SECT + "w:pgMar/@w:gutter")).isEqualTo("0");
    }

    @Test
    void writes_a_line_grid_of_28_95_points() {
        assertThat(docx.value(DOC, SECT + "w:docGrid/@w:type")).isEqualTo("lines");
        assertThat(docx.value(DOC, SECT + "w:docGrid/@w:linePitch")).isEqualTo("579");
        assertThat(docx.value(DOC, SECT + "w:docGrid/@w:charSpace")).isEmpty();
    }

    @Test
    void puts_the_footer_so_the_dashes_fall_7_mm_below_the_text_block() {
        // 35 mm − 7 mm − 0.58 × 14 pt = 25.14 mm = 1425 twips
        assertThat(docx.value(DOC, SECT + "w:pgMar/@w:footer")).isEqualTo("1425");
    }

    @Test
    void refers_to_an_odd_and_an_even_footer() {
        assertThat(docx.value(DOC, SECT + "w:footerReference[@w:type='default']/@r:id")).isEqualTo("rId3");
        assertThat(docx.value(DOC, SECT + "w:footerReference[@w:type='even']/@r:id")).isEqualTo("rId4");
        assertThat(new String(docx.bytes("word/_rels/document.xml.rels"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Id=\"rId3\"").contains("Target=\"footer1.xml\"")
                .contains("Id=\"rId4\"").contains("Target=\"footer2.xml\"");
    }

    @Test
    void turns_on_even_and_odd_footers_and_keeps_punctuation_uncompressed() {
        String settings = "word/settings.xml";
        assertThat(docx.count(settings, "/w:settings/w:evenAndOddHeaders")).isEqualTo(1);
        assertThat(docx.value(settings, "/w:settings/w:characterSpacingControl/@w:val")).isEqualTo("doNotCompress");
        assertThat(docx.value(settings, "/w:settings/w:themeFontLang/@w:eastAsia")).isEqualTo("zh-CN");
    }

    @Test
    void writes_overridden_geometry() {
        Specification spec = Specification.standard().toBuilder()
                .margins(Length.mm(30), Length.mm(25), Length.mm(30), Length.mm(25))
                .linePitch(Length.pt(28)).build();
        DocxInspector custom = new DocxInspector(Documents.everyElement(spec).toBytes());

        assertThat(custom.value(DOC, SECT + "w:pgMar/@w:top")).isEqualTo("1701");
        assertThat(custom.value(DOC, SECT + "w:pgMar/@w:left")).isEqualTo("1417");
        assertThat(custom.value(DOC, SECT + "w:docGrid/@w:linePitch")).isEqualTo("560");
        assertThat(custom.style("Normal", "w:pPr/w:spacing/@w:line")).isEqualTo("560");
    }
}
