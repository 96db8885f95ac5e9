package io.gongwen.cli;

import io.gongwen.testing.ForeignDocx;
import io.gongwen.text.DocxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gongwen format --reject-changes}: a .docx read as if its tracked changes were rejected. */
class RejectChangesCommandTest {
    private static final String REV = " w:id=\"%d\" w:author=\"办公室\" w:date=\"2026-11-30T09:00:00Z\"";

    /** A notice whose deadline was changed from 3月1日 to 3月15日 with tracked changes on. */
    private static Path changed(Path dir) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body>"
                + "<w:p><w:r><w:t>关于开展安全检查的通知</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>各乡镇人民政府：</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>请于</w:t></w:r><w:del" + REV.formatted(1) + "><w:r><w:delText>3月1日</w:delText></w:r>"
                + "</w:del><w:ins" + REV.formatted(2) + "><w:r><w:t>3月15日</w:t></w:r></w:ins>"
                + "<w:r><w:t>前完成自查。</w:t></w:r></w:p></w:body></w:document>";
        return Files.write(dir.resolve("changed.docx"), ForeignDocx.withDocumentXml(xml));
    }

    @Test
    void rejected_changes_give_the_text_before_them_and_the_report_says_so(@TempDir Path dir) throws Exception {
        Path in = changed(dir);
        Path out = dir.resolve("out.docx");

        Gongwen.Run run = Gongwen.run("format", in.toString(), "-o", out.toString(), "--reject-changes", "--report");

        assertThat(run.exitCode()).isZero();
        assertThat(DocxReader.standard().read(out).document().outline()).contains("请于3月1日前完成自查。")
                .doesNotContain("3月15日");
        assertThat(run.out()).contains("read as if its 2 tracked changes were rejected")
                .contains("document [tracked-changes] 修订 2 处，已全部拒绝 / 2 tracked changes, all rejected");
    }

    @Test
    void without_the_option_the_changes_are_accepted(@TempDir Path dir) throws Exception {
        Path in = changed(dir);
        Path out = dir.resolve("out.docx");

        Gongwen.Run run = Gongwen.run("format", in.toString(), "-o", out.toString(), "--report");

        assertThat(run.exitCode()).isZero();
        assertThat(DocxReader.standard().read(out).document().outline()).contains("请于3月15日前完成自查。");
        assertThat(run.out()).contains("read as if its 2 tracked changes were accepted")
                .contains("修订 2 处，已全部接受 / 2 tracked changes, all accepted");
    }

    @Test
    void the_help_names_the_option() {
        Gongwen.Run run = Gongwen.run("format", "--help");

        assertThat(run.out()).contains("--reject-changes").contains("as if every tracked change in it were");
    }
}
