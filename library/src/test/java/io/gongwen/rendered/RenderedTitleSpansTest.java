package io.gongwen.rendered;

import io.gongwen.rendered.RenderedPdf.Glyph;
import io.gongwen.rendered.RenderedPdf.Line;
import io.gongwen.rendered.RenderedPdf.Page;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import io.gongwen.testing.TitledDocx;
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
 * The raw-POI report whose title holds PM₂.₅, 10⁴ and a footnote, reformatted and rendered by
 * LibreOffice: the title's 2.5 printed lowered and its 4 raised, smaller, in the title's face; the
 * title's mark "1" raised after its last character; its note first at the foot of page 1, in 12 pt,
 * the body's note "2" after it.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedTitleSpansTest {
    private static final double TITLE_PT = 22;
    private static Path dir;
    private static List<Page> pages;

    @BeforeAll
    static void render() throws Exception {
        Path soffice = ExternalTools.soffice().orElse(null);
        if (soffice == null) {
            return;
        }
        dir = Files.createTempDirectory("gongwen-title-spans");
        Path pdf = LibreOffice.reformatted(soffice, TitledDocx.report(), DocxReader.standard(), "report", dir);
        pages = RenderedPdf.read(pdf);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    @Test
    void prints_the_titles_subscript_lowered_and_superscript_raised_smaller_in_the_titles_face() {
        List<Glyph> glyphs = glyphs(pages.get(0));
        Glyph m = after(glyphs, "P", "M");
        Glyph two = rightOf(glyphs, m, "2");
        assertThat(m.sizePt()).isCloseTo(TITLE_PT, within(0.1));
        assertThat(two.sizePt()).as("PM₂.₅").isLessThan(m.sizePt());
        assertThat(two.baseline()).as("lowered").isGreaterThan(m.baseline());
        Glyph zero = after(glyphs, "地", "1", "0");
        Glyph four = rightOf(glyphs, zero, "4");
        assertThat(four.sizePt()).as("10⁴").isLessThan(zero.sizePt());
        assertThat(four.baseline()).as("raised").isLessThan(zero.baseline());
        // in the title's own faces: the raised digit in the Latin face of the digits before it
        assertThat(four.font()).isEqualTo(zero.font());
        assertThat(after(glyphs, "关").font()).isEqualTo(after(glyphs, "报", "告").font());
    }

    @Test
    void prints_the_titles_note_first_at_the_foot_of_page_1_and_the_bodys_after_it() {
        Page first = pages.get(0);
        List<Glyph> glyphs = glyphs(first);
        // the title's mark, 1, raised and smaller after its last character
        Glyph end = after(glyphs, "报", "告");
        Glyph mark = rightOf(glyphs, end, "1");
        assertThat(mark.sizePt()).isLessThan(end.sizePt());
        assertThat(mark.baseline()).as("raised").isLessThan(end.baseline());
        // the notes below the body, the title's first, numbered 1 and 2, in 12 pt
        List<Line> body = TextBlock.body(first).stream().filter(l -> l.sizePt() >= 15.5).toList();
        double previous = body.get(body.size() - 1).baseline();
        String[] notes = {TitledDocx.TITLE_NOTE, TitledDocx.BODY_NOTE};
        for (int i = 0; i < notes.length; i++) {
            String text = notes[i];
            Line note = line(first, text.substring(0, 6));
            // the note's own number, raised before its text (a line of its own to the PDF reader)
            String number = Integer.toString(i + 1);
            assertThat(glyphs.stream().filter(g -> g.text().equals(number) && g.x() < note.left()
                    && g.x() > note.left() - 5 && Math.abs(g.baseline() - note.baseline()) < 3)).as(text).hasSize(1);
            assertThat(note.baseline()).as(notes[i]).isGreaterThan(previous).isLessThan(TextBlock.BOTTOM);
            assertThat(note.glyphs().stream().filter(g -> !g.text().isBlank() && !g.text().matches("\\d")))
                    .allSatisfy(g -> assertThat(g.sizePt()).as(text).isCloseTo(12, within(0.1)));
            previous = note.baseline();
        }
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
