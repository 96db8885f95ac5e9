package io.gongwen.docx;

import io.gongwen.DocumentWriteException;
import io.gongwen.GongwenException;
import io.gongwen.OfficialDocument;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes an {@link OfficialDocument} as a .docx. POI owns the package (the zip, the content types,
 * the relationships); each part's XML is streamed by our own writers in schema order.
 *
 * <p>The output is deterministic: the same document gives the same bytes (no timestamps, no random
 * ids, no creation date in the core properties). Stateless and thread-safe.
 */
public final class DocxWriter {
    private static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String STYLES = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    private static final String SETTINGS = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
    private static final String FOOTER = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private DocxWriter() {
    }

    /** Writes the document to a stream, which is left open. */
    public static void write(OfficialDocument doc, OutputStream out) {
        Package pkg = assemble(doc);
        try {
            out.write(pkg.bytes, 0, pkg.length);
        } catch (IOException e) {
            throw new DocumentWriteException("could not write the .docx to the stream: " + e, e);
        }
    }

    /** The document as .docx bytes. */
    public static byte[] toBytes(OfficialDocument doc) {
        Package pkg = assemble(doc);
        return java.util.Arrays.copyOf(pkg.bytes, pkg.length);
    }

    /** The finished package in memory, zip entry times fixed. */
    private record Package(byte[] bytes, int length) {
    }

    private static Package assemble(OfficialDocument doc) {
        PageGeometry page = new PageGeometry(doc.specification());
        ExposedBuffer out = new ExposedBuffer();
        try {
            OPCPackage pkg = OPCPackage.create(out);
            PackagePart main = part(pkg, "/word/document.xml", MAIN, o -> new BodyPart(doc, page).write(o));
            pkg.addRelationship(main.getPartName(), TargetMode.INTERNAL,
                    PackageRelationshipTypes.CORE_DOCUMENT, "rId1");
            related(pkg, main, "/word/styles.xml", STYLES, "styles", "rId1",
                    o -> new StylesPart(doc.specification(), page).write(o));
            related(pkg, main, "/word/settings.xml", SETTINGS, "settings", "rId2", o -> SettingsPart.write(o, page));
            related(pkg, main, "/word/footer1.xml", FOOTER, "footer", BodyPart.FOOTER_ODD_ID,
                    o -> FooterPart.write(o, page, true));
            related(pkg, main, "/word/footer2.xml", FOOTER, "footer", BodyPart.FOOTER_EVEN_ID,
                    o -> FooterPart.write(o, page, false));
            PackageProperties properties = pkg.getPackageProperties();
            properties.setCreatedProperty(Optional.empty());
            properties.setCreatorProperty(Optional.empty());
            pkg.close();
            ZipEntryTimes.normalise(out.buffer(), out.size());
            return new Package(out.buffer(), out.size());
        } catch (GongwenException e) {
            throw e;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw new DocumentWriteException("could not assemble the .docx package: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the document to a file, replacing an existing file atomically: a temporary file in the
     * same directory is written, forced to disk and moved over the target. On any failure the old
     * file is untouched and the temporary file is deleted.
     */
    public static void write(OfficialDocument doc, Path file) {
        write(doc, file, AtomicReplace.REAL);
    }

    /** As {@link #write(OfficialDocument, Path)}, through the given file-system steps (tests inject faults). */
    static void write(OfficialDocument doc, Path file, AtomicReplace.Steps steps) {
        Package pkg = assemble(doc);
        AtomicReplace.replace(file, pkg.bytes, pkg.length, steps);
    }

    private static PackagePart part(OPCPackage pkg, String name, String contentType, Consumer<OutputStream> body)
            throws InvalidFormatException, IOException {
        PackagePartName partName = PackagingURIHelper.createPartName(name);
        PackagePart part = pkg.createPart(partName, contentType);
        try (OutputStream out = part.getOutputStream()) {
            body.accept(out);
        }
        return part;
    }

    private static void related(OPCPackage pkg, PackagePart main, String name, String contentType, String type,
                                String id, Consumer<OutputStream> body) throws InvalidFormatException, IOException {
        PackagePart part = part(pkg, name, contentType, body);
        main.addRelationship(part.getPartName(), TargetMode.INTERNAL, REL + type, id);
    }

    /** A byte buffer whose array can be patched and written without a copy. */
    private static final class ExposedBuffer extends ByteArrayOutputStream {
        ExposedBuffer() {
            super(64 * 1024);
        }

        byte[] buffer() {
            return buf;
        }
    }
}
