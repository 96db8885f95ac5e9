package io.gongwen.cli;

import io.gongwen.text.DocxReader;
import io.gongwen.text.DraftReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gongwen format -o}: the format chosen by the extension, standard output, devices, links. */
class OutputTargetTest {
    private static final String DRAFT = "关于做好值班工作的通知\n各部门：\n　　请做好值班工作。\n";

    @TempDir
    Path dir;

    private static Gongwen.Raw gongwen(String... args) {
        return Gongwen.raw(args);
    }

    @Test
    void refuses_an_extension_there_is_no_writer_for_naming_the_ones_there_are() throws IOException {
        Path draft = Files.writeString(dir.resolve("d.txt"), DRAFT);
        for (String name : List.of("x.wps", "x.txt", "x.DOC", "noextension")) {
            Path target = dir.resolve(name);

            Gongwen.Raw run = gongwen("format", draft.toString(), "-o", target.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            String why = name.contains(".") ? "there is no writer for " + name.substring(name.indexOf('.'))
                    : "its name has no extension to choose the format by";
            assertThat(run.err()).isEqualTo("gongwen format: cannot write " + target + ": " + why
                    + "; gongwen writes .docx, .pdf, .ofd (or give -o - for standard output)\n");
            assertThat(target).doesNotExist();
        }
    }

    @Test
    void takes_docx_in_any_case() throws IOException {
        Path draft = Files.writeString(dir.resolve("d.txt"), DRAFT);

        assertThat(gongwen("format", draft.toString(), "-o", dir.resolve("X.DOCX").toString()).exitCode()).isZero();
        assertThat(dir.resolve("X.DOCX")).isRegularFile();
    }

    @Test
    void writes_the_docx_to_standard_output_with_dash_and_reports_on_standard_error() throws IOException {
        Path draft = Files.writeString(dir.resolve("d.txt"), DRAFT);

        Gongwen.Raw run = gongwen("format", draft.toString(), "-o", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(DraftReader.standard().read(DRAFT).document().toBytes());
        assertThat(run.err()).isEqualTo(draft + " → standard output\n");
        Path copy = Files.write(dir.resolve("copy.docx"), run.out());
        assertThat(DocxReader.standard().read(copy).document().title()).containsExactly("关于做好值班工作的通知");
    }

    @Test
    void takes_dev_stdout_for_standard_output_and_keeps_the_messages_out_of_it() throws IOException {
        Path draft = Files.writeString(dir.resolve("d.txt"), DRAFT);

        Gongwen.Raw run = gongwen("format", draft.toString(), "-o", "/dev/stdout");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(DraftReader.standard().read(DRAFT).document().toBytes());
        assertThat(run.err()).isEqualTo(draft + " → standard output\n");
    }

    @Test
    void refuses_to_write_a_folder_to_standard_output() throws IOException {
        Files.writeString(dir.resolve("d.txt"), DRAFT);

        Gongwen.Raw run = gongwen("format", dir.toString(), "-o", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("gongwen format: a folder is formatted into a folder, not to standard output (-o -)\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void writes_to_a_device_and_leaves_it_a_device() throws Exception {
        Path draft = Files.writeString(dir.resolve("d.txt"), DRAFT);
        Path device = dir.resolve("null");
        Process mknod = new ProcessBuilder("mknod", device.toString(), "c", "1", "3").redirectErrorStream(true).start();
        if (!(mknod.waitFor(10, TimeUnit.SECONDS) && mknod.exitValue() == 0)) {
            device = Path.of("/dev/null"); // not root: it could not be replaced anyway
        }

        Gongwen.Raw run = gongwen("format", draft.toString(), "-o", device.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.exists(device, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.isRegularFile(device)).isFalse();
    }

    @Test
    void judges_a_symbolic_link_by_the_name_of_the_file_it_points_to() throws IOException {
        Path draft = Files.writeString(dir.resolve("d.txt"), DRAFT);
        Path real = Files.writeString(dir.resolve("real.docx"), "old");
        Path text = Files.writeString(dir.resolve("notes.txt"), "old");
        Path plain = Files.createSymbolicLink(dir.resolve("current"), real.getFileName());
        Path misleading = Files.createSymbolicLink(dir.resolve("notes.docx"), text.getFileName());

        assertThat(gongwen("format", draft.toString(), "-o", plain.toString()).exitCode()).isZero();
        Gongwen.Raw refused = gongwen("format", draft.toString(), "-o", misleading.toString());

        assertThat(Files.readAllBytes(real)).isEqualTo(DraftReader.standard().read(DRAFT).document().toBytes());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("gongwen format: cannot write " + misleading + " (" + text.toRealPath()
                + "): there is no writer for .txt; gongwen writes .docx, .pdf, .ofd (or give -o - for standard output)\n");
        assertThat(Files.readString(text)).isEqualTo("old");
    }

    @Test
    void follows_a_symbolic_link_named_docx() throws IOException {
        Path draft = Files.writeString(dir.resolve("d.txt"), DRAFT);
        Path real = Files.writeString(dir.resolve("real.docx"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.docx"), real.getFileName());

        assertThat(gongwen("format", draft.toString(), "-o", link.toString()).exitCode()).isZero();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(real)).isEqualTo(DraftReader.standard().read(DRAFT).document().toBytes());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(draft, real, link);
        }
    }
}
