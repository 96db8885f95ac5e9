package io.gongwen.docx.write;

import io.gongwen.DocumentWriteException;
import io.gongwen.Specification;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Every part of a .docx except the body, as POI's OPC layer packages them: content types,
 * relationships, core properties, styles, settings and footers. They depend on the specification
 * alone, so they are built once per {@link Specification} and shared; each document then streams
 * its own body next to them (as POI's SXSSF streams sheets into a package XSSF wrote).
 */
final class PackageSkeleton {
    static final String BODY = "word/document.xml";
    static final String CONTENT_TYPES = "[Content_Types].xml";
    static final String BODY_RELATIONSHIPS = "word/_rels/document.xml.rels";
    static final String SETTINGS_PART = "word/settings.xml";

    private static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String STYLES = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    private static final String SETTINGS = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
    private static final String FOOTER = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    /** Enough for every specification a server uses; beyond it the cache starts over. */
    private static final int CACHED = 64;
    private static final Map<Specification, PackageSkeleton> CACHE = new ConcurrentHashMap<>();

    /** A part: its zip entry name and, except for the body, its bytes. */
    record Part(String name, byte[] bytes) {
    }

    private final List<Part> parts;

    private PackageSkeleton(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The parts in package order; the body's bytes are empty. Lock-free for a specification seen before. */
    static PackageSkeleton of(Specification spec) {
        PackageSkeleton skeleton = CACHE.get(spec);
        if (skeleton == null) {
            if (CACHE.size() >= CACHED) {
                CACHE.clear();
            }
            skeleton = CACHE.computeIfAbsent(spec, PackageSkeleton::build);
        }
        return skeleton;
    }

    List<Part> parts() {
        return parts;
    }

    private static PackageSkeleton build(Specification spec) {
        PageGeometry page = new PageGeometry(spec);
        ByteArrayOutputStream zip = new ByteArrayOutputStream(16 * 1024);
        try {
            OPCPackage pkg = OPCPackage.create(zip);
            PackagePart main = part(pkg, "/" + BODY, MAIN, out -> { });
            pkg.addRelationship(main.getPartName(), TargetMode.INTERNAL, PackageRelationshipTypes.CORE_DOCUMENT, "rId1");
            related(pkg, main, "/word/styles.xml", STYLES, "styles", "rId1", out -> new StylesPart(spec, page).write(out));
            related(pkg, main, "/" + SETTINGS_PART, SETTINGS, "settings", "rId2", out -> SettingsPart.write(out, page));
            related(pkg, main, "/word/footer1.xml", FOOTER, "footer", BodyPart.FOOTER_ODD_ID,
                    out -> FooterPart.write(out, page, true));
            related(pkg, main, "/word/footer2.xml", FOOTER, "footer", BodyPart.FOOTER_EVEN_ID,
                    out -> FooterPart.write(out, page, false));
            PackageProperties properties = pkg.getPackageProperties();
            properties.setCreatedProperty(Optional.empty());
            properties.setCreatorProperty(Optional.empty());
            pkg.close();
            return new PackageSkeleton(unzip(zip.toByteArray()));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw new DocumentWriteException("could not build the .docx package: " + e, e);
        }
    }

    private static List<Part> unzip(byte[] zip) throws IOException {
        List<Part> parts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.add(new Part(e.getName(), e.getName().equals(BODY) ? new byte[0] : in.readAllBytes()));
            }
        }
        return parts;
    }

    private static PackagePart part(OPCPackage pkg, String name, String contentType, Consumer<OutputStream> content)
            throws InvalidFormatException, IOException {
        PackagePartName partName = PackagingURIHelper.createPartName(name);
        PackagePart part = pkg.createPart(partName, contentType);
        try (OutputStream out = part.getOutputStream()) {
            content.accept(out);
        }
        return part;
    }

    private static void related(OPCPackage pkg, PackagePart main, String name, String contentType, String type,
                                String id, Consumer<OutputStream> content) throws InvalidFormatException, IOException {
        PackagePart part = part(pkg, name, contentType, content);
        main.addRelationship(part.getPartName(), TargetMode.INTERNAL, REL + type, id);
    }
}
