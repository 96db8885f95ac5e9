package io.gongwen.docx.write;

import io.gongwen.Attachment;
import io.gongwen.Block;
import io.gongwen.DocumentFormat;
import io.gongwen.Image;
import io.gongwen.IssuedDocument;
import io.gongwen.OfficialDocument;
import io.gongwen.Seal;
import io.gongwen.Section;
import io.gongwen.Signatory;
import io.gongwen.Signature;
import io.gongwen.Table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.io.OutputStream;

/**
 * The parts one document adds to the shared {@link PackageSkeleton}: its seal images, the pictures
 * of its bodies and their tables' cells (one part for pictures alike, each in its own format), the letter
 * format's first-page header, the empty footer of unnumbered pages and a letter's first page, and the
 * footers of landscape pages with their turned page numbers. Each gets a
 * relationship id the body refers to, an entry in the content types and one in the body's
 * relationships; a document without any (most) uses the skeleton's bytes unchanged.
 */
final class PackageExtras {
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String HEADER = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
    private static final String FOOTER = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
    private static final String FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml";
    private static final String ENDNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml";

    /** A part of this document: zip entry name, relationship id and type, and what writes its bytes. */
    record Extra(String name, String id, String relationType, String contentType, Consumer<OutputStream> content) {
    }

    private final Map<Seal, String> imageIds = new LinkedHashMap<>();
    private final Map<Image, String> pictureIds = new LinkedHashMap<>();
    private final List<Extra> parts = new ArrayList<>();
    private String emptyFooterId;
    private String letterHeaderId;
    private String turnedOddFooterId;
    private String turnedEvenFooterId;
    /** The notes the body numbers as it writes their marks; its parts are written after the body. */
    private final NotesPart notes = new NotesPart();
    private final boolean footnotes;
    private final boolean endnotes;

    PackageExtras(OfficialDocument doc, PageGeometry page, boolean needsEmptyFooter) {
        for (Signature s : doc.closing().signatures()) {
            s.seal().ifPresent(this::image);
        }
        for (Signatory s : doc.closing().signatories()) {
            image(s.signatureSeal());
        }
        pictures(doc.body());
        for (Attachment a : doc.attachments()) {
            pictures(a.body());
        }
        for (IssuedDocument d : doc.issued()) {
            pictures(d.body());
        }
        // a letter's first page carries no number: it uses the empty footer too
        if (needsEmptyFooter || !doc.format().numbersFirstPage()) {
            emptyFooterId = add("word/footer3.xml", "footer", FOOTER, out -> LetterParts.emptyFooter(out));
        }
        if (doc.format() == DocumentFormat.LETTER) {
            letterHeaderId = add("word/header1.xml", "header", HEADER, out -> LetterParts.firstPageHeader(out, doc, page));
        }
        if (hasLandscapeTable(doc)) {
            turnedOddFooterId = add(FooterPart.TURNED_ODD, "footer", FOOTER, out -> FooterPart.writeTurned(out, page, true));
            turnedEvenFooterId = add(FooterPart.TURNED_EVEN, "footer", FOOTER, out -> FooterPart.writeTurned(out, page, false));
        }
        footnotes = NotesPart.has(doc, io.gongwen.Note.Kind.FOOTNOTE);
        endnotes = NotesPart.has(doc, io.gongwen.Note.Kind.ENDNOTE);
        if (footnotes) {
            add(NotesPart.FOOTNOTES, "footnotes", FOOTNOTES, out -> notes.write(out, io.gongwen.Note.Kind.FOOTNOTE));
        }
        if (endnotes) {
            add(NotesPart.ENDNOTES, "endnotes", ENDNOTES, out -> notes.write(out, io.gongwen.Note.Kind.ENDNOTE));
        }
    }

    /** The document's notes, numbered by the body as it writes their marks. */
    NotesPart notes() {
        return notes;
    }

    /** Whether the document has footnotes: then its settings say how they are numbered. */
    boolean hasFootnotes() {
        return footnotes;
    }

    /** Whether the document has endnotes. */
    boolean hasEndnotes() {
        return endnotes;
    }

    private static boolean hasLandscapeTable(OfficialDocument doc) {
        if (hasLandscapeTable(doc.body())) {
            return true;
        }
        for (Attachment a : doc.attachments()) {
            if (hasLandscapeTable(a.body())) {
                return true;
            }
        }
        for (io.gongwen.IssuedDocument d : doc.issued()) {
            if (hasLandscapeTable(d.body())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the blocks have landscape pages: a landscape table, or a landscape stretch. */
    private static boolean hasLandscapeTable(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Table t && t.landscape() || b == io.gongwen.PageBreak.LANDSCAPE
                    || b instanceof Section s && hasLandscapeTable(s.body())) {
                return true;
            }
        }
        return false;
    }

    private void image(Seal seal) {
        if (!imageIds.containsKey(seal)) {
            int n = imageIds.size() + 1;
            String id = add("word/media/seal" + n + ".png", "image", null, out -> write(out, seal.png()));
            imageIds.put(seal, id);
        }
    }

    private void pictures(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Image i) {
                picture(i);
            } else if (b instanceof Section s) {
                pictures(s.body());
            } else if (b instanceof io.gongwen.Table t) {
                // the cells' pictures share the parts with the body's: the same picture twice is one part
                for (List<io.gongwen.Table.Cell> row : t.rows()) {
                    for (io.gongwen.Table.Cell cell : row) {
                        cell.pictures().forEach(p -> picture(p.image()));
                    }
                }
            }
        }
    }

    private void picture(Image i) {
        if (!pictureIds.containsKey(i)) {
            String name = "word/media/image" + (pictureIds.size() + 1) + "." + i.format().extension();
            pictureIds.put(i, add(name, "image", null, out -> write(out, i.bytes())));
        }
    }

    private String add(String name, String type, String contentType, Consumer<OutputStream> content) {
        String id = "rId" + (10 + parts.size());
        parts.add(new Extra(name, id, REL + type, contentType, content));
        return id;
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (java.io.IOException e) {
            throw new io.gongwen.DocumentWriteException("could not write an image: " + e, e);
        }
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    List<Extra> parts() {
        return parts;
    }

    /** The relationship id of a picture's image part. */
    String pictureId(Image image) {
        return pictureIds.get(image);
    }

    /** The relationship id of a seal's image. */
    String imageId(Seal seal) {
        return imageIds.get(seal);
    }

    String emptyFooterId() {
        return emptyFooterId;
    }

    String letterHeaderId() {
        return letterHeaderId;
    }

    /** The footer of odd landscape pages; null if the document has no landscape table. */
    String turnedOddFooterId() {
        return turnedOddFooterId;
    }

    /** The footer of even landscape pages; null if the document has no landscape table. */
    String turnedEvenFooterId() {
        return turnedEvenFooterId;
    }

    /** The skeleton's content types with this document's parts added. */
    byte[] contentTypes(byte[] skeleton) {
        StringBuilder add = new StringBuilder();
        java.util.Set<Image.Format> formats = java.util.EnumSet.noneOf(Image.Format.class);
        if (!imageIds.isEmpty()) {
            formats.add(Image.Format.PNG);
        }
        pictureIds.keySet().forEach(i -> formats.add(i.format()));
        for (Image.Format f : formats) {
            add.append("<Default Extension=\"").append(f.extension()).append("\" ContentType=\"")
                    .append(f.contentType()).append("\"/>");
        }
        for (Extra e : parts) {
            if (e.contentType() != null) {
                add.append("<Override PartName=\"/").append(e.name()).append("\" ContentType=\"")
                        .append(e.contentType()).append("\"/>");
            }
        }
        return insertBefore(skeleton, "</Types>", add.toString());
    }

    /** The skeleton's body relationships with this document's parts added. */
    byte[] relationships(byte[] skeleton) {
        StringBuilder add = new StringBuilder();
        for (Extra e : parts) {
            add.append("<Relationship Id=\"").append(e.id()).append("\" Type=\"").append(e.relationType())
                    .append("\" Target=\"").append(e.name().substring("word/".length())).append("\"/>");
        }
        return insertBefore(skeleton, "</Relationships>", add.toString());
    }

    private static byte[] insertBefore(byte[] xml, String closing, String insert) {
        String text = new String(xml, StandardCharsets.UTF_8);
        int at = text.lastIndexOf(closing);
        if (at < 0) {
            throw new IllegalStateException("the package skeleton has no " + closing);
        }
        return (text.substring(0, at) + insert + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }
}
