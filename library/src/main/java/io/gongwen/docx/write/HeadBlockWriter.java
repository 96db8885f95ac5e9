package io.gongwen.docx.write;

import io.gongwen.DocumentElement;
import io.gongwen.DocumentFormat;
import io.gongwen.HeadBlock;
import io.gongwen.Length;
import io.gongwen.OfficialDocument;
import io.gongwen.Specification;

import java.util.ArrayList;
import java.util.List;

import static io.gongwen.docx.write.OrderedElement.Paragraph;
import static io.gongwen.docx.write.Paragraphs.blank;
import static io.gongwen.docx.write.Paragraphs.run;
import static io.gongwen.docx.write.Paragraphs.spaced;
import static io.gongwen.docx.write.Paragraphs.styled;
import static io.gongwen.docx.write.Paragraphs.styledRun;

/**
 * Writes 版头, the head block (GB/T 9704-2012 §7.2), of the general, order and minutes formats:
 * 份号, 密级 and 紧急程度 stacked at the top left; the red mark with its top edge 35 mm below the text
 * block's top (20 mm for an order); two blank lines; the document number centred, or flush left with
 * the signers on the right; the red rule 4 mm below it. An order has its number "第N号" centred and no
 * rule.
 *
 * <p>Every paragraph has an exact height, so the positions follow from arithmetic; {@link #height()}
 * says how much of the first page the head block takes.
 */
final class HeadBlockWriter {
    /** The mark's exact line height, in ems of the mark's size: room for the face's ascent and descent. */
    static final double MARK_LINE_EM = 1.2;
    /**
     * How far the top of an ideograph sits below the top of its exact-height line, in ems of the mark's
     * size, for {@link #MARK_LINE_EM}. Measured in LibreOffice 7.4 with the Noto Serif CJK stand-in for
     * 小标宋 (see the README's layout notes).
     */
    static final double MARK_GLYPH_TOP_EM = 0.12;
    /**
     * How far the bottom of a 3号 ideograph sits above the bottom of its 28.95 pt line, in points;
     * measured like {@link #MARK_GLYPH_TOP_EM}. The red rule's distance is counted from the glyphs.
     */
    static final double NUMBER_GLYPH_BOTTOM_GAP_PT = 7.3;
    /** The red rule's thickness: 1.5 pt (≈ 0.53 mm), in eighths of a point. */
    static final String RULE_SIZE = "12";
    /** The height of the paragraph that draws the rule. */
    static final long RULE_LINE = 20;

    private final OfficialDocument doc;
    private final HeadBlock head;
    private final Specification spec;
    private final PageGeometry page;
    private long height;

    HeadBlockWriter(OfficialDocument doc, PageGeometry page) {
        this.doc = doc;
        this.head = doc.headBlock();
        this.spec = doc.specification();
        this.page = page;
    }

    /** Whether there is a head block to write. */
    boolean present() {
        return !head.isEmpty() || doc.format() == DocumentFormat.ORDER && doc.orderNumber().isPresent();
    }

    /** The height written, in twips, once {@link #write} has run. */
    long height() {
        return height;
    }

    void write(WordXml xml) {
        height = 0;
        for (String line : head.topLeftLines()) {
            xml.start("p");
            styled(StyleId.HEAD_LINE).writeTo(xml);
            if (line.equals(head.copyNumber().orElse(null))) {
                run(xml, line);
            } else {
                styledRun(xml, StyleId.LABEL_CHAR, line);
            }
            xml.end();
            height += page.linePitch;
        }
        if (head.hasMark()) {
            mark(xml);
        }
        if (doc.format() == DocumentFormat.ORDER) {
            orderNumber(xml);
            return;
        }
        if (head.hasMark() || head.documentNumber().isPresent()) {
            if (head.hasMark()) {
                blankLines(xml, 2);
            }
            numberLine(xml);
            if (head.hasMark()) {
                rule(xml);
            }
            // the title stands two blank lines below the rule (§7.3.1)
            blankLines(xml, 2);
        }
    }

    /** The red mark: its glyphs' top edge {@code markDrop} (35 mm; an order: 20 mm) below the text block's top. */
    private void mark(WordXml xml) {
        long size = spec.style(DocumentElement.MARK).size().toTwips();
        long line = Math.round(size * MARK_LINE_EM);
        long glyphTop = Math.round(size * MARK_GLYPH_TOP_EM);
        Length drop = doc.format() == DocumentFormat.ORDER ? spec.orderMarkDrop() : spec.markDrop();
        long before = Math.max(0, drop.toTwips() - height - glyphTop);
        List<String> names = head.issuers();
        String suffix = head.markSuffix().orElse("");
        if (head.preprinted()) {
            // the paper carries the mark: keep its space, draw nothing
            blank(xml, spaced(styled(StyleId.MARK), before, line * Math.max(1, names.size())));
            height += before + line * Math.max(1, names.size());
            return;
        }
        if (names.size() == 1) {
            markLine(xml, spaced(styled(StyleId.MARK), before, line), names.get(0) + suffix, size);
            height += before + line;
            return;
        }
        jointMark(xml, names, suffix, size, before, line);
        height += Math.max(RULE_LINE, before) + line * names.size();
    }

    /**
     * A joint mark (§7.2.4): the names stacked, each spread to the width of the longest, the suffix
     * to their right, centred on the stack. Written as a borderless two-column table whose rows have
     * the mark's exact line height; a spacer paragraph above it puts its top at the mark's place.
     */
    private void jointMark(WordXml xml, List<String> names, String suffix, long size, long before, long line) {
        long namesWidth = 0;
        for (String name : names) {
            namesWidth = Math.max(namesWidth, markWidth(name, size));
        }
        long gap = suffix.isEmpty() ? 0 : size / 2;
        long suffixWidth = suffix.isEmpty() ? 0 : markWidth(suffix, size);
        int scale = scale(namesWidth + gap + suffixWidth);
        long left = namesWidth * scale / 100 + gap;
        long right = suffixWidth * scale / 100;
        blank(xml, spaced(styled(StyleId.MARK), 0, Math.max(RULE_LINE, before)));
        xml.start("tbl");
        xml.start("tblPr");
        xml.empty("tblW", "w", Long.toString(left + right), "type", "dxa");
        xml.empty("jc", "val", "center");
        xml.empty("tblLayout", "type", "fixed");
        xml.start("tblCellMar");
        xml.empty("left", "w", "0", "type", "dxa");
        xml.empty("right", "w", "0", "type", "dxa");
        xml.end();
        xml.empty("tblLook", "val", "0000", "firstRow", "0", "lastRow", "0", "firstColumn", "0", "lastColumn", "0",
                "noHBand", "1", "noVBand", "1");
        xml.end();
        xml.start("tblGrid");
        xml.empty("gridCol", "w", Long.toString(left));
        if (right > 0) {
            xml.empty("gridCol", "w", Long.toString(right));
        }
        xml.end();
        for (int i = 0; i < names.size(); i++) {
            xml.start("tr");
            xml.start("trPr").empty("trHeight", "val", Long.toString(line), "hRule", "exact").end();
            xml.start("tc");
            xml.start("tcPr").empty("tcW", "w", Long.toString(left), "type", "dxa").end();
            xml.start("p");
            spaced(styled(StyleId.MARK), 0, line)
                    .set(Paragraph.ind, "left", "0", "right", Long.toString(gap), "firstLineChars", "0", "firstLine", "0")
                    .set(Paragraph.jc, "val", "distribute")
                    .writeTo(xml);
            scaledRun(xml, names.get(i), scale);
            xml.end();
            xml.end();
            if (right > 0) {
                xml.start("tc");
                xml.start("tcPr").empty("tcW", "w", Long.toString(right), "type", "dxa");
                if (i == 0) {
                    xml.empty("vMerge", "val", "restart");
                } else {
                    xml.empty("vMerge");
                }
                xml.empty("vAlign", "val", "center");
                xml.end();
                xml.start("p");
                spaced(styled(StyleId.MARK), 0, line).set(Paragraph.jc, "val", "left").writeTo(xml);
                if (i == 0) {
                    scaledRun(xml, suffix, scale);
                }
                xml.end();
                xml.end();
            }
            xml.end();
        }
        xml.end();
    }

    private void markLine(WordXml xml, OrderedElement<Paragraph> pPr, String text, long size) {
        xml.start("p");
        pPr.writeTo(xml);
        scaledRun(xml, text, scale(markWidth(text, size)));
        xml.end();
    }

    /**
     * A mark's width in twips at {@code size}: an ideograph one em, a Latin letter or digit 0.75 em
     * (the widest proportional capitals, such as the "XX" of a placeholder name), so a scaled mark
     * never wraps.
     */
    static long markWidth(String text, long size) {
        long width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += cp < 0x2E80 ? size * 3 / 4 : size;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Horizontal scale in percent that fits a mark of {@code width} twips into the text width. */
    private int scale(long width) {
        // 95 %: room for kerning and rounding, so the scaled mark never wraps
        long room = page.textWidth * 95 / 100;
        if (width <= room) {
            return 100;
        }
        return (int) Math.max(33, room * 100 / width);
    }

    private static void scaledRun(WordXml xml, String text, int scale) {
        if (scale == 100) {
            run(xml, text);
        } else {
            run(xml, OrderedElement.rPr().set(OrderedElement.Run.w, "val", Integer.toString(scale)), text);
        }
    }

    /** An order's number "第N号", centred two blank lines below the mark; two blank lines follow it. */
    private void orderNumber(WordXml xml) {
        if (doc.orderNumber().isEmpty()) {
            return;
        }
        blankLines(xml, 2);
        Paragraphs.paragraph(xml, styled(StyleId.DOCUMENT_NUMBER), "第" + doc.orderNumber().get() + "号");
        height += page.linePitch;
        blankLines(xml, 2);
    }

    /**
     * The document number: centred; or, with signers (上行文), flush left one character in, on the
     * line of the last signer, the signers right-aligned one character from the right edge, two names
     * to a line, later lines starting under the first name of the line above.
     */
    private void numberLine(WordXml xml) {
        String number = head.documentNumber().map(Object::toString).orElse(doc.minutesNumber().orElse(""));
        if (head.signers().isEmpty()) {
            if (number.isEmpty()) {
                blank(xml, styled(StyleId.DOCUMENT_NUMBER));
            } else {
                Paragraphs.paragraph(xml, styled(StyleId.DOCUMENT_NUMBER), number);
            }
            height += page.linePitch;
            return;
        }
        List<String> lines = new ArrayList<>();
        List<String> signers = head.signers();
        for (int i = 0; i < signers.size(); i += 2) {
            lines.add(String.join("\u3000", signers.subList(i, Math.min(i + 2, signers.size()))));
        }
        long one = page.characterPitch;
        long label = page.textWidth("签发人：");
        long widest = 0;
        for (String l : lines) {
            widest = Math.max(widest, page.textWidth(l));
        }
        long labelAt = page.textWidth - one - label - widest;
        long namesAt = labelAt + label;
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            xml.start("p");
            styled(StyleId.HEAD_LINE)
                    .set(Paragraph.tabs, x -> {
                        x.start("tabs");
                        x.empty("tab", "val", "left", "pos", Long.toString(one));
                        x.empty("tab", "val", "left", "pos", Long.toString(labelAt));
                        x.empty("tab", "val", "left", "pos", Long.toString(namesAt));
                        x.end();
                    })
                    .writeTo(xml);
            run(xml, "\t" + (last ? number : "") + "\t" + (i == 0 ? "签发人：" : "\t"));
            styledRun(xml, StyleId.SIGNER_CHAR, lines.get(i));
            xml.end();
            height += page.linePitch;
        }
    }

    /** The red rule: full text width, 4 mm below the document number's glyphs (§7.2.7). */
    private void rule(WordXml xml) {
        if (head.preprinted()) {
            blank(xml, spaced(styled(StyleId.HEAD_LINE), ruleGap(), RULE_LINE));
            height += ruleGap() + RULE_LINE;
            return;
        }
        xml.start("p");
        spaced(styled(StyleId.HEAD_LINE), ruleGap(), RULE_LINE)
                .set(Paragraph.pBdr, x -> x.start("pBdr")
                        .empty("top", "val", "single", "sz", RULE_SIZE, "space", "0", "color", spec.red())
                        .end())
                .set(Paragraph.snapToGrid, "val", "0")
                .writeTo(xml);
        xml.end();
        height += ruleGap() + RULE_LINE;
    }

    private long ruleGap() {
        return Math.max(0, spec.ruleGap().toTwips() - Length.pt(NUMBER_GLYPH_BOTTOM_GAP_PT).toTwips());
    }

    private void blankLines(WordXml xml, int n) {
        for (int i = 0; i < n; i++) {
            blank(xml, styled(StyleId.HEAD_LINE));
            height += page.linePitch;
        }
    }
}
