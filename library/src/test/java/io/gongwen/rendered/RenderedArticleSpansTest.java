package io.gongwen.rendered;

import io.gongwen.rendered.RenderedPdf.Glyph;
import io.gongwen.rendered.RenderedPdf.Line;
import io.gongwen.rendered.RenderedPdf.Page;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import io.gongwen.testing.NotedDocx;
import io.gongwen.text.DocxReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.gongwen.rendered.RenderedPdf.after;
import static io.gongwen.rendered.RenderedPdf.rightOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The raw-POI measures (articles and chapter titles with subscripts, a superscript and footnotes) and
 * notice (headings with a subscript and a superscript), reformatted and rendered by LibreOffice: the
 * raised and lowered characters printed raised and lowered and smaller, in articles, chapter titles and
 * headings alike; the footnotes of an article and of a chapter's title at the foot of the page in 12 pt.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedArticleSpansTest {
    private static Path dir;
    private static List<Page> regulation;
    private static List<Page> notice;

    @BeforeAll
    static void render() throws Exception {
        Path soffice = ExternalTools.soffice().orElse(null);
        if (soffice == null) {
            return;
        }
        dir = Files.createTempDirectory("gongwen-article-spans");
        Path regulationIn = dir.resolve("regulation-in.docx");
        Files.write(regulationIn, NotedDocx.regulation());
        Path noticeIn = dir.resolve("notice-in.docx");
        Files.write(noticeIn, NotedDocx.headingSpans());
        Path regulationDocx = dir.resolve("regulation.docx");
        DocxReader.standard().read(regulationIn).document().writeTo(regulationDocx);
        Path noticeDocx = dir.resolve("notice.docx");
        DocxReader.standard().read(noticeIn).document().writeTo(noticeDocx);
        List<Path> pdfs = LibreOffice.toPdf(soffice, List.of(regulationDocx, noticeDocx), dir);
        regulation = RenderedPdf.read(pdfs.get(0));
        notice = RenderedPdf.read(pdfs.get(1));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    @Test
    void prints_an_articles_subscript_lowered_and_superscript_raised_in_a_smaller_size() {
        List<Glyph> glyphs = glyphs(regulation.get(0));
        Glyph o = scripted(glyphs, false, "（", "C", "O");
        assertThat(o.sizePt()).isCloseTo(16, within(0.1));
        scripted(glyphs, true, "以", "m");
    }

    @Test
    void prints_a_chapter_titles_subscript_lowered_in_the_chapters_face() {
        scripted(glyphs(regulation.get(0)), false, "章", "C", "O");
        Glyph chapter = line(regulation.get(0), "第二章").glyphs().get(0);
        assertThat(chapter.font()).isEqualTo(line(regulation.get(0), "第一章").glyphs().get(0).font());
    }

    @Test
    void prints_the_footnotes_of_an_article_and_of_a_chapter_title_at_the_foot_of_the_page_in_12_pt() {
        Page first = regulation.get(0);
        List<Line> body = TextBlock.body(first).stream().filter(l -> l.sizePt() >= 15.5).toList();
        double previous = body.get(body.size() - 1).baseline();
        for (String text : NotedDocx.REGULATION_FOOTNOTES) {
            Line note = line(first, text.substring(0, 6));
            assertThat(note.baseline()).as(text).isGreaterThan(previous).isLessThan(TextBlock.BOTTOM);
            assertThat(note.glyphs().stream().filter(g -> !g.text().isBlank() && !g.text().matches("\\d")))
                    .allSatisfy(g -> assertThat(g.sizePt()).as(text).isCloseTo(12, within(0.1)));
            previous = note.baseline();
        }
        // AND the article's mark, "1", is raised and smaller right after 《……法》
        List<Glyph> glyphs = glyphs(first);
        Glyph close = glyphs.stream().filter(g -> g.text().equals("》")).findFirst().orElseThrow();
        Glyph mark = rightOf(glyphs, close, "1");
        assertThat(mark.sizePt()).isLessThan(close.sizePt());
        assertThat(mark.baseline()).as("raised").isLessThan(close.baseline());
    }

    @Test
    void prints_a_headings_subscript_lowered_and_a_run_in_headings_superscript_raised() {
        List<Glyph> glyphs = glyphs(notice.get(0));
        scripted(glyphs, false, "、", "C", "O");
        scripted(glyphs, true, "制", "m");
    }

    /**
     * Asserts that the "2" printed right after the glyphs {@code before} is smaller than the last of them
     * and raised (a smaller baseline is higher on the page) or lowered; returns that last glyph.
     */
    private static Glyph scripted(List<Glyph> glyphs, boolean raised, String... before) {
        Glyph base = after(glyphs, before);
        Glyph two = rightOf(glyphs, base, "2");
        assertThat(two.sizePt()).as(String.join("", before) + "2").isLessThan(base.sizePt());
        if (raised) {
            assertThat(two.baseline()).as("raised").isLessThan(base.baseline());
        } else {
            assertThat(two.baseline()).as("lowered").isGreaterThan(base.baseline());
        }
        return base;
    }

    private static List<Glyph> glyphs(Page page) {
        return page.lines().stream().flatMap(l -> l.glyphs().stream()).toList();
    }

    private static Line line(Page page, String start) {
        return page.lines().stream().filter(l -> l.text().contains(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + start + " on page " + page.number() + ": "
                        + page.lines().stream().map(Line::text).toList()));
    }
}
