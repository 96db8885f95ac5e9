package io.gongwen.docx;

import io.gongwen.DocumentWriteException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a WordprocessingML part as UTF-8 straight to a stream: elements in the {@code w:}
 * namespace, attributes, escaped text. Every part we write goes through here, so escaping,
 * namespaces and the mapping of I/O errors to {@link DocumentWriteException} live in one place.
 *
 * <p>It is a plain writer rather than StAX because the body part is most of the work of writing a
 * document, and a writer that knows its input was validated (no characters XML cannot carry) only
 * has to escape {@code & < > "}. Not thread-safe: one instance per part.
 */
final class WordXml implements AutoCloseable {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Writer out;
    private final String part;
    private final String root;
    /** Whether a start tag is open ({@code <w:p} written, {@code >} not yet). */
    private boolean tagOpen;
    /** Local names of the open elements, innermost last. */
    private String[] open = new String[16];
    private int depth;

    /** Starts a part whose root element is {@code w:root}, declaring {@code w:} and {@code r:}. */
    WordXml(OutputStream stream, String part, String root) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        this.part = part;
        this.root = root;
        try {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:");
            out.write(root);
            out.write(" xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"");
            tagOpen = true;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Opens {@code <w:name>}. */
    WordXml start(String name) {
        try {
            closeStartTag();
            out.write("<w:");
            out.write(name);
            tagOpen = true;
            if (depth == open.length) {
                open = java.util.Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = name;
        } catch (IOException e) {
            throw failure(e);
        }
        return this;
    }

    /** Adds a {@code w:} attribute to the element just opened. */
    WordXml attr(String name, String value) {
        return attr("w", name, value);
    }

    /** Adds an attribute with another prefix ({@code r:id}, {@code xml:space}); the prefix must be declared. */
    WordXml attr(String prefix, String name, String value) {
        if (!tagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag in " + part);
        }
        try {
            out.write(' ');
            out.write(prefix);
            out.write(':');
            out.write(name);
            out.write("=\"");
            escape(value, true);
            out.write('"');
        } catch (IOException e) {
            throw failure(e);
        }
        return this;
    }

    /** Closes the innermost open element. */
    WordXml end() {
        try {
            String name = open[--depth];
            if (tagOpen) {
                out.write("/>");
                tagOpen = false;
            } else {
                out.write("</w:");
                out.write(name);
                out.write('>');
            }
        } catch (IOException e) {
            throw failure(e);
        }
        return this;
    }

    /** Writes {@code <w:name a1="v1" …/>} from name/value pairs. */
    WordXml empty(String name, String... attributes) {
        start(name);
        for (int i = 0; i < attributes.length; i += 2) {
            attr(attributes[i], attributes[i + 1]);
        }
        return end();
    }

    /** Writes character data, escaped. */
    WordXml text(String text) {
        try {
            closeStartTag();
            escape(text, false);
        } catch (IOException e) {
            throw failure(e);
        }
        return this;
    }

    /** Closes the root element and flushes; the underlying stream stays open. */
    @Override
    public void close() {
        try {
            if (depth != 0) {
                throw new IllegalStateException("unclosed element " + open[depth - 1] + " in " + part);
            }
            closeStartTag();
            out.write("</w:");
            out.write(root);
            out.write('>');
            out.flush();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private void closeStartTag() throws IOException {
        if (tagOpen) {
            out.write('>');
            tagOpen = false;
        }
    }

    /** Writes runs of ordinary characters in one call; escapes the few that markup needs. */
    private void escape(String s, boolean attribute) throws IOException {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            String replacement = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                case '\t', '\n', '\r' -> attribute ? "&#" + (int) s.charAt(i) + ";" : null;
                default -> null;
            };
            if (replacement != null) {
                out.write(s, from, i - from);
                out.write(replacement);
                from = i + 1;
            }
        }
        out.write(s, from, s.length() - from);
    }

    private DocumentWriteException failure(IOException e) {
        return new DocumentWriteException("could not write the part " + part + ": " + e, e);
    }
}
