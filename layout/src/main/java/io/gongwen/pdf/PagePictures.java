package io.gongwen.pdf;

import io.gongwen.DocumentReadException;
import io.gongwen.DocumentWriteException;
import io.gongwen.InvalidDocumentException;
import io.gongwen.OfficialDocument;
import io.gongwen.internal.AtomicReplace;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages as pictures, for previews: the PDF this module writes, drawn by PDFBox's renderer, so that a
 * service can show a clerk the pages without an office suite. One page is drawn at a time; a
 * document's pictures are written one by one as PNG files, each replaced atomically as a PDF is.
 */
public final class PagePictures {
    /** The coarsest resolution drawn: a thumbnail of about 150 × 210 pixels. */
    public static final float LOWEST_DPI = 18;
    /** The finest resolution drawn: 600 dpi, about 5,000 × 7,000 pixels a page. */
    public static final float HIGHEST_DPI = 600;

    private PagePictures() {
    }

    /**
     * One page of a PDF drawn in RGB.
     *
     * @param pdf the PDF's bytes (those of {@link PdfWriter#toBytes(OfficialDocument)}, or any PDF)
     * @param page the page, from 1
     * @param dpi the resolution, {@link #LOWEST_DPI} to {@link #HIGHEST_DPI} pixels per inch
     * @return the page as a picture, as wide and high as the page at that resolution
     * @throws InvalidDocumentException naming {@code pdf}, {@code page} or {@code dpi} if it is null or
     *                                  out of range
     * @throws DocumentReadException if the bytes are not a PDF PDFBox can read
     */
    public static BufferedImage page(byte[] pdf, int page, float dpi) {
        if (pdf == null) {
            throw new InvalidDocumentException("pdf", "must not be null");
        }
        checkDpi(dpi);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (page < 1 || page > doc.getNumberOfPages()) {
                throw new InvalidDocumentException("page", "must be 1.." + doc.getNumberOfPages() + ": " + page);
            }
            return new PDFRenderer(doc).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new DocumentReadException("could not draw page " + page + " of the PDF: " + e.getMessage(), e);
        }
    }

    /**
     * Lays the document out, writes it as PDF in memory and draws each page into {@code folder} as
     * {@code page-1.png}, {@code page-2.png}, …, replacing files of those names atomically. Nothing is
     * written if the document cannot be laid out.
     *
     * @param doc the document
     * @param options the fonts (and PDF/A, which does not change the pictures)
     * @param folder an existing folder
     * @param dpi the resolution, {@link #LOWEST_DPI} to {@link #HIGHEST_DPI} pixels per inch
     * @return the files written, in page order
     * @throws InvalidDocumentException naming {@code folder} if it is not a folder, or the argument that
     *                                  is null or out of range
     * @throws io.gongwen.layout.UnsupportedElementException naming what the layout does not place yet
     * @throws io.gongwen.layout.FontNotFoundException naming a face no font file has
     * @throws DocumentWriteException if a file cannot be written; the pages before it stay written
     */
    public static List<Path> writePngs(OfficialDocument doc, PdfOptions options, Path folder, float dpi) {
        if (folder == null) {
            throw new InvalidDocumentException("folder", "must not be null");
        }
        if (!Files.isDirectory(folder)) {
            throw new InvalidDocumentException("folder", "must be an existing folder: " + folder);
        }
        checkDpi(dpi);
        byte[] pdf = PdfWriter.toBytes(doc, options);
        List<Path> written = new ArrayList<>();
        try (PDDocument loaded = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(loaded);
            for (int i = 0; i < loaded.getNumberOfPages(); i++) {
                BufferedImage picture = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                Path file = folder.resolve("page-" + (i + 1) + ".png");
                AtomicReplace.replace(file, out -> {
                    if (!ImageIO.write(picture, "png", out)) {
                        throw new IOException("no PNG writer in this Java");
                    }
                });
                written.add(file);
            }
        } catch (IOException e) {
            throw new DocumentWriteException("could not draw the pages into " + folder + ": " + e.getMessage(), e);
        }
        return List.copyOf(written);
    }

    private static void checkDpi(float dpi) {
        if (!(dpi >= LOWEST_DPI && dpi <= HIGHEST_DPI)) {
            throw new InvalidDocumentException("dpi", "must be " + LOWEST_DPI + " to " + HIGHEST_DPI + ": " + dpi);
        }
    }
}
