package io.gongwen.text;

import io.gongwen.DocumentReadException;
import io.gongwen.InvalidDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The readers read regular files only, and a bounded amount of them: a device that never ends
 * ({@code /dev/zero}) or a FIFO nobody writes to is refused before it is opened.
 */
class InputLimitsTest {
    @TempDir
    Path dir;

    @Test
    void refuses_a_device_as_a_draft_without_reading_it() {
        Path zero = Path.of("/dev/zero");

        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> DraftReader.standard().read(zero))
                        .isInstanceOf(DocumentReadException.class)
                        .hasMessage("could not read /dev/zero: it is not a regular file (a device, FIFO or socket), "
                                + "and a draft is only read from a regular file"));
    }

    @Test
    void refuses_a_device_as_a_docx_without_reading_it() {
        Path zero = Path.of("/dev/zero");

        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> DocxReader.standard().read(zero))
                        .isInstanceOf(DocumentReadException.class)
                        .hasMessage("could not read /dev/zero: it is not a regular file (a device, FIFO or socket), "
                                + "and a .docx is only read from a regular file"));
    }

    @Test
    void refuses_a_fifo_without_waiting_for_a_writer() throws Exception {
        Path fifo = dir.resolve("draft.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThatThrownBy(() -> DraftReader.standard().read(fifo))
                    .isInstanceOf(DocumentReadException.class)
                    .hasMessageContaining("it is not a regular file (a device, FIFO or socket)");
            assertThatThrownBy(() -> DocxReader.standard().read(fifo))
                    .isInstanceOf(DocumentReadException.class)
                    .hasMessageContaining("it is not a regular file (a device, FIFO or socket)");
        });
    }

    @Test
    void refuses_a_draft_over_64_mb() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(64L * 1024 * 1024 + 1); // sparse: no disk
        }

        assertThatThrownBy(() -> DraftReader.text(big))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("could not read " + big + ": it is larger than 64 MB, too large for a draft");
    }

    @Test
    void says_in_words_that_a_file_does_not_exist() {
        Path missing = dir.resolve("missing.txt");

        assertThatThrownBy(() -> DraftReader.standard().read(missing))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("could not read " + missing + ": it does not exist");
        assertThatThrownBy(() -> DocxReader.standard().read(dir.resolve("missing.docx")))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("could not read " + dir.resolve("missing.docx") + ": it does not exist");
    }

    @Test
    void says_a_folder_is_a_folder() {
        assertThatThrownBy(() -> DraftReader.standard().read(dir))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("could not read " + dir + ": it is a folder");
    }

    @Test
    void names_a_null_file() {
        assertThatThrownBy(() -> DraftReader.standard().read((Path) null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("file: must not be null");
        assertThatThrownBy(() -> DocxReader.standard().read((Path) null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("file: must not be null");
    }

    @Test
    void reads_a_file_through_a_symbolic_link() throws IOException {
        Path real = Files.writeString(dir.resolve("real.txt"), "标题\n正文。\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real.getFileName());

        assertThat(DraftReader.standard().read(link).document().title()).containsExactly("标题");
    }
}
