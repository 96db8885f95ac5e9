package io.gongwen.docx.write;

import io.gongwen.internal.TemporaryFiles;
import io.gongwen.DocumentWriteException;
import io.gongwen.OfficialDocument;
import io.gongwen.samples.HolidayDutyNotice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * What {@code writeTo(Path)} does with each type of file at the output path: a regular file is
 * replaced atomically (AtomicWriteTest), a symbolic link is followed, a device or a FIFO is written
 * to and never replaced, a folder is refused.
 */
class OutputPathTest {
    private static final OfficialDocument DOC = HolidayDutyNotice.build();

    @TempDir
    Path dir;

    @Test
    void refuses_a_name_that_says_another_format_and_writes_nothing() {
        for (String name : List.of("x.pdf", "x.OFD", "x.doc", "x.txt")) {
            Path target = dir.resolve(name);

            String extension = name.substring(1).toLowerCase(java.util.Locale.ROOT);
            assertThatThrownBy(() -> DOC.writeTo(target)).as(name).isInstanceOf(io.gongwen.InvalidDocumentException.class)
                    .hasMessageStartingWith("file: is named " + extension + ", but there is no writer for " + extension
                            + " files; name it .docx");
            assertThat(target).doesNotExist();
        }
        // the library alone: the PDF and OFD writers are in other modules
        assertThatThrownBy(() -> DOC.writeTo(dir.resolve("x.pdf"))).hasMessageContaining("io.gongwen:gongwen4j-layout");
        assertThatThrownBy(() -> DOC.writeTo(dir.resolve("x.ofd"))).isInstanceOf(io.gongwen.InvalidDocumentException.class)
                .hasMessage("file: is named .ofd, but there is no writer for .ofd files; name it .docx (OFD comes with the"
                        + " module io.gongwen:gongwen4j-ofd): " + dir.resolve("x.ofd"))
                .extracting(e -> ((io.gongwen.InvalidDocumentException) e).field()).isEqualTo("file");
        assertThat(dir.resolve("x.ofd")).doesNotExist();
    }

    @Test
    void writes_a_docx_under_a_name_that_says_no_other_format() throws IOException {
        for (String name : List.of("x.docx", "x.DOCX", "report", "report.2026", ".hidden")) {
            DOC.writeTo(dir.resolve(name));

            assertThat(Files.readAllBytes(dir.resolve(name))).as(name).isEqualTo(DOC.toBytes());
        }
    }

    @Test
    void follows_a_symbolic_link_and_replaces_the_file_it_points_to() throws IOException {
        Path real = Files.writeString(dir.resolve("real.docx"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.docx"), real.getFileName());

        DOC.writeTo(link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(real.getFileName());
        assertThat(Files.readAllBytes(real)).isEqualTo(DOC.toBytes());
        assertThat(files()).containsExactlyInAnyOrder(real, link);
    }

    @Test
    void follows_a_chain_of_links_to_a_file_that_does_not_exist_yet() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path target = sub.resolve("new.docx");
        Path inner = Files.createSymbolicLink(sub.resolve("inner.docx"), Path.of("new.docx"));
        Path outer = Files.createSymbolicLink(dir.resolve("outer.docx"), Path.of("sub/inner.docx"));

        DOC.writeTo(outer);

        assertThat(Files.isSymbolicLink(outer)).isTrue();
        assertThat(Files.isSymbolicLink(inner)).isTrue();
        assertThat(Files.readAllBytes(target)).isEqualTo(DOC.toBytes());
    }

    @Test
    void refuses_a_loop_of_links() throws IOException {
        Path a = dir.resolve("a.docx");
        Path b = dir.resolve("b.docx");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());

        assertThatThrownBy(() -> DOC.writeTo(a))
                .isInstanceOf(DocumentWriteException.class)
                .hasMessage("could not write " + a + ": it is a loop of symbolic links");
    }

    @Test
    void writes_to_a_device_without_replacing_it() throws Exception {
        // a null device of our own (as root; /dev/null itself is not risked on a build machine): the
        // old writer replaced it with a regular file, as it replaced /dev/null when run as root
        Path device = dir.resolve("null");
        Process mknod = new ProcessBuilder("mknod", device.toString(), "c", "1", "3").redirectErrorStream(true).start();
        boolean made = mknod.waitFor(10, TimeUnit.SECONDS) && mknod.exitValue() == 0;
        if (!made) {
            device = Path.of("/dev/null"); // without root it cannot be replaced anyway: still written to
        }

        DOC.writeTo(device);

        assertThat(Files.exists(device, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.isRegularFile(device)).isFalse();
        assertThat(Files.size(device)).isZero();
        assertThat(files()).containsExactly(made ? new Path[] {device} : new Path[0]);
    }

    @Test
    void writes_through_a_link_to_a_device_as_to_the_device() throws Exception {
        // /dev/stdout is such a link, into /proc, where the link names a pipe or a terminal in words
        Path device = dir.resolve("null");
        Process mknod = new ProcessBuilder("mknod", device.toString(), "c", "1", "3").redirectErrorStream(true).start();
        if (!(mknod.waitFor(10, TimeUnit.SECONDS) && mknod.exitValue() == 0)) {
            device = Path.of("/dev/null");
        }
        Path link = Files.createSymbolicLink(dir.resolve("out.docx"), device);

        DOC.writeTo(link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isRegularFile(device)).isFalse();
        assertThat(Files.exists(device, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void writes_into_a_fifo_for_the_process_reading_it() throws Exception {
        Path fifo = dir.resolve("out.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> DOC.writeTo(fifo));

        assertThat(read.get(20, TimeUnit.SECONDS)).isEqualTo(DOC.toBytes());
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(files()).containsExactly(fifo);
    }

    @Test
    void a_finished_write_leaves_nothing_to_clean_up() throws IOException {
        Path file = dir.resolve("report.docx");

        DOC.writeTo(file);

        assertThat(TemporaryFiles.inFlight()).isEmpty();
        assertThat(files()).containsExactly(file);
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
