package io.gongwen.check;

import io.gongwen.Emphasis;
import io.gongwen.FormattedText;
import io.gongwen.OfficialDocument;
import io.gongwen.testing.ForeignDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code italic} and {@code underline}: kept by reformatting, reported by the checker. */
class CharacterRulesTest {
    @TempDir
    Path dir;

    @Test
    void reports_italic_and_underlined_text_once_per_paragraph_at_its_first_run() throws IOException {
        // GIVEN a 总结 with an italic quotation and an underlined phrase in one paragraph
        Path file = write(ForeignDocx.summaryWithEmphasis());

        // WHEN it is checked
        List<Finding> findings = new DocxChecker().check(file);

        // THEN each is a warning at the paragraph, offset where it starts, quoting it in both languages
        List<Finding> found = findings.stream().filter(f -> f.rule().group() == Rule.Group.CHARACTERS).toList();
        assertThat(found).extracting(Finding::rule, Finding::severity, Finding::line, Finding::offset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.ITALIC, Severity.WARNING, 7, 7),
                        org.assertj.core.groups.Tuple.tuple(Rule.UNDERLINE, Severity.WARNING, 7, 17));
        assertThat(found.get(0).chinese()).isEqualTo("斜体““发展是第一要务””：公文一般不用斜体表示强调，已保留原样，请核对");
        assertThat(found.get(1).english()).isEqualTo("underlined \"必须牢记\": official documents do not use it for "
                + "emphasis; kept as set, check it");
        assertThat(found.get(1).where()).isEqualTo(new Where.Paragraph(7));
    }

    @Test
    void reports_struck_text_once_per_paragraph_at_its_first_run() throws IOException {
        Path file = write(ForeignDocx.withRuns(new String[] {"关于做好值班工作的通知"},
                new String[] {"各单位要", "s|尽快", "认真", "d|务必", "落实。"}));

        List<Finding> findings = new DocxChecker().check(file);

        List<Finding> found = findings.stream().filter(f -> f.rule().group() == Rule.Group.CHARACTERS).toList();
        assertThat(found).extracting(Finding::rule, Finding::line, Finding::offset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.STRIKE, 2, 4));
        assertThat(found.get(0).chinese()).isEqualTo("删除线“尽快”：删除线通常表示拟删除的文字，已保留原样，请核对");
        assertThat(found.get(0).english()).isEqualTo("struck through \"尽快\": it usually marks words to be removed; "
                + "kept as set, check it");
        assertThat(Rule.of("strike-through")).contains(Rule.STRIKE);
    }

    @Test
    void reports_italic_text_in_the_title_which_reformatting_now_keeps() throws IOException {
        // GIVEN a notice whose title has an italic word
        Path file = write(ForeignDocx.withRuns(new String[] {"关于做好", "i|冬季", "值班工作的通知"},
                new String[] {"各单位要认真落实。"}));

        // WHEN it is checked, and read as reformatting reads it
        List<Finding> found = new DocxChecker().check(file).stream()
                .filter(f -> f.rule().group() == Rule.Group.CHARACTERS).toList();
        OfficialDocument read = io.gongwen.text.DocxReader.standard().read(file).document();

        // THEN the finding at the title says it is kept, and it is: the title's span is italic
        assertThat(found).extracting(Finding::rule, Finding::line, Finding::offset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.ITALIC, 1, 4));
        assertThat(found.get(0).english()).isEqualTo("italic \"冬季\": official documents do not use it for emphasis; "
                + "kept as set, check it");
        assertThat(read.titleFormatted()).isEqualTo(FormattedText.builder().text("关于做好").run("冬季", Emphasis.ITALIC)
                .text("值班工作的通知").build());
    }

    @Test
    void reports_italic_underlined_and_struck_text_in_table_cells_as_in_the_body() throws IOException {
        // GIVEN a report made with raw POI whose table cells have an italic, an underlined and a struck word
        Path file = write(io.gongwen.testing.FormattedTableDocx.report());

        // WHEN it is checked
        List<Finding> findings = new DocxChecker().check(file);

        // THEN each is reported at its cell's paragraph (every paragraph counts, the table's too)
        List<Finding> found = findings.stream().filter(f -> f.rule().group() == Rule.Group.CHARACTERS).toList();
        assertThat(found).extracting(Finding::rule, Finding::line, Finding::offset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.ITALIC, 9, 7),
                        org.assertj.core.groups.Tuple.tuple(Rule.UNDERLINE, 10, 1),
                        org.assertj.core.groups.Tuple.tuple(Rule.STRIKE, 13, 2));
        assertThat(found.get(0).english()).isEqualTo("italic \"（新建）\": official documents do not use it for "
                + "emphasis; kept as set, check it");
    }

    @Test
    void reports_italic_that_our_own_writer_kept() throws IOException {
        // GIVEN a document written with an italic span, as a reformat of the author's writes it
        Path file = write(OfficialDocument.builder().title("关于做好值班工作的通知")
                .paragraph(FormattedText.builder().text("各单位要").run("认真", Emphasis.ITALIC).text("落实。").build())
                .build().toBytes());

        List<Finding> findings = new DocxChecker().check(file);

        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.ITALIC);
    }

    @Test
    void reports_italic_and_underline_in_an_article_and_in_a_heading_as_in_the_body() throws IOException {
        // GIVEN the measures whose 第二条 has an italic 应当 and an underlined 按时, and the notice whose
        // heading （一）推进绿色发展 has an italic 绿色
        List<Finding> articles = new DocxChecker().check(write(io.gongwen.testing.NotedDocx.regulation()));
        List<Finding> headings = new DocxChecker().check(write(io.gongwen.testing.NotedDocx.headingSpans()));

        // THEN each is reported at its paragraph, where it starts, as a body paragraph's would be
        assertThat(articles).filteredOn(f -> f.rule().group() == Rule.Group.CHARACTERS)
                .extracting(Finding::rule, Finding::line, Finding::offset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.ITALIC, 4, 18),
                        org.assertj.core.groups.Tuple.tuple(Rule.UNDERLINE, 4, 20));
        assertThat(headings).filteredOn(f -> f.rule().group() == Rule.Group.CHARACTERS)
                .extracting(Finding::rule, Finding::line, Finding::offset, Finding::chinese)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.ITALIC, 7, 5,
                        "斜体“绿色”：公文一般不用斜体表示强调，已保留原样，请核对"));
    }

    @Test
    void does_not_report_underlined_spaces_a_blank_to_fill_in_nor_bold() throws IOException {
        Path file = write(ForeignDocx.withRuns(new String[] {"关于做好值班工作的通知"},
                new String[] {"b|一是", "请填写姓名", "u|      ", "后报送。"}));

        List<Finding> findings = new DocxChecker().check(file);

        assertThat(findings).filteredOn(f -> f.rule().group() == Rule.Group.CHARACTERS).isEmpty();
    }

    private Path write(byte[] docx) throws IOException {
        Path file = dir.resolve("in.docx");
        Files.write(file, docx);
        return file;
    }
}
