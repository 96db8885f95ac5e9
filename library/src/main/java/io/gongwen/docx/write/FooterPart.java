package io.gongwen.docx.write;

import java.io.OutputStream;

import static io.gongwen.docx.write.OrderedElement.Paragraph;

/**
 * Writes a footer part holding the page number "— 1 —" (GB/T 9704-2012 §7.5): 4号 宋体, em dashes
 * (U+2014) on both sides, a PAGE field in between; on odd pages flush right one character in from
 * the text block's edge, on even pages flush left one character in. Landscape pages get footers of
 * their own that turn the number: see {@link #writeTurned}.
 */
public final class FooterPart {
    /** The part names of the landscape footers, odd and even pages. */
    static final String TURNED_ODD = "word/footer4.xml";
    static final String TURNED_EVEN = "word/footer5.xml";
    private static final String WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
    /** wp:docPr ids of the turned numbers: far above the seals' (1, 2, …), unique in the document. */
    private static final int TURNED_DRAWING_ID = 1_000_001;

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
            number(xml);
            xml.end();
        }
    }

    /**
     * A landscape page's footer (GB/T 9704-2012 §8: the number stays where it is on the other pages).
     * No number paragraph: a one-point paragraph anchoring a text box placed on the page, in the
     * landscape page's left margin, whose text is turned a quarter turn clockwise ({@code vert="vert"},
     * read top to bottom), so that on the paper it stands upright exactly where a portrait page's
     * number stands; geometry in {@link PageGeometry#turnedNumberLeft}. The number is flush with the
     * box's end on odd pages (towards the paper's right edge) and with its start on even pages.
     *
     * <p>A DrawingML text box rather than a frame or a floating table: LibreOffice 7.4 lays out
     * frames in footers in the footer's flow (see {@link LetterParts}); it renders a page-anchored
     * {@code wps} text box in a footer on every page of the section, turned. The Open XML SDK
     * validator accepts it without an {@code mc:AlternateContent} fallback (which only Word 2007
     * would need).
     */
    static void writeTurned(OutputStream out, PageGeometry page, boolean oddPages) {
        String ns = SealDrawing.NAMESPACES + " xmlns:wps=\"" + WPS + "\"";
        try (WordXml xml = new WordXml(out, oddPages ? TURNED_ODD : TURNED_EVEN, "ftr", ns)) {
            int id = TURNED_DRAWING_ID + (oddPages ? 0 : 1);
            String cx = Long.toString(page.turnedNumberDepth * SealDrawing.EMU_PER_TWIP);
            String cy = Long.toString(page.turnedNumberLength * SealDrawing.EMU_PER_TWIP);
            long top = oddPages ? page.turnedNumberOddTop : page.turnedNumberEvenTop;
            xml.start("p");
            Paragraphs.spaced(Paragraphs.styled(StyleId.FOOTER), 0, 20)
                    .writeTo(xml);
            xml.start("r").start("drawing");
            SealDrawing.anchor(xml, id, "页码 " + (oddPages ? "奇数页" : "偶数页"), "page", page.turnedNumberLeft,
                    "page", top, page.turnedNumberDepth, page.turnedNumberLength);
            xml.start("wp:cNvGraphicFramePr").end();
            xml.start("a:graphic").start("a:graphicData").plain("uri", WPS);
            xml.start("wps:wsp");
            xml.start("wps:cNvSpPr").plain("txBox", "1").end();
            xml.start("wps:spPr");
            xml.start("a:xfrm");
            xml.start("a:off").plain("x", "0", "y", "0").end();
            xml.start("a:ext").plain("cx", cx, "cy", cy).end();
            xml.end();
            xml.start("a:prstGeom").plain("prst", "rect").start("a:avLst").end().end();
            xml.start("a:noFill").end();
            xml.start("a:ln").start("a:noFill").end().end();
            xml.end(); // spPr
            xml.start("wps:txbx").start("txbxContent");
            xml.start("p");
            Paragraphs.styled(StyleId.FOOTER).set(Paragraph.jc, "val", oddPages ? "right" : "left").writeTo(xml);
            number(xml);
            xml.end();
            xml.end().end(); // txbxContent, txbx
            // vert: every line turned 90° clockwise, read top to bottom; the line centred across the box
            xml.start("wps:bodyPr").plain("rot", "0", "vert", "vert", "wrap", "square", "lIns", "0", "tIns", "0",
                    "rIns", "0", "bIns", "0", "anchor", "ctr", "anchorCtr", "0");
            xml.start("a:noAutofit").end();
            xml.end(); // bodyPr
            xml.end(); // wsp
            xml.end().end(); // graphicData, graphic
            xml.end(); // anchor
            xml.end().end(); // drawing, r
            xml.end(); // p
        }
    }

    /** "— ", the PAGE field, " —". */
    private static void number(WordXml xml) {
        text(xml, "\u2014 ");
        field(xml, "begin");
        xml.start("r").start("instrText").attr("xml", "space", "preserve")
                .text(" PAGE ").end().end();
        field(xml, "separate");
        text(xml, "1");
        field(xml, "end");
        text(xml, " \u2014");
    }

    private static void field(WordXml xml, String type) {
        xml.start("r").empty("fldChar", "fldCharType", type).end();
    }

    private static void text(WordXml xml, String text) {
        xml.start("r").start("t").attr("xml", "space", "preserve")
                .text(text).end().end();
    }
}
