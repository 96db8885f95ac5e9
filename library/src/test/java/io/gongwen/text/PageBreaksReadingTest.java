package io.gongwen.text;

import io.gongwen.Block;
import io.gongwen.OfficialDocument;
import io.gongwen.PageBreak;
import io.gongwen.Paragraph;
import io.gongwen.Table;
import io.gongwen.testing.BrokenPagesDocx;
import io.gongwen.testing.DocxInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.gongwen.testing.BrokenPagesDocx.AFTER_BREAK;
import static io.gongwen.testing.BrokenPagesDocx.BACK;
import static io.gongwen.testing.BrokenPagesDocx.BEFORE;
import static io.gongwen.testing.BrokenPagesDocx.CACHED;
import static io.gongwen.testing.BrokenPagesDocx.FIRST;
import static io.gongwen.testing.BrokenPagesDocx.LANDSCAPE_FIRST;
import static io.gongwen.testing.BrokenPagesDocx.LANDSCAPE_LAST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the author broke on purpose survives reformatting (issue 15): an explicit page break stays a
 * page break, a landscape section of text stays landscape; Word's layout cache is no break.
 */
class PageBreaksReadingTest {
    private static final String DOC = "word/document.xml";

    private static Draft read(byte[] docx, Path dir) throws Exception {
        Path in = dir.resolve("in.docx");
        Files.write(in, docx);
        return DocxReader.standard().read(in);
    }

    /** The body with each table shown as "table" (landscape or not) and each paragraph as its text. */
    private static List<Object> shape(List<Block> body) {
        return body.stream().<Object>map(b -> b instanceof Paragraph p ? p.text()
                : b instanceof Table t ? (t.landscape() ? "landscape table" : "table") : b).toList();
    }

    @Test
    void keeps_a_page_break_and_a_landscape_section_of_text_and_ignores_the_layout_cache(@TempDir Path dir) throws Exception {
        // GIVEN a notice with a Ctrl+Enter break, a lastRenderedPageBreak, a landscape section of two
        // paragraphs and a table, and a paragraph with pageBreakBefore
        // WHEN it is read
        Draft draft = read(BrokenPagesDocx.notice(), dir);
        // THEN the body holds the breaks where they stood, the landscape section as a stretch, and
        // the table in it as a table of the stretch's pages (not a landscape table of its own)
        assertThat(shape(draft.document().body())).containsExactly(FIRST, PageBreak.PAGE, AFTER_BREAK, CACHED,
                PageBreak.LANDSCAPE, LANDSCAPE_FIRST, "table", LANDSCAPE_LAST, PageBreak.PORTRAIT, BACK,
                PageBreak.PAGE, BEFORE);
        assertThat(draft.document().closing().signatures()).hasSize(1);
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void writes_the_breaks_as_page_break_before_and_the_stretch_as_a_landscape_section(@TempDir Path dir) throws Exception {
        // GIVEN the notice read
        OfficialDocument doc = read(BrokenPagesDocx.notice(), dir).document();
        // WHEN it is written
        DocxInspector docx = new DocxInspector(doc.toBytes());
        // THEN the paragraphs after the breaks start new pages, and nothing else does in the body
        assertThat(docx.count(DOC, "//w:p[w:pPr/w:pageBreakBefore][.//w:t='" + AFTER_BREAK + "']")).isEqualTo(1);
        assertThat(docx.count(DOC, "//w:p[w:pPr/w:pageBreakBefore][.//w:t='" + BEFORE + "']")).isEqualTo(1);
        assertThat(docx.count(DOC, "//w:pageBreakBefore")).isEqualTo(2);
        assertThat(docx.count(DOC, "//w:br[@w:type='page']")).isZero();
        // AND the stretch is a section of its own, A4 turned, between two portrait ones
        List<Element> sections = docx.sections();
        assertThat(sections).extracting(s -> docx.value(s, "w:pgSz/@w:orient")).containsExactly("", "landscape", "");
        assertThat(sections).extracting(s -> docx.value(s, "w:pgSz/@w:w")).containsExactly("11906", "16838", "11906");
        assertThat(sections).extracting(s -> docx.value(s, "w:pgSz/@w:h")).containsExactly("16838", "11906", "16838");
        // the landscape section ends right after its last paragraph, and holds its first one and the table
        assertThat(docx.value(DOC, "count(//w:p[.//w:t='" + LANDSCAPE_LAST + "']/following-sibling::w:p[1]"
                + "/w:pPr/w:sectPr/w:pgSz[@w:orient='landscape'])")).isEqualTo("1");
        assertThat(docx.value(DOC, "count(//w:p[.//w:t='" + LANDSCAPE_FIRST + "']/preceding-sibling::w:p[1]"
                + "/w:pPr/w:sectPr/w:pgSz[not(@w:orient)])")).isEqualTo("1");
        // its table spans the turned text block: 297 mm less the margins, as a landscape table's
        assertThat(docx.value(DOC, "//w:tbl/w:tblPr/w:tblW/@w:w")).isEqualTo(Long.toString(16838 - 1984 - 2098));
    }

    @Test
    void a_document_with_breaks_and_a_landscape_stretch_reads_back_into_itself(@TempDir Path dir) throws Exception {
        // GIVEN a document built with a page break in a section, and in the next section a landscape
        // stretch of two paragraphs and a table, and a page break after it (what follows a section
        // is the section's, in a .docx as in a draft)
        OfficialDocument doc = OfficialDocument.builder()
                .title(BrokenPagesDocx.TITLE)
                .addressee("各乡镇人民政府")
                .paragraph(FIRST)
                .section("落实养护责任", s -> s.paragraph(AFTER_BREAK).pageBreak().paragraph(CACHED))
                .section("分配养护资金", s -> s
                        .landscape(l -> l
                                .paragraph(LANDSCAPE_FIRST)
                                .table(Table.builder().columns(1000, 1000, 1000).header("乡镇", "里程（公里）", "资金（万元）")
                                        .row("城关镇", "120", "36").build())
                                .paragraph(LANDSCAPE_LAST))
                        .paragraph(BACK)
                        .pageBreak()
                        .paragraph(BEFORE))
                .signature(BrokenPagesDocx.SIGNATURE)
                .date(java.time.LocalDate.of(2021, 3, 1))
                .build();
        Path written = dir.resolve("written.docx");
        doc.writeTo(written);
        // WHEN the written file is read
        Draft again = DocxReader.standard().read(written);
        // THEN it is the document it was written from
        assertThat(again.warnings()).isEmpty();
        assertThat(again.document().outline()).isEqualTo(doc.outline());
        assertThat(again.document()).isEqualTo(doc);
    }

    @Test
    void reads_its_own_reformatting_of_the_notice_as_it_read_the_notice(@TempDir Path dir) throws Exception {
        OfficialDocument doc = read(BrokenPagesDocx.notice(), dir).document();
        Path written = dir.resolve("written.docx");
        doc.writeTo(written);

        Draft again = DocxReader.standard().read(written);

        assertThat(again.warnings()).isEmpty();
        assertThat(shape(again.document().body())).isEqualTo(shape(doc.body()));
        assertThat(again.document().outline()).isEqualTo(doc.outline());
    }

    @Test
    void a_last_rendered_page_break_alone_is_no_break(@TempDir Path dir) throws Exception {
        Draft draft = read(BrokenPagesDocx.cachedBreakOnly(), dir);

        assertThat(shape(draft.document().body())).containsExactly(FIRST, CACHED, AFTER_BREAK);
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void breaks_between_title_and_body_in_the_closing_and_before_an_attachment(@TempDir Path dir) throws Exception {
        // GIVEN breaks before the body's first paragraph, before the date and before the attachment's label
        // WHEN read
        Draft draft = read(BrokenPagesDocx.breaksOutsideTheBody(), dir);
        OfficialDocument doc = draft.document();
        // THEN the document is recognised whole: the body starts on a new page after the title's ...
        assertThat(shape(doc.body())).containsExactly(PageBreak.PAGE, FIRST, AFTER_BREAK);
        assertThat(doc.closing().signatures()).hasSize(1);
        assertThat(doc.closing().date()).isPresent();
        assertThat(doc.attachments()).hasSize(1);
        // ... the attachment's break is the writer's own, not doubled ...
        assertThat(shape(doc.attachments().get(0).body())).containsExactly(CACHED);
        // ... and the one inside the closing, which the writer cannot keep, is reported where it stood
        assertThat(draft.warnings()).hasSize(1);
        assertThat(draft.warnings().get(0).message()).contains("page break before this paragraph is not kept");
        assertThat(draft.warnings().get(0).line()).isEqualTo(7);
        // AND written, only the body's break and the attachment's own start new pages
        DocxInspector docx = new DocxInspector(doc.toBytes());
        assertThat(docx.count(DOC, "//w:pageBreakBefore")).isEqualTo(2);
    }

    @Test
    void a_break_between_the_words_of_a_paragraph_starts_a_new_page_with_the_text_after_it(@TempDir Path dir) throws Exception {
        // GIVEN a paragraph with a page break between its words
        // WHEN it is read
        Draft draft = read(BrokenPagesDocx.breakInsideAParagraph(), dir);
        // THEN the text after the break is a paragraph of its own on a new page, and the warning says so
        assertThat(shape(draft.document().body())).containsExactly(FIRST, PageBreak.PAGE, AFTER_BREAK);
        assertThat(draft.warnings()).extracting(DraftWarning::line, DraftWarning::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "a page break stands between the words of this "
                        + "paragraph; the text after it is a paragraph of its own, on a new page"));
        // AND written, that paragraph starts the page, and read back the body is the same
        OfficialDocument doc = draft.document();
        DocxInspector docx = new DocxInspector(doc.toBytes());
        List<Element> breaking = docx.elements(DOC, "//w:p[w:pPr/w:pageBreakBefore]");
        assertThat(breaking).hasSize(1);
        assertThat(breaking.get(0).getTextContent()).isEqualTo(AFTER_BREAK);
        Path out = dir.resolve("out.docx");
        doc.writeTo(out);
        Draft again = DocxReader.standard().read(out);
        assertThat(again.document().body()).isEqualTo(doc.body());
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void a_break_after_a_line_break_starts_its_own_line_and_one_in_the_title_is_not_kept(@TempDir Path dir)
            throws Exception {
        // GIVEN a paragraph of a line, a line break, a line and a page break before a bold word; and
        // a title with a page break between its words
        // WHEN it is read
        Draft draft = read(BrokenPagesDocx.breaksAmongLines(), dir);
        // THEN the page breaks before the third line only, which keeps its bold word
        OfficialDocument doc = draft.document();
        assertThat(shape(doc.body())).containsExactly(FIRST, CACHED, PageBreak.PAGE, AFTER_BREAK, BACK);
        Paragraph after = (Paragraph) doc.body().get(3);
        assertThat(after.spans()).extracting(s -> after.text().substring(s.start(), s.end())).containsExactly("各乡镇");
        // AND the title is one title of two lines, its break not kept, with a warning at its paragraph
        assertThat(String.join("", doc.title())).isEqualTo("关于做好2021年农村公路养护工作的通知");
        assertThat(draft.warnings()).extracting(DraftWarning::line, DraftWarning::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "a page break stands between the words of this paragraph; it "
                        + "is not kept: it stands outside the body, and the text after it is read as after a line break"),
                org.assertj.core.groups.Tuple.tuple(3, "a page break stands between the words of this paragraph; the "
                        + "text after it is a paragraph of its own, on a new page"));
    }

    @Test
    void a_page_break_a_paragraph_style_sets_is_kept_and_one_switched_off_in_the_paragraph_is_not(@TempDir Path dir)
            throws Exception {
        // GIVEN a paragraph whose style's base style breaks the page, one with the same style that
        // switches the break off itself, and one whose style breaks nothing
        // WHEN read
        Draft draft = read(BrokenPagesDocx.breaksFromAStyle(), dir);
        // THEN only the first starts a new page
        assertThat(shape(draft.document().body())).containsExactly(FIRST, PageBreak.PAGE, AFTER_BREAK, CACHED, BACK);
        assertThat(draft.warnings()).isEmpty();
    }
}
