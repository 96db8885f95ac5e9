package io.gongwen;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The {@link DocumentWriter}s on the class path, by extension, found once (the holder idiom: on the
 * first document written). A provider that cannot be loaded is passed over; the first of two for
 * one extension wins.
 */
final class Writers {
    private static final Map<String, DocumentWriter> BY_EXTENSION = load();

    private Writers() {
    }

    private static Map<String, DocumentWriter> load() {
        Map<String, DocumentWriter> found = new LinkedHashMap<>();
        var providers = ServiceLoader.load(DocumentWriter.class, Writers.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                DocumentWriter w = providers.next();
                found.putIfAbsent(w.extension().toLowerCase(Locale.ROOT), w);
            } catch (ServiceConfigurationError e) {
                // a broken provider (a class missing from a repackaged jar) does not stop the others
            }
        }
        return Collections.unmodifiableMap(found);
    }

    /**
     * The .docx writer.
     *
     * @throws DocumentWriteException if the class path lost it (a jar repackaged without its
     *                                {@code META-INF/services} entries)
     */
    static DocumentWriter docx() {
        DocumentWriter docx = BY_EXTENSION.get(".docx");
        if (docx == null) {
            throw new DocumentWriteException("no .docx writer was found: the jar that holds gongwen4j lost its "
                    + "META-INF/services/io.gongwen.DocumentWriter (merge service files when you repackage it)", null);
        }
        return docx;
    }

    /** The writer for a file by its name's extension, if there is one. */
    static Optional<DocumentWriter> forFile(Path file) {
        return Optional.ofNullable(BY_EXTENSION.get(extension(file)));
    }

    /** The name's extension, lower case with its dot, or "" (a name with none, or a dot file). */
    static String extension(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(dot) : "";
    }
}
