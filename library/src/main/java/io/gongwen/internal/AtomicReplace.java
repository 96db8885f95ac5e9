package io.gongwen.internal;

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
 * temporary file is deleted; if the JVM shuts down halfway (SIGINT, SIGTERM), {@link TemporaryFiles}
 * deletes it. A symbolic link is followed; a device or FIFO is written to directly, never replaced.
 *
 * <p>Machinery shared by the writers of every format (the .docx writer here, the PDF writer of
 * {@code gongwen4j-layout}); public only so that they can reach it, not part of the API.
 */
public final class AtomicReplace {
    /**
     * The file-system steps of a replace. {@link #REAL} is what the library does; tests substitute
     * steps that fail where a disk, a permission or a device would.
     */
    public interface Steps {
        Path createTemp(Path dir, String prefix) throws IOException;

        /** Streams the content into the temporary file and forces it to the device. */
        void write(Path temp, Content content) throws IOException;

        void move(Path temp, Path target) throws IOException;

        void delete(Path temp) throws IOException;
    }

    public static final Steps REAL = new Steps() {
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
    public interface Content {
        /** Writes the whole content; the stream is closed by the caller. */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicReplace() {
    }

    /**
     * Writes the content to {@code file} as {@link #replace(Path, Content, Steps)} says.
     *
     * @throws io.gongwen.DocumentWriteException naming the file if writing fails; the old file is then untouched
     */
    public static void replace(Path file, Content content) {
        replace(file, content, REAL);
    }

    /**
     * Writes the content to {@code file}. A regular file (or a new one) is replaced atomically; a
     * symbolic link is followed and the file it points to replaced (the link stays a link, as editors
     * do it); a device or a FIFO ({@code /dev/stdout}, {@code /dev/null}, a named pipe) is written to
     * directly, because replacing it would delete it. A folder or a socket is refused.
     */
    public static void replace(Path file, Content content, Steps steps) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new DocumentWriteException("could not write " + absolute + ": it is a directory", null);
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // the system follows the links here: /dev/stdout's link into /proc names a pipe or a
            // terminal in words ("pipe:[4711]") that are no path
            writeInPlace(file, absolute, content);
            return;
        }
        Path target = followLinks(absolute);
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new DocumentWriteException("could not write " + target + ": the directory " + dir
                    + " does not exist", null);
        }
        Path temp = null;
        String step = "create a temporary file in " + dir;
        try {
            temp = TemporaryFiles.create(steps, dir, "." + target.getFileName() + ".");
            step = "set the permissions of " + temp;
            keepPermissions(target, temp);
            step = "write " + temp;
            steps.write(temp, content);
            step = "move " + temp.getFileName() + " over " + target.getFileName();
            steps.move(temp, target);
            TemporaryFiles.moved(temp);
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
                } finally {
                    TemporaryFiles.moved(temp);
                }
            }
        }
    }

    /**
     * The file a chain of symbolic links ends at, which need not exist yet (a link to a new file).
     * Relative links are resolved against the folder of the link.
     */
    private static Path followLinks(Path path) {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == 40) {
                throw new DocumentWriteException("could not write " + path + ": it is a loop of symbolic links", null);
            }
            try {
                Path link = Files.readSymbolicLink(p);
                p = p.toAbsolutePath().resolveSibling(link).normalize();
            } catch (IOException e) {
                throw new DocumentWriteException("could not write " + path + ": could not follow the symbolic link "
                        + p + ": " + io.gongwen.InputFile.reason(e), e);
            }
        }
        return p;
    }

    /**
     * A device or FIFO cannot be replaced, only written to. Nothing is atomic about it: what the
     * device received before a failure, it keeps.
     */
    private static void writeInPlace(Path file, Path target, Content content) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), 64 * 1024)) {
            content.writeTo(out);
        } catch (IOException e) {
            throw new DocumentWriteException("could not write " + file + " (not a regular file, so written to "
                    + "directly): " + io.gongwen.InputFile.reason(e), e);
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
