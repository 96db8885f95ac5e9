package io.gongwen.ofd;

import io.gongwen.DocumentWriteException;
import io.gongwen.DocumentWriter;
import io.gongwen.InvalidDocumentException;
import io.gongwen.OfficialDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * OFD for {@link OfficialDocument#writeTo(Path)}: with this module on the class path, a name ending
 * in {@code .ofd} is written by {@link OfdWriter} with the system's fonts. A {@link DocumentWriter}
 * provider, listed in {@code META-INF/services/io.gongwen.DocumentWriter}; users call
 * {@code writeTo}, or {@link OfdWriter} to choose the fonts.
 */
public final class OfdFormat implements DocumentWriter {
    /** For {@link java.util.ServiceLoader}. */
    public OfdFormat() {
    }

    @Override
    public String extension() {
        return ".ofd";
    }

    @Override
    public void write(OfficialDocument document, Path file) {
        OfdWriter.write(document, file);
    }

    @Override
    public void write(OfficialDocument document, OutputStream out) {
        if (out == null) {
            throw new InvalidDocumentException("out", "must not be null");
        }
        byte[] ofd = OfdWriter.toBytes(document);
        try {
            out.write(ofd);
        } catch (IOException e) {
            throw new DocumentWriteException("could not write the OFD to the stream: " + e, e);
        }
    }
}
