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
        HeadBlock head = doc.headBlock();
        for (String line : head.topLeftLines()) {
            out.append("版头 ").append(line).append('\n');
        }
        if (!head.issuers().isEmpty()) {
            out.append("机关 ").append(String.join("、", head.issuers())).append(head.markSuffix().orElse("")).append('\n');
        }
        head.documentNumber().ifPresent(n -> out.append("文号 ").append(n).append('\n'));
        doc.minutesNumber().ifPresent(n -> out.append("编号 ").append(n).append('\n'));
        if (!head.signers().isEmpty()) {
            out.append("签发 ").append(String.join("、", head.signers())).append('\n');
        }
        doc.orderNumber().ifPresent(n -> out.append("令号 第").append(n).append("号\n"));
        for (String line : doc.title()) {
            out.append("标题 ").append(line).append('\n');
        }
        for (String line : doc.addressees()) {
            out.append("主送 ").append(line).append('\n');
        }
        blocks(out, doc.body(), 0, doc.specification());
        for (Attendance a : doc.attendances()) {
            out.append(a.kind().label()).append(' ').append(a.text()).append('\n');
        }
        // numbered as the document prints them: a single attachment has no number ("附件：…", "附件")
        boolean several = doc.closing().attachmentNote().size() > 1;
        for (int i = 0; i < doc.closing().attachmentNote().size(); i++) {
            out.append("附件说明 ").append(several ? (i + 1) + ". " : "").append(doc.closing().attachmentNote().get(i)).append('\n');
        }
        for (Signature s : doc.closing().signatures()) {
            out.append("署名 ").append(s.issuer()).append(s.seal().isPresent() ? " [印章]" : "").append('\n');
        }
        for (Signatory s : doc.closing().signatories()) {
            out.append("签署 ").append(s.title()).append(" [签名章]\n");
        }
        doc.closing().dateText().ifPresent(d -> out.append("日期 ").append(d).append('\n'));
        doc.closing().note().ifPresent(n -> out.append("附注 ").append(n).append('\n'));
        for (IssuedDocument d : doc.issued()) {
            out.append("印发 ").append(String.join("", d.title())).append('\n');
            d.subtitle().ifPresent(t -> out.append("  题注 ").append(t).append('\n'));
            for (String line : d.addressees()) {
                out.append("  主送 ").append(line).append('\n');
            }
            blocks(out, d.body(), 1, doc.specification());
            for (String line : d.closing()) {
                out.append("  落款 ").append(line).append('\n');
            }
        }
        for (int i = 0; i < doc.attachments().size(); i++) {
            Attachment a = doc.attachments().get(i);
            out.append("附件").append(doc.attachments().size() > 1 ? String.valueOf(i + 1) : "").append(' ')
                    .append(a.title()).append('\n');
            blocks(out, a.body(), 1, doc.specification());
        }
        doc.colophon().copyToText().ifPresent(c -> out.append("版记 ").append(c).append('\n'));
        doc.colophon().printer().ifPresent(p -> out.append("版记 ").append(p).append(' ')
                .append(doc.colophon().printDateText().orElse("")).append('\n'));
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
            } else if (block instanceof Article a) {
                out.append(a.label()).append('\u3000').append(start(a.text()));
            } else if (block instanceof Chapter c) {
                out.append("章 ").append(c.text());
            } else if (block instanceof Table t) {
                out.append("表 ").append(t.rows().size()).append("×").append(t.columnCount())
                        .append(t.landscape() ? " 横排" : "");
            } else if (block instanceof PageBreak b) {
                out.append(switch (b) {
                    case PAGE -> "分页";
                    case LANDSCAPE -> "横排起";
                    case PORTRAIT -> "横排止";
                });
            } else if (block instanceof Image i) {
                out.append("图 ").append(i.format()).append(' ')
                        .append(String.format(java.util.Locale.ROOT, "%.0f×%.0f mm", i.width().toMillimetres(),
                                i.height().toMillimetres()));
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
