package io.gongwen.docx.read;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;

/**
 * Reading WordprocessingML parts as a stream of events: a namespace-aware StAX parser that never
 * reads a DTD or resolves an entity, so an external entity in a hostile part is an error, not a read
 * of the machine's files.
 */
final class WordXmlInput {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** StAX does not promise that a factory is thread-safe: one per thread, as the writer does. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(WordXmlInput::factory);

    private WordXmlInput() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f;
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.get().createXMLStreamReader(in);
    }

    /**
     * The next event; a DTD is refused. No WordprocessingML part has one, and a hostile part uses it
     * to declare entities (external ones to read files, nested ones to expand without bound).
     */
    static int next(XMLStreamReader xml) throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw new io.gongwen.DocumentReadException("it declares a DTD (<!DOCTYPE …>), which a .docx part "
                    + "never has; its entities are not read", null);
        }
        return event;
    }

    static boolean isW(XMLStreamReader xml) {
        return W.equals(xml.getNamespaceURI());
    }

    /** A {@code w:} attribute of the current element, or null. */
    static String attr(XMLStreamReader xml, String name) {
        return xml.getAttributeValue(W, name);
    }

    /** Reads a property element the checker cares about into {@code target}; other elements are ignored. */
    static void readProperty(XMLStreamReader xml, String name, WordStyles.Props target) {
        switch (name) {
            case "rFonts" -> {
                String eastAsia = attr(xml, "eastAsia");
                if (eastAsia != null) {
                    target.eastAsia = eastAsia;
                } else if (attr(xml, "eastAsiaTheme") != null) {
                    target.eastAsia = "(theme " + attr(xml, "eastAsiaTheme") + ")";
                }
                String ascii = attr(xml, "ascii");
                if (ascii != null) {
                    target.ascii = ascii;
                } else if (attr(xml, "asciiTheme") != null) {
                    target.ascii = "(theme " + attr(xml, "asciiTheme") + ")";
                }
            }
            case "sz" -> target.halfPoints = integer(attr(xml, "val"));
            case "spacing" -> {
                // a run's: the space between characters; a paragraph's: its line spacing
                Integer between = integer(attr(xml, "val"));
                if (between != null) {
                    target.characterSpacing = between;
                }
                Integer line = integer(attr(xml, "line"));
                if (line != null) {
                    target.line = line;
                    String rule = attr(xml, "lineRule");
                    target.lineRule = rule == null ? "auto" : rule;
                }
                target.before = either(attr(xml, "before"), null, target.before);
                target.after = either(attr(xml, "after"), null, target.after);
                target.beforeLines = either(attr(xml, "beforeLines"), null, target.beforeLines);
                target.afterLines = either(attr(xml, "afterLines"), null, target.afterLines);
            }
            case "jc" -> target.jc = attr(xml, "val");
            case "b" -> target.bold = on(attr(xml, "val"));
            case "i" -> target.italic = on(attr(xml, "val"));
            case "u" -> {
                String val = attr(xml, "val");
                target.underline = val == null || !val.equals("none");
            }
            case "vertAlign" -> target.vertAlign = attr(xml, "val");
            case "color" -> target.color = attr(xml, "val");
            case "strike" -> target.strike = on(attr(xml, "val"));
            case "dstrike" -> target.doubleStrike = on(attr(xml, "val"));
            case "caps", "smallCaps" -> {
                boolean set = on(attr(xml, "val"));
                // either one makes capitals; one switched off does not undo the other
                target.smallCaps = set || Boolean.TRUE.equals(target.smallCaps);
            }
            case "highlight" -> target.highlight = attr(xml, "val");
            case "pageBreakBefore" -> target.pageBreakBefore = on(attr(xml, "val"));
            case "shd" -> target.shading = attr(xml, "fill");
            case "ind" -> {
                target.left = either(attr(xml, "left"), attr(xml, "start"), target.left);
                target.right = either(attr(xml, "right"), attr(xml, "end"), target.right);
                target.leftChars = either(attr(xml, "leftChars"), attr(xml, "startChars"), target.leftChars);
                target.rightChars = either(attr(xml, "rightChars"), attr(xml, "endChars"), target.rightChars);
                Integer hanging = integer(attr(xml, "hanging"));
                target.firstLine = hanging != null ? Integer.valueOf(-hanging)
                        : either(attr(xml, "firstLine"), null, target.firstLine);
                Integer hangingChars = integer(attr(xml, "hangingChars"));
                target.firstLineChars = hangingChars != null ? Integer.valueOf(-hangingChars)
                        : either(attr(xml, "firstLineChars"), null, target.firstLineChars);
            }
            default -> {
            }
        }
    }

    /** A toggle property's value ({@code w:b}, {@code w:i}): on unless it says 0, false or off. */
    private static boolean on(String val) {
        return val == null || !(val.equals("0") || val.equals("false") || val.equals("off"));
    }

    /** The first of two attribute values that is a number, else what was there. */
    private static Integer either(String value, String other, Integer otherwise) {
        Integer first = integer(value);
        if (first != null) {
            return first;
        }
        Integer second = integer(other);
        return second != null ? second : otherwise;
    }

    static Integer integer(String value) {
        if (value == null) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
