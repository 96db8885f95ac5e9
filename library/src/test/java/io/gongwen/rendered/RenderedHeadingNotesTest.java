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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The POI-made notice whose headings carry footnotes, reformatted and rendered by LibreOffice: the
 * four notes at the foot of the first page in the order of their marks, in the note size, and the
 * mark of 一、总体要求 raised and smaller right after the heading's last character.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedHeadingNotesTest {
    private static Path dir;
    private static List<Page> pages;

    @BeforeAll
    static void render() throws Exception {
        Path soffice = ExternalTools.soffice().orElse(null);
        if (soffice == null) {
            return;
        }
        dir = Files.createTempDirectory("gongwen-heading-notes");
        Path pdf = LibreOffice.reformatted(soffice, NotedDocx.headingNotice(), DocxReader.standard(), "notice", dir);
        pages = RenderedPdf.read(pdf);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    @Test
    void prints_the_heading_notes_at_the_foot_of_the_page_in_order_in_the_note_size() {
        Page first = pages.get(0);
        List<Line> body = TextBlock.body(first).stream().filter(l -> l.sizePt() >= 15.5).toList();
        double previous = body.get(body.size() - 1).baseline();
        for (String text : NotedDocx.HEADING_FOOTNOTES) {
            Line note = line(first, text.substring(0, 6));
            assertThat(note.baseline()).as(text).isGreaterThan(previous).isLessThan(TextBlock.BOTTOM);
            assertThat(note.glyphs().stream().filter(g -> !g.text().isBlank() && !g.text().matches("\\d")))
                    .allSatisfy(g -> assertThat(g.sizePt()).as(text).isCloseTo(12, within(0.1)));
            previous = note.baseline();
        }
    }

    @Test
    void prints_the_mark_raised_and_smaller_after_the_heading_in_the_heading_face() {
        Line heading = line(pages.get(0), "一、总体要求");
        List<Glyph> glyphs = heading.glyphs();
        Glyph last = glyphs.stream().filter(g -> g.text().equals("求")).findFirst().orElseThrow();
        // the raised mark has a baseline of its own: looked for among all the page's glyphs
        Glyph mark = pages.get(0).lines().stream().flatMap(l -> l.glyphs().stream())
                .filter(g -> g.text().equals("1") && Math.abs(g.x() - (last.x() + last.width())) < 1
                        && Math.abs(g.baseline() - last.baseline()) < 3).findFirst()
                .orElseThrow(() -> new AssertionError("no mark after " + heading.text()));
        assertThat(mark.x()).isCloseTo(last.x() + last.width(), within(1.0));
        assertThat(mark.sizePt()).isLessThan(last.sizePt());
        assertThat(mark.baseline()).as("raised").isLessThan(last.baseline());
        assertThat(last.sizePt()).isCloseTo(16, within(0.1));
        // the heading keeps its face: the same font as the second level-one heading, which has its mark inside
        Glyph other = line(pages.get(0), "二、数字化").glyphs().get(0);
        assertThat(glyphs.get(0).font()).isEqualTo(other.font());
    }

    private static Line line(Page page, String start) {
        return page.lines().stream().filter(l -> l.text().replaceAll("^\\d+\\s*", "").startsWith(start)
                        || l.text().contains(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + start + " on page " + page.number() + ": "
                        + page.lines().stream().map(Line::text).toList()));
    }
}
