package io.gongwen;

import io.gongwen.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A picture of the body on a line of its own, centred: a chart in a 工作报告, a photograph, a plan;
 * or, in a table cell, one of the cell's pictures ({@link Table.Cell#pictures()}), printed no wider
 * than its cell.
 * The bytes are a PNG, a JPEG, or a Windows metafile (EMF, WMF) passed through as they are; the
 * format is told by the bytes, not by a name. The size is the size the author gave it; the writer
 * prints it at that size, scaled down, proportions kept, when it is wider than the text block (or
 * taller), so a picture never runs into the margins.
 *
 * <pre>{@code
 * Image chart = Image.of(Files.readAllBytes(Path.of("chart.png")), Length.mm(120), Length.mm(80));
 * OfficialDocument.builder()...paragraph("全年收入情况如下图：").image(chart)...
 * }</pre>
 *
 * <p>Immutable: the bytes are copied in and out. Pixels are never decoded (a PNG's chunks are
 * checked, each with its checksum), so a picture costs what its bytes cost.
 */
public final class Image implements Block {
    /**
     * More pixels than a document's picture needs: a full-width picture (156 mm) at 1200 dpi is 7,400
     * pixels wide; 50 million pixels is a 48-megapixel photograph and a little more. A renderer
     * (Word, LibreOffice, a PDF viewer) holds four bytes a pixel: 20,000 × 20,000 would be 1.6 GB.
     */
    public static final long LARGEST_PIXELS = 50_000_000;
    /** The longest side a picture may be given: a metre, more than any page. */
    public static final Length LARGEST_SIDE = Length.mm(1000);

    /** The formats a picture may be in, each known by its first bytes. */
    public enum Format {
        /** Portable Network Graphics: a chart, a screenshot. */
        PNG("png", "image/png"),
        /** JPEG: a photograph. */
        JPEG("jpeg", "image/jpeg"),
        /** Enhanced Metafile, Word's and Office's vector pictures, passed through. */
        EMF("emf", "image/x-emf"),
        /** Windows Metafile, the older vector pictures, passed through. */
        WMF("wmf", "image/x-wmf");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        /**
         * The file name extension of the package part: {@code png}, {@code jpeg}, {@code emf}, {@code wmf}.
         *
         * @return the extension, lower case, without the dot
         */
        public String extension() {
            return extension;
        }

        /**
         * The MIME type of the package part, for {@code [Content_Types].xml}.
         *
         * @return the MIME type, e.g. {@code image/png}
         */
        public String contentType() {
            return contentType;
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final byte[] bytes;
    private final Format format;
    private final Length width;
    private final Length height;

    private Image(byte[] bytes, Format format, Length width, Length height) {
        this.bytes = bytes;
        this.format = format;
        this.width = width;
        this.height = height;
    }

    /**
     * A picture from its bytes, printed {@code width} × {@code height}.
     *
     * @param bytes a PNG, a JPEG, an EMF or a WMF; copied
     * @param width the printed width, more than 0 and at most {@link #LARGEST_SIDE}
     * @param height the printed height, likewise
     * @return the picture
     * @throws InvalidDocumentException naming {@code image} if the bytes are in none of the formats, a PNG is
     *                                  cut short or damaged, or a PNG or JPEG has more than
     *                                  {@link #LARGEST_PIXELS} pixels; naming {@code image.width} or
     *                                  {@code image.height} for a size that is not positive or too large
     */
    public static Image of(byte[] bytes, Length width, Length height) {
        Checks.present("image", bytes);
        side("image.width", width);
        side("image.height", height);
        byte[] copy = bytes.clone();
        Format format = formatOf(copy).orElseThrow(() -> new InvalidDocumentException("image",
                "is not a PNG, JPEG, EMF or WMF image (" + copy.length + " bytes, starting " + Checks.hex(copy) + ")"));
        if (format == Format.PNG) {
            PngCheck.requireWholeChunks(copy, "image");
        }
        long[] pixels = pixels(copy, format);
        if (pixels != null && (pixels[0] < 1 || pixels[1] < 1)) {
            throw new InvalidDocumentException("image", "has an impossible size of " + pixels[0] + " × " + pixels[1]
                    + " pixels");
        }
        // in double: two PNG sides of up to 2^32 overflow a long
        if (pixels != null && (double) pixels[0] * pixels[1] > LARGEST_PIXELS) {
            throw new InvalidDocumentException("image", "has " + pixels[0] + " × " + pixels[1] + " pixels, more than the "
                    + String.format(Locale.ROOT, "%,d", LARGEST_PIXELS) + " a picture may have; scale it down "
                    + "(a picture the text block's width at 600 dpi is 3,700 pixels wide)");
        }
        return new Image(copy, format, width, height);
    }

    private static void side(String field, Length side) {
        Checks.present(field, side);
        if (!side.isPositive() || side.compareTo(LARGEST_SIDE) > 0) {
            throw new InvalidDocumentException(field, "must be more than 0 and at most 1000 mm: " + side);
        }
    }

    /**
     * The format the bytes start like, if any of the four. Only the first bytes are looked at: a format found
     * does not mean the rest is whole.
     *
     * @param b the bytes; null is taken as none
     * @return the format, or empty if the bytes start like none of the four
     */
    public static Optional<Format> formatOf(byte[] b) {
        if (b == null) {
            return Optional.empty();
        }
        if (b.length >= 33 && Arrays.equals(b, 0, 8, PNG_SIGNATURE, 0, 8)
                && new String(b, 12, 4, StandardCharsets.ISO_8859_1).equals("IHDR")) {
            return Optional.of(Format.PNG);
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(Format.JPEG);
        }
        // EMR_HEADER (record type 1), and " EMF" at byte 40
        if (b.length >= 44 && b[0] == 1 && b[1] == 0 && b[2] == 0 && b[3] == 0
                && b[40] == ' ' && b[41] == 'E' && b[42] == 'M' && b[43] == 'F') {
            return Optional.of(Format.EMF);
        }
        // a placeable metafile's key, or a plain metafile's header (in memory or on disk, 9 words long)
        if (b.length >= 18 && ((b[0] & 0xFF) == 0xD7 && (b[1] & 0xFF) == 0xCD && (b[2] & 0xFF) == 0xC6 && (b[3] & 0xFF) == 0x9A
                || (b[0] == 1 || b[0] == 2) && b[1] == 0 && b[2] == 9 && b[3] == 0)) {
            return Optional.of(Format.WMF);
        }
        return Optional.empty();
    }

    /** Width and height in pixels from a PNG's IHDR or a JPEG's frame header; null for a metafile or none found. */
    private static long[] pixels(byte[] b, Format format) {
        if (format == Format.PNG) {
            return new long[] {PngCheck.readUnsigned(b, 16), PngCheck.readUnsigned(b, 20)};
        }
        if (format != Format.JPEG) {
            return null;
        }
        int at = 2;
        while (at + 9 < b.length) {
            if ((b[at] & 0xFF) != 0xFF) {
                return null; // not a marker where one must be: leave the pixels uncounted
            }
            int marker = b[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            int length = ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
            // SOF0..SOF15 but DHT (C4), JPG (C8) and DAC (CC) carry the frame's size
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                long height = ((b[at + 5] & 0xFF) << 8) | (b[at + 6] & 0xFF);
                long width = ((b[at + 7] & 0xFF) << 8) | (b[at + 8] & 0xFF);
                return new long[] {width, height};
            }
            if (marker == 0xD9 || marker == 0xDA || length < 2) {
                return null;
            }
            at += 2 + length;
        }
        return null;
    }

    /**
     * The image's bytes (a copy).
     *
     * @return the image file's bytes, a new array each call
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * How many bytes the image has.
     *
     * @return the length in bytes
     */
    public int size() {
        return bytes.length;
    }

    /**
     * The format, as told by the bytes.
     *
     * @return PNG, JPEG, EMF or WMF
     */
    public Format format() {
        return format;
    }

    /**
     * The width the author gave it.
     *
     * @return the printed width, more than 0 and at most {@link #LARGEST_SIDE}
     */
    public Length width() {
        return width;
    }

    /**
     * The height the author gave it.
     *
     * @return the printed height, more than 0 and at most {@link #LARGEST_SIDE}
     */
    public Length height() {
        return height;
    }


    @Override
    public boolean equals(Object o) {
        return o instanceof Image i && format == i.format && Arrays.equals(bytes, i.bytes) && width.equals(i.width)
                && height.equals(i.height);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(bytes) + width.hashCode()) + height.hashCode();
    }

    @Override
    public String toString() {
        return "Image[" + format + ", " + bytes.length + " bytes, " + width + " × " + height + "]";
    }
}
