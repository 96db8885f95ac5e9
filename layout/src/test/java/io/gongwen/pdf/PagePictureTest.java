package io.gongwen.pdf;

import io.gongwen.layout.StandInFonts;
import io.gongwen.samples.WriteSamples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page as a picture (PDFBox's renderer, as a preview would show it): ink inside the text block
 * and where the page number goes, none in the margins, and about as much of it as LibreOffice's
 * rendering of the same page has (a page that measures right but draws blank or tofu would not).
 */
class PagePictureTest {
    private static final double DPI = 72;
    private static final double MM = DPI / 25.4;

    @Test
    void draws_ink_in_the_text_block_and_the_page_numbers_place_only() throws Exception {
        byte[] pdf = PdfWriter.toBytes(WriteSamples.SAMPLES.get("county-office-summary.docx").get(), StandInFonts.resolver());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(1, (float) DPI);
            int inkInBlock = 0;
            int inkOutside = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    int rgb = page.getRGB(x, y);
                    boolean ink = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) < 3 * 128;
                    if (!ink) {
                        continue;
                    }
                    boolean inBlock = x >= 27 * MM && x <= 185 * MM && y >= 36 * MM && y <= 263 * MM;
                    boolean inNumber = y > 263 * MM && y < 275 * MM && x >= 28 * MM && x <= 60 * MM; // page 2: left
                    if (inBlock || inNumber) {
                        inkInBlock++;
                    } else {
                        inkOutside++;
                    }
                }
            }
            assertThat(inkOutside).isZero();
            // a full page of 3号 text inks roughly a tenth of the block at this resolution
            double blockPixels = 156 * MM * 225 * MM;
            assertThat(inkInBlock / blockPixels).isBetween(0.05, 0.3);
        }
    }
}
