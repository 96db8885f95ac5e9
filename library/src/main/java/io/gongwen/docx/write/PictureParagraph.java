package io.gongwen.docx.write;

import io.gongwen.Image;

/**
 * Writes a picture of the body (or of a table cell) as a paragraph of its own: centred, without the
 * body's first-line indent, holding one run with an inline DrawingML picture ({@code w:drawing/wp:inline}). The
 * paragraph's line spacing is single ({@code auto}) rather than the body's exact pitch, which would
 * cut the picture to one line's height; the line grid still rounds the paragraph up to whole lines,
 * so the text after it stays on the grid.
 */
final class PictureParagraph {
    /** The first {@code wp:docPr/@id} of body pictures: far above the seals' ids, which count from 1. */
    static final int FIRST_DRAWING_ID = 100_000;

    private static final OrderedElement<OrderedElement.Paragraph> PPR = OrderedElement.pPr()
            .set(OrderedElement.Paragraph.spacing, "before", "0", "after", "0", "line", "240", "lineRule", "auto")
            .set(OrderedElement.Paragraph.ind, "firstLineChars", "0", "firstLine", "0")
            .set(OrderedElement.Paragraph.jc, "val", "center");

    private PictureParagraph() {
    }

    /**
     * The printed size in EMU: the image's own, or scaled down, proportions kept, to the text
     * block's width and to one line less than its height (the grid rounds the paragraph up to whole
     * lines, and a picture a page high must still fit a page). EMU, not twips, so that a picture read
     * from a .docx is written back at exactly its size.
     *
     * @return width and height, each at least 1 EMU
     */
    static long[] size(Image image, PageGeometry page) {
        return size(image, page.textWidth, page.pageHeight - page.top - page.bottom - page.linePitch);
    }

    /**
     * The printed size in EMU: the image's own, or scaled down, proportions kept, to fit
     * {@code maxWidth} × {@code maxHeight} twips (a cell's picture: the cell's width inside its margins).
     *
     * @return width and height, each at least 1 EMU
     */
    static long[] size(Image image, long maxWidthTwips, long maxHeightTwips) {
        double width = image.width().toEmu();
        double height = image.height().toEmu();
        double maxWidth = Math.max(1, maxWidthTwips) * (double) SealDrawing.EMU_PER_TWIP;
        double maxHeight = Math.max(1, maxHeightTwips) * (double) SealDrawing.EMU_PER_TWIP;
        double scale = Math.min(1, Math.min(maxWidth / Math.max(width, 1), maxHeight / Math.max(height, 1)));
        return new long[] {Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale))};
    }

    /** The height in twips of a picture {@code emu} high, rounded up. */
    static long twipsHigh(long emu) {
        return (emu + SealDrawing.EMU_PER_TWIP - 1) / SealDrawing.EMU_PER_TWIP;
    }

    /**
     * The paragraph with the picture.
     *
     * @param drawingId a number unique in the document ({@code wp:docPr/@id})
     * @param imageId the relationship id of the image part
     * @param size width and height in EMU, from {@link #size}
     */
    static void write(WordXml xml, int drawingId, String imageId, Image.Format format, long[] size) {
        write(xml, drawingId, imageId, format, size, false);
    }

    /** As {@link #write(WordXml, int, String, Image.Format, long[])}, from a new page if {@code pageBreakBefore}. */
    static void write(WordXml xml, int drawingId, String imageId, Image.Format format, long[] size,
                      boolean pageBreakBefore) {
        write(xml, pageBreakBefore ? PPR.copy().set(OrderedElement.Paragraph.pageBreakBefore) : PPR, drawingId, imageId,
                format, size);
    }

    /**
     * A paragraph with the picture, with the paragraph properties {@code pPr} (a table cell's paragraph
     * style, centred).
     */
    static void write(WordXml xml, OrderedElement<OrderedElement.Paragraph> pPr, int drawingId, String imageId,
                      Image.Format format, long[] size) {
        String cx = Long.toString(size[0]);
        String cy = Long.toString(size[1]);
        xml.start("p");
        pPr.writeTo(xml);
        xml.start("r").start("drawing");
        xml.start("wp:inline").plain("distT", "0", "distB", "0", "distL", "0", "distR", "0");
        xml.start("wp:extent").plain("cx", cx, "cy", cy).end();
        xml.start("wp:effectExtent").plain("l", "0", "t", "0", "r", "0", "b", "0").end();
        xml.start("wp:docPr").plain("id", Integer.toString(drawingId), "name", "图片 " + drawingId).end();
        xml.start("wp:cNvGraphicFramePr").start("a:graphicFrameLocks").plain("noChangeAspect", "1").end().end();
        SealDrawing.graphicEmu(xml, drawingId, "image" + drawingId + "." + format.extension(), imageId, size[0], size[1]);
        xml.end(); // inline
        xml.end().end(); // drawing, r
        xml.end(); // p
    }
}
