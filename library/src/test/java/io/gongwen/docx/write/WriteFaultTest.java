package io.gongwen.docx.write;

import io.gongwen.internal.AtomicReplace;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.gongwen.DocumentWriteException;
import io.gongwen.OfficialDocument;
import io.gongwen.testing.RandomDocuments;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Faults while writing to a path: permission denied, a disk that fills up or fails halfway through
 * the write, a failed flush to the device, a failed rename. Every time: the old file is intact (or
 * there is still no file), no temporary file is left, and the exception says what failed.
 */
class WriteFaultTest {
    /** {@code -Dgongwen.faults.documents=1000} for the long run. */
    static final int DOCUMENTS = Integer.getInteger("gongwen.faults.documents", 60);

    /** Where and how a write fails. */
    enum Fault {
        CREATE_DENIED("could not create a temporary file in /out", "AccessDeniedException"),
        DISK_FULL_HALFWAY("could not write /out/.report.docx.", "No space left on device"),
        IO_ERROR_HALFWAY("could not write /out/.report.docx.", "Input/output error"),
        FORCE_FAILS("could not write /out/.report.docx.", "fsync failed"),
        MOVE_DENIED("could not move .report.docx.", "AccessDeniedException");

        final String step;
        final String cause;

        Fault(String step, String cause) {
            this.step = step;
            this.cause = cause;
        }
    }

    @Test
    void no_fault_loses_the_old_file_or_leaves_a_temporary_one() throws IOException {
        int injected = 0;
        List<String> problems = new ArrayList<>();
        for (int seed = 0; seed < DOCUMENTS; seed++) {
            OfficialDocument doc = RandomDocuments.generate(seed);
            for (Fault fault : Fault.values()) {
                for (boolean oldFileExists : new boolean[] {true, false}) {
                    injected++;
                    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
                        Path dir = Files.createDirectories(fs.getPath("/out"));
                        Path file = dir.resolve("report.docx");
                        byte[] old = ("old report " + seed).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        if (oldFileExists) {
                            Files.write(file, old);
                        }

                        DocumentWriteException e = catchThrowableOfType(DocumentWriteException.class,
                                () -> DocxWriter.write(doc, file, new FaultySteps(fault)));

                        String where = fault + (oldFileExists ? " over an old file" : " to a new file") + ", seed " + seed;
                        if (e == null) {
                            problems.add(where + ": no exception");
                            continue;
                        }
                        if (!e.getMessage().startsWith("could not write /out/report.docx: " + fault.step)
                                || !e.getMessage().contains(fault.cause)) {
                            problems.add(where + ": message " + e.getMessage());
                        }
                        if (oldFileExists != e.getMessage().endsWith("; the existing file is unchanged")) {
                            problems.add(where + ": message about the old file: " + e.getMessage());
                        }
                        if (oldFileExists ? !java.util.Arrays.equals(Files.readAllBytes(file), old) : Files.exists(file)) {
                            problems.add(where + ": the target changed");
                        }
                        try (Stream<Path> files = Files.list(dir)) {
                            List<Path> left = files.toList();
                            if (!left.equals(oldFileExists ? List.of(file) : List.of())) {
                                problems.add(where + ": files left " + left);
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("write faults: %d injected over %d documents, files lost or left behind: %d%n",
                injected, DOCUMENTS, problems.size());
        assertThat(problems).isEmpty();
    }

    @Test
    void the_same_steps_without_a_fault_write_the_document() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path file = Files.createDirectories(fs.getPath("/out")).resolve("report.docx");
            OfficialDocument doc = RandomDocuments.generate(1);

            DocxWriter.write(doc, file, AtomicReplace.REAL);

            assertThat(Files.readAllBytes(file)).isEqualTo(doc.toBytes());
        }
    }

    /** A stream that takes {@code limit} bytes and then fails the way a device does. */
    private static final class FailingAfter extends java.io.FilterOutputStream {
        private long left;
        private final String message;

        FailingAfter(java.io.OutputStream out, long limit, String message) {
            super(out);
            this.left = limit;
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                out.write(b, off, (int) left);
                left = 0;
                throw new IOException(message);
            }
            out.write(b, off, len);
            left -= len;
        }
    }

    /** The real steps, failing at one point the way a real file system would. */
    private static final class FaultySteps implements AtomicReplace.Steps {
        private final Fault fault;

        FaultySteps(Fault fault) {
            this.fault = fault;
        }

        @Override
        public Path createTemp(Path dir, String prefix) throws IOException {
            if (fault == Fault.CREATE_DENIED) {
                throw new AccessDeniedException(dir.toString(), null, "Permission denied");
            }
            return AtomicReplace.REAL.createTemp(dir, prefix);
        }

        @Override
        public void write(Path temp, AtomicReplace.Content content) throws IOException {
            switch (fault) {
                case DISK_FULL_HALFWAY, IO_ERROR_HALFWAY -> AtomicReplace.REAL.write(temp, out -> content.writeTo(
                        new FailingAfter(out, 2048, fault == Fault.DISK_FULL_HALFWAY ? "No space left on device"
                                : "Input/output error")));
                case FORCE_FAILS -> {
                    AtomicReplace.REAL.write(temp, content);
                    throw new IOException("fsync failed");
                }
                default -> AtomicReplace.REAL.write(temp, content);
            }
        }

        @Override
        public void move(Path temp, Path target) throws IOException {
            if (fault == Fault.MOVE_DENIED) {
                throw new AccessDeniedException(temp.toString(), target.toString(), "Permission denied");
            }
            AtomicReplace.REAL.move(temp, target);
        }

        @Override
        public void delete(Path temp) throws IOException {
            AtomicReplace.REAL.delete(temp);
        }
    }
}
