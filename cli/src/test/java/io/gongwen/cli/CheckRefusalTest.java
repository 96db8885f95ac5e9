package io.gongwen.cli;

import io.gongwen.cli.Gongwen.Run;
import io.gongwen.testing.ForeignDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gongwen check} reports, as errors, everything that would stop {@code gongwen format}. */
class CheckRefusalTest {
    @TempDir
    Path dir;

    private static Run gongwen(String... args) {
        return Gongwen.run(args);
    }

    /** Checks and formats the text: format must refuse it, check must say so as an error. */
    private Run checkWhatFormatRefuses(String name, String text) throws IOException {
        Path draft = Files.writeString(dir.resolve(name), text);
        Run format = gongwen("format", draft.toString(), "-o", dir.resolve("out.docx").toString());
        assertThat(format.exitCode()).as("format refuses %s", name).isEqualTo(2);

        Run check = gongwen("check", draft.toString(), "--severity", "error");

        assertThat(check.exitCode()).as("check of %s", name).isEqualTo(1);
        assertThat(check.out()).contains(" ERROR [unreadable] ");
        return check;
    }

    @Test
    void an_empty_draft_is_an_error() throws IOException {
        Run run = checkWhatFormatRefuses("empty.txt", "");

        assertThat(run.out()).isEqualTo(dir.resolve("empty.txt") + ": 1 finding\n"
                + "  document ERROR [unreadable] 无法排版，gongwen format 会拒绝此文件：draft: has no text: a document needs "
                + "at least a title / gongwen format would refuse this file: draft: has no text: a document needs at least a title\n"
                + "1 file checked, 0 unusable; 1 findings at or above error\n");
    }

    @Test
    void a_draft_of_white_space_is_an_error() throws IOException {
        checkWhatFormatRefuses("blank.txt", " \n\u3000\u3000\n\t\n");
    }

    @Test
    void control_characters_are_an_error_at_their_line() throws IOException {
        Run run = checkWhatFormatRefuses("control.txt", "标题\n正文\u0001。\n");

        assertThat(run.out()).contains("  2:0 ERROR [unreadable] 无法排版，gongwen format 会拒绝此文件：line 2: body[0].text: ");
    }

    @Test
    void a_nul_is_an_error() throws IOException {
        checkWhatFormatRefuses("nul.txt", "标题\n正\u0000文。\n");
    }

    @Test
    void bad_front_matter_is_an_error() throws IOException {
        checkWhatFormatRefuses("front.txt", "---\n份号: 1234567\n---\n标题\n正文。\n");
        checkWhatFormatRefuses("unknown.txt", "---\n颜色: 红\n---\n标题\n正文。\n");
    }

    @Test
    void a_docx_without_text_is_an_error() throws IOException {
        Path docx = Files.write(dir.resolve("empty.docx"), ForeignDocx.withDocumentXml(ForeignDocx.documentXml()));

        Run check = gongwen("check", docx.toString(), "--json");

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("{\"rule\":\"unreadable\",\"severity\":\"error\",\"line\":0,\"offset\":0,"
                + "\"where\":\"document\",\"chinese\":\"无法排版，gongwen format 会拒绝此文件：");
    }

    @Test
    void a_draft_format_takes_gets_no_unreadable_finding() throws IOException {
        String seed;
        try (InputStream in = CheckRefusalTest.class.getResourceAsStream("/io/gongwen/text/seed-000.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path draft = Files.writeString(dir.resolve("seed.txt"), seed);

        Run check = gongwen("check", draft.toString(), "--severity", "info");

        assertThat(check.out()).doesNotContain("[unreadable]");
    }
}
