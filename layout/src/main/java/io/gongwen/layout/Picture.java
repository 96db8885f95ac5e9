package io.gongwen.layout;

import java.util.Arrays;

/**
 * A picture on a page: a seal pressed on the signature and the date (§7.3.5.1), a signatory's
 * signature seal (§7.3.5.3), a picture of the body. The bytes are the image file as the model holds
 * it, drawn stretched over its box, in front of the text (a seal never moves text, and covers it).
 * Immutable: the bytes are copied in and out.
 *
 * @param bytes the image file
 * @param format what the bytes are
 * @param xPt the box's left edge, in points from the page's left edge
 * @param yPt the box's top edge, in points from the page's top edge
 * @param widthPt the box's width, in points
 * @param heightPt the box's height, in points
 * @param role what the picture is
 */
public record Picture(byte[] bytes, Format format, double xPt, double yPt, double widthPt, double heightPt, Role role) {
    /** The image formats a page can carry: what PDF and OFD both draw as they are. */
    public enum Format {
        /** Portable Network Graphics, its transparency kept (a seal is red on transparent). */
        PNG,
        /** JPEG, embedded as it is. */
        JPEG
    }

    /** What a picture is, for the writers (an OFD seal, tagging) and for tests that ask where it is. */
    public enum Role {
        /** An official body's seal (印章) over its signature. */
        SEAL,
        /** A signatory's signature seal (签名章), beside the title. */
        SIGNATURE_SEAL,
        /** A picture of the body, centred on a line of its own, or of a table cell, centred in the cell. */
        IMAGE
    }

    public Picture {
        bytes = bytes.clone();
        if (widthPt <= 0 || heightPt <= 0) {
            throw new IllegalArgumentException("a picture's box has a size: " + widthPt + " × " + heightPt + " pt");
        }
    }

    /** The image file (a copy). */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The box's horizontal centre, in points from the page's left edge. */
    public double centreXPt() {
        return xPt + widthPt / 2;
    }

    /** The box's vertical centre, in points from the page's top edge. */
    public double centreYPt() {
        return yPt + heightPt / 2;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Picture p && Arrays.equals(bytes, p.bytes) && format == p.format && xPt == p.xPt
                && yPt == p.yPt && widthPt == p.widthPt && heightPt == p.heightPt && role == p.role;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + java.util.Objects.hash(format, xPt, yPt, widthPt, heightPt, role);
    }

    @Override
    public String toString() {
        return "Picture[" + role + ", " + format + ", " + bytes.length + " bytes, " + widthPt + " × " + heightPt + " pt at ("
                + xPt + ", " + yPt + ")]";
    }
}
