package io.gongwen.text;

import io.gongwen.Block;
import io.gongwen.Paragraph;
import io.gongwen.Section;
import io.gongwen.check.TextChecker;
import io.gongwen.docx.read.WordContent;
import io.gongwen.testing.ForeignDocx;
import io.gongwen.testing.WordLikeDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text boxes, shapes with text and WordArt are not laid out: their text is read once, as paragraphs
 * right after the paragraph each is anchored in, with a warning naming that paragraph.
 */
class TextBoxTest {
    private static final String NS = " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    @Test
    void a_text_box_and_its_vml_copy_are_read_once_after_the_paragraph_it_is_anchored_in(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("notice.docx");
        Files.write(file, WordLikeDocx.notice());

        WordContent docx = WordContent.read(file);

        List<String> texts = docx.paragraphs().stream().map(WordContent.Paragraph::text).toList();
        assertThat(texts.subList(7, 11)).containsExactly("检查结果请于月底前报送县应急管理局，详见下框。", WordLikeDocx.BOX_FIRST,
                WordLikeDocx.BOX_SECOND, "各单位要高度重视，精心组织，确保检查工作取得实效。");
        assertThat(texts).filteredOn(WordLikeDocx.BOX_FIRST::equals).hasSize(1);
        assertThat(docx.paragraphs().stream().map(WordContent.Paragraph::number).toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(docx.textBoxes()).containsExactly(new WordContent.TextBox(8, WordContent.BoxKind.TEXT_BOX, 9, 10));
    }

    @Test
    void the_reader_keeps_the_text_where_it_stood_and_warns_at_its_paragraph(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notice.docx");
        Files.write(file, WordLikeDocx.notice());

        Draft draft = DocxReader.builder().paragraphText(TextChecker::applySafeFixes).build().read(file);

        List<String> paragraphs = paragraphs(draft.document().body());
        int anchor = paragraphs.indexOf("检查结果请于月底前报送县应急管理局，详见下框。");
        assertThat(anchor).isNotNegative();
        assertThat(paragraphs.subList(anchor, anchor + 4)).containsExactly("检查结果请于月底前报送县应急管理局，详见下框。",
                WordLikeDocx.BOX_FIRST, WordLikeDocx.BOX_SECOND, "各单位要高度重视，精心组织，确保检查工作取得实效。");
        assertThat(draft.warnings()).contains(new DraftWarning(8, "a text box is not laid out; its text is kept as "
                + "paragraphs 9–10, right after this paragraph: 联系人：张三"));
    }

    @Test
    void in_the_written_result_the_text_stands_after_its_paragraph(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notice.docx");
        Files.write(file, WordLikeDocx.notice());
        Path written = dir.resolve("formatted.docx");

        DocxReader.standard().read(file).document().writeTo(written);

        List<String> texts = WordContent.read(written).paragraphs().stream().map(p -> p.text().strip()).toList();
        int anchor = texts.indexOf("检查结果请于月底前报送县应急管理局，详见下框。");
        assertThat(anchor).isNotNegative();
        assertThat(texts.subList(anchor + 1, anchor + 3)).containsExactly(WordLikeDocx.BOX_FIRST, WordLikeDocx.BOX_SECOND);
        assertThat(WordContent.read(written).textBoxes()).isEmpty();
    }

    @Test
    void an_old_vml_text_box_wordart_and_a_shape_are_told_apart(@TempDir Path dir) throws Exception {
        String body = "<w:p><w:r><w:t>甲</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r>"
                + "<w:t>框中文字</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
                + "<w:p><w:r><w:pict><v:shape><v:textpath string=\"艺术字标语\"/></v:shape></w:pict></w:r></w:p>"
                + "<w:p><w:r><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:cNvSpPr/>"
                + "<wps:txbx><w:txbxContent><w:p><w:r><w:t>箭头里的字</w:t></w:r></w:p></w:txbxContent></wps:txbx>"
                + "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>"
                + "<w:p><w:r><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:cNvSpPr txBox=\"1\"/>"
                + "<wps:txbx><w:txbxContent><w:p><w:r><w:t>弯曲的字</w:t></w:r></w:p></w:txbxContent></wps:txbx>"
                + "<wps:bodyPr><a:prstTxWarp prst=\"textArchUp\"/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>"
                + "</wp:anchor></w:drawing></w:r></w:p>";
        Path file = dir.resolve("shapes.docx");
        Files.write(file, ForeignDocx.withDocumentXml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document" + NS
                + "><w:body>" + body + "</w:body></w:document>"));

        WordContent docx = WordContent.read(file);

        assertThat(docx.paragraphs().stream().map(p -> p.number() + " " + p.text()).toList()).containsExactly(
                "1 甲", "2 框中文字", "3 ", "4 艺术字标语", "5 ", "6 箭头里的字", "7 ", "8 弯曲的字");
        assertThat(docx.textBoxes()).containsExactly(
                new WordContent.TextBox(1, WordContent.BoxKind.TEXT_BOX, 2, 2),
                new WordContent.TextBox(3, WordContent.BoxKind.WORD_ART, 4, 4),
                new WordContent.TextBox(5, WordContent.BoxKind.SHAPE, 6, 6),
                new WordContent.TextBox(7, WordContent.BoxKind.WORD_ART, 8, 8));
    }

    @Test
    void a_text_box_does_not_take_the_page_breaks_of_its_paragraph(@TempDir Path dir) throws Exception {
        // GIVEN a paragraph that starts with a page break and holds a text box before its text, and one
        // whose text ends in a page break followed by a box: the boxes' paragraphs have no break
        String box = "<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>框中文字</w:t></w:r></w:p>"
                + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
        String body = "<w:p><w:r><w:t>甲</w:t></w:r></w:p>"
                + "<w:p><w:r><w:br w:type=\"page\"/></w:r>" + box + "<w:r><w:t>乙</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>丙</w:t></w:r><w:r><w:br w:type=\"page\"/></w:r>" + box + "</w:p>"
                + "<w:p><w:r><w:t>丁</w:t></w:r></w:p>";
        Path file = dir.resolve("breaks.docx");
        Files.write(file, ForeignDocx.withDocumentXml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document" + NS
                + "><w:body>" + body + "</w:body></w:document>"));

        WordContent docx = WordContent.read(file);

        // THEN 乙's paragraph (2) starts a new page, and so does what follows 丙's (6, 丁)
        assertThat(docx.paragraphs().stream().map(p -> p.number() + " " + p.text()).toList()).containsExactly(
                "1 甲", "2 乙", "3 框中文字", "4 丙", "5 框中文字", "6 丁");
        assertThat(docx.pages().breaksBefore()).containsExactlyInAnyOrder(2, 6);
        assertThat(docx.pages().breaksInText()).isEmpty();
    }

    @Test
    void boxes_nested_without_end_are_read_to_a_depth_and_no_further(@TempDir Path dir) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            body.append("<w:p><w:r><w:t>第").append(i).append("层</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>");
        }
        for (int i = 0; i < 1000; i++) {
            body.append("</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>");
        }
        Path file = dir.resolve("nested.docx");
        Files.write(file, ForeignDocx.withDocumentXml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document" + NS
                + "><w:body>" + body + "</w:body></w:document>"));

        WordContent docx = WordContent.read(file);

        assertThat(docx.paragraphs().stream().map(WordContent.Paragraph::text).toList())
                .containsExactly("第0层", "第1层", "第2层", "第3层", "第4层", "第5层", "第6层", "第7层", "第8层");
        assertThat(docx.textBoxes()).hasSize(8);
    }

    private static List<String> paragraphs(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.add(p.text());
            } else if (b instanceof Section s) {
                s.runInText().ifPresent(out::add);
                out.addAll(paragraphs(s.body()));
            }
        }
        return out;
    }
}
