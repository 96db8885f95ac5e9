package io.gongwen.ofd;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A reader of OFD packages for the tests, written from GB/T 33190-2016 with nothing but
 * {@code java.util.zip} and DOM: it follows OFD.xml to the document, its pages and resources, and
 * answers where each glyph is on its page, from the XML alone (Boundary, CTM, TextCode X/Y,
 * DeltaX with its "g" abbreviation). It knows nothing of the layout that wrote the file. Every part
 * is parsed as it is read, so a part that is not well-formed fails the test that reads it. Lengths
 * in millimetres from the page's top-left corner.
 */
final class OfdPackage {
    static final String NS = "http://www.ofdspec.org/2016";

    /** The zip's entries in the order they are stored. */
    final Map<String, byte[]> entries;
    final Element ofd;
    final Element document;
    final String documentDir;
    final long maxUnitId;
    /** Every ID attribute in the document's parts, by the part it is in. */
    final List<Long> ids = new ArrayList<>();
    final Map<Long, Font> fonts = new LinkedHashMap<>();
    /** The multimedia resources (MultiMedia, of PublicRes or DocumentRes), by id. */
    final Map<Long, Media> media = new LinkedHashMap<>();
    final List<Page> pages = new ArrayList<>();
    final double[] pageArea;

    record Font(long id, String fontName, String familyName, String path, byte[] file) {
    }

    /** One MultiMedia resource: its Type, Format and the file its MediaFile names. */
    record Media(long id, String type, String format, String path, byte[] file) {
    }

    /**
     * One ImageObject: its Boundary, CTM and resource, and the box on the page the unit square is
     * drawn on (the CTM applied to the square's corners, then the Boundary's origin): x, y, width, height.
     */
    record Image(long id, double[] boundary, double[] ctm, long resourceId, double[] box) {
    }

    /**
     * A glyph's origin on the page (its left edge on the baseline) after Boundary and CTM, and the
     * glyph a CGTransform names for it in the font (-1 where the font's cmap maps the character).
     */
    record Glyph(int codePoint, double x, double y, long font, double sizeMm, TextObject object, int glyphId) {
    }

    /** One TextObject as written. */
    record TextObject(long id, double[] boundary, double[] ctm, long font, double size, boolean stroke,
                      double lineWidth, double hScale, int[] fill, String text) {
    }

    /** One PathObject: its stroke's ends on the page, width and colour. */
    record Path(long id, double[] boundary, double x1, double y1, double x2, double y2, double lineWidth, int[] color) {
    }

    record Page(long id, String path, double[] physicalBox, List<Glyph> glyphs, List<TextObject> texts, List<Path> paths,
                List<Image> images, List<String> order) {
        /** The text of the page's TextCodes, in the order written. */
        String text() {
            StringBuilder b = new StringBuilder();
            texts.forEach(t -> b.append(t.text()));
            return b.toString();
        }
    }

    OfdPackage(byte[] zip) throws Exception {
        entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (entries.put(e.getName(), in.readAllBytes()) != null) {
                    throw new AssertionError("two entries named " + e.getName());
                }
            }
        }
        for (String name : entries.keySet()) {
            if (name.endsWith(".xml")) {
                parse(name); // every part well-formed
            }
        }
        ofd = parse("OFD.xml").getDocumentElement();
        expect(ofd, "OFD");
        String docRoot = text(child(child(ofd, "DocBody"), "DocRoot"));
        documentDir = docRoot.contains("/") ? docRoot.substring(0, docRoot.lastIndexOf('/') + 1) : "";
        document = parse(docRoot).getDocumentElement();
        expect(document, "Document");
        collectIds(document);
        Element common = child(document, "CommonData");
        maxUnitId = Long.parseLong(text(child(common, "MaxUnitID")));
        pageArea = numbers(text(child(child(common, "PageArea"), "PhysicalBox")));
        for (Element res : children(common, "PublicRes")) {
            readRes(documentDir + text(res));
        }
        for (Element res : children(common, "DocumentRes")) {
            readRes(documentDir + text(res));
        }
        for (Element p : children(child(document, "Pages"), "Page")) {
            pages.add(readPage(Long.parseLong(p.getAttribute("ID")), documentDir + p.getAttribute("BaseLoc")));
        }
    }

    private void readRes(String path) throws Exception {
        Element res = parse(path).getDocumentElement();
        expect(res, "Res");
        collectIds(res);
        String dir = path.substring(0, path.lastIndexOf('/') + 1) + res.getAttribute("BaseLoc");
        for (Element m : children(child(res, "MultiMedias"), "MultiMedia")) {
            String file = dir + "/" + text(child(m, "MediaFile"));
            byte[] bytes = entries.get(file);
            if (bytes == null) {
                throw new AssertionError("media file " + file + " is not in the package");
            }
            long id = Long.parseLong(m.getAttribute("ID"));
            if (media.put(id, new Media(id, m.getAttribute("Type"), m.getAttribute("Format"), file, bytes)) != null) {
                throw new AssertionError("two resources with the ID " + id);
            }
        }
        Element list = child(res, "Fonts");
        if (list == null) {
            return;
        }
        for (Element f : children(list, "Font")) {
            String file = dir + "/" + text(child(f, "FontFile"));
            byte[] bytes = entries.get(file);
            if (bytes == null) {
                throw new AssertionError("font file " + file + " is not in the package");
            }
            long id = Long.parseLong(f.getAttribute("ID"));
            fonts.put(id, new Font(id, f.getAttribute("FontName"), f.getAttribute("FamilyName"), file, bytes));
        }
    }

    private Page readPage(long id, String path) throws Exception {
        if (!entries.containsKey(path)) {
            throw new AssertionError("page " + id + ": " + path + " is not in the package");
        }
        Element page = parse(path).getDocumentElement();
        expect(page, "Page");
        collectIds(page);
        Element area = child(page, "Area");
        double[] box = area == null ? pageArea : numbers(text(child(area, "PhysicalBox")));
        List<Glyph> glyphs = new ArrayList<>();
        List<TextObject> texts = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        List<Image> images = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (Element layer : children(child(page, "Content"), "Layer")) {
            for (Node n = layer.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) {
                    continue;
                }
                order.add(e.getLocalName());
                switch (e.getLocalName()) {
                    case "TextObject" -> readText(e, texts, glyphs);
                    case "PathObject" -> paths.add(readPath(e));
                    case "ImageObject" -> images.add(readImage(e));
                    default -> throw new AssertionError("unexpected " + e.getLocalName() + " in " + path);
                }
            }
        }
        return new Page(id, path, box, glyphs, texts, paths, images, order);
    }

    private void readText(Element e, List<TextObject> texts, List<Glyph> glyphs) {
        double[] boundary = numbers(e.getAttribute("Boundary"));
        double[] ctm = e.hasAttribute("CTM") ? numbers(e.getAttribute("CTM")) : new double[] {1, 0, 0, 1, 0, 0};
        long font = Long.parseLong(e.getAttribute("Font"));
        double size = Double.parseDouble(e.getAttribute("Size"));
        Element fillColor = child(e, "FillColor");
        int[] fill = fillColor == null ? new int[] {0, 0, 0} : ints(fillColor.getAttribute("Value"));
        StringBuilder all = new StringBuilder();
        Map<Integer, Integer> transformed = new HashMap<>();
        for (Element t : children(e, "CGTransform")) {
            if (!t.getAttribute("CodeCount").equals("1") || !t.getAttribute("GlyphCount").equals("1")) {
                throw new AssertionError("expected one glyph for one character: " + t.getAttribute("CodeCount"));
            }
            transformed.put(Integer.parseInt(t.getAttribute("CodePosition")), Integer.parseInt(text(child(t, "Glyphs")).trim()));
        }
        List<Glyph> own = new ArrayList<>();
        int position = 0;
        for (Element code : children(e, "TextCode")) {
            String s = code.getTextContent();
            all.append(s);
            int[] cps = s.codePoints().toArray();
            double[] dx = deltas(code.getAttribute("DeltaX"), cps.length);
            double x = Double.parseDouble(code.getAttribute("X"));
            double y = Double.parseDouble(code.getAttribute("Y"));
            for (int i = 0; i < cps.length; i++) {
                if (i > 0) {
                    x += dx[i - 1];
                }
                // the object's space: CTM, then the Boundary's origin
                double px = boundary[0] + ctm[0] * x + ctm[2] * y + ctm[4];
                double py = boundary[1] + ctm[1] * x + ctm[3] * y + ctm[5];
                own.add(new Glyph(cps[i], px, py, font, size, null, transformed.getOrDefault(position++, -1)));
            }
        }
        TextObject complete = new TextObject(Long.parseLong(e.getAttribute("ID")), boundary, ctm, font, size,
                "true".equals(e.getAttribute("Stroke")),
                e.hasAttribute("LineWidth") ? Double.parseDouble(e.getAttribute("LineWidth")) : 0.353,
                e.hasAttribute("HScale") ? Double.parseDouble(e.getAttribute("HScale")) : 1, fill, all.toString());
        texts.add(complete);
        own.forEach(g -> glyphs.add(new Glyph(g.codePoint(), g.x(), g.y(), font, size, complete, g.glyphId())));
    }

    private static Path readPath(Element e) {
        double[] boundary = numbers(e.getAttribute("Boundary"));
        String[] d = text(child(e, "AbbreviatedData")).trim().split("\\s+");
        if (d.length != 6 || !d[0].equals("M") || !d[3].equals("L")) {
            throw new AssertionError("a rule is one straight line: " + String.join(" ", d));
        }
        Element stroke = child(e, "StrokeColor");
        return new Path(Long.parseLong(e.getAttribute("ID")), boundary,
                boundary[0] + Double.parseDouble(d[1]), boundary[1] + Double.parseDouble(d[2]),
                boundary[0] + Double.parseDouble(d[4]), boundary[1] + Double.parseDouble(d[5]),
                Double.parseDouble(e.getAttribute("LineWidth")),
                stroke == null ? new int[] {0, 0, 0} : ints(stroke.getAttribute("Value")));
    }

    /**
     * An ImageObject: the image fills the unit square of the object's space, which the CTM maps into
     * the Boundary's space; its box on the page is the square's corners so mapped (an axis-aligned
     * CTM only, as a page's pictures are), moved by the Boundary's origin.
     */
    private static Image readImage(Element e) {
        double[] boundary = numbers(e.getAttribute("Boundary"));
        double[] ctm = e.hasAttribute("CTM") ? numbers(e.getAttribute("CTM")) : new double[] {1, 0, 0, 1, 0, 0};
        if (ctm[1] != 0 || ctm[2] != 0) {
            throw new AssertionError("a turned or skewed image: CTM " + e.getAttribute("CTM"));
        }
        double x0 = boundary[0] + ctm[4];
        double y0 = boundary[1] + ctm[5];
        double[] box = {Math.min(x0, x0 + ctm[0]), Math.min(y0, y0 + ctm[3]), Math.abs(ctm[0]), Math.abs(ctm[3])};
        return new Image(Long.parseLong(e.getAttribute("ID")), boundary, ctm, Long.parseLong(e.getAttribute("ResourceID")), box);
    }

    /** DeltaX read as the standard gives it: numbers, and "g N v" for N times v. */
    static double[] deltas(String attribute, int glyphs) {
        List<Double> out = new ArrayList<>();
        String[] t = attribute.isBlank() ? new String[0] : attribute.trim().split("\\s+");
        for (int i = 0; i < t.length; i++) {
            if (t[i].equals("g")) {
                int n = Integer.parseInt(t[i + 1]);
                double v = Double.parseDouble(t[i + 2]);
                for (int k = 0; k < n; k++) {
                    out.add(v);
                }
                i += 2;
            } else {
                out.add(Double.parseDouble(t[i]));
            }
        }
        if (glyphs > 0 && out.size() != glyphs - 1) {
            throw new AssertionError("DeltaX has " + out.size() + " values for " + glyphs + " glyphs: " + attribute);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The IDs every reference in the package points at: fonts, images' resources and pages. */
    Map<String, List<Long>> references() {
        Map<String, List<Long>> refs = new HashMap<>();
        for (Page p : pages) {
            for (TextObject t : p.texts()) {
                refs.computeIfAbsent("Font", k -> new ArrayList<>()).add(t.font());
            }
        }
        for (Page p : pages) {
            for (Image i : p.images()) {
                refs.computeIfAbsent("ResourceID", k -> new ArrayList<>()).add(i.resourceId());
            }
        }
        NodeList dests = document.getElementsByTagNameNS(NS, "Dest");
        for (int i = 0; i < dests.getLength(); i++) {
            refs.computeIfAbsent("PageID", k -> new ArrayList<>())
                    .add(Long.parseLong(((Element) dests.item(i)).getAttribute("PageID")));
        }
        return refs;
    }

    /** The outline entries, depth first, indented by two spaces a level. */
    List<String> outline() {
        List<String> out = new ArrayList<>();
        Element outlines = child(document, "Outlines");
        if (outlines != null) {
            outline(outlines, "", out);
        }
        return out;
    }

    private static void outline(Element parent, String indent, List<String> out) {
        for (Element e : children(parent, "OutlineElem")) {
            out.add(indent + e.getAttribute("Title"));
            outline(e, indent + "  ", out);
        }
    }

    /** A DocInfo field, or null. */
    String docInfo(String name) {
        Element e = child(child(child(ofd, "DocBody"), "DocInfo"), name);
        return e == null ? null : text(e);
    }

    private void collectIds(Element root) {
        if (root.hasAttribute("ID")) {
            ids.add(Long.parseLong(root.getAttribute("ID")));
        }
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                collectIds(e);
            }
        }
    }

    private Document parse(String name) throws Exception {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new AssertionError(name + " is not in the package; it has " + entries.keySet());
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        try {
            return b.parse(new ByteArrayInputStream(bytes));
        } catch (org.xml.sax.SAXException | IOException e) {
            throw new AssertionError(name + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static void expect(Element e, String name) {
        if (!NS.equals(e.getNamespaceURI()) || !name.equals(e.getLocalName())) {
            throw new AssertionError("expected ofd:" + name + ", found {" + e.getNamespaceURI() + "}" + e.getLocalName());
        }
    }

    static Element child(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element e) {
        if (e == null) {
            throw new AssertionError("a required element is missing");
        }
        return e.getTextContent();
    }

    static double[] numbers(String s) {
        String[] t = s.trim().split("\\s+");
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = Double.parseDouble(t[i]);
        }
        return out;
    }

    private static int[] ints(String s) {
        String[] t = s.trim().split("\\s+");
        int[] out = new int[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = Integer.parseInt(t[i]);
        }
        return out;
    }
}
