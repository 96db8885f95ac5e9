package io.gongwen.docx.write;

import io.gongwen.DocumentElement;
import io.gongwen.Font;
import io.gongwen.Specification;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The named styles: faces per script, sizes, spacing, indents, outline levels (spec §2.4, §3, §13 items 1–3). */
class StylesXmlTest {
    private static final String STYLES = "word/styles.xml";

    private final DocxInspector docx = new DocxInspector(Documents.everyElement().toBytes());

    @ParameterizedTest(name = "{0}: {1} {2} half-points")
    @CsvSource({
            "Normal,   仿宋_GB2312,    32",
            "Title,    方正小标宋简体, 44",
            "Heading1, 黑体,           32",
            "Heading2, 楷体_GB2312,    32",
            "Heading3, 仿宋_GB2312,    32",
            "Heading4, 仿宋_GB2312,    32",
            "Footer,   宋体,           28",
            "BodyTextChar, 仿宋_GB2312, 32",
    })
    void sets_face_per_script_and_size_for_each_element(String style, String eastAsia, String size) {
        assertThat(docx.style(style, "w:rPr/w:rFonts/@w:eastAsia")).isEqualTo(eastAsia);
        String latin = style.equals("Footer") ? "宋体" : "Times New Roman";
        assertThat(docx.style(style, "w:rPr/w:rFonts/@w:ascii")).isEqualTo(latin);
        assertThat(docx.style(style, "w:rPr/w:rFonts/@w:hAnsi")).isEqualTo(latin);
        assertThat(docx.style(style, "w:rPr/w:rFonts/@w:hint")).isEqualTo("eastAsia");
        assertThat(docx.style(style, "w:rPr/w:sz/@w:val")).isEqualTo(size);
        assertThat(docx.style(style, "w:rPr/w:szCs/@w:val")).isEqualTo(size);
        assertThat(docx.style(style, "w:rPr/w:b/@w:val")).isEqualTo("0");
    }

    @Test
    void uses_no_theme_fonts_anywhere() {
        String xml = new String(docx.bytes(STYLES), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(xml).doesNotContain("Theme");
        assertThat(docx.count("word/document.xml", "//w:rFonts")).isZero();
    }

    @Test
    void gives_normal_the_exact_pitch_condensed_spacing_and_a_two_character_indent() {
        assertThat(docx.value(STYLES, "/w:styles/w:style[@w:default='1']/@w:styleId")).isEqualTo("Normal");
        assertThat(docx.style("Normal", "w:pPr/w:spacing/@w:line")).isEqualTo("579");
        assertThat(docx.style("Normal", "w:pPr/w:spacing/@w:lineRule")).isEqualTo("exact");
        assertThat(docx.style("Normal", "w:pPr/w:spacing/@w:before")).isEqualTo("0");
        assertThat(docx.style("Normal", "w:pPr/w:spacing/@w:after")).isEqualTo("0");
        assertThat(docx.style("Normal", "w:pPr/w:ind/@w:firstLineChars")).isEqualTo("200");
        assertThat(docx.style("Normal", "w:pPr/w:ind/@w:firstLine")).isEqualTo("640");
        assertThat(docx.style("Normal", "w:pPr/w:jc/@w:val")).isEqualTo("both");
        assertThat(docx.style("Normal", "w:pPr/w:adjustRightInd/@w:val")).isEqualTo("0");
        assertThat(docx.style("Normal", "w:pPr/w:autoSpaceDE/@w:val")).isEqualTo("0");
        assertThat(docx.style("Normal", "w:pPr/w:autoSpaceDN/@w:val")).isEqualTo("0");
        assertThat(docx.style("Normal", "w:rPr/w:spacing/@w:val")).isEqualTo("-5");
    }

    @Test
    void names_heading_styles_as_word_built_ins_with_outline_levels() {
        for (int level = 1; level <= 4; level++) {
            String id = "Heading" + level;
            assertThat(docx.style(id, "w:name/@w:val")).isEqualTo("heading " + level);
            assertThat(docx.style(id, "w:pPr/w:outlineLvl/@w:val")).isEqualTo(Integer.toString(level - 1));
            assertThat(docx.style(id, "w:basedOn/@w:val")).isEqualTo("Normal");
        }
    }

    @Test
    void zeroes_the_indent_in_characters_and_twips_where_nothing_is_indented() {
        for (String id : new String[] {"Title", "Addressee", "Signature", "Date", "Footer"}) {
            assertThat(docx.style(id, "w:pPr/w:ind/@w:firstLineChars")).as(id).isEqualTo("0");
            assertThat(docx.style(id, "w:pPr/w:ind/@w:firstLine")).as(id).isEqualTo("0");
        }
    }

    @Test
    void centres_the_title_off_the_grid_and_right_aligns_signature_and_date() {
        assertThat(docx.style("Title", "w:pPr/w:jc/@w:val")).isEqualTo("center");
        assertThat(docx.style("Title", "w:pPr/w:snapToGrid/@w:val")).isEqualTo("0");
        assertThat(docx.style("Signature", "w:pPr/w:jc/@w:val")).isEqualTo("right");
        assertThat(docx.style("Date", "w:pPr/w:jc/@w:val")).isEqualTo("right");
        assertThat(docx.style("Note", "w:basedOn/@w:val")).isEqualTo("Normal");
    }

    @Test
    void names_every_style_once() {
        assertThat(docx.count(STYLES, "/w:styles/w:style")).isEqualTo(StyleId.values().length);
        assertThat(docx.elements(STYLES, "/w:styles/w:style").stream()
                .map(e -> e.getAttributeNS(DocxInspector.W, "styleId")).distinct().count()).isEqualTo(StyleId.values().length);
    }

    @Test
    void writes_overridden_faces_and_bold() {
        Specification spec = Specification.standard().toBuilder()
                .font(DocumentElement.BODY, Font.chinese("仿宋"))
                .bold(DocumentElement.HEADING_2, true).build();
        DocxInspector custom = new DocxInspector(Documents.everyElement(spec).toBytes());

        assertThat(custom.style("Normal", "w:rPr/w:rFonts/@w:eastAsia")).isEqualTo("仿宋");
        assertThat(custom.style("Heading2", "w:rPr/w:b/@w:val")).isEqualTo("1");
        assertThat(custom.style("Heading2", "w:rPr/w:bCs/@w:val")).isEqualTo("1");
    }
}
