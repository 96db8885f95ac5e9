package io.gongwen;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.zip.CRC32;

/**
 * Whether PNG bytes are a whole image: every chunk complete with a right checksum, the last one
 * IEND, and the pixels decoding to the end. A seal cut short or damaged in transfer would otherwise
 * print as half a seal, or not at all, with nothing said.
 */
final class PngCheck {
    private PngCheck() {
    }

    /** @throws InvalidDocumentException naming {@code seal} if the image is damaged (its chunks or its pixels) */
    static void requireWhole(byte[] png) {
        chunks(png, "seal");
        decode(png);
    }

    /**
     * Checks every chunk's length and checksum, without decoding the pixels: for a picture, whose
     * pixels may be many more than a seal's, decoding would cost four bytes a pixel.
     *
     * @throws InvalidDocumentException naming {@code field} if a chunk is cut short or damaged
     */
    static void requireWholeChunks(byte[] png, String field) {
        chunks(png, field);
    }

    /** Walks the chunks after the 8-byte signature, checking each one's length and CRC-32. */
    private static void chunks(byte[] png, String field) {
        int at = 8;
        while (true) {
            if (at + 12 > png.length) {
                throw damaged(field, "it ends before its last chunk (IEND): the file is cut short (" + png.length + " bytes)");
            }
            long length = readUnsigned(png, at);
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (length > png.length - at - 12L) {
                throw damaged(field, "its " + printable(type) + " chunk at byte " + at + " runs past the end of the file: "
                        + "the file is cut short (" + png.length + " bytes)");
            }
            CRC32 crc = new CRC32();
            crc.update(png, at + 4, 4 + (int) length);
            if (crc.getValue() != readUnsigned(png, at + 8 + (int) length)) {
                throw damaged(field, "the checksum of its " + printable(type) + " chunk at byte " + at + " is wrong: "
                        + "the file is damaged");
            }
            at += 12 + (int) length;
            if (type.equals("IEND")) {
                return;
            }
        }
    }

    /** Decodes every pixel with the JDK's PNG reader, in memory (no cache files). */
    private static void decode(byte[] png) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
        if (!readers.hasNext()) {
            return; // a JDK without its PNG reader: the chunk checks are all there is
        }
        ImageReader reader = readers.next();
        try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(png))) {
            reader.setInput(in, true, true);
            reader.read(0);
        } catch (IOException | RuntimeException e) {
            throw damaged("seal", "its pixels do not decode (" + e.getMessage() + ")");
        } finally {
            reader.dispose();
        }
    }

    private static InvalidDocumentException damaged(String field, String why) {
        return new InvalidDocumentException(field, "is not a whole PNG image: " + why);
    }

    private static String printable(String type) {
        return type.chars().allMatch(c -> c >= 'A' && c <= 'z') ? type : "unnamed";
    }

    /** The big-endian unsigned 32-bit integer at {@code at}, as PNG stores its lengths and sizes. */
    static long readUnsigned(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
