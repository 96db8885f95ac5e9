package io.gongwen.ofd;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a parsed OFD package ({@link OfdPackage}) as a PDF, from the XML alone: each glyph at the
 * place the package gives it (Boundary, CTM, X, Y, DeltaX), in the font the package embeds, each
 * path as stroked, each ImageObject's file stretched over the box its Boundary and CTM give. It stands in for an OFD viewer's converter (ofdrw's is not available here), so
 * that the OFD's pages can be measured with the same tool as the PDF's. Nothing of the layout that
 * wrote the package is used. It draws characters through the embedded font's cmap, so not those
 * beyond U+FFFF that a CGTransform names by glyph (none of the measured documents has one).
 */
final class OfdToPdf {
    private static final double PT = 72 / 25.4;

    private OfdToPdf() {
    }

    static byte[] render(OfdPackage ofd) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            Map<Long, PDType0Font> fonts = new HashMap<>();
            for (OfdPackage.Font f : ofd.fonts.values()) {
                fonts.put(f.id(), PDType0Font.load(pdf, new ByteArrayInputStream(f.file()), true));
            }
            Map<Long, PDImageXObject> images = new HashMap<>();
            for (OfdPackage.Media m : ofd.media.values()) {
                images.put(m.id(), PDImageXObject.createFromByteArray(pdf, m.file(), m.path()));
            }
            for (OfdPackage.Page page : ofd.pages) {
                double height = page.physicalBox()[3] * PT;
                PDPage p = new PDPage(new PDRectangle((float) (page.physicalBox()[2] * PT), (float) height));
                pdf.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, p)) {
                    for (OfdPackage.Path path : page.paths()) {
                        cs.setStrokingColor(color(path.color()));
                        cs.setLineWidth((float) (path.lineWidth() * PT));
                        cs.moveTo((float) (path.x1() * PT), (float) (height - path.y1() * PT));
                        cs.lineTo((float) (path.x2() * PT), (float) (height - path.y2() * PT));
                        cs.stroke();
                    }
                    List<OfdPackage.Glyph> glyphs = page.glyphs();
                    for (int i = 0; i < glyphs.size(); ) {
                        OfdPackage.TextObject t = glyphs.get(i).object();
                        int end = i;
                        while (end < glyphs.size() && glyphs.get(end).object() == t) {
                            end++;
                        }
                        draw(cs, t, fonts.get(t.font()), glyphs.subList(i, end), height);
                        i = end;
                    }
                    // the images last, over the text, as the package's content lists them
                    for (OfdPackage.Image image : page.images()) {
                        double[] b = image.box();
                        cs.drawImage(images.get(image.resourceId()), (float) (b[0] * PT), (float) (height - (b[1] + b[3]) * PT),
                                (float) (b[2] * PT), (float) (b[3] * PT));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // no object streams: the measuring tool reads plain cross-reference tables only
            pdf.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /**
     * One TextObject: the text matrix at its first glyph, turned as its CTM turns it, then one TJ whose
     * adjustments put each next glyph at the distance the package gives (as gongwen4j's PDF does, so
     * that the measuring tool groups the glyphs into words the same way).
     */
    private static void draw(PDPageContentStream cs, OfdPackage.TextObject t, PDType0Font font,
                             List<OfdPackage.Glyph> glyphs, double height) throws IOException {
        double size = t.size() * PT;
        cs.beginText();
        cs.setFont(font, (float) size);
        cs.setNonStrokingColor(color(t.fill()));
        cs.setStrokingColor(color(t.fill()));
        cs.setHorizontalScaling((float) (t.hScale() * 100));
        cs.setRenderingMode(t.stroke() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        cs.setLineWidth((float) (t.lineWidth() * PT));
        double[] m = t.ctm();
        OfdPackage.Glyph first = glyphs.get(0);
        // OFD's y runs down the page, PDF's up: the glyph's own axes turn with the CTM
        cs.setTextMatrix(new Matrix((float) m[0], (float) -m[1], (float) -m[2], (float) m[3],
                (float) (first.x() * PT), (float) (height - first.y() * PT)));
        List<Object> tj = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            String glyph = Character.toString(glyphs.get(i).codePoint());
            tj.add(glyph);
            if (i + 1 < glyphs.size()) {
                double distance = Math.hypot(glyphs.get(i + 1).x() - glyphs.get(i).x(),
                        glyphs.get(i + 1).y() - glyphs.get(i).y()) * PT / t.hScale();
                double natural = font.getStringWidth(glyph) * size / 1000;
                tj.add((float) ((natural - distance) * 1000 / size));
            }
        }
        cs.showTextWithPositioning(tj.toArray());
        cs.endText();
    }

    private static Color color(int[] rgb) {
        return new Color(rgb[0], rgb[1], rgb[2]);
    }
}
