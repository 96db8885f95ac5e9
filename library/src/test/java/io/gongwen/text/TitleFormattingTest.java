package io.gongwen.text;

import io.gongwen.Emphasis;
import io.gongwen.FormattedText;
import io.gongwen.InvalidDocumentException;
import io.gongwen.Note;
import io.gongwen.OfficialDocument;
import io.gongwen.Paragraph;
import io.gongwen.Span;
import io.gongwen.testing.TitledDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Spans and notes in the document's title (issue 15): "PM₂.₅", "10⁴" and a note on a report's title,
 * read from a .docx made with raw POI, kept by the model and the builder over the title's lines joined,
 * written and read back the same. The bold of a title set bold by hand is its look (小标宋), not a span.
 */
class TitleFormattingTest {
    private static final Span LOWERED = new Span(6, 9, Set.of(Emphasis.SUBSCRIPT));
    private static final Span RAISED = new Span(22, 23, Set.of(Emphasis.SUPERSCRIPT));

    @TempDir
    Path dir;

    @Test
    void the_reader_keeps_the_titles_lowered_and_raised_runs_and_its_note_without_its_bold() throws Exception {
        // GIVEN a report whose bold title, broken by hand, has PM₂.₅, 10⁴ and a footnote after its last character
        Draft draft = read(TitledDocx.report());
        OfficialDocument doc = draft.document();

        // THEN the lines are the author's, and the spans and the note are counted over them joined
        assertThat(doc.title()).containsExactly(TitledDocx.TITLE);
        assertThat(doc.titleSpans()).containsExactly(LOWERED, RAISED);
        String joined = String.join("", TitledDocx.TITLE);
        assertThat(doc.titleNotes()).containsExactly(new Note(joined.length(), Note.Kind.FOOTNOTE,
                FormattedText.of(TitledDocx.TITLE_NOTE)));
        // AND each line has its own, counted from its start; the note is the second line's
        assertThat(doc.titleLines()).containsExactly(
                FormattedText.builder().text("关于全市PM").subscript("2.5").text("平均浓度下降").build(),
                FormattedText.builder().text("和新增绿地10").superscript("4").text("公顷情况的报告")
                        .footnote(TitledDocx.TITLE_NOTE).build());
        // AND the body's note is the body's, and nothing is warned of as left out or written level
        assertThat(((Paragraph) doc.body().get(0)).notes()).extracting(n -> n.text().text())
                .containsExactly(TitledDocx.BODY_NOTE);
        assertThat(draft.warnings()).extracting(DraftWarning::message)
                .noneMatch(m -> m.contains("left out") || m.contains("level"));
    }

    @Test
    void the_title_is_written_and_read_back_into_the_same_document() throws Exception {
        // GIVEN the document read from the raw-POI .docx
        OfficialDocument read = read(TitledDocx.report()).document();
        // WHEN it is written and read again
        Path out = dir.resolve("out.docx");
        read.writeTo(out);
        OfficialDocument again = DocxReader.standard().read(out).document();
        // THEN it is the same document, the title's spans and note included, and it writes the same bytes
        assertThat(again).isEqualTo(read);
        assertThat(again.titleSpans()).containsExactly(LOWERED, RAISED);
        assertThat(again.toBytes()).isEqualTo(read.toBytes());
        assertThat(read.toBuilder().build()).isEqualTo(read).hasSameHashCodeAs(read);
    }

    @Test
    void the_builder_breaks_a_formatted_title_as_a_plain_one_and_its_spans_follow_the_lines() {
        // GIVEN a title too long for one line, its 2.5 lowered, with a footnote at its end
        FormattedText title = FormattedText.builder().text("关于印发《某某市细颗粒物（PM").subscript("2.5")
                .text("）与臭氧污染协同防控三年行动方案》的通知").footnote("本方案经市人民政府同意。").build();
        OfficialDocument doc = OfficialDocument.builder().title(title).paragraph("现印发给你们，请认真贯彻执行。").build();

        // THEN the lines are those of the plain title, and joined they give the text, spans and note back
        List<String> plain = OfficialDocument.builder().title(title.text()).paragraph("正文。").build().title();
        assertThat(plain).hasSizeGreaterThan(1);
        assertThat(doc.title()).isEqualTo(plain);
        assertThat(doc.titleFormatted()).isEqualTo(title);
        // AND the lowered run is on the line that holds it, counted from that line's start; the note on the last
        int line = 0;
        int from = 0;
        while (from + plain.get(line).length() <= title.spans().get(0).start()) {
            from += plain.get(line++).length();
        }
        assertThat(doc.titleLines().get(line).spans()).containsExactly(new Span(title.spans().get(0).start() - from,
                title.spans().get(0).end() - from, Set.of(Emphasis.SUBSCRIPT)));
        assertThat(doc.titleLines().get(plain.size() - 1).notes()).hasSize(1);
        assertThat(doc.titleLines().stream().mapToInt(l -> l.notes().size()).sum()).isEqualTo(1);
        // AND it is a value: rebuilt, equal with the same hash and bytes; a plain title again drops the spans
        assertThat(doc.toBuilder().build()).isEqualTo(doc).hasSameHashCodeAs(doc);
        assertThat(doc.toBuilder().build().toBytes()).isEqualTo(doc.toBytes());
        OfficialDocument plainAgain = doc.toBuilder().title(title.text()).build();
        assertThat(plainAgain.titleSpans()).isEmpty();
        assertThat(plainAgain.titleNotes()).isEmpty();
        assertThat(plainAgain).isNotEqualTo(doc);
    }

    @Test
    void the_builder_takes_given_lines_and_line_feeds_as_the_string_title_does() {
        OfficialDocument lines = OfficialDocument.builder()
                .title(FormattedText.builder().text("关于新增绿地10").superscript("4").text("公顷").build(),
                        FormattedText.of("  "), FormattedText.of("情况的报告"))
                .paragraph("正文。").build();
        OfficialDocument fed = OfficialDocument.builder()
                .title(FormattedText.builder().text("关于新增绿地10").superscript("4").text("公顷\n情况的报告").build())
                .paragraph("正文。").build();

        // THEN the lines are those of the string title given so, blank ones dropped, the spans over them joined
        assertThat(lines.title()).containsExactly("关于新增绿地104公顷", "情况的报告")
                .isEqualTo(OfficialDocument.builder().title("关于新增绿地104公顷", "  ", "情况的报告").paragraph("正文。")
                        .build().title());
        assertThat(lines.titleSpans()).containsExactly(new Span(8, 9, Set.of(Emphasis.SUPERSCRIPT)));
        assertThat(fed).isEqualTo(lines);
    }

    @Test
    void a_letter_spaced_title_loses_its_spaces_and_keeps_its_spans_and_note_after_the_same_characters() throws Exception {
        // GIVEN a title spaced out as web pages space a short line, its 4 raised and a footnote at its end
        String sup = "<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + io.gongwen.testing.ForeignDocx.W
                + "><w:body><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                + "<w:r><w:t xml:space=\"preserve\">关 于 新 增 绿 地 10</w:t></w:r><w:r>" + sup + "<w:t>4</w:t></w:r>"
                + "<w:r><w:t xml:space=\"preserve\">公 顷 的 通 知</w:t></w:r>"
                + "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
                + "<w:p><w:r><w:t>各乡镇人民政府：</w:t></w:r></w:p><w:p><w:r><w:t>现将有关事项通知如下。</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        String footnotes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes " + io.gongwen.testing.ForeignDocx.W
                + "><w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> "
                + "据县自然资源局统计。</w:t></w:r></w:p></w:footnote></w:footnotes>";
        OfficialDocument doc = read(io.gongwen.testing.ForeignDocx.withNotes(xml, footnotes)).document();

        // THEN the spaces between Chinese characters are gone, the 4 is still raised, and the note stands
        // after 知, the title's last character
        assertThat(doc.titleFormatted().text()).isEqualTo("关于新增绿地 104公顷的通知");
        assertThat(doc.titleSpans()).isEqualTo(FormattedText.builder().text("关于新增绿地 10").superscript("4")
                .text("公顷的通知").build().spans());
        assertThat(doc.titleNotes()).singleElement().satisfies(n -> {
            assertThat(n.at()).isEqualTo("关于新增绿地 104公顷的通知".length());
            assertThat(n.text().text()).isEqualTo("据县自然资源局统计。");
        });
    }

    @Test
    void a_note_on_a_blank_line_of_the_title_goes_to_the_line_next_to_it() {
        FormattedText title = FormattedText.builder().text(" ").footnote("注一。").text("\n关于报告\n ")
                .footnote("注二。").build();

        OfficialDocument doc = OfficialDocument.builder().title(title).paragraph("正文。").build();

        assertThat(doc.title()).containsExactly("关于报告");
        assertThat(doc.titleNotes()).extracting(Note::at, n -> n.text().text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "注一。"), org.assertj.core.groups.Tuple.tuple(4, "注二。"));
    }

    @Test
    void a_title_of_many_lines_each_with_a_span_and_a_note_is_cut_in_linear_time() {
        // GIVEN 100,000 lines fed into one text, each with its 2 raised and a note (cut line by line against
        // every span, this would take 10¹⁰ steps)
        FormattedText.Builder many = FormattedText.builder();
        for (int i = 0; i < 100_000; i++) {
            many.text("第m").superscript("2").footnote("注。").text("\n");
        }
        FormattedText title = many.build();

        // WHEN the builder takes it and the writers ask for its lines
        List<FormattedText> lines = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20),
                () -> OfficialDocument.builder().title(title).paragraph("正文。").build().titleLines());

        // THEN every line keeps its own span and note
        FormattedText each = FormattedText.builder().text("第m").superscript("2").footnote("注。").build();
        assertThat(lines).hasSize(100_000);
        assertThat(lines.stream().filter(l -> !l.equals(each)).findFirst()).isEmpty();
    }

    @Test
    void bold_in_a_title_is_refused_naming_the_span_and_a_blank_title_or_note_naming_the_title() {
        assertThatThrownBy(() -> OfficialDocument.builder().title(FormattedText.builder().bold("关于").text("通知").build()))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("title[0].spans[0]: a title is set in its own style, and its bold is that style's, not a "
                        + "span; give its superscripts, subscripts, italic, underline, strike-through and faces only: \"关于\"");
        assertThatThrownBy(() -> OfficialDocument.builder().title(FormattedText.of(" \u3000")))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("title: must not be blank");
        assertThatThrownBy(() -> OfficialDocument.builder().title((FormattedText) null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("title[0]");
        assertThatThrownBy(() -> OfficialDocument.builder().title(FormattedText.builder().text("通知")
                .footnote(FormattedText.builder().text("注。").footnote("注中注。").build()).build()))
                .isInstanceOf(InvalidDocumentException.class);
    }

    private Draft read(byte[] docx) throws Exception {
        Path in = dir.resolve("in.docx");
        Files.write(in, docx);
        return DocxReader.standard().read(in);
    }
}
