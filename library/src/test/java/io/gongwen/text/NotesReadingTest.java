package io.gongwen.text;

import io.gongwen.Block;
import io.gongwen.DocumentReadException;
import io.gongwen.Emphasis;
import io.gongwen.FormattedText;
import io.gongwen.Note;
import io.gongwen.Paragraph;
import io.gongwen.Section;
import io.gongwen.Span;
import io.gongwen.check.TextChecker;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.ForeignDocx;
import io.gongwen.testing.NoteParts;
import io.gongwen.testing.NotedDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Footnotes and endnotes of a Word-like .docx (built with raw POI: Word's separators, two sections, a
 * bold word in a note, a note in a run-in heading's text) read into the model and written again: every
 * note's text, place and formatting kept, numbered on as Word numbers them; and the hostile cases,
 * each a clear error or a bounded result.
 */
class NotesReadingTest {
    private static final String[] F = NotedDocx.FOOTNOTES;
    private static final String[] E = NotedDocx.ENDNOTES;

    @TempDir
    Path dir;

    @Test
    void reads_every_note_at_its_mark_with_its_spans() throws IOException {
        // GIVEN the notice, four footnotes and two endnotes over two sections
        Path in = write(NotedDocx.notice());

        // WHEN it is read
        Draft draft = DocxReader.standard().read(in);

        // THEN each note stands on the paragraph (or run-in text) of its mark, where its mark stood
        List<Block> body = draft.document().body();
        Paragraph first = (Paragraph) body.get(0);
        assertThat(first.notes()).containsExactly(footnote("根据《中华人民共和国档案法》", F[0]));
        Section one = (Section) body.get(1);
        Paragraph second = (Paragraph) one.body().get(0);
        assertThat(second.text()).isEqualTo("各单位要高度重视档案工作，切实履行档案管理职责。");
        assertThat(second.notes()).containsExactly(new Note("各单位要高度重视档案工作".length(), Note.Kind.FOOTNOTE,
                new FormattedText(F[1], List.of(new Span(0, 2, Set.of(Emphasis.BOLD))))));
        assertThat(((Paragraph) one.body().get(1)).notes())
                .containsExactly(new Note("到2025年，全县档案数字化率要达到90%".length(), Note.Kind.ENDNOTE, FormattedText.of(E[0])));
        Section two = (Section) body.get(2);
        Section system = (Section) two.body().get(0);
        assertThat(system.runInText()).contains("各单位要建立健全档案管理制度。");
        assertThat(system.runInNotes()).containsExactly(footnote("各单位要建立健全档案管理制度", F[2]));
        Section protect = (Section) two.body().get(1);
        assertThat(protect.runInNotes()).containsExactly(footnote("各单位要加强档案安全保护", F[3]),
                new Note(protect.runInText().get().length(), Note.Kind.ENDNOTE, FormattedText.of(E[1])));
        assertThat(draft.warnings()).noneMatch(w -> w.message().contains("note"));
    }

    @Test
    void a_reformatted_notice_keeps_every_note_its_place_its_formatting_and_words_numbering() throws IOException {
        // GIVEN the notice reformatted as `gongwen format` does (safe fixes applied)
        Path in = write(NotedDocx.notice());
        Path out = dir.resolve("out.docx");
        DocxReader.builder().paragraphText(TextChecker::applySafeFixes).build().read(in).document().writeTo(out);

        // WHEN the result is reopened
        DocxInspector docx = new DocxInspector(Files.readAllBytes(out));

        // THEN the marks stand after the same words, numbered on across the source's two sections
        assertThat(NoteParts.marks(docx)).containsExactly(
                "F1 after 根据《中华人民共和国档案法》 {rStyle=FootnoteReference}",
                "F2 after 各单位要高度重视档案工作 {rStyle=FootnoteReference}",
                "E1 after 到2025年，全县档案数字化率要达到90% {rStyle=EndnoteReference}",
                "F3 after （一）健全制度。各单位要建立健全档案管理制度 {rStyle=FootnoteReference}",
                "F4 after （二）加强保护。各单位要加强档案安全保护 {rStyle=FootnoteReference}",
                "E2 after （二）加强保护。各单位要加强档案安全保护，定期开展安全检查。 {rStyle=EndnoteReference}");
        // and each note has its text, the bold word bold and nothing else formatted (the source's 9 pt is the note style's now)
        assertThat(NoteParts.notes(docx, "word/footnotes.xml")).containsExactly(
                "-1 separator: [separator]", "0 continuationSeparator: [continuationSeparator]",
                "1: [ref]{rStyle=FootnoteReference}| |" + F[0],
                "2: [ref]{rStyle=FootnoteReference}| |重点{b}|" + F[1].substring(2),
                "3: [ref]{rStyle=FootnoteReference}| |" + F[2],
                "4: [ref]{rStyle=FootnoteReference}| |" + F[3]);
        assertThat(NoteParts.notes(docx, "word/endnotes.xml")).containsExactly(
                "-1 separator: [separator]", "0 continuationSeparator: [continuationSeparator]",
                "1: [ref]{rStyle=EndnoteReference}| |" + E[0],
                "2: [ref]{rStyle=EndnoteReference}| |" + E[1]);
        assertThat(docx.value("word/settings.xml", "/w:settings/w:footnotePr/w:numRestart/@w:val")).isEqualTo("continuous");
        assertThat(docx.style("FootnoteText", "w:rPr/w:sz/@w:val")).isEqualTo("24");
    }

    @Test
    void the_written_notice_reads_back_into_the_same_document() throws IOException {
        Path in = write(NotedDocx.notice());
        Draft first = DocxReader.standard().read(in);
        Path out = dir.resolve("out.docx");
        first.document().writeTo(out);

        Draft again = DocxReader.standard().read(out);

        assertThat(again.document().body()).isEqualTo(first.document().body());
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void a_note_whose_text_holds_a_mark_is_read_once_without_it() throws IOException {
        // GIVEN a footnote that refers to itself and to another footnote: a loop
        Path in = write(withNotes(body(mark("1")), footnotes(note("1", t("见本注") + mark("1") + t("与") + mark("2") + t("。")),
                note("2", "另注。"))));

        // WHEN it is read
        Draft draft = DocxReader.standard().read(in);

        // THEN the note is read once, without the marks inside it, and a warning says so
        Paragraph p = (Paragraph) draft.document().body().get(0);
        assertThat(p.notes()).containsExactly(new Note(3, Note.Kind.FOOTNOTE, FormattedText.of("见本注与。")));
        assertThat(draft.warnings()).extracting(DraftWarning::message)
                .contains("the footnote 1 has 2 notes' marks in its text; a note cannot hold a note, and they are left out");
    }

    @Test
    void a_mark_that_names_no_note_and_a_second_mark_of_a_note_are_left_out_with_a_warning() throws IOException {
        Path in = write(withNotes(body(mark("7") + mark("1") + t("又") + mark("1")),
                footnotes(note("1", "注。"))));

        Draft draft = DocxReader.standard().read(in);

        Paragraph p = (Paragraph) draft.document().body().get(0);
        assertThat(p.notes()).containsExactly(new Note(3, Note.Kind.FOOTNOTE, FormattedText.of("注。")));
        assertThat(draft.warnings()).extracting(DraftWarning::message).contains(
                "the mark of footnote 7 names no footnote of the package; it is left out",
                "the mark of footnote 1 refers again to a footnote that an earlier mark refers to; the note is read once, "
                        + "at its first mark");
    }

    @Test
    void a_mark_without_a_notes_part_and_a_blank_note_are_left_out_with_a_warning() throws IOException {
        Path noPart = write(ForeignDocx.withDocumentXml(body(mark("1"))));
        assertThat(DocxReader.standard().read(noPart).warnings()).extracting(DraftWarning::message)
                .contains("the mark of footnote 1 names no footnote of the package; it is left out");

        Path blank = write(withNotes(body(mark("1")), footnotes(note("1", " \u3000 "))));
        Draft draft = DocxReader.standard().read(blank);
        assertThat(((Paragraph) draft.document().body().get(0)).notes()).isEmpty();
        assertThat(draft.warnings()).extracting(DraftWarning::message).contains("the footnote 1 has no text; its mark is left out");
    }

    @Test
    void a_note_on_the_title_is_kept_on_the_title_without_a_warning() throws IOException {
        // GIVEN a footnote on the title line, centred
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body>"
                + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>关于加强档案管理工作的通知</w:t></w:r>"
                + mark("1") + "</w:p><w:p><w:r><w:t>各单位要高度重视档案工作。</w:t></w:r></w:p></w:body></w:document>";
        Path in = write(withNotes(xml, footnotes(note("1", "本通知经县政府同意。"))));

        Draft draft = DocxReader.standard().read(in);

        assertThat(draft.document().title()).containsExactly("关于加强档案管理工作的通知");
        assertThat(draft.document().titleNotes()).containsExactly(footnote("关于加强档案管理工作的通知", "本通知经县政府同意。"));
        assertThat(draft.document().titleSpans()).isEmpty();
        assertThat(draft.warnings()).extracting(DraftWarning::message).noneMatch(m -> m.contains("left out"));
    }

    @Test
    void a_notes_part_of_a_million_notes_is_refused_with_a_clear_error() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 1_000_000; i++) {
            many.append("<w:footnote w:id=\"").append(i).append("\"><w:p/></w:footnote>");
        }
        Path in = write(withNotes(body(mark("1")), footnotes(many.toString())));

        assertThatThrownBy(() -> DocxReader.standard().read(in))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining(in.toString());
    }

    @Test
    void more_notes_than_the_limit_are_refused_naming_the_limit() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 20_001; i++) {
            many.append("<w:footnote w:id=\"").append(i).append("\"><w:p><w:r><w:t>注").append(i).append("。</w:t></w:r></w:p></w:footnote>");
        }
        Path in = write(withNotes(body(mark("1")), footnotes(many.toString())));

        assertThatThrownBy(() -> DocxReader.standard().read(in))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("more than 20000 footnotes");
    }

    @Test
    void more_marks_than_the_limit_are_refused_naming_the_limit() throws IOException {
        StringBuilder marks = new StringBuilder();
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i <= 20_000; i++) {
            // ids that do not deflate a hundredfold, or the zip guard refuses the part first
            marks.append(mark(Long.toString(random.nextLong(), 36)));
        }
        Path in = write(withNotes(body(marks.toString()), footnotes(note("1", "注。"))));

        assertThatThrownBy(() -> DocxReader.standard().read(in))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("more than 20000 marks of footnotes and endnotes");
    }

    private static Note footnote(String before, String text) {
        return new Note(before.length(), Note.Kind.FOOTNOTE, FormattedText.of(text));
    }

    private Path write(byte[] docx) throws IOException {
        Path file = Files.createTempFile(dir, "in", ".docx");
        Files.write(file, docx);
        return file;
    }

    /** A body of a centred title and one paragraph "正文。", {@code runs} after its text. */
    private static String body(String runs) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body>"
                + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" + t("关于做好档案工作的通知") + "</w:p>"
                + "<w:p>" + t("正文。") + runs + "</w:p></w:body></w:document>";
    }

    /** A run of text. */
    private static String t(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String mark(String id) {
        return markXml("f", id);
    }

    private static String markXml(String kind, String id) {
        return "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:" + (kind.equals("f") ? "footnote" : "endnote")
                + "Reference w:id=\"" + id + "\"/></w:r>";
    }

    /** A footnote as Word writes it: its number, a space, then {@code runs} (text, or runs' XML). */
    private static String note(String id, String runs) {
        return "<w:footnote w:id=\"" + id + "\"><w:p><w:r><w:footnoteRef/></w:r>" + t(" ")
                + (runs.startsWith("<") ? runs : t(runs)) + "</w:p></w:footnote>";
    }

    private static String footnotes(String... notes) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes " + ForeignDocx.W + ">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                + String.join("", notes) + "</w:footnotes>";
    }

    /** A package with this document.xml and footnotes.xml. */
    private static byte[] withNotes(String documentXml, String footnotesXml) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ForeignDocx.CONTENT_TYPES.replace("</Types>", "<Override PartName=\"/word/footnotes.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ForeignDocx.ROOT_RELS.getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
        parts.put("word/_rels/document.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" "
                + "Target=\"footnotes.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/footnotes.xml", footnotesXml.getBytes(StandardCharsets.UTF_8));
        return ForeignDocx.zip(parts);
    }
}
