package io.gongwen.text;

import io.gongwen.FormattedText;
import io.gongwen.InvalidDocumentException;
import io.gongwen.NoteNumbering;
import io.gongwen.OfficialDocument;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.NotedDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How notes are numbered (issue 15): read from the section's and the settings' {@code w:footnotePr}
 * and {@code w:endnotePr}, kept on the document ({@link OfficialDocument#footnoteNumbering()}), and
 * written back into both.
 */
class NoteNumberingTest {
    @TempDir
    Path dir;

    @Test
    void writes_the_numbering_into_the_settings_and_each_section() {
        OfficialDocument doc = OfficialDocument.builder().title("关于加强档案管理工作的通知")
                .paragraph(FormattedText.builder().text("根据《档案法》").footnote("2020年修订。").text("，通知如下。")
                        .endnote("见县档案局网站。").build())
                .footnoteNumbering(new NoteNumbering(NoteNumbering.Restart.EACH_PAGE,
                        NoteNumbering.Format.DECIMAL_ENCLOSED_CIRCLE, 1))
                .endnoteNumbering(new NoteNumbering(NoteNumbering.Restart.EACH_SECTION, NoteNumbering.Format.LOWER_ROMAN, 3))
                .build();

        DocxInspector docx = new DocxInspector(doc.toBytes());

        String settings = "/w:settings/w:footnotePr/";
        assertThat(docx.value("word/settings.xml", settings + "w:numRestart/@w:val")).isEqualTo("eachPage");
        assertThat(docx.value("word/settings.xml", settings + "w:numFmt/@w:val")).isEqualTo("decimalEnclosedCircle");
        assertThat(docx.value("word/settings.xml", settings + "w:numStart/@w:val")).isEqualTo("1");
        assertThat(docx.value("word/settings.xml", "/w:settings/w:endnotePr/w:numRestart/@w:val")).isEqualTo("eachSect");
        assertThat(docx.value("word/settings.xml", "/w:settings/w:endnotePr/w:numFmt/@w:val")).isEqualTo("lowerRoman");
        assertThat(docx.value("word/settings.xml", "/w:settings/w:endnotePr/w:numStart/@w:val")).isEqualTo("3");
        assertThat(docx.sections()).isNotEmpty().allSatisfy(s -> {
            assertThat(docx.value(s, "w:footnotePr/w:numRestart/@w:val")).isEqualTo("eachPage");
            assertThat(docx.value(s, "w:footnotePr/w:numFmt/@w:val")).isEqualTo("decimalEnclosedCircle");
            assertThat(docx.value(s, "w:endnotePr/w:numStart/@w:val")).isEqualTo("3");
        });
    }

    @Test
    void reads_the_sections_numbering_over_the_settings_and_writes_it_back() throws IOException {
        // GIVEN the POI-made notice, its settings numbering on through the document, its last section on each page
        Path in = write(NotedDocx.withNumbering("<w:footnotePr><w:numFmt w:val=\"decimal\"/><w:numRestart w:val=\"continuous\"/>"
                        + "</w:footnotePr><w:endnotePr><w:numFmt w:val=\"chineseCounting\"/></w:endnotePr>",
                "<w:footnotePr><w:numRestart w:val=\"eachPage\"/></w:footnotePr>"));

        // WHEN it is read and written again
        Draft draft = DocxReader.standard().read(in);
        DocxInspector out = new DocxInspector(draft.document().toBytes());

        // THEN the footnotes start again on each page, the endnotes are in Chinese numerals, and so they are written
        assertThat(draft.document().footnoteNumbering()).isEqualTo(NoteNumbering.eachPage());
        assertThat(draft.document().endnoteNumbering()).isEqualTo(new NoteNumbering(NoteNumbering.Restart.CONTINUOUS,
                NoteNumbering.Format.CHINESE_COUNTING, 1));
        assertThat(draft.warnings()).isEmpty();
        assertThat(out.value("word/settings.xml", "/w:settings/w:footnotePr/w:numRestart/@w:val")).isEqualTo("eachPage");
        assertThat(out.value("word/settings.xml", "/w:settings/w:endnotePr/w:numFmt/@w:val")).isEqualTo("chineseCounting");
        // and it reads back into the same document
        Path again = dir.resolve("again.docx");
        draft.document().writeTo(again);
        assertThat(DocxReader.standard().read(again).document()).isEqualTo(draft.document());
    }

    @Test
    void a_document_that_says_nothing_is_numbered_on_through_the_document() throws IOException {
        Draft draft = DocxReader.standard().read(write(NotedDocx.notice()));

        assertThat(draft.document().footnoteNumbering()).isEqualTo(NoteNumbering.continuous());
        assertThat(draft.document().endnoteNumbering()).isEqualTo(NoteNumbering.continuous());
    }

    @Test
    void a_numbering_the_writer_cannot_print_is_read_as_the_default_with_a_warning() throws IOException {
        Path in = write(NotedDocx.withNumbering("", "<w:footnotePr><w:numFmt w:val=\"hebrew1\"/><w:numStart w:val=\"99999\"/>"
                + "</w:footnotePr><w:endnotePr><w:numRestart w:val=\"eachPage\"/></w:endnotePr>"));

        Draft draft = DocxReader.standard().read(in);

        assertThat(draft.document().footnoteNumbering()).isEqualTo(NoteNumbering.continuous());
        assertThat(draft.document().endnoteNumbering()).isEqualTo(NoteNumbering.continuous());
        assertThat(draft.warnings()).extracting(DraftWarning::toString).contains(
                "its footnotes are numbered in a form the writer does not print (hebrew1); they are numbered 1, 2, 3",
                "its footnotes' first number (99999) is not one Word takes; they are numbered from 1",
                "its endnotes start again at eachPage, which the writer cannot do; they are numbered on through the document");
    }

    @Test
    void the_builder_refuses_endnotes_restarting_on_each_page_and_a_first_number_out_of_range() {
        assertThatThrownBy(() -> OfficialDocument.builder().endnoteNumbering(NoteNumbering.eachPage()))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("endnoteNumbering")
                .hasMessageContaining("cannot start again on each page");
        assertThatThrownBy(() -> new NoteNumbering(NoteNumbering.Restart.CONTINUOUS, NoteNumbering.Format.DECIMAL, -1))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("noteNumbering.start")
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> OfficialDocument.builder().footnoteNumbering(null))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("footnoteNumbering");
    }

    private Path write(byte[] docx) throws IOException {
        Path file = dir.resolve("in.docx");
        Files.write(file, docx);
        return file;
    }
}
