package io.gongwen.rendered;

import io.gongwen.FormattedText;
import io.gongwen.NoteNumbering;
import io.gongwen.OfficialDocument;
import io.gongwen.rendered.RenderedPdf.Line;
import io.gongwen.rendered.RenderedPdf.Page;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Footnotes numbered again on each page ({@link NoteNumbering#eachPage()}), as LibreOffice prints what
 * the writer wrote: two notes on the first page, one on a later page, which is numbered 1 there;
 * numbered on through the document, the same note is 3.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedNoteNumberingTest {
    private static final String[] NOTES = {"2020年6月20日修订。", "见县档案局网站。", "检查办法另行制定。"};
    private static Path dir;
    private static List<Page> eachPage;
    private static List<Page> continuous;

    @BeforeAll
    static void render() throws Exception {
        Path soffice = ExternalTools.soffice().orElse(null);
        if (soffice == null) {
            return;
        }
        dir = Files.createTempDirectory("gongwen-note-numbering");
        Path a = dir.resolve("each-page.docx");
        Path b = dir.resolve("continuous.docx");
        document(NoteNumbering.eachPage()).writeTo(a);
        document(NoteNumbering.continuous()).writeTo(b);
        List<Path> pdfs = LibreOffice.toPdf(soffice, List.of(a, b), dir);
        eachPage = RenderedPdf.read(pdfs.get(0));
        continuous = RenderedPdf.read(pdfs.get(1));
    }

    /** Two notes in the first paragraph, a page and more of text, then a third note. */
    private static OfficialDocument document(NoteNumbering numbering) {
        OfficialDocument.Builder b = OfficialDocument.builder().title("关于加强档案管理工作的通知")
                .paragraph(FormattedText.builder().text("根据《中华人民共和国档案法》").footnote(NOTES[0])
                        .text("和有关规定").footnote(NOTES[1]).text("，现就有关事项通知如下。").build());
        for (int i = 0; i < 16; i++) {
            b.paragraph("各单位要高度重视档案工作，把档案工作纳入本单位工作计划，明确分管领导和专职人员，落实经费保障，"
                    + "确保档案收集齐全、整理规范、保管安全、利用便捷。");
        }
        return b.paragraph("各单位要定期开展档案安全检查，发现问题及时整改。").footnote(NOTES[2])
                .footnoteNumbering(numbering).build();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    @Test
    void each_pages_notes_start_at_1() {
        Page first = page(eachPage, NOTES[0]);
        Page later = page(eachPage, NOTES[2]);

        assertThat(later.number()).as("the third note is on a later page").isGreaterThan(first.number());
        assertThat(number(first, NOTES[0])).isEqualTo("1");
        assertThat(number(first, NOTES[1])).isEqualTo("2");
        assertThat(number(later, NOTES[2])).isEqualTo("1");
    }

    @Test
    void numbered_on_through_the_document_the_third_note_is_3() {
        // on a later page than the first, where numbering again on each page would give 1
        assertThat(page(continuous, NOTES[2]).number()).isGreaterThan(page(continuous, NOTES[0]).number());
        assertThat(number(page(continuous, NOTES[2]), NOTES[2])).isEqualTo("3");
    }

    /** The page whose foot carries the note. */
    private static Page page(List<Page> pages, String note) {
        return pages.stream().filter(p -> p.lines().stream().anyMatch(l -> l.text().contains(note))).findFirst()
                .orElseThrow(() -> new AssertionError("no page with " + note));
    }

    /**
     * The number printed before the note's text: the digits raised just left of its line (the mark in
     * the note is its own line of glyphs, on a higher baseline).
     */
    private static String number(Page page, String note) {
        Line line = page.lines().stream().filter(l -> l.text().contains(note)).findFirst().orElseThrow();
        StringBuilder digits = new StringBuilder();
        page.lines().stream().flatMap(l -> l.glyphs().stream())
                .filter(g -> g.text().matches("\\d") && g.x() < line.left() && line.left() - g.x() < 10
                        && g.baseline() <= line.baseline() + 0.5 && line.baseline() - g.baseline() < 4)
                .sorted(java.util.Comparator.comparingDouble(RenderedPdf.Glyph::x))
                .forEach(g -> digits.append(g.text()));
        assertThat(digits.toString()).as("the number before %s on page %d", note, page.number()).isNotEmpty();
        return digits.toString();
    }
}
