package io.gongwen.docx.write;

import io.gongwen.DocumentWriteException;

import java.io.IOException;
import java.io.OutputStream;

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

    private final OutputStream out;
    /** UTF-8 bytes waiting to go out; written in large chunks. */
    private final byte[] buffer = new byte[32 * 1024];
    private int used;
    private final String part;
    private final String root;
    /** Whether a start tag is open ({@code <w:p} written, {@code >} not yet). */
    private boolean tagOpen;
    /** Local names of the open elements, innermost last. */
    private String[] open = new String[16];
    private int depth;

    /** Starts a part whose root element is {@code w:root}, declaring {@code w:} and {@code r:}. */
    WordXml(OutputStream stream, String part, String root) {
        this(stream, part, root, "");
    }

    /**
     * Starts a part whose root element is {@code w:root}, declaring {@code w:}, {@code r:} and the
     * namespaces in {@code declarations} (written as they are, e.g. {@code xmlns:wp="…"}).
     */
    WordXml(OutputStream stream, String part, String root, String declarations) {
        // our own UTF-8 encoding into one buffer: no locks and no intermediate arrays per call, which
        // Writer chains have and the body's many small writes would pay for
        this.out = stream;
        this.part = part;
        this.root = root;
        try {
            write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:");
            write(root);
            write(" xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"" + declarations);
            tagOpen = true;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Opens {@code <w:name>}, or {@code <p:name>} for a name given with its prefix ("wp:anchor"). */
    WordXml start(String name) {
        try {
            closeStartTag();
            write(name.indexOf(':') < 0 ? "<w:" : "<");
            write(name);
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

    /**
     * Adds an attribute with another prefix ({@code r:id}, {@code xml:space}); the prefix must be
     * declared. An empty prefix writes an attribute without one, as DrawingML elements have.
     */
    WordXml attr(String prefix, String name, String value) {
        if (!tagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag in " + part);
        }
        try {
            write(' ');
            if (!prefix.isEmpty()) {
                write(prefix);
                write(':');
            }
            write(name);
            write("=\"");
            escape(value, 0, value.length(), true);
            write('"');
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
                write("/>");
                tagOpen = false;
            } else {
                write(name.indexOf(':') < 0 ? "</w:" : "</");
                write(name);
                write('>');
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

    /** Adds unprefixed attributes from name/value pairs (DrawingML's attributes have no prefix). */
    WordXml plain(String... attributes) {
        for (int i = 0; i < attributes.length; i += 2) {
            attr("", attributes[i], attributes[i + 1]);
        }
        return this;
    }

    /** Writes character data, escaped. */
    WordXml text(String text) {
        return text(text, 0, text.length());
    }

    /** Writes {@code text[from, to)} as character data, escaped, without copying it. */
    WordXml text(String text, int from, int to) {
        try {
            closeStartTag();
            escape(text, from, to, false);
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
            write("</w:");
            write(root);
            write('>');
            out.write(buffer, 0, used);
            used = 0;
            out.flush();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private void closeStartTag() throws IOException {
        if (tagOpen) {
            write('>');
            tagOpen = false;
        }
    }

    /** Writes text, escaping the few characters that markup needs. */
    private void escape(String s, int start, int n, boolean attribute) throws IOException {
        int from = start;
        for (int i = start; i < n; i++) {
            char c = s.charAt(i);
            if (c > '>' || (c != '&' && c != '<' && c != '>' && c != '"' && c >= ' ')) {
                continue;
            }
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                default -> attribute ? "&#" + (int) c + ";" : null;
            };
            if (replacement != null) {
                encode(s, from, i);
                encode(replacement, 0, replacement.length());
                from = i + 1;
            }
        }
        encode(s, from, n);
    }

    /** Writes markup (ASCII or already-validated text) without escaping. */
    private void write(String s) throws IOException {
        encode(s, 0, s.length());
    }

    private void write(char c) throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = (byte) c;
    }

    /**
     * Encodes {@code s[from, to)} as UTF-8 into the buffer. Space is checked once per chunk (at most
     * 3 bytes per UTF-16 unit), not per character: this loop carries nearly every byte of a document.
     */
    private void encode(String s, int from, int to) throws IOException {
        int i = from;
        while (i < to) {
            if (buffer.length - used < 3 * Math.min(to - i, 1024) + 1) {
                drain();
            }
            int end = Math.min(to, i + (buffer.length - used - 1) / 3);
            byte[] b = buffer;
            int u = used;
            for (; i < end; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    b[u++] = (byte) c;
                } else if (c < 0x800) {
                    b[u++] = (byte) (0xC0 | (c >> 6));
                    b[u++] = (byte) (0x80 | (c & 0x3F));
                } else if (c < 0xD800 || c > 0xDFFF) {
                    b[u++] = (byte) (0xE0 | (c >> 12));
                    b[u++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    b[u++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (b.length - u < 4) {
                        break;
                    }
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    b[u++] = (byte) (0xF0 | (cp >> 18));
                    b[u++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    b[u++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    b[u++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    // the model rejects unpaired surrogates; reaching one here is a bug, not bad input
                    throw new IllegalStateException("unpaired surrogate in " + part + " at index " + i);
                }
            }
            used = u;
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    private DocumentWriteException failure(IOException e) {
        return new DocumentWriteException("could not write the part " + part + ": " + e, e);
    }
}
