package io.gongwen;

import io.gongwen.internal.Checks;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A seal (印章) or signature seal (签名章) as a PNG image the caller supplies, usually red on a
 * transparent background, and the size it prints at. The writer floats it over the signature and
 * date (GB/T 9704-2012 §7.3.5); it never moves text.
 *
 * <p>Immutable: the bytes are copied in and out.
 */
public final class Seal {
    /** The common diameter of an official body's seal. */
    public static final Length DEFAULT_WIDTH = Length.mm(42);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /**
     * More than a seal needs: a 100 mm seal (the widest {@link #withWidth} allows) at 800 dpi is
     * 3150 pixels wide. Each pixel costs a renderer four bytes or more: a 20,000 × 20,000 seal made
     * LibreOffice take 548 MB.
     */
    static final long LARGEST_PIXELS = 10_000_000;

    private final byte[] png;
    private final int pixelWidth;
    private final int pixelHeight;
    private final Length width;

    private Seal(byte[] png, int pixelWidth, int pixelHeight, Length width) {
        this.png = png;
        this.pixelWidth = pixelWidth;
        this.pixelHeight = pixelHeight;
        this.width = width;
    }

    /**
     * A seal from PNG bytes, printed {@link #DEFAULT_WIDTH} wide.
     *
     * @param png the whole PNG file; copied
     * @return the seal
     * @throws InvalidDocumentException naming {@code seal} if the bytes are not a whole PNG image (the image
     *                                  is decoded, and every chunk's checksum checked), or it has more than
     *                                  10,000,000 pixels
     */
    public static Seal png(byte[] png) {
        Checks.present("seal", png);
        byte[] copy = png.clone();
        if (copy.length < 33 || !Arrays.equals(copy, 0, 8, PNG_SIGNATURE, 0, 8)
                || !new String(copy, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("IHDR")) {
            throw new InvalidDocumentException("seal", "is not a PNG image (" + copy.length + " bytes, starting "
                    + Checks.hex(copy) + "); give the seal as a PNG, e.g. red on a transparent background");
        }
        int w = (int) PngCheck.readUnsigned(copy, 16);
        int h = (int) PngCheck.readUnsigned(copy, 20);
        if (w < 1 || h < 1) {
            throw new InvalidDocumentException("seal", "has an impossible size of " + w + " × " + h + " pixels");
        }
        if ((long) w * h > LARGEST_PIXELS) {
            throw new InvalidDocumentException("seal", "has " + w + " × " + h + " pixels, more than the "
                    + String.format(java.util.Locale.ROOT, "%,d", LARGEST_PIXELS) + " a seal may have; "
                    + "scale it down (a 42 mm seal at 600 dpi is 1000 pixels wide)");
        }
        PngCheck.requireWhole(copy);
        return new Seal(copy, w, h, DEFAULT_WIDTH);
    }

    /**
     * A seal from a PNG file, printed {@link #DEFAULT_WIDTH} wide.
     *
     * @param file the PNG file, a regular file of at most 20 MB
     * @return the seal
     * @throws DocumentReadException if the file cannot be read, is not a regular file (a device, a FIFO) or
     *                               is larger than 20 MB
     * @throws InvalidDocumentException if it is not a whole PNG image
     */
    public static Seal png(Path file) {
        Checks.present("seal", file);
        byte[] bytes = InputFile.read(file, 20L * 1024 * 1024, "a seal image");
        try {
            return png(bytes);
        } catch (InvalidDocumentException e) {
            throw new InvalidDocumentException("seal", file + " " + e.getMessage().substring("seal: ".length()));
        }
    }

    /**
     * This seal printed {@code width} wide (5–100 mm); the height follows the image's proportions.
     *
     * @param width the printed width, 5 to 100 mm
     * @return a new seal with the same image
     */
    public Seal withWidth(Length width) {
        Checks.present("seal.width", width);
        if (width.compareTo(Length.mm(5)) < 0 || width.compareTo(Length.mm(100)) > 0) {
            throw new InvalidDocumentException("seal.width", "must be 5..100 mm: " + width);
        }
        return new Seal(png, pixelWidth, pixelHeight, width);
    }

    /**
     * The PNG bytes (a copy).
     *
     * @return the whole PNG file, a new array each call
     */
    public byte[] png() {
        return png.clone();
    }

    /**
     * The printed width.
     *
     * @return the width, 5 to 100 mm; {@link #DEFAULT_WIDTH} unless set
     */
    public Length width() {
        return width;
    }

    /**
     * The printed height, from the width and the image's proportions.
     *
     * @return the width times the image's height over its width in pixels
     */
    public Length height() {
        return width.times((double) pixelHeight / pixelWidth);
    }

    /**
     * The image's size in pixels: width.
     *
     * @return the width in pixels, at least 1
     */
    public int pixelWidth() {
        return pixelWidth;
    }

    /**
     * The image's size in pixels: height.
     *
     * @return the height in pixels, at least 1
     */
    public int pixelHeight() {
        return pixelHeight;
    }


    @Override
    public boolean equals(Object o) {
        return o instanceof Seal s && Arrays.equals(png, s.png) && width.equals(s.width);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(png) + width.hashCode();
    }

    @Override
    public String toString() {
        return "Seal[" + pixelWidth + "×" + pixelHeight + " px, " + width + " wide]";
    }
}
