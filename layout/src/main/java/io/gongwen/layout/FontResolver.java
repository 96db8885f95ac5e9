package io.gongwen.layout;

import io.gongwen.InvalidDocumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Finds the font file for each face a document names: 仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体,
 * 宋体, Times New Roman. A face resolves, in this order, to the file the caller mapped to it
 * ({@link Builder#face}), to the family the caller aliased it to ({@link Builder#alias}), or to a
 * font in the searched folders whose family name is the face's (in any language the font names
 * itself in: Windows' 仿宋_GB2312 is also FangSong_GB2312). gongwen4j ships no fonts; the licensed
 * 公文 faces come from the user.
 *
 * <pre>{@code
 * FontResolver fonts = FontResolver.builder()
 *     .systemFolders()
 *     .face("方正小标宋简体", Path.of("/opt/fonts/FZXBSJW.TTF"))
 *     .alias("仿宋_GB2312", "FangSong")      // the Windows 10 face under its other name
 *     .build();
 * }</pre>
 *
 * <p>An italic run is set in its family's italic face where the folders hold one (Liberation Serif
 * Italic beside Liberation Serif, Times New Roman's {@code timesi.ttf}), and otherwise in its own
 * face slanted ({@link FontFace#slant()}): no CJK face has an italic.
 *
 * <p>Immutable and thread-safe; a resolver reads each font file once and keeps its metrics, so
 * reuse one for many documents.
 */
public final class FontResolver {
    private static final FontResolver SYSTEM = builder().systemFolders().build();

    private final List<Path> folders;
    private final Map<String, Mapping> mappings;
    private final Map<String, FontFace> resolved = new ConcurrentHashMap<>();
    /** Each face of each file read once, however many names resolve to it. */
    private final Map<String, FontFace> loaded = new ConcurrentHashMap<>();
    /** The face each face's italic runs are drawn in, as {@link #italic} found it. */
    private final Map<FontFace, FontFace> italics = new ConcurrentHashMap<>();
    private volatile Scan scan;

    /** The folders' faces: family name → its face, and family name → its italic face (not a bold italic). */
    private record Scan(Map<String, OpenTypeFile.FaceNames> families, Map<String, OpenTypeFile.FaceNames> italics) {
    }

    /** A face mapped by the caller: to a file (and a face in it), or to another family. */
    private record Mapping(Optional<Path> file, String family, boolean emboldened) {
    }

    private FontResolver(Builder b) {
        this.folders = List.copyOf(b.folders);
        this.mappings = Map.copyOf(b.mappings);
    }

    /** A resolver that searches the system's font folders (see {@link Builder#systemFolders()}). */
    public static FontResolver system() {
        return SYSTEM;
    }

    /** A builder that searches no folder and maps no face yet. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The face for a name the document uses.
     *
     * @throws FontNotFoundException naming the face if no mapping and no font in the folders has it
     */
    public FontFace resolve(String face) {
        if (face == null || face.isBlank()) {
            throw new InvalidDocumentException("face", "must not be blank");
        }
        FontFace f = resolved.get(face);
        if (f == null) {
            f = find(face);
            FontFace raced = resolved.putIfAbsent(face, f);
            f = raced == null ? f : raced;
        }
        return f;
    }

    /**
     * The face an italic run of {@code face}'s family is drawn in: the family's italic face in the
     * folders (an italic, not a bold italic, with TrueType outlines the writers can embed), thickened
     * if {@code face} is; otherwise {@code face} slanted. Its widths are the italic face's own, as a
     * word processor measures an italic run.
     */
    FontFace italic(FontFace face) {
        if (face.italic()) {
            return face;
        }
        return italics.computeIfAbsent(face, f -> {
            OpenTypeFile.FaceNames names = scan().italics().get(key(f.family()));
            return names == null ? f.slanted(true)
                    : load(names.file(), names.index(), f.family(), names.postScriptName()).emboldened(f.emboldened());
        });
    }

    private FontFace find(String face) {
        Mapping m = mappings.get(face);
        if (m != null && m.file().isPresent()) {
            return fromFile(face, m.file().get(), m.family()).emboldened(m.emboldened());
        }
        String family = m == null ? face : m.family();
        OpenTypeFile.FaceNames names = scan().families().get(key(family));
        if (names == null) {
            throw new FontNotFoundException(face, "the font face " + face
                    + (family.equals(face) ? "" : " (aliased to " + family + ")")
                    + " could not be resolved: no font in " + folders + " has that family name. gongwen4j ships no"
                    + " fonts: install the face, or map it to a file with FontResolver.builder().face(\"" + face
                    + "\", path)");
        }
        return load(names.file(), names.index(), family, names.postScriptName()).emboldened(m != null && m.emboldened());
    }

    private FontFace load(Path file, int index, String family, String postScriptName) {
        return loaded.computeIfAbsent(file.toAbsolutePath() + "#" + index,
                k -> new FontFace(file, index, family, postScriptName, false));
    }

    private FontFace fromFile(String face, Path file, String family) {
        List<OpenTypeFile.FaceNames> faces;
        try {
            faces = OpenTypeFile.faces(file);
        } catch (IOException | RuntimeException e) {
            throw new FontNotFoundException(face, "the font face " + face + " is mapped to " + file
                    + ", which could not be read as a font: " + e);
        }
        for (OpenTypeFile.FaceNames n : faces) {
            if (family.isEmpty() || n.families().stream().anyMatch(x -> key(x).equals(key(family)))
                    || key(n.postScriptName()).equals(key(family))) {
                return load(file, n.index(), n.families().stream().findFirst().orElse(face), n.postScriptName());
            }
        }
        throw new FontNotFoundException(face, "the font face " + face + " is mapped to " + file
                + ", which has no face named " + family);
    }

    /**
     * Family name → face, over every font file in the folders, read once. Files are visited in name
     * order; TrueType faces win over CFF faces of the same family (the PDF writer gets a face it can
     * embed where there is one), then the regular weight over bold and italic ones; so the same
     * machine always gives the same answer.
     */
    private Scan scan() {
        Scan f = scan;
        if (f == null) {
            synchronized (this) {
                f = scan;
                if (f == null) {
                    f = scanFolders();
                    scan = f;
                }
            }
        }
        return f;
    }

    private Scan scanFolders() {
        Map<String, OpenTypeFile.FaceNames> map = new HashMap<>();
        Map<String, OpenTypeFile.FaceNames> italics = new HashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder, 6)) {
                files = walk.filter(FontResolver::isFontFile).sorted(Comparator.comparing(Path::toString)).toList();
            } catch (IOException | RuntimeException e) {
                continue; // an unreadable folder holds no font we can use
            }
            for (Path file : files) {
                List<OpenTypeFile.FaceNames> faces;
                try {
                    faces = OpenTypeFile.faces(file);
                } catch (IOException | RuntimeException e) {
                    continue; // not a font after all, or a damaged one: the next file may have the face
                }
                for (OpenTypeFile.FaceNames n : faces) {
                    if (n.italic() && !n.bold() && !n.cff()) {
                        for (String name : n.families()) {
                            italics.putIfAbsent(key(name), n);
                        }
                    }
                    List<String> names = new ArrayList<>(n.families());
                    names.add(n.postScriptName());
                    for (String name : names) {
                        OpenTypeFile.FaceNames old = map.get(key(name));
                        if (!name.isEmpty() && (old == null || (old.cff() && !n.cff())
                                || (old.cff() == n.cff() && !old.regular() && n.regular()))) {
                            map.put(key(name), n);
                        }
                    }
                }
            }
        }
        return new Scan(map, italics);
    }

    private static boolean isFontFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (n.endsWith(".ttf") || n.endsWith(".ttc") || n.endsWith(".otf") || n.endsWith(".otc"))
                && Files.isRegularFile(p);
    }

    private static String key(String family) {
        return family.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** Builds a {@link FontResolver}. Not thread-safe; {@link #build()} has no side effects. */
    public static final class Builder {
        private final List<Path> folders = new ArrayList<>();
        private final Map<String, Mapping> mappings = new LinkedHashMap<>();

        private Builder() {
        }

        /** Searches a folder (and its subfolders) for fonts. */
        public Builder folder(Path folder) {
            if (folder == null) {
                throw new InvalidDocumentException("folder", "must not be null");
            }
            folders.add(folder);
            return this;
        }

        /**
         * Searches the usual font folders of Linux ({@code /usr/share/fonts}, {@code /usr/local/share/fonts},
         * {@code ~/.fonts}, {@code ~/.local/share/fonts}), Windows ({@code %WINDIR%\Fonts}, the user's
         * {@code AppData\Local\Microsoft\Windows\Fonts}) and macOS ({@code /Library/Fonts},
         * {@code /System/Library/Fonts}, {@code ~/Library/Fonts}). Missing folders are skipped.
         */
        public Builder systemFolders() {
            String home = System.getProperty("user.home", "");
            String windows = Optional.ofNullable(System.getenv("WINDIR")).orElse("C:\\Windows");
            for (String f : new String[] {"/usr/share/fonts", "/usr/local/share/fonts", home + "/.fonts",
                    home + "/.local/share/fonts", windows + "\\Fonts", home + "\\AppData\\Local\\Microsoft\\Windows\\Fonts",
                    "/Library/Fonts", "/System/Library/Fonts", home + "/Library/Fonts"}) {
                try {
                    folders.add(Path.of(f));
                } catch (RuntimeException e) {
                    // a Windows path on Linux, or the other way round, is no folder here
                }
            }
            return this;
        }

        /** Maps a face to a font file; in a collection, to its first face. */
        public Builder face(String face, Path file) {
            return face(face, file, "");
        }

        /**
         * Maps a face to one face of a font file, chosen by family or PostScript name (in a
         * {@code .ttc} collection such as {@code uming.ttc}: "AR PL UMing CN").
         */
        public Builder face(String face, Path file, String familyInFile) {
            requireName("face", face);
            if (file == null) {
                throw new InvalidDocumentException("file", "must not be null (face " + face + ")");
            }
            if (familyInFile == null) {
                throw new InvalidDocumentException("familyInFile", "must not be null (face " + face + ")");
            }
            mappings.put(face, new Mapping(Optional.of(file), familyInFile, false));
            return this;
        }

        /** Resolves a face as another family found in the folders, e.g. 仿宋_GB2312 as "FangSong". */
        public Builder alias(String face, String family) {
            return alias(face, family, false);
        }

        /**
         * As {@link #alias(String, String)}, the outlines thickened when {@code emboldened}: a
         * stand-in for a heavy face (黑体, 小标宋) drawn from a regular one.
         */
        public Builder alias(String face, String family, boolean emboldened) {
            requireName("face", face);
            requireName("family", family);
            mappings.put(face, new Mapping(Optional.empty(), family, emboldened));
            return this;
        }

        private static void requireName(String field, String value) {
            if (value == null || value.isBlank()) {
                throw new InvalidDocumentException(field, "must not be blank");
            }
        }

        /** The resolver; fonts are read when a face is first resolved. */
        public FontResolver build() {
            return new FontResolver(this);
        }
    }
}
