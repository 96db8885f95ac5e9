package io.gongwen.pdf;

import io.gongwen.layout.Picture;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import io.gongwen.DocumentWriteException;
import io.gongwen.InvalidDocumentException;
import io.gongwen.OfficialDocument;
import io.gongwen.layout.DocumentLayout;
import io.gongwen.layout.FontFace;
import io.gongwen.layout.FontNotFoundException;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.LaidOutDocument;
import io.gongwen.layout.Line;
import io.gongwen.layout.LineRole;
import io.gongwen.layout.Page;
import io.gongwen.layout.Rule;
import io.gongwen.layout.Run;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import io.gongwen.internal.AtomicReplace;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a document as PDF from gongwen4j's own layout ({@link DocumentLayout}): no office suite,
 * the pages the standard fixes, text as text.
 *
 * <pre>{@code
 * PdfWriter.write(doc, Path.of("notice.pdf"));                     // the system's fonts
 * PdfWriter.write(doc, Path.of("notice.pdf"), FontResolver.builder()
 *     .systemFolders().face("方正小标宋简体", Path.of("/opt/fonts/FZXBSJW.TTF")).build());
 * }</pre>
 *
 * <p>The PDF: A4 pages in points (1/72 inch), every face embedded as a TrueType subset (PDFBox 3
 * cannot embed CFF-outline OpenType fonts such as Noto CJK: map such a face to a TrueType font),
 * headings as bookmarks nested by level, the title and the issuing body as the document
 * information's Title and Author, language zh-CN. Seals and pictures ({@link Picture}) are drawn over
 * the text: a PNG decoded and stored losslessly (Flate) with its transparency as a soft mask, a JPEG
 * embedded as it is (DCT), each image once however often it is drawn. Italic text is drawn in its
 * italic face where the fonts have one (Liberation Serif Italic), and otherwise slanted: its text
 * matrix sheared by {@link FontFace#slant()} ({@code 1 0 0.268 1 x y Tm}, 15° as LibreOffice slants a
 * CJK face), each glyph at the place its upright advance gave it. The same document and fonts always give the same
 * bytes: no dates are written and the file identifier is a digest of the pages' text. Cross-reference
 * table and objects are written uncompressed (content streams are Flate-compressed), which keeps
 * simple PDF readers able to measure the file.
 *
 * <p>Elements the layout does not place yet are refused with
 * {@link io.gongwen.layout.UnsupportedElementException}; a face no font file has with
 * {@link FontNotFoundException}.
 */
public final class PdfWriter {
    /** Thickened outlines: the stroke width as a fraction of the font size (a common synthetic bold). */
    private static final double EMBOLDEN = 0.03;
    /** The document information's Producer and Creator, and the catalog's language. */
    private static final String PRODUCER = "gongwen4j";
    private static final String CREATOR = "gongwen4j-layout";
    private static final String LANGUAGE = "zh-CN";

    private PdfWriter() {
    }

    /**
     * Writes the PDF to a file as {@link OfficialDocument#writeTo(Path)} writes a .docx: an existing
     * file is replaced atomically (a temporary file in the same folder, then moved over it) and keeps
     * its permissions, a symbolic link is followed, a device or FIFO is written to directly; on
     * failure the old file is untouched.
     *
     * @throws DocumentWriteException if writing fails; the message names the file
     */
    public static void write(OfficialDocument doc, Path file) {
        write(doc, file, PdfOptions.defaults());
    }

    /** As {@link #write(OfficialDocument, Path)}, with the faces {@code fonts} resolves. */
    public static void write(OfficialDocument doc, Path file, FontResolver fonts) {
        write(doc, file, options(fonts));
    }

    /**
     * As {@link #write(OfficialDocument, Path)}, with the fonts and the profile (plain PDF or
     * PDF/A-2b) {@code options} give. The pages are laid out and serialised one by one before the
     * file is touched: a face that is missing changes nothing.
     */
    public static void write(OfficialDocument doc, Path file, PdfOptions options) {
        if (file == null) {
            throw new InvalidDocumentException("file", "must not be null");
        }
        try (PageWriter pdf = layOut(doc, options)) {
            AtomicReplace.replace(file, pdf::save);
        }
    }

    /**
     * Writes the PDF to a stream, which is left open; nothing is written if laying out fails.
     *
     * @throws DocumentWriteException if a font cannot be embedded or the stream fails
     */
    public static void write(OfficialDocument doc, OutputStream out, PdfOptions options) {
        if (out == null) {
            throw new InvalidDocumentException("out", "must not be null");
        }
        try (PageWriter pdf = layOut(doc, options)) {
            pdf.save(out);
        } catch (IOException e) {
            throw new DocumentWriteException("could not write the PDF: " + e.getMessage(), e);
        }
    }

    /** The PDF as bytes, with the system's fonts. The same document always gives the same bytes. */
    public static byte[] toBytes(OfficialDocument doc) {
        return toBytes(doc, PdfOptions.defaults());
    }

    /** The PDF as bytes, with the faces {@code fonts} resolves. */
    public static byte[] toBytes(OfficialDocument doc, FontResolver fonts) {
        return toBytes(doc, options(fonts));
    }

    /** The PDF as bytes, with the fonts and the profile {@code options} give. */
    public static byte[] toBytes(OfficialDocument doc, PdfOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(doc, out, options);
        return out.toByteArray();
    }

    /**
     * Writes laid-out pages as PDF to a stream, which is left open.
     *
     * @throws DocumentWriteException if a font cannot be embedded or the stream fails
     */
    public static void write(LaidOutDocument laidOut, OutputStream out) {
        write(laidOut, out, PdfOptions.defaults());
    }

    /**
     * Writes laid-out pages as PDF to a stream, which is left open, as plain PDF or PDF/A-2b as
     * {@code options} say (their fonts are not used: the pages name the faces they were laid out in).
     *
     * @throws DocumentWriteException if a font cannot be embedded or the stream fails
     */
    public static void write(LaidOutDocument laidOut, OutputStream out, PdfOptions options) {
        if (laidOut == null) {
            throw new InvalidDocumentException("laidOut", "must not be null");
        }
        if (out == null) {
            throw new InvalidDocumentException("out", "must not be null");
        }
        if (options == null) {
            throw new InvalidDocumentException("options", "must not be null");
        }
        try (PageWriter pdf = new PageWriter(options.pdfA(), laidOut.title(), laidOut.issuer())) {
            laidOut.pages().forEach(pdf::page);
            pdf.save(out);
        } catch (IOException e) {
            throw new DocumentWriteException("could not write the PDF: " + e.getMessage(), e);
        }
    }

    private static PdfOptions options(FontResolver fonts) {
        if (fonts == null) {
            throw new InvalidDocumentException("fonts", "must not be null");
        }
        return PdfOptions.builder().fonts(fonts).build();
    }

    /**
     * The document laid out straight into a PDF: each page's content stream is written as the
     * layout finishes the page, and the page is dropped, so the document's glyphs are never all held.
     * The caller saves the result and closes it.
     */
    private static PageWriter layOut(OfficialDocument doc, PdfOptions options) {
        if (doc == null) {
            throw new InvalidDocumentException("document", "must not be null");
        }
        if (options == null) {
            throw new InvalidDocumentException("options", "must not be null");
        }
        // the title and the issuer as LaidOutDocument has them
        PageWriter pdf = new PageWriter(options.pdfA(), String.join("", doc.title()), doc.closing().signature());
        try {
            DocumentLayout.layOut(doc, options.fonts(), pdf::page);
            return pdf;
        } catch (RuntimeException e) {
            pdf.close();
            throw e;
        }
    }

    /**
     * One PDF being written: pages added one by one ({@link #page}), then the document information,
     * the bookmarks, the identifier and, for PDF/A, the metadata and the output intent, when it is
     * saved. Content streams beyond a few megabytes are kept in a temporary file, not on the heap.
     */
    private static final class PageWriter implements AutoCloseable {
        /** Content streams held in memory before PDFBox moves them to a temporary file. */
        private static final long IN_MEMORY_BYTES = 4L << 20;

        private final boolean pdfA;
        private final String title;
        private final Optional<String> issuer;
        private final PDDocument pdf;
        private final EmbeddedFonts fonts;
        private final Outline outline;
        private final MessageDigest digest = sha256();
        /** One resource dictionary for every page: the same fonts everywhere. */
        private final PDResources resources = new PDResources();
        private final GlyphRuns glyphs = new GlyphRuns();
        private final Images images;

        PageWriter(boolean pdfA, String title, Optional<String> issuer) {
            this.pdfA = pdfA;
            this.title = title;
            this.issuer = issuer;
            this.pdf = new PDDocument(MemoryUsageSetting.setupMixed(IN_MEMORY_BYTES).streamCache);
            this.fonts = new EmbeddedFonts(pdf);
            this.outline = new Outline(pdf);
            this.images = new Images(pdf);
        }

        /** Writes one page's content stream. */
        void page(Page page) {
            PDPage p = new PDPage(new PDRectangle((float) page.widthPt(), (float) page.heightPt()));
            pdf.addPage(p);
            p.setResources(resources);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, p)) {
                for (Rule rule : page.rules()) {
                    draw(cs, rule, page.heightPt());
                }
                for (Line line : page.lines()) {
                    if (page.turned() && line.role() == LineRole.PAGE_NUMBER) {
                        // laid out on the paper upright: turn it with the paper (its left edge on top)
                        cs.saveGraphicsState();
                        cs.transform(new Matrix(0, -1, 1, 0, 0, (float) page.heightPt()));
                        draw(cs, fonts, glyphs, line, page.widthPt());
                        cs.restoreGraphicsState();
                    } else {
                        draw(cs, fonts, glyphs, line, page.heightPt());
                    }
                    digest.update(line.text().getBytes(StandardCharsets.UTF_8));
                    line.bookmark().ifPresent(b -> outline.add(b, p, page.heightPt(), line));
                }
                // over the text: a seal presses on the signature and the date
                for (Picture picture : page.pictures()) {
                    cs.drawImage(images.get(picture), (float) picture.xPt(),
                            (float) (page.heightPt() - picture.yPt() - picture.heightPt()),
                            (float) picture.widthPt(), (float) picture.heightPt());
                    digest.update(picture.bytes());
                }
            } catch (IOException e) {
                throw new DocumentWriteException("could not write page " + page.index() + " of the PDF: " + e.getMessage(), e);
            }
        }

        /** Finishes the document and writes the whole file to {@code out}. */
        void save(OutputStream out) throws IOException {
            PDDocumentInformation info = pdf.getDocumentInformation();
            if (!title.isEmpty()) {
                info.setTitle(title);
            }
            issuer.ifPresent(info::setAuthor);
            info.setProducer(PRODUCER);
            info.setCreator(CREATOR);
            outline.finish();
            byte[] id = digest.digest();
            COSString idString = new COSString(java.util.Arrays.copyOf(id, 16));
            COSArray ids = new COSArray();
            ids.add(idString);
            ids.add(idString);
            pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
            pdf.getDocumentCatalog().setLanguage(LANGUAGE);
            if (pdfA) {
                PdfA.mark(pdf, title, issuer, PRODUCER, CREATOR, LANGUAGE);
            }
            pdf.save(out, CompressParameters.NO_COMPRESSION);
        }

        @Override
        public void close() {
            try (PDDocument d = pdf; EmbeddedFonts f = fonts) {
                // both closed, the fonts' files last
            } catch (IOException e) {
                throw new DocumentWriteException("could not close the PDF's fonts: " + e.getMessage(), e);
            }
        }
    }

    private static void draw(PDPageContentStream cs, Rule rule, double pageHeight) throws IOException {
        cs.setStrokingColor(color(rule.colorRgb()));
        cs.setLineWidth((float) rule.thicknessPt());
        cs.moveTo((float) rule.x1Pt(), (float) (pageHeight - rule.y1Pt()));
        cs.lineTo((float) rule.x2Pt(), (float) (pageHeight - rule.y2Pt()));
        cs.stroke();
        cs.setStrokingColor(Color.BLACK);
    }

    private static Color color(int rgb) {
        return new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    private static void draw(PDPageContentStream cs, EmbeddedFonts fonts, GlyphRuns glyphs, Line line, double pageHeight)
            throws IOException {
        for (Run run : line.runs()) {
            // a note's mark stands raised above the line's baseline
            float y = (float) (pageHeight - line.baselinePt() + run.risePt());
            EmbeddedFont font = fonts.get(run.face());
            float size = (float) run.sizePt();
            cs.beginText();
            cs.setFont(font.pdf, size);
            boolean coloured = run.colorRgb() != 0;
            if (coloured) {
                cs.setNonStrokingColor(color(run.colorRgb()));
                cs.setStrokingColor(color(run.colorRgb()));
            }
            double scale = run.horizontalScale();
            if (scale != 1) {
                cs.setHorizontalScaling((float) (scale * 100));
            }
            if (run.face().emboldened()) {
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
                cs.setLineWidth((float) (EMBOLDEN * size));
            }
            double slant = run.face().slant();
            if (slant != 0) {
                // a synthetic italic: the glyphs sheared about the baseline, their advances along it unchanged
                cs.setTextMatrix(new Matrix(1, 0, (float) slant, 1, (float) run.x(0), y));
            } else {
                cs.newLineAtOffset((float) run.x(0), y);
            }
            glyphs.show(cs, font, run);
            if (run.face().emboldened()) {
                cs.setRenderingMode(RenderingMode.FILL);
            }
            if (scale != 1) {
                cs.setHorizontalScaling(100);
            }
            if (coloured) {
                cs.setNonStrokingColor(Color.BLACK);
                cs.setStrokingColor(Color.BLACK);
            }
            cs.endText();
        }
    }

    /**
     * The pictures of one document, each embedded once however often it is drawn (one seal on every
     * copy of a joint signature): a PNG decoded and stored losslessly with its transparency as a soft
     * mask, a JPEG embedded as it is (DCT). The same bytes always give the same image object.
     */
    private static final class Images {
        private final PDDocument pdf;
        private final Map<ByteBuffer, PDImageXObject> made = new HashMap<>();

        Images(PDDocument pdf) {
            this.pdf = pdf;
        }

        PDImageXObject get(Picture picture) throws IOException {
            byte[] bytes = picture.bytes();
            ByteBuffer key = ByteBuffer.wrap(bytes);
            PDImageXObject image = made.get(key);
            if (image == null) {
                image = switch (picture.format()) {
                    case PNG -> {
                        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
                        if (decoded == null) {
                            throw new DocumentWriteException("could not decode the " + picture.role() + " picture's PNG ("
                                    + bytes.length + " bytes)", null);
                        }
                        yield LosslessFactory.createFromImage(pdf, decoded);
                    }
                    case JPEG -> JPEGFactory.createFromByteArray(pdf, bytes);
                };
                made.put(key, image);
            }
            return image;
        }
    }

    /**
     * The text of a run as one TJ, written as raw bytes from glyph codes encoded once per character
     * ({@link EmbeddedFont}) rather than per glyph shown: the per-glyph work of PDFBox's
     * {@code showTextWithPositioning} (a string, its encoding, a formatted number for each glyph) was
     * most of the time a long document took. Numbers are written by {@link #number}.
     */
    private static final class GlyphRuns {
        private final StringBuilder tj = new StringBuilder(1024);

        /**
         * One TJ for a run: its glyphs in hexadecimal strings, and between two glyphs the adjustment
         * (in thousandths of the size; Tz scales it with the advance) that puts the next glyph where
         * the layout put it.
         */
        void show(PDPageContentStream cs, EmbeddedFont font, Run run) throws IOException {
            double size = run.sizePt();
            double scale = run.horizontalScale();
            tj.setLength(0);
            tj.append('[');
            boolean inString = false;
            for (int i = 0; i < run.length(); i++) {
                EmbeddedFont.Glyph glyph = font.glyph(run.codePoint(i), run);
                if (!inString) {
                    tj.append('<');
                    inString = true;
                }
                tj.append(glyph.hex());
                if (i + 1 < run.length()) {
                    double natural = glyph.width() * size / 1000;
                    double wanted = (run.x(i + 1) - run.x(i)) / scale;
                    double adjust = (natural - wanted) * 1000 / size;
                    if (Math.abs(adjust) > 1e-3) {
                        tj.append('>');
                        inString = false;
                        number(tj, adjust);
                    }
                }
            }
            if (inString) {
                tj.append('>');
            }
            tj.append("] TJ\n");
            byte[] bytes = new byte[tj.length()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) tj.charAt(i);
            }
            cs.appendRawCommands(bytes);
        }

        /** A number to four decimals, without trailing zeros: the same text for the same value. */
        static void number(StringBuilder out, double value) {
            long tenThousandths = Math.round(value * 10_000);
            if (tenThousandths < 0) {
                out.append('-');
                tenThousandths = -tenThousandths;
            }
            out.append(tenThousandths / 10_000);
            long fraction = tenThousandths % 10_000;
            if (fraction != 0) {
                out.append('.');
                for (long digit = 1000; fraction != 0; digit /= 10) {
                    out.append((char) ('0' + fraction / digit));
                    fraction %= digit;
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The bookmarks: each heading under the last heading of a higher level. */
    private static final class Outline {
        private final PDDocumentOutline root = new PDDocumentOutline();
        private final PDOutlineItem[] parents = new PDOutlineItem[5];
        private final PDDocument pdf;
        private boolean any;

        Outline(PDDocument pdf) {
            this.pdf = pdf;
        }

        void add(Line.Bookmark bookmark, PDPage page, double pageHeight, Line line) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(bookmark.title());
            PDPageXYZDestination dest = new PDPageXYZDestination();
            dest.setPage(page);
            dest.setLeft(0);
            dest.setTop((int) Math.round(pageHeight - line.baselinePt() + line.runs().get(0).sizePt()));
            item.setDestination(dest);
            int level = Math.max(1, Math.min(4, bookmark.level()));
            PDOutlineItem parent = null;
            for (int l = level - 1; l >= 1 && parent == null; l--) {
                parent = parents[l];
            }
            if (parent == null) {
                root.addLast(item);
            } else {
                parent.addLast(item);
            }
            parents[level] = item;
            for (int l = level + 1; l < parents.length; l++) {
                parents[l] = null;
            }
            any = true;
        }

        void finish() {
            if (any) {
                root.openNode();
                pdf.getDocumentCatalog().setDocumentOutline(root);
            }
        }
    }

    /**
     * The faces of one document, each loaded from its file once and embedded as a subset when the
     * document is saved; the files stay open until then.
     */
    private static final class EmbeddedFonts implements Closeable {
        private final PDDocument pdf;
        private final Map<String, EmbeddedFont> fonts = new HashMap<>();
        private final Map<FontFace, EmbeddedFont> byFace = new HashMap<>();
        private final List<Closeable> open = new ArrayList<>();

        EmbeddedFonts(PDDocument pdf) {
            this.pdf = pdf;
        }

        EmbeddedFont get(FontFace face) throws IOException {
            EmbeddedFont f = byFace.get(face);
            if (f != null) {
                return f;
            }
            String key = face.file() + "#" + face.index();
            f = fonts.get(key);
            if (f == null) {
                if (face.isCff()) {
                    throw new DocumentWriteException("the face " + face + " has CFF (PostScript) outlines, which PDFBox"
                            + " cannot embed as a subset; map the face to a TrueType font (FontResolver.Builder.face)", null);
                }
                TrueTypeFont ttf = load(face);
                // every glyph is placed on its own where the layout put it, so no substitution across glyphs
                // applies; PDFBox's GSUB pass would only cost time
                ttf.setEnableGsub(false);
                f = new EmbeddedFont(PDType0Font.load(pdf, ttf, true));
                fonts.put(key, f);
            }
            // a face thickened and the same face plain share one embedded font
            byFace.put(face, f);
            return f;
        }

        private TrueTypeFont load(FontFace face) throws IOException {
            String name = face.file().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".ttc") || name.endsWith(".otc")) {
                TrueTypeCollection collection = new TrueTypeCollection(face.file().toFile());
                open.add(collection);
                TrueTypeFont ttf = collection.getFontByName(face.postScriptName());
                if (ttf == null) {
                    throw new FontNotFoundException(face.family(), "the font collection " + face.file()
                            + " has no face named " + face.postScriptName());
                }
                return ttf;
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(face.file().toFile()));
            open.add(ttf);
            return ttf;
        }

        @Override
        public void close() throws IOException {
            for (Closeable c : open) {
                c.close();
            }
        }
    }

    /**
     * One embedded font and what the writer needs of each character it shows, found once: the code
     * the content stream shows it by (as hexadecimal digits) and its advance in thousandths of an em.
     * Each character is added to the subset the first time it is shown.
     */
    private static final class EmbeddedFont {
        record Glyph(String hex, double width) {
        }

        private static final char[] HEX = "0123456789ABCDEF".toCharArray();

        final PDType0Font pdf;
        /** The basic multilingual plane by code point, the others by a map: the lookup made for every glyph. */
        private final Glyph[] basic = new Glyph[0x10000];
        private final Map<Integer, Glyph> supplementary = new HashMap<>();

        EmbeddedFont(PDType0Font pdf) {
            this.pdf = pdf;
        }

        Glyph glyph(int codePoint, Run run) throws IOException {
            Glyph g = codePoint < basic.length ? basic[codePoint] : supplementary.get(codePoint);
            if (g == null) {
                String text = new String(Character.toChars(codePoint));
                byte[] code;
                double width;
                try {
                    code = pdf.encode(text);
                    width = pdf.getStringWidth(text);
                } catch (IllegalArgumentException e) {
                    throw new DocumentWriteException("the face " + run.face() + " has no glyph for U+"
                            + Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT) + " ('" + text
                            + "') in \"" + run.text() + "\"", e);
                }
                pdf.addToSubset(codePoint);
                char[] hex = new char[code.length * 2];
                for (int i = 0; i < code.length; i++) {
                    hex[2 * i] = HEX[code[i] >> 4 & 0xF];
                    hex[2 * i + 1] = HEX[code[i] & 0xF];
                }
                g = new Glyph(new String(hex), width);
                if (codePoint < basic.length) {
                    basic[codePoint] = g;
                } else {
                    supplementary.put(codePoint, g);
                }
            }
            return g;
        }
    }
}
