package io.gongwen.docx.write;

import io.gongwen.internal.AtomicReplace;
import io.gongwen.DocumentWriteException;
import io.gongwen.OfficialDocument;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an {@link OfficialDocument} as a .docx. POI's OPC layer packages every part but the body
 * once per specification ({@link PackageSkeleton}); the body, nearly all of the bytes, is streamed
 * element by element straight into the zip, so a document of any length is written in memory
 * proportional to its model.
 *
 * <p>The output is deterministic: the same document gives the same bytes. Every zip entry carries
 * a fixed time (1980-02-01 00:00) rather than the clock, there are no random ids, and the core
 * properties hold no creation date or author. Stateless and thread-safe. Users reach it through
 * {@link OfficialDocument#writeTo(Path)} ({@link DocxFormat}).
 */
public final class DocxWriter {
    /**
     * The time every entry carries. Not 1980-01-01 00:00: java.util.zip reads that DOS value as "before
     * 1980" and adds an extended timestamp; 1980-02-01 is what reproducible builds use.
     */
    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 2, 1, 0, 0);

    private DocxWriter() {
    }

    /**
     * Writes the document to a stream, which is left open. If writing fails, part of a document may
     * have reached the stream; write to a {@link Path} for all-or-nothing.
     */
    public static void write(OfficialDocument doc, OutputStream out) {
        present("document", doc);
        present("out", out);
        try {
            stream(doc, out);
        } catch (IOException e) {
            throw new DocumentWriteException("could not write the .docx to the stream: " + e, e);
        } catch (io.gongwen.GongwenException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DocumentWriteException("could not write the .docx (a fault in gongwen4j, please report it): " + e, e);
        }
    }

    private static void present(String argument, Object value) {
        if (value == null) {
            throw new io.gongwen.InvalidDocumentException(argument, "must not be null");
        }
    }

    /** The document as .docx bytes. */
    public static byte[] toBytes(OfficialDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        write(doc, out);
        return out.toByteArray();
    }

    /**
     * Writes the document to a file, replacing an existing file atomically: a temporary file in the
     * same directory is written, forced to disk and moved over the target. On any failure the old
     * file is untouched and the temporary file is deleted, also when the JVM shuts down halfway.
     * A symbolic link is followed and the file it points to replaced; a device or a FIFO
     * ({@code /dev/stdout}, a named pipe) is written to directly, not replaced.
     *
     * @throws io.gongwen.InvalidDocumentException naming {@code file} if it is null
     * @throws DocumentWriteException if writing fails; the message names the file
     */
    public static void write(OfficialDocument doc, Path file) {
        write(doc, file, AtomicReplace.REAL);
    }

    /** As {@link #write(OfficialDocument, Path)}, through the given file-system steps (tests inject faults). */
    static void write(OfficialDocument doc, Path file, AtomicReplace.Steps steps) {
        present("document", doc);
        present("file", file);
        // build the skeleton before touching the file system: a fault in it is not a write failure
        PackageSkeleton.of(doc.specification());
        AtomicReplace.replace(file, out -> stream(doc, out), steps);
    }

    /** Streams the package: the skeleton's parts as they are, the body written into its entry. */
    static void stream(OfficialDocument doc, OutputStream out) throws IOException {
        PackageSkeleton skeleton = PackageSkeleton.of(doc.specification());
        BodyPart body = new BodyPart(doc, new PageGeometry(doc.specification()));
        PackageExtras extras = body.extras();
        // closing the zip ends its native deflater; Unclosable keeps the caller's stream open
        try (ZipOutputStream zip = new ZipOutputStream(new Unclosable(out))) {
            // zlib's fastest level: measured 4 × faster than the default level on a 460-page report
            // for a file about 6 % larger; compression is most of the cost of writing a document
            zip.setLevel(Deflater.BEST_SPEED);
            for (PackageSkeleton.Part part : skeleton.parts()) {
                ZipEntry entry = new ZipEntry(part.name());
                entry.setTimeLocal(ZIP_EPOCH);
                zip.putNextEntry(entry);
                if (part.name().equals(PackageSkeleton.BODY)) {
                    writeBody(body, zip);
                } else if (!extras.isEmpty() && part.name().equals(PackageSkeleton.CONTENT_TYPES)) {
                    zip.write(extras.contentTypes(part.bytes()));
                } else if (!extras.isEmpty() && part.name().equals(PackageSkeleton.BODY_RELATIONSHIPS)) {
                    zip.write(extras.relationships(part.bytes()));
                } else if ((extras.hasFootnotes() || extras.hasEndnotes()) && part.name().equals(PackageSkeleton.SETTINGS_PART)) {
                    SettingsPart.write(zip, new PageGeometry(doc.specification()),
                            extras.hasFootnotes() ? doc.footnoteNumbering() : null,
                            extras.hasEndnotes() ? doc.endnoteNumbering() : null);
                } else {
                    zip.write(part.bytes());
                }
                zip.closeEntry();
            }
            for (PackageExtras.Extra extra : extras.parts()) {
                ZipEntry entry = new ZipEntry(extra.name());
                entry.setTimeLocal(ZIP_EPOCH);
                zip.putNextEntry(entry);
                extra.content().accept(zip);
                zip.closeEntry();
            }
        }
    }

    private static void writeBody(BodyPart body, OutputStream zip) throws IOException {
        try {
            body.write(zip);
        } catch (DocumentWriteException e) {
            // an I/O failure of the target: report it as such, not as a fault of the XML
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /** The zip must not close the caller's stream. */
    private static final class Unclosable extends FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
