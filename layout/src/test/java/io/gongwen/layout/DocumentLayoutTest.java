package io.gongwen.layout;

import io.gongwen.HeadingLevel;
import io.gongwen.OfficialDocument;
import io.gongwen.Table;
import io.gongwen.samples.WriteSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The page model, asserted where GB/T 9704-2012 puts things: the text block's left edge 28 mm from
 * the paper's, its top 37 mm down, rows 28.95 pt apart, at most 28 characters on a line, full lines
 * ending at the block's right edge (28 + 156 mm), titles centred, page numbers "— N —" one 4号
 * character in from the right edge on odd pages and from the left on even ones.
 */
class DocumentLayoutTest {
    private static final double MM = 72 / 25.4;
    private static final double LEFT = 28 * MM;
    private static final double RIGHT = (28 + 156) * MM;
    private static final double TOP = 37 * MM;
    private static final double PITCH = 28.95;
    private static final double BODY_INDENT = 32;
    private static final String CLOSING = "，。、；：！？）》”’";
    private static final String OPENING = "（《“‘";

    private static FontResolver fonts;

    @BeforeAll
    static void fonts() {
        fonts = StandInFonts.resolver();
    }

    private static LaidOutDocument sample(String name) {
        return DocumentLayout.layOut(WriteSamples.SAMPLES.get(name).get(), fonts);
    }

    private static List<Line> text(Page page) {
        return page.lines().stream().filter(l -> l.role() != LineRole.PAGE_NUMBER).toList();
    }

    @Test
    void puts_every_line_on_a_row_of_the_grid_from_37_mm() {
        for (Page page : sample("county-office-summary.docx").pages()) {
            for (Line line : text(page)) {
                double size = line.runs().get(0).sizePt();
                double row = (line.baselinePt() - TOP - PITCH / 2 - 0.38 * size) / PITCH;
                assertThat(row).as("row of %s", line.text()).isCloseTo(Math.rint(row), within(1e-6));
                assertThat((int) Math.rint(row)).isBetween(0, 21);
            }
        }
    }

    @Test
    void fills_22_rows_on_every_page_but_the_last() {
        List<Page> pages = sample("township-office-summary.docx").pages();
        for (Page page : pages.subList(1, pages.size() - 1)) {
            List<Line> lines = text(page);
            assertThat(lines).hasSize(22);
            assertThat(lines.get(0).baselinePt() - lines.get(0).runs().get(0).sizePt() * 0.88)
                    .isCloseTo(TOP + (PITCH - 16) / 2, within(0.01));
            for (int i = 1; i < lines.size(); i++) {
                assertThat(lines.get(i).baselinePt() - lines.get(i - 1).baselinePt()).isCloseTo(PITCH, within(1e-6));
            }
        }
    }

    @Test
    void starts_lines_at_the_left_margin_and_ends_full_lines_at_the_right_edge() {
        for (Page page : sample("county-office-summary.docx").pages()) {
            for (Line line : text(page)) {
                if (line.role() != LineRole.BODY && line.role() != LineRole.HEADING) {
                    continue;
                }
                assertThat(line.leftPt()).as(line.text()).satisfiesAnyOf(
                        x -> assertThat(x).isCloseTo(LEFT, within(0.01)),
                        x -> assertThat(x).isCloseTo(LEFT + BODY_INDENT, within(0.01)));
                assertThat(line.rightPt()).as(line.text()).isLessThanOrEqualTo(RIGHT + 0.01);
                assertThat(cells(line.text())).as(line.text()).isLessThanOrEqualTo(28);
            }
        }
        List<Line> full = sample("county-office-summary.docx").pages().stream().flatMap(p -> text(p).stream())
                .filter(l -> Math.abs(l.rightPt() - RIGHT) < 0.01).toList();
        assertThat(full).hasSizeGreaterThan(50);
        assertThat(full).allSatisfy(l -> assertThat(cells(l.text()) + (l.leftPt() > LEFT + 1 ? 2 : 0)).isBetween(26.0, 28.0));
    }

    @Test
    void never_starts_a_line_with_closing_punctuation_nor_ends_one_with_opening() {
        for (String name : List.of("county-office-summary.docx", "township-office-summary.docx", "holiday-duty-notice.docx")) {
            for (Page page : sample(name).pages()) {
                for (Line line : text(page)) {
                    String t = line.text();
                    assertThat(CLOSING.indexOf(t.charAt(0))).as("%s starts %s", name, t).isNegative();
                    assertThat(OPENING.indexOf(t.charAt(t.length() - 1))).as("%s ends %s", name, t).isNegative();
                }
            }
        }
    }

    @Test
    void centres_the_title_in_2hao_and_leaves_one_row_before_the_recipients() {
        List<Line> lines = text(sample("holiday-duty-notice.docx").pages().get(0));
        assertThat(lines.get(0).role()).isEqualTo(LineRole.TITLE);
        assertThat(lines.get(0).text()).isEqualTo("关于做好2021年春节期间");
        assertThat(lines.get(0).runs().get(0).sizePt()).isEqualTo(22);
        for (Line title : lines.subList(0, 2)) {
            assertThat((title.leftPt() + title.rightPt()) / 2).isCloseTo((LEFT + RIGHT) / 2, within(0.5));
        }
        Line addressee = lines.get(2);
        assertThat(addressee.role()).isEqualTo(LineRole.ADDRESSEE);
        assertThat(addressee.leftPt()).isCloseTo(LEFT, within(0.01));
        assertThat(addressee.baselinePt() - lines.get(1).baselinePt()).isCloseTo(2 * PITCH - 0.38 * (22 - 16), within(0.01));
    }

    @Test
    void numbers_odd_pages_on_the_right_and_even_pages_on_the_left_seven_mm_below_the_block() {
        List<Page> pages = sample("county-office-summary.docx").pages();
        assertThat(pages).hasSize(5);
        for (Page page : pages) {
            Line number = page.lines().get(page.lines().size() - 1);
            assertThat(number.role()).isEqualTo(LineRole.PAGE_NUMBER);
            assertThat(number.text()).isEqualTo("— " + page.index() + " —");
            assertThat(number.runs().get(0).sizePt()).isEqualTo(14);
            if (page.index() % 2 == 1) {
                assertThat(number.rightPt()).isCloseTo(RIGHT - 14, within(0.01));
            } else {
                assertThat(number.leftPt()).isCloseTo(LEFT + 14, within(0.01));
            }
            assertThat(number.baselinePt()).isBetween((262 + 7) * MM, (262 + 7) * MM + 14);
        }
    }

    @Test
    void places_the_signature_two_characters_in_and_the_date_under_it() {
        // GIVEN a signature longer than its date (§7.3.5.2)
        OfficialDocument doc = OfficialDocument.builder().title("关于春节值班的通知").paragraph("现将有关事项通知如下。")
                .signature("某某县人民政府办公室").date(LocalDate.of(2021, 2, 1)).note("此件公开发布").build();
        // WHEN laid out
        List<Line> lines = text(DocumentLayout.layOut(doc, fonts).pages().get(0));
        // THEN one blank row, the signature ending two characters in, the date's first character two right of its first
        Line signature = lines.stream().filter(l -> l.role() == LineRole.SIGNATURE).findFirst().orElseThrow();
        Line date = lines.stream().filter(l -> l.role() == LineRole.DATE).findFirst().orElseThrow();
        Line note = lines.get(lines.size() - 1);
        Line body = lines.get(lines.indexOf(signature) - 1);
        assertThat(signature.baselinePt() - body.baselinePt()).isCloseTo(2 * PITCH, within(1e-6));
        assertThat(signature.rightPt()).isCloseTo(RIGHT - 2 * 15.75, within(0.01));
        // "2021年2月1日" is 6 cells, the signature 10: the date's right indent is 10 − 6 = 4 cells
        assertThat(date.rightPt()).isCloseTo(RIGHT - 4 * 15.75, within(0.01));
        assertThat(date.baselinePt() - signature.baselinePt()).isCloseTo(PITCH, within(1e-6));
        assertThat(note.role()).isEqualTo(LineRole.NOTE);
        assertThat(note.text()).isEqualTo("（此件公开发布）");
        assertThat(note.leftPt()).isCloseTo(LEFT + BODY_INDENT, within(0.01));
    }

    @Test
    void bookmarks_each_heading_with_its_level_and_ordinal() {
        List<Line.Bookmark> marks = sample("holiday-duty-notice.docx").pages().stream()
                .flatMap(p -> p.lines().stream()).flatMap(l -> l.bookmark().stream()).toList();
        assertThat(marks).startsWith(new Line.Bookmark(1, "一、严格落实值班制度"), new Line.Bookmark(2, "（一）明确值班人员。"));
        assertThat(marks).contains(new Line.Bookmark(3, "1.全面排查。"));
    }

    @Test
    void hangs_the_attachment_notes_titles_under_the_first() {
        OfficialDocument doc = OfficialDocument.builder().title("关于印发方案的通知").paragraph("现将方案印发给你们。")
                .attachmentNote("某某县2021年春节期间值班安排表和各乡镇人民政府、县政府各部门值班人员联系方式", "值班电话")
                .build();
        List<Line> note = text(DocumentLayout.layOut(doc, fonts).pages().get(0)).stream()
                .filter(l -> l.role() == LineRole.ATTACHMENT_NOTE).toList();
        assertThat(note).extracting(Line::text).first().asString().startsWith("附件：1.某某县");
        assertThat(note).hasSize(3);
        // two cells in, 附件： three cells, "1." two half cells: the .docx writer's indents
        double titleStart = LEFT + 2 * 15.75 + 3 * 15.75 + 15.75;
        assertThat(note.get(1).leftPt()).isCloseTo(titleStart, within(0.01));
        assertThat(note.get(2).text()).isEqualTo("2.值班电话");
        assertThat(note.get(0).leftPt()).isCloseTo(LEFT + 2 * 15.75, within(0.01));
        assertThat(note.get(2).leftPt()).isCloseTo(LEFT + 2 * 15.75 + 3 * 15.75, within(0.01));
    }

    @Test
    void keeps_a_heading_of_its_own_with_the_line_after_it() {
        OfficialDocument.Builder b = OfficialDocument.builder().title("关于工作的报告");
        for (int i = 0; i < 19; i++) {
            b.paragraph("第" + i + "段。");
        }
        // the title takes row 1, a blank row 2: the 19 paragraphs end on row 21, the heading would take row 22
        OfficialDocument doc = b.section("工作安排", s -> s.paragraph("安排如下。")).build();
        List<Page> pages = DocumentLayout.layOut(doc, fonts).pages();
        assertThat(text(pages.get(0))).hasSize(20);
        assertThat(text(pages.get(1)).get(0).text()).isEqualTo("一、工作安排");
    }

    @Test
    void refuses_what_it_does_not_lay_out_yet_naming_it() {
        OfficialDocument joint = OfficialDocument.builder().issuers("某某县人民政府", "某某县财政局")
                .documentNumber("某政发〔2021〕1号").title("关于工作的通知").paragraph("正文。").build();
        assertThatThrownBy(() -> DocumentLayout.layOut(joint, fonts))
                .isInstanceOf(UnsupportedElementException.class)
                .hasMessage("the PDF layout does not lay out the joint mark of several issuers (联合行文的发文机关标志) yet;"
                        + " write this document as .docx (OfficialDocument.writeTo) until it does");
        OfficialDocument colophon = OfficialDocument.builder().title("关于工作的通知").paragraph("正文。")
                .copyTo("县委办公室").build();
        assertThatThrownBy(() -> DocumentLayout.layOut(colophon, fonts))
                .isInstanceOf(UnsupportedElementException.class)
                .hasMessageContaining("the colophon (版记");
    }

    @Test
    void refuses_a_document_with_footnotes_or_endnotes_naming_them_rather_than_dropping_them() {
        // GIVEN a footnote in a paragraph, and an endnote in a run-in section's text inside a section
        OfficialDocument footnote = OfficialDocument.builder().title("关于工作的通知").paragraph("正文。")
                .footnote("依据《党政机关公文处理工作条例》。").build();
        OfficialDocument endnote = OfficialDocument.builder().title("关于工作的通知")
                .section("工作安排", s -> s.runIn("落实责任。", "各单位要落实。").endnote("见附件。")).build();

        // WHEN they are laid out THEN each is refused by name, the note quoted
        assertThatThrownBy(() -> DocumentLayout.layOut(footnote, fonts))
                .isInstanceOf(UnsupportedElementException.class)
                .hasMessage("the PDF layout does not lay out footnotes (脚注), such as \"依据《党政机关公文处理工作条例》。\" yet;"
                        + " write this document as .docx (OfficialDocument.writeTo) until it does");
        assertThatThrownBy(() -> DocumentLayout.layOut(endnote, fonts))
                .isInstanceOf(UnsupportedElementException.class)
                .hasMessageContaining("endnotes (尾注), such as \"见附件。\"");
    }

    @Test
    void starts_each_attachment_on_a_new_page_with_its_label_first_and_its_title_on_the_third_row() {
        // GIVEN two attachments
        OfficialDocument doc = OfficialDocument.builder().title("关于印发方案的通知").paragraph("现将方案印发给你们。")
                .signature("县人民政府办公室").date(LocalDate.of(2021, 2, 1))
                .attachment("值班安排表", a -> a.paragraph("值班安排如下。"))
                .attachment("值班电话", a -> a.paragraph("电话如下。")).build();
        // WHEN laid out
        List<Page> pages = DocumentLayout.layOut(doc, fonts).pages();
        // THEN pages 2 and 3 start "附件1" and "附件2" in 黑体, the title centred two rows below, the body two below that
        assertThat(pages).hasSize(3);
        for (int i = 1; i <= 2; i++) {
            List<Line> lines = text(pages.get(i));
            assertThat(lines.get(0).text()).isEqualTo("附件" + i);
            assertThat(lines.get(0).role()).isEqualTo(LineRole.ATTACHMENT_LABEL);
            assertThat(lines.get(0).leftPt()).isCloseTo(LEFT, within(0.01));
            assertThat(lines.get(0).baselinePt()).isCloseTo(TOP + PITCH / 2 + 0.38 * 16, within(0.01));
            assertThat(lines.get(1).role()).isEqualTo(LineRole.TITLE);
            assertThat(lines.get(1).baselinePt()).isCloseTo(TOP + 2 * PITCH + PITCH / 2 + 0.38 * 22, within(0.01));
            assertThat((lines.get(1).leftPt() + lines.get(1).rightPt()) / 2).isCloseTo((LEFT + RIGHT) / 2, within(0.5));
            assertThat(lines.get(2).baselinePt()).isCloseTo(TOP + 4 * PITCH + PITCH / 2 + 0.38 * 16, within(0.01));
            assertThat(pages.get(i).lines().get(pages.get(i).lines().size() - 1).text()).isEqualTo("— " + (i + 1) + " —");
        }
    }

    @Test
    void names_the_face_it_cannot_resolve() {
        FontResolver none = FontResolver.builder().build();
        OfficialDocument doc = OfficialDocument.builder().title("关于工作的通知").paragraph("正文。").build();
        assertThatThrownBy(() -> DocumentLayout.layOut(doc, none))
                .isInstanceOfSatisfying(FontNotFoundException.class, e -> assertThat(e.face()).isEqualTo("方正小标宋简体"))
                .hasMessageStartingWith("the font face 方正小标宋简体 could not be resolved");
    }

    @Test
    void sets_run_in_headings_in_their_face_and_the_text_after_them_in_the_body_face() {
        OfficialDocument doc = OfficialDocument.builder().title("关于工作的报告")
                .runIn(HeadingLevel.TWO, "明确值班人员。", "各单位实行领导带班制度。").build();
        Line line = text(DocumentLayout.layOut(doc, fonts).pages().get(0)).get(1);
        assertThat(line.runs()).extracting(Run::text).containsExactly("（一）明确值班人员。", "各单位实行领导带班制度。");
        assertThat(line.runs().get(0).face().family()).isEqualTo("AR PL UKai CN");
        assertThat(line.runs().get(1).face().family()).isEqualTo("AR PL UMing CN");
        assertThat(line.bookmark()).isEqualTo(Optional.of(new Line.Bookmark(2, "（一）明确值班人员。")));
    }

    /** Characters as the grid counts them: a half-width one is half a cell. */
    static double cells(String text) {
        return text.codePoints().mapToDouble(cp -> cp < 0x2000 ? 0.5 : 1).sum();
    }
}
