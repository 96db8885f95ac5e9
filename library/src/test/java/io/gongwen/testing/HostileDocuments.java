package io.gongwen.testing;

import io.gongwen.BodyBuilder;
import io.gongwen.DocumentElement;
import io.gongwen.Font;
import io.gongwen.HeadingLevel;
import io.gongwen.Length;
import io.gongwen.OfficialDocument;
import io.gongwen.Specification;

import java.time.LocalDate;
import java.util.Random;

/**
 * Documents built from hostile random input, the way a server receives text from forms and files
 * from strangers: control characters, unpaired surrogates, emoji, combining marks, right-to-left
 * text and bidi controls, non-characters, markup, huge strings, deep and wide structures, explicit
 * levels that may be out of order, headings that bring their own number, specifications with absurd
 * values. About half the documents are valid; the rest must be refused with the library's exception.
 */
public final class HostileDocuments {
    private static final String[] SPECIAL = {
        "\u0000", "\u0001", "\u0008", "\u000B", "\u001F", "\u007F", "\u0085", "\u009F", "\uFEFF", "\uFFFE",
        "\uFFFF", "\u2028", "\u2029", "\u00A0", "\u3000", "\t", "\n", "\r", "\r\n", "\uD83D", "\uDE00",
        "\u202E", "\u2066", "\u200D", "\u200B", "<", "&", "\"", "]]>", "<w:p>", "一、", "(1)", "1.", "（一）",
    };
    private static final String[] BENIGN = {"工作", "。", "，", "“要求”", "2020年", "X%", "A", " ", "、"};

    private HostileDocuments() {
    }

    /** Builds the document for a seed; throws whatever the library throws for its input. */
    public static OfficialDocument attempt(long seed) {
        Random r = new Random(seed);
        OfficialDocument.Builder b = OfficialDocument.builder();
        if (r.nextInt(10) == 0) {
            b.specification(specification(r));
        }
        if (r.nextInt(30) != 0) {
            b.title(text(r), r.nextBoolean() ? text(r) : "通知");
        }
        if (r.nextInt(3) == 0) {
            b.addressee(text(r));
        }
        if (r.nextInt(8) == 0) {
            b.headingLevels(r.nextBoolean() ? new HeadingLevel[] {HeadingLevel.ONE, HeadingLevel.THREE}
                    : new HeadingLevel[] {HeadingLevel.TWO, HeadingLevel.ONE});
        }
        if (r.nextInt(200) == 0) {
            for (int i = 0; i < 2000; i++) {
                b.section("第" + i + "部分", s -> { });
            }
        }
        body(r, b, 0);
        if (r.nextBoolean()) {
            b.signature(text(r));
        }
        if (r.nextBoolean()) {
            b.date(LocalDate.of(r.nextInt(10) == 0 ? r.nextInt(20000) - 5000 : 1990 + r.nextInt(40), 1 + r.nextInt(12),
                    1 + r.nextInt(28)));
        }
        if (r.nextInt(4) == 0) {
            b.note(text(r));
        }
        return b.build();
    }

    private static <B extends BodyBuilder<B>> void body(Random r, BodyBuilder<B> b, int depth) {
        int blocks = depth > 6 ? 0 : r.nextInt(depth == 0 ? 8 : 4);
        for (int i = 0; i < blocks; i++) {
            HeadingLevel level = HeadingLevel.values()[r.nextInt(4)];
            switch (r.nextInt(6)) {
                case 0, 1 -> b.paragraph(r.nextInt(100) == 0 ? huge(r) : text(r));
                case 2 -> b.section(text(r), s -> body(r, s, depth + 1));
                case 3 -> b.runIn(text(r) + (r.nextInt(10) == 0 ? "" : "。"), text(r));
                case 4 -> b.section(level, text(r), s -> body(r, s, depth + 1));
                default -> b.runIn(level, text(r) + "：", text(r), s -> body(r, s, depth + 1));
            }
        }
    }

    /** Mostly ordinary text; now and then a character or string that must be handled. */
    private static String text(Random r) {
        StringBuilder out = new StringBuilder();
        int pieces = 1 + r.nextInt(12);
        boolean hostile = r.nextInt(40) == 0;
        for (int i = 0; i < pieces; i++) {
            int kind = r.nextInt(hostile ? 8 : 6);
            switch (kind) {
                case 0 -> out.appendCodePoint(0x4E00 + r.nextInt(0x5200));              // CJK ideographs
                case 1 -> out.append(BENIGN[r.nextInt(BENIGN.length)]);
                case 2 -> out.appendCodePoint(0x1F600 + r.nextInt(0x50));               // emoji
                case 3 -> out.append('e').appendCodePoint(0x0300 + r.nextInt(0x70));    // combining marks
                case 4 -> out.appendCodePoint(r.nextBoolean() ? 0x0627 + r.nextInt(20) : 0x05D0 + r.nextInt(27));
                case 5 -> out.appendCodePoint(0x20 + r.nextInt(0x5F));                  // ASCII
                default -> out.append(SPECIAL[r.nextInt(SPECIAL.length)]);
            }
        }
        return r.nextInt(60) == 0 ? "  \u3000 " : out.toString();
    }

    private static String huge(Random r) {
        StringBuilder out = new StringBuilder(100_000);
        while (out.length() < 100_000) {
            out.appendCodePoint(0x4E00 + r.nextInt(0x5200));
        }
        return out.toString();
    }

    private static Specification specification(Random r) {
        Specification.Builder s = Specification.standard().toBuilder();
        double[] absurd = {Double.NaN, -1, 0, 1e9, 0.01, 28, 36};
        switch (r.nextInt(6)) {
            case 0 -> s.linePitch(Length.pt(absurd[r.nextInt(absurd.length)]));
            case 1 -> s.characterSpacing(Length.pt(absurd[r.nextInt(absurd.length)]));
            case 2 -> s.margins(Length.mm(absurd[r.nextInt(absurd.length)]), Length.mm(26), Length.mm(35), Length.mm(28));
            case 3 -> s.font(DocumentElement.values()[r.nextInt(DocumentElement.values().length)], Font.chinese(text(r)));
            case 4 -> s.size(DocumentElement.TITLE, Length.pt(absurd[r.nextInt(absurd.length)]));
            default -> s.pageNumberDrop(Length.mm(absurd[r.nextInt(absurd.length)]));
        }
        return s.build();
    }
}
