package io.gongwen.pdf;

import io.gongwen.DocumentWriter;
import io.gongwen.OfficialDocument;

import java.io.OutputStream;
import java.nio.file.Path;

/**
 * PDF for {@link OfficialDocument#writeTo(Path)}: with this module on the class path, a name ending
 * in {@code .pdf} is written by {@link PdfWriter} with the system's fonts. A {@link DocumentWriter}
 * provider, listed in {@code META-INF/services/io.gongwen.DocumentWriter}; users call
 * {@code writeTo}, or {@link PdfWriter} with {@link PdfOptions} to choose the fonts or PDF/A-2b.
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
        PdfWriter.write(document, out, PdfOptions.defaults());
    }
}
