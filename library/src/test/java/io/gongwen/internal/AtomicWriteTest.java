package io.gongwen.internal;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.gongwen.DocumentWriteException;
import io.gongwen.OfficialDocument;
import io.gongwen.samples.CountyOfficeSummary;
import io.gongwen.samples.HolidayDutyNotice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicWriteTest {

    @Test
    void a_write_that_fails_midway_leaves_the_old_file_and_no_temporary_file() throws IOException {
        OfficialDocument small = HolidayDutyNotice.build();
        OfficialDocument large = CountyOfficeSummary.build();
        int smallSize = small.toBytes().length;
        // room for the old file and a little more, not for the larger new one beside it
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setBlockSize(512).setMaxSize(smallSize + 2048L).build())) {
            Path dir = Files.createDirectories(fs.getPath("/out"));
            Path file = dir.resolve("report.docx");
            small.writeTo(file);
            byte[] before = Files.readAllBytes(file);

            assertThatThrownBy(() -> large.writeTo(file))
                    .isInstanceOf(DocumentWriteException.class)
                    .hasMessageStartingWith("could not write /out/report.docx: ")
                    .hasMessageEndingWith("; the existing file is unchanged");

            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).containsExactly(file);
            }
        }
    }

    @Test
    void replaces_an_existing_file_keeping_its_permissions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.docx");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        HolidayDutyNotice.build().writeTo(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(HolidayDutyNotice.build().toBytes());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void gives_a_new_file_ordinary_permissions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("new.docx");

        HolidayDutyNotice.build().writeTo(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    @Test
    void names_a_missing_directory(@TempDir Path dir) {
        Path file = dir.resolve("missing/report.docx");

        assertThatThrownBy(() -> HolidayDutyNotice.build().writeTo(file))
                .isInstanceOf(DocumentWriteException.class)
                .hasMessage("could not write " + file + ": the directory " + file.getParent() + " does not exist");
    }

    @Test
    void refuses_to_replace_a_directory(@TempDir Path dir) throws IOException {
        Path target = Files.createDirectory(dir.resolve("report.docx"));

        assertThatThrownBy(() -> HolidayDutyNotice.build().writeTo(target))
                .isInstanceOf(DocumentWriteException.class)
                .hasMessage("could not write " + target + ": it is a directory");
        assertThat(target).isDirectory();
    }

    @Test
    void wraps_a_failing_stream() {
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk on fire");
            }
        };

        assertThatThrownBy(() -> HolidayDutyNotice.build().writeTo(failing))
                .isInstanceOf(DocumentWriteException.class)
                .hasMessage("could not write the .docx to the stream: java.io.IOException: disk on fire");
    }
}
