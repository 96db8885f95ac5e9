package io.gongwen.ofd;

import io.gongwen.DocumentWriteException;
import io.gongwen.InvalidDocumentException;
import io.gongwen.OfficialDocument;
import io.gongwen.internal.AtomicReplace;
import io.gongwen.layout.DocumentLayout;
import io.gongwen.layout.FontFace;
import io.gongwen.layout.FontNotFoundException;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.LaidOutDocument;
import io.gongwen.layout.Line;
import io.gongwen.layout.LineRole;
import io.gongwen.layout.Page;
import io.gongwen.layout.Picture;
import io.gongwen.layout.Rule;
import io.gongwen.layout.Run;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a document as OFD (GB/T 33190-2016, the fixed-layout format of 电子政务) from gongwen4j's
 * own layout ({@link DocumentLayout}), the same pages {@link io.gongwen.pdf.PdfWriter} writes: text
 * as text, every glyph where the layout put it, fonts embedded.
 *
 * <pre>{@code
 * OfdWriter.write(doc, Path.of("notice.ofd"));                     // the system's fonts
 * OfdWriter.write(doc, Path.of("notice.ofd"), FontResolver.builder()
 *     .systemFolders().face("方正小标宋简体", Path.of("/opt/fonts/FZXBSJW.TTF")).build());
 * }</pre>
 *
 * <p>The package, a zip: {@code OFD.xml} (the document's title as Title, the issuing body as
 * Author, the document's date as CreationDate, a DocID digested from its text),
 * {@code Doc_0/Document.xml} (A4 page area in millimetres, the pages, the headings as outlines),
 * {@code Doc_0/PublicRes.xml} (one font per face used, its TrueType subset in
 * {@code Doc_0/Res/font_N.ttf}), and {@code Doc_0/Pages/Page_N/Content.xml} for each page: one
 * TextObject per run, whose TextCode gives the first glyph's place and DeltaX the spacing of each
 * next one, and a PathObject per rule. A character beyond U+FFFF, which the subset's cmap cannot
 * map, is drawn by its glyph in the subset, named by a CGTransform. A turned landscape page (GB/T 9704-2012 §8) has a physical
 * box of its own, 297 × 210 mm; its page number, laid out on the paper held upright, is turned onto
 * it by its TextObject's CTM. Seals, signature seals and pictures are drawn over the text, each an
 * ImageObject on the layout's box; each distinct image file is one {@code MultiMedia} resource in
 * {@code Doc_0/DocumentRes.xml}, its bytes stored unchanged in {@code Doc_0/Res/image_N.png} (or
 * {@code .jpg}), a PNG seal's transparency with them. All lengths in millimetres to 0.001 mm. The same document and fonts
 * always give the same bytes: fixed zip entry times, fixed entry order, no clock, no random ids.
 *
 * <p>Elements the layout does not place yet are refused with
 * {@link io.gongwen.layout.UnsupportedElementException}, a face no font file has with
 * {@link FontNotFoundException}; in either case nothing is written.
 */
public final class OfdWriter {
    /** Thickened outlines, as the PDF draws them: the stroke width as a fraction of the font size. */
    private static final double EMBOLDEN = 0.03;
    /** See DocxWriter: the fixed time of every zip entry. */
    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 2, 1, 0, 0);
    private static final String DOC = "Doc_0/";
    /**
     * The tables a subset keeps: the outlines and their hinting, and cmap, name, OS/2 and post, which
     * an OFD reader looks characters and names up in. Not the embedded bitmaps (EBDT, several MB in
     * AR PL UMing), nor layout tables the fixed glyph positions make useless.
     */
    private static final List<String> SUBSET_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp", "cmap", "name", "OS/2", "post");

    private OfdWriter() {
    }

    /**
     * Writes the OFD to a file as {@link OfficialDocument#writeTo(Path)} writes a .docx: an existing
     * file is replaced atomically and keeps its permissions, a symbolic link is followed, a device or
     * FIFO is written to directly, a folder is refused; on failure the old file is untouched.
     *
     * @throws DocumentWriteException if writing fails; the message names the file
     */
    public static void write(OfficialDocument doc, Path file) {
        write(doc, file, FontResolver.system());
    }

    /** As {@link #write(OfficialDocument, Path)}, with the faces {@code fonts} resolves. */
    public static void write(OfficialDocument doc, Path file, FontResolver fonts) {
        if (file == null) {
            throw new InvalidDocumentException("file", "must not be null");
        }
        // laid out and serialised before the file is touched: a missing face changes nothing
        byte[] ofd = toBytes(doc, fonts);
        AtomicReplace.replace(file, out -> out.write(ofd));
    }

    /** The OFD as bytes, with the system's fonts. The same document always gives the same bytes. */
    public static byte[] toBytes(OfficialDocument doc) {
        return toBytes(doc, FontResolver.system());
    }

    /** The OFD as bytes, with the faces {@code fonts} resolves. */
    public static byte[] toBytes(OfficialDocument doc, FontResolver fonts) {
        LaidOutDocument laidOut = DocumentLayout.layOut(doc, fonts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(laidOut, doc.closing().date(), out);
        return out.toByteArray();
    }

    /**
     * Writes laid-out pages as OFD to a stream, which is left open. The package has no CreationDate
     * (the pages do not carry the document's date; {@link #toBytes(OfficialDocument, FontResolver)}
     * writes it).
     *
     * @throws DocumentWriteException if a font cannot be embedded or the stream fails
     */
    public static void write(LaidOutDocument laidOut, OutputStream out) {
        write(laidOut, Optional.empty(), out);
    }

    private static void write(LaidOutDocument laidOut, Optional<LocalDate> date, OutputStream out) {
        if (laidOut == null) {
            throw new InvalidDocumentException("laidOut", "must not be null");
        }
        if (out == null) {
            throw new InvalidDocumentException("out", "must not be null");
        }
        try {
            new Package(laidOut, date, out).write();
        } catch (IOException e) {
            throw new DocumentWriteException("could not write the OFD: " + e.getMessage(), e);
        }
    }

    /** One package being written: the ids handed out so far, the fonts used, the outline gathered. */
    private static final class Package {
        private final LaidOutDocument laidOut;
        private final Optional<LocalDate> date;
        private final ZipOutputStream zip;
        private final MessageDigest digest = sha256();
        /** The faces by file and face index (an emboldened face shares its regular face's file), with their ids. */
        private final Map<String, EmbeddedFont> fonts = new LinkedHashMap<>();
        /** Each distinct image file, by its bytes, in the order first drawn: stored once however often drawn. */
        private final Map<ByteBuffer, Media> media = new LinkedHashMap<>();
        private final List<Long> pageIds = new ArrayList<>();
        private final Outline outline = new Outline();
        private long lastId;

        Package(LaidOutDocument laidOut, Optional<LocalDate> date, OutputStream out) {
            this.laidOut = laidOut;
            this.date = date;
            // closing the zip flushes the caller's stream but leaves it open
            this.zip = new ZipOutputStream(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    out.flush();
                }
            });
        }

        void write() throws IOException {
            // every character first: a glyph the subset's cmap cannot map is named by its place in
            // the subset, which is known only once the subset holds all the document's glyphs
            for (Page page : laidOut.pages()) {
                for (Line line : page.lines()) {
                    for (Run run : line.runs()) {
                        use(run);
                    }
                }
                for (Picture picture : page.pictures()) {
                    use(picture);
                }
            }
            try {
                for (EmbeddedFont font : fonts.values()) {
                    font.open();
                }
                // then the pages, each written as it is serialised: the ids and outline are known after them
                List<Page> pages = laidOut.pages();
                for (int i = 0; i < pages.size(); i++) {
                    pageIds.add(++lastId);
                    entry(DOC + "Pages/Page_" + i + "/Content.xml", page(pages.get(i), pageIds.get(i)));
                }
                for (EmbeddedFont font : fonts.values()) {
                    entry(DOC + "Res/" + font.fileName(), font.subset());
                }
                for (Media m : media.values()) {
                    entry(DOC + "Res/" + m.fileName(), m.bytes());
                }
            } finally {
                for (EmbeddedFont font : fonts.values()) {
                    font.close();
                }
            }
            entry(DOC + "PublicRes.xml", publicRes());
            if (!media.isEmpty()) {
                entry(DOC + "DocumentRes.xml", documentRes());
            }
            entry(DOC + "Document.xml", document());
            entry("OFD.xml", ofd());
            zip.close(); // the central directory, and the deflater's memory freed; the caller's stream stays open
        }

        private void entry(String name, byte[] bytes) throws IOException {
            ZipEntry e = new ZipEntry(name);
            e.setTimeLocal(ZIP_EPOCH);
            zip.putNextEntry(e);
            zip.write(bytes);
            zip.closeEntry();
        }

        /** {@code OFD.xml}: the entry point, with the document information. */
        private byte[] ofd() {
            XmlWriter x = new XmlWriter();
            x.start("OFD").attribute("Version", "1.0").attribute("DocType", "OFD");
            x.start("DocBody").start("DocInfo");
            x.element("DocID", HexFormat.of().formatHex(digest.digest(), 0, 16));
            if (!laidOut.title().isEmpty()) {
                x.element("Title", laidOut.title());
            }
            laidOut.issuer().ifPresent(a -> x.element("Author", a));
            date.ifPresent(d -> x.element("CreationDate", d.toString()));
            x.element("Creator", "gongwen4j");
            x.end();
            x.element("DocRoot", DOC + "Document.xml");
            x.end().end();
            return x.toBytes();
        }

        /** {@code Doc_0/Document.xml}: the page area, the pages and the outline. */
        private byte[] document() {
            XmlWriter x = new XmlWriter();
            x.start("Document").start("CommonData");
            x.element("MaxUnitID", Long.toString(lastId));
            x.start("PageArea").element("PhysicalBox", box(0, 0, portraitWidth(), portraitHeight())).end();
            x.element("PublicRes", "PublicRes.xml");
            if (!media.isEmpty()) {
                x.element("DocumentRes", "DocumentRes.xml");
            }
            x.end();
            x.start("Pages");
            for (int i = 0; i < pageIds.size(); i++) {
                x.start("Page").attribute("ID", Long.toString(pageIds.get(i)))
                        .attribute("BaseLoc", "Pages/Page_" + i + "/Content.xml").end();
            }
            x.end();
            outline.write(x);
            x.end();
            return x.toBytes();
        }

        /** {@code Doc_0/PublicRes.xml}: the fonts, their files under {@code Res/}. */
        private byte[] publicRes() {
            XmlWriter x = new XmlWriter();
            x.start("Res").attribute("BaseLoc", "Res");
            if (!fonts.isEmpty()) {
                x.start("Fonts");
                for (EmbeddedFont font : fonts.values()) {
                    x.start("Font").attribute("ID", Long.toString(font.id))
                            .attribute("FontName", font.face.postScriptName())
                            .attribute("FamilyName", font.face.family());
                    if (font.face.italic()) {
                        // CT_Font's Italic: the file is the family's italic face (its glyphs slant already)
                        x.attribute("Italic", "true");
                    }
                    x.element("FontFile", font.fileName());
                    x.end();
                }
                x.end();
            }
            x.end();
            return x.toBytes();
        }

        /** {@code Doc_0/DocumentRes.xml}: the images, their files under {@code Res/} as the model holds them. */
        private byte[] documentRes() {
            XmlWriter x = new XmlWriter();
            x.start("Res").attribute("BaseLoc", "Res").start("MultiMedias");
            for (Media m : media.values()) {
                x.start("MultiMedia").attribute("ID", Long.toString(m.id())).attribute("Type", "Image")
                        .attribute("Format", m.format().name());
                x.element("MediaFile", m.fileName());
                x.end();
            }
            x.end().end();
            return x.toBytes();
        }

        private long portraitWidth() {
            return laidOut.pages().stream().filter(p -> !p.turned()).findFirst()
                    .map(p -> Millimetres.thousandths(p.widthPt())).orElse(210_000L);
        }

        private long portraitHeight() {
            return laidOut.pages().stream().filter(p -> !p.turned()).findFirst()
                    .map(p -> Millimetres.thousandths(p.heightPt())).orElse(297_000L);
        }

        /**
         * One page's {@code Content.xml}: a layer of rules, then the lines' runs in reading order, then
         * the pictures, drawn over the text as the PDF draws them (a seal covers the date it is pressed on).
         */
        private byte[] page(Page page, long pageId) {
            XmlWriter x = new XmlWriter();
            x.start("Page");
            if (page.turned()) {
                x.start("Area").element("PhysicalBox", box(0, 0, Millimetres.thousandths(page.widthPt()),
                        Millimetres.thousandths(page.heightPt()))).end();
            }
            x.start("Content").start("Layer").attribute("ID", Long.toString(++lastId));
            for (Rule rule : page.rules()) {
                path(x, rule);
            }
            for (Line line : page.lines()) {
                // on a turned page the number is laid out on the paper upright, and turned with it
                boolean turn = page.turned() && line.role() == LineRole.PAGE_NUMBER;
                for (Run run : line.runs()) {
                    // a note's mark stands raised above the line's baseline
                    text(x, run, line.baselinePt() - run.risePt(), turn ? Millimetres.thousandths(page.widthPt()) : -1);
                }
                digest.update(line.text().getBytes(StandardCharsets.UTF_8));
                line.bookmark().ifPresent(b -> outline.add(b, pageId,
                        Millimetres.thousandths(line.baselinePt() - line.runs().get(0).sizePt())));
            }
            for (Picture picture : page.pictures()) {
                image(x, picture);
            }
            x.end().end().end();
            return x.toBytes();
        }

        /** A rule: a PathObject stroked from one end to the other, its box the line and its thickness. */
        private void path(XmlWriter x, Rule rule) {
            long half = Millimetres.thousandths(rule.thicknessPt()) / 2 + 1;
            long x1 = Millimetres.thousandths(rule.x1Pt());
            long y1 = Millimetres.thousandths(rule.y1Pt());
            long x2 = Millimetres.thousandths(rule.x2Pt());
            long y2 = Millimetres.thousandths(rule.y2Pt());
            long bx = Math.min(x1, x2) - half;
            long by = Math.min(y1, y2) - half;
            long bw = Math.max(x1, x2) + half - bx;
            long bh = Math.max(y1, y2) + half - by;
            x.start("PathObject").attribute("ID", Long.toString(++lastId)).attribute("Boundary", box(bx, by, bw, bh))
                    .attribute("LineWidth", Millimetres.of(rule.thicknessPt()));
            x.start("StrokeColor").attribute("Value", color(rule.colorRgb())).end();
            x.element("AbbreviatedData", "M " + Millimetres.format(x1 - bx) + " " + Millimetres.format(y1 - by)
                    + " L " + Millimetres.format(x2 - bx) + " " + Millimetres.format(y2 - by));
            x.end();
        }

        /**
         * A run: one TextObject, its Boundary around the run's glyphs, one TextCode with the first
         * glyph's place (relative to the Boundary) and DeltaX the distance from each glyph to the next.
         * A slanted run (a synthetic italic, {@link FontFace#slant()}) has its baseline at y = 0 of
         * the object's space and a CTM that shears that space about it and moves it down onto the
         * baseline, {@code 1 0 -0.268 1 0 y} (OFD's y runs down the page), and a Boundary widened by
         * the slant, so that each glyph leans right from where it stands on the baseline; and
         * {@code Italic="true"}: the standard's attribute names the style without an angle, and
         * readers take one or the other — ofdrw's AWT and PDFBox renderers apply the CTM's shear and
         * ignore the attribute, its iText converter applies only a CTM's turn and slants a text
         * marked italic by 10° of its own — so that each of them slants the run once. A run in an
         * italic face (its glyphs slanted already) has neither.
         *
         * @param turnedWidth for the page number of a turned page, the page's width in thousandths of a
         *                    mm: the run is laid out on the paper upright and a CTM turns it onto the
         *                    page; -1 otherwise
         */
        private void text(XmlWriter x, Run run, double baselinePt, long turnedWidth) {
            EmbeddedFont font = fonts.get(key(run.face()));
            double size = run.sizePt();
            double pad = (run.face().emboldened() ? EMBOLDEN * size : 0) + 0.05 * size;
            double top = baselinePt - Math.max(run.face().ascent(size), size) - pad;
            double bottom = baselinePt + Math.max(run.face().lineHeight(size) - run.face().ascent(size), 0.3 * size) + pad;
            double left = run.x(0) - pad;
            double right = run.right() + pad;
            double slant = run.face().slant();
            // the slanted ink leans right above the baseline and left below it
            left -= slant * (bottom - baselinePt);
            right += slant * (baselinePt - top);
            long[] positions = new long[run.length()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = Millimetres.thousandths(run.x(i));
            }
            long baseline = Millimetres.thousandths(baselinePt);
            long bx;
            long by;
            long bw;
            long bh;
            long originX;
            long originY;
            String ctm = null;
            if (turnedWidth < 0) {
                bx = Millimetres.thousandths(left);
                by = Millimetres.thousandths(top);
                bw = Millimetres.thousandths(right) - bx;
                bh = Millimetres.thousandths(bottom) - by;
                originX = bx;
                originY = by;
            } else {
                // the upright paper's (x, y) is the turned page's (width - y, x): a quarter turn clockwise
                bx = turnedWidth - Millimetres.thousandths(bottom);
                by = Millimetres.thousandths(left);
                bw = turnedWidth - Millimetres.thousandths(top) - bx;
                bh = Millimetres.thousandths(right) - by;
                ctm = "0 1 -1 0 " + Millimetres.format(turnedWidth - bx) + " " + Millimetres.format(-by);
                originX = 0;
                originY = 0;
            }
            if (slant != 0) {
                ctm = slanted(ctm, slant, baseline - originY);
            }
            x.start("TextObject").attribute("ID", Long.toString(++lastId)).attribute("Boundary", box(bx, by, bw, bh));
            if (ctm != null) {
                x.attribute("CTM", ctm);
            }
            x.attribute("Font", Long.toString(font.id)).attribute("Size", Millimetres.of(size));
            if (run.face().emboldened()) {
                x.attribute("Stroke", "true").attribute("LineWidth", Millimetres.of(EMBOLDEN * size));
            }
            if (slant != 0) {
                x.attribute("Italic", "true");
            }
            if (run.horizontalScale() != 1) {
                // a plain ratio, written with the same three decimals
                x.attribute("HScale", Millimetres.format(Math.round(run.horizontalScale() * 1000)));
            }
            if (run.colorRgb() != 0) {
                x.start("FillColor").attribute("Value", color(run.colorRgb())).end();
                if (run.face().emboldened()) {
                    x.start("StrokeColor").attribute("Value", color(run.colorRgb())).end();
                }
            }
            for (int i = 0; i < run.length(); i++) {
                if (run.codePoint(i) > 0xFFFF) {
                    // beyond the BMP the subset's cmap (format 4) has no entry: name the glyph itself
                    x.start("CGTransform").attribute("CodePosition", Integer.toString(i)).attribute("CodeCount", "1")
                            .attribute("GlyphCount", "1").element("Glyphs", Integer.toString(font.subsetGlyph(run.codePoint(i))))
                            .end();
                }
            }
            // a slanted run's baseline is its space's y = 0, moved down by its CTM (see slanted)
            x.start("TextCode").attribute("X", Millimetres.format(positions[0] - originX))
                    .attribute("Y", Millimetres.format(slant != 0 ? 0 : baseline - originY));
            if (positions.length > 1) {
                x.attribute("DeltaX", deltas(positions));
            }
            x.text(run.text()).end();
            x.end();
        }

        /**
         * A CTM that shears the object's space about its y = 0, where a slanted run's TextCode puts
         * the baseline (x' = x − slant·y), moves it down to the baseline, {@code baseline} thousandths
         * of a mm (y' = y + baseline), then applies {@code ctm} (the turned page number's, or none):
         * {@code 1 0 -0.268 1 0 baseline} for a run on an upright page. The translation is all
         * vertical: ofdrw's iText converter adds a CTM's horizontal translation to every DeltaX, which
         * would spread the glyphs apart.
         */
        private static String slanted(String ctm, double slant, long baseline) {
            double[] m = {1, 0, 0, 1, 0, 0};
            if (ctm != null) {
                String[] parts = ctm.split(" ");
                for (int i = 0; i < 6; i++) {
                    m[i] = Double.parseDouble(parts[i]);
                }
            }
            // OFD's row vectors: [x y 1]·shear·m, the shear 1 0 -slant 1 0 baseline, the slant as written
            slant = Math.round(slant * 1000) / 1000.0;
            double down = baseline / 1000.0;
            double[] c = {m[0], m[1], m[2] - slant * m[0], m[3] - slant * m[1], m[4] + down * m[2], m[5] + down * m[3]};
            StringBuilder b = new StringBuilder();
            for (double v : c) {
                b.append(b.length() == 0 ? "" : " ").append(Millimetres.format(Math.round(v * 1000)));
            }
            return b.toString();
        }

        /**
         * A picture: an ImageObject whose Boundary is the layout's box. An image is drawn in the unit
         * square of the object's own space (GB/T 33190-2016, 图像对象), which the CTM scales to the
         * box's width and height; the Boundary's corner places it, so the CTM has no translation.
         */
        private void image(XmlWriter x, Picture picture) {
            Media m = media.get(ByteBuffer.wrap(picture.bytes()));
            long bx = Millimetres.thousandths(picture.xPt());
            long by = Millimetres.thousandths(picture.yPt());
            long bw = Millimetres.thousandths(picture.xPt() + picture.widthPt()) - bx;
            long bh = Millimetres.thousandths(picture.yPt() + picture.heightPt()) - by;
            x.start("ImageObject").attribute("ID", Long.toString(++lastId)).attribute("Boundary", box(bx, by, bw, bh))
                    .attribute("CTM", Millimetres.format(bw) + " 0 0 " + Millimetres.format(bh) + " 0 0")
                    .attribute("ResourceID", Long.toString(m.id()));
            x.end();
        }

        /** Registers a picture's image: a new one gets its id and file, one drawn before is the same resource. */
        private void use(Picture picture) {
            media.computeIfAbsent(ByteBuffer.wrap(picture.bytes()),
                    bytes -> new Media(++lastId, picture.format(), bytes.array()));
        }

        /** Registers a run's face and characters, checking that the face has a glyph for each. */
        private void use(Run run) {
            FontFace face = run.face();
            EmbeddedFont font = fonts.computeIfAbsent(key(face), k -> {
                if (face.isCff()) {
                    throw new DocumentWriteException("the face " + face + " has CFF (PostScript) outlines, which"
                            + " gongwen4j cannot cut a subset of; map the face to a TrueType font (FontResolver.Builder.face)", null);
                }
                return new EmbeddedFont(++lastId, face);
            });
            for (int i = 0; i < run.length(); i++) {
                int cp = run.codePoint(i);
                if (!face.covers(cp)) {
                    throw new DocumentWriteException("the face " + face + " has no glyph for " + codePoint(cp)
                            + " in \"" + run.text() + "\"", null);
                }
                font.codePoints.add(cp);
            }
        }
    }

    /** Faces share a font when they share a file and a face in it: an emboldened face is its regular one, stroked. */
    private static String key(FontFace face) {
        return face.file() + "#" + face.index();
    }

    /**
     * DeltaX: the distance from each glyph to the next, in mm; a spacing repeated three times or more
     * is written with the standard's abbreviation "g count value" (a justified line's equal spacing).
     */
    static String deltas(long[] positions) {
        StringBuilder b = new StringBuilder();
        int i = 1;
        while (i < positions.length) {
            long d = positions[i] - positions[i - 1];
            int n = 1;
            while (i + n < positions.length && positions[i + n] - positions[i + n - 1] == d) {
                n++;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            if (n >= 3) {
                b.append("g ").append(n).append(' ').append(Millimetres.format(d));
            } else {
                for (int k = 0; k < n; k++) {
                    b.append(k > 0 ? " " : "").append(Millimetres.format(d));
                }
            }
            i += n;
        }
        return b.toString();
    }

    private static String box(long x, long y, long w, long h) {
        return Millimetres.format(x) + " " + Millimetres.format(y) + " " + Millimetres.format(w) + " " + Millimetres.format(h);
    }

    /** An RGB colour as OFD writes it in the default colour space: "255 0 0". */
    private static String color(int rgb) {
        return (rgb >> 16 & 0xFF) + " " + (rgb >> 8 & 0xFF) + " " + (rgb & 0xFF);
    }

    private static String codePoint(int cp) {
        return "U+" + Integer.toHexString(cp).toUpperCase(Locale.ROOT) + " ('" + new String(Character.toChars(cp)) + "')";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * A face as an OFD font: its id, the characters drawn in it, and its TrueType subset, cut from the
     * file opened once ({@link #open}) and closed when the package is written.
     */
    private static final class EmbeddedFont {
        final long id;
        final FontFace face;
        final TreeSet<Integer> codePoints = new TreeSet<>();
        private Closeable file;
        private TTFSubsetter subsetter;
        /** For the characters beyond the BMP: their glyph in the file, and in the subset. */
        private final Map<Integer, Integer> fileGlyphs = new HashMap<>();
        private Map<Integer, Integer> subsetGlyphs = Map.of();

        EmbeddedFont(long id, FontFace face) {
            this.id = id;
            this.face = face;
        }

        String fileName() {
            return "font_" + id + ".ttf";
        }

        /** Opens the file and puts every character's glyph in the subset. */
        void open() throws IOException {
            String name = face.file().getFileName().toString().toLowerCase(Locale.ROOT);
            TrueTypeFont ttf;
            if (name.endsWith(".ttc") || name.endsWith(".otc")) {
                TrueTypeCollection collection = new TrueTypeCollection(face.file().toFile());
                file = collection;
                ttf = collection.getFontByName(face.postScriptName());
                if (ttf == null) {
                    throw new FontNotFoundException(face.family(), "the font collection " + face.file()
                            + " has no face named " + face.postScriptName());
                }
            } else {
                ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(face.file().toFile()));
                file = ttf;
            }
            subsetter = new TTFSubsetter(ttf, SUBSET_TABLES);
            Set<Integer> beyond = new TreeSet<>();
            for (int cp : codePoints) {
                if (cp <= 0xFFFF) {
                    subsetter.add(cp);
                } else {
                    int glyph = ttf.getUnicodeCmapLookup().getGlyphId(cp);
                    fileGlyphs.put(cp, glyph);
                    beyond.add(glyph);
                }
            }
            if (!beyond.isEmpty()) {
                subsetter.addGlyphIds(beyond);
                Map<Integer, Integer> inverse = new HashMap<>();
                subsetter.getGIDMap().forEach((subset, original) -> inverse.put(original, subset));
                subsetGlyphs = inverse;
            }
        }

        /** The glyph of a character beyond the BMP in the subset (glyph ids are renumbered there). */
        int subsetGlyph(int codePoint) {
            return subsetGlyphs.get(fileGlyphs.get(codePoint));
        }

        /** The subset: the glyphs of the characters used, with a cmap that maps those of the BMP. */
        byte[] subset() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            subsetter.writeToStream(bytes);
            return bytes.toByteArray();
        }

        void close() throws IOException {
            if (file != null) {
                file.close();
                file = null;
            }
        }
    }

    /** An image as an OFD multimedia resource: its id, and its file stored unchanged. */
    private record Media(long id, Picture.Format format, byte[] bytes) {
        String fileName() {
            return "image_" + id + (format == Picture.Format.PNG ? ".png" : ".jpg");
        }
    }

    /** The headings as OFD outline entries: each under the last heading of a higher level. */
    private static final class Outline {
        private final List<Entry> top = new ArrayList<>();
        private final Entry[] parents = new Entry[5];

        private record Entry(String title, long pageId, long top, List<Entry> children) {
        }

        void add(Line.Bookmark bookmark, long pageId, long topThousandths) {
            Entry entry = new Entry(bookmark.title(), pageId, Math.max(0, topThousandths), new ArrayList<>());
            int level = Math.max(1, Math.min(4, bookmark.level()));
            Entry parent = null;
            for (int l = level - 1; l >= 1 && parent == null; l--) {
                parent = parents[l];
            }
            (parent == null ? top : parent.children()).add(entry);
            parents[level] = entry;
            for (int l = level + 1; l < parents.length; l++) {
                parents[l] = null;
            }
        }

        void write(XmlWriter x) {
            if (top.isEmpty()) {
                return;
            }
            x.start("Outlines");
            top.forEach(e -> write(x, e));
            x.end();
        }

        private static void write(XmlWriter x, Entry e) {
            x.start("OutlineElem").attribute("Title", e.title());
            x.start("Actions").start("Action").attribute("Event", "CLICK").start("Goto");
            x.start("Dest").attribute("Type", "XYZ").attribute("PageID", Long.toString(e.pageId()))
                    .attribute("Left", "0").attribute("Top", Millimetres.format(e.top())).end();
            x.end().end().end();
            e.children().forEach(c -> write(x, c));
            x.end();
        }
    }
}
