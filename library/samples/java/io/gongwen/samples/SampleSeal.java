package io.gongwen.samples;

import io.gongwen.Seal;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Draws the samples' seals with Java2D: red on a transparent background, marked 样章 (SAMPLE) in the
 * middle so that nobody mistakes them for a real seal. A round body seal with a star and a text arc,
 * and a rectangular signature seal.
 */
public final class SampleSeal {
    private static final Color RED = new Color(0xE6, 0x00, 0x12, 230);

    private SampleSeal() {
    }

    /** A round seal, 42 mm when printed, with {@code name} along its upper arc. */
    public static Seal round(String name) {
        int size = 500;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas(img);
        g.setStroke(new BasicStroke(14));
        g.draw(new Ellipse2D.Double(10, 10, size - 20, size - 20));
        star(g, size / 2.0, size / 2.0 - 10, 70);
        Font font = new Font(Font.SERIF, Font.BOLD, 48);
        g.setFont(font);
        double radius = size / 2.0 - 70;
        double sweep = Math.toRadians(250);
        int n = name.codePointCount(0, name.length());
        int[] cps = name.codePoints().toArray();
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 - sweep / 2 + sweep * (i + 0.5) / n;
            AffineTransform saved = g.getTransform();
            g.translate(size / 2.0 + radius * Math.cos(angle), size / 2.0 + radius * Math.sin(angle));
            g.rotate(angle + Math.PI / 2);
            String ch = new String(Character.toChars(cps[i]));
            g.drawString(ch, -g.getFontMetrics().stringWidth(ch) / 2, 18);
            g.setTransform(saved);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 56));
        String mark = "样章";
        g.drawString(mark, size / 2 - g.getFontMetrics().stringWidth(mark) / 2, size / 2 + 120);
        g.dispose();
        return Seal.png(png(img));
    }

    /** A rectangular signature seal with {@code name}, 18 × 9 mm when printed. */
    public static Seal signature(String name) {
        BufferedImage img = new BufferedImage(400, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas(img);
        g.setStroke(new BasicStroke(10));
        g.drawRect(8, 8, 384, 184);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 96));
        g.drawString(name, 200 - g.getFontMetrics().stringWidth(name) / 2, 130);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString("样章", 340, 180);
        g.dispose();
        return Seal.png(png(img)).withWidth(io.gongwen.Length.mm(18));
    }

    private static Graphics2D canvas(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(RED);
        return g;
    }

    private static void star(Graphics2D g, double cx, double cy, double r) {
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : r * 0.382;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + radius * Math.cos(a);
            double y = cy + radius * Math.sin(a);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        g.fill(star);
    }

    private static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
