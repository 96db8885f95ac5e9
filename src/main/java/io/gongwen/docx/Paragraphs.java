package io.gongwen.docx;

/**
 * The small pieces every body writer repeats: a paragraph of one run, a blank line, a run, and a
 * run's text with tabs. Stateless.
 */
final class Paragraphs {
    private Paragraphs() {
    }

    /** {@code w:p} with the given properties and one run of text. */
    static void paragraph(WordXml xml, OrderedElement<OrderedElement.Paragraph> pPr, String text) {
        xml.start("p");
        pPr.writeTo(xml);
        run(xml, text);
        xml.end();
    }

    /** An empty {@code w:p} with the given properties: one blank line. */
    static void blank(WordXml xml, OrderedElement<OrderedElement.Paragraph> pPr) {
        xml.start("p");
        pPr.writeTo(xml);
        xml.end();
    }

    /** {@code w:r} with the paragraph's formatting. */
    static void run(WordXml xml, String text) {
        xml.start("r");
        text(xml, text);
        xml.end();
    }

    /** {@code w:r} with its own properties. */
    static void run(WordXml xml, OrderedElement<OrderedElement.Run> rPr, String text) {
        xml.start("r");
        rPr.writeTo(xml);
        text(xml, text);
        xml.end();
    }

    /** {@code w:r} in a character style. */
    static void styledRun(WordXml xml, StyleId characterStyle, String text) {
        run(xml, OrderedElement.rPr().set(OrderedElement.Run.rStyle, "val", characterStyle.id), text);
    }

    /**
     * The run's content: {@code w:t} pieces, with {@code w:tab} for each tab. A Latin letter before
     * a half-width percent sign ("X%", as drafts write a placeholder) gets a word joiner (U+2060)
     * between them: LibreOffice breaks a line there and starts the next with "%", which Word's
     * kinsoku never does. Nothing shows; {@link WordDocument} drops the joiner when reading.
     */
    static void text(WordXml xml, String text) {
        if (text.indexOf('%') > 0) {
            text = joinPercent(text);
        }
        int from = 0;
        while (from <= text.length()) {
            int tab = text.indexOf('\t', from);
            int to = tab < 0 ? text.length() : tab;
            if (to > from) {
                String piece = text.substring(from, to);
                xml.start("t");
                if (piece.charAt(0) == ' ' || piece.charAt(piece.length() - 1) == ' ' || piece.contains("  ")) {
                    xml.attr("xml", "space", "preserve");
                }
                xml.text(piece).end();
            }
            if (tab < 0) {
                break;
            }
            xml.empty("tab");
            from = tab + 1;
        }
    }

    private static String joinPercent(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i > 0 && isLatinLetter(text.charAt(i - 1))) {
                out.append(WORD_JOINER);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ';
    }

    /** U+2060 WORD JOINER: no break on either side, no width. */
    static final char WORD_JOINER = '\u2060';

    /** Properties of a paragraph in a style. */
    static OrderedElement<OrderedElement.Paragraph> styled(StyleId style) {
        return OrderedElement.pPr().set(OrderedElement.Paragraph.pStyle, "val", style.id);
    }

    /** Exact line height and space before, in twips. */
    static OrderedElement<OrderedElement.Paragraph> spaced(OrderedElement<OrderedElement.Paragraph> pPr,
                                                           long before, long line) {
        return pPr.set(OrderedElement.Paragraph.spacing, "before", Long.toString(Math.max(0, before)), "after", "0",
                "line", Long.toString(line), "lineRule", "exact");
    }
}
