package io.gongwen.pdf;

import io.gongwen.DocumentWriteException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a file with new bytes the way the {@code .docx} writer does (its {@code AtomicReplace} is
 * internal to the library): a temporary file in the target's folder, forced to disk, then moved over
 * the target. On failure the target is untouched and the temporary file deleted.
 */
final class AtomicFile {
    private AtomicFile() {
    }

    /**
     * A temporary file is readable by its owner only; the PDF gets the permissions of the file it
     * replaces, or those of an ordinary new file (rw-r--r--).
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    static void replace(Path file, byte[] content) {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new DocumentWriteException("could not write " + target + ": it is a directory", null);
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new DocumentWriteException("could not write " + target + ": the directory " + dir + " does not exist", null);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            keepPermissions(target, temp);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer b = ByteBuffer.wrap(content);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | RuntimeException e) {
            throw new DocumentWriteException("could not write " + target + ": " + e
                    + (Files.exists(target) ? "; the existing file is unchanged" : ""), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write's own failure is the one to report
                }
            }
        }
    }
}
