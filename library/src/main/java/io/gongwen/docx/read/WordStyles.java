package io.gongwen.docx.read;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The formatting {@code word/styles.xml} gives paragraphs and runs: the document defaults and, per
 * style, what it sets itself and which style it is based on. Only what the checker asks about is
 * kept: the East Asian and the Latin (ascii) face, the size, bold, italic, underline, superscript and
 * subscript, the colour, the line spacing, the alignment, the indents and a page break before.
 */
final class WordStyles {
    /** Formatting set at one level (defaults, a style, a paragraph or a run); null where not set. */
    static final class Props {
        String eastAsia;
        String ascii;
        Integer halfPoints;
        String lineRule;
        Integer line;
        String jc;
        Boolean bold;
        Boolean italic;
        Boolean underline;
        /** {@code w:vertAlign}: superscript, subscript or baseline. */
        String vertAlign;
        /** {@code w:color}: a hex RGB value or {@code auto}. */
        String color;
        Boolean strike;
        Boolean doubleStrike;
        /** {@code w:highlight}'s colour name, or {@code none}. */
        String highlight;
        /** {@code w:shd/@w:fill} of a run: a hex RGB value or {@code auto}. */
        String shading;
        Boolean smallCaps;
        /** {@code w:spacing/@w:val} of a run, in twentieths of a point. */
        Integer characterSpacing;
        // w:ind, attribute by attribute (each inherits on its own); twips, and hundredths of a character
        Integer left;
        Integer right;
        Integer firstLine;
        Integer leftChars;
        Integer rightChars;
        Integer firstLineChars;
        /** {@code w:pageBreakBefore} of a paragraph or a paragraph style. */
        Boolean pageBreakBefore;
        // w:spacing's space above and below a paragraph: twips, and hundredths of a line
        Integer before;
        Integer after;
        Integer beforeLines;
        Integer afterLines;

        /** Fills what this level leaves unset from {@code below}. */
        void inherit(Props below) {
            if (below == null) {
                return;
            }
            eastAsia = eastAsia != null ? eastAsia : below.eastAsia;
            ascii = ascii != null ? ascii : below.ascii;
            halfPoints = halfPoints != null ? halfPoints : below.halfPoints;
            if (line == null) {
                line = below.line;
                lineRule = below.lineRule;
            }
            jc = jc != null ? jc : below.jc;
            bold = bold != null ? bold : below.bold;
            italic = italic != null ? italic : below.italic;
            underline = underline != null ? underline : below.underline;
            vertAlign = vertAlign != null ? vertAlign : below.vertAlign;
            color = color != null ? color : below.color;
            strike = strike != null ? strike : below.strike;
            doubleStrike = doubleStrike != null ? doubleStrike : below.doubleStrike;
            highlight = highlight != null ? highlight : below.highlight;
            shading = shading != null ? shading : below.shading;
            smallCaps = smallCaps != null ? smallCaps : below.smallCaps;
            characterSpacing = characterSpacing != null ? characterSpacing : below.characterSpacing;
            left = left != null ? left : below.left;
            right = right != null ? right : below.right;
            firstLine = firstLine != null ? firstLine : below.firstLine;
            leftChars = leftChars != null ? leftChars : below.leftChars;
            rightChars = rightChars != null ? rightChars : below.rightChars;
            firstLineChars = firstLineChars != null ? firstLineChars : below.firstLineChars;
            pageBreakBefore = pageBreakBefore != null ? pageBreakBefore : below.pageBreakBefore;
            before = before != null ? before : below.before;
            after = after != null ? after : below.after;
            beforeLines = beforeLines != null ? beforeLines : below.beforeLines;
            afterLines = afterLines != null ? afterLines : below.afterLines;
        }
    }

    private record Style(String basedOn, Props props) {
    }

    private static final int DEEPEST_CHAIN = 20;

    private final Map<String, Style> styles = new HashMap<>();
    private final Props defaults = new Props();
    private String defaultParagraphStyle;

    static WordStyles none() {
        return new WordStyles();
    }

    static WordStyles parse(InputStream in) throws XMLStreamException {
        WordStyles out = new WordStyles();
        XMLStreamReader xml = WordXmlInput.open(in);
        try {
            String id = null;
            String basedOn = null;
            Props props = null;
            boolean inDefaults = false;
            while (xml.hasNext()) {
                int event = WordXmlInput.next(xml);
                if (event == XMLStreamConstants.START_ELEMENT && WordXmlInput.isW(xml)) {
                    String name = xml.getLocalName();
                    switch (name) {
                        case "docDefaults" -> inDefaults = true;
                        case "style" -> {
                            id = WordXmlInput.attr(xml, "styleId");
                            basedOn = null;
                            props = new Props();
                            if ("paragraph".equals(WordXmlInput.attr(xml, "type"))
                                    && ("1".equals(WordXmlInput.attr(xml, "default")) || "true".equals(WordXmlInput.attr(xml, "default")))) {
                                out.defaultParagraphStyle = id;
                            }
                        }
                        case "basedOn" -> basedOn = WordXmlInput.attr(xml, "val");
                        default -> {
                            Props target = inDefaults ? out.defaults : props;
                            if (target != null) {
                                WordXmlInput.readProperty(xml, name, target);
                            }
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && WordXmlInput.isW(xml)) {
                    if ("docDefaults".equals(xml.getLocalName())) {
                        inDefaults = false;
                    } else if ("style".equals(xml.getLocalName()) && id != null) {
                        out.styles.put(id, new Style(basedOn, props));
                        id = null;
                        props = null;
                    }
                }
            }
        } finally {
            xml.close();
        }
        return out;
    }

    /**
     * The effective formatting of a run: its own, then its character style's chain, then the
     * paragraph style's chain (or the default paragraph style's), then the document defaults.
     */
    Props resolve(Props direct, String runStyle, String paragraphStyle) {
        Props out = new Props();
        out.inherit(direct);
        chain(out, runStyle);
        chain(out, paragraphStyle != null ? paragraphStyle : defaultParagraphStyle);
        out.inherit(defaults);
        return out;
    }

    private void chain(Props into, String id) {
        for (int depth = 0; id != null && depth < DEEPEST_CHAIN; depth++) {
            Style style = styles.get(id);
            if (style == null) {
                return;
            }
            into.inherit(style.props);
            id = style.basedOn;
        }
    }

    Optional<String> defaultParagraphStyle() {
        return Optional.ofNullable(defaultParagraphStyle);
    }
}
