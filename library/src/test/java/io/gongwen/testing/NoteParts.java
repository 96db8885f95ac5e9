package io.gongwen.testing;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;

/**
 * The footnotes and endnotes of a written .docx as a test asks about them: each mark in the body with
 * the paragraph's text before it, and each note's runs.
 */
public final class NoteParts {
    private NoteParts() {
    }

    /**
     * Every mark of the body in order, table cells' included, as {@code "F1 after 根据《档案法》 {FootnoteReference}"}:
     * F or E, the id, the text of its paragraph up to the mark, and the mark's run properties.
     */
    public static List<String> marks(DocxInspector docx) {
        List<String> out = new ArrayList<>();
        for (Element p : docx.elements("word/document.xml", "/w:document/w:body//w:p")) {
            StringBuilder before = new StringBuilder();
            NodeList runs = p.getElementsByTagNameNS(DocxInspector.W, "r");
            for (int i = 0; i < runs.getLength(); i++) {
                Element r = (Element) runs.item(i);
                List<String> props = new ArrayList<>();
                for (Node c = r.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (!(c instanceof Element e)) {
                        continue;
                    }
                    switch (e.getLocalName()) {
                        case "t" -> before.append(e.getTextContent());
                        case "rPr" -> props.addAll(properties(e));
                        case "footnoteReference", "endnoteReference" -> out.add(
                                (e.getLocalName().startsWith("foot") ? "F" : "E") + e.getAttributeNS(DocxInspector.W, "id")
                                        + " after " + before + " {" + String.join(" ", props) + "}");
                        default -> { }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The notes of {@code word/footnotes.xml} or {@code word/endnotes.xml} in order, each as
     * {@code "id type: runs"}, runs as {@link DocxInspector#runs} shows them, the note's own number as
     * {@code [ref]}.
     */
    public static List<String> notes(DocxInspector docx, String part) {
        List<String> out = new ArrayList<>();
        String kind = part.contains("foot") ? "footnote" : "endnote";
        for (Element n : docx.elements(part, "/w:" + kind + "s/w:" + kind)) {
            List<String> runs = new ArrayList<>();
            NodeList rs = n.getElementsByTagNameNS(DocxInspector.W, "r");
            for (int i = 0; i < rs.getLength(); i++) {
                Element r = (Element) rs.item(i);
                StringBuilder text = new StringBuilder();
                List<String> props = new ArrayList<>();
                for (Node c = r.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element e) {
                        switch (e.getLocalName()) {
                            case "t" -> text.append(e.getTextContent());
                            case "rPr" -> props.addAll(properties(e));
                            case "footnoteRef", "endnoteRef" -> text.append("[ref]");
                            case "separator", "continuationSeparator" -> text.append("[").append(e.getLocalName()).append("]");
                            default -> { }
                        }
                    }
                }
                runs.add(props.isEmpty() ? text.toString() : text + "{" + String.join(" ", props) + "}");
            }
            String type = n.getAttributeNS(DocxInspector.W, "type");
            out.add(n.getAttributeNS(DocxInspector.W, "id") + (type.isEmpty() ? "" : " " + type) + ": " + String.join("|", runs));
        }
        return out;
    }

    private static List<String> properties(Element rPr) {
        List<String> props = new ArrayList<>();
        for (Node p = rPr.getFirstChild(); p != null; p = p.getNextSibling()) {
            if (p instanceof Element prop) {
                String name = prop.getLocalName();
                String val = name.equals("rFonts") ? prop.getAttributeNS(DocxInspector.W, "eastAsia")
                        : prop.getAttributeNS(DocxInspector.W, "val");
                props.add(val.isEmpty() ? name : name + "=" + val);
            }
        }
        return props;
    }
}
