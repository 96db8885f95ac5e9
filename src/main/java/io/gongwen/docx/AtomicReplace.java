package io.gongwen.docx;

import io.gongwen.DocumentWriteException;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file atomically with new content: writes a temporary file in the target's directory,
 * forces it to disk and moves it over the target. On any failure the target is untouched and the
 * temporary file is deleted.
 */
final class AtomicReplace {
    /**
     * The file-system steps of a replace. {@link #REAL} is what the library does; tests substitute
     * steps that fail where a disk, a permission or a device would.
     */
    interface Steps {
        Path createTemp(Path dir, String prefix) throws IOException;

        /** Streams the content into the temporary file and forces it to the device. */
        void write(Path temp, Content content) throws IOException;

        void move(Path temp, Path target) throws IOException;

        void delete(Path temp) throws IOException;
    }

    static final Steps REAL = new Steps() {
        @Override
        public Path createTemp(Path dir, String prefix) throws IOException {
            return Files.createTempFile(dir, prefix, ".tmp");
        }

        @Override
        public void write(Path temp, Content content) throws IOException {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
        }

        @Override
        public void move(Path temp, Path target) throws IOException {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        @Override
        public void delete(Path temp) throws IOException {
            Files.deleteIfExists(temp);
        }
    };

    /** What goes into the file, written to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicReplace() {
    }

    static void replace(Path file, Content content, Steps steps) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new DocumentWriteException("could not write " + target + ": the directory " + dir
                    + " does not exist", null);
        }
        if (Files.isDirectory(target)) {
            throw new DocumentWriteException("could not write " + target + ": it is a directory", null);
        }
        Path temp = null;
        String step = "create a temporary file in " + dir;
        try {
            temp = steps.createTemp(dir, "." + target.getFileName() + ".");
            step = "set the permissions of " + temp;
            keepPermissions(target, temp);
            step = "write " + temp;
            steps.write(temp, content);
            step = "move " + temp.getFileName() + " over " + target.getFileName();
            steps.move(temp, target);
            temp = null;
        } catch (IOException | RuntimeException e) {
            Throwable cause = e instanceof DocumentWriteException && e.getCause() != null ? e.getCause() : e;
            throw new DocumentWriteException("could not write " + target + ": could not " + step + ": " + cause
                    + (Files.exists(target) ? "; the existing file is unchanged" : ""), e);
        } finally {
            if (temp != null) {
                try {
                    steps.delete(temp);
                } catch (IOException | RuntimeException ignored) {
                    // the original failure is the one to report
                }
            }
        }
    }

    /**
     * A temporary file is created readable by its owner only; the document should end up with the
     * permissions the replaced file had, or those of an ordinary new file (rw-r--r--).
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
        view.setPermissions(permissions);
    }
}
