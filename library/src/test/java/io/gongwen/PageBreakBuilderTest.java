package io.gongwen;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The author's page breaks and landscape stretches in the builder ({@link PageBreak}), and what it refuses. */
class PageBreakBuilderTest {
    private static final String TITLE = "关于做好农村公路养护工作的通知";

    private static OfficialDocument.Builder notice() {
        return OfficialDocument.builder().title(TITLE);
    }

    @Test
    void a_page_break_stands_in_the_body_where_it_is_given() {
        OfficialDocument doc = notice().paragraph("第一页。").pageBreak().paragraph("第二页。").build();

        assertThat(doc.body()).containsExactly(new Paragraph("第一页。"), PageBreak.PAGE, new Paragraph("第二页。"));
        assertThat(doc.outline()).contains("¶ 第一页。\n分页\n¶ 第二页。\n");
    }

    @Test
    void a_landscape_stretch_is_its_blocks_between_a_landscape_and_a_portrait_break() {
        OfficialDocument doc = notice().paragraph("见下表。")
                .landscape(l -> l.paragraph("横排的说明。").pageBreak().paragraph("第二张横页。"))
                .paragraph("回到竖排。")
                .build();

        assertThat(doc.body()).containsExactly(new Paragraph("见下表。"), PageBreak.LANDSCAPE, new Paragraph("横排的说明。"),
                PageBreak.PAGE, new Paragraph("第二张横页。"), PageBreak.PORTRAIT, new Paragraph("回到竖排。"));
    }

    @Test
    void sections_in_a_stretch_are_numbered_on_with_the_ones_around_it() {
        OfficialDocument doc = notice()
                .section("总体要求", s -> s.paragraph("……"))
                .landscape(l -> l.section("资金分配", s -> s.paragraph("……")))
                .section("保障措施", s -> s.paragraph("……"))
                .build();

        assertThat(doc.body()).filteredOn(Section.class::isInstance).extracting(b -> ((Section) b).number())
                .containsExactly(1, 2, 3);
    }

    @Test
    void a_page_break_may_start_a_body_and_a_stretch_may_end_it() {
        OfficialDocument doc = notice().pageBreak().paragraph("正文从新页开始。")
                .landscape(l -> l.paragraph("横排的表格说明。"))
                .signature("XX县人民政府")
                .attachment("分配表", a -> a.pageBreak().paragraph("附件的正文从新页开始。"))
                .build();

        assertThat(doc.body()).startsWith(PageBreak.PAGE).endsWith(PageBreak.PORTRAIT);
        assertThat(doc.attachments().get(0).body()).startsWith(PageBreak.PAGE);
    }

    @Test
    void documents_with_breaks_are_values_and_rebuild_unchanged() {
        OfficialDocument doc = notice().paragraph("一。").pageBreak()
                .section("标题", s -> s.landscape(l -> l.paragraph("二。")).paragraph("三。")).build();
        OfficialDocument same = notice().paragraph("一。").pageBreak()
                .section("标题", s -> s.landscape(l -> l.paragraph("二。")).paragraph("三。")).build();
        OfficialDocument without = notice().paragraph("一。")
                .section("标题", s -> s.landscape(l -> l.paragraph("二。")).paragraph("三。")).build();

        assertThat(doc).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(without);
        OfficialDocument rebuilt = doc.toBuilder().build();
        assertThat(rebuilt).isEqualTo(doc);
        assertThat(Arrays.equals(rebuilt.toBytes(), doc.toBytes())).isTrue();
        // a page break added to the copy goes after the existing blocks
        assertThat(doc.toBuilder().pageBreak().paragraph("四。").build().body())
                .endsWith(PageBreak.PAGE, new Paragraph("四。"));
    }

    @Test
    void rejects_two_page_breaks_in_a_row() {
        assertThatThrownBy(() -> notice().paragraph("一。").pageBreak().pageBreak().paragraph("二。").build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[2]: two page breaks in a row (body[1] and this one) would leave a page empty");
    }

    @Test
    void rejects_two_page_breaks_in_a_row_across_the_end_of_a_section() {
        assertThatThrownBy(() -> notice().section("一", s -> s.paragraph("一。").pageBreak()).pageBreak()
                .paragraph("二。").build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[1]: two page breaks in a row (body[0].body[1] and this one) would leave a page empty");
    }

    @Test
    void rejects_a_page_break_with_nothing_after_it_in_its_body() {
        assertThatThrownBy(() -> notice().paragraph("一。").pageBreak().signature("XX县人民政府").build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[1]: nothing follows the page break in body: what comes after a body (the closing, "
                        + "an attachment) is placed by the writer, and an attachment, an issued document and the "
                        + "colophon start new pages of their own");
        assertThatThrownBy(() -> notice().attachment("表", a -> a.paragraph("一。").pageBreak()).build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("attachments[0].body[1]: nothing follows the page break in attachments[0].body");
    }

    @Test
    void rejects_a_page_break_next_to_a_stretch_or_a_landscape_table() {
        Table wide = Table.builder().columns(1, 1).row("甲", "乙").landscape().build();
        assertThatThrownBy(() -> notice().paragraph("一。").pageBreak().landscape(l -> l.paragraph("二。")).build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[2]: two page breaks in a row (body[1] and this one) would leave a page empty");
        assertThatThrownBy(() -> notice().landscape(l -> l.paragraph("一。")).landscape(l -> l.paragraph("二。")).build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[3]: two page breaks in a row (body[2] and this one) would leave a page empty: put "
                        + "both landscape stretches in one landscape(...), with pageBreak() between them");
        assertThatThrownBy(() -> notice().paragraph("一。").pageBreak().table(wide).build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[1]: the landscape table right after this page break starts a new page of its own "
                        + "(body[2]), so the break would leave a page empty");
        assertThatThrownBy(() -> notice().table(wide).pageBreak().paragraph("一。").build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[1]: the landscape table right before this page break (body[0]) has pages of its "
                        + "own, and the body goes on on a new page after it: the break would leave a page empty");
        // inside a stretch, a landscape table is one more block of its pages
        assertThat(notice().landscape(l -> l.paragraph("一。").pageBreak().table(wide)).build().body()).hasSize(5);
    }

    @Test
    void rejects_stretches_that_do_not_nest_or_end() {
        assertThatThrownBy(() -> notice().landscape(l -> l.paragraph("一。").landscape(m -> m.paragraph("二。"))).build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[2]: a landscape stretch is open already (from body[0]): end it with "
                        + "PageBreak.PORTRAIT before starting another");
        assertThatThrownBy(() -> notice().pageBreak(PageBreak.LANDSCAPE).paragraph("一。").build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[0]: the landscape stretch that starts here is not ended before its body ends: end "
                        + "it with pageBreak(PageBreak.PORTRAIT), or build it with landscape(...)");
        assertThatThrownBy(() -> notice().paragraph("一。").pageBreak(PageBreak.PORTRAIT).paragraph("二。").build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[1]: PageBreak.PORTRAIT ends a landscape stretch, and none is open here");
    }

    @Test
    void rejects_an_empty_stretch_a_null_kind_and_a_note_on_a_break() {
        assertThatThrownBy(() -> notice().paragraph("一。").landscape(l -> { }))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[1]: a landscape stretch needs content: nothing was added to it");
        assertThatThrownBy(() -> notice().pageBreak(null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[0].pageBreak: must not be null");
        assertThatThrownBy(() -> notice().paragraph("一。").pageBreak().footnote("注。"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[1].footnote: a footnote follows the paragraph or run-in section it belongs to; "
                        + "the page break before it takes no note");
    }

    @Test
    void a_stretch_reaches_into_a_section_the_way_a_reader_gives_it() {
        // the landscape pages start in one section and end in the next: breaks given one by one
        OfficialDocument doc = notice()
                .section("一", s -> s.paragraph("竖。").pageBreak(PageBreak.LANDSCAPE).paragraph("横。"))
                .section("二", s -> s.paragraph("还是横。").pageBreak(PageBreak.PORTRAIT).paragraph("竖。"))
                .build();

        assertThat(((Section) doc.body().get(0)).body()).contains(PageBreak.LANDSCAPE);
        assertThat(((Section) doc.body().get(1)).body()).isEqualTo(List.of(new Paragraph("还是横。"), PageBreak.PORTRAIT,
                new Paragraph("竖。")));
    }
}
