package io.gongwen.docx.write;

import io.gongwen.Length;
import io.gongwen.OfficialDocument;
import io.gongwen.Table;
import io.gongwen.testing.DocxInspector;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The author's page breaks as {@code w:pageBreakBefore}, and a landscape stretch as a section of its own. */
class PageBreakXmlTest {
    private static final String DOC = "word/document.xml";

    private static OfficialDocument.Builder notice() {
        return OfficialDocument.builder().title("关于做好农村公路养护工作的通知").paragraph("第一页的正文。");
    }

    @Test
    void the_paragraph_after_a_break_starts_a_new_page_whatever_it_is() throws IOException {
        DocxInspector docx = new DocxInspector(notice()
                .pageBreak().paragraph("正文。")
                .pageBreak().section("标题", s -> s.pageBreak().runIn("分标题。", "其后的正文。"))
                .pageBreak().article("第一条", "条文。")
                .pageBreak().chapter("第二章", "附则")
                .pageBreak().image(png(), Length.mm(40), Length.mm(30))
                .build().toBytes());

        assertThat(docx.elements(DOC, "//w:p[w:pPr/w:pageBreakBefore]")).extracting(p -> p.getTextContent())
                .containsExactly("正文。", "一、标题", "（一）分标题。其后的正文。", "第一条\u3000条文。", "第二章\u3000附则", "");
        assertThat(docx.count(DOC, "//w:p[w:pPr/w:pageBreakBefore][.//w:drawing]")).isEqualTo(1);
        // a heading keeps its style and keepNext beside the break
        assertThat(docx.count(DOC, "//w:p[w:pPr/w:pageBreakBefore][w:pPr/w:keepNext][w:pPr/w:pStyle]")).isEqualTo(1);
        // and only those: the body's other paragraphs are untouched, no break is written as w:br
        assertThat(docx.count(DOC, "//w:pageBreakBefore")).isEqualTo(6);
        assertThat(docx.count(DOC, "//w:br[@w:type='page']")).isZero();
        assertThat(docx.sections()).hasSize(1);
    }

    @Test
    void a_table_after_a_break_follows_an_empty_one_point_paragraph_that_starts_the_page() {
        DocxInspector docx = new DocxInspector(notice().pageBreak()
                .table(Table.builder().columns(1, 1).row("甲", "乙").build()).build().toBytes());

        Element before = docx.elements(DOC, "//w:tbl/preceding-sibling::w:p[1]").get(0);
        assertThat(docx.count(DOC, "//w:tbl/preceding-sibling::w:p[1]/w:pPr/w:pageBreakBefore")).isEqualTo(1);
        assertThat(docx.value(before, "w:pPr/w:spacing/@w:line")).isEqualTo("20");
        assertThat(before.getTextContent()).isEmpty();
    }

    @Test
    void a_landscape_stretch_is_a_turned_section_with_the_turned_footers_and_its_tables_turned_width() {
        DocxInspector docx = new DocxInspector(notice()
                .landscape(l -> l.paragraph("横页的说明。").table(Table.builder().columns(1, 1).row("甲", "乙").build())
                        .pageBreak().paragraph("第二张横页。"))
                .paragraph("回到竖页。")
                .build().toBytes());
        List<Element> sections = docx.sections();

        assertThat(sections).extracting(s -> docx.value(s, "w:pgSz/@w:orient")).containsExactly("", "landscape", "");
        Element turned = sections.get(1);
        assertThat(docx.value(turned, "w:pgSz/@w:w")).isEqualTo("16838");
        assertThat(docx.value(turned, "w:pgSz/@w:h")).isEqualTo("11906");
        // the margins turned as a landscape table's: the turned text block covers the portrait one
        assertThat(docx.value(turned, "w:pgMar/@w:top")).isEqualTo("1587");
        assertThat(docx.value(turned, "w:pgMar/@w:left")).isEqualTo("1984");
        assertThat(docx.value(turned, "w:footerReference[@w:type='default']/@r:id")).isNotIn("rId3", "rId4");
        assertThat(docx.count(DOC, "//w:pgNumType")).as("numbering runs on").isZero();
        assertThat(docx.value(DOC, "//w:tbl/w:tblPr/w:tblW/@w:w")).isEqualTo(Long.toString(16838 - 1984 - 2098));
        // the stretch's paragraphs lie in the turned section: after the portrait one's end, up to its own
        assertThat(docx.value(DOC, "count(//w:p[.//w:t='横页的说明。']/preceding-sibling::w:p[w:pPr/w:sectPr])"))
                .isEqualTo("1");
        assertThat(docx.value(DOC, "count(//w:p[.//w:t='第二张横页。']/following-sibling::w:p[1]/w:pPr/w:sectPr"
                + "/w:pgSz[@w:orient='landscape'])")).isEqualTo("1");
        assertThat(docx.count(DOC, "//w:p[.//w:t='第二张横页。']/w:pPr/w:pageBreakBefore")).isEqualTo(1);
    }

    @Test
    void a_landscape_table_in_a_stretch_shares_its_section() {
        DocxInspector docx = new DocxInspector(notice()
                .landscape(l -> l.paragraph("说明。").table(Table.builder().columns(1, 1).row("甲", "乙").landscape().build())
                        .paragraph("表后。"))
                .paragraph("回到竖页。")
                .build().toBytes());

        assertThat(docx.sections()).extracting(s -> docx.value(s, "w:pgSz/@w:orient")).containsExactly("", "landscape", "");
    }

    @Test
    void the_page_tracker_counts_the_breaks_for_the_colophon_on_an_even_page() {
        // one page of text: the colophon goes to the next page (even) with a page break before it
        DocxInspector one = new DocxInspector(notice().copyTo("县委办公室").build().toBytes());
        // broken onto a second, even page: the colophon stands at its foot with no break before it
        DocxInspector two = new DocxInspector(notice().pageBreak().paragraph("第二页。").copyTo("县委办公室").build().toBytes());
        // a third page, turned: landscape, then portrait again on page 4, where the colophon fits
        DocxInspector four = new DocxInspector(notice().pageBreak().paragraph("第二页。")
                .landscape(l -> l.paragraph("第三页。")).paragraph("第四页。").copyTo("县委办公室").build().toBytes());

        assertThat(one.count(DOC, "//w:br[@w:type='page']")).isEqualTo(1);
        assertThat(two.count(DOC, "//w:br[@w:type='page']")).isZero();
        assertThat(four.count(DOC, "//w:br[@w:type='page']")).isZero();
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
