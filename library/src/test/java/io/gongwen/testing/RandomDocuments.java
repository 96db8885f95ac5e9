package io.gongwen.testing;

import io.gongwen.BodyBuilder;
import io.gongwen.DocumentElement;
import io.gongwen.Font;
import io.gongwen.HeadingLevel;
import io.gongwen.Length;
import io.gongwen.OfficialDocument;
import io.gongwen.Specification;
import io.gongwen.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random documents: random structure and depth, every element the core writes (tables too,
 * portrait and landscape, with spans), text with the characters that trip writers (markup, tabs,
 * emoji, full-width and half-width punctuation, quotes), and random overrides of the specification. The same seed gives the same document.
 */
public final class RandomDocuments {
    private static final String[] WORDS = {
        "工作", "全面", "推进", "落实", "“零差错”", "2020年", "X%", "<审核>", "A&B", "（试行）", "，", "。",
        "、", "；", "\t", "😀", "Ω", "——", "……", "《条例》", "第3条", " ", "e\u0301", "عربي", "ǅ", "ﬁ",
    };
    private static final String[] FACES = {"仿宋", "仿宋_GB2312", "楷体", "黑体", "宋体", "FangSong", "Noto Serif CJK SC"};

    private RandomDocuments() {
    }

    public static OfficialDocument generate(long seed) {
        return generate(seed, null);
    }

    /** A random document laid out by the given specification (a random one if null). */
    public static OfficialDocument generate(long seed, Specification spec) {
        Random r = new Random(seed);
        Specification own = specification(r);
        OfficialDocument.Builder b = OfficialDocument.builder()
                .specification(spec == null ? own : spec)
                .title(text(r, 3, 20).replace("\t", ""), r.nextBoolean() ? text(r, 2, 12).replace("\t", "") : "通知");
        if (r.nextBoolean()) {
            b.addressee(text(r, 2, 10), text(r, 2, 10));
        }
        body(r, b, 0, 1 + r.nextInt(6));
        if (r.nextBoolean()) {
            b.signature(text(r, 2, 10).replace("\t", ""));
        }
        if (r.nextBoolean()) {
            b.date(LocalDate.of(2000 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28)));
        }
        if (r.nextInt(3) == 0) {
            b.note(text(r, 1, 8));
        }
        return b.build();
    }

    private static <B extends BodyBuilder<B>> void body(Random r, BodyBuilder<B> b, int depth, int blocks) {
        for (int i = 0; i < blocks; i++) {
            int kind = r.nextInt(depth >= 4 ? 1 : 5);
            switch (kind) {
                case 0 -> b.paragraph(text(r, 1, 80));
                case 4 -> b.table(table(r));
                case 1 -> b.section(heading(r), s -> body(r, s, depth + 1, r.nextInt(4)));
                case 2 -> b.runIn(heading(r) + "。", text(r, 1, 60));
                default -> b.runIn(heading(r) + "：", text(r, 1, 40), s -> body(r, s, depth + 1, r.nextInt(3)));
            }
        }
    }

    /**
     * A random table: 1–8 columns of random weights and alignments, header rows, cells spanning
     * columns and rows (placed where they fit), empty and multi-line cells, sometimes landscape.
     */
    public static Table table(Random r) {
        int columns = 1 + r.nextInt(8);
        int[] weights = new int[columns];
        for (int i = 0; i < columns; i++) {
            weights[i] = 1 + r.nextInt(r.nextBoolean() ? 5 : 1000);
        }
        Table.Builder t = Table.builder().columns(weights);
        for (int i = 0; i < columns; i++) {
            t.align(i, Table.Alignment.values()[r.nextInt(Table.Alignment.values().length)]);
        }
        int rows = 1 + r.nextInt(7);
        int headers = r.nextInt(Math.min(rows, 3) + 1);
        // how many more rows each column is covered for by a cell spanning down from above
        int[] coveredFor = new int[columns];
        for (int row = 0; row < rows; row++) {
            boolean[] covered = new boolean[columns];
            for (int c = 0; c < columns; c++) {
                covered[c] = coveredFor[c] > 0;
                if (covered[c]) {
                    coveredFor[c]--;
                }
            }
            List<Table.Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns; ) {
                if (covered[c]) {
                    c++;
                    continue;
                }
                int free = 0;
                while (c + free < columns && !covered[c + free]) {
                    free++;
                }
                int span = r.nextInt(4) == 0 ? 1 + r.nextInt(free) : 1;
                int down = r.nextInt(5) == 0 ? 1 + r.nextInt(rows - row) : 1;
                String text = switch (r.nextInt(4)) {
                    case 0 -> "";
                    case 1 -> text(r, 1, 4) + "\n" + text(r, 1, 4);
                    default -> text(r, 1, 6);
                };
                cells.add(Table.Cell.of(text).spanColumns(span).spanRows(down));
                for (int k = c; k < c + span; k++) {
                    coveredFor[k] = down - 1;
                }
                c += span;
            }
            Table.Cell[] rowCells = cells.toArray(new Table.Cell[0]);
            if (row < headers) {
                t.header(rowCells);
            } else {
                t.row(rowCells);
            }
        }
        if (r.nextInt(4) == 0) {
            t.landscape();
        }
        return t.build();
    }

    private static String heading(Random r) {
        return "要求" + text(r, 1, 6).replace("\t", "");
    }

    private static String text(Random r, int min, int max) {
        StringBuilder out = new StringBuilder();
        int words = min + r.nextInt(max - min + 1);
        for (int i = 0; i < words; i++) {
            out.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return "文" + out + "字";
    }

    private static Specification specification(Random r) {
        Specification.Builder s = Specification.standard().toBuilder();
        if (r.nextInt(3) == 0) {
            s.font(DocumentElement.BODY, Font.chinese(FACES[r.nextInt(FACES.length)]));
        }
        if (r.nextInt(3) == 0) {
            s.bold(DocumentElement.values()[r.nextInt(DocumentElement.values().length)], true);
        }
        if (r.nextInt(4) == 0) {
            s.linePitch(Length.pt(28 + r.nextInt(3)));
        }
        if (r.nextInt(5) == 0) {
            s.characterSpacing(Length.pt(0));
        }
        if (r.nextInt(6) == 0) {
            s.size(DocumentElement.TITLE, Length.pt(18 + r.nextInt(8)));
        }
        if (r.nextInt(6) == 0) {
            HeadingLevel[] levels = HeadingLevel.values();
            s.ordinalFormat(levels[r.nextInt(4)], io.gongwen.OrdinalFormat.values()[r.nextInt(4)]);
        }
        return s.build();
    }
}
