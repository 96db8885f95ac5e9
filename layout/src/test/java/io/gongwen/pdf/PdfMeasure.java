package io.gongwen.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Measures a PDF as a reader of the printed page would, from the glyphs PDFBox finds in it: each
 * glyph's left edge, baseline, advance and size, gathered into lines by baseline. It knows nothing
 * of the layout that wrote the file, so a test that asks it where the text is checks the PDF, not
 * the page model. All lengths in millimetres from the page's top-left corner.
 */
final class PdfMeasure {
    static final double PT = 25.4 / 72;

    /** One glyph: left edge, right edge (left + advance), baseline, size in pt. */
    record Glyph(String text, double left, double right, double baseline, double sizePt, double dashMiddle) {
    }

    /** A line of glyphs sharing a baseline. */
    record Line(List<Glyph> glyphs) {
        String text() {
            StringBuilder b = new StringBuilder();
            glyphs.forEach(g -> b.append(g.text()));
            return b.toString();
        }

        double left() {
            return glyphs.get(0).left();
        }

        /** The right end of the last glyph that is not punctuation hanging past the edge. */
        double right() {
            return glyphs.get(glyphs.size() - 1).right();
        }

        double baseline() {
            return glyphs.get(0).baseline();
        }

        double sizePt() {
            return glyphs.stream().mapToDouble(Glyph::sizePt).max().orElse(0);
        }

        /** Characters as the grid counts them: a half-width glyph is half a cell. */
        double cells() {
            return text().codePoints().mapToDouble(cp -> cp < 0x2000 ? 0.5 : 1).sum();
        }
    }

    /** A page: its text lines (inside the block), its page-number line, if any, and whether it is wider than high. */
    record Page(List<Line> text, Line pageNumber, boolean landscape) {
    }

    private PdfMeasure() {
    }

    /** The pages of a PDF; the lines below {@code blockBottomMm} are page numbers. */
    static List<Page> read(byte[] pdf, double blockBottomMm) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Page> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                Collector c = new Collector();
                c.setStartPage(p);
                c.setEndPage(p);
                c.getText(doc);
                TreeMap<Long, List<Glyph>> byBaseline = new TreeMap<>();
                for (Glyph g : c.glyphs) {
                    byBaseline.computeIfAbsent(Math.round(g.baseline() * 10), k -> new ArrayList<>()).add(g);
                }
                List<Line> text = new ArrayList<>();
                Line number = null;
                for (List<Glyph> glyphs : byBaseline.values()) {
                    glyphs.sort(Comparator.comparingDouble(Glyph::left));
                    Line line = new Line(glyphs);
                    if (line.baseline() > blockBottomMm + 1) {
                        number = line;
                    } else {
                        text.add(line);
                    }
                }
                var box = doc.getPage(p - 1).getMediaBox();
                pages.add(new Page(text, number, box.getWidth() > box.getHeight()));
            }
            return pages;
        }
    }

    private static final class Collector extends PDFTextStripper {
        final List<Glyph> glyphs = new ArrayList<>();

        Collector() throws IOException {
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            double size = t.getFontSizeInPt();
            double middle = Double.NaN;
            if ("\u2014".equals(t.getUnicode()) && t.getFont() instanceof PDVectorFont v) {
                try {
                    // the dash's ink: the middle of its outline, above the baseline
                    Rectangle2D ink = v.getNormalizedPath(t.getCharacterCodes()[0]).getBounds2D();
                    middle = (t.getYDirAdj() - ink.getCenterY() / 1000 * size) * PT;
                } catch (IOException e) {
                    middle = Double.NaN;
                }
            }
            glyphs.add(new Glyph(t.getUnicode(), t.getXDirAdj() * PT, (t.getXDirAdj() + t.getWidthDirAdj()) * PT,
                    t.getYDirAdj() * PT, size, middle));
        }
    }
}
