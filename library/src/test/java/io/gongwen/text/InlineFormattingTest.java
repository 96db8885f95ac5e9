package io.gongwen.text;

import io.gongwen.Block;
import io.gongwen.Emphasis;
import io.gongwen.Font;
import io.gongwen.FormattedText;
import io.gongwen.HeadingLevel;
import io.gongwen.Paragraph;
import io.gongwen.Section;
import io.gongwen.Span;
import io.gongwen.check.TextChecker;
import io.gongwen.testing.ForeignDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Character formatting inside a paragraph, read from a .docx into the model: the spans follow the
 * text through the printed number, the run-in heading's split and the safe text fixes.
 */
class InlineFormattingTest {
    private static final Set<Emphasis> BOLD = Set.of(Emphasis.BOLD);

    @TempDir
    Path dir;

    @Test
    void keeps_bold_lead_ins_superscripts_and_subscripts_of_a_summary() throws IOException {
        // GIVEN a 总结 with 一是 and 二是 in bold, 10⁴, CO₂ and m²
        Path file = write(ForeignDocx.summaryWithEmphasis());

        // WHEN it is read
        List<Block> results = section(DocxReader.standard().read(file).document().body().get(1)).body();

        // THEN each paragraph has its text with the same characters under the same formatting
        Paragraph first = (Paragraph) results.get(0);
        assertThat(first.text()).isEqualTo("一是经济稳步增长。全县生产总值达到1.2×104亿元。");
        assertThat(first.spans()).containsExactly(new Span(0, 2, BOLD), span(first.text(), "4", Emphasis.SUPERSCRIPT));
        Paragraph second = (Paragraph) results.get(1);
        assertThat(second.spans()).containsExactly(new Span(0, 2, BOLD), span(second.text(), "2排", Emphasis.SUBSCRIPT, 1),
                span(second.text(), "2。", Emphasis.SUPERSCRIPT, 1));
    }

    @Test
    void a_bold_run_in_heading_is_the_headings_style_and_the_bold_in_its_text_a_span() throws IOException {
        // GIVEN "（一）强化组织领导。" in bold, then its text with one bold word
        Path file = write(ForeignDocx.summaryWithEmphasis());

        // WHEN it is read
        List<Block> results = section(DocxReader.standard().read(file).document().body().get(1)).body();

        // THEN the bold made it a run-in heading, and only the word is a span, counted in the text after it
        Section heading = (Section) results.get(2);
        assertThat(heading.level()).isEqualTo(HeadingLevel.TWO);
        assertThat(heading.heading()).isEqualTo("强化组织领导。");
        assertThat(heading.runInText()).contains("各单位务必落实主体责任。");
        assertThat(heading.runInSpans()).containsExactly(new Span(3, 5, BOLD));
    }

    @Test
    void a_bold_lead_in_without_a_number_is_emphasis_with_one_a_heading() throws IOException {
        // GIVEN the same bold lead-in, once after a printed number and once without
        Path file = write(ForeignDocx.withRuns(new String[] {"关于做好值班工作的通知"},
                new String[] {"b|（一）落实责任。", "各单位要落实值班责任。"},
                new String[] {"b|落实责任。", "各单位要落实值班责任。"}));

        // WHEN it is read
        List<Block> body = DocxReader.standard().read(file).document().body();

        // THEN the numbered one is a run-in heading with plain text, the other a paragraph with a bold span
        Section section = (Section) body.get(0);
        assertThat(section.heading()).isEqualTo("落实责任。");
        assertThat(section.runInSpans()).isEmpty();
        assertThat(section.body()).containsExactly(new Paragraph("落实责任。各单位要落实值班责任。", List.of(new Span(0, 5, BOLD))));
    }

    @Test
    void a_numbered_item_keeps_its_number_in_the_text_and_its_spans_where_they_were() throws IOException {
        // GIVEN list entries (；) with a bold word after the printed number
        Path file = write(ForeignDocx.withRuns(new String[] {"关于做好值班工作的通知"},
                new String[] {"值班要求如下，请遵照执行。"},
                new String[] {"1.", "b|严格", "执行值班制度；"},
                new String[] {"2.", "b|及时", "报告突发事件。"}));

        // WHEN it is read
        List<Block> body = DocxReader.standard().read(file).document().body();

        // THEN they are paragraphs, the bold still on 严格 and 及时
        assertThat(body).contains(new Paragraph("1.严格执行值班制度；", List.of(new Span(2, 4, BOLD))),
                new Paragraph("2.及时报告突发事件。", List.of(new Span(2, 4, BOLD))));
    }

    @Test
    void keeps_italic_underline_and_a_kai_quotation_as_the_author_set_them() throws IOException {
        Path file = write(ForeignDocx.summaryWithEmphasis());

        List<Block> results = section(section(DocxReader.standard().read(file).document().body().get(1)).body().get(2)).body();

        Paragraph quoted = (Paragraph) results.get(0);
        assertThat(quoted.spans()).containsExactly(span(quoted.text(), "“发展是第一要务”", Emphasis.ITALIC),
                span(quoted.text(), "必须牢记", Emphasis.UNDERLINE));
        Paragraph kai = (Paragraph) results.get(1);
        int at = kai.text().indexOf("“绿水");
        assertThat(kai.spans()).containsExactly(new Span(at, at + "“绿水青山就是金山银山。”".length(), Set.of(),
                Optional.of(Font.chinese("楷体_GB2312"))));
    }

    @Test
    void a_paragraph_all_in_kai_is_in_the_paragraphs_face_and_plain() throws IOException {
        Path file = write(ForeignDocx.withRuns(new String[] {"关于做好值班工作的通知"},
                new String[] {"k|各单位要落实值班责任。"}));

        List<Block> body = DocxReader.standard().read(file).document().body();

        assertThat(body).containsExactly(new Paragraph("各单位要落实值班责任。"));
    }

    @Test
    void spans_follow_the_safe_fixes_that_change_the_texts_length() throws IOException {
        // GIVEN "..." (fixed to ……, one character shorter) before a superscript
        Path file = write(ForeignDocx.withRuns(new String[] {"关于做好值班工作的通知"},
                new String[] {"b|一是", "面积扩大...新增绿地3000m", "^|2", "。"}));

        // WHEN it is read with the checker's safe fixes
        Draft draft = DocxReader.builder().paragraphText(TextChecker::applySafeFixes).build().read(file);

        // THEN the text is fixed as without spans, and the superscript is still on the 2
        Paragraph p = (Paragraph) draft.document().body().get(0);
        assertThat(p.text()).isEqualTo("一是面积扩大……新增绿地3000m2。");
        assertThat(p.spans()).containsExactly(new Span(0, 2, BOLD), span(p.text(), "2。", Emphasis.SUPERSCRIPT, 1));
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void a_fix_across_a_spans_edge_reads_the_paragraph_plain_with_a_warning() throws IOException {
        // GIVEN a half-width comma right after the bold lead-in: only the whole text shows it follows Chinese
        Path file = write(ForeignDocx.withRuns(new String[] {"关于做好值班工作的通知"},
                new String[] {"b|一是加强领导", ",各单位要落实值班责任。"}));

        // WHEN it is read with the checker's safe fixes
        Draft draft = DocxReader.builder().paragraphText(TextChecker::applySafeFixes).build().read(file);

        // THEN the words are fixed as ever, and the bold is not guessed
        assertThat(draft.document().body()).containsExactly(new Paragraph("一是加强领导，各单位要落实值班责任。"));
        assertThat(draft.warnings()).extracting(DraftWarning::message).containsExactly("the text fixes change this "
                + "paragraph across the edge of its bold, italic, underlined, raised or lowered characters; it is read "
                + "without them: 一是加强领导，各单位要落实值班责任。");
    }

    @Test
    void spans_follow_a_paragraphs_indentation_and_line_breaks() throws IOException {
        // GIVEN a paragraph indented with spaces, broken by a line break, bold on both sides
        Path file = write(ForeignDocx.withDocumentXml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                + ForeignDocx.W + "><w:body><w:p><w:r><w:t>关于做好值班工作的通知</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">    一是</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>加强</w:t></w:r>"
                + "<w:r><w:t>领导。</w:t><w:br/><w:t>二是</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>压实</w:t></w:r>"
                + "<w:r><w:t>责任。</w:t></w:r></w:p></w:body></w:document>"));

        List<Block> body = DocxReader.standard().read(file).document().body();

        assertThat(body).containsExactly(new Paragraph("一是加强领导。", List.of(new Span(2, 4, BOLD))),
                new Paragraph("二是压实责任。", List.of(new Span(2, 4, BOLD))));
    }

    @Test
    void a_paragraph_formatted_alike_throughout_has_no_spans() throws IOException {
        Path file = write(ForeignDocx.typedByAClerk());

        OfficialDocumentWalk.blocks(DocxReader.standard().read(file).document().body()).forEach(b -> {
            if (b instanceof Paragraph p) {
                assertThat(p.spans()).as(p.text()).isEmpty();
            }
        });
    }

    @Test
    void warns_that_the_colour_and_the_other_size_of_body_text_are_dropped() throws IOException {
        // GIVEN a red title, and body paragraphs with red words, a 22 pt phrase, and both
        Path file = write(ForeignDocx.withRuns(new String[] {"r|关于做好值班工作的通知"},
                new String[] {"各单位要", "r|认真", "落实。"},
                new String[] {"各单位要", "L|务必", "落实。"},
                new String[] {"b|一是", "rL|压实责任", "。"}));

        // WHEN it is read
        Draft draft = DocxReader.standard().read(file);

        // THEN the words stay, without colour or size, and each body paragraph says what it lost
        assertThat(draft.document().body()).containsExactly(new Paragraph("各单位要认真落实。"),
                new Paragraph("各单位要务必落实。"), new Paragraph("一是压实责任。", List.of(new Span(0, 2, BOLD))));
        assertThat(draft.warnings()).extracting(DraftWarning::toString).containsExactly(
                "line 2: its coloured text (FF0000: 认真) is written in black",
                "line 3: its text of another size (22 pt among 12 pt: 务必) is written in the size of the rest",
                "line 4: its coloured text (FF0000: 压实责任) is written in black; its text of another size "
                        + "(22 pt among 12 pt: 压实责任) is written in the size of the rest");
    }

    @Test
    void keeps_strike_through_and_warns_that_highlighting_capitals_and_spacing_are_dropped() throws IOException {
        // GIVEN struck words, doubly struck words, a highlighted word, small capitals and spaced characters
        Path file = write(ForeignDocx.withRuns(new String[] {"关于做好值班工作的通知"},
                new String[] {"各单位要", "s|尽快", "认真落实。"},
                new String[] {"d|此句删去。", "此句保留。"},
                new String[] {"各单位要", "h|认真", "落实。"},
                new String[] {"c|Gdp", "稳步增长。"},
                new String[] {"w|现将", "有关事项通知如下。"}));

        // WHEN it is read
        Draft draft = DocxReader.standard().read(file);

        // THEN the struck words stay struck, as the author set them; the others are plain, each with a warning
        assertThat(draft.document().body()).containsExactly(
                new Paragraph("各单位要尽快认真落实。", List.of(new Span(4, 6, Set.of(Emphasis.STRIKE)))),
                new Paragraph("此句删去。此句保留。", List.of(new Span(0, 5, Set.of(Emphasis.DOUBLE_STRIKE)))),
                new Paragraph("各单位要认真落实。"), new Paragraph("Gdp稳步增长。"), new Paragraph("现将有关事项通知如下。"));
        assertThat(draft.warnings()).extracting(DraftWarning::toString).containsExactly(
                "line 4: its highlighted text (yellow: 认真) is written without highlighting",
                "line 5: its text in small capitals (Gdp) is written in the letters as typed",
                "line 6: its text with its characters spaced (+2 pt: 现将) is written with the body's spacing");
    }

    @Test
    void a_span_cannot_be_struck_through_once_and_twice() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Span(0, 1, Set.of(Emphasis.STRIKE, Emphasis.DOUBLE_STRIKE)))
                .isInstanceOf(io.gongwen.InvalidDocumentException.class)
                .hasMessageContaining("span.emphasis").hasMessageContaining("struck through both once and twice");
    }

    @Test
    void builds_formatted_text_run_by_run_joining_runs_formatted_alike() {
        FormattedText t = FormattedText.builder().bold("一是").bold("加强").text("领导，CO").subscript("2")
                .run("", Emphasis.ITALIC).run("排放", Emphasis.BOLD, Emphasis.UNDERLINE).build();

        assertThat(t.text()).isEqualTo("一是加强领导，CO2排放");
        assertThat(t.spans()).containsExactly(new Span(0, 4, BOLD), new Span(9, 10, Set.of(Emphasis.SUBSCRIPT)),
                new Span(10, 12, Set.of(Emphasis.BOLD, Emphasis.UNDERLINE)));
        assertThat(t.slice(2, 10)).isEqualTo(new FormattedText("加强领导，CO2",
                List.of(new Span(0, 2, BOLD), new Span(7, 8, Set.of(Emphasis.SUBSCRIPT)))));
    }

    /** The span over {@code part}'s first character(s) where {@code part} stands in {@code text}. */
    private static Span span(String text, String part, Emphasis e) {
        return span(text, part, e, part.length());
    }

    private static Span span(String text, String part, Emphasis e, int length) {
        int at = text.indexOf(part);
        assertThat(at).as(part).isNotNegative();
        return new Span(at, at + length, Set.of(e));
    }

    private static Section section(Block block) {
        assertThat(block).isInstanceOf(Section.class);
        return (Section) block;
    }

    private Path write(byte[] docx) throws IOException {
        Path file = dir.resolve("in.docx");
        Files.write(file, docx);
        return file;
    }

    /** Every block of a body, sections' content included. */
    private static final class OfficialDocumentWalk {
        static List<Block> blocks(List<Block> body) {
            List<Block> out = new ArrayList<>();
            for (Block b : body) {
                out.add(b);
                if (b instanceof Section s) {
                    out.addAll(blocks(s.body()));
                }
            }
            return out;
        }
    }
}
