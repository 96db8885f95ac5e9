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
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
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
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new DocumentWriteException("could not write " + target + ": the directory " + dir
                    + " does not exist", null);
        }
        if (Files.isDirectory(target)) {
            throw new DocumentWriteException("could not write " + target + ": it is a directory", null);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            keepPermissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                write(doc, out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof DocumentWriteException && e.getCause() != null
                    ? e.getCause().toString() : e.toString();
            throw new DocumentWriteException("could not write " + target + ": " + reason
                    + (Files.exists(target) ? "; the existing file is unchanged" : ""), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the original failure is the one to report
                }
            }
        }
    }

    /**
     * A temporary file is created readable by its owner only; the document should end up with the
     * permissions the replaced file had, or those of an ordinary new file (rw-r--r--).
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
        view.setPermissions(permissions);
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
