package io.gongwen.cli;

import io.gongwen.text.LibreOfficeConverter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** What the commands read: one file, or every .txt and .docx file of a folder. */
final class Inputs {
    private Inputs() {
    }

    /** The kind of an input file. */
    enum Kind {
        TEXT, DOCX
    }

    /**
     * The .txt and .docx files directly in a folder, by name, and the files LibreOffice converts
     * (.doc, .wps, .rtf, .odt); Word's lock files ("~$…") are not documents and are left out.
     */
    static List<Path> inFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return (name.endsWith(".txt") || name.endsWith(".docx") || converted(name))
                                && !name.startsWith("~$");
                    })
                    .sorted()
                    .toList();
        }
    }

    /**
     * A .docx (or a file LibreOffice converts: .doc, .wps, .rtf, .odt) by its name, or a file that
     * starts like a zip, an OLE2 file or RTF whatever its name; anything else is read as text.
     */
    static Kind kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx") || converted(name)) {
            return Kind.DOCX;
        }
        if (!Files.isRegularFile(file)) {
            // not opened: a FIFO would block; the reader refuses it, naming what it is
            return Kind.TEXT;
        }
        byte[] head = new byte[2];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 2);
            if (n == 2 && ((head[0] == 'P' && head[1] == 'K') || (head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF))) {
                return Kind.DOCX;
            }
        } catch (IOException e) {
            // the reader reports it, naming the file
        }
        return LibreOfficeConverter.formatOf(file).isPresent() ? Kind.DOCX : Kind.TEXT;
    }

    /** Whether the name is one of a file that LibreOffice converts to .docx for the reader. */
    private static boolean converted(String name) {
        return CONVERTED.stream().anyMatch(name::endsWith);
    }

    private static final List<String> CONVERTED = List.of(".doc", ".wps", ".rtf", ".odt", ".docm", ".dotx");

    /** The output's name for an input: its name with .docx in place of its extension. */
    static String docxName(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".docx";
    }
}
