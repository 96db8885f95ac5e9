package io.gongwen.text;

import io.gongwen.docx.read.WordContent;
import io.gongwen.testing.ForeignDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static String run(String text) {
        return "<w:r><w:t>" + text + "</w:t></w:r>";
    }

    @Test
    void keeps_inserted_and_moved_in_text_and_leaves_out_deleted_and_moved_away_text() throws IOException {
        Path file = docx(run("关于开展安全检查的通知"),
                run("各乡镇人民政府："),
                run("请于") + "<w:del" + REV.formatted(1) + "><w:r><w:delText>3月1日</w:delText></w:r></w:del>"
                        + "<w:ins" + REV.formatted(2) + ">" + run("3月15日") + "</w:ins>" + run("前完成自查。"),
                "<w:moveFrom" + REV.formatted(3) + ">" + run("检查结果及时上报。") + "</w:moveFrom>" + run("各单位要高度重视。"),
                run("落实责任。") + "<w:moveTo" + REV.formatted(4) + ">" + run("检查结果及时上报。") + "</w:moveTo>");

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
}
