package io.gongwen.layout;

import io.gongwen.OfficialDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Footnotes and endnotes on the laid-out pages: the mark a raised, smaller number in its line, which
 * still ends inside the block; each footnote at the foot of its mark's page, below a rule a quarter
 * of the block wide, in 小四 (12 pt), inside the text block; the body above on the 28.95 pt grid,
 * losing the whole rows the notes reach into; a note too long for its page run on at the next page's
 * foot, not a character lost; the endnote after the closing; numbers 1, 2, 3 through the document.
 */
class NotesLayoutTest {
    private static final double MM = 72 / 25.4;
    private static final double LEFT = 28 * MM;
    private static final double WIDTH = 156 * MM;
    private static final double TOP = 37 * MM;
    private static final double BOTTOM = (37 + 225) * MM;
    private static final double PITCH = 28.95;

    private static FontResolver fonts;
    private static NotedDocuments report;
    private static List<Page> pages;

    @BeforeAll
    static void layOut() {
        fonts = StandInFonts.resolver();
        report = NotedDocuments.report();
        pages = DocumentLayout.layOut(report.document(), fonts).pages();
    }

    private static List<Line> lines(Page page, LineRole role) {
        return page.lines().stream().filter(l -> l.role() == role).toList();
    }

    /** The lines of the body: everything but notes and the page number. */
    private static List<Line> body(Page page) {
        return page.lines().stream().filter(l -> l.role() != LineRole.FOOTNOTE && l.role() != LineRole.ENDNOTE
                && l.role() != LineRole.PAGE_NUMBER).toList();
    }

    private static double bottom(Line noteLine) {
        // the note's face (AR PL UMing) and the digits' (Liberation Serif): the deeper of their descenders and gaps
        // (the layout counts line heights in whole twips, as LibreOffice does: the bottom to 0.05 pt a line)
        double below = 0;
        for (Run r : noteLine.runs()) {
            double size = r.risePt() == 0 ? r.sizePt() : 12;
            below = Math.max(below, r.face().lineHeight(size) - r.face().ascent(size));
        }
        return noteLine.baselinePt() + below;
    }

    @Test
    void sets_the_mark_as_a_raised_smaller_number_after_its_character() {
        Line first = body(pages.get(0)).stream().filter(l -> l.text().startsWith("根据")).findFirst().orElseThrow();
        Run mark = first.runs().stream().filter(r -> r.risePt() > 0).findFirst().orElseThrow();
        Run before = first.runs().get(first.runs().indexOf(mark) - 1);

        assertThat(mark.text()).isEqualTo("1");
        assertThat(mark.sizePt()).isCloseTo(16 * 0.58, within(1e-9));
        assertThat(mark.risePt()).isCloseTo(16 * 0.39, within(1e-9));
        assertThat(before.text()).endsWith("》");
        // right after 》, its width taken in the line: the next character starts after the digit
        assertThat(mark.x(0)).isCloseTo(before.right() - 0.25, within(0.5));
        Run after = first.runs().get(first.runs().indexOf(mark) + 1);
        assertThat(after.x(0)).isGreaterThanOrEqualTo(mark.right());
    }

    @Test
    void a_line_with_a_mark_never_passes_the_block_and_a_line_of_chinese_without_one_keeps_28_characters() {
        int marked = 0;
        for (Page page : pages) {
            for (Line line : page.lines()) {
                assertThat(Hanging.right(line, LEFT + WIDTH)).as(line.text()).isLessThanOrEqualTo(LEFT + WIDTH + 0.01);
                assertThat(line.leftPt()).as(line.text()).isGreaterThanOrEqualTo(LEFT - 0.01);
                boolean hasMark = line.runs().stream().anyMatch(r -> r.risePt() > 0);
                if (line.role() == LineRole.BODY && hasMark) {
                    marked++;
                }
                if (line.role() == LineRole.BODY && !hasMark && line.text().startsWith("划，")) {
                    assertThat(line.text().codePointCount(0, line.text().length())).isEqualTo(28);
                    assertThat(line.rightPt()).isCloseTo(LEFT + WIDTH, within(0.01));
                }
            }
        }
        assertThat(marked).as("body lines with a mark (\"51\": a footnote's and an endnote's on one line)").isEqualTo(5);
        // the run-in heading's text: the mark after 人。, on the line after the full one
        Line runIn = body(pages.get(0)).stream().filter(l -> l.text().startsWith("（一）")).findFirst().orElseThrow();
        assertThat(runIn.rightPt()).isCloseTo(LEFT + WIDTH, within(0.01));
    }

    @Test
    void prints_several_footnotes_at_the_foot_of_their_page_in_order_below_the_body_inside_the_block() {
        Page first = pages.get(0);
        List<Line> notes = lines(first, LineRole.FOOTNOTE);
        List<Line> body = body(first);

        assertThat(notes).extracting(Line::text).containsExactly(
                "1 2020年6月20日第十三届全国人民代表大会常务委员会第十九次会议修订。".substring(0, notes.get(0).text().length()),
                "2 " + NotedDocuments.SECOND, "3 " + NotedDocuments.THIRD);
        assertThat(NotedDocuments.printed(pages, LineRole.FOOTNOTE).get(0)).isEqualTo("1 " + NotedDocuments.FIRST);
        double lastBody = body.get(body.size() - 1).baselinePt() + 0.12 * 16;
        for (Line note : notes) {
            assertThat(note.baselinePt()).isGreaterThan(lastBody);
            assertThat(note.runs()).allSatisfy(r -> assertThat(r.sizePt()).isIn(12.0, 12 * 0.58));
            assertThat(note.leftPt()).isCloseTo(LEFT, within(0.01));
        }
        // the last one's bottom on the block's bottom edge; single-spaced, 12.6 to 13.9 pt apart
        assertThat(bottom(notes.get(notes.size() - 1))).isCloseTo(BOTTOM, within(0.1));
        for (int i = 1; i < notes.size(); i++) {
            assertThat(notes.get(i).baselinePt() - notes.get(i - 1).baselinePt()).isBetween(12.6, 13.9);
        }
        // each note's own number raised before its text, as in the body
        Run number = notes.get(1).runs().get(0);
        assertThat(number.text()).isEqualTo("2");
        assertThat(number.risePt()).isCloseTo(12 * 0.39, within(1e-9));
        // the separator: 0.5 pt, a quarter of the block from its left edge, between the body and the notes
        assertThat(first.rules()).hasSize(1);
        Rule rule = first.rules().get(0);
        assertThat(rule.x1Pt()).isCloseTo(LEFT, within(0.01));
        assertThat(rule.x2Pt() - rule.x1Pt()).isCloseTo(WIDTH / 4, within(0.01));
        assertThat(rule.thicknessPt()).isEqualTo(0.5);
        assertThat(rule.y1Pt()).isGreaterThan(lastBody).isLessThan(notes.get(0).baselinePt() - 12 * 0.88);
    }

    @Test
    void keeps_the_body_on_the_grid_and_loses_the_whole_rows_the_notes_take() {
        for (Page page : pages) {
            List<Line> body = body(page);
            List<Line> notes = new ArrayList<>(lines(page, LineRole.FOOTNOTE));
            for (Line line : body) {
                if (line.role() == LineRole.ENDNOTE) {
                    continue;
                }
                double size = line.runs().stream().filter(r -> r.risePt() == 0).mapToDouble(Run::sizePt).max().orElseThrow();
                double row = (line.baselinePt() - TOP - PITCH / 2 - 0.38 * size) / PITCH;
                assertThat(row).as("page %d: row of %s", page.index(), line.text()).isCloseTo(Math.rint(row), within(1e-6));
            }
            int rows = (int) Math.rint((body.get(body.size() - 1).baselinePt() - TOP - PITCH / 2 - 0.38 * 16) / PITCH) + 1;
            if (notes.isEmpty()) {
                if (page.index() < pages.size()) {
                    assertThat(rows).as("page %d without notes", page.index()).isEqualTo(22);
                }
                continue;
            }
            // the notes' area from the first line's top (its rule and gap above) to the block's bottom
            double area = BOTTOM - (notes.get(0).baselinePt() - 12 * 0.8955) + 2.83 + 0.5 + 3.3;
            // the rows the notes reach into (the block is 225 mm, 0.9 pt more than 22 rows)
            int kept = (int) Math.floor((BOTTOM - TOP - area) / PITCH + 1e-9);
            int lost = 22 - kept;
            double bodyBottom = TOP + rows * PITCH;
            assertThat(bodyBottom).as("page %d: the body above its notes", page.index())
                    .isLessThanOrEqualTo(BOTTOM - area + 0.01);
            if (page.index() == 1 || page.index() == 4) {
                // full pages: the body keeps every row the notes leave
                assertThat(rows).as("page %d: 22 rows less %d", page.index(), lost).isEqualTo(22 - lost);
            }
        }
        assertThat(pages.get(0).lines().stream().filter(l -> l.role() == LineRole.FOOTNOTE)).hasSize(3);
    }

    @Test
    void runs_a_note_too_long_for_its_page_on_at_the_foot_of_the_next_losing_nothing() {
        // the long note's mark is low on page 3: 10 of its 17 lines there, 7 on page 4 (as LibreOffice splits it)
        Page third = pages.get(2);
        Page fourth = pages.get(3);
        Line mark = body(third).get(body(third).size() - 1);
        assertThat(mark.text()).isEqualTo("各单位要定期开展档案安全检查，发现问题及时整改。4");
        assertThat(lines(third, LineRole.FOOTNOTE)).hasSize(10).first().extracting(Line::text).asString().startsWith("4 这是");
        assertThat(lines(fourth, LineRole.FOOTNOTE)).hasSize(7);
        assertThat(bottom(lines(third, LineRole.FOOTNOTE).get(9))).isCloseTo(BOTTOM, within(0.1));
        assertThat(fourth.rules()).hasSize(1);

        // every note, as printed over the pages, is the model's, numbered in order
        assertThat(NotedDocuments.printed(pages, LineRole.FOOTNOTE)).isEqualTo(report.footnotes());
        assertThat(NotedDocuments.printed(pages, LineRole.ENDNOTE)).isEqualTo(report.endnotes());
        assertThat(NotedDocuments.bodyText(pages)).isEqualTo(report.body());
    }

    @Test
    void keeps_a_mark_on_the_last_row_its_note_leaves_and_moves_it_on_when_the_note_would_not_fit() {
        // GIVEN the mark's line on row 21 of page 1: with its one-line note the page holds 21 rows
        List<Page> fits = DocumentLayout.layOut(NotedDocuments.markOnRow(18).document(), fonts).pages();
        List<Line> body = body(fits.get(0));
        assertThat(body.get(body.size() - 1).text()).isEqualTo("请各单位遵照执行。1");
        assertThat(body.get(body.size() - 1).baselinePt()).isCloseTo(TOP + 20.5 * PITCH + 0.38 * 16, within(1e-6));
        assertThat(lines(fits.get(0), LineRole.FOOTNOTE)).extracting(Line::text).containsExactly("1 " + NotedDocuments.LAST);
        assertThat(body(fits.get(1))).extracting(Line::text).containsExactly("特此通知。");

        // GIVEN it one row lower, on the last row, where the note leaves no room: the line goes over with its note
        List<Page> moved = DocumentLayout.layOut(NotedDocuments.markOnRow(19).document(), fonts).pages();
        assertThat(body(moved.get(0))).as("the title and 19 paragraphs").hasSize(20);
        assertThat(lines(moved.get(0), LineRole.FOOTNOTE)).isEmpty();
        assertThat(moved.get(0).rules()).isEmpty();
        assertThat(body(moved.get(1)).get(0).text()).isEqualTo("请各单位遵照执行。1");
        assertThat(lines(moved.get(1), LineRole.FOOTNOTE)).extracting(Line::text).containsExactly("1 " + NotedDocuments.LAST);
    }

    @Test
    void prints_the_endnotes_after_the_closing_below_a_rule_and_above_the_pages_footnotes() {
        Page last = pages.get(pages.size() - 1);
        List<Line> lines = last.lines();
        int date = lines.indexOf(lines(last, LineRole.DATE).get(0));
        Line endnote = lines(last, LineRole.ENDNOTE).get(0);
        assertThat(lines.indexOf(endnote)).isEqualTo(date + 1);
        assertThat(endnote.text()).isEqualTo("1 " + NotedDocuments.END);
        assertThat(endnote.baselinePt()).isGreaterThan(lines.get(date).baselinePt() + PITCH / 2)
                .isLessThan(lines(last, LineRole.FOOTNOTE).get(0).baselinePt());
        assertThat(last.rules()).hasSize(2);
        assertThat(last.rules().get(0).y1Pt()).isBetween(lines.get(date).baselinePt(), endnote.baselinePt() - 12 * 0.88);
    }

    @Test
    void runs_a_note_longer_than_a_page_over_pages_of_notes_and_keeps_a_picture_and_a_table_out_of_them() {
        // GIVEN a note of 2,000 characters (56 lines, more than a page's foot holds), then a picture and a table
        String huge = "各单位要按照档案管理的有关规定做好归档工作。".repeat(91);
        OfficialDocument doc = OfficialDocument.builder().title("关于工作的通知").paragraph("请各单位遵照执行。").footnote(huge)
                .image(SamplePictures.png(400, 300), io.gongwen.Length.mm(80), io.gongwen.Length.mm(60))
                .table(io.gongwen.Table.builder().columns(1, 1).header("甲", "乙").row("1", "2").build())
                .paragraph("特此通知。").build();
        List<Page> laid = DocumentLayout.layOut(doc, fonts).pages();

        // THEN every character printed, in order, and no line nor picture past the block or into the notes
        assertThat(NotedDocuments.printed(laid, LineRole.FOOTNOTE)).containsExactly("1 " + huge);
        assertThat(laid.size()).isGreaterThanOrEqualTo(2);
        for (Page page : laid) {
            List<Line> notes = lines(page, LineRole.FOOTNOTE);
            double notesTop = notes.isEmpty() ? BOTTOM : notes.get(0).baselinePt() - 12;
            for (Line note : notes) {
                assertThat(bottom(note)).isLessThanOrEqualTo(BOTTOM + 0.01);
                assertThat(note.baselinePt() - 12).isGreaterThanOrEqualTo(TOP - 0.01);
            }
            for (Picture picture : page.pictures()) {
                assertThat(picture.yPt() + picture.heightPt()).as("page %d: the picture above the notes", page.index())
                        .isLessThanOrEqualTo(notesTop);
            }
            for (Line line : body(page)) {
                assertThat(line.baselinePt()).as("page %d: %s above the notes", page.index(), line.text()).isLessThan(notesTop);
            }
            for (Rule rule : page.rules()) {
                // the table's rules too, and the notes' own separator, stand above the notes
                assertThat(rule.y2Pt()).as("page %d: a rule above the notes", page.index())
                        .isLessThanOrEqualTo(Math.min(BOTTOM, notesTop) + 0.01);
            }
        }
        assertThat(laid.stream().mapToLong(p -> p.pictures().size()).sum()).isEqualTo(1);
        // the table is laid out, its cells' lines on some page
        assertThat(laid.stream().flatMap(p -> p.lines().stream())
                .filter(l -> l.role() == LineRole.TABLE_HEADER || l.role() == LineRole.TABLE_CELL)).extracting(Line::text)
                .contains("甲", "乙", "1", "2");
        assertThat(body(laid.get(laid.size() - 1))).extracting(Line::text).contains("特此通知。");
    }

    @Test
    void leaves_the_colophons_page_to_the_colophon_and_prints_the_footnote_on_its_marks_page() {
        // GIVEN a one-page notice with a footnote and a colophon, which goes to the foot of page 2
        OfficialDocument doc = OfficialDocument.builder().title("关于工作的通知").paragraph("请各单位遵照执行。").footnote("甲。")
                .paragraph("特此通知。").endnote("乙。").copyTo("县委办公室")
                .printedBy("县人民政府办公室", java.time.LocalDate.of(2021, 2, 26)).build();
        List<Page> laid = DocumentLayout.layOut(doc, fonts).pages();
        assertThat(laid).hasSize(2);
        assertThat(lines(laid.get(0), LineRole.FOOTNOTE)).extracting(Line::text).containsExactly("1 甲。");
        assertThat(lines(laid.get(0), LineRole.ENDNOTE)).extracting(Line::text).containsExactly("1 乙。");
        assertThat(lines(laid.get(1), LineRole.FOOTNOTE)).isEmpty();
        assertThat(lines(laid.get(1), LineRole.COLOPHON)).hasSize(2);
        // a footnote on the colophon's page would print under it: the colophon goes on to the next even page
        OfficialDocument.Builder full = OfficialDocument.builder().title("关于工作的通知");
        for (int i = 0; i < 25; i++) {
            full.paragraph("第" + (i + 1) + "段正文。");
        }
        List<Page> later = DocumentLayout.layOut(full.paragraph("请各单位遵照执行。").footnote("甲。").copyTo("县委办公室")
                .printedBy("县人民政府办公室", java.time.LocalDate.of(2021, 2, 26)).build(), fonts).pages();
        Page marked = later.stream().filter(p -> !lines(p, LineRole.FOOTNOTE).isEmpty()).findFirst().orElseThrow();
        assertThat(body(marked)).extracting(Line::text).contains("请各单位遵照执行。1");
        Page colophon = later.get(later.size() - 1);
        assertThat(colophon.index() % 2).isZero();
        assertThat(lines(colophon, LineRole.FOOTNOTE)).isEmpty();
        assertThat(lines(colophon, LineRole.COLOPHON)).isNotEmpty();
    }

    @Test
    void numbers_the_notes_of_attachments_on_from_the_body_and_streams_the_same_pages() {
        OfficialDocument doc = OfficialDocument.builder().title("关于印发方案的通知").paragraph("现将方案印发给你们。").footnote("甲。")
                .signature("县人民政府办公室").date(java.time.LocalDate.of(2021, 2, 1))
                .attachment("值班安排表", a -> a.paragraph("值班安排如下。").footnote("乙。")).build();
        List<Page> laid = DocumentLayout.layOut(doc, fonts).pages();
        assertThat(laid).hasSize(2);
        assertThat(lines(laid.get(0), LineRole.FOOTNOTE)).extracting(Line::text).containsExactly("1 甲。");
        assertThat(lines(laid.get(1), LineRole.FOOTNOTE)).extracting(Line::text).containsExactly("2 乙。");
        List<Page> streamed = new ArrayList<>();
        assertThat(DocumentLayout.layOut(doc, fonts, streamed::add)).isEqualTo(2);
        assertThat(streamed.get(1).lines()).extracting(Line::text).isEqualTo(laid.get(1).lines().stream().map(Line::text).toList());
    }

    @Test
    void lays_out_the_notes_of_headings_their_marks_after_the_printed_number_numbered_in_reading_order() {
        // GIVEN a note on a heading on its own line, one on a run-in heading, and one in that heading's text
        OfficialDocument doc = OfficialDocument.builder().title("关于加强档案工作的通知").paragraph("现就有关事项通知如下。")
                .section(io.gongwen.FormattedText.builder().text("总体要求").footnote("依据《档案法》。").build(),
                        s -> s.runIn(io.gongwen.HeadingLevel.TWO,
                                io.gongwen.FormattedText.builder().text("健全制度").endnote("见附表。").text("。").build(),
                                io.gongwen.FormattedText.builder().text("各单位要健全档案制度").footnote("2021年起施行。").text("。").build(),
                                c -> { }))
                .build();

        // WHEN it is laid out
        List<Page> laidOut = DocumentLayout.layOut(doc, fonts).pages();
        Line heading = laidOut.get(0).lines().stream().filter(l -> l.role() == LineRole.HEADING).findFirst().orElseThrow();
        Line runIn = body(laidOut.get(0)).stream().filter(l -> l.text().startsWith("（一）")).findFirst().orElseThrow();

        // THEN the heading's mark is raised right after its words, the printed number before them
        assertThat(heading.text()).isEqualTo("一、总体要求1");
        assertThat(heading.runs().get(heading.runs().size() - 1).risePt()).isPositive();
        // the run-in heading's endnote mark before its 。, the text's footnote mark after 制度: footnotes
        // and endnotes numbered apart, in reading order
        assertThat(runIn.text()).startsWith("（一）健全制度1。各单位要健全档案制度2。");
        assertThat(runIn.runs().stream().filter(r -> r.risePt() > 0).map(Run::text).toList()).containsExactly("1", "2");
        // the footnotes at the page's foot, the endnote after the text
        assertThat(lines(laidOut.get(0), LineRole.FOOTNOTE).stream().map(Line::text).toList())
                .containsExactly("1 依据《档案法》。", "2 2021年起施行。");
        assertThat(laidOut.stream().flatMap(p -> lines(p, LineRole.ENDNOTE).stream()).map(Line::text).toList())
                .containsExactly("1 见附表。");
    }
}
