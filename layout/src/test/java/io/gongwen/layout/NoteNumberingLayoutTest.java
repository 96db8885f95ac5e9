package io.gongwen.layout;

import io.gongwen.NoteNumbering;
import io.gongwen.NoteNumbering.Format;
import io.gongwen.NoteNumbering.Restart;
import io.gongwen.OfficialDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Notes numbered as their {@link NoteNumbering} says, on the laid-out pages: each form in the mark
 * and before the note, from the first number given; again from it on each page (the number the
 * page the mark lands on gives it, the rest of a paragraph broken again where a page break changes
 * its numbers, a note run on keeping its own); again in each section, a landscape stretch being
 * one; and footnotes at the foot of a landscape stretch's turned pages.
 */
class NoteNumberingLayoutTest {
    private static final double MM = 72 / 25.4;
    private static final double RIGHT = (28 + 156) * MM;
    private static FontResolver fonts;

    @BeforeAll
    static void fonts() {
        fonts = StandInFonts.resolver();
    }

    private static List<Page> layOut(OfficialDocument doc) {
        return DocumentLayout.layOut(doc, fonts).pages();
    }

    private static NoteNumbering numbering(Restart restart, Format format, int start) {
        return new NoteNumbering(restart, format, start);
    }

    /** The body's raised runs of a page whose text is a footnote's (endnote marks are the last paragraphs'). */
    private static List<String> footnoteMarks(Page page) {
        List<String> marks = NumberedNotes.marks(page);
        return marks.subList(0, NumberedNotes.notes(page, LineRole.FOOTNOTE).size());
    }

    @Test
    void prints_each_form_in_the_mark_and_before_its_note_from_the_first_number() {
        record Case(Format format, int start, List<String> numbers) {
        }
        List<Case> cases = List.of(
                new Case(Format.DECIMAL_ENCLOSED_CIRCLE, 19, List.of("⑲", "⑳", "㉑")),
                new Case(Format.DECIMAL_ENCLOSED_CIRCLE, 49, List.of("㊾", "㊿", "51")),
                new Case(Format.CHINESE_COUNTING, 9, List.of("九", "十", "十一")),
                new Case(Format.LOWER_ROMAN, 3, List.of("iii", "iv", "v")),
                new Case(Format.UPPER_ROMAN, 8, List.of("VIII", "IX", "X")),
                new Case(Format.LOWER_LETTER, 25, List.of("y", "z", "aa")),
                new Case(Format.UPPER_LETTER, 1, List.of("A", "B", "C")),
                new Case(Format.DECIMAL_FULL_WIDTH, 9, List.of("９", "１０", "１１")),
                new Case(Format.IDEOGRAPH_TRADITIONAL, 9, List.of("壬", "癸", "11")),
                new Case(Format.CHICAGO, 3, List.of("‡", "§", "**")),
                new Case(Format.DECIMAL, 0, List.of("0", "1", "2")));
        for (Case c : cases) {
            // GIVEN three footnotes and two endnotes numbered in the form from the first number
            NoteNumbering n = numbering(Restart.CONTINUOUS, c.format(), c.start());
            // WHEN laid out
            List<Page> pages = layOut(NumberedNotes.oneEach(n, n, 3));
            // THEN the marks in the text and the numbers before the notes are the form's, the same
            Page page = pages.get(0);
            assertThat(NumberedNotes.marks(page)).as(c.toString())
                    .containsExactly(c.numbers().get(0), c.numbers().get(1), c.numbers().get(2), c.numbers().get(0),
                            c.numbers().get(1));
            assertThat(NumberedNotes.notes(page, LineRole.FOOTNOTE)).as(c.toString()).isEqualTo(c.numbers());
            assertThat(lines(page, LineRole.FOOTNOTE)).as(c.toString()).containsExactly(
                    c.numbers().get(0) + " 注1。", c.numbers().get(1) + " 注2。", c.numbers().get(2) + " 注3。");
            assertThat(lines(page, LineRole.ENDNOTE)).as(c.toString()).containsExactly(
                    c.numbers().get(0) + " 尾注一。", c.numbers().get(1) + " 尾注二。");
            // in a face that has the glyphs: none drawn as a missing glyph
            for (Line line : page.lines()) {
                for (Run r : line.runs()) {
                    for (int i = 0; i < r.length(); i++) {
                        assertThat(r.face().covers(r.codePoint(i))).as("%s: %s", c, line.text()).isTrue();
                    }
                }
            }
        }
    }

    private static List<String> lines(Page page, LineRole role) {
        return page.lines().stream().filter(l -> l.role() == role).map(Line::text).toList();
    }

    @Test
    void starts_again_from_the_first_number_on_each_page() {
        // GIVEN 30 one-line paragraphs with a footnote each, numbered again on each page
        List<Page> pages = layOut(NumberedNotes.oneEach(numbering(Restart.EACH_PAGE, Format.DECIMAL, 1),
                NoteNumbering.continuous(), 30));
        // THEN each page's marks are 1, 2, 3 … and its foot's notes the same numbers, 30 in all
        assertThat(pages).hasSizeGreaterThan(1);
        int all = 0;
        for (Page page : pages) {
            List<String> notes = NumberedNotes.notes(page, LineRole.FOOTNOTE);
            List<String> expected = IntStream.rangeClosed(1, notes.size()).mapToObj(Integer::toString).toList();
            assertThat(notes).as("page %d", page.index()).isEqualTo(expected);
            assertThat(footnoteMarks(page)).as("page %d", page.index()).isEqualTo(expected);
            all += notes.size();
        }
        assertThat(all).isEqualTo(30);
        assertThat(NumberedNotes.notes(pages.get(0), LineRole.FOOTNOTE)).hasSizeGreaterThan(5);
    }

    @Test
    void a_paragraph_over_a_page_break_numbers_each_mark_by_its_page_and_is_broken_again_with_those_numbers() {
        // GIVEN a paragraph of 12 sentences with a footnote after each, starting low on page one, its
        // notes numbered i, ii, iii again on each page; then a note of 17 lines and one more after it
        OfficialDocument doc = NumberedNotes.acrossPage(numbering(Restart.EACH_PAGE, Format.LOWER_ROMAN, 1), 4, 9, 12);
        List<Page> pages = layOut(doc);

        // THEN page one numbers its nine notes and the paragraph's first: i to x
        List<String> roman = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii");
        assertThat(NumberedNotes.notes(pages.get(0), LineRole.FOOTNOTE)).isEqualTo(roman.subList(0, 10));
        assertThat(NumberedNotes.marks(pages.get(0))).isEqualTo(roman.subList(0, 10));
        // page two from i again: the paragraph's other eleven marks and the long note's
        assertThat(NumberedNotes.marks(pages.get(1))).isEqualTo(roman);
        assertThat(NumberedNotes.notes(pages.get(1), LineRole.FOOTNOTE)).isEqualTo(roman);
        // the long note runs on to page three unnumbered there, before that page's own note, i
        Line carried = pages.get(2).lines().stream().filter(l -> l.role() == LineRole.FOOTNOTE).findFirst().orElseThrow();
        assertThat(carried.runs().get(0).risePt()).isZero();
        assertThat(NumberedNotes.notes(pages.get(2), LineRole.FOOTNOTE)).containsExactly("i");
        assertThat(NumberedNotes.marks(pages.get(2))).containsExactly("i");

        // the paragraph's lines on page two were broken with their page's numbers: each full line ends
        // on the block's right edge, and with the numbers counted on (xi, xii, …) they would differ
        List<Line> paragraph = new ArrayList<>();
        for (Page page : pages.subList(0, 2)) {
            page.lines().stream().filter(l -> l.role() == LineRole.BODY && l.text().contains("经费保")).forEach(paragraph::add);
        }
        assertThat(paragraph).hasSizeGreaterThan(8);
        for (Line line : paragraph) {
            if (line != paragraph.get(paragraph.size() - 1)) {
                assertThat(line.rightPt()).as(line.text()).isCloseTo(RIGHT, within(0.01));
            }
            assertThat(line.rightPt()).as(line.text()).isLessThanOrEqualTo(RIGHT + 0.01);
            for (int r = 1; r < line.runs().size(); r++) {
                assertThat(line.runs().get(r).x(0)).as(line.text()).isGreaterThanOrEqualTo(line.runs().get(r - 1).right() - 0.3);
            }
        }
        List<Page> counted = layOut(doc.toBuilder().footnoteNumbering(numbering(Restart.CONTINUOUS, Format.LOWER_ROMAN, 1)).build());
        assertThat(bodyLines(counted.get(1))).isNotEqualTo(bodyLines(pages.get(1)));
        // not a word lost or doubled: the text without the marks is the model's
        assertThat(unmarked(pages)).isEqualTo(unmarked(counted));
        assertThat(unmarked(pages)).contains(NumberedNotes.SENTENCE.repeat(12));
    }

    @Test
    void a_paragraph_of_many_pages_is_numbered_page_by_page_and_every_line_stays_whole() {
        // GIVEN one paragraph of 800 sentences (19,200 characters) with a footnote after each, numbered
        // again on each page: longer than the piece broken again at each page (1,536 code points)
        io.gongwen.FormattedText.Builder text = io.gongwen.FormattedText.builder();
        for (int i = 1; i <= 800; i++) {
            text.text(NumberedNotes.SENTENCE).footnote("注" + i + "。");
        }
        OfficialDocument doc = OfficialDocument.builder().title("关于工作的通知").paragraph(text.build())
                .footnoteNumbering(numbering(Restart.EACH_PAGE, Format.DECIMAL, 1)).build();
        // WHEN laid out
        List<Page> pages = layOut(doc);
        // THEN every page numbers its marks 1, 2, 3 … as its foot does, all 800 are there, each full line
        // ends on the block's edge and not a character is lost
        assertThat(pages).hasSizeGreaterThan(50);
        int all = 0;
        for (Page page : pages) {
            List<String> expected = IntStream.rangeClosed(1, NumberedNotes.marks(page).size()).mapToObj(Integer::toString)
                    .toList();
            assertThat(NumberedNotes.marks(page)).as("page %d", page.index()).isEqualTo(expected);
            assertThat(NumberedNotes.notes(page, LineRole.FOOTNOTE)).as("page %d", page.index()).isEqualTo(expected);
            all += expected.size();
            List<Line> body = page.lines().stream().filter(l -> l.role() == LineRole.BODY).toList();
            for (Line line : body) {
                if (page != pages.get(pages.size() - 1) || line != body.get(body.size() - 1)) {
                    assertThat(line.rightPt()).as("page %d: %s", page.index(), line.text()).isCloseTo(RIGHT, within(0.01));
                }
            }
        }
        assertThat(all).isEqualTo(800);
        assertThat(unmarked(pages)).isEqualTo("关于工作的通知" + NumberedNotes.SENTENCE.repeat(800));
    }

    private static List<String> bodyLines(Page page) {
        return page.lines().stream().filter(l -> l.role() == LineRole.BODY).map(Line::text).toList();
    }

    /** The body's text without the marks, page after page. */
    private static String unmarked(List<Page> pages) {
        StringBuilder b = new StringBuilder();
        for (Page page : pages) {
            for (Line line : page.lines()) {
                if (line.role() == LineRole.BODY || line.role() == LineRole.TITLE) {
                    line.runs().stream().filter(r -> r.risePt() == 0).forEach(r -> b.append(r.text()));
                }
            }
        }
        return b.toString();
    }

    @Test
    void numbers_again_in_each_section_a_landscape_stretch_being_one() {
        // GIVEN footnotes in circles and endnotes in Chinese, both again in each section, on a portrait
        // page, a landscape stretch and the portrait page after it
        NoteNumbering footnotes = numbering(Restart.EACH_SECTION, Format.DECIMAL_ENCLOSED_CIRCLE, 1);
        NoteNumbering endnotes = numbering(Restart.EACH_SECTION, Format.CHINESE_COUNTING, 1);
        List<Page> pages = layOut(NumberedNotes.landscape(footnotes, endnotes));

        // THEN each section's footnotes start at ① (as Word numbers the .docx's sections)
        assertThat(pages).extracting(Page::turned).containsExactly(false, true, false);
        assertThat(NumberedNotes.notes(pages.get(0), LineRole.FOOTNOTE)).containsExactly("①", "②");
        assertThat(NumberedNotes.notes(pages.get(1), LineRole.FOOTNOTE)).containsExactly("①", "②");
        assertThat(NumberedNotes.notes(pages.get(2), LineRole.FOOTNOTE)).containsExactly("①");
        // (the footnote's mark and the endnote's after it stand together, one raised run)
        assertThat(NumberedNotes.marks(pages.get(1))).containsExactly("①", "②一");
        // and the endnotes, one in each section, each 一, after the last text in order
        assertThat(lines(pages.get(2), LineRole.ENDNOTE)).containsExactly("一 尾注一。", "一 尾注二。", "一 尾注三。");
    }

    @Test
    void lays_out_footnotes_at_the_foot_of_a_landscape_stretchs_turned_page() {
        // GIVEN a landscape stretch with two footnotes between portrait pages, numbered on
        List<Page> pages = layOut(NumberedNotes.landscape(NoteNumbering.continuous(), NoteNumbering.continuous()));
        Page turned = pages.get(1);
        assertThat(turned.turned()).isTrue();
        // the turned block: 35 mm from the paper's (turned) left, 225 mm wide, 28 mm from its top, 156 mm high
        double left = 35 * MM;
        double right = left + 225 * MM;
        double top = 28 * MM;
        double bottom = top + 156 * MM;

        // THEN its notes are 3 and 4, at its own foot, the marks in its lines
        assertThat(lines(turned, LineRole.FOOTNOTE)).containsExactly("3 横注一。", "4 横注二。");
        assertThat(NumberedNotes.marks(turned)).containsExactly("3", "42");
        List<Line> notes = turned.lines().stream().filter(l -> l.role() == LineRole.FOOTNOTE).toList();
        Line last = notes.get(notes.size() - 1);
        double below = last.runs().stream().mapToDouble(r -> {
            double size = r.risePt() == 0 ? r.sizePt() : 12;
            return r.face().lineHeight(size) - r.face().ascent(size);
        }).max().orElseThrow();
        assertThat(last.baselinePt() + below).isCloseTo(bottom, within(0.1));
        for (Line line : turned.lines()) {
            if (line.role() != LineRole.PAGE_NUMBER) {
                assertThat(line.leftPt()).as(line.text()).isGreaterThanOrEqualTo(left - 0.01);
                assertThat(line.rightPt()).as(line.text()).isLessThanOrEqualTo(right + 0.01);
            }
        }
        // the separator a quarter of the turned block wide, from its left edge, above the first note
        Rule separator = turned.rules().stream().filter(r -> Math.abs(r.x2Pt() - r.x1Pt() - 225 * MM / 4) < 0.5)
                .findFirst().orElseThrow();
        assertThat(separator.x1Pt()).isCloseTo(left, within(0.01));
        assertThat(separator.y1Pt()).isLessThan(notes.get(0).baselinePt()).isGreaterThan(notes.get(0).baselinePt() - 20);
        // the body's rows on the grid from the turned block's top, the mark's line too
        List<Line> body = turned.lines().stream().filter(l -> l.role() == LineRole.BODY).toList();
        assertThat(body).hasSize(3);
        for (int i = 1; i < body.size(); i++) {
            assertThat(body.get(i).baselinePt() - body.get(i - 1).baselinePt()).isCloseTo(28.95, within(0.01));
        }
        // the portrait pages keep theirs: 1, 2 and 5
        assertThat(lines(pages.get(0), LineRole.FOOTNOTE)).containsExactly("1 竖注一。", "2 竖注二。");
        assertThat(lines(pages.get(2), LineRole.FOOTNOTE)).containsExactly("5 竖注三。");
    }
}
