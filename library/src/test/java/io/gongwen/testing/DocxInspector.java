package io.gongwen.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reopens a written .docx and answers questions about its parts, so tests state what they expect
 * instead of repeating XPath plumbing. Expressions use the prefixes {@code w:} and {@code r:}, and for
 * drawings {@code wp:}, {@code a:} and {@code wps:}.
 */
public final class DocxInspector {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private final Map<String, Document> parsed = new LinkedHashMap<>();
    private final XPath xpath;

    public DocxInspector(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "w" -> W;
                    case "r" -> R;
                    case "xml" -> XMLConstants.XML_NS_URI;
                    case "wp" -> "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
                    case "a" -> "http://schemas.openxmlformats.org/drawingml/2006/main";
                    case "wps" -> "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    public List<String> partNames() {
        return new ArrayList<>(parts.keySet());
    }

    public byte[] bytes(String part) {
        byte[] b = parts.get(part);
        if (b == null) {
            throw new AssertionError("no part " + part + " in " + parts.keySet());
        }
        return b;
    }

    public Document dom(String part) {
        return parsed.computeIfAbsent(part, p -> {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes(p)));
            } catch (Exception e) {
                throw new AssertionError("cannot parse " + p, e);
            }
        });
    }

    /** The string value of an XPath expression over a part. */
    public String value(String part, String expression) {
        try {
            return xpath.evaluate(expression, dom(part));
        } catch (XPathExpressionException e) {
            throw new AssertionError(expression, e);
        }
    }

    /** The string value of an XPath expression relative to an element found with {@link #elements}. */
    public String value(Element context, String expression) {
        try {
            return xpath.evaluate(expression, context);
        } catch (XPathExpressionException e) {
            throw new AssertionError(expression, e);
        }
    }

    /** Every {@code w:sectPr} of the body in document order: the section breaks', then the body's own. */
    public List<Element> sections() {
        return elements("word/document.xml", "//w:sectPr");
    }

    public int count(String part, String expression) {
        return Integer.parseInt(value(part, "count(" + expression + ")"));
    }

    public List<Element> elements(String part, String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, dom(part), XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add((Element) nodes.item(i));
            }
            return out;
        } catch (XPathExpressionException e) {
            throw new AssertionError(expression, e);
        }
    }

    /** An attribute of the style with the given id, e.g. {@code style("Heading1", "w:rPr/w:rFonts/@w:eastAsia")}. */
    public String style(String styleId, String relative) {
        return value("word/styles.xml", "/w:styles/w:style[@w:styleId='" + styleId + "']/" + relative);
    }

    /** The document's body paragraphs' plain text, in order. */
    public List<String> paragraphTexts() {
        List<String> out = new ArrayList<>();
        for (Element p : elements("word/document.xml", "/w:document/w:body/w:p")) {
            StringBuilder text = new StringBuilder();
            NodeList runs = p.getElementsByTagNameNS(W, "t");
            for (int i = 0; i < runs.getLength(); i++) {
                text.append(runs.item(i).getTextContent());
            }
            out.add(text.toString());
        }
        return out;
    }

    /** The style id of every body paragraph, in order; "Normal" where a paragraph names none. */
    public List<String> paragraphStyles() {
        return elements("word/document.xml", "/w:document/w:body/w:p").stream()
                .map(p -> {
                    NodeList style = p.getElementsByTagNameNS(W, "pStyle");
                    return style.getLength() == 0 ? "Normal" : ((Element) style.item(0)).getAttributeNS(W, "val");
                })
                .toList();
    }

    /** The style id of the body paragraph whose text starts with {@code start}. */
    public String paragraphStyle(String start) {
        return value("word/document.xml", "/w:document/w:body/w:p[starts-with(string(.), '" + start
                + "')]/w:pPr/w:pStyle/@w:val");
    }

    /**
     * The runs of the body paragraph whose text starts with {@code start}, each as its text and, in
     * braces, the names of its {@code w:rPr} children in the order written, with the value of
     * {@code w:vertAlign}, {@code w:u} and {@code w:rStyle}, and the East Asian face of {@code w:rFonts}:
     * "一是{b}", "4{vertAlign=superscript}", "各单位", "务必{rStyle=BodyTextChar b}".
     */
    public List<String> runs(String start) {
        List<Element> paragraphs = elements("word/document.xml", "/w:document/w:body/w:p[starts-with(string(.), '"
                + start + "')]");
        if (paragraphs.isEmpty()) {
            throw new AssertionError("no paragraph starts with " + start);
        }
        return runs(paragraphs.get(0));
    }

    /**
     * The runs of the first table cell paragraph whose text starts with {@code start}, as {@link #runs(String)}
     * shows a body paragraph's.
     */
    public List<String> cellRuns(String start) {
        List<Element> paragraphs = elements("word/document.xml", "/w:document/w:body/w:tbl//w:tc/w:p[starts-with(string(.), '"
                + start + "')]");
        if (paragraphs.isEmpty()) {
            throw new AssertionError("no table cell paragraph starts with " + start);
        }
        return runs(paragraphs.get(0));
    }

    private static List<String> runs(Element paragraph) {
        List<String> out = new ArrayList<>();
        NodeList runs = paragraph.getElementsByTagNameNS(W, "r");
        for (int i = 0; i < runs.getLength(); i++) {
            Element r = (Element) runs.item(i);
            StringBuilder text = new StringBuilder();
            List<String> props = new ArrayList<>();
            for (org.w3c.dom.Node c = r.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && e.getLocalName().equals("t")) {
                    text.append(e.getTextContent());
                } else if (c instanceof Element e && e.getLocalName().equals("rPr")) {
                    for (org.w3c.dom.Node p = e.getFirstChild(); p != null; p = p.getNextSibling()) {
                        if (p instanceof Element prop) {
                            String name = prop.getLocalName();
                            String val = name.equals("rFonts") ? prop.getAttributeNS(W, "eastAsia") : prop.getAttributeNS(W, "val");
                            props.add(val.isEmpty() ? name : name + "=" + val);
                        }
                    }
                }
            }
            out.add(props.isEmpty() ? text.toString() : text + "{" + String.join(" ", props) + "}");
        }
        return out;
    }
}
