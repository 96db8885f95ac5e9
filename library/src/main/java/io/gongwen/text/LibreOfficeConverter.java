package io.gongwen.text;

import io.gongwen.text.recognition.Line;
import io.gongwen.DocumentReadException;
import io.gongwen.InputFile;
import io.gongwen.InvalidDocumentException;
import io.gongwen.docx.WordDocument;
import io.gongwen.docx.read.WordContent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads the word-processing files that are not {@code .docx} — Word 97-2003 {@code .doc}, WPS
 * {@code .wps}, {@code .rtf} and OpenDocument {@code .odt} — by having LibreOffice convert them to
 * {@code .docx} first, the way offices open their old files. Give it to
 * {@link DocxReader.Builder#convertWith(LibreOfficeConverter)}; the command line uses it whenever
 * LibreOffice is installed.
 *
 * <p>Each conversion runs {@code soffice --headless --convert-to docx} on a copy of the file in a
 * folder of its own, with a throw-away LibreOffice profile, under a time limit
 * ({@value #DEFAULT_TIMEOUT_SECONDS} s unless {@link #timeout(Duration)} says otherwise). The input
 * is never opened for writing and nothing is left behind: the folder is deleted, and a conversion
 * that runs over its time is killed with the processes it started. Conversions may run at the same
 * time. The {@code .docx} that LibreOffice writes is then read with the same guards as any other.
 */
public final class LibreOfficeConverter {
    /** The time a conversion may take unless {@link #timeout(Duration)} says otherwise. */
    public static final long DEFAULT_TIMEOUT_SECONDS = 120;
    /** The largest file converted: 256 MB. */
    static final long MAX_INPUT_BYTES = 256L * 1024 * 1024;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final String ODT_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.text";

    /** The formats converted, as told by a file's first bytes, not by its name. */
    public enum Format {
        /** An OLE2 compound file: Word 97-2003 {@code .doc}, WPS {@code .wps} (or a password-protected .docx). */
        WORD_97("doc"),
        /** Rich Text Format, {@code {\rtf…}}. */
        RTF("rtf"),
        /** An OpenDocument text, {@code .odt}: a zip whose first entry names its media type. */
        ODT("odt");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    private final Path soffice;
    private final Duration timeout;

    private LibreOfficeConverter(Path soffice, Duration timeout) {
        this.soffice = soffice;
        this.timeout = timeout;
    }

    /**
     * LibreOffice where this machine has it: the {@code soffice} named by the environment variable
     * {@code GONGWEN_SOFFICE} (or the system property {@code gongwen.soffice}), else {@code soffice}
     * or {@code libreoffice} on the {@code PATH}, else the usual places of Linux, macOS and Windows.
     *
     * @return a converter with the default time limit, or empty if LibreOffice was not found (or the named
     *         {@code soffice} is not an executable file)
     */
    public static Optional<LibreOfficeConverter> find() {
        String named = Optional.ofNullable(System.getProperty("gongwen.soffice")).orElse(System.getenv("GONGWEN_SOFFICE"));
        if (named != null && !named.isBlank()) {
            Path p = Path.of(named);
            return Files.isExecutable(p) && Files.isRegularFile(p) ? Optional.of(at(p)) : Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, "soffice"));
                candidates.add(Path.of(dir, "libreoffice"));
            }
        }
        for (String p : List.of("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
                "/Applications/LibreOffice.app/Contents/MacOS/soffice",
                "C:\\Program Files\\LibreOffice\\program\\soffice.exe")) {
            candidates.add(Path.of(p));
        }
        return candidates.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst()
                .map(LibreOfficeConverter::at);
    }

    /**
     * LibreOffice's {@code soffice} at this path.
     *
     * @param soffice the {@code soffice} (or {@code soffice.exe}) executable
     * @return a converter with the default time limit
     * @throws InvalidDocumentException naming {@code soffice} if it is null or not an executable file
     */
    public static LibreOfficeConverter at(Path soffice) {
        if (soffice == null || !Files.isRegularFile(soffice) || !Files.isExecutable(soffice)) {
            throw new InvalidDocumentException("soffice", "must be LibreOffice's soffice, an executable file: " + soffice);
        }
        return new LibreOfficeConverter(soffice, Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS));
    }

    /**
     * This converter with another time limit per conversion.
     *
     * @param timeout the most a conversion may take; positive
     * @return a new converter with the same {@code soffice}
     * @throws InvalidDocumentException naming {@code timeout} if it is null, zero or negative
     */
    public LibreOfficeConverter timeout(Duration timeout) {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new InvalidDocumentException("timeout", "must be a positive duration: " + timeout);
        }
        return new LibreOfficeConverter(soffice, timeout);
    }

    /**
     * The {@code soffice} it runs.
     *
     * @return the path it was found at or given
     */
    public Path soffice() {
        return soffice;
    }

    /**
     * The format a file is in, among those converted, by its first bytes; empty for anything else (a
     * {@code .docx}, text) and for what is not a regular file, which is never opened.
     *
     * @param file the file; null is taken as no file
     * @return the format, or empty, also when the file cannot be read
     */
    public static Optional<Format> formatOf(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] head = new byte[ODT_MIMETYPE.length() + 30];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return Optional.empty(); // the reader reports it, naming the file
        }
        if (n >= OLE2.length && java.util.Arrays.equals(head, 0, OLE2.length, OLE2, 0, OLE2.length)) {
            return Optional.of(Format.WORD_97);
        }
        if (n >= 5 && new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("{\\rtf")) {
            return Optional.of(Format.RTF);
        }
        // OpenDocument (ISO/IEC 26300, 3.3): the first entry is "mimetype", stored, with the media type
        if (n == head.length && head[0] == 'P' && head[1] == 'K'
                && new String(head, 30, ODT_MIMETYPE.length(), StandardCharsets.ISO_8859_1).equals(ODT_MIMETYPE)) {
            return Optional.of(Format.ODT);
        }
        return Optional.empty();
    }

    /**
     * Converts the file to {@code .docx} with LibreOffice and reads that.
     *
     * @param file the file to convert; it is copied, never changed
     * @return the converted document's paragraphs and tables
     * @throws DocumentReadException naming the file: it is not a regular file, is larger than 256 MB,
     *                               LibreOffice could not convert it, or took longer than the time limit
     * @throws InvalidDocumentException naming {@code file} if it is null
     */
    public WordDocument read(Path file) {
        return read(file, io.gongwen.docx.Revisions.ACCEPTED);
    }

    /**
     * Converts the file to {@code .docx} with LibreOffice and reads that, its tracked changes (which
     * LibreOffice carries over) read as {@code revisions} says.
     *
     * @param file the file to convert; it is copied, never changed
     * @param revisions how the tracked changes are read
     * @return the converted document's paragraphs and tables
     * @throws DocumentReadException as {@link #read(Path)} does
     * @throws InvalidDocumentException naming {@code file} or {@code revisions} if it is null
     */
    public WordDocument read(Path file, io.gongwen.docx.Revisions revisions) {
        if (revisions == null) {
            throw new InvalidDocumentException("revisions", "must not be null");
        }
        if (file == null) {
            throw new InvalidDocumentException("file", "must not be null");
        }
        InputFile.requireRegular(file, "a document to convert");
        Format format = formatOf(file).orElse(null);
        Path work = null;
        try {
            if (Files.size(file) > MAX_INPUT_BYTES) {
                throw new DocumentReadException("could not read " + file + ": it is larger than "
                        + InputFile.megabytes(MAX_INPUT_BYTES) + ", too large to convert", null);
            }
            work = Files.createTempDirectory("gongwen-convert-");
            Path in = work.resolve("in." + extension(file, format));
            Files.copy(file, in);
            Path out = work.resolve("out");
            Files.createDirectory(out);
            convert(file, in, out, work);
            Path docx = out.resolve("in.docx");
            if (!Files.isRegularFile(docx)) {
                throw new DocumentReadException("could not read " + file + ": LibreOffice could not convert it to .docx"
                        + why(work), null);
            }
            return WordContent.read(docx, revisions);
        } catch (IOException e) {
            throw new DocumentReadException("could not convert " + file + ": " + InputFile.reason(e), e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** The extension LibreOffice is given: the file's own when it is one of ours, else the format's. */
    private static String extension(Path file, Format format) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String own : List.of("doc", "wps", "rtf", "odt", "docm", "dotx", "dot", "wpt")) {
            if (name.endsWith("." + own)) {
                return own;
            }
        }
        return format == null ? "doc" : format.extension;
    }

    private void convert(Path file, Path in, Path out, Path work) throws IOException {
        List<String> command = List.of(soffice.toString(), "--headless", "--invisible", "--norestore", "--nologo",
                "--nodefault", "--nolockcheck", "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", out.toString(), in.toString());
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("soffice.out").toFile())
                .redirectError(work.resolve("soffice.err").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .start();
        boolean done;
        try {
            done = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new DocumentReadException("could not convert " + file + ": interrupted", e);
        }
        if (!done) {
            kill(process);
            throw new DocumentReadException("could not read " + file + ": converting it with LibreOffice took longer than "
                    + timeout.toSeconds() + " s, the limit", null);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** Kills the process and whatever it started (LibreOffice's launcher starts the office itself). */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** LibreOffice's first line of complaint, if it said something. */
    private static String why(Path work) {
        try {
            String err = Files.readString(work.resolve("soffice.err"), StandardCharsets.UTF_8).strip();
            String first = err.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
            return first.isEmpty() ? "" : " (" + Line.shorten(first) + ")";
        } catch (IOException e) {
            return "";
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a file LibreOffice still holds on Windows; the system's temporary folder keeps it
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
