package io.gongwen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * How the readers open what they are given, and the one place that words what went wrong with a
 * file. Machinery shared by the readers ({@code io.gongwen.text}, {@code io.gongwen.docx}) and the
 * writer; public only so that those packages can reach it, not part of the API.
 *
 * <p>Only regular files are read. A device ({@code /dev/zero}), a FIFO or a socket is refused before
 * it is opened: opening a FIFO blocks until someone writes to it, and a device never ends. What is
 * read from a regular file is bounded too, because a file can grow while it is read.
 */
public final class InputFile {
    private InputFile() {
    }

    /**
     * Refuses what is not a regular file (symbolic links are followed), without opening it.
     *
     * @param file the file to check
     * @param what what the file is to the user, e.g. "the draft", for the message
     * @throws DocumentReadException naming the file: it does not exist, is a folder, or is a device, FIFO or
     *                               socket
     */
    public static void requireRegular(Path file, String what) {
        if (Files.isRegularFile(file)) {
            return;
        }
        String why;
        if (Files.isDirectory(file)) {
            why = "it is a folder";
        } else if (!Files.exists(file)) {
            why = Files.isSymbolicLink(file) ? "it is a symbolic link to a file that does not exist" : "it does not exist";
        } else {
            why = "it is not a regular file (a device, FIFO or socket), and " + what + " is only read from a regular file";
        }
        throw new DocumentReadException("could not read " + file + ": " + why, null);
    }

    /**
     * The bytes of a regular file, at most {@code limit} of them.
     *
     * @param file the file to read
     * @param limit the most bytes the file may hold
     * @param what what the file is to the user, e.g. "a draft", for the message
     * @return the file's bytes, all of them
     * @throws DocumentReadException naming the file if it is not a regular file, cannot be read, or holds
     *                               more than {@code limit} bytes
     */
    public static byte[] read(Path file, long limit, String what) {
        requireRegular(file, what);
        try (InputStream in = Files.newInputStream(file)) {
            // one byte more than the limit tells a file of exactly the limit from a larger one
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new DocumentReadException("could not read " + file + ": it is larger than " + megabytes(limit)
                        + ", too large for " + what, null);
            }
            return bytes;
        } catch (IOException e) {
            throw new DocumentReadException("could not read " + file + ": " + reason(e), e);
        }
    }

    /**
     * What an I/O exception means, in words: "it does not exist", "permission denied", or the system's own
     * explanation; never the exception's class name alone.
     *
     * @param e the failure of a file operation
     * @return the words, to follow "could not read FILE: "; the exception's class name only if it has no
     *         message
     */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a folder on its path is a file";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * A size limit in words: "64 MB", or "1000 bytes" if it is not a whole number of megabytes.
     *
     * @param bytes the limit in bytes
     * @return the limit in words
     */
    public static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
