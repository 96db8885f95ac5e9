package io.gongwen.text;

import io.gongwen.docx.Revisions;
import io.gongwen.docx.read.WordContent;
import io.gongwen.testing.ForeignDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A .docx with tracked changes is read as if every change were accepted, and says how many there
 * were; comments are left out and counted (issue 15).
 */
class TrackedChangesTest {
    private static final String REV = " w:id=\"%d\" w:author=\"办公室\" w:date=\"2026-11-30T09:00:00Z\"";

    @TempDir
    Path dir;

    private Path docx(String... paragraphs) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W
                + "><w:body>");
        for (String p : paragraphs) {
            xml.append("<w:p>").append(p).append("</w:p>");
        }
        xml.append("</w:body></w:document>");
        return Files.write(dir.resolve("changed.docx"), ForeignDocx.withDocumentXml(xml.toString()));
    }

    /** A table's stated width as a share of its section's text block. */
    private static double share(WordContent.Table table) {
        return table.width().orElseThrow().points() / table.textWidth().orElseThrow().points();
    }

    private static String run(String text) {
        return "<w:r><w:t>" + text + "</w:t></w:r>";
    }

    /** A notice whose deadline was changed (3月1日 deleted, 3月15日 inserted) and a sentence moved: four changes. */
    private Path changedNotice() throws IOException {
        return docx(run("关于开展安全检查的通知"),
                run("各乡镇人民政府："),
                run("请于") + "<w:del" + REV.formatted(1) + "><w:r><w:delText>3月1日</w:delText></w:r></w:del>"
                        + "<w:ins" + REV.formatted(2) + ">" + run("3月15日") + "</w:ins>" + run("前完成自查。"),
                "<w:moveFrom" + REV.formatted(3) + ">" + run("检查结果及时上报。") + "</w:moveFrom>" + run("各单位要高度重视。"),
                run("落实责任。") + "<w:moveTo" + REV.formatted(4) + ">" + run("检查结果及时上报。") + "</w:moveTo>");
    }

    @Test
    void keeps_inserted_and_moved_in_text_and_leaves_out_deleted_and_moved_away_text() throws IOException {
        Path file = changedNotice();

        WordContent read = WordContent.read(file);
        Draft draft = DocxReader.standard().read(file);

        assertThat(read.trackedChanges()).isEqualTo(4);
        assertThat(read.paragraphs()).extracting(WordContent.Paragraph::text).containsExactly(
                "关于开展安全检查的通知", "各乡镇人民政府：", "请于3月15日前完成自查。", "各单位要高度重视。",
                "落实责任。检查结果及时上报。");
        assertThat(draft.document().outline()).contains("请于3月15日前完成自查。").doesNotContain("3月1日")
                .contains("¶ 各单位要高度重视。\n");
        assertThat(draft.warnings()).extracting(DraftWarning::toString)
                .contains("read as if its 4 tracked changes were accepted");
    }

    @Test
    void leaves_out_comments_and_counts_them() throws IOException {
        String comment = "<w:commentRangeStart w:id=\"0\"/>" + run("请于3月15日前完成自查。")
                + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>";
        Path file = docx(run("关于开展安全检查的通知"), run("各乡镇人民政府："), comment);

        Draft draft = DocxReader.standard().read(file);

        assertThat(WordContent.read(file).comments()).isEqualTo(1);
        assertThat(draft.document().outline()).contains("请于3月15日前完成自查。");
        assertThat(draft.warnings()).extracting(DraftWarning::toString)
                .containsExactly("1 comment left out: comments are not part of the document");
    }

    @Test
    void a_document_without_changes_says_nothing_of_them() throws IOException {
        Path file = docx(run("关于开展安全检查的通知"), run("各乡镇人民政府："), run("请于3月15日前完成自查。"));

        assertThat(WordContent.read(file).trackedChanges()).isZero();
        assertThat(DocxReader.standard().read(file).warnings()).isEmpty();
    }

    // --reject-changes: the other reading

    @Test
    void rejected_keeps_deleted_and_moved_away_text_and_leaves_out_inserted_and_moved_in_text() throws IOException {
        Path file = changedNotice();

        WordContent read = WordContent.read(file, Revisions.REJECTED);
        Draft draft = DocxReader.builder().rejectChanges().build().read(file);

        assertThat(read.trackedChanges()).isEqualTo(4);
        assertThat(read.revisions()).isEqualTo(Revisions.REJECTED);
        assertThat(read.paragraphs()).extracting(WordContent.Paragraph::text).containsExactly(
                "关于开展安全检查的通知", "各乡镇人民政府：", "请于3月1日前完成自查。", "检查结果及时上报。各单位要高度重视。",
                "落实责任。");
        assertThat(draft.document().outline()).contains("请于3月1日前完成自查。").doesNotContain("3月15日");
        assertThat(draft.warnings()).extracting(DraftWarning::toString)
                .contains("read as if its 4 tracked changes were rejected");
    }

    @Test
    void a_deleted_tab_break_or_note_mark_is_gone_when_accepted_and_there_when_rejected() throws IOException {
        Path file = docx(run("请于") + "<w:del" + REV.formatted(1) + "><w:r><w:tab/><w:delText>即日</w:delText>"
                + "<w:br/><w:footnoteReference w:id=\"1\"/></w:r></w:del>" + run("前完成。"));

        assertThat(WordContent.read(file).paragraphs().get(0).text()).isEqualTo("请于前完成。");
        assertThat(WordContent.read(file).paragraphs().get(0).marks()).isEmpty();
        WordContent.Paragraph rejected = WordContent.read(file, Revisions.REJECTED).paragraphs().get(0);
        assertThat(rejected.text()).isEqualTo("请于\t即日\n前完成。");
        assertThat(rejected.marks()).containsExactly(new WordContent.NoteMark("请于\t即日\n".length(), false, "1"));
    }

    @Test
    void formatting_changed_under_revision_is_the_new_when_accepted_and_the_old_when_rejected() throws IOException {
        // GIVEN a run made bold, a run whose bold was taken off, and a paragraph given a heading style and centred
        String madeBold = "<w:r><w:rPr><w:b/><w:rPrChange" + REV.formatted(1) + "><w:rPr/></w:rPrChange></w:rPr>"
                + "<w:t>一是</w:t></w:r>";
        String unbolded = "<w:r><w:rPr><w:rPrChange" + REV.formatted(2) + "><w:rPr><w:b/><w:i/></w:rPr></w:rPrChange>"
                + "</w:rPr><w:t>加强领导。</w:t></w:r>";
        String restyled = "<w:pPr><w:pStyle w:val=\"Heading1\"/><w:jc w:val=\"center\"/><w:pPrChange" + REV.formatted(3)
                + "><w:pPr><w:pStyle w:val=\"BodyText\"/><w:ind w:firstLine=\"640\"/></w:pPr></w:pPrChange></w:pPr>"
                + run("工作要求");
        Path file = docx(madeBold + unbolded, restyled);

        // WHEN it is read both ways
        List<WordContent.Paragraph> accepted = WordContent.read(file).paragraphs();
        List<WordContent.Paragraph> rejected = WordContent.read(file, Revisions.REJECTED).paragraphs();

        // THEN accepted: the new formatting; rejected: the old
        assertThat(accepted.get(0).runs()).extracting(WordContent.Run::text, WordContent.Run::bold, WordContent.Run::italic)
                .containsExactly(tuple("一是", true, false), tuple("加强领导。", false, false));
        assertThat(rejected.get(0).runs()).extracting(WordContent.Run::text, WordContent.Run::bold, WordContent.Run::italic)
                .containsExactly(tuple("一是", false, false), tuple("加强领导。", true, true));
        assertThat(accepted.get(1).style()).contains("Heading1");
        assertThat(accepted.get(1).alignment()).contains("center");
        assertThat(accepted.get(1).indent().firstLine()).isEqualTo(io.gongwen.Length.twips(0));
        assertThat(rejected.get(1).style()).contains("BodyText");
        assertThat(rejected.get(1).alignment()).isEmpty();
        assertThat(rejected.get(1).indent().firstLine()).isEqualTo(io.gongwen.Length.twips(640));
        assertThat(WordContent.read(file).trackedChanges()).isEqualTo(3);
    }

    @Test
    void an_old_table_grid_and_an_old_page_set_up_are_read_when_rejected() throws IOException {
        // GIVEN a body whose page was turned to portrait under revision (the old set-up landscape,
        // with its own margins), a table whose columns were resized under revision (its old grid of
        // as many columns, its old width 60 %), and one whose old grid has another number of columns
        String resized = "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblPrChange" + REV.formatted(7)
                + "><w:tblPr><w:tblW w:w=\"3000\" w:type=\"pct\"/></w:tblPr></w:tblPrChange></w:tblPr>"
                + "<w:tblGrid><w:gridCol w:w=\"4000\"/><w:gridCol w:w=\"4000\"/><w:tblGridChange w:id=\"8\">"
                + "<w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"6000\"/></w:tblGrid></w:tblGridChange></w:tblGrid>"
                + "<w:tr><w:tc><w:p>" + run("甲") + "</w:p></w:tc><w:tc><w:p>" + run("乙") + "</w:p></w:tc></w:tr></w:tbl>";
        String table = "<w:tbl><w:tblGrid><w:gridCol w:w=\"4000\"/><w:gridCol w:w=\"4000\"/><w:tblGridChange w:id=\"9\">"
                + "<w:tblGrid><w:gridCol w:w=\"100\"/></w:tblGrid></w:tblGridChange></w:tblGrid>"
                + "<w:tr><w:tc><w:p>" + run("甲") + "</w:p></w:tc><w:tc><w:p>" + run("乙") + "</w:p></w:tc></w:tr></w:tbl>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body><w:p>"
                + run("正文") + "</w:p>" + resized + "<w:p/>" + table + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\"/>"
                + "<w:sectPrChange" + REV.formatted(5) + "><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
                + "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\"/></w:sectPr>"
                + "</w:sectPrChange></w:sectPr></w:body></w:document>";
        Path file = Files.write(dir.resolve("grid.docx"), ForeignDocx.withDocumentXml(xml));

        // WHEN read each way THEN the resized table has its new grid and width when accepted and its
        // old ones when rejected; the other keeps its new grid both ways (the old one does not fit its
        // cells); the page is the new one when accepted, the old one when rejected
        WordContent accepted = WordContent.read(file);
        WordContent rejected = WordContent.read(file, Revisions.REJECTED);
        assertThat(((WordContent.Table) accepted.body().get(1)).columnWidths())
                .containsExactly(io.gongwen.Length.twips(4000), io.gongwen.Length.twips(4000));
        assertThat(((WordContent.Table) rejected.body().get(1)).columnWidths())
                .containsExactly(io.gongwen.Length.twips(2000), io.gongwen.Length.twips(6000));
        // (a percentage of its section's text block: the whole new portrait one, 60 % of the old landscape one)
        WordContent.Table acceptedTable = (WordContent.Table) accepted.body().get(1);
        WordContent.Table rejectedTable = (WordContent.Table) rejected.body().get(1);
        assertThat(acceptedTable.textWidth()).contains(io.gongwen.Length.twips(11906 - 1588 - 1474));
        assertThat(acceptedTable.width()).contains(io.gongwen.Length.twips(11906 - 1588 - 1474));
        assertThat(rejectedTable.textWidth()).contains(io.gongwen.Length.twips(16838 - 1440 - 1440));
        assertThat(share(rejectedTable)).isCloseTo(0.6, org.assertj.core.api.Assertions.within(1e-9));
        for (WordContent read : List.of(accepted, rejected)) {
            assertThat(((WordContent.Table) read.body().get(3)).columnWidths())
                    .containsExactly(io.gongwen.Length.twips(4000), io.gongwen.Length.twips(4000));
            assertThat(read.trackedChanges()).isEqualTo(4);
        }
        WordContent.Page acceptedPage = accepted.page().orElseThrow();
        assertThat(List.of(acceptedPage.width(), acceptedPage.left())).containsExactly(io.gongwen.Length.twips(11906),
                io.gongwen.Length.twips(1588));
        WordContent.Page rejectedPage = rejected.page().orElseThrow();
        assertThat(List.of(rejectedPage.width(), rejectedPage.left())).containsExactly(io.gongwen.Length.twips(16838),
                io.gongwen.Length.twips(1440));
    }

    @Test
    void a_section_turned_under_revision_is_landscape_when_accepted_and_portrait_when_rejected() throws IOException {
        // GIVEN a section of two paragraphs turned to landscape under revision, between portrait ones
        String turned = "<w:pPr><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
                + "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\"/>"
                + "<w:sectPrChange" + REV.formatted(1) + "><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\"/></w:sectPr>"
                + "</w:sectPrChange></w:sectPr></w:pPr>";
        String portrait = "<w:pPr><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:pPr>";
        Path file = docx(portrait + run("甲"), run("乙"), turned + run("丙"), run("丁"));

        assertThat(WordContent.read(file).pages().landscape()).containsExactly(new WordContent.Range(2, 3));
        assertThat(WordContent.read(file, Revisions.REJECTED).pages().landscape()).isEmpty();
    }

    /** A row of two cells; {@code trPr} is its row properties' content. */
    private static String row(String trPr, String first, String second) {
        return "<w:tr>" + (trPr.isEmpty() ? "" : "<w:trPr>" + trPr + "</w:trPr>") + "<w:tc><w:p>" + first
                + "</w:p></w:tc><w:tc><w:p>" + second + "</w:p></w:tc></w:tr>";
    }

    @Test
    void a_row_inserted_or_deleted_whole_is_gone_in_the_reading_that_undoes_it() throws IOException {
        // GIVEN a table whose header row became one under revision, with a row inserted and a row
        // deleted as wholes (Word marks the row in w:trPr and each run of it)
        String inserted = "<w:ins" + REV.formatted(2) + ">" + run("乙镇") + "</w:ins>";
        String deleted = "<w:del" + REV.formatted(4) + "><w:r><w:delText>丙镇</w:delText></w:r></w:del>";
        String table = "<w:tbl><w:tblGrid><w:gridCol w:w=\"4000\"/><w:gridCol w:w=\"4000\"/></w:tblGrid>"
                + row("<w:tblHeader/><w:trPrChange" + REV.formatted(1) + "><w:trPr/></w:trPrChange>", run("乡镇"), run("里程"))
                + row("", run("甲镇"), run("120"))
                + row("<w:ins" + REV.formatted(3) + "/>", inserted, "<w:ins" + REV.formatted(5) + ">" + run("80") + "</w:ins>")
                + row("<w:del" + REV.formatted(6) + "/>", deleted,
                        "<w:del" + REV.formatted(7) + "><w:r><w:delText>60</w:delText></w:r></w:del>")
                + "</w:tbl>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body><w:p>"
                + run("正文") + "</w:p>" + table + "<w:p/></w:body></w:document>";
        Path file = Files.write(dir.resolve("rows.docx"), ForeignDocx.withDocumentXml(xml));

        // WHEN read each way
        WordContent accepted = WordContent.read(file);
        WordContent rejected = WordContent.read(file, Revisions.REJECTED);

        // THEN accepted, the inserted row is there and the deleted one is not, the first row a header
        WordContent.Table table1 = (WordContent.Table) accepted.body().get(1);
        assertThat(table1.cellTexts()).containsExactly(List.of("乡镇", "里程"), List.of("甲镇", "120"), List.of("乙镇", "80"));
        assertThat(table1.rows()).extracting(WordContent.Row::header).containsExactly(true, false, false);
        // AND rejected, the deleted row is back, the inserted one gone, and the first row no header
        WordContent.Table table2 = (WordContent.Table) rejected.body().get(1);
        assertThat(table2.cellTexts()).containsExactly(List.of("乡镇", "里程"), List.of("甲镇", "120"), List.of("丙镇", "60"));
        assertThat(table2.rows()).extracting(WordContent.Row::header).containsExactly(false, false, false);
        assertThat(accepted.trackedChanges()).isEqualTo(7);
        assertThat(rejected.trackedChanges()).isEqualTo(7);
    }

    @Test
    void a_table_all_of_whose_rows_were_inserted_is_gone_when_rejected() throws IOException {
        String table = "<w:tbl><w:tblGrid><w:gridCol w:w=\"4000\"/><w:gridCol w:w=\"4000\"/></w:tblGrid>"
                + row("<w:ins" + REV.formatted(1) + "/>", "<w:ins" + REV.formatted(2) + ">" + run("甲镇") + "</w:ins>",
                        "<w:ins" + REV.formatted(3) + ">" + run("120") + "</w:ins>")
                + "</w:tbl>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body><w:p>"
                + run("正文") + "</w:p>" + table + "<w:p>" + run("结尾") + "</w:p></w:body></w:document>";
        Path file = Files.write(dir.resolve("inserted-table.docx"), ForeignDocx.withDocumentXml(xml));

        assertThat(WordContent.read(file).body()).hasSize(3);
        assertThat(WordContent.read(file, Revisions.REJECTED).body()).extracting(i -> i.getClass().getSimpleName())
                .containsExactly("Paragraph", "Paragraph");
    }

    @Test
    void a_paragraph_inserted_whole_is_gone_when_rejected_and_an_inserted_mark_joins_two_halves() throws IOException {
        String insertedMark = "<w:pPr><w:rPr><w:ins" + REV.formatted(1) + "/></w:rPr></w:pPr>";
        Path file = docx(run("各乡镇人民政府："),
                insertedMark + "<w:ins" + REV.formatted(2) + ">" + run("现将有关事项通知如下。") + "</w:ins>",
                insertedMark + run("请于3月15日前"),
                run("完成自查。"));

        assertThat(WordContent.read(file).paragraphs()).extracting(WordContent.Paragraph::text)
                .containsExactly("各乡镇人民政府：", "现将有关事项通知如下。", "请于3月15日前", "完成自查。");
        WordContent rejected = WordContent.read(file, Revisions.REJECTED);
        assertThat(rejected.paragraphs()).extracting(WordContent.Paragraph::text)
                .containsExactly("各乡镇人民政府：", "请于3月15日前完成自查。");
        assertThat(rejected.trackedChanges()).isEqualTo(3);
    }

    @Test
    void a_reader_refuses_a_document_opened_the_other_way() throws IOException {
        Path file = docx(run("请于") + "<w:ins" + REV.formatted(1) + ">" + run("3月15日") + "</w:ins>" + run("前完成。"));

        assertThatThrownBy(() -> DocxReader.builder().rejectChanges().build().read(DocxReader.open(file)))
                .isInstanceOf(io.gongwen.InvalidDocumentException.class)
                .hasMessageContaining("docx").hasMessageContaining("was opened with its tracked changes accepted")
                .hasMessageContaining("DocxReader.open(file, Revisions.REJECTED)");
        assertThat(DocxReader.builder().rejectChanges().build()
                .read(DocxReader.open(file, Revisions.REJECTED)).document().outline()).contains("请于前完成。");
    }

    // a deleted paragraph mark

    @Test
    void a_deleted_mark_joins_its_paragraph_to_the_next_with_the_spans_and_marks_of_both_in_order() throws IOException {
        // GIVEN 请于 (bold) … [mark 1] ¶(deleted) 前完成 (italic) … [mark 2] ¶
        String deletedMark = "<w:pPr><w:jc w:val=\"center\"/><w:rPr><w:del" + REV.formatted(1) + "/></w:rPr></w:pPr>";
        Path file = docx(run("关于开展安全检查的通知"),
                deletedMark + "<w:r><w:rPr><w:b/></w:rPr><w:t>请于</w:t></w:r>" + run("3月15日")
                        + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>",
                "<w:pPr><w:ind w:firstLine=\"640\"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t>前</w:t></w:r>"
                        + run("完成自查") + "<w:r><w:footnoteReference w:id=\"2\"/></w:r>" + run("。"),
                run("各单位要高度重视。"));

        // WHEN it is read with the changes accepted
        WordContent accepted = WordContent.read(file);

        // THEN the two are one paragraph, numbered as the first, with the second's properties (its mark's)
        assertThat(accepted.paragraphs()).extracting(WordContent.Paragraph::number, WordContent.Paragraph::text)
                .containsExactly(tuple(1, "关于开展安全检查的通知"), tuple(2, "请于3月15日前完成自查。"), tuple(4, "各单位要高度重视。"));
        WordContent.Paragraph joined = accepted.paragraphs().get(1);
        assertThat(joined.runs()).extracting(WordContent.Run::text, WordContent.Run::bold, WordContent.Run::italic)
                .containsExactly(tuple("请于", true, false), tuple("3月15日", false, false), tuple("前", false, true),
                        tuple("完成自查。", false, false));
        assertThat(joined.marks()).containsExactly(new WordContent.NoteMark("请于3月15日".length(), false, "1"),
                new WordContent.NoteMark("请于3月15日前完成自查".length(), false, "2"));
        assertThat(joined.alignment()).isEmpty();
        assertThat(joined.indent().firstLine()).isEqualTo(io.gongwen.Length.twips(640));
        assertThat(accepted.trackedChanges()).isEqualTo(1);
        assertThat(DocxReader.standard().read(file).document().outline()).contains("¶ 请于3月15日前完成自查。");

        // and rejected, they stay two
        assertThat(WordContent.read(file, Revisions.REJECTED).paragraphs()).extracting(WordContent.Paragraph::text)
                .containsExactly("关于开展安全检查的通知", "请于3月15日", "前完成自查。", "各单位要高度重视。");
    }

    @Test
    void a_paragraph_joined_across_a_deleted_mark_keeps_the_page_break_before_its_text() throws IOException {
        // GIVEN a paragraph that starts on a new page (a break before its text) and loses its mark
        String deletedMark = "<w:pPr><w:rPr><w:del" + REV.formatted(1) + "/></w:rPr></w:pPr>";
        Path file = docx(run("甲"), deletedMark + "<w:r><w:br w:type=\"page\"/></w:r>" + run("乙"), run("丙"), run("丁"));

        // WHEN the changes are accepted THEN 乙 and 丙 are one paragraph, numbered as 乙's, on a new page
        WordContent read = WordContent.read(file);
        assertThat(read.paragraphs()).extracting(p -> p.number() + " " + p.text()).containsExactly("1 甲", "2 乙丙", "4 丁");
        assertThat(read.pages().breaksBefore()).containsExactly(2);
        // AND rejected, 乙 alone starts the new page
        WordContent rejected = WordContent.read(file, Revisions.REJECTED);
        assertThat(rejected.paragraphs()).extracting(p -> p.number() + " " + p.text()).containsExactly("1 甲", "2 乙", "3 丙", "4 丁");
        assertThat(rejected.pages().breaksBefore()).containsExactly(2);
    }

    @Test
    void a_deleted_mark_before_a_table_or_ending_a_cell_joins_nothing() throws IOException {
        String deletedMark = "<w:pPr><w:rPr><w:del" + REV.formatted(1) + "/></w:rPr></w:pPr>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body>"
                + "<w:p>" + deletedMark + run("表前") + "</w:p>"
                + "<w:tbl><w:tblGrid><w:gridCol w:w=\"4000\"/></w:tblGrid><w:tr><w:tc>"
                + "<w:p>" + deletedMark + run("甲") + "</w:p><w:p>" + run("乙") + "</w:p>"
                + "<w:p>" + deletedMark + run("丙") + "</w:p></w:tc></w:tr></w:tbl>"
                + "<w:p>" + run("表后") + "</w:p><w:p>" + deletedMark + run("末段") + "</w:p></w:body></w:document>";
        Path file = Files.write(dir.resolve("table.docx"), ForeignDocx.withDocumentXml(xml));

        WordContent read = WordContent.read(file);

        assertThat(read.body()).hasSize(4);
        assertThat(((WordContent.Paragraph) read.body().get(0)).text()).isEqualTo("表前");
        assertThat(((WordContent.Table) read.body().get(1)).cellTexts()).containsExactly(List.of("甲乙\n丙"));
        assertThat(read.paragraphs()).extracting(WordContent.Paragraph::text)
                .containsExactly("表前", "甲乙", "丙", "表后", "末段");
    }

    @Test
    void a_text_box_in_the_paragraph_after_a_deleted_mark_follows_the_joined_paragraph() throws IOException {
        String deletedMark = "<w:pPr><w:rPr><w:del" + REV.formatted(1) + "/></w:rPr></w:pPr>";
        String box = "<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p>" + run("联系人：张三")
                + "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W
                + " xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body><w:p>" + deletedMark + run("请于3月15日前")
                + "</w:p><w:p>" + run("完成自查。") + box + run("逾期不报的，予以通报。") + "</w:p></w:body></w:document>";
        Path file = Files.write(dir.resolve("box.docx"), ForeignDocx.withDocumentXml(xml));

        WordContent read = WordContent.read(file);

        assertThat(read.paragraphs()).extracting(WordContent.Paragraph::number, WordContent.Paragraph::text)
                .containsExactly(tuple(1, "请于3月15日前完成自查。逾期不报的，予以通报。"), tuple(3, "联系人：张三"));
        assertThat(read.paragraphs().get(0).runs()).hasSize(1);
        assertThat(read.textBoxes()).extracting(WordContent.TextBox::paragraph).containsExactly(1); // the joined paragraph
    }

    // hostile files

    @Test
    void a_revision_around_the_whole_body_gives_a_bounded_result_either_way() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            body.append("<w:p>").append(run("第" + i + "段。")).append("</w:p>");
        }
        for (String kind : List.of("ins", "del")) {
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body><w:" + kind
                    + REV.formatted(1) + ">" + body + "</w:" + kind + "></w:body></w:document>";
            Path file = Files.write(dir.resolve(kind + ".docx"), ForeignDocx.withDocumentXml(xml));
            boolean kept = kind.equals("ins");
            assertThat(WordContent.read(file).paragraphs()).hasSize(kept ? 1000 : 0);
            assertThat(WordContent.read(file, Revisions.REJECTED).paragraphs()).hasSize(kept ? 0 : 1000);
            assertThat(WordContent.read(file).trackedChanges()).isEqualTo(1);
        }
    }

    @Test
    void a_million_deleted_paragraph_marks_are_refused_by_the_paragraph_limit() throws IOException {
        // GIVEN 46 MB of XML (the default namespace keeps it under the part limit, random ids under the zip ratio)
        java.util.Random random = new java.util.Random(15);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><document xmlns=\""
                + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><body>");
        for (int i = 0; i < 1_000_000; i++) {
            xml.append("<p><pPr><rPr><del id=\"").append(Integer.toString(random.nextInt(1 << 20), 36))
                    .append("\"/></rPr></pPr></p>");
        }
        Path file = Files.write(dir.resolve("million.docx"),
                ForeignDocx.withDocumentXml(xml.append("</body></document>").toString()));

        // THEN the paragraph limit refuses it, though the paragraphs would join into one
        assertThatThrownBy(() -> WordContent.read(file)).isInstanceOf(io.gongwen.DocumentReadException.class)
                .hasMessageContaining("more than 500000 paragraphs");
    }

    @Test
    void a_body_of_deleted_marks_joins_into_one_paragraph_within_the_limits() throws IOException {
        Path file = Files.write(dir.resolve("joined.docx"), ForeignDocx.withDocumentXml(ForeignDocx.deletedParagraphMarks(400_000)));

        WordContent read = WordContent.read(file);

        assertThat(read.paragraphs()).hasSize(1);
        assertThat(read.paragraphs().get(0).text()).hasSize(400_000);
        assertThat(read.paragraphs().get(0).runs()).hasSize(1);
        assertThat(read.trackedChanges()).isEqualTo(400_000);
    }
}
