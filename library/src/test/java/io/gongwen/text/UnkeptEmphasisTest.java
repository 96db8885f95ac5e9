package io.gongwen.text;

import io.gongwen.testing.ForeignDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader never changes what a document says silently: a superscript, subscript, italic, underlined
 * or struck stretch that the part it stands in cannot keep (the closing lines hold plain text) is
 * written plain, and the reader says so at its paragraph; one the document keeps (a body paragraph's,
 * a heading's, the title's) costs no warning, and bold, a title's look, none either.
 */
class UnkeptEmphasisTest {
    private static final String SUP = "<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>";

    @TempDir
    Path dir;

    private Draft read(String title, String body) throws IOException {
        return read(title, body, "<w:r><w:t>某县人民政府</w:t></w:r>");
    }

    private Draft read(String title, String body, String signature) throws IOException {
        return read(title, body, signature, "");
    }

    private Draft read(String title, String body, String signature, String after) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body>"
                + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" + title + "</w:p>"
                + "<w:p><w:r><w:t>各乡镇人民政府：</w:t></w:r></w:p><w:p>" + body + "</w:p>"
                + "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr>" + signature + "</w:p>"
                + "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t>2024年3月1日</w:t></w:r></w:p>" + after
                + "</w:body></w:document>";
        Path file = Files.write(dir.resolve("notice.docx"), ForeignDocx.withDocumentXml(xml));
        return DocxReader.standard().read(file);
    }

    @Test
    void a_superscript_in_the_title_is_kept_and_costs_no_warning() throws IOException {
        Draft draft = read("<w:r><w:t>关于新增绿地10</w:t></w:r><w:r>" + SUP + "<w:t>4</w:t></w:r><w:r><w:t>平方米的通知</w:t></w:r>",
                "<w:r><w:t>现将有关事项通知如下。</w:t></w:r>");

        assertThat(draft.document().title()).containsExactly("关于新增绿地104平方米的通知");
        assertThat(draft.document().titleSpans()).containsExactly(new io.gongwen.Span(8, 9,
                java.util.Set.of(io.gongwen.Emphasis.SUPERSCRIPT), java.util.Optional.empty()));
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void a_superscript_in_the_signature_is_written_level_and_the_reader_says_so_at_its_line() throws IOException {
        Draft draft = read("<w:r><w:t>关于新增绿地的通知</w:t></w:r>", "<w:r><w:t>现将有关事项通知如下。</w:t></w:r>",
                "<w:r><w:t>某县人民政府</w:t></w:r><w:r>" + SUP + "<w:t>1</w:t></w:r>");

        assertThat(draft.warnings()).extracting(DraftWarning::toString).containsExactly("line 4: its superscript text "
                + "(1, after 某县人民政府) is written plain and level with the rest: this part of the document keeps no "
                + "character formatting; check it");
    }

    @Test
    void a_superscript_in_an_attachments_title_is_still_written_level_with_a_warning_at_its_line() throws IOException {
        String attachment = "<w:p><w:r><w:t>附件</w:t></w:r></w:p><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                + "<w:r><w:t>新增绿地10</w:t></w:r><w:r>" + SUP + "<w:t>4</w:t></w:r><w:r><w:t>公顷的说明</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>说明如下。</w:t></w:r></w:p>";
        Draft draft = read("<w:r><w:t>关于新增绿地的通知</w:t></w:r>", "<w:r><w:t>现将有关事项通知如下。</w:t></w:r>",
                "<w:r><w:t>某县人民政府</w:t></w:r>", attachment);

        assertThat(draft.document().attachments()).extracting(io.gongwen.Attachment::title)
                .containsExactly("新增绿地104公顷的说明");
        assertThat(draft.warnings()).extracting(DraftWarning::toString).contains("line 7: its superscript text "
                + "(4, after 新增绿地10) is written plain and level with the rest: this part of the document keeps no "
                + "character formatting; check it");
    }

    @Test
    void a_superscript_the_body_keeps_and_a_bold_title_cost_no_warning() throws IOException {
        Draft draft = read("<w:r><w:rPr><w:b/></w:rPr><w:t>关于新增绿地的通知</w:t></w:r>",
                "<w:r><w:t>全县新增绿地10</w:t></w:r><w:r>" + SUP + "<w:t>4</w:t></w:r><w:r><w:t>平方米。</w:t></w:r>");

        assertThat(draft.warnings()).isEmpty();
        assertThat(((io.gongwen.Paragraph) draft.document().body().get(0)).spans()).hasSize(1);
    }
}
