package io.gongwen;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A seal is accepted only as a whole PNG image of a size a renderer can afford. */
class SealTest {
    /** A red disc on transparency, 200 × 200 pixels, with noise so that its pixels take several KB. */
    private static byte[] seal() throws IOException {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillOval(0, 0, 200, 200);
        g.dispose();
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < 4000; i++) {
            image.setRGB(r.nextInt(200), r.nextInt(200), 0xFF000000 | r.nextInt(0xFFFFFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void takes_a_whole_png() throws IOException {
        Seal seal = Seal.png(seal());

        assertThat(seal.pixelWidth()).isEqualTo(200);
        assertThat(seal.pixelHeight()).isEqualTo(200);
    }

    @Test
    void refuses_a_seal_cut_in_half() throws IOException {
        byte[] png = seal();
        byte[] half = Arrays.copyOf(png, png.length / 2);

        assertThatThrownBy(() -> Seal.png(half))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("seal: is not a whole PNG image: its IDAT chunk at byte ")
                .hasMessageEndingWith(" runs past the end of the file: the file is cut short (" + half.length + " bytes)");
    }

    @Test
    void refuses_a_seal_with_a_wrong_checksum() throws IOException {
        byte[] png = seal();
        png[png.length / 2] ^= 0x55; // a byte of the pixel data, its chunk's CRC no longer matching

        assertThatThrownBy(() -> Seal.png(png))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageMatching("seal: is not a whole PNG image: the checksum of its IDAT chunk at byte \\d+ is "
                        + "wrong: the file is damaged");
    }

    @Test
    void refuses_pixels_that_do_not_decode_even_with_right_checksums() throws IOException {
        byte[] png = seal();
        int idat = indexOf(png, "IDAT") - 4;
        int length = readInt(png, idat);
        png[idat + 8 + length / 2] ^= 0x55;
        writeCrc(png, idat, length);

        assertThatThrownBy(() -> Seal.png(png))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("seal: is not a whole PNG image: its pixels do not decode (");
    }

    @Test
    void refuses_a_seal_of_more_pixels_than_the_limit_naming_it() throws IOException {
        byte[] png = seal();
        // the header of a 20,000 × 20,000 image, as the campaign's seal had
        writeInt(png, 16, 20_000);
        writeInt(png, 20, 20_000);

        assertThatThrownBy(() -> Seal.png(png))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("seal: has 20000 × 20000 pixels, more than the 10,000,000 a seal may have; scale it down "
                        + "(a 42 mm seal at 600 dpi is 1000 pixels wide)");
    }

    @Test
    void reads_a_seal_file_only_if_it_is_a_regular_file() {
        assertThatThrownBy(() -> Seal.png(java.nio.file.Path.of("/dev/zero")))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("could not read /dev/zero: it is not a regular file (a device, FIFO or socket), and a seal "
                        + "image is only read from a regular file");
    }

    private static int indexOf(byte[] b, String ascii) {
        byte[] needle = ascii.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int i = 0; i + needle.length <= b.length; i++) {
            if (Arrays.equals(b, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError(ascii + " not found");
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static void writeInt(byte[] b, int at, long v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static void writeCrc(byte[] png, int chunk, int length) {
        CRC32 crc = new CRC32();
        crc.update(png, chunk + 4, 4 + length);
        writeInt(png, chunk + 8 + length, crc.getValue());
    }
}
