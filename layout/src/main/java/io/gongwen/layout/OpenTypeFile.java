package io.gongwen.layout;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the few OpenType tables the layout needs, straight from a {@code .ttf}, {@code .otf} or
 * {@code .ttc} file: the names of each face ({@code name}) and whether it is an italic or a bold one
 * ({@code head}'s {@code macStyle}, {@code post}'s italic angle), and for one face the units per em
 * ({@code head}), the character map ({@code cmap} formats 4 and 12), the advances ({@code hhea},
 * {@code hmtx}), the line's ascender, descender and gap ({@code hhea}) and a glyph's ink box
 * ({@code loca}, {@code glyf}). The layout must not depend on the PDF library, and these tables are
 * all it measures with.
 *
 * <p>Reads with positional reads of a channel, so that listing the faces of a 20 MB collection
 * reads a few kilobytes of it.
 */
final class OpenTypeFile {
    private static final int TTC = 0x74746366; // 'ttcf'

    /**
     * The names a face answers to, with its place in the file; {@code italic} and {@code bold} are
     * the face's own style (its {@code macStyle}, italic angle or subfamily), by which a family's
     * italic file is found beside its regular one.
     */
    record FaceNames(Path file, int index, Set<String> families, String postScriptName, boolean cff, boolean regular,
                     boolean italic, boolean bold) {
    }

    /**
     * The metrics of one face, in font units; {@code basicGlyphs} is {@code glyphs} for the basic
     * multilingual plane as an array indexed by code point, as the layout looks a glyph up for every
     * character it measures.
     */
    record Metrics(int unitsPerEm, int[] advances, Map<Integer, Integer> glyphs, int[] basicGlyphs, int[] glyphOffsets,
                   long glyfOffset, boolean cff, int ascender, int descender, int lineGap, boolean italic) {
        int glyph(int codePoint) {
            if (codePoint >= 0 && codePoint < basicGlyphs.length) {
                return basicGlyphs[codePoint];
            }
            Integer g = glyphs.get(codePoint);
            return g == null ? 0 : g;
        }

        static int[] basic(Map<Integer, Integer> glyphs) {
            int[] basic = new int[0x10000];
            glyphs.forEach((codePoint, glyph) -> {
                if (codePoint >= 0 && codePoint < basic.length) {
                    basic[codePoint] = glyph;
                }
            });
            return basic;
        }

        int advance(int glyph) {
            return advances.length == 0 ? unitsPerEm
                    : advances[Math.min(glyph, advances.length - 1)];
        }
    }

    private OpenTypeFile() {
    }

    /** The faces in a file: one for a .ttf or .otf, several for a collection. */
    static List<FaceNames> faces(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            List<FaceNames> result = new ArrayList<>();
            long[] offsets = faceOffsets(ch);
            for (int i = 0; i < offsets.length; i++) {
                Map<String, long[]> tables = tables(ch, offsets[i]);
                long[] name = tables.get("name");
                if (name == null) {
                    continue;
                }
                Set<String> families = new LinkedHashSet<>();
                String[] names = {"", ""};
                readNames(read(ch, name[0], (int) name[1]), families, names);
                String subfamily = names[1].toLowerCase(java.util.Locale.ROOT);
                boolean regular = Set.of("regular", "book", "normal", "roman").contains(subfamily);
                int style = macStyle(ch, tables);
                result.add(new FaceNames(file, i, families, names[0], tables.containsKey("CFF ")
                        || tables.containsKey("CFF2"), regular, italic(ch, tables, style, subfamily),
                        subfamily.contains("bold") || (style & 1) != 0));
            }
            return result;
        }
    }

    /** The metrics of face {@code index} of the file. */
    static Metrics metrics(Path file, int index) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long[] offsets = faceOffsets(ch);
            if (index < 0 || index >= offsets.length) {
                throw new IOException("no face " + index + " in " + file);
            }
            Map<String, long[]> t = tables(ch, offsets[index]);
            ByteBuffer head = read(ch, need(t, "head")[0], 54);
            int unitsPerEm = head.getShort(18) & 0xFFFF;
            int indexToLocFormat = head.getShort(50);
            ByteBuffer hhea = read(ch, need(t, "hhea")[0], 36);
            int longMetrics = hhea.getShort(34) & 0xFFFF;
            ByteBuffer hmtx = read(ch, need(t, "hmtx")[0], longMetrics * 4);
            int[] advances = new int[longMetrics];
            for (int g = 0; g < longMetrics; g++) {
                advances[g] = hmtx.getShort(g * 4) & 0xFFFF;
            }
            long[] cmap = need(t, "cmap");
            Map<Integer, Integer> glyphs = readCmap(read(ch, cmap[0], (int) cmap[1]));
            int[] loca = new int[0];
            long glyf = -1;
            if (t.containsKey("loca") && t.containsKey("glyf")) {
                long[] l = t.get("loca");
                ByteBuffer b = read(ch, l[0], (int) l[1]);
                int n = indexToLocFormat == 0 ? (int) l[1] / 2 : (int) l[1] / 4;
                loca = new int[n];
                for (int i = 0; i < n; i++) {
                    loca[i] = indexToLocFormat == 0 ? (b.getShort(i * 2) & 0xFFFF) * 2 : b.getInt(i * 4);
                }
                glyf = t.get("glyf")[0];
            }
            // hhea's descender is negative: below the baseline
            return new Metrics(unitsPerEm, advances, glyphs, Metrics.basic(glyphs), loca, glyf, t.containsKey("CFF "),
                    hhea.getShort(4), -hhea.getShort(6), hhea.getShort(8), italic(ch, t, head.getShort(44) & 0xFFFF, subfamily(ch, t)));
        }
    }

    /** The English subfamily name of a face ("Italic", "Bold"), lower case; empty without a name table. */
    private static String subfamily(FileChannel ch, Map<String, long[]> tables) throws IOException {
        long[] name = tables.get("name");
        if (name == null) {
            return "";
        }
        String[] names = {"", ""};
        readNames(read(ch, name[0], (int) name[1]), new LinkedHashSet<>(), names);
        return names[1].toLowerCase(java.util.Locale.ROOT);
    }

    /** The {@code head} table's {@code macStyle} (bit 0 bold, bit 1 italic); 0 where there is none. */
    private static int macStyle(FileChannel ch, Map<String, long[]> tables) throws IOException {
        long[] head = tables.get("head");
        return head != null && head[1] >= 46 ? read(ch, head[0] + 44, 2).getShort(0) & 0xFFFF : 0;
    }

    /**
     * Whether a face is an italic (or oblique) one: its {@code head}'s {@code macStyle} says so (bit 1),
     * its {@code post} table gives a slant (a non-zero italic angle: −16.3° for Liberation Serif
     * Italic), or its English subfamily names it. A CJK face is upright in all three. The folder scan
     * and a face's metrics decide it alike.
     */
    private static boolean italic(FileChannel ch, Map<String, long[]> tables, int macStyle, String subfamily)
            throws IOException {
        if (subfamily.contains("italic") || subfamily.contains("oblique") || (macStyle & 2) != 0) {
            return true;
        }
        long[] post = tables.get("post");
        return post != null && post[1] >= 8 && read(ch, post[0] + 4, 4).getInt(0) != 0;
    }

    /** A glyph's ink from {@code glyf}: yMin and yMax in font units, or empty for an empty glyph. */
    static int[] inkHeight(Path file, Metrics m, int glyph) throws IOException {
        if (m.glyfOffset() < 0 || glyph + 1 >= m.glyphOffsets().length
                || m.glyphOffsets()[glyph] == m.glyphOffsets()[glyph + 1]) {
            return new int[0];
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer g = read(ch, m.glyfOffset() + m.glyphOffsets()[glyph], 10);
            return new int[] {g.getShort(4), g.getShort(8)};
        }
    }

    private static long[] faceOffsets(FileChannel ch) throws IOException {
        ByteBuffer h = read(ch, 0, 12);
        if (h.getInt(0) != TTC) {
            return new long[] {0};
        }
        int n = h.getInt(8);
        if (n < 1 || n > 1000) {
            throw new IOException("a font collection of " + n + " faces");
        }
        ByteBuffer o = read(ch, 12, n * 4);
        long[] offsets = new long[n];
        for (int i = 0; i < n; i++) {
            offsets[i] = o.getInt(i * 4) & 0xFFFFFFFFL;
        }
        return offsets;
    }

    /** Tag → {offset, length}. */
    private static Map<String, long[]> tables(FileChannel ch, long offset) throws IOException {
        ByteBuffer h = read(ch, offset, 12);
        int version = h.getInt(0);
        if (version != 0x00010000 && version != 0x4F54544F && version != 0x74727565) {
            throw new IOException("not an OpenType font (version " + Integer.toHexString(version) + ")");
        }
        int n = h.getShort(4) & 0xFFFF;
        ByteBuffer d = read(ch, offset + 12, n * 16);
        Map<String, long[]> tables = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byte[] tag = new byte[4];
            d.get(i * 16, tag);
            tables.put(new String(tag, StandardCharsets.ISO_8859_1),
                    new long[] {d.getInt(i * 16 + 8) & 0xFFFFFFFFL, d.getInt(i * 16 + 12) & 0xFFFFFFFFL});
        }
        return tables;
    }

    private static long[] need(Map<String, long[]> tables, String tag) throws IOException {
        long[] t = tables.get(tag);
        if (t == null) {
            throw new IOException("the font has no " + tag + " table");
        }
        return t;
    }

    private static ByteBuffer read(FileChannel ch, long offset, int length) throws IOException {
        if (length < 0 || offset + length > ch.size()) {
            throw new IOException("a table reaches past the end of the file");
        }
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) {
            if (ch.read(b, offset + b.position()) < 0) {
                throw new IOException("the file ends inside a table");
            }
        }
        return b.flip();
    }

    /**
     * Family names (IDs 1 and 16, every language: Windows fonts name themselves in Chinese as well,
     * "仿宋_GB2312" beside "FangSong_GB2312"), the PostScript name (ID 6) into {@code names[0]} and
     * the English subfamily (ID 2, "Regular", "Bold") into {@code names[1]}.
     */
    private static void readNames(ByteBuffer b, Set<String> families, String[] names) {
        int count = b.getShort(2) & 0xFFFF;
        int strings = b.getShort(4) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int r = 6 + i * 12;
            if (r + 12 > b.limit()) {
                break;
            }
            int platform = b.getShort(r) & 0xFFFF;
            int nameId = b.getShort(r + 6) & 0xFFFF;
            int length = b.getShort(r + 8) & 0xFFFF;
            int offset = b.getShort(r + 10) & 0xFFFF;
            if ((nameId != 1 && nameId != 16 && nameId != 6 && nameId != 2) || strings + offset + length > b.limit()) {
                continue;
            }
            byte[] raw = new byte[length];
            b.get(strings + offset, raw);
            String name = platform == 1 ? new String(raw, StandardCharsets.ISO_8859_1)
                    : new String(raw, StandardCharsets.UTF_16BE);
            name = name.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (nameId == 2) {
                int language = b.getShort(r + 4) & 0xFFFF;
                if (names[1].isEmpty() || (platform == 3 && language == 0x409)) {
                    names[1] = name;
                }
            } else if (nameId == 6) {
                if (names[0].isEmpty()) {
                    names[0] = name;
                }
            } else if (platform != 1) {
                // Mac Roman names of Chinese fonts are often mojibake; the Unicode ones are not
                families.add(name);
            }
        }
    }

    /** Code point → glyph from the best Unicode subtable: format 12 (full repertoire) before 4 (BMP). */
    private static Map<Integer, Integer> readCmap(ByteBuffer b) {
        int n = b.getShort(2) & 0xFFFF;
        int best = -1;
        int bestFormat = 0;
        for (int i = 0; i < n; i++) {
            int platform = b.getShort(4 + i * 8) & 0xFFFF;
            int encoding = b.getShort(6 + i * 8) & 0xFFFF;
            int offset = b.getInt(8 + i * 8);
            boolean unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (!unicode || offset < 0 || offset + 2 > b.limit()) {
                continue;
            }
            int format = b.getShort(offset) & 0xFFFF;
            if ((format == 12 && bestFormat != 12) || (format == 4 && bestFormat == 0)) {
                best = offset;
                bestFormat = format;
            }
        }
        Map<Integer, Integer> map = new HashMap<>();
        if (bestFormat == 12) {
            long groups = b.getInt(best + 12) & 0xFFFFFFFFL;
            for (long g = 0; g < groups; g++) {
                int p = (int) (best + 16 + g * 12);
                int start = b.getInt(p);
                int end = b.getInt(p + 4);
                int glyph = b.getInt(p + 8);
                for (int c = start; c <= end && c <= 0x10FFFF; c++) {
                    map.put(c, glyph + (c - start));
                }
            }
        } else if (bestFormat == 4) {
            int segX2 = b.getShort(best + 6) & 0xFFFF;
            int ends = best + 14;
            int starts = ends + segX2 + 2;
            int deltas = starts + segX2;
            int rangeOffsets = deltas + segX2;
            for (int s = 0; s < segX2 / 2; s++) {
                int end = b.getShort(ends + s * 2) & 0xFFFF;
                int start = b.getShort(starts + s * 2) & 0xFFFF;
                int delta = b.getShort(deltas + s * 2);
                int rangeOffset = b.getShort(rangeOffsets + s * 2) & 0xFFFF;
                for (int c = start; c <= end && c != 0xFFFF; c++) {
                    int glyph;
                    if (rangeOffset == 0) {
                        glyph = (c + delta) & 0xFFFF;
                    } else {
                        int at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
                        if (at + 2 > b.limit()) {
                            continue;
                        }
                        glyph = b.getShort(at) & 0xFFFF;
                        if (glyph != 0) {
                            glyph = (glyph + delta) & 0xFFFF;
                        }
                    }
                    if (glyph != 0) {
                        map.put(c, glyph);
                    }
                }
            }
        }
        return map;
    }
}
