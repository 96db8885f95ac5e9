package io.gongwen.rendered;

import io.gongwen.FormattedText;
import io.gongwen.OfficialDocument;
import io.gongwen.check.TextChecker;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Footnotes as LibreOffice renders what the writer wrote: the note's text at the foot of the page that
 * carries its mark, in the note size (小四, 12 pt) below the body's last line and inside the text
 * block, the mark raised and smaller in the body; the body's lines still on the 28.95 pt grid on that
 * page, and the pages without notes 22 lines of 28 characters. Also the POI-made notice of the reading
 * tests, reformatted: its four footnotes at the foot of its first page.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedNotesTest {
    private static final String FIRST = "2020年6月20日第十三届全国人民代表大会常务委员会第十九次会议修订。";
    private static final String LAST = "检查办法由县档案局另行制定。";
    private static Path dir;
    private static List<Page> pages;
    private static List<Page> notice;

    @BeforeAll
    static void render() throws Exception {
        Path soffice = ExternalTools.soffice().orElse(null);
        if (soffice == null) {
            return;
        }
        dir = Files.createTempDirectory("gongwen-notes");
        Path report = dir.resolve("report.docx");
        document().writeTo(report);
        Path in = dir.resolve("in.docx");
        Files.write(in, NotedDocx.notice());
        Path reformatted = dir.resolve("notice.docx");
        DocxReader.builder().paragraphText(TextChecker::applySafeFixes).build().read(in).document().writeTo(reformatted);
        List<Path> pdfs = LibreOffice.toPdf(soffice, List.of(report, reformatted), dir);
        pages = RenderedPdf.read(pdfs.get(0));
        notice = RenderedPdf.read(pdfs.get(1));
    }

    /** Six pages of body text, a footnote on the first page and one on the last, an endnote. */
    private static OfficialDocument document() {
        OfficialDocument.Builder b = OfficialDocument.builder().title("关于加强档案管理工作的通知")
                .paragraph(FormattedText.builder().text("根据《中华人民共和国档案法》").footnote(FIRST)
                        .text("，为进一步做好全县档案管理工作，现就有关事项通知如下。").build());
        for (int i = 0; i < 40; i++) {
            b.paragraph("各单位要高度重视档案工作，把档案工作纳入本单位工作计划，明确分管领导和专职人员，落实经费保障，"
                    + "确保档案收集齐全、整理规范、保管安全、利用便捷。");
        }
        return b.paragraph("各单位要定期开展档案安全检查，发现问题及时整改。").footnote(LAST)
                .paragraph("请各单位于每年年底前报送档案工作总结。").endnote("总结格式见县档案局网站。")
                .build();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    @Test
    void prints_a_footnote_at_the_foot_of_its_page_in_the_note_size_inside_the_text_block() {
        Page first = pages.get(0);
        Line note = line(first, FIRST);
        List<Line> body = bodyLines(first);

        assertThat(note.glyphs().stream().filter(g -> g.text().equals("修"))).allSatisfy(g ->
                assertThat(g.sizePt()).isCloseTo(12, within(0.1)));
        assertThat(note.baseline()).as("below the body's last line").isGreaterThan(body.get(body.size() - 1).baseline());
        assertThat(note.baseline()).as("inside the text block").isLessThan(TextBlock.BOTTOM);
        assertThat(note.left()).as("from the block's left edge").isCloseTo(TextBlock.LEFT, within(6.0));
        // the last footnote on the page of its mark, which is not the last page: LibreOffice gives the endnotes a page of their own
        Page marked = pages.stream().filter(p -> p.lines().stream().anyMatch(l -> l.text().startsWith("各单位要定期开展")))
                .findFirst().orElseThrow();
        assertThat(line(marked, LAST).baseline()).isGreaterThan(bodyLines(marked).get(bodyLines(marked).size() - 1).baseline());
        assertThat(line(pages.get(pages.size() - 1), "总结格式见县档案局网站。").sizePt()).isCloseTo(12, within(0.1));
    }

    @Test
    void prints_the_mark_raised_and_smaller_after_its_word() {
        List<Glyph> glyphs = pages.get(0).lines().stream().flatMap(l -> l.glyphs().stream()).toList();
        Glyph bracket = glyphs.stream().filter(g -> g.text().equals("》")).findFirst().orElseThrow();
        Glyph mark = glyphs.stream().filter(g -> g.text().equals("1") && Math.abs(g.x() - (bracket.x() + bracket.width())) < 1
                && Math.abs(g.baseline() - bracket.baseline()) < 3).findFirst()
                .orElseThrow(() -> new AssertionError("no mark after 》"));
        assertThat(mark.sizePt()).isLessThan(bracket.sizePt());
        assertThat(mark.baseline()).as("raised").isLessThan(bracket.baseline());
    }

    @Test
    void keeps_the_body_on_the_grid_above_the_notes_and_22_lines_of_28_characters_elsewhere() {
        List<Line> noted = bodyLines(pages.get(0)).stream().filter(l -> l.sizePt() == 16).toList();
        for (int i = 1; i < noted.size(); i++) {
            double rows = (noted.get(i).baseline() - noted.get(i - 1).baseline()) / TextBlock.PITCH_MM;
            assertThat(rows).as("rows between lines %d and %d on the page with a note", i - 1, i)
                    .isCloseTo(Math.rint(rows), within(0.02));
        }
        assertThat(TextBlock.rows(noted)).as("the body's rows above the note").isBetween(17, 21);
        int full = 0;
        List<Double> perLine = new ArrayList<>();
        for (Page page : pages.subList(1, pages.size() - 1)) {
            List<Line> body = TextBlock.body(page);
            if (body.stream().allMatch(l -> l.sizePt() == 16)) {
                assertThat(TextBlock.rows(body)).as("page %d: grid rows", page.number()).isEqualTo(22);
                full++;
            }
            body.stream().filter(TextBlock::isFull).forEach(l -> perLine.add(TextBlock.characters(l)));
        }
        assertThat(full).as("full pages without notes").isGreaterThanOrEqualTo(3);
        assertThat(perLine).allMatch(n -> n <= 28);
        Map<Double, Long> histogram = perLine.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(histogram.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()).isEqualTo(28);
    }

    @Test
    void the_reformatted_notice_prints_its_four_footnotes_at_the_foot_of_its_first_page_in_order() {
        Page first = notice.get(0);
        double last = bodyLines(first).get(bodyLines(first).size() - 1).baseline();
        double previous = last;
        for (String text : NotedDocx.FOOTNOTES) {
            Line note = line(first, text.substring(0, 6));
            assertThat(note.baseline()).as(text).isGreaterThan(previous).isLessThan(TextBlock.BOTTOM);
            previous = note.baseline();
        }
    }

    /** The body's lines: 16 pt text inside the block (the notes are 12 pt). */
    private static List<Line> bodyLines(Page page) {
        return TextBlock.body(page).stream().filter(l -> l.glyphs().stream().filter(g -> !g.text().isBlank())
                .mapToDouble(Glyph::sizePt).max().orElse(0) >= 15.5).toList();
    }

    private static Line line(Page page, String start) {
        return page.lines().stream().filter(l -> l.text().replaceAll("^\\d+\\s*", "").startsWith(start)
                        || l.text().contains(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + start + " on page " + page.number() + ": "
                        + page.lines().stream().map(Line::text).toList()));
    }
}
