package io.gongwen.rendered;

import io.gongwen.rendered.RenderedPdf.Glyph;
import io.gongwen.rendered.RenderedPdf.Line;
import io.gongwen.rendered.RenderedPdf.Page;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.FormattedTableDocx;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
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
 * A report whose table cells are formatted and carry a footnote (made with raw POI,
 * {@link FormattedTableDocx}), reformatted, as LibreOffice renders it: the cell's m² raised and CO₂
 * lowered in a smaller size, the footnote's mark raised after 合计 and the note at the foot of the
 * page, in 12 pt, inside the text block.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedTableCellsTest {
    private static Path dir;
    private static List<Page> pages;

    @BeforeAll
    static void render() throws Exception {
        Path soffice = ExternalTools.soffice().orElse(null);
        if (soffice == null) {
            return;
        }
        dir = Files.createTempDirectory("gongwen-cells");
        Path pdf = LibreOffice.reformatted(soffice, FormattedTableDocx.report(), DocxReader.standard(), "report", dir);
        pages = RenderedPdf.read(pdf);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    @Test
    void prints_a_cells_superscript_raised_and_subscript_lowered_in_a_smaller_size() {
        List<Glyph> glyphs = pages.get(0).lines().stream().flatMap(l -> l.glyphs().stream()).toList();
        Glyph m = after(glyphs, "（", "m");
        Glyph squared = rightOf(glyphs, m, "2");
        assertThat(squared.sizePt()).isLessThan(m.sizePt());
        assertThat(squared.baseline()).as("raised").isLessThan(m.baseline());
        Glyph o = after(glyphs, "C", "O");
        Glyph two = rightOf(glyphs, o, "2");
        assertThat(two.sizePt()).isLessThan(o.sizePt());
        assertThat(two.baseline()).as("lowered").isGreaterThan(o.baseline());
    }

    @Test
    void prints_the_cells_footnote_mark_raised_and_the_note_at_the_foot_of_the_page() {
        Page first = pages.get(0);
        List<Glyph> glyphs = first.lines().stream().flatMap(l -> l.glyphs().stream()).toList();
        Glyph ji = after(glyphs, "合", "计");
        Glyph mark = rightOf(glyphs, ji, "1");
        assertThat(mark.baseline()).as("the mark raised").isLessThan(ji.baseline());

        Line note = first.lines().stream().filter(l -> l.text().contains("含县本级和各乡镇")).findFirst()
                .orElseThrow(() -> new AssertionError("no footnote on page 1"));
        Line last = first.lines().stream().filter(l -> l.text().startsWith("2021年1月15日")).findFirst().orElseThrow();
        assertThat(note.baseline()).as("below the body's last line").isGreaterThan(last.baseline());
        assertThat(note.baseline()).as("inside the text block").isLessThan(TextBlock.BOTTOM);
        assertThat(note.baseline()).as("at the block's foot").isGreaterThan(TextBlock.BOTTOM - 15);
        assertThat(note.glyphs().stream().filter(g -> g.text().equals("县"))).allSatisfy(g ->
                assertThat(g.sizePt()).isCloseTo(12, within(0.1)));
    }

    /** The glyph {@code second} right after a glyph {@code first}. */
    private static Glyph after(List<Glyph> glyphs, String first, String second) {
        for (int i = 1; i < glyphs.size(); i++) {
            if (glyphs.get(i - 1).text().equals(first) && glyphs.get(i).text().equals(second)) {
                return glyphs.get(i);
            }
        }
        throw new AssertionError("no " + first + second + " on the page");
    }

    /** The glyph {@code text} printed right after {@code g}, raised or lowered (a line of its own to the PDF reader). */
    private static Glyph rightOf(List<Glyph> glyphs, Glyph g, String text) {
        return glyphs.stream().filter(x -> x.text().equals(text) && Math.abs(x.x() - (g.x() + g.width())) < 0.5
                        && Math.abs(x.baseline() - g.baseline()) < 3)
                .findFirst().orElseThrow(() -> new AssertionError("no " + text + " right after " + g));
    }
}
