package io.gongwen.pdf;

import io.gongwen.DocumentWriter;
import io.gongwen.InvalidDocumentException;
import io.gongwen.OfficialDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * PDF for {@link OfficialDocument#writeTo(Path)}: with this module on the class path, a name ending
 * in {@code .pdf} is written by {@link PdfWriter} with the system's fonts. A {@link DocumentWriter}
 * provider, listed in {@code META-INF/services/io.gongwen.DocumentWriter}; users call
 * {@code writeTo}, or {@link PdfWriter} to choose the fonts.
 */
public final class PdfFormat implements DocumentWriter {
    /** For {@link java.util.ServiceLoader}. */
    public PdfFormat() {
    }

    @Override
    public String extension() {
        return ".pdf";
    }

    @Override
    public void write(OfficialDocument document, Path file) {
        PdfWriter.write(document, file);
    }

    @Override
    public void write(OfficialDocument document, OutputStream out) {
        if (out == null) {
            throw new InvalidDocumentException("out", "must not be null");
        }
        byte[] pdf = PdfWriter.toBytes(document);
        try {
            out.write(pdf);
        } catch (IOException e) {
            throw new io.gongwen.DocumentWriteException("could not write the PDF to the stream: " + e, e);
        }
    }
}
