package io.gongwen.docx.write;

import io.gongwen.FormattedText;
import io.gongwen.OfficialDocument;
import io.gongwen.check.TextChecker;
import io.gongwen.testing.NotedDocx;
import io.gongwen.testing.OoxmlValidator;
import io.gongwen.text.DocxReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Microsoft's Open XML SDK validator over documents with footnotes and endnotes: zero errors. */
@Tag("validator")
class NotesValidityTest {
    @Test
    void a_reformatted_notice_with_footnotes_and_endnotes_is_valid(@TempDir Path dir) throws Exception {
        OoxmlValidator validator = OoxmlValidator.require();
        Path in = dir.resolve("in.docx");
        Files.write(in, NotedDocx.notice());
        Path out = dir.resolve("out.docx");
        DocxReader.builder().paragraphText(TextChecker::applySafeFixes).build().read(in).document().writeTo(out);

        assertThat(validator.validate(out)).isEqualTo("valid");
    }

    @Test
    void a_reformatted_notice_with_notes_on_its_headings_is_valid(@TempDir Path dir) throws Exception {
        OoxmlValidator validator = OoxmlValidator.require();
        Path in = dir.resolve("in.docx");
        Files.write(in, NotedDocx.headingNotice());
        Path out = dir.resolve("out.docx");
        DocxReader.standard().read(in).document().writeTo(out);

        assertThat(validator.validate(out)).isEqualTo("valid");
    }

    @Test
    void notes_in_paragraphs_run_in_text_attachments_and_with_spans_are_valid(@TempDir Path dir) throws Exception {
        OoxmlValidator validator = OoxmlValidator.require();
        Path out = dir.resolve("built.docx");
        OfficialDocument.builder().title("关于加强档案管理工作的通知")
                .paragraph(FormattedText.builder().footnote("开头的注。").text("根据").bold("档案法").endnote("尾注。")
                        .text("。").footnote(FormattedText.builder().text("面积3000m").superscript("2").build()).build())
                .section("工作措施", s -> s.runIn("健全制度。", "各单位要建立制度。").footnote("范本见网站。"))
                .signature("某某县人民政府办公室")
                .attachment("档案工作要求", a -> a.paragraph("按要求归档。").endnote("见说明。"))
                .build().writeTo(out);

        assertThat(validator.validate(out)).isEqualTo("valid");
    }
}
