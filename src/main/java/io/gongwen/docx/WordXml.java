package io.gongwen.docx;

import io.gongwen.DocumentWriteException;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;

/**
 * A thin StAX writer for WordprocessingML parts: elements in the {@code w:} namespace, written
 * straight to the part's stream. Every part we write goes through here, so escaping, namespaces and
 * the mapping of XML errors to {@link DocumentWriteException} live in one place.
 */
final class WordXml implements AutoCloseable {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** The JDK does not promise that a factory may be shared between threads: one per thread. */
    private static final ThreadLocal<XMLOutputFactory> FACTORY = ThreadLocal.withInitial(XMLOutputFactory::newFactory);

    private final XMLStreamWriter xml;
    private final String part;

    /** Starts a part whose root element is {@code w:root}, declaring {@code w:} and {@code r:}. */
    WordXml(OutputStream out, String part, String root) {
        this.part = part;
        try {
            xml = FACTORY.get().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("w", W);
            xml.setPrefix("r", R);
            xml.writeStartElement("w", root, W);
            xml.writeNamespace("w", W);
            xml.writeNamespace("r", R);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Opens {@code <w:name>}. */
    WordXml start(String name) {
        try {
            xml.writeStartElement("w", name, W);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Adds a {@code w:} attribute to the element just opened. */
    WordXml attr(String name, String value) {
        try {
            xml.writeAttribute("w", W, name, value);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Adds an attribute in another namespace (e.g. {@code r:id}, {@code xml:space}). */
    WordXml attr(String prefix, String namespace, String name, String value) {
        try {
            xml.writeAttribute(prefix, namespace, name, value);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Closes the innermost open element. */
    WordXml end() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Writes {@code <w:name a1="v1" …/>} from name/value pairs. */
    WordXml empty(String name, String... attributes) {
        try {
            xml.writeEmptyElement("w", name, W);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute("w", W, attributes[i], attributes[i + 1]);
            }
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Writes character data, escaped. */
    WordXml text(String text) {
        try {
            xml.writeCharacters(text);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Closes the root element and the document, and flushes; the underlying stream stays open. */
    @Override
    public void close() {
        try {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private DocumentWriteException failure(XMLStreamException e) {
        return new DocumentWriteException("could not write the part " + part + ": " + e.getMessage(), e);
    }
}
