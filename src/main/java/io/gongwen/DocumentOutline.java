package io.gongwen;

import java.util.List;

/** The plain-text outline behind {@link OfficialDocument#outline()}. */
final class DocumentOutline {
    /** How much of a paragraph the outline shows, in characters. */
    private static final int PARAGRAPH_START = 24;

    private DocumentOutline() {
    }

    static String of(OfficialDocument doc) {
        StringBuilder out = new StringBuilder();
        for (String line : doc.title()) {
            out.append("标题 ").append(line).append('\n');
        }
        for (String line : doc.addressees()) {
            out.append("主送 ").append(line).append('\n');
        }
        blocks(out, doc.body(), 0, doc.specification());
        doc.signature().ifPresent(s -> out.append("署名 ").append(s).append('\n'));
        doc.dateText().ifPresent(d -> out.append("日期 ").append(d).append('\n'));
        doc.note().ifPresent(n -> out.append("附注 ").append(n).append('\n'));
        return out.toString();
    }

    private static void blocks(StringBuilder out, List<Block> blocks, int depth, Specification spec) {
        for (Block block : blocks) {
            out.append("  ".repeat(depth));
            if (block instanceof Paragraph p) {
                out.append("¶ ").append(start(p.text()));
            } else if (block instanceof Section s) {
                out.append(s.ordinal(spec)).append(s.heading());
                s.runInText().ifPresent(t -> out.append(start(t)));
            } else if (block instanceof Table t) {
                out.append("表 ").append(t.rows().size()).append("×").append(t.columnCount())
                        .append(t.landscape() ? " 横排" : "");
            }
            out.append('\n');
            if (block instanceof Section s) {
                blocks(out, s.body(), depth + 1, spec);
            }
        }
    }

    private static String start(String text) {
        int end = text.offsetByCodePoints(0, Math.min(PARAGRAPH_START, text.codePointCount(0, text.length())));
        return end < text.length() ? text.substring(0, end) + "…" : text;
    }
}
