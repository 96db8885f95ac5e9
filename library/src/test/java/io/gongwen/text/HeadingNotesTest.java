package io.gongwen.text;

import io.gongwen.Block;
import io.gongwen.FormattedText;
import io.gongwen.HeadingLevel;
import io.gongwen.InvalidDocumentException;
import io.gongwen.Note;
import io.gongwen.OfficialDocument;
import io.gongwen.Section;
import io.gongwen.Span;
import io.gongwen.Emphasis;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.NoteParts;
import io.gongwen.testing.NotedDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Notes on headings (一、总体要求¹): kept on the heading's text, on its own line or run in, by the
 * reader, the builder and the writer; the numbering stays the writer's.
 */
class HeadingNotesTest {
    private static final String[] H = NotedDocx.HEADING_FOOTNOTES;

    @TempDir
    Path dir;

    @Test
    void the_reader_keeps_each_heading_note_where_its_mark_stood_after_the_printed_number() throws Exception {
        // GIVEN a notice with a footnote after 一、总体要求, inside 二、数字化建设, in （一）健全制度。 and in its text
        Path in = dir.resolve("in.docx");
        Files.write(in, NotedDocx.headingNotice());
        // WHEN it is read
        Draft draft = DocxReader.standard().read(in);
        // THEN each heading holds its note, counted from the heading's first character (the number stripped)
        List<Block> body = draft.document().body();
        Section one = (Section) body.get(1);
        assertThat(one.heading()).isEqualTo("总体要求");
        assertThat(one.isRunIn()).isFalse();
        assertThat(one.headingNotes()).containsExactly(footnote("总体要求", H[0]));
        Section two = (Section) body.get(2);
        assertThat(two.heading()).isEqualTo("数字化建设");
        assertThat(two.headingNotes()).containsExactly(footnote("数字化", H[1]));
        Section system = (Section) two.body().get(0);
        assertThat(system.heading()).isEqualTo("健全制度。");
        assertThat(system.headingNotes()).containsExactly(footnote("健全制度", H[2]));
        assertThat(system.runInText()).contains("各单位要建立健全档案管理制度。");
        assertThat(system.runInNotes()).containsExactly(footnote("各单位要建立健全档案管理制度", H[3]));
        assertThat(((Section) two.body().get(1)).headingNotes()).isEmpty();
        // AND no note is left out
        assertThat(draft.warnings()).noneMatch(w -> w.message().contains("note"));
    }

    @Test
    void the_writer_prints_the_mark_in_the_heading_after_its_number_and_the_result_reads_back_the_same() throws Exception {
        // GIVEN the notice reformatted
        Path in = dir.resolve("in.docx");
        Files.write(in, NotedDocx.headingNotice());
        OfficialDocument read = DocxReader.standard().read(in).document();
        Path out = dir.resolve("out.docx");
        read.writeTo(out);
        // WHEN the result is reopened
        DocxInspector docx = new DocxInspector(Files.readAllBytes(out));
        // THEN the marks stand in the heading paragraphs after the same characters, the numbers printed by the writer
        assertThat(NoteParts.marks(docx)).containsExactly(
                "F1 after 一、总体要求 {rStyle=FootnoteReference}",
                "F2 after 二、数字化 {rStyle=FootnoteReference}",
                "F3 after （一）健全制度 {rStyle=FootnoteReference}",
                "F4 after （一）健全制度。各单位要建立健全档案管理制度 {rStyle=FootnoteReference}");
        assertThat(NoteParts.notes(docx, "word/footnotes.xml")).containsExactly(
                "-1 separator: [separator]", "0 continuationSeparator: [continuationSeparator]",
                "1: [ref]{rStyle=FootnoteReference}| |" + H[0],
                "2: [ref]{rStyle=FootnoteReference}| |" + H[1],
                "3: [ref]{rStyle=FootnoteReference}| |" + H[2],
                "4: [ref]{rStyle=FootnoteReference}| |" + H[3]);
        // AND it reads back into the same document
        assertThat(DocxReader.standard().read(out).document()).isEqualTo(read);
    }

    @Test
    void the_builder_takes_a_heading_with_notes_and_refuses_one_with_spans_or_a_number() throws Exception {
        // GIVEN a heading on its own line with a footnote, and a run-in heading with an endnote
        OfficialDocument doc = OfficialDocument.builder().title("关于加强档案管理工作的通知")
                .section(FormattedText.builder().text("总体要求").footnote(H[0]).build(), s -> s
                        .paragraph("各单位要高度重视档案工作。")
                        .runIn(HeadingLevel.TWO, FormattedText.builder().text("健全制度").endnote("见附件。").text("。").build(),
                                FormattedText.of("各单位要建立制度。"), t -> { }))
                .build();
        Section one = (Section) doc.body().get(0);
        assertThat(one.headingNotes()).containsExactly(footnote("总体要求", H[0]));
        assertThat(one.headingFormatted().notes()).isEqualTo(one.headingNotes());
        Section runIn = (Section) one.body().get(1);
        assertThat(runIn.headingNotes()).containsExactly(new Note(4, Note.Kind.ENDNOTE, FormattedText.of("见附件。")));
        // THEN it is a value: equal to itself rebuilt, unequal without the note, and rebuilt it writes the same bytes
        OfficialDocument plain = OfficialDocument.builder().title("关于加强档案管理工作的通知")
                .section("总体要求", s -> s.paragraph("各单位要高度重视档案工作。")
                        .runIn(HeadingLevel.TWO, "健全制度。", FormattedText.of("各单位要建立制度。"), t -> { }))
                .build();
        assertThat(doc).isNotEqualTo(plain);
        assertThat(doc.toBuilder().build()).isEqualTo(doc).hasSameHashCodeAs(doc);
        assertThat(bytes(doc.toBuilder().build())).isEqualTo(bytes(doc));
        // AND the builder refuses a heading with a bold span (its bold is its level's style), or with its
        // own number, naming the field
        assertThatThrownBy(() -> OfficialDocument.builder().title("标题")
                .section(FormattedText.builder().bold("总体").text("要求").footnote("注。").build(), s -> { }))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[0].heading.spans[0]: a heading is set in its own style, and its bold is that style's, "
                        + "not a span; give its superscripts, subscripts, italic, underline, strike-through and faces "
                        + "only: \"总体\"");
        assertThatThrownBy(() -> OfficialDocument.builder().title("标题")
                .section(FormattedText.builder().text("一、总体要求").footnote("注。").build(), s -> { }))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("body[0].heading: starts with a number");
        assertThatThrownBy(() -> OfficialDocument.builder().title("标题")
                .runIn(HeadingLevel.ONE, FormattedText.builder().text("健全制度").footnote("注。").build(),
                        FormattedText.of("正文。"), s -> { }))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("a run-in heading must end with 。");
        // AND a record built directly is checked: a mark beyond the heading's end is refused
        assertThatThrownBy(() -> new Section(HeadingLevel.ONE, 1, "总体要求", List.of(new Note(9, Note.Kind.FOOTNOTE,
                FormattedText.of("注。"))), Optional.empty(), List.of(), List.of(), List.of()))
                .isInstanceOf(InvalidDocumentException.class);
        // spans of a note's own text are kept
        Section bold = (Section) OfficialDocument.builder().title("标题")
                .section(FormattedText.builder().text("总体要求")
                        .footnote(FormattedText.builder().bold("重点").text("在基层。").build()).build(), s -> { })
                .build().body().get(0);
        assertThat(bold.headingNotes().get(0).text().spans()).containsExactly(new Span(0, 2, Set.of(Emphasis.BOLD)));
    }

    private static byte[] bytes(OfficialDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.writeTo(out);
        return out.toByteArray();
    }

    private static Note footnote(String before, String text) {
        return new Note(before.length(), Note.Kind.FOOTNOTE, FormattedText.of(text));
    }
}
