package io.gongwen.cli;

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
     * The .txt and .docx files directly in a folder, by name; Word's lock files ("~$…") are not
     * documents and are left out.
     */
    static List<Path> inFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return (name.endsWith(".txt") || name.endsWith(".docx")) && !name.startsWith("~$");
                    })
                    .sorted()
                    .toList();
        }
    }

    /**
     * A .docx (or .doc) by its name, or a file that starts like a zip or an OLE2 file whatever its
     * name; anything else is read as text.
     */
    static Kind kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx") || name.endsWith(".doc")) {
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
        return Kind.TEXT;
    }

    /** The output's name for an input: its name with .docx in place of its extension. */
    static String docxName(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".docx";
    }
}
