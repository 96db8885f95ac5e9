package io.gongwen.cli;

import io.gongwen.OfficialDocument;
import io.gongwen.layout.FontResolver;
import io.gongwen.ofd.OfdWriter;
import io.gongwen.pdf.PdfOptions;
import io.gongwen.pdf.PdfWriter;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats {@code gongwen format} writes, chosen by the output's extension, so that one format is
 * never written under another's name ({@code -o x.wps} is refused, not a Word file called x.wps):
 * .docx, PDF laid out by the module gongwen4j-layout, and OFD from the same pages by the module
 * gongwen4j-ofd. Another format is one more entry in {@link #all}.
 */
final class OutputFormats {
    /** Writes a document in one format, to a file or to a stream. */
    interface Writer {
        /** Writes to a file; a regular file is replaced atomically (see {@link OfficialDocument#writeTo(Path)}). */
        void write(OfficialDocument doc, Path file);

        /** Writes to a stream, which is left open. */
        void write(OfficialDocument doc, OutputStream out);
    }

    /**
     * One output format.
     *
     * @param extension the file name's ending, with its dot and in lower case: ".docx"
     */
    record Format(String extension, Writer writer) {
    }

    static final Format DOCX = new Format(".docx", new Writer() {
        @Override
        public void write(OfficialDocument doc, Path file) {
            doc.writeTo(file);
        }

        @Override
        public void write(OfficialDocument doc, OutputStream out) {
            doc.writeTo(out);
        }
    });

    /** PDF, laid out by gongwen4j-layout with the faces {@code fonts} resolves; PDF/A-2b if {@code pdfA}. */
    static Format pdf(FontResolver fonts, boolean pdfA) {
        PdfOptions options = PdfOptions.builder().fonts(fonts).pdfA(pdfA).build();
        return new Format(".pdf", new Writer() {
            @Override
            public void write(OfficialDocument doc, Path file) {
                PdfWriter.write(doc, file, options);
            }

            @Override
            public void write(OfficialDocument doc, OutputStream out) {
                PdfWriter.write(doc, out, options);
            }
        });
    }

    /** OFD (GB/T 33190), the same pages as the PDF, written by gongwen4j-ofd with the faces {@code fonts} resolves. */
    static Format ofd(FontResolver fonts) {
        return new Format(".ofd", new Writer() {
            @Override
            public void write(OfficialDocument doc, Path file) {
                OfdWriter.write(doc, file, fonts);
            }

            @Override
            public void write(OfficialDocument doc, OutputStream out) {
                byte[] bytes = OfdWriter.toBytes(doc, fonts);
                try {
                    out.write(bytes);
                } catch (java.io.IOException e) {
                    throw new io.gongwen.DocumentWriteException("could not write the OFD: " + e, e);
                }
            }
        });
    }

    /**
     * Every format there is a writer for; the first is written where no name says which (a device, "-").
     * {@code pdfA}: the PDF is PDF/A-2b.
     */
    static List<Format> all(FontResolver fonts, boolean pdfA) {
        return List.of(DOCX, pdf(fonts, pdfA), ofd(fonts));
    }

    /** The extensions of {@link #all}, for messages. */
    private static final List<String> EXTENSIONS = List.of(".docx", ".pdf", ".ofd");

    private OutputFormats() {
    }

    /**
     * The format to write {@code target} in: by the extension of the file written (a symbolic link's
     * target), or the first format for a device or FIFO that exists ({@code /dev/stdout} on a
     * terminal or a pipe), whose name says nothing.
     *
     * @return empty if there is no writer for the name's extension (or it has none)
     */
    static Optional<Format> forTarget(Path target, FontResolver fonts, boolean pdfA) {
        if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
            return Optional.of(DOCX);
        }
        Path written = writtenFile(target);
        String name = written.getFileName() == null ? "" : written.getFileName().toString().toLowerCase(Locale.ROOT);
        return all(fonts, pdfA).stream().filter(f -> name.endsWith(f.extension()) && name.length() > f.extension().length())
                .findFirst();
    }

    /**
     * The file that is written: a symbolic link's target (the writer replaces that file, so its name
     * is the one that must fit the format: {@code -o current}, a link to x.docx, writes x.docx).
     */
    private static Path writtenFile(Path target) {
        try {
            return Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
        } catch (java.io.IOException e) {
            return target; // the writer says what is wrong with it
        }
    }

    /** Why a target is refused: "there is no writer for .pdf; gongwen writes .docx". */
    static String refusal(Path target) {
        Path written = writtenFile(target);
        String name = written.getFileName() == null ? "" : written.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot) : "";
        String what = extension.isEmpty() ? "its name has no extension to choose the format by"
                : "there is no writer for " + extension;
        String file = written.equals(target) ? target.toString() : target + " (" + written + ")";
        return "cannot write " + file + ": " + what + "; gongwen writes " + supported()
                + " (or give -o - for standard output)";
    }

    /** The extensions there are writers for: ".docx, .pdf, .ofd". */
    static String supported() {
        return String.join(", ", EXTENSIONS);
    }
}
