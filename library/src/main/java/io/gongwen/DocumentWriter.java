package io.gongwen;

import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes an {@link OfficialDocument} in one file format. {@link OfficialDocument#writeTo(Path)} finds
 * the writers on the class path (or module path) with {@link java.util.ServiceLoader} and picks one by
 * the file name's extension: the library brings {@code .docx}, the module {@code gongwen4j-layout}
 * brings {@code .pdf}, the module {@code gongwen4j-ofd} brings {@code .ofd}. Users call
 * {@code writeTo}; a new format implements this interface and lists its class in
 * {@code META-INF/services/io.gongwen.DocumentWriter}.
 *
 * <p>Implementations are stateless and thread-safe, and have a public constructor without arguments.
 */
public interface DocumentWriter {
    /**
     * The file name's ending this writer is chosen for, lower case with its dot: {@code ".docx"}.
     *
     * @return the extension, e.g. {@code ".docx"} or {@code ".pdf"}
     */
    String extension();

    /**
     * Writes the document to a file, replacing an existing regular file atomically: on any failure the old
     * file is untouched and no partial file is left.
     *
     * @param document the document to write
     * @param file the file to write or replace
     * @throws DocumentWriteException if writing fails; the message names the file
     */
    void write(OfficialDocument document, Path file);

    /**
     * Writes the document to a stream, which is left open.
     *
     * @param document the document to write
     * @param out the stream to write to; not closed
     * @throws DocumentWriteException if the stream fails
     */
    void write(OfficialDocument document, OutputStream out);
}
