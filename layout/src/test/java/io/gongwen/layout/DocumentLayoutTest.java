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
        int hanging = 0;
        for (Page page : sample("county-office-summary.docx").pages()) {
            for (Line line : text(page)) {
                if (line.role() != LineRole.BODY && line.role() != LineRole.HEADING) {
                    continue;
                }
                assertThat(line.leftPt()).as(line.text()).satisfiesAnyOf(
                        x -> assertThat(x).isCloseTo(LEFT, within(0.01)),
                        x -> assertThat(x).isCloseTo(LEFT + BODY_INDENT, within(0.01)));
                assertThat(Hanging.right(line, RIGHT)).as(line.text()).isLessThanOrEqualTo(RIGHT + 0.01);
                assertThat(Hanging.cells(line, RIGHT)).as(line.text()).isLessThanOrEqualTo(28);
                if (Hanging.right(line, RIGHT) < line.rightPt()) {
                    hanging++;
                }
            }
        }
        // (the sample has lines whose 29th character is a stop or a pause: it hangs in the margin)
        assertThat(hanging).isPositive();
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
        OfficialDocument colophon = OfficialDocument.builder().title("关于工作的通知").paragraph("正文。")
                .copyTo(String.join("，", java.util.Collections.nCopies(120, "县人民政府各部门"))).build();
        assertThatThrownBy(() -> DocumentLayout.layOut(colophon, fonts))
                .isInstanceOf(UnsupportedElementException.class)
                .hasMessageStartingWith("the page layout (PDF, OFD) does not lay out a colophon (版记) of ");
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

    /** A document of {@code paragraphs} one-row paragraphs under a one-row title, with a colophon. */
    private static OfficialDocument withColophon(int paragraphs, String... copyTo) {
        OfficialDocument.Builder b = OfficialDocument.builder().title("关于工作的通知");
        for (int i = 0; i < paragraphs; i++) {
            b.paragraph("第" + i + "段。");
        }
        return b.copyTo(copyTo).printedBy("某某县人民政府办公室", LocalDate.of(2021, 2, 26)).build();
    }

    private static List<Line> colophon(Page page) {
        return page.lines().stream().filter(l -> l.role() == LineRole.COLOPHON).toList();
    }

    @Test
    void puts_the_colophon_on_the_last_rows_of_an_even_last_page_between_its_rules() {
        // GIVEN a text that ends on page 2, row 3 (a title row, a blank row, 23 paragraphs)
        List<Page> pages = DocumentLayout.layOut(withColophon(23, "县委办公室", "县法院"), fonts).pages();
        // THEN the colophon takes rows 21 and 22 of page 2
        assertThat(pages).hasSize(2);
        List<Line> lines = colophon(pages.get(1));
        assertThat(lines).extracting(Line::text)
                .containsExactly("抄送：县委办公室，县法院。", "某某县人民政府办公室2021年2月26日印发");
        // anchored to the block's bottom edge (225 mm, a little below the 22nd row), as the .docx's frames are
        double bottom = TOP + 225 * MM;
        assertThat(lines.get(0).baselinePt()).isCloseTo(bottom - 2 * PITCH + PITCH / 2 + 0.38 * 14, within(1e-6));
        assertThat(lines.get(1).baselinePt()).isCloseTo(bottom - PITCH + PITCH / 2 + 0.38 * 14, within(1e-6));
        // 4号: one character is 14 pt; 抄送 and the office one in, the date ending one from the right edge
        assertThat(lines.get(0).leftPt()).isCloseTo(LEFT + 14, within(0.01));
        assertThat(lines.get(1).leftPt()).isCloseTo(LEFT + 14, within(0.01));
        assertThat(lines.get(1).rightPt()).isCloseTo(RIGHT - 14, within(0.01));
        assertThat(lines.get(0).runs().get(0).sizePt()).isEqualTo(14);
        // thick over 抄送 and on the block's bottom edge, thin between (§7.4.1)
        List<Rule> rules = pages.get(1).rules().stream().sorted(java.util.Comparator.comparingDouble(Rule::y1Pt)).toList();
        assertThat(rules).hasSize(3);
        assertThat(rules.get(0).y1Pt()).isCloseTo(bottom - 2 * PITCH, within(1e-6));
        assertThat(rules.get(1).y1Pt()).isCloseTo(bottom - PITCH, within(1e-6));
        assertThat(rules.get(2).y1Pt()).isCloseTo(bottom, within(1e-6));
        assertThat(rules).extracting(Rule::thicknessPt).containsExactly(1.0, 0.75, 1.0);
        assertThat(pages.get(1).rules()).allSatisfy(r -> {
            assertThat(r.x1Pt()).isCloseTo(LEFT, within(1e-6));
            assertThat(r.x2Pt()).isCloseTo(RIGHT, within(0.01));
        });
        assertThat(pages.get(1).pageNumber()).contains(2);
    }

    @Test
    void puts_the_colophon_on_the_next_page_when_the_last_is_odd() {
        List<Page> pages = DocumentLayout.layOut(withColophon(3, "县委办公室"), fonts).pages();
        assertThat(pages).hasSize(2);
        assertThat(colophon(pages.get(0))).isEmpty();
        assertThat(text(pages.get(1))).extracting(Line::role).containsOnly(LineRole.COLOPHON);
        assertThat(pages.get(1).pageNumber()).contains(2);
    }

    @Test
    void leaves_a_blank_page_unnumbered_before_an_unnumbered_colophon_page_when_an_even_page_is_full() {
        // GIVEN a text that fills page 2 to its 21st row: the colophon's two rows and one to spare do not fit
        List<Page> pages = DocumentLayout.layOut(withColophon(41, "县委办公室"), fonts).pages();
        // THEN page 3 is blank, page 4 holds the colophon, neither numbered (§7.5)
        assertThat(pages).hasSize(4);
        assertThat(text(pages.get(1))).hasSize(21);
        assertThat(pages.get(1).pageNumber()).contains(2);
        assertThat(pages.get(2).lines()).isEmpty();
        assertThat(pages.get(2).pageNumber()).isEmpty();
        assertThat(pages.get(3).lines()).extracting(Line::role).containsOnly(LineRole.COLOPHON);
        assertThat(pages.get(3).pageNumber()).isEmpty();
    }

    @Test
    void hangs_the_wrapped_copy_recipients_under_the_first_name() {
        OfficialDocument doc = withColophon(23, "县委办公室，县人大常委会办公室，县政协办公室", "县法院，县检察院，县人武部，县总工会");
        List<Line> lines = colophon(DocumentLayout.layOut(doc, fonts).pages().get(1));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).text()).startsWith("抄送：");
        assertThat(lines.get(1).leftPt()).isCloseTo(LEFT + 4 * 14, within(0.01));
        assertThat(Hanging.right(lines.get(0), RIGHT - 14)).isLessThanOrEqualTo(RIGHT - 14 + 0.01);
        assertThat(String.join("", lines.subList(0, 2).stream().map(Line::text).toList()))
                .isEqualTo("抄送：县委办公室，县人大常委会办公室，县政协办公室，县法院，县检察院，县人武部，县总工会。");
        assertThat(lines.get(0).baselinePt()).isCloseTo(TOP + 225 * MM - 3 * PITCH + PITCH / 2 + 0.38 * 14, within(1e-6));
    }

    private static final double CELL = 15.75;

    private static OfficialDocument sealed(String... issuers) {
        OfficialDocument.Builder b = OfficialDocument.builder().title("关于春节值班的通知").paragraph("现将有关事项通知如下。");
        for (String issuer : issuers) {
            b.signature(issuer, io.gongwen.samples.SampleSeal.round(issuer));
        }
        return b.date(LocalDate.of(2021, 2, 26)).build();
    }

    @Test
    void presses_the_seal_on_the_signature_centred_over_the_date_four_characters_from_the_right() {
        // GIVEN one body's sealed signature (§7.3.5.1), the seal 42 mm across
        Page page = DocumentLayout.layOut(sealed("某某县人民政府办公室"), fonts).pages().get(0);
        List<Line> lines = text(page);
        Line body = lines.stream().filter(l -> l.role() == LineRole.BODY).findFirst().orElseThrow();
        Line signature = lines.stream().filter(l -> l.role() == LineRole.SIGNATURE).findFirst().orElseThrow();
        Line date = lines.stream().filter(l -> l.role() == LineRole.DATE).findFirst().orElseThrow();
        // THEN the date ends four characters from the right, the signature centred over it
        assertThat(date.text()).isEqualTo("2021年2月26日");
        assertThat(date.rightPt()).isCloseTo(RIGHT - 4 * CELL, within(0.01));
        double dateCentre = RIGHT - 4 * CELL - 6.5 * CELL / 2;
        assertThat((signature.leftPt() + signature.rightPt()) / 2).isCloseTo(dateCentre, within(0.5));
        assertThat(date.baselinePt() - signature.baselinePt()).isCloseTo(PITCH, within(1e-6));
        // the seal centred on the signature, its centre 0.2 rows above the signature row's middle
        assertThat(page.pictures()).hasSize(1);
        Picture seal = page.pictures().get(0);
        assertThat(seal.role()).isEqualTo(Picture.Role.SEAL);
        assertThat(seal.format()).isEqualTo(Picture.Format.PNG);
        assertThat(seal.widthPt()).isCloseTo(42 * MM, within(0.01));
        assertThat(seal.centreXPt()).isCloseTo(dateCentre, within(0.01));
        double signatureRowTop = signature.baselinePt() - PITCH / 2 - 0.38 * 16;
        assertThat(seal.centreYPt()).isCloseTo(signatureRowTop + 0.3 * PITCH, within(1e-6));
        // signature and date below the seal's centre, inside it; its top within the row after the text
        assertThat(signature.baselinePt()).isGreaterThan(seal.centreYPt());
        assertThat(date.baselinePt()).isLessThan(seal.yPt() + seal.heightPt());
        double textRowBottom = body.baselinePt() - PITCH / 2 - 0.38 * 16 + PITCH;
        assertThat(seal.yPt()).isBetween(textRowBottom, textRowBottom + PITCH);
        assertThat(seal.bytes()).isEqualTo(io.gongwen.samples.SampleSeal.round("某某县人民政府办公室").png());
    }

    @Test
    void sets_joint_seals_side_by_side_three_to_a_row_each_on_its_signature_apart_and_inside_the_block() {
        Page page = DocumentLayout.layOut(sealed("某某县人民政府", "某某县财政局", "某某县教育局", "某某县卫生健康局"), fonts)
                .pages().get(0);
        List<Picture> seals = page.pictures();
        assertThat(seals).hasSize(4);
        List<Line> signatures = text(page).stream().filter(l -> l.role() == LineRole.SIGNATURE).toList();
        assertThat(signatures).hasSize(2);
        assertThat(signatures.get(0).runs()).extracting(Run::text).containsExactly("某某县人民政府", "某某县财政局", "某某县教育局");
        // three in the first row, the fourth alone over the date, each seal on its signature
        for (int j = 0; j < 3; j++) {
            Run name = signatures.get(0).runs().get(j);
            assertThat(seals.get(j).centreXPt()).isCloseTo((name.x(0) + name.right()) / 2, within(0.5));
            assertThat(seals.get(j).xPt()).isGreaterThanOrEqualTo(LEFT - 1e-6);
            if (j > 0) {
                assertThat(seals.get(j).xPt()).as("seals do not touch").isGreaterThan(seals.get(j - 1).xPt() + seals.get(j - 1).widthPt());
            }
        }
        assertThat(seals.get(3).centreXPt()).isCloseTo(seals.get(2).centreXPt(), within(1e-6));
        assertThat(seals.get(3).yPt()).as("rows do not overlap").isGreaterThanOrEqualTo(seals.get(0).yPt() + seals.get(0).heightPt());
        assertThat(seals.get(2).xPt() + seals.get(2).widthPt()).isLessThanOrEqualTo(RIGHT + 1e-6);
    }

    @Test
    void sets_the_title_two_characters_left_of_the_signature_seal_and_the_date_a_row_below_it() {
        // GIVEN a signatory with a signature seal (§7.3.5.3)
        OfficialDocument doc = OfficialDocument.builder().title("关于春节值班的通知").paragraph("现将有关事项通知如下。")
                .signatory("市长", io.gongwen.samples.SampleSeal.signature("张三")).date(LocalDate.of(2021, 2, 26)).build();
        Page page = DocumentLayout.layOut(doc, fonts).pages().get(0);
        Line body = text(page).stream().filter(l -> l.role() == LineRole.BODY).findFirst().orElseThrow();
        Line title = text(page).stream().filter(l -> l.role() == LineRole.SIGNATURE).findFirst().orElseThrow();
        Line date = text(page).stream().filter(l -> l.role() == LineRole.DATE).findFirst().orElseThrow();
        Picture seal = page.pictures().get(0);
        assertThat(seal.role()).isEqualTo(Picture.Role.SIGNATURE_SEAL);
        // THEN two blank rows, the seal ending four characters from the right, centred on the title's row
        assertThat(title.baselinePt() - body.baselinePt()).isCloseTo(3 * PITCH, within(1e-6));
        assertThat(seal.xPt() + seal.widthPt()).isCloseTo(RIGHT - 4 * CELL, within(0.01));
        assertThat(seal.centreYPt()).isCloseTo(title.baselinePt() - 0.38 * 16, within(1e-6));
        assertThat(title.text()).isEqualTo("市长");
        assertThat(title.rightPt()).isCloseTo(seal.xPt() - 2 * CELL, within(0.01));
        // the date four characters from the right, with one blank row between the seal and it
        assertThat(date.rightPt()).isCloseTo(RIGHT - 4 * CELL, within(0.01));
        double dateRowTop = date.baselinePt() - PITCH / 2 - 0.38 * 16;
        assertThat(dateRowTop - (seal.yPt() + seal.heightPt())).isBetween(PITCH * 0.5, 2 * PITCH);
    }

    @Test
    void keeps_the_sealed_block_together_on_the_next_page_when_it_does_not_fit() {
        OfficialDocument.Builder b = OfficialDocument.builder().title("关于工作的通知");
        for (int i = 0; i < 18; i++) {
            b.paragraph("第" + i + "段。");
        }
        OfficialDocument doc = b.signature("某某县人民政府", io.gongwen.samples.SampleSeal.round("某某县人民政府"))
                .date(LocalDate.of(2021, 2, 26)).build();
        List<Page> pages = DocumentLayout.layOut(doc, fonts).pages();
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).pictures()).isEmpty();
        assertThat(text(pages.get(1))).extracting(Line::role).containsExactly(LineRole.SIGNATURE, LineRole.DATE);
        assertThat(pages.get(1).pictures()).hasSize(1);
    }

    private static OfficialDocument withPicture(io.gongwen.Image image, int paragraphsBefore) {
        OfficialDocument.Builder b = OfficialDocument.builder().title("关于图片的报告");
        for (int i = 0; i < paragraphsBefore; i++) {
            b.paragraph("第" + i + "段。");
        }
        return b.paragraph("全年收入情况如下图：").image(image).paragraph("以上是全年收入情况。").build();
    }

    @Test
    void centres_a_picture_at_its_size_on_whole_rows_of_the_grid() {
        // GIVEN a picture of 120 × 50 mm (4.9 rows) after the title, its blank row and one paragraph
        io.gongwen.Image image = io.gongwen.Image.of(SamplePictures.png(600, 250), io.gongwen.Length.mm(120), io.gongwen.Length.mm(50));
        Page page = DocumentLayout.layOut(withPicture(image, 0), fonts).pages().get(0);
        // THEN it is centred, its top on the top of row 4, and the text goes on five rows below
        Picture picture = page.pictures().get(0);
        assertThat(picture.role()).isEqualTo(Picture.Role.IMAGE);
        assertThat(picture.widthPt()).isCloseTo(120 * MM, within(1e-6));
        assertThat(picture.heightPt()).isCloseTo(50 * MM, within(1e-6));
        assertThat(picture.centreXPt()).isCloseTo((LEFT + RIGHT) / 2, within(1e-6));
        assertThat(picture.yPt()).isCloseTo(TOP + 3 * PITCH, within(1e-6));
        assertThat(picture.bytes()).isEqualTo(image.bytes());
        List<Line> lines = text(page);
        assertThat(lines.get(2).text()).isEqualTo("以上是全年收入情况。");
        assertThat(lines.get(2).baselinePt() - lines.get(1).baselinePt()).isCloseTo(6 * PITCH, within(1e-6));
    }

    @Test
    void scales_a_picture_down_to_the_text_block_keeping_its_proportions() {
        io.gongwen.Image wide = io.gongwen.Image.of(SamplePictures.png(400, 100), io.gongwen.Length.mm(312), io.gongwen.Length.mm(78));
        Picture p = DocumentLayout.layOut(withPicture(wide, 0), fonts).pages().get(0).pictures().get(0);
        assertThat(p.widthPt()).isCloseTo(156 * MM, within(1e-6));
        assertThat(p.heightPt()).isCloseTo(39 * MM, within(1e-6));
        // a page-high picture: one row less than the block, so that it fits a page, on a page of its own
        io.gongwen.Image tall = io.gongwen.Image.of(SamplePictures.png(100, 300), io.gongwen.Length.mm(100), io.gongwen.Length.mm(300));
        List<Page> pages = DocumentLayout.layOut(withPicture(tall, 0), fonts).pages();
        assertThat(pages).hasSize(3);
        Picture t = pages.get(1).pictures().get(0);
        assertThat(t.heightPt()).isCloseTo(225 * MM - PITCH, within(1e-6));
        assertThat(t.widthPt() / t.heightPt()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(t.yPt()).isCloseTo(TOP, within(1e-6));
        assertThat(text(pages.get(2)).get(0).text()).isEqualTo("以上是全年收入情况。");
    }

    @Test
    void places_a_picture_of_an_attachment_on_its_page_as_in_the_body() {
        // GIVEN a notice whose 附件 holds a paragraph and a chart of 120 × 50 mm
        io.gongwen.Image image = io.gongwen.Image.of(SamplePictures.png(600, 250), io.gongwen.Length.mm(120), io.gongwen.Length.mm(50));
        OfficialDocument doc = OfficialDocument.builder().title("关于报送统计数据的通知").paragraph("现将统计数据报送如下。")
                .attachment("2023年主要经济指标", a -> a.paragraph("主要指标见下图。").image(image).paragraph("数据来源：县统计局。"))
                .build();
        List<Page> pages = DocumentLayout.layOut(doc, fonts).pages();
        // THEN the first page has no picture; the attachment's page has it centred, at its size, under its paragraph:
        // label (row 1), blank, title (row 3), blank, the paragraph (row 5), the chart from the top of row 6
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).pictures()).isEmpty();
        Picture picture = pages.get(1).pictures().get(0);
        assertThat(picture.role()).isEqualTo(Picture.Role.IMAGE);
        assertThat(picture.bytes()).isEqualTo(image.bytes());
        assertThat(picture.widthPt()).isCloseTo(120 * MM, within(1e-6));
        assertThat(picture.heightPt()).isCloseTo(50 * MM, within(1e-6));
        assertThat(picture.centreXPt()).isCloseTo((LEFT + RIGHT) / 2, within(1e-6));
        assertThat(picture.yPt()).isCloseTo(TOP + 5 * PITCH, within(1e-6));
        List<Line> lines = text(pages.get(1));
        assertThat(lines).extracting(Line::text).containsExactly("附件", "2023年主要经济指标", "主要指标见下图。",
                "数据来源：县统计局。");
        assertThat(lines.get(3).baselinePt() - lines.get(2).baselinePt()).isCloseTo(6 * PITCH, within(1e-6));
    }

    @Test
    void moves_a_picture_whole_to_the_next_page_when_the_rows_left_do_not_hold_it() {
        // the title, a blank row, 17 paragraphs and the one before the picture: 20 rows, 2 left for a 5-row picture
        io.gongwen.Image image = io.gongwen.Image.of(SamplePictures.png(600, 250), io.gongwen.Length.mm(120), io.gongwen.Length.mm(50));
        List<Page> pages = DocumentLayout.layOut(withPicture(image, 17), fonts).pages();
        assertThat(pages.get(0).pictures()).isEmpty();
        assertThat(text(pages.get(0))).hasSize(19);
        assertThat(pages.get(1).pictures()).hasSize(1);
        assertThat(pages.get(1).pictures().get(0).yPt()).isCloseTo(TOP, within(1e-6));
    }

    @Test
    void refuses_a_windows_metafile_picture_by_name() {
        byte[] emf = new byte[64];
        emf[0] = 1;
        emf[40] = ' ';
        emf[41] = 'E';
        emf[42] = 'M';
        emf[43] = 'F';
        io.gongwen.Image image = io.gongwen.Image.of(emf, io.gongwen.Length.mm(100), io.gongwen.Length.mm(50));
        assertThatThrownBy(() -> DocumentLayout.layOut(withPicture(image, 0), fonts))
                .isInstanceOf(UnsupportedElementException.class)
                .hasMessageStartingWith("the page layout (PDF, OFD) does not lay out a picture in EMF (a Windows metafile; PNG and JPEG"
                        + " pictures are laid out) yet");
    }

    @Test
    void stacks_a_joint_mark_spreading_each_name_to_the_longest_with_the_suffix_centred_beside_them() {
        // GIVEN three issuers and the suffix 文件 (§7.2.4)
        OfficialDocument doc = OfficialDocument.builder().issuers("某某县人民政府", "某某县财政局", "某某县交通运输局")
                .markSuffix("文件").documentNumber("某政发〔2021〕3号").title("关于工作的通知").paragraph("正文。").build();
        List<Line> marks = text(DocumentLayout.layOut(doc, fonts).pages().get(0)).stream()
                .filter(l -> l.role() == LineRole.MARK).toList();
        // THEN three rows of names, the mark's line height apart, the first em box's top 35 mm below the block's top
        assertThat(marks).extracting(Line::text).containsExactly("某某县人民政府", "某某县财政局", "某某县交通运输局", "文件");
        double size = 42;
        assertThat(marks.get(0).baselinePt() - 0.88 * size).isCloseTo(TOP + 35 * MM, within(1e-6));
        assertThat(marks.get(1).baselinePt() - marks.get(0).baselinePt()).isCloseTo(1.2 * size, within(1e-6));
        assertThat(marks.get(2).baselinePt() - marks.get(1).baselinePt()).isCloseTo(1.2 * size, within(1e-6));
        // each name from the same left edge to the same right edge: the longest's (8 ems)
        for (Line name : marks.subList(0, 3)) {
            assertThat(name.leftPt()).isCloseTo(marks.get(2).leftPt(), within(1e-6));
            assertThat(name.rightPt()).isCloseTo(marks.get(2).rightPt(), within(1e-6));
            assertThat(name.runs().get(0).colorRgb()).isEqualTo(0xFF0000);
        }
        // the suffix half an em right of the names, on the middle row; the whole centred
        Line suffix = marks.get(3);
        assertThat(suffix.leftPt() - marks.get(0).rightPt()).isCloseTo(size / 2, within(0.01));
        assertThat(suffix.baselinePt()).isCloseTo(marks.get(1).baselinePt(), within(1e-6));
        assertThat((marks.get(0).leftPt() + suffix.rightPt()) / 2).isCloseTo((LEFT + RIGHT) / 2, within(0.01));
    }

    @Test
    void sets_an_orders_mark_20_mm_down_and_its_number_centred_two_rows_below_without_a_rule() {
        List<Page> pages = sample("government-order.docx").pages();
        List<Line> lines = text(pages.get(0));
        Line mark = lines.get(0);
        assertThat(mark.role()).isEqualTo(LineRole.MARK);
        assertThat(mark.text()).isEqualTo("XX市人民政府令");
        assertThat(mark.baselinePt() - 0.88 * 42).isCloseTo(TOP + 20 * MM, within(1e-6));
        Line number = lines.get(1);
        assertThat(number.text()).isEqualTo("第56号");
        assertThat((number.leftPt() + number.rightPt()) / 2).isCloseTo((LEFT + RIGHT) / 2, within(0.5));
        // the mark's line, then two blank rows: the number on the third row below the mark's
        double markLineBottom = TOP + 20 * MM - 0.12 * 42 + 1.2 * 42;
        assertThat(number.baselinePt()).isCloseTo(markLineBottom + 2 * PITCH + PITCH / 2 + 0.38 * 16, within(1e-6));
        assertThat(pages.get(0).rules()).isEmpty();
        // the body two blank rows below the number
        assertThat(lines.get(2).baselinePt() - number.baselinePt()).isCloseTo(3 * PITCH, within(1e-6));
    }

    @Test
    void prints_minutes_number_where_the_document_number_stands_and_the_attendance_with_labels_in_heiti() {
        List<Page> pages = sample("meeting-minutes.docx").pages();
        Line number = text(pages.get(0)).stream().filter(l -> l.role() == LineRole.DOCUMENT_NUMBER).findFirst().orElseThrow();
        assertThat(number.text()).isEqualTo(WriteSamples.SAMPLES.get("meeting-minutes.docx").get().minutesNumber()
                .or(() -> WriteSamples.SAMPLES.get("meeting-minutes.docx").get().headBlock().documentNumber().map(Object::toString))
                .orElseThrow());
        List<Line> attendance = pages.stream().flatMap(p -> text(p).stream()).filter(l -> l.role() == LineRole.ATTENDANCE).toList();
        assertThat(attendance).extracting(l -> l.text().substring(0, 3)).contains("出席：", "请假：", "列席：");
        Line present = attendance.get(0);
        assertThat(present.leftPt()).isCloseTo(LEFT + 2 * CELL, within(0.01));
        assertThat(present.runs().get(0).text()).isEqualTo("出席：");
        assertThat(present.runs().get(0).face().emboldened()).as("黑体's stand-in, thickened").isTrue();
        // the wrapped line under the first name: two characters and the label's three in
        assertThat(attendance.get(1).leftPt()).isCloseTo(LEFT + 5 * CELL, within(0.01));
        assertThat(attendance.get(1).text()).doesNotContain("：");
    }

    @Test
    void starts_each_issued_document_on_a_new_page_with_its_title_subtitle_and_body() {
        List<Page> pages = sample("regulation-notice.docx").pages();
        assertThat(pages).hasSize(2);
        List<Line> lines = text(pages.get(1));
        Line title = lines.get(0);
        assertThat(title.role()).isEqualTo(LineRole.TITLE);
        assertThat(title.text()).isEqualTo("XX县农村公路养护管理办法");
        assertThat(title.baselinePt()).isCloseTo(TOP + PITCH / 2 + 0.38 * 22, within(1e-6));
        assertThat(title.bookmark()).contains(new Line.Bookmark(1, "XX县农村公路养护管理办法"));
        Line subtitle = lines.get(1);
        assertThat(subtitle.role()).isEqualTo(LineRole.SUBTITLE);
        assertThat(subtitle.text()).startsWith("（").endsWith("通过）");
        assertThat((subtitle.leftPt() + subtitle.rightPt()) / 2).isCloseTo((LEFT + RIGHT) / 2, within(0.5));
        assertThat(subtitle.runs().get(0).face().family()).isEqualTo("AR PL UKai CN");
        // one blank row, then the first chapter, centred
        Line chapter = lines.get(2);
        assertThat(chapter.text()).isEqualTo("第一章\u3000总则");
        assertThat(chapter.baselinePt() - subtitle.baselinePt()).isCloseTo(2 * PITCH, within(1e-6));
    }

    @Test
    void right_aligns_an_issued_documents_own_closing_two_characters_in_after_a_blank_row() {
        OfficialDocument doc = OfficialDocument.builder().title("关于转发县交通运输局报告的通知").paragraph("现将报告转发给你们。")
                .signature("县人民政府办公室").date(LocalDate.of(2021, 5, 10))
                .issued("关于农村公路建设情况的报告", d -> d.addressee("县人民政府：").paragraph("现将情况报告如下。")
                        .closing("县交通运输局", "2021年5月6日"))
                .build();
        List<Page> pages = DocumentLayout.layOut(doc, fonts).pages();
        List<Line> lines = text(pages.get(1));
        assertThat(lines).extracting(Line::text)
                .containsExactly("关于农村公路建设情况的报告", "县人民政府：", "现将情况报告如下。", "县交通运输局", "2021年5月6日");
        assertThat(lines.get(3).baselinePt() - lines.get(2).baselinePt()).isCloseTo(2 * PITCH, within(1e-6));
        // two 3号 characters (32 pt), as the .docx writer's closing style indents it
        assertThat(lines.get(3).rightPt()).isCloseTo(RIGHT - 2 * 16, within(0.01));
        assertThat(lines.get(4).rightPt()).isCloseTo(RIGHT - 2 * 16, within(0.01));
    }

    @Test
    void sets_a_letters_head_with_its_double_lines_and_leaves_its_first_page_unnumbered() {
        List<Page> pages = sample("letter-format.docx").pages();
        Page first = pages.get(0);
        List<Line> lines = text(first);
        // the mark's em box 30 mm below the paper's top (§10.1), centred
        Line mark = lines.get(0);
        assertThat(mark.role()).isEqualTo(LineRole.MARK);
        assertThat(mark.baselinePt() - 0.88 * 42).isCloseTo(30 * MM, within(1e-6));
        assertThat((mark.leftPt() + mark.rightPt()) / 2).isCloseTo((LEFT + RIGHT) / 2, within(0.5));
        // red double lines 170 mm long: thick over thin 4 mm below the mark, thin over thick 20 mm above the foot
        List<Rule> red = first.rules().stream().filter(r -> r.colorRgb() == 0xFF0000)
                .sorted(java.util.Comparator.comparingDouble(Rule::y1Pt)).toList();
        assertThat(red).hasSize(4);
        assertThat(red).allSatisfy(r -> {
            assertThat(r.x1Pt()).isCloseTo(LEFT - 7 * MM, within(1e-6));
            assertThat(r.x2Pt() - r.x1Pt()).isCloseTo(170 * MM, within(1e-6));
        });
        assertThat(red).extracting(Rule::thicknessPt).containsExactly(3.0, 0.75, 0.75, 3.0);
        assertThat(red.get(0).y1Pt() - 1.5).isCloseTo((30 + 4) * MM + 42, within(1e-6));
        assertThat(red.get(3).y1Pt() + 1.5).isCloseTo((297 - 20) * MM, within(1e-6));
        // the number flush right on the first row under the lines, the title two blank rows below
        Line number = lines.get(1);
        assertThat(number.role()).isEqualTo(LineRole.DOCUMENT_NUMBER);
        assertThat(number.rightPt()).isCloseTo(RIGHT, within(0.01));
        assertThat(lines.get(2).role()).isEqualTo(LineRole.TITLE);
        assertThat(lines.get(2).baselinePt() - number.baselinePt()).isCloseTo(3 * PITCH + 0.38 * (22 - 16), within(1e-6));
        // no number on the first page; the second numbered as usual; the colophon without rules
        assertThat(first.pageNumber()).isEmpty();
        assertThat(first.lines()).noneMatch(l -> l.role() == LineRole.PAGE_NUMBER);
        assertThat(pages.get(1).pageNumber()).contains(2);
        assertThat(colophon(pages.get(pages.size() - 1))).extracting(Line::text).containsExactly("抄送：XX市交通运输局。");
        assertThat(pages.get(pages.size() - 1).rules()).isEmpty();
    }

    /** Characters as the grid counts them: a half-width one is half a cell. */
    static double cells(String text) {
        return text.codePoints().mapToDouble(cp -> cp < 0x2000 ? 0.5 : 1).sum();
    }
}
