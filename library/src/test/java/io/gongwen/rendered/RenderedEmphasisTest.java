package io.gongwen.rendered;

import io.gongwen.check.TextChecker;
import io.gongwen.rendered.RenderedPdf.Glyph;
import io.gongwen.rendered.RenderedPdf.Line;
import io.gongwen.rendered.RenderedPdf.Page;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.ForeignDocx;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 总结 with bold lead-ins, superscripts and subscripts, reformatted as {@code gongwen format} does,
 * as LibreOffice renders it: the raised and lowered characters are printed raised and lowered, and the
 * pages of plain body text keep 22 lines of 28 characters.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedEmphasisTest {
    private static Path dir;
    private static List<Page> pages;

    @BeforeAll
    static void render() throws Exception {
        Path soffice = ExternalTools.soffice().orElse(null);
        if (soffice == null) {
            return;
        }
        dir = Files.createTempDirectory("gongwen-emphasis");
        Path pdf = LibreOffice.reformatted(soffice, ForeignDocx.summaryWithEmphasis(), DocxReader.builder().paragraphText(TextChecker::applySafeFixes).build(), "summary", dir);
        pages = RenderedPdf.read(pdf);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    @Test
    void prints_superscripts_raised_and_subscripts_lowered_in_a_smaller_size() {
        List<Glyph> glyphs = pages.get(0).lines().stream().flatMap(l -> l.glyphs().stream()).toList();
        Glyph ten = after(glyphs, "1", "0");
        Glyph four = rightOf(glyphs, ten, "4");
        assertThat(four.sizePt()).isLessThan(ten.sizePt());
        assertThat(four.baseline()).as("raised: a smaller baseline is higher on the page").isLessThan(ten.baseline());
        Glyph o = after(glyphs, "C", "O");
        Glyph two = rightOf(glyphs, o, "2");
        assertThat(two.sizePt()).isLessThan(o.sizePt());
        assertThat(two.baseline()).as("lowered").isGreaterThan(o.baseline());
    }

    @Test
    void keeps_22_lines_and_28_characters_where_the_body_is_plain() {
        int full = 0;
        List<Double> perLine = new ArrayList<>();
        for (Page page : pages.subList(0, pages.size() - 1)) {
            List<Line> body = TextBlock.body(page);
            if (body.stream().allMatch(l -> l.glyphs().stream().allMatch(g -> g.sizePt() == 16))) {
                assertThat(TextBlock.rows(body)).as("page %d: grid rows", page.number()).isEqualTo(22);
                full++;
            }
            body.stream().filter(TextBlock::isFull).forEach(l -> perLine.add(TextBlock.characters(l)));
        }
        assertThat(full).as("full pages of plain body text").isGreaterThanOrEqualTo(1);
        assertThat(perLine).allMatch(n -> n <= 28);
        Map<Double, Long> histogram = perLine.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(histogram.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()).isEqualTo(28);
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
