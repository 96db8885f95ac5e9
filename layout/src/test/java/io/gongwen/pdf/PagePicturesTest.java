package io.gongwen.pdf;

import io.gongwen.InvalidDocumentException;
import io.gongwen.OfficialDocument;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.StandInFonts;
import io.gongwen.samples.WriteSamples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Previews: the PDF's pages drawn as pictures, page by page, and written as PNG files. */
class PagePicturesTest {
    private static FontResolver fonts;

    @TempDir
    Path dir;

    @BeforeAll
    static void fonts() {
        fonts = StandInFonts.resolver();
    }

    private static OfficialDocument notice() {
        return WriteSamples.SAMPLES.get("holiday-duty-notice.docx").get();
    }

    @Test
    void every_page_is_written_as_an_a4_picture_with_the_text_in_its_block_and_white_margins() throws Exception {
        OfficialDocument doc = notice();
        PdfOptions options = PdfOptions.builder().fonts(fonts).build();
        int pages;
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(doc, options))) {
            pages = pdf.getNumberOfPages();
        }
        List<Path> files = PagePictures.writePngs(doc, options, dir, 50);
        assertThat(files).hasSize(pages);
        assertThat(files.get(0).getFileName()).hasToString("page-1.png");
        for (Path f : files) {
            BufferedImage png = ImageIO.read(f.toFile());
            // A4 at 50 dpi: 210 mm and 297 mm are 413 and 585 pixels
            assertThat(png.getWidth()).isBetween(412, 414);
            assertThat(png.getHeight()).isBetween(584, 586);
            // the margins are white: 37 mm at the top, 28 mm on the left
            assertThat(dark(png, 0, 0, png.getWidth(), (int) (30 / 25.4 * 50))).as("top margin of %s", f).isZero();
            assertThat(dark(png, 0, 0, (int) (24 / 25.4 * 50), png.getHeight() - 80)).as("left margin of %s", f).isZero();
        }
        BufferedImage first = ImageIO.read(files.get(0).toFile());
        int blockTop = (int) (37 / 25.4 * 50);
        int blockLeft = (int) (28 / 25.4 * 50);
        assertThat(dark(first, blockLeft, blockTop, first.getWidth() - 2 * blockLeft, 200))
                .as("text on the first page's block").isGreaterThan(500);
    }

    @Test
    void a_page_drawn_twice_is_the_same_picture_and_files_are_replaced() throws Exception {
        PdfOptions options = PdfOptions.builder().fonts(fonts).build();
        byte[] pdf = PdfWriter.toBytes(notice(), options);
        BufferedImage a = PagePictures.page(pdf, 1, 36);
        BufferedImage b = PagePictures.page(pdf, 1, 36);
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        for (int y = 0; y < a.getHeight(); y += 3) {
            for (int x = 0; x < a.getWidth(); x += 3) {
                assertThat(a.getRGB(x, y)).isEqualTo(b.getRGB(x, y));
            }
        }
        Path old = Files.writeString(dir.resolve("page-1.png"), "an old preview");
        PagePictures.writePngs(notice(), options, dir, 36);
        assertThat(ImageIO.read(old.toFile())).isNotNull();
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).allMatch(n -> n.matches("page-\\d+\\.png"));
        }
    }

    @Test
    void bad_arguments_are_refused_by_name_and_nothing_is_written() throws Exception {
        PdfOptions options = PdfOptions.builder().fonts(fonts).build();
        byte[] pdf = PdfWriter.toBytes(notice(), options);
        assertThatThrownBy(() -> PagePictures.page(pdf, 0, 72)).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("page");
        assertThatThrownBy(() -> PagePictures.page(pdf, 1, 5000)).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("dpi");
        assertThatThrownBy(() -> PagePictures.page(null, 1, 72)).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("pdf");
        assertThatThrownBy(() -> PagePictures.page(new byte[] {1, 2, 3}, 1, 72))
                .isInstanceOf(io.gongwen.DocumentReadException.class);
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> PagePictures.writePngs(notice(), options, file, 72))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("folder");
        assertThatThrownBy(() -> PagePictures.writePngs(notice(), options, dir, Float.NaN))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("dpi");
        assertThat(Files.readString(file)).isEqualTo("x");
        try (var listing = Files.list(dir)) {
            assertThat(listing.count()).isEqualTo(1);
        }
    }

    /** How many pixels of the rectangle are dark (text, rules), not white. */
    private static int dark(BufferedImage img, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = y0; y < Math.min(img.getHeight(), y0 + h); y++) {
            for (int x = x0; x < Math.min(img.getWidth(), x0 + w); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (r + g + b < 600) {
                    n++;
                }
            }
        }
        return n;
    }
}
