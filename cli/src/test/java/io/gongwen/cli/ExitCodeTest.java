package io.gongwen.cli;

import io.gongwen.cli.Gongwen.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every way a command can end has its documented code and one line on standard error: 2 for an
 * input that cannot be used (a device, a missing file), 3 for an internal error.
 */
class ExitCodeTest {
    @TempDir
    Path dir;

    private static Run gongwen(String... args) {
        return Gongwen.run(args);
    }

    @Test
    void a_device_as_input_is_unusable_at_once() {
        Path out = dir.resolve("z.docx");

        Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> gongwen("format", "/dev/zero", "-o", out.toString()));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("gongwen format: could not read /dev/zero: it is not a regular file "
                + "(a device, FIFO or socket), and a draft is only read from a regular file\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void a_missing_input_is_said_in_words() {
        Path missing = dir.resolve("missing.txt");

        Run format = gongwen("format", missing.toString(), "-o", dir.resolve("m.docx").toString());
        Run check = gongwen("check", missing.toString());

        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).isEqualTo("gongwen format: could not read " + missing + ": it does not exist\n");
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).isEqualTo("gongwen check: could not read " + missing + ": it does not exist\n");
    }

    @Test
    void an_internal_error_prints_one_line_and_exits_with_3() throws IOException {
        // a pattern the JDK's regular expressions match by recursion: a long line overflows the stack
        Path draft = Files.writeString(dir.resolve("long.txt"), "标题\n" + "a".repeat(200_000) + "\n");
        Path out = dir.resolve("long.docx");

        Run format = gongwen("format", draft.toString(), "-o", out.toString(), "--drop", "(a|b)*c");
        Run check = gongwen("check", draft.toString(), "--drop", "(a|b)*c");

        assertThat(format.exitCode()).isEqualTo(3);
        assertThat(format.err()).isEqualTo("gongwen format: could not format " + draft
                + ": internal error (a bug: please report it): java.lang.StackOverflowError\n");
        assertThat(out).doesNotExist();
        assertThat(check.exitCode()).isEqualTo(3);
        assertThat(check.err()).isEqualTo("gongwen check: could not check " + draft
                + ": internal error (a bug: please report it): java.lang.StackOverflowError\n");
    }

    @Test
    void an_internal_error_in_a_batch_still_formats_the_others_and_exits_with_3() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "标题\n" + "a".repeat(200_000) + "\n");
        Files.writeString(in.resolve("b.txt"), "标题\n正文。\n");
        Path out = dir.resolve("out");

        Run run = gongwen("format", in.toString(), "-o", out.toString(), "--drop", "(a|b)*c");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(out.resolve("b.docx")).isRegularFile();
        assertThat(out.resolve("a.docx")).doesNotExist();
    }
}
