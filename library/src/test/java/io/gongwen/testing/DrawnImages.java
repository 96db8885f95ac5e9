package io.gongwen.testing;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The images a PDF page draws, each with the box its transformation matrix gives it, read by PDFBox. */
public final class DrawnImages {
    /**
     * One image drawn.
     *
     * @param pixelWidth the image's width in pixels
     * @param pixelHeight its height in pixels
     * @param xPt its left edge, from the page's left, in points
     * @param yPt its bottom edge, from the page's bottom, in points
     * @param widthPt its drawn width in points
     * @param heightPt its drawn height in points
     */
    public record Drawn(int pixelWidth, int pixelHeight, double xPt, double yPt, double widthPt, double heightPt) {
    }

    private DrawnImages() {
    }

    /** The images drawn on {@code page}, in the order the page draws them. */
    public static List<Drawn> on(PDPage page) throws IOException {
        Engine engine = new Engine(page);
        engine.processPage(page);
        return List.copyOf(engine.drawn);
    }

    /** Records each image; every path operation is ignored. */
    private static final class Engine extends PDFGraphicsStreamEngine {
        final List<Drawn> drawn = new ArrayList<>();

        Engine(PDPage page) {
            super(page);
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            drawn.add(new Drawn(image.getWidth(), image.getHeight(), m.getTranslateX(), m.getTranslateY(),
                    m.getScalingFactorX(), m.getScalingFactorY()));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
