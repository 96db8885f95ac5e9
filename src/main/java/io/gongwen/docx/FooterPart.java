package io.gongwen.docx;

import java.io.OutputStream;

import static io.gongwen.docx.OrderedElement.Paragraph;

/**
 * Writes a footer part holding the page number "— 1 —" (GB/T 9704-2012 §7.5): 4号 宋体, em dashes
 * (U+2014) on both sides, a PAGE field in between; on odd pages flush right one character in from
 * the text block's edge, on even pages flush left one character in.
 */
final class FooterPart {
    private FooterPart() {
    }

    static void write(OutputStream out, PageGeometry page, boolean oddPages) {
        try (WordXml xml = new WordXml(out, oddPages ? "word/footer1.xml" : "word/footer2.xml", "ftr")) {
            xml.start("p");
            String indent = Long.toString(page.pageNumberIndent);
            OrderedElement.pPr()
                    .set(Paragraph.pStyle, "val", StyleId.FOOTER.id)
                    .set(Paragraph.ind, oddPages
                            ? new String[] {"left", "0", "right", indent, "firstLineChars", "0", "firstLine", "0"}
                            : new String[] {"left", indent, "right", "0", "firstLineChars", "0", "firstLine", "0"})
                    .set(Paragraph.jc, "val", oddPages ? "right" : "left")
                    .writeTo(xml);
            text(xml, "\u2014 ");
            field(xml, "begin");
            xml.start("r").start("instrText").attr("xml", "space", "preserve")
                    .text(" PAGE ").end().end();
            field(xml, "separate");
            text(xml, "1");
            field(xml, "end");
            text(xml, " \u2014");
            xml.end();
        }
    }

    private static void field(WordXml xml, String type) {
        xml.start("r").empty("fldChar", "fldCharType", type).end();
    }

    private static void text(WordXml xml, String text) {
        xml.start("r").start("t").attr("xml", "space", "preserve")
                .text(text).end().end();
    }
}
