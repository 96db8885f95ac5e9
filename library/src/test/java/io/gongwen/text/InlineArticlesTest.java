package io.gongwen.text;

import io.gongwen.Article;
import io.gongwen.Block;
import io.gongwen.Chapter;
import io.gongwen.Emphasis;
import io.gongwen.Font;
import io.gongwen.FormattedText;
import io.gongwen.HeadingLevel;
import io.gongwen.InvalidDocumentException;
import io.gongwen.Note;
import io.gongwen.OfficialDocument;
import io.gongwen.Section;
import io.gongwen.Span;
import io.gongwen.testing.NotedDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Spans and notes in an article's text (第一条), in a heading's own text and in a chapter's title
 * (issue 15): read from a .docx made with raw POI, kept by the model and the builder, written and read
 * back the same. The bold that makes a heading or a chapter is its style, not a span.
 */
class InlineArticlesTest {
    private static final String[] F = NotedDocx.REGULATION_FOOTNOTES;

    @TempDir
    Path dir;

    @Test
    void the_reader_keeps_an_articles_spans_and_notes_as_a_paragraphs_and_no_warning_is_given() throws Exception {
        // GIVEN measures whose 第一条 has CO₂ and a footnote, 第二条 m², an italic and an underlined word
        Draft draft = read(NotedDocx.regulation());
        List<Block> body = draft.document().body();
        // THEN the bold number is the article's label, not a span; the text keeps the rest, counted from its start
        Article first = (Article) body.get(1);
        assertThat(first.label()).isEqualTo("第一条");
        assertThat(first.text()).isEqualTo("为了规范二氧化碳（CO2）排放管理，根据《中华人民共和国大气污染防治法》，制定本办法。");
        assertThat(first.spans()).containsExactly(new Span(11, 12, Set.of(Emphasis.SUBSCRIPT)));
        assertThat(first.notes()).containsExactly(footnote("为了规范二氧化碳（CO2）排放管理，根据《中华人民共和国大气污染防治法》", F[0]));
        Article second = (Article) body.get(2);
        assertThat(second.formatted()).isEqualTo(FormattedText.builder().text("重点单位的建筑面积以m").superscript("2")
                .text("计，").run("应当", Emphasis.ITALIC).run("按时", Emphasis.UNDERLINE).text("报送排放报告。").build());
        assertThat(((Article) body.get(4))).isEqualTo(new Article("第三条", "本办法自2021年3月1日起施行。"));
        // AND no note is left out, and nothing is warned of
        assertThat(draft.warnings()).extracting(DraftWarning::message).noneMatch(m -> m.contains("note"));
    }

    @Test
    void a_chapter_bold_throughout_has_no_span_and_one_with_a_subscript_keeps_it_and_its_note() throws Exception {
        Draft draft = read(NotedDocx.regulation());
        List<Block> body = draft.document().body();

        assertThat(body.get(0)).isEqualTo(new Chapter("第一章", Optional.of("总则")));
        Chapter two = (Chapter) body.get(3);
        assertThat(two.title()).contains("CO2排放管理");
        assertThat(two.titleSpans()).containsExactly(new Span(2, 3, Set.of(Emphasis.SUBSCRIPT)));
        assertThat(two.titleNotes()).containsExactly(footnote("CO2排放管理", F[1]));
    }

    @Test
    void a_heading_bold_throughout_has_no_span_and_one_word_lowered_raised_or_italic_is_a_span() throws Exception {
        // GIVEN a notice with 一、总体要求 bold, 二、CO₂减排 bold with its 2 lowered, （一）推进绿色发展 in 楷体
        // with 绿色 italic, and the run-in （二）控制m²面积。 bold with its 2 raised
        Draft draft = read(NotedDocx.headingSpans());
        List<Block> body = draft.document().body();
        // THEN the bold and the heading's face are the heading's style; what differs inside it is a span
        Section one = (Section) body.get(1);
        assertThat(one.heading()).isEqualTo("总体要求");
        assertThat(one.headingSpans()).isEmpty();
        Section two = (Section) body.get(2);
        assertThat(two.headingFormatted()).isEqualTo(FormattedText.builder().text("CO").subscript("2").text("减排").build());
        Section green = (Section) two.body().get(0);
        assertThat(green.headingFormatted()).isEqualTo(FormattedText.builder().text("推进").run("绿色", Emphasis.ITALIC)
                .text("发展").build());
        Section area = (Section) two.body().get(1);
        assertThat(area.heading()).isEqualTo("控制m2面积。");
        assertThat(area.headingSpans()).containsExactly(new Span(3, 4, Set.of(Emphasis.SUPERSCRIPT)));
        assertThat(area.runInText()).contains("新建公共建筑面积要严格控制。");
        assertThat(area.runInSpans()).isEmpty();
    }

    @Test
    void articles_chapters_and_headings_are_written_and_read_back_into_the_same_document() throws Exception {
        for (byte[] source : List.of(NotedDocx.regulation(), NotedDocx.headingSpans())) {
            // GIVEN the document read from the raw-POI .docx
            OfficialDocument read = read(source).document();
            // WHEN it is written and read again
            Path out = dir.resolve("out.docx");
            read.writeTo(out);
            Draft again = DocxReader.standard().read(out);
            // THEN it is the same document, spans and notes included, and written again it gives the same bytes
            assertThat(again.document()).isEqualTo(read);
            assertThat(again.document().toBytes()).isEqualTo(read.toBytes());
        }
    }

    @Test
    void the_builder_takes_formatted_articles_chapters_and_headings() {
        FormattedText co2 = FormattedText.builder().text("排放二氧化碳（CO").subscript("2").text("）的单位")
                .footnote("见《温室气体排放核算指南》。").text("，应当报告。").build();
        OfficialDocument doc = OfficialDocument.builder().title("某某市温室气体排放管理办法")
                .chapter("第一章", FormattedText.builder().text("CO").subscript("2").text("排放").build())
                .article("第一条", co2)
                .section(FormattedText.builder().text("控制m").superscript("2").text("面积").build(), s -> s
                        .paragraph("各单位要严格控制。"))
                .build();

        assertThat(doc.body().get(0)).isEqualTo(new Chapter("第一章", Optional.of("CO2排放"),
                List.of(new Span(2, 3, Set.of(Emphasis.SUBSCRIPT))), List.of()));
        assertThat(((Article) doc.body().get(1)).formatted()).isEqualTo(co2);
        assertThat(((Section) doc.body().get(2)).headingSpans()).containsExactly(new Span(3, 4, Set.of(Emphasis.SUPERSCRIPT)));
        // AND the plain ones are what they were
        assertThat(OfficialDocument.builder().title("标题").article("第一条", FormattedText.of("施行。")).build().body())
                .containsExactly(new Article("第一条", "施行。"));
        // AND a value: rebuilt it is equal and writes the same bytes
        assertThat(doc.toBuilder().build()).isEqualTo(doc).hasSameHashCodeAs(doc);
        assertThat(doc.toBuilder().build().toBytes()).isEqualTo(doc.toBytes());
    }

    @Test
    void bad_spans_and_notes_are_refused_naming_the_field() {
        Span past = new Span(3, 9, Set.of(Emphasis.ITALIC));
        assertThatThrownBy(() -> new Article("第一条", "施行。", List.of(past), List.of()))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("article.spans[0]: must end inside the text of 3 characters: 9");
        assertThatThrownBy(() -> new Article("第一条", "施行。", List.of(), List.of(new Note(4, Note.Kind.FOOTNOTE,
                FormattedText.of("注。")))))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("article.notes[0]: must stand in order inside the text of 3 characters: at 4");
        assertThatThrownBy(() -> new Article("第一条", "施行。", null, List.of()))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("article.spans");
        assertThatThrownBy(() -> new Chapter("第一章", Optional.empty(), List.of(past), List.of()))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("chapter.titleSpans: must be empty when the chapter has no title: 第一章");
        assertThatThrownBy(() -> new Chapter("第一章", Optional.of("总则"), List.of(past), List.of()))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("chapter.titleSpans[0]: must end inside the text of 2 characters: 9");
        assertThatThrownBy(() -> new Section(HeadingLevel.ONE, 1, "总则", List.of(past), List.of(), Optional.empty(),
                List.of(), List.of(), List.of()))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("section.headingSpans[0]: must end inside the text of 2 characters: 9");
        // AND the builder refuses a bold chapter title span, and names an article's place in the body
        assertThatThrownBy(() -> OfficialDocument.builder().title("标题")
                .chapter("第一章", FormattedText.builder().bold("总").text("则").build()))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("body[0].title.spans[0]: a chapter's title is set in its own style, and its bold is that "
                        + "style's, not a span; give its superscripts, subscripts, italic, underline, strike-through and "
                        + "faces only: \"总\"");
        assertThatThrownBy(() -> OfficialDocument.builder().title("标题").paragraph("前言。")
                .article("第一条", FormattedText.builder().text(" ").footnote("注。").build()))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("body[1].text: ");
        // AND a face is a span a heading may have
        assertThat(((Section) OfficialDocument.builder().title("标题")
                .section(FormattedText.builder().text("学习").run("讲话", Font.chinese("楷体_GB2312")).build(), s -> s
                        .paragraph("正文。")).build().body().get(0)).headingSpans()).hasSize(1);
    }

    private Draft read(byte[] docx) throws Exception {
        Path in = dir.resolve("in.docx");
        Files.write(in, docx);
        return DocxReader.standard().read(in);
    }

    private static Note footnote(String before, String text) {
        return new Note(before.length(), Note.Kind.FOOTNOTE, FormattedText.of(text));
    }
}
