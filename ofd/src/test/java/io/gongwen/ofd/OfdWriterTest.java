package io.gongwen.ofd;

import io.gongwen.DocumentWriteException;
import io.gongwen.OfficialDocument;
import io.gongwen.Seal;
import io.gongwen.layout.DocumentLayout;
import io.gongwen.layout.FontNotFoundException;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.LaidOutDocument;
import io.gongwen.layout.Line;
import io.gongwen.layout.LineRole;
import io.gongwen.layout.NotedDocuments;
import io.gongwen.layout.Page;
import io.gongwen.layout.Run;
import io.gongwen.layout.StandInFonts;
import io.gongwen.pdf.PdfTestText;
import io.gongwen.pdf.PdfWriter;
import io.gongwen.samples.SampleSeal;
import io.gongwen.samples.WriteSamples;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

/**
 * The OFD package, read back with the tests' own reader ({@link OfdPackage}: zip and DOM, no
 * OFD library): its parts and ids, its text against the model's and the PDF's, every glyph's
 * place against the layout's, its fonts, its bytes and how it reaches the disk.
 */
class OfdWriterTest {
    private static final double MM = 25.4 / 72;
    private static FontResolver fonts;
    /** The samples and the two table reports, each with its OFD. */
    private static final Map<String, OfficialDocument> DOCUMENTS = new LinkedHashMap<>();
    private static final Map<String, byte[]> WRITTEN = new LinkedHashMap<>();
    /** The layout tests' report with footnotes (one run on over two pages) and an endnote. */
    private static final String NOTED = "noted report";

    @BeforeAll
    static void write() {
        fonts = StandInFonts.resolver();
        for (String name : PdfTestText.laidOutSamples()) {
            DOCUMENTS.put(name, WriteSamples.SAMPLES.get(name).get());
        }
        DOCUMENTS.put("portrait table", PdfTestText.portraitTable());
        DOCUMENTS.put("landscape table", PdfTestText.landscapeTable());
        DOCUMENTS.put(NOTED, NotedDocuments.report().document());
        DOCUMENTS.forEach((name, doc) -> WRITTEN.put(name, OfdWriter.toBytes(doc, fonts)));
    }

    @Test
    void every_part_is_well_formed_every_reference_resolves_and_max_unit_id_covers_every_id() throws Exception {
        for (var e : WRITTEN.entrySet()) {
            OfdPackage ofd = new OfdPackage(e.getValue());
            assertThat(ofd.ids).as(e.getKey()).doesNotHaveDuplicates().allMatch(id -> id >= 1);
            assertThat(ofd.maxUnitId).as(e.getKey()).isEqualTo(ofd.ids.stream().mapToLong(Long::longValue).max().orElseThrow());
            var refs = ofd.references();
            assertThat(refs.get("Font")).as(e.getKey()).isNotEmpty().allMatch(ofd.fonts::containsKey);
            List<Long> pageIds = ofd.pages.stream().map(OfdPackage.Page::id).toList();
            assertThat(refs.getOrDefault("PageID", List.of())).as(e.getKey()).allMatch(pageIds::contains);
            assertThat(ofd.pageArea).containsExactly(0, 0, 210, 297);
            assertThat(ofd.entries.keySet()).as(e.getKey()).contains("OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml",
                    "Doc_0/Pages/Page_0/Content.xml");
        }
    }

    @Test
    void extracted_text_is_the_models_text_in_order_and_each_pages_text_is_the_pdfs() throws Exception {
        for (var e : WRITTEN.entrySet()) {
            OfficialDocument doc = DOCUMENTS.get(e.getKey());
            OfdPackage ofd = new OfdPackage(e.getValue());
            List<String> pdfPages = pdfPageTexts(PdfWriter.toBytes(doc, fonts));
            List<Page> laidOut = DocumentLayout.layOut(doc, fonts).pages();
            assertThat(ofd.pages).as(e.getKey()).hasSameSizeAs(pdfPages);
            StringBuilder all = new StringBuilder();
            for (int p = 0; p < ofd.pages.size(); p++) {
                String text = squeeze(ofd.pages.get(p).text());
                assertThat(text).as("%s page %d", e.getKey(), p + 1).isEqualTo(pdfPages.get(p));
                // the letter format's first page has no number (GB/T 9704-2012 §10.1)
                boolean numbered = laidOut.get(p).lines().stream().anyMatch(l -> l.role() == LineRole.PAGE_NUMBER);
                assertThat(text.endsWith("—" + (p + 1) + "—")).as("%s page %d numbered", e.getKey(), p + 1).isEqualTo(numbered);
                all.append(text);
            }
            if (e.getKey().endsWith("table") || e.getKey().equals("rural-road-report.docx")) {
                continue; // the header rows again on each page: the PDF test's own comparison covers those
            }
            if (e.getKey().equals(NOTED)) {
                continue; // its notes at each page's foot: notes_are_text_after_each_pages_body_in_order
            }
            // the layout's full-width space after 第N条 (a regulation's articles) is drawn, not the model's
            assertThat(all.toString().replaceAll("—\\d+—", "").replace("\u3000", "")).as(e.getKey())
                    .isEqualTo(squeeze(PdfTestText.modelText(doc)).replace("\u3000", ""));
        }
    }

    @Test
    void circled_note_numbers_come_through_raised_in_the_body_and_before_the_notes_in_a_face_that_has_them() throws Exception {
        // GIVEN 25 footnotes numbered in circles (past ⑳: ㉑ to ㉕) and two endnotes in Chinese
        OfficialDocument doc = io.gongwen.layout.NumberedNotes.oneEach(
                new io.gongwen.NoteNumbering(io.gongwen.NoteNumbering.Restart.CONTINUOUS,
                        io.gongwen.NoteNumbering.Format.DECIMAL_ENCLOSED_CIRCLE, 1),
                new io.gongwen.NoteNumbering(io.gongwen.NoteNumbering.Restart.CONTINUOUS,
                        io.gongwen.NoteNumbering.Format.CHINESE_COUNTING, 1), 25);
        // WHEN written as OFD
        OfdPackage ofd = new OfdPackage(OfdWriter.toBytes(doc, fonts));
        List<Page> laidOut = DocumentLayout.layOut(doc, fonts).pages();

        // THEN each page's text is the laid-out page's: the body, then its notes, then its number
        assertThat(ofd.pages).hasSameSizeAs(laidOut);
        for (int p = 0; p < laidOut.size(); p++) {
            StringBuilder body = new StringBuilder();
            StringBuilder foot = new StringBuilder();
            for (Line l : laidOut.get(p).lines()) {
                boolean note = l.role() == LineRole.ENDNOTE || l.role() == LineRole.FOOTNOTE;
                if (l.role() != LineRole.PAGE_NUMBER) {
                    (note ? foot : body).append(squeeze(l.text()));
                }
            }
            String text = squeeze(ofd.pages.get(p).text());
            assertThat(text).as("page %d", p + 1).isEqualTo(body + foot.toString() + "—" + (p + 1) + "—");
        }
        String all = squeeze(ofd.pages.get(1).text());
        assertThat(all).contains("第21段正文。㉑", "第25段正文。㉕", "㉑注21。", "请遵照执行。一", "一尾注一。二尾注二。");
        // ㉑ twice on page 2: the mark raised 0.39 of the body's size over its 。, and the note's number
        List<OfdPackage.Glyph> glyphs = ofd.pages.get(1).glyphs();
        List<OfdPackage.Glyph> circled = glyphs.stream().filter(g -> g.codePoint() == 0x3251).toList();
        assertThat(circled).hasSize(2);
        OfdPackage.Glyph stop = glyphs.get(glyphs.indexOf(circled.get(0)) - 1);
        assertThat(stop.codePoint()).isEqualTo('。');
        assertThat(stop.y() - circled.get(0).y()).isCloseTo(16 * 0.39 * MM, within(0.01));
        assertThat(circled.get(0).sizeMm()).isCloseTo(16 * 0.58 * MM, within(0.01));
        assertThat(circled.get(1).sizeMm()).isCloseTo(12 * 0.58 * MM, within(0.01));
        // drawn from an embedded face that maps it to a glyph of its own
        OfdPackage.Font font = ofd.fonts.get(circled.get(0).font());
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font.file()))) {
            assertThat(parsed.getUnicodeCmapLookup().getGlyphId(0x3251)).isPositive();
        }
    }

    @Test
    void notes_are_text_after_each_pages_body_in_order_and_the_marks_stand_raised_in_the_body() throws Exception {
        NotedDocuments noted = NotedDocuments.report();
        OfdPackage ofd = new OfdPackage(WRITTEN.get(NOTED));
        List<Page> laidOut = DocumentLayout.layOut(noted.document(), fonts).pages();
        StringBuilder body = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        for (int p = 0; p < ofd.pages.size(); p++) {
            String text = squeeze(ofd.pages.get(p).text()).replaceAll("—\\d+—$", "");
            StringBuilder foot = new StringBuilder();
            laidOut.get(p).lines().stream().filter(l -> l.role() == LineRole.ENDNOTE || l.role() == LineRole.FOOTNOTE)
                    .forEach(l -> foot.append(squeeze(l.text())));
            assertThat(text).as("page %d: its notes last", p + 1).endsWith(foot.toString());
            body.append(text, 0, text.length() - foot.length());
            notes.append(foot);
        }
        assertThat(body.toString()).isEqualTo(squeeze(noted.body()));
        // the last page: its endnote (after the closing) before its footnote
        assertThat(notes.toString()).isEqualTo(squeeze(String.join("", noted.footnotes().subList(0, 4))
                + String.join("", noted.endnotes()) + noted.footnotes().get(4)));
        // the mark after 》 on page 1: 0.58 of the body's size, its baseline 0.39 of it higher
        OfdPackage.Glyph bracket = ofd.pages.get(0).glyphs().stream().filter(g -> g.codePoint() == '》').findFirst().orElseThrow();
        OfdPackage.Glyph mark = ofd.pages.get(0).glyphs().get(ofd.pages.get(0).glyphs().indexOf(bracket) + 1);
        assertThat(mark.codePoint()).isEqualTo('1');
        assertThat(bracket.y() - mark.y()).isCloseTo(16 * 0.39 * MM, within(0.01));
    }

    @Test
    void every_glyph_is_where_the_layout_put_it_inside_its_boundary() throws Exception {
        for (var e : WRITTEN.entrySet()) {
            LaidOutDocument laidOut = DocumentLayout.layOut(DOCUMENTS.get(e.getKey()), fonts);
            OfdPackage ofd = new OfdPackage(e.getValue());
            assertThat(ofd.pages).as(e.getKey()).hasSameSizeAs(laidOut.pages());
            try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(DOCUMENTS.get(e.getKey()), fonts))) {
                assertThat(ofd.pages).as("%s: pages as in the PDF", e.getKey()).hasSize(pdf.getNumberOfPages());
            }
            int checked = 0;
            for (int p = 0; p < laidOut.pages().size(); p++) {
                Page page = laidOut.pages().get(p);
                List<double[]> expected = glyphPlaces(page);
                List<OfdPackage.Glyph> glyphs = ofd.pages.get(p).glyphs();
                assertThat(glyphs).as("%s page %d", e.getKey(), p + 1).hasSameSizeAs(expected);
                for (int i = 0; i < glyphs.size(); i++) {
                    OfdPackage.Glyph g = glyphs.get(i);
                    String what = e.getKey() + " page " + (p + 1) + " glyph " + i + " " + Character.toString(g.codePoint());
                    assertThat(g.codePoint()).as(what).isEqualTo((int) expected.get(i)[2]);
                    assertThat(g.x()).as(what + " x").isCloseTo(expected.get(i)[0], within(0.01));
                    assertThat(g.y()).as(what + " y").isCloseTo(expected.get(i)[1], within(0.01));
                    double[] b = g.object().boundary();
                    assertThat(g.x()).as(what + " in its boundary").isBetween(b[0], b[0] + b[2]);
                    assertThat(g.y()).as(what + " in its boundary").isBetween(b[1], b[1] + b[3]);
                    checked++;
                }
                double[] box = ofd.pages.get(p).physicalBox();
                assertThat(box[2]).isCloseTo(page.widthPt() * MM, within(0.01));
                assertThat(box[3]).isCloseTo(page.heightPt() * MM, within(0.01));
            }
            assertThat(checked).as(e.getKey()).isGreaterThan(80); // the order is the shortest: 89
        }
    }

    /** Each glyph the layout placed: x and baseline in mm on the page as read, and the code point. */
    private static List<double[]> glyphPlaces(Page page) {
        List<double[]> out = new ArrayList<>();
        for (Line line : page.lines()) {
            boolean turn = page.turned() && line.role() == LineRole.PAGE_NUMBER;
            for (Run run : line.runs()) {
                for (int i = 0; i < run.length(); i++) {
                    double x = run.x(i) * MM;
                    double y = (line.baselinePt() - run.risePt()) * MM;
                    out.add(turn ? new double[] {page.widthPt() * MM - y, x, run.codePoint(i)}
                            : new double[] {x, y, run.codePoint(i)});
                }
            }
        }
        return out;
    }

    @Test
    void turns_a_landscape_page_with_a_box_of_its_own_and_its_number_with_a_ctm() throws Exception {
        OfdPackage ofd = new OfdPackage(WRITTEN.get("landscape table"));
        OfdPackage.Page turned = ofd.pages.get(1);
        assertThat(turned.physicalBox()).containsExactly(0, 0, 297, 210);
        assertThat(ofd.pages.get(0).physicalBox()).containsExactly(0, 0, 210, 297);
        OfdPackage.TextObject number = turned.texts().get(turned.texts().size() - 1);
        assertThat(number.text()).isEqualTo("— 2 —");
        assertThat(number.ctm()).startsWith(0, 1, -1, 0);
        // in the left margin, read from top to bottom: each next glyph lower on the page, all at one x
        List<OfdPackage.Glyph> glyphs = turned.glyphs().stream().filter(g -> g.object() == number).toList();
        assertThat(glyphs.get(1).y()).isGreaterThan(glyphs.get(0).y());
        assertThat(glyphs).allSatisfy(g -> assertThat(g.x()).isCloseTo(glyphs.get(0).x(), within(0.001)).isLessThan(40));
    }

    @Test
    void embedded_fonts_are_truetype_subsets_that_map_every_character_drawn_in_them() throws Exception {
        for (var e : WRITTEN.entrySet()) {
            OfdPackage ofd = new OfdPackage(e.getValue());
            Map<Long, TrueTypeFont> parsed = new LinkedHashMap<>();
            try {
                for (OfdPackage.Font f : ofd.fonts.values()) {
                    parsed.put(f.id(), new TTFParser().parse(new RandomAccessReadBuffer(f.file())));
                }
                // subsets: the glyphs of the characters drawn (and .notdef), not the whole face
                Map<Long, java.util.Set<Integer>> used = new LinkedHashMap<>();
                ofd.pages.forEach(p -> p.glyphs().forEach(g -> used.computeIfAbsent(g.font(), k -> new java.util.TreeSet<>()).add(g.codePoint())));
                for (var f : parsed.entrySet()) {
                    assertThat(f.getValue().getNumberOfGlyphs()).as("%s: glyphs in font %d", e.getKey(), f.getKey())
                            .isLessThanOrEqualTo(used.get(f.getKey()).size() + 1);
                }
                for (OfdPackage.Page p : ofd.pages) {
                    for (OfdPackage.Glyph g : p.glyphs()) {
                        assertThat(g.glyphId()).as("no CGTransform in the BMP").isEqualTo(-1);
                        CmapLookup cmap = parsed.get(g.font()).getUnicodeCmapLookup();
                        assertThat(cmap.getGlyphId(g.codePoint())).as("%s: %s in font %d", e.getKey(),
                                Character.toString(g.codePoint()), g.font()).isPositive();
                    }
                }
            } finally {
                for (TrueTypeFont t : parsed.values()) {
                    t.close();
                }
            }
        }
        OfdPackage notice = new OfdPackage(WRITTEN.get("holiday-duty-notice.docx"));
        assertThat(notice.fonts.values()).extracting(OfdPackage.Font::fontName)
                .contains("UMingCN", "UKaiCN", "LiberationSerif").doesNotHaveDuplicates();
    }

    @Test
    void a_character_beyond_the_bmp_is_drawn_by_its_glyph_in_the_subset_named_by_a_cgtransform() throws Exception {
        // 𠮟 (U+20B9F), in CJK Extension B: AR PL UMing has it, the subset's cmap (format 4) cannot map it
        OfficialDocument doc = OfficialDocument.builder().title("关于表扬的通知").paragraph("对𠮟咤风云的表述予以纠正。").build();
        OfdPackage ofd = new OfdPackage(OfdWriter.toBytes(doc, fonts));
        OfdPackage.Glyph glyph = ofd.pages.get(0).glyphs().stream().filter(g -> g.codePoint() == 0x20B9F).findFirst().orElseThrow();
        assertThat(glyph.glyphId()).isPositive();
        assertThat(ofd.pages.get(0).text()).contains("对𠮟咤风云");
        LaidOutDocument laidOut = DocumentLayout.layOut(doc, fonts);
        List<double[]> expected = glyphPlaces(laidOut.pages().get(0));
        List<OfdPackage.Glyph> glyphs = ofd.pages.get(0).glyphs();
        int i = glyphs.indexOf(glyph);
        assertThat(glyph.x()).isCloseTo(expected.get(i)[0], within(0.01));
        assertThat(expected.get(i + 1)[0] - expected.get(i)[0]).as("the layout gave it a full width").isGreaterThan(5);
        assertThat(glyphs.get(i + 1).x()).isCloseTo(expected.get(i + 1)[0], within(0.01));

        // the glyph the CGTransform names is the face's glyph for the character: same advance, same outline box
        io.gongwen.layout.FontFace face = fonts.resolve("仿宋_GB2312");
        try (var collection = new org.apache.fontbox.ttf.TrueTypeCollection(face.file().toFile());
             TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(ofd.fonts.get(glyph.font()).file()))) {
            TrueTypeFont original = collection.getFontByName(face.postScriptName());
            int originalGlyph = original.getUnicodeCmapLookup().getGlyphId(0x20B9F);
            assertThat(subset.getAdvanceWidth(glyph.glyphId())).isEqualTo(original.getAdvanceWidth(originalGlyph));
            assertThat(subset.getGlyph().getGlyph(glyph.glyphId()).getBoundingBox().toString())
                    .isEqualTo(original.getGlyph().getGlyph(originalGlyph).getBoundingBox().toString());
            assertThat(subset.getUnicodeCmapLookup().getGlyphId('对')).isPositive();
        }
    }

    @Test
    void draws_the_seal_of_the_sealed_sample_stored_as_it_is_on_the_layouts_box_over_the_text() throws Exception {
        String name = "county-notice-full-head.docx";
        LaidOutDocument laidOut = DocumentLayout.layOut(DOCUMENTS.get(name), fonts);
        OfdPackage ofd = new OfdPackage(WRITTEN.get(name));
        int drawn = assertPicturesAsLaidOut(name, laidOut, ofd);
        assertThat(drawn).as("the seal on the signature").isEqualTo(1);
        OfdPackage.Media seal = ofd.media.values().iterator().next();
        // the PNG as the model holds it: red on transparent, not re-encoded
        assertThat(seal.file()).isEqualTo(SampleSeal.round("XX县人民政府办公室").png());
        assertThat(seal.format()).isEqualTo("PNG");
        assertThat(seal.path()).isEqualTo("Doc_0/Res/image_" + seal.id() + ".png");
        java.awt.image.BufferedImage decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(seal.file()));
        assertThat(decoded.getColorModel().hasAlpha()).isTrue();
        assertThat(decoded.getRGB(0, 0) >>> 24).as("a transparent corner").isZero();
    }

    @Test
    void draws_a_signature_seal_and_a_jpeg_and_a_png_picture_of_the_body_as_the_model_holds_them() throws Exception {
        // GIVEN the order with its signatory's seal, and a report with a photograph and a chart
        OfficialDocument pictures = picturesDocument();
        for (OfficialDocument doc : List.of(DOCUMENTS.get("government-order.docx"), pictures)) {
            LaidOutDocument laidOut = DocumentLayout.layOut(doc, fonts);
            OfdPackage ofd = new OfdPackage(OfdWriter.toBytes(doc, fonts));
            assertThat(assertPicturesAsLaidOut(String.join("", doc.title()), laidOut, ofd)).isPositive();
        }
        OfdPackage ofd = new OfdPackage(OfdWriter.toBytes(pictures, fonts));
        assertThat(ofd.media.values()).extracting(OfdPackage.Media::format).containsExactly("JPEG", "PNG");
        assertThat(ofd.media.values()).extracting(m -> m.path().substring(m.path().lastIndexOf('.')))
                .containsExactly(".jpg", ".png");
        assertThat(squeeze(ofd.pages.get(0).text())).isEqualTo("关于图片的报告照片如下：图表如下：—1—");
    }

    @Test
    void a_seal_pressed_twice_is_stored_once_and_every_id_is_unique_and_under_max_unit_id() throws Exception {
        Seal seal = SampleSeal.round("某某县");
        OfficialDocument doc = OfficialDocument.builder().title("关于春节值班的通知").paragraph("现将有关事项通知如下。")
                .signature("某某县人民政府", seal).signature("某某县财政局", seal).date(java.time.LocalDate.of(2021, 2, 26)).build();
        byte[] bytes = OfdWriter.toBytes(doc, fonts);
        OfdPackage ofd = new OfdPackage(bytes);
        LaidOutDocument laidOut = DocumentLayout.layOut(doc, fonts);
        assertThat(assertPicturesAsLaidOut("two seals", laidOut, ofd)).isEqualTo(2);
        assertThat(ofd.media).hasSize(1);
        assertThat(ofd.entries.keySet().stream().filter(n -> n.contains("image_"))).hasSize(1);
        List<OfdPackage.Image> images = ofd.pages.get(0).images();
        assertThat(images.get(0).resourceId()).isEqualTo(images.get(1).resourceId());
        assertThat(ofd.media.get(images.get(0).resourceId()).file()).isEqualTo(seal.png());
        assertThat(ofd.ids).doesNotHaveDuplicates();
        assertThat(ofd.maxUnitId).isEqualTo(ofd.ids.stream().mapToLong(Long::longValue).max().orElseThrow());
        // the same document, the same bytes
        assertThat(OfdWriter.toBytes(doc, fonts)).isEqualTo(bytes);
        assertThat(OfdWriter.toBytes(picturesDocument(), fonts)).isEqualTo(OfdWriter.toBytes(picturesDocument(), fonts));
        assertThat(OfdWriter.toBytes(DOCUMENTS.get("county-notice-full-head.docx"), fonts))
                .isEqualTo(WRITTEN.get("county-notice-full-head.docx"));
    }

    /** A report with a JPEG photograph and a PNG chart in its body. */
    private static OfficialDocument picturesDocument() throws Exception {
        java.awt.image.BufferedImage photo = new java.awt.image.BufferedImage(320, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = photo.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.ORANGE, 320, 200, java.awt.Color.BLUE));
        g.fillRect(0, 0, 320, 200);
        g.dispose();
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(photo, "jpeg", jpeg);
        return OfficialDocument.builder().title("关于图片的报告").paragraph("照片如下：")
                .image(io.gongwen.Image.of(jpeg.toByteArray(), io.gongwen.Length.mm(80), io.gongwen.Length.mm(50)))
                .paragraph("图表如下：")
                .image(io.gongwen.Image.of(io.gongwen.layout.SamplePictures.png(300, 120), io.gongwen.Length.mm(100),
                        io.gongwen.Length.mm(40))).build();
    }

    /**
     * Each page's ImageObjects are the layout's pictures in order: the box the Boundary and CTM give
     * is the picture's to 0.01 mm, the resource they name exists, is an image of the picture's format
     * and holds the picture's bytes; they are drawn after every TextObject and PathObject. Returns
     * how many were drawn.
     */
    private static int assertPicturesAsLaidOut(String name, LaidOutDocument laidOut, OfdPackage ofd) {
        assertThat(ofd.pages).hasSameSizeAs(laidOut.pages());
        int drawn = 0;
        for (int p = 0; p < laidOut.pages().size(); p++) {
            List<io.gongwen.layout.Picture> pictures = laidOut.pages().get(p).pictures();
            OfdPackage.Page page = ofd.pages.get(p);
            String where = name + " page " + (p + 1);
            assertThat(page.images()).as(where).hasSameSizeAs(pictures);
            for (int i = 0; i < pictures.size(); i++) {
                io.gongwen.layout.Picture want = pictures.get(i);
                OfdPackage.Image got = page.images().get(i);
                assertThat(got.box()[0]).as(where).isCloseTo(want.xPt() * MM, within(0.01));
                assertThat(got.box()[1]).as(where).isCloseTo(want.yPt() * MM, within(0.01));
                assertThat(got.box()[2]).as(where).isCloseTo(want.widthPt() * MM, within(0.01));
                assertThat(got.box()[3]).as(where).isCloseTo(want.heightPt() * MM, within(0.01));
                // the unit square fills the Boundary exactly
                assertThat(got.box()).as(where).containsExactly(got.boundary());
                OfdPackage.Media media = ofd.media.get(got.resourceId());
                assertThat(media).as("%s: resource %s", where, got.resourceId()).isNotNull();
                assertThat(media.type()).isEqualTo("Image");
                assertThat(media.format()).isEqualTo(want.format().name());
                assertThat(media.file()).as(where).isEqualTo(want.bytes());
                drawn++;
            }
            if (!pictures.isEmpty()) {
                List<String> order = page.order();
                assertThat(order.subList(order.size() - pictures.size(), order.size())).as("%s: over the text", where)
                        .containsOnly("ImageObject");
            }
        }
        assertThat(ofd.references().getOrDefault("ResourceID", List.of())).allMatch(ofd.media::containsKey);
        return drawn;
    }

    @Test
    void writes_title_issuer_and_date_as_document_information_and_headings_as_outlines() throws Exception {
        OfdPackage ofd = new OfdPackage(WRITTEN.get("holiday-duty-notice.docx"));
        assertThat(ofd.docInfo("Title")).isEqualTo("关于做好2021年春节期间值班和安全工作的通知");
        assertThat(ofd.docInfo("Author")).isEqualTo("县人民政府办公室");
        assertThat(ofd.docInfo("CreationDate")).isEqualTo("2021-02-01");
        assertThat(ofd.docInfo("DocID")).matches("[0-9a-f]{32}");
        assertThat(ofd.outline()).startsWith("一、严格落实值班制度").contains("二、切实抓好安全生产",
                "  （一）加强源头管控", "    1.全面排查。", "三、及时报送重要信息");
    }

    @Test
    void two_writes_give_the_same_bytes_and_another_document_another_doc_id() throws Exception {
        OfficialDocument doc = DOCUMENTS.get("holiday-duty-notice.docx");
        assertThat(OfdWriter.toBytes(doc, fonts)).isEqualTo(WRITTEN.get("holiday-duty-notice.docx"));
        assertThat(new OfdPackage(WRITTEN.get("county-office-summary.docx")).docInfo("DocID"))
                .isNotEqualTo(new OfdPackage(WRITTEN.get("holiday-duty-notice.docx")).docInfo("DocID"));
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(WRITTEN.get("holiday-duty-notice.docx")))) {
            for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(java.time.LocalDateTime.of(1980, 2, 1, 0, 0));
            }
        }
    }

    @Test
    void replaces_a_file_atomically_keeps_its_permissions_and_leaves_no_temporary_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notice.ofd");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        OfdWriter.write(DOCUMENTS.get("holiday-duty-notice.docx"), file, fonts);
        assertThat(Files.readAllBytes(file)).isEqualTo(WRITTEN.get("holiday-duty-notice.docx"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void never_replaces_a_directory(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("notice.ofd"));
        Files.writeString(folder.resolve("inside.txt"), "kept");
        assertThatThrownBy(() -> OfdWriter.write(DOCUMENTS.get("holiday-duty-notice.docx"), folder, fonts))
                .isInstanceOf(DocumentWriteException.class).hasMessageContaining(folder.toString())
                .hasMessageContaining("it is a directory");
        assertThat(folder.resolve("inside.txt")).hasContent("kept");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(folder);
        }
    }

    @Test
    void a_face_without_a_font_is_refused_naming_it_and_nothing_is_written(@TempDir Path dir) throws Exception {
        FontResolver noFangSong = FontResolver.builder().alias("仿宋_GB2312", "No Such Family 123").build();
        Path file = dir.resolve("notice.ofd");
        Throwable failure = catchThrowable(() -> OfdWriter.write(DOCUMENTS.get("holiday-duty-notice.docx"), file, noFangSong));
        assertThat(failure).isInstanceOf(FontNotFoundException.class);
        String face = ((FontNotFoundException) failure).face();
        assertThat(failure).hasMessageStartingWith("the font face " + face + " could not be resolved");
        assertThat(file).doesNotExist();

        Path old = Files.writeString(dir.resolve("old.ofd"), "old");
        assertThatThrownBy(() -> OfdWriter.write(DOCUMENTS.get("holiday-duty-notice.docx"), old, noFangSong))
                .isInstanceOf(FontNotFoundException.class);
        assertThat(old).hasContent("old");
    }

    @Test
    void is_the_writer_write_to_chooses_for_an_ofd_name(@TempDir Path dir) {
        List<String> formats = ServiceLoader.load(io.gongwen.DocumentWriter.class).stream()
                .map(p -> p.get().extension()).toList();
        assertThat(formats).contains(".docx", ".pdf", ".ofd");

        Path file = dir.resolve("notice.OFD");
        Throwable failure = catchThrowable(() -> DOCUMENTS.get("holiday-duty-notice.docx").writeTo(file));

        // the system's fonts decide whether the licensed faces are there; either way it is the OFD writer
        if (failure == null) {
            assertThat(file).content(java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("PK");
        } else {
            assertThat(failure).isInstanceOf(FontNotFoundException.class);
            assertThat(file).doesNotExist();
        }
    }

    @Test
    void names_the_file_it_could_not_write(@TempDir Path dir) {
        Path file = dir.resolve("missing").resolve("notice.ofd");
        assertThatThrownBy(() -> OfdWriter.write(DOCUMENTS.get("holiday-duty-notice.docx"), file, fonts))
                .isInstanceOf(DocumentWriteException.class)
                .hasMessage("could not write " + file + ": the directory " + file.getParent() + " does not exist");
    }

    @Test
    void reads_deltax_with_its_abbreviation_as_written() {
        long[] positions = {0, 5644, 11288, 16932, 22576, 25398, 31042};
        String written = OfdWriter.deltas(positions);
        assertThat(written).isEqualTo("g 4 5.644 2.822 5.644");
        assertThat(OfdPackage.deltas(written, positions.length)).containsExactly(5.644, 5.644, 5.644, 5.644, 2.822, 5.644);
        assertThat(Millimetres.format(-500)).isEqualTo("-0.5");
        assertThat(Millimetres.format(210_000)).isEqualTo("210");
        assertThat(Millimetres.format(7)).isEqualTo("0.007");
    }

    private static List<String> pdfPageTexts(byte[] pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(squeeze(stripper.getText(doc)));
            }
        }
        return pages;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s", "");
    }
}
