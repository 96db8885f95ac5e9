package io.gongwen.docx.write;

import io.gongwen.DocumentElement;
import io.gongwen.HeadingLevel;
import io.gongwen.Specification;
import io.gongwen.TextStyle;

import java.io.OutputStream;
import java.util.Optional;

import static io.gongwen.docx.write.OrderedElement.Paragraph;
import static io.gongwen.docx.write.OrderedElement.Run;

/**
 * Writes {@code word/styles.xml}: the document defaults and one named style per element, so that
 * the body carries almost no direct formatting and a clerk who edits the file keeps the layout.
 *
 * <p>Every style states its faces for all scripts (no theme fonts, which would override them) and
 * every style that must not be indented states a zero indent in characters as well as in twips:
 * {@code w:firstLineChars} wins over {@code w:firstLine}, so a zero in twips alone would inherit
 * Normal's two characters.
 */
final class StylesPart {
    private final Specification spec;
    private final PageGeometry page;

    StylesPart(Specification spec, PageGeometry page) {
        this.spec = spec;
        this.page = page;
    }

    void write(OutputStream out) {
        try (WordXml xml = new WordXml(out, "word/styles.xml", "styles")) {
            TextStyle body = spec.style(DocumentElement.BODY);
            xml.start("docDefaults");
            xml.start("rPrDefault");
            run(body).set(Run.lang, "val", "en-US", "eastAsia", "zh-CN", "bidi", "ar-SA").writeTo(xml);
            xml.end();
            xml.end();

            paragraphStyle(xml, StyleId.NORMAL, null, 0, bodyParagraph(),
                    run(body).set(Run.spacing, "val", Long.toString(page.characterSpacing)));
            paragraphStyle(xml, StyleId.TITLE, StyleId.NORMAL, 10,
                    // a 2号 line is taller than the grid pitch; snapped to the grid it would take two rows
                    flush().set(Paragraph.snapToGrid, "val", "0").set(Paragraph.jc, "val", "center"),
                    run(spec.style(DocumentElement.TITLE)).set(Run.spacing, "val", "0"));
            for (HeadingLevel level : HeadingLevel.values()) {
                paragraphStyle(xml, StyleId.heading(level), StyleId.NORMAL, 9,
                        OrderedElement.pPr()
                                .set(Paragraph.outlineLvl, "val", Integer.toString(level.ordinal())),
                        run(spec.style(DocumentElement.heading(level))));
            }
            paragraphStyle(xml, StyleId.ADDRESSEE, StyleId.NORMAL, 0, flush(), OrderedElement.rPr());
            paragraphStyle(xml, StyleId.SIGNATURE, StyleId.NORMAL, 0,
                    flush().set(Paragraph.jc, "val", "right"), OrderedElement.rPr());
            paragraphStyle(xml, StyleId.DATE, StyleId.NORMAL, 0,
                    flush().set(Paragraph.jc, "val", "right"), OrderedElement.rPr());
            paragraphStyle(xml, StyleId.NOTE, StyleId.NORMAL, 0, OrderedElement.pPr(), OrderedElement.rPr());
            paragraphStyle(xml, StyleId.FOOTER, null, 99,
                    OrderedElement.pPr()
                            .set(Paragraph.snapToGrid, "val", "0")
                            .set(Paragraph.spacing, "before", "0", "after", "0", "line", "240", "lineRule", "auto")
                            .set(Paragraph.ind, "firstLineChars", "0", "firstLine", "0"),
                    run(spec.style(DocumentElement.PAGE_NUMBER)).set(Run.spacing, "val", "0"));
            // inside cells the body's exact 28.95 pt pitch would crowd or clip the smaller type
            OrderedElement<Paragraph> cell = flush()
                    .set(Paragraph.snapToGrid, "val", "0")
                    .set(Paragraph.spacing, "before", "0", "after", "0", "line", "240", "lineRule", "auto")
                    .set(Paragraph.jc, "val", "center");
            paragraphStyle(xml, StyleId.TABLE_TEXT, StyleId.NORMAL, 0, cell,
                    run(spec.style(DocumentElement.TABLE)).set(Run.spacing, "val", "0"));
            paragraphStyle(xml, StyleId.TABLE_HEADER, StyleId.TABLE_TEXT, 0, OrderedElement.pPr(),
                    run(spec.style(DocumentElement.TABLE_HEADER)));
            paragraphStyle(xml, StyleId.HEAD_LINE, StyleId.NORMAL, 0, flush().set(Paragraph.jc, "val", "left"),
                    OrderedElement.rPr());
            paragraphStyle(xml, StyleId.MARK, StyleId.NORMAL, 0,
                    flush().set(Paragraph.snapToGrid, "val", "0").set(Paragraph.jc, "val", "center"),
                    run(spec.style(DocumentElement.MARK)).set(Run.color, "val", spec.red()).set(Run.spacing, "val", "0"));
            paragraphStyle(xml, StyleId.DOCUMENT_NUMBER, StyleId.NORMAL, 0,
                    flush().set(Paragraph.jc, "val", "center"), OrderedElement.rPr());
            paragraphStyle(xml, StyleId.ATTACHMENT_NOTE, StyleId.NORMAL, 0,
                    flush().set(Paragraph.jc, "val", "left"), OrderedElement.rPr());
            paragraphStyle(xml, StyleId.ATTACHMENT_LABEL, StyleId.NORMAL, 0,
                    flush().set(Paragraph.jc, "val", "left"), run(spec.style(DocumentElement.LABEL)));
            paragraphStyle(xml, StyleId.ATTENDANCE, StyleId.NORMAL, 0, flush(), OrderedElement.rPr());
            paragraphStyle(xml, StyleId.COLOPHON, StyleId.NORMAL, 0,
                    flush().set(Paragraph.jc, "val", "left"),
                    run(spec.style(DocumentElement.COLOPHON)).set(Run.spacing, "val", "0"));
            paragraphStyle(xml, StyleId.ISSUED_TITLE, StyleId.TITLE, 10, OrderedElement.pPr(), OrderedElement.rPr());
            paragraphStyle(xml, StyleId.ISSUED_SUBTITLE, StyleId.NORMAL, 0,
                    flush().set(Paragraph.jc, "val", "center"), run(spec.style(DocumentElement.HEADING_2)));
            long two = 2 * spec.style(DocumentElement.BODY).size().toTwips();
            paragraphStyle(xml, StyleId.ISSUED_CLOSING, StyleId.NORMAL, 0,
                    OrderedElement.pPr()
                            .set(Paragraph.ind, "right", Long.toString(two), "firstLineChars", "0", "firstLine", "0")
                            .set(Paragraph.jc, "val", "right"), OrderedElement.rPr());
            paragraphStyle(xml, StyleId.CHAPTER, StyleId.NORMAL, 0,
                    flush().set(Paragraph.keepNext).set(Paragraph.jc, "val", "center"),
                    run(spec.style(DocumentElement.HEADING_1)));
            style(xml, "character", StyleId.ARTICLE_LABEL_CHAR, null, 0, OrderedElement.pPr(),
                    run(spec.style(DocumentElement.HEADING_1)));
            style(xml, "character", StyleId.LABEL_CHAR, null, 0, OrderedElement.pPr(), run(spec.style(DocumentElement.LABEL)));
            style(xml, "character", StyleId.SIGNER_CHAR, null, 0, OrderedElement.pPr(), run(spec.style(DocumentElement.SIGNER)));
            style(xml, "character", StyleId.BODY_TEXT_CHAR, null, 0, OrderedElement.pPr(), run(body));
            // notes: smaller than the body, so off its grid (a 小四 line snapped to a 29 pt row wastes half of it)
            OrderedElement<Paragraph> note = flush()
                    .set(Paragraph.snapToGrid, "val", "0")
                    .set(Paragraph.spacing, "before", "0", "after", "0", "line", "240", "lineRule", "auto")
                    .set(Paragraph.jc, "val", "both");
            paragraphStyle(xml, StyleId.FOOTNOTE_TEXT, StyleId.NORMAL, 99, note,
                    run(spec.style(DocumentElement.NOTE)).set(Run.spacing, "val", "0"));
            paragraphStyle(xml, StyleId.ENDNOTE_TEXT, StyleId.FOOTNOTE_TEXT, 99, OrderedElement.pPr(), OrderedElement.rPr());
            style(xml, "character", StyleId.FOOTNOTE_REFERENCE, null, 99, OrderedElement.pPr(),
                    OrderedElement.rPr().set(Run.vertAlign, "val", "superscript"));
            style(xml, "character", StyleId.ENDNOTE_REFERENCE, null, 99, OrderedElement.pPr(),
                    OrderedElement.rPr().set(Run.vertAlign, "val", "superscript"));
        }
    }

    /** Normal: exact line pitch, two-character first-line indent, justified. */
    private OrderedElement<Paragraph> bodyParagraph() {
        long indent = 2 * spec.style(DocumentElement.BODY).size().toTwips();
        return OrderedElement.pPr()
                // Word otherwise widens the right indent to the document grid (公文 macros turn it off)
                // no extra gap between Chinese and Latin letters or digits: every character keeps its
                // grid cell, so "2020年7月1日" is exactly 6 characters wide and lines hold 28
                .set(Paragraph.autoSpaceDE, "val", "0")
                .set(Paragraph.autoSpaceDN, "val", "0")
                .set(Paragraph.adjustRightInd, "val", "0")
                .set(Paragraph.spacing, "before", "0", "after", "0",
                        "line", Long.toString(page.linePitch), "lineRule", "exact")
                .set(Paragraph.ind, "firstLineChars", "200", "firstLine", Long.toString(indent))
                .set(Paragraph.jc, "val", "both");
    }

    private static OrderedElement<Paragraph> flush() {
        return OrderedElement.pPr()
                .set(Paragraph.ind, "firstLineChars", "0", "firstLine", "0");
    }


    /** Faces for every script, weight stated either way, size. */
    static OrderedElement<Run> run(TextStyle style) {
        String latin = style.font().latin();
        String bold = style.bold() ? "1" : "0";
        String size = Long.toString(style.size().toHalfPoints());
        return OrderedElement.rPr()
                .set(Run.rFonts, "ascii", latin, "hAnsi", latin, "eastAsia", style.font().eastAsia(),
                        "cs", latin, "hint", "eastAsia")
                .set(Run.b, "val", bold)
                .set(Run.bCs, "val", bold)
                .set(Run.sz, "val", size)
                .set(Run.szCs, "val", size);
    }

    private static void paragraphStyle(WordXml xml, StyleId id, StyleId basedOn, int uiPriority,
                                       OrderedElement<Paragraph> pPr, OrderedElement<Run> rPr) {
        style(xml, "paragraph", id, basedOn, uiPriority, pPr, rPr);
    }

    /** One {@code w:style}, children in the order of CT_Style (§17.7.4.17). */
    private static void style(WordXml xml, String type, StyleId id, StyleId basedOn, int uiPriority,
                              OrderedElement<Paragraph> pPr, OrderedElement<Run> rPr) {
        xml.start("style").attr("type", type);
        if (id == StyleId.NORMAL) {
            xml.attr("default", "1");
        }
        xml.attr("styleId", id.id);
        xml.empty("name", "val", id.displayName);
        Optional.ofNullable(basedOn).ifPresent(b -> xml.empty("basedOn", "val", b.id));
        if ("paragraph".equals(type)) {
            xml.empty("next", "val", StyleId.NORMAL.id);
        }
        if (uiPriority > 0) {
            xml.empty("uiPriority", "val", Integer.toString(uiPriority));
        }
        xml.empty("qFormat");
        pPr.writeTo(xml);
        rPr.writeTo(xml);
        xml.end();
    }
}
