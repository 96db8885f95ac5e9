package io.gongwen.docx.read;

import io.gongwen.DocumentReadException;
import io.gongwen.InputFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An existing .docx opened for reading, with the guards a file from a stranger needs. Everything
 * that goes wrong becomes a {@link DocumentReadException} naming the file.
 *
 * <p>The zip is opened by POI's {@link ZipSecureFile}, whose streams count what they inflate. Its
 * limits are JVM-wide statics; opening a package lowers them to ours if they are looser, and never
 * raises them:
 * <ul>
 * <li>minimum inflate ratio {@value #MIN_INFLATE_RATIO}: a part that inflates to more than 100 times
 * its compressed size is refused as a zip bomb. Document XML compresses 5 to 20 times; a bomb of
 * repeated bytes 1000 times.</li>
 * <li>maximum entry size {@value #MAX_ENTRY_BYTES} bytes (64 MB): a {@code document.xml} of 64 MB is
 * about 8,000 pages; a larger part is refused before it is held in memory.</li>
 * </ul>
 */
final class DocxPackage implements AutoCloseable {
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final String FOOTER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
    private static final String STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    private static final String NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
    private static final String IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
    private static final String SETTINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
    private static final String FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes";
    private static final String ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes";

    private final Path file;
    private final OPCPackage pkg;
    private final PackagePart main;

    private DocxPackage(Path file, OPCPackage pkg, PackagePart main) {
        this.file = file;
        this.pkg = pkg;
        this.main = main;
    }

    static DocxPackage open(Path file) {
        refuseWhatIsNoZip(file);
        tightenZipLimits();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception | LinkageError e) {
            throw new DocumentReadException("could not read " + file + ": it is not a .docx, or the archive is "
                    + "damaged or truncated (" + reason(e) + ")", e);
        }
        try {
            PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (rels.isEmpty()) {
                rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
            }
            PackagePart main = rels.isEmpty() ? null : pkg.getPart(rels.getRelationship(0));
            if (main == null) {
                throw new DocumentReadException("could not read " + file + ": it has no main document part "
                        + "(word/document.xml), so it is not a Word document", null);
            }
            return new DocxPackage(file, pkg, main);
        } catch (DocumentReadException e) {
            pkg.revert();
            throw e;
        } catch (Exception | LinkageError e) {
            pkg.revert();
            throw new DocumentReadException("could not read " + file + ": " + reason(e), e);
        }
    }

    private static synchronized void tightenZipLimits() {
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        }
    }

    /** Says what a file is when it is not a zip at all, before POI guesses. */
    private static void refuseWhatIsNoZip(Path file) {
        // before opening it: a FIFO would block the open, a device never ends
        InputFile.requireRegular(file, "a .docx");
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new DocumentReadException("could not read " + file + ": " + InputFile.reason(e), e);
        }
        if (n == 0) {
            throw new DocumentReadException("could not read " + file + ": the file is empty", null);
        }
        if (n == OLE2.length && java.util.Arrays.equals(head, OLE2)) {
            throw new DocumentReadException("could not read " + file + ": it is an OLE2 compound file, that is a "
                    + "Word 97-2003 .doc or a password-protected .docx; save it as an unprotected .docx, or have "
                    + "LibreOffice convert a .doc (DocxReader.Builder.convertWith)", null);
        }
        if (n < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new DocumentReadException("could not read " + file + ": it is not a .docx (not a zip archive)", null);
        }
    }

    Path file() {
        return file;
    }

    /** Reads the main document part. */
    <T> T readMain(PartParser<T> parser) {
        return read(main, parser);
    }

    /** Reads the part the main document relates to by this relationship type, if there is one. */
    <T> Optional<T> readRelated(String type, PartParser<T> parser) {
        try {
            PackageRelationshipCollection rels = main.getRelationshipsByType(type);
            if (rels.isEmpty()) {
                return Optional.empty();
            }
            PackagePart part = main.getRelatedPart(rels.getRelationship(0));
            return part == null ? Optional.empty() : Optional.of(read(part, parser));
        } catch (DocumentReadException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new DocumentReadException("could not read " + file + ": " + reason(e), e);
        }
    }

    <T> Optional<T> readStyles(PartParser<T> parser) {
        return readRelated(STYLES, parser);
    }

    <T> Optional<T> readNumbering(PartParser<T> parser) {
        return readRelated(NUMBERING, parser);
    }

    <T> Optional<T> readSettings(PartParser<T> parser) {
        return readRelated(SETTINGS, parser);
    }

    /** Reads the footnotes part ({@code word/footnotes.xml}), if the main document has one. */
    <T> Optional<T> readFootnotes(PartParser<T> parser) {
        return readRelated(FOOTNOTES, parser);
    }

    /** Reads the endnotes part, if the main document has one. */
    <T> Optional<T> readEndnotes(PartParser<T> parser) {
        return readRelated(ENDNOTES, parser);
    }

    /** Reads the footer the main document relates to under this relationship id, if it is a footer. */
    <T> Optional<T> readFooter(String relationshipId, PartParser<T> parser) {
        try {
            PackageRelationship rel = main.getRelationship(relationshipId);
            if (rel == null || !FOOTER.equals(rel.getRelationshipType())) {
                return Optional.empty();
            }
            PackagePart part = main.getRelatedPart(rel);
            return part == null ? Optional.empty() : Optional.of(read(part, parser));
        } catch (DocumentReadException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new DocumentReadException("could not read " + file + ": " + reason(e), e);
        }
    }

    /** An image part: its name in the package and its bytes. */
    record ImagePart(String name, byte[] bytes) {
    }

    /**
     * The image part the main document relates to under this relationship id; empty when the id
     * names no relationship, an external (linked) picture, or a part that is not an image. The zip
     * guards hold: a part over the entry limit is refused.
     */
    Optional<ImagePart> readImage(String relationshipId) {
        try {
            PackageRelationship rel = main.getRelationship(relationshipId);
            if (rel == null || rel.getTargetMode() == TargetMode.EXTERNAL || !IMAGE.equals(rel.getRelationshipType())) {
                return Optional.empty();
            }
            PackagePart part = main.getRelatedPart(rel);
            if (part == null) {
                return Optional.empty();
            }
            String name = part.getPartName().getName();
            try (InputStream in = part.getInputStream()) {
                return Optional.of(new ImagePart(name, in.readAllBytes()));
            }
        } catch (Exception | LinkageError e) {
            throw new DocumentReadException("could not read " + file + ": the picture " + relationshipId + ": "
                    + reason(e), e);
        }
    }

    private <T> T read(PackagePart part, PartParser<T> parser) {
        String name = part.getPartName().getName();
        try (InputStream in = part.getInputStream()) {
            return parser.parse(in);
        } catch (DocumentReadException e) {
            throw new DocumentReadException("could not read " + file + ": " + name + ": " + e.getMessage(), e);
        } catch (Exception | LinkageError e) {
            throw new DocumentReadException("could not read " + file + ": " + name + ": " + reason(e), e);
        }
    }

    /** The first line of the deepest cause: POI's zip-bomb message, the XML parser's error. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root.getMessage() != null && root.getMessage().contains("Zip bomb")) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof LinkageError) {
            // commons-compress reaches for an optional codec (XZ, Zstandard) that is not on the class
            // path: the entry claims a compression method no .docx uses
            return "a part uses a compression method a .docx never uses (" + root + ")";
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (message.contains("Zip bomb") || message.contains("MAX_ENTRY_SIZE") || message.contains("max entry size")) {
            return "a part inflates to more than the limits allow (zip bomb or a part over "
                    + MAX_ENTRY_BYTES / (1024 * 1024) + " MB)";
        }
        java.util.regex.Matcher opc = OPC_RULE.matcher(message);
        if (opc.find()) {
            // POI quotes the Open Packaging Conventions' rule; say what it means for the file
            return "a part of the archive has a name a .docx may not have (Open Packaging Conventions rule "
                    + opc.group(1) + ")";
        }
        java.util.regex.Matcher parse = XML_PARSE_ERROR.matcher(message);
        if (parse.find()) {
            // the StAX parser puts the position on the first line and its explanation on the second
            return "the XML is not well-formed at line " + parse.group(1) + ", column " + parse.group(2) + ": "
                    + parse.group(3).strip();
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static final java.util.regex.Pattern OPC_RULE = java.util.regex.Pattern.compile("\\[(M\\d+\\.\\d+)\\]");
    private static final java.util.regex.Pattern XML_PARSE_ERROR = java.util.regex.Pattern.compile(
            "ParseError at \\[row,col\\]:\\[(-?\\d+),(-?\\d+)\\]\\s*Message:\\s*(.*)", java.util.regex.Pattern.DOTALL);

    @Override
    public void close() {
        pkg.revert();
    }

    /** Parses one part's XML from its stream. */
    @FunctionalInterface
    interface PartParser<T> {
        T parse(InputStream in) throws Exception;
    }
}
