package io.gongwen;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Footnotes and endnotes in the model and the builders: where their marks stand, and what is refused. */
class NoteTest {
    private static final FormattedText LAW = FormattedText.of("2020年6月20日修订。");

    @Test
    void a_footnote_given_after_a_paragraph_stands_after_its_last_character() {
        OfficialDocument doc = OfficialDocument.builder().title("关于加强档案管理工作的通知")
                .paragraph("根据档案法，现就有关事项通知如下。").footnote("  2020年6月20日修订。  ")
                .build();

        Paragraph p = (Paragraph) doc.body().get(0);
        assertThat(p.notes()).containsExactly(new Note(p.text().length(), Note.Kind.FOOTNOTE, LAW));
        assertThat(p.text()).isEqualTo("根据档案法，现就有关事项通知如下。");
    }

    @Test
    void the_text_builder_puts_marks_inside_the_text_and_a_notes_text_may_have_spans() {
        FormattedText bold = FormattedText.builder().bold("重点").text("是同步归档。").build();

        FormattedText text = FormattedText.builder().text("根据《档案法》").footnote("2020年6月20日修订。")
                .text("，要求").endnote(bold).text("如下。").build();

        assertThat(text.text()).isEqualTo("根据《档案法》，要求如下。");
        assertThat(text.notes()).containsExactly(new Note(7, Note.Kind.FOOTNOTE, LAW), new Note(10, Note.Kind.ENDNOTE, bold));
        assertThat(text.notes().get(1).text().spans()).containsExactly(new Span(0, 2, Set.of(Emphasis.BOLD)));
        assertThat(text.isPlain()).isFalse();
    }

    @Test
    void a_run_in_sections_text_takes_a_note_and_keeps_it_through_the_builder() {
        OfficialDocument doc = OfficialDocument.builder().title("关于加强档案管理工作的通知")
                .section("工作措施", s -> s.runIn("健全制度。", "各单位要建立制度。").footnote("范本见网站。"))
                .build();

        Section inner = (Section) ((Section) doc.body().get(0)).body().get(0);
        assertThat(inner.runInNotes()).containsExactly(new Note(9, Note.Kind.FOOTNOTE, FormattedText.of("范本见网站。")));
        assertThat(inner.runInFormatted().orElseThrow().notes()).isEqualTo(inner.runInNotes());
    }

    @Test
    void stripping_the_indentation_keeps_a_mark_that_stood_in_it_at_the_edge() {
        FormattedText text = FormattedText.builder().text("\u3000\u3000正文。  ").footnote("注。").build();

        OfficialDocument doc = OfficialDocument.builder().title("关于工作的通知").paragraph(text).build();

        Paragraph p = (Paragraph) doc.body().get(0);
        assertThat(p.text()).isEqualTo("正文。");
        assertThat(p.notes()).extracting(Note::at).containsExactly(3);
    }

    @Test
    void a_slice_keeps_the_marks_inside_it_counted_from_its_start() {
        FormattedText text = FormattedText.builder().text("一、").footnote("甲。").text("总体要求").footnote("乙。").build();

        assertThat(text.slice(2, 6).notes()).extracting(Note::at).containsExactly(0, 4);
        assertThat(text.slice(3, 6).notes()).extracting(n -> n.text().text()).containsExactly("乙。");
    }

    @Test
    void refuses_a_note_inside_a_note() {
        FormattedText noted = FormattedText.builder().text("见").footnote("另注。").build();

        assertThatThrownBy(() -> new Note(0, Note.Kind.FOOTNOTE, noted))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("note.text: must not hold a note of its own (a footnote inside a footnote): \"见\"");
        assertThatThrownBy(() -> FormattedText.builder().text("正文").endnote(noted))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("endnote: must not hold a note of its own (a note inside a note): \"见\"");
        assertThatThrownBy(() -> OfficialDocument.builder().paragraph("正文。").footnote(noted))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[0].footnote: must not hold a note of its own (a note inside a note): \"见\"");
    }

    @Test
    void refuses_a_note_where_nothing_takes_it_naming_the_place() {
        assertThatThrownBy(() -> OfficialDocument.builder().footnote("注。"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[0].footnote: a footnote follows the paragraph or run-in section it belongs to; "
                        + "nothing has been added yet");
        assertThatThrownBy(() -> OfficialDocument.builder().paragraph("正文。").section("要求", s -> s.paragraph("甲。"))
                .endnote("注。"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("body[1].endnote: an endnote follows")
                .hasMessageContaining("the section (a heading on a line of its own, or with content of its own");
    }

    @Test
    void refuses_a_blank_note_and_a_mark_outside_the_text() {
        assertThatThrownBy(() -> OfficialDocument.builder().paragraph("正文。").footnote(" \u3000"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("body[0].footnote: must not be blank");
        assertThatThrownBy(() -> new Paragraph("正文。", List.of(), List.of(new Note(4, Note.Kind.FOOTNOTE, LAW))))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("notes[0]: must stand in order inside the text of 3 characters: at 4");
        assertThatThrownBy(() -> new FormattedText("正文。", List.of(),
                List.of(new Note(2, Note.Kind.FOOTNOTE, LAW), new Note(1, Note.Kind.ENDNOTE, LAW))))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("notes[1]: must stand in order inside the text of 3 characters: at 1, after a note at 2");
        assertThatThrownBy(() -> new Note(-1, Note.Kind.FOOTNOTE, LAW))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("note.at: must be 0 or more: -1");
    }

    @Test
    void a_note_is_printed_in_fangsong_xiao_si_by_default() {
        assertThat(Specification.standard().style(DocumentElement.NOTE))
                .isEqualTo(TextStyle.of(Font.chinese("仿宋_GB2312"), FontSize.XIAO_SI));
    }
}
