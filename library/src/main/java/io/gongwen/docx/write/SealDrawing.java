package io.gongwen.docx.write;

/**
 * Writes a seal image as a floating DrawingML picture ({@code wp:anchor}) in front of the text,
 * without wrapping, so it never moves text (GB/T 9704-2012 §7.3.5: the seal presses on the signature
 * and the date). Positions are in twips: horizontally from the text block's left edge, vertically
 * from the top of the paragraph that carries the anchor.
 */
final class SealDrawing {
    static final String NAMESPACES =
            " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                    + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                    + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";
    static final long EMU_PER_TWIP = 635;

    private SealDrawing() {
    }

    /**
     * One run holding the anchored picture.
     *
     * @param drawingId a number unique in the document (wp:docPr/@id)
     * @param imageId the relationship id of the PNG part
     */
    static void write(WordXml xml, int drawingId, String imageId, long left, long top, long width, long height) {
        xml.start("r").start("drawing");
        anchor(xml, drawingId, "印章 " + drawingId, "margin", left, "paragraph", top, width, height);
        xml.start("wp:cNvGraphicFramePr").start("a:graphicFrameLocks").plain("noChangeAspect", "1").end().end();
        graphic(xml, drawingId, "seal" + drawingId + ".png", imageId, width, height);
        xml.end(); // anchor
        xml.end().end(); // drawing, r
    }

    /**
     * The picture itself, {@code a:graphic} holding a {@code pic:pic} that stretches the image part
     * {@code imageId} over {@code width} × {@code height} twips: what a floating and an inline
     * picture share.
     */
    static void graphic(WordXml xml, int drawingId, String name, String imageId, long width, long height) {
        graphicEmu(xml, drawingId, name, imageId, width * EMU_PER_TWIP, height * EMU_PER_TWIP);
    }

    /** As {@link #graphic}, the size in EMU. */
    static void graphicEmu(WordXml xml, int drawingId, String name, String imageId, long widthEmu, long heightEmu) {
        String cx = Long.toString(widthEmu);
        String cy = Long.toString(heightEmu);
        xml.start("a:graphic").start("a:graphicData").plain("uri", "http://schemas.openxmlformats.org/drawingml/2006/picture");
        xml.start("pic:pic");
        xml.start("pic:nvPicPr");
        xml.start("pic:cNvPr").plain("id", Integer.toString(drawingId), "name", name).end();
        xml.start("pic:cNvPicPr").end();
        xml.end();
        xml.start("pic:blipFill");
        xml.start("a:blip").attr("r", "embed", imageId).end();
        xml.start("a:stretch").start("a:fillRect").end().end();
        xml.end();
        xml.start("pic:spPr");
        xml.start("a:xfrm");
        xml.start("a:off").plain("x", "0", "y", "0").end();
        xml.start("a:ext").plain("cx", cx, "cy", cy).end();
        xml.end();
        xml.start("a:prstGeom").plain("prst", "rect").start("a:avLst").end().end();
        xml.end();
        xml.end(); // pic:pic
        xml.end().end(); // graphicData, graphic
    }

    /**
     * Opens a {@code wp:anchor} in front of the text, without wrapping, and writes its children up to
     * {@code wp:docPr}; the caller writes {@code wp:cNvGraphicFramePr} and the graphic and closes it.
     * Positions and sizes in twips, from the edges named by {@code fromH} and {@code fromV}.
     */
    static void anchor(WordXml xml, int drawingId, String name, String fromH, long x, String fromV, long y,
                       long width, long height) {
        xml.start("wp:anchor").plain("distT", "0", "distB", "0", "distL", "0", "distR", "0", "simplePos", "0",
                "relativeHeight", Integer.toString(251_659_264 + drawingId), "behindDoc", "0", "locked", "0",
                "layoutInCell", "1", "allowOverlap", "1");
        xml.start("wp:simplePos").plain("x", "0", "y", "0").end();
        xml.start("wp:positionH").plain("relativeFrom", fromH)
                .start("wp:posOffset").text(Long.toString(x * EMU_PER_TWIP)).end().end();
        xml.start("wp:positionV").plain("relativeFrom", fromV)
                .start("wp:posOffset").text(Long.toString(y * EMU_PER_TWIP)).end().end();
        xml.start("wp:extent").plain("cx", Long.toString(width * EMU_PER_TWIP), "cy", Long.toString(height * EMU_PER_TWIP)).end();
        xml.start("wp:effectExtent").plain("l", "0", "t", "0", "r", "0", "b", "0").end();
        xml.start("wp:wrapNone").end();
        xml.start("wp:docPr").plain("id", Integer.toString(drawingId), "name", name).end();
    }
}
