package io.gongwen.docx.write;

import io.gongwen.DocumentWriter;
import io.gongwen.OfficialDocument;

import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The .docx format for {@link OfficialDocument#writeTo(Path)}: a {@link DocumentWriter} provider,
 * listed in {@code META-INF/services/io.gongwen.DocumentWriter}. Users call {@code writeTo}, not this.
 */
public final class DocxFormat implements DocumentWriter {
    /** For {@link java.util.ServiceLoader}. */
    public DocxFormat() {
    }

    @Override
    public String extension() {
        return ".docx";
    }

    @Override
    public void write(OfficialDocument document, Path file) {
        DocxWriter.write(document, file);
    }

    @Override
    public void write(OfficialDocument document, OutputStream out) {
        DocxWriter.write(document, out);
    }
}
