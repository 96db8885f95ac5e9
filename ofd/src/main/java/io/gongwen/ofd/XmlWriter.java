package io.gongwen.ofd;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The XML of one OFD part, written element by element into memory: UTF-8, every element in the
 * {@code ofd:} namespace, attributes in the order they are given, text and attribute values
 * escaped. No indentation: the bytes depend on the content only.
 */
final class XmlWriter {
    static final String NAMESPACE = "http://www.ofdspec.org/2016";

    private final StringBuilder xml = new StringBuilder(4096);
    private final Deque<String> open = new ArrayDeque<>();
    /** Whether the last start tag is still open for attributes ({@code <ofd:X a="1"} without its {@code >}). */
    private boolean inTag;

    XmlWriter() {
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    /** Starts {@code <ofd:name>}; the first element of a part declares the namespace. */
    XmlWriter start(String name) {
        closeTag();
        xml.append("<ofd:").append(name);
        if (open.isEmpty()) {
            xml.append(" xmlns:ofd=\"").append(NAMESPACE).append('"');
        }
        open.push(name);
        inTag = true;
        return this;
    }

    /** An attribute of the element just started. */
    XmlWriter attribute(String name, String value) {
        if (!inTag) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        xml.append(' ').append(name).append("=\"");
        escape(value, true);
        xml.append('"');
        return this;
    }

    /** Text inside the current element. */
    XmlWriter text(String value) {
        closeTag();
        escape(value, false);
        return this;
    }

    /** {@code <ofd:name>value</ofd:name>}. */
    XmlWriter element(String name, String value) {
        return start(name).text(value).end();
    }

    /** Ends the innermost open element. */
    XmlWriter end() {
        String name = open.pop();
        if (inTag) {
            xml.append("/>");
            inTag = false;
        } else {
            xml.append("</ofd:").append(name).append('>');
        }
        return this;
    }

    /** The part, every element closed. */
    byte[] toBytes() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void closeTag() {
        if (inTag) {
            xml.append('>');
            inTag = false;
        }
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append(attribute ? "&quot;" : "\"");
                // a tab or line break in an attribute would be read back as a space (attribute normalisation)
                case '\t' -> xml.append(attribute ? "&#9;" : "\t");
                case '\n' -> xml.append(attribute ? "&#10;" : "\n");
                case '\r' -> xml.append("&#13;");
                default -> xml.append(c);
            }
        }
    }
}
