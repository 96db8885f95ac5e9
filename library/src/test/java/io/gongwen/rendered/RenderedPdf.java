package io.gongwen.rendered;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a reader sees on the pages of a PDF that LibreOffice rendered: lines of glyphs with their
 * baselines and extents, in millimetres from the page's top-left corner.
 */
final class RenderedPdf {
    static final double MM_PER_PT = 25.4 / 72;

    /** One glyph: its character, left edge, advance width, baseline (all mm), font size (pt) and font name. */
    record Glyph(String text, double x, double width, double baseline, double sizePt, String font) {
        boolean fullWidth() {
            return width >= 0.75 * sizePt * MM_PER_PT;
        }
    }

    /** Glyphs sharing a baseline, left to right. */
    record Line(List<Glyph> glyphs) {
        double baseline() {
            return glyphs.get(0).baseline();
        }

        double left() {
            return glyphs.get(0).x();
        }

        double right() {
            Glyph last = glyphs.get(glyphs.size() - 1);
            return last.x() + last.width();
        }

        double sizePt() {
            return glyphs.stream().mapToDouble(Glyph::sizePt).max().orElse(0);
        }

        String text() {
            StringBuilder out = new StringBuilder();
            glyphs.forEach(g -> out.append(g.text()));
            return out.toString();
        }
    }

    /**
     * A glyph whose text runs down the page, turned a quarter turn clockwise (PDFBox's direction 270):
     * its character, the baseline's distance from the page's left edge, where its advance starts and
     * ends measured from the page's top (all mm), and its font size (pt).
     */
    record TurnedGlyph(String text, double baselineX, double top, double bottom, double sizePt) {
    }

    /**
     * A picture as drawn on a page: the page's number, the image's pixels, and its box in mm from the
     * page's top-left corner.
     */
    record Picture(int page, int pixelWidth, int pixelHeight, double widthMm, double heightMm, double leftMm,
                   double topMm) {
    }

    /** Every image the PDF draws, page by page, in drawing order. */
    static List<Picture> pictures(Path pdf) throws IOException {
        List<Picture> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                double pageHeight = page.getMediaBox().getHeight();
                for (io.gongwen.testing.DrawnImages.Drawn d : io.gongwen.testing.DrawnImages.on(page)) {
                    out.add(new Picture(i + 1, d.pixelWidth(), d.pixelHeight(), d.widthPt() * MM_PER_PT,
                            d.heightPt() * MM_PER_PT, d.xPt() * MM_PER_PT, (pageHeight - d.yPt() - d.heightPt()) * MM_PER_PT));
                }
            }
        }
        return out;
    }

    /**
     * A page: its number from 1, its lines top to bottom, the size of its paper in mm as laid out
     * (landscape pages wider than high), and the glyphs of turned text top to bottom (not in the lines).
     */
    record Page(int number, List<Line> lines, double widthMm, double heightMm, List<TurnedGlyph> turned) {
        boolean landscape() {
            return widthMm > heightMm;
        }

        /** The turned glyphs' text, top to bottom. */
        String turnedText() {
            StringBuilder out = new StringBuilder();
            turned.forEach(g -> out.append(g.text()));
            return out.toString();
        }
    }

    private RenderedPdf() {
    }

    /** The last glyph of {@code texts} printed one after the other, in reading order. */
    static Glyph after(List<Glyph> glyphs, String... texts) {
        for (int i = texts.length - 1; i < glyphs.size(); i++) {
            boolean found = true;
            for (int j = 0; j < texts.length && found; j++) {
                found = glyphs.get(i - texts.length + 1 + j).text().equals(texts[j]);
            }
            if (found) {
                return glyphs.get(i);
            }
        }
        throw new AssertionError("no " + String.join("", texts) + " on the page");
    }

    /**
     * The glyph {@code text} printed right after {@code g}, raised or lowered (a line of its own to the PDF
     * reader): starting where {@code g} ends, its baseline within a fifth of {@code g}'s size (in mm) of it.
     */
    static Glyph rightOf(List<Glyph> glyphs, Glyph g, String text) {
        return glyphs.stream().filter(x -> x.text().equals(text) && Math.abs(x.x() - (g.x() + g.width())) < 0.5
                        && Math.abs(x.baseline() - g.baseline()) < 0.2 * g.sizePt())
                .findFirst().orElseThrow(() -> new AssertionError("no " + text + " right after " + g));
    }

    static List<Page> read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Collector collector = new Collector();
            collector.setSortByPosition(true);
            collector.getText(doc);
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < collector.pages.size(); i++) {
                List<TurnedGlyph> turned = new ArrayList<>(collector.turned.get(i));
                turned.sort(Comparator.comparingDouble(TurnedGlyph::top));
                pages.add(new Page(i + 1, lines(collector.pages.get(i)), collector.sizes.get(i)[0], collector.sizes.get(i)[1],
                        List.copyOf(turned)));
            }
            return pages;
        }
    }

    private static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph g : sorted) {
            if (!current.isEmpty() && Math.abs(g.baseline() - current.get(0).baseline()) > 0.5) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        return new Line(List.copyOf(sorted));
    }

    private static final class Collector extends PDFTextStripper {
        final List<List<Glyph>> pages = new ArrayList<>();
        final List<double[]> sizes = new ArrayList<>();
        final List<List<TurnedGlyph>> turned = new ArrayList<>();

        Collector() throws IOException {
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            pages.add(new ArrayList<>());
            turned.add(new ArrayList<>());
            // the turned size: a landscape page may be stored portrait with a /Rotate
            boolean turned = page.getRotation() % 180 != 0;
            double w = page.getMediaBox().getWidth() * MM_PER_PT;
            double h = page.getMediaBox().getHeight() * MM_PER_PT;
            sizes.add(turned ? new double[] {h, w} : new double[] {w, h});
            super.startPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            if (t.getUnicode() == null || t.getUnicode().isBlank()) {
                return;
            }
            if (t.getDir() == 270) {
                // down the page: x is the baseline, y where the advance starts (from the top)
                turned.get(turned.size() - 1).add(new TurnedGlyph(t.getUnicode(), t.getX() * MM_PER_PT,
                        t.getY() * MM_PER_PT, (t.getY() + t.getWidthDirAdj()) * MM_PER_PT, t.getFontSizeInPt()));
                return;
            }
            pages.get(pages.size() - 1).add(new Glyph(t.getUnicode(), t.getXDirAdj() * MM_PER_PT,
                    t.getWidthDirAdj() * MM_PER_PT, t.getYDirAdj() * MM_PER_PT, t.getFontSizeInPt(),
                    t.getFont().getName()));
        }
    }
}
