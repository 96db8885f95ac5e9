package io.gongwen.docx;

import io.gongwen.Block;
import io.gongwen.HeadingLevel;
import io.gongwen.OfficialDocument;
import io.gongwen.Paragraph;
import io.gongwen.Section;
import io.gongwen.Specification;

import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.gongwen.docx.OrderedElement.Paragraph.ind;
import static io.gongwen.docx.OrderedElement.Paragraph.keepNext;
import static io.gongwen.docx.OrderedElement.Paragraph.pStyle;

/**
 * Streams {@code word/document.xml} from the model, element by element, without building a tree of
 * it. Paragraphs carry a style and almost nothing else: the layout lives in {@link StylesPart}.
 *
 * <p>Layout per GB/T 9704-2012 §7.3: the title, one blank line, the main recipients, the body; then
 * one blank line, the signature (right indent two characters) and the date whose first character
 * stands two characters right of the signature's (§7.3.5.2), and the note under the date.
 */
final class BodyPart {
    static final String FOOTER_ODD_ID = "rId3";
    static final String FOOTER_EVEN_ID = "rId4";

    private final OfficialDocument doc;
    private final Specification spec;
    private final PageGeometry page;
    // Paragraph properties are immutable once built: one instance per kind serves every paragraph
    // Normal is the default paragraph style: body paragraphs need no properties at all
    private final OrderedElement<OrderedElement.Paragraph> bodyPPr =
            OrderedElement.pPr();
    private final OrderedElement<OrderedElement.Paragraph> titlePPr = styled(StyleId.TITLE);
    private final OrderedElement<OrderedElement.Paragraph> addresseePPr = styled(StyleId.ADDRESSEE);
    private final OrderedElement<OrderedElement.Paragraph> notePPr = styled(StyleId.NOTE);
    private final Map<HeadingLevel, OrderedElement<OrderedElement.Paragraph>> standalone =
            new EnumMap<>(HeadingLevel.class);
    private final Map<HeadingLevel, OrderedElement<OrderedElement.Paragraph>> runIn =
            new EnumMap<>(HeadingLevel.class);
    private final OrderedElement<OrderedElement.Run> bodyTextRun = OrderedElement.rPr()
            .set(OrderedElement.Run.rStyle, "val", StyleId.BODY_TEXT_CHAR.id);
    /** Writes the tables, and the section breaks and paragraphs they need around them. */
    private final TableWriter tables;

    BodyPart(OfficialDocument doc, PageGeometry page) {
        this.doc = doc;
        this.spec = doc.specification();
        this.page = page;
        this.tables = new TableWriter(page, this::sectionProperties);
        for (HeadingLevel level : HeadingLevel.values()) {
            standalone.put(level, styled(StyleId.heading(level)).set(keepNext));
            runIn.put(level, styled(StyleId.heading(level)));
        }
    }

    private static OrderedElement<OrderedElement.Paragraph> styled(StyleId style) {
        return OrderedElement.pPr().set(pStyle, "val", style.id);
    }

    void write(OutputStream out) {
        try (WordXml xml = new WordXml(out, "word/document.xml", "document")) {
            xml.start("body");
            title(xml);
            blankLine(xml);
            for (String line : doc.addressees()) {
                paragraph(xml, addresseePPr, line);
            }
            blocks(xml, doc.body());
            closing(xml);
            tables.finish(xml);
            xml.end();
        }
    }

    private void title(WordXml xml) {
        xml.start("p");
        titlePPr.writeTo(xml);
        List<String> lines = doc.title();
        for (int i = 0; i < lines.size(); i++) {
            xml.start("r");
            if (i > 0) {
                xml.empty("br");
            }
            text(xml, lines.get(i));
            xml.end();
        }
        xml.end();
    }

    private void blocks(WordXml xml, List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof io.gongwen.Table t) {
                tables.write(xml, t);
                continue;
            }
            tables.beforeParagraph(xml);
            if (block instanceof Paragraph p) {
                paragraph(xml, bodyPPr, p.text());
            } else if (block instanceof Section s) {
                section(xml, s);
            }
        }
    }

    private void section(WordXml xml, Section s) {
        String heading = s.ordinal(spec) + s.heading();
        xml.start("p");
        if (s.runInText().isPresent()) {
            runIn.get(s.level()).writeTo(xml);
            run(xml, heading);
            xml.start("r");
            bodyTextRun.writeTo(xml);
            text(xml, s.runInText().get());
            xml.end();
        } else {
            standalone.get(s.level()).writeTo(xml);
            run(xml, heading);
        }
        xml.end();
        blocks(xml, s.body());
    }

    /** 署名 and 成文日期 without a seal (§7.3.5.2), then 附注 (§7.3.6). */
    private void closing(WordXml xml) {
        if (doc.signature().isEmpty() && doc.date().isEmpty() && doc.note().isEmpty()) {
            return;
        }
        tables.beforeParagraph(xml);
        long twoCharacters = 2 * page.characterPitch;
        long signatureRight = twoCharacters;
        long dateRight = twoCharacters;
        if (doc.signature().isPresent() && doc.dateText().isPresent()) {
            long signatureWidth = page.textWidth(doc.signature().get());
            long dateWidth = page.textWidth(doc.dateText().get());
            dateRight = signatureWidth - dateWidth;
            if (dateRight < twoCharacters) {
                dateRight = twoCharacters;
                signatureRight = dateWidth - signatureWidth + 2 * twoCharacters;
            }
        }
        if (doc.signature().isPresent() || doc.date().isPresent()) {
            blankLine(xml);
        }
        long sigRight = signatureRight;
        doc.signature().ifPresent(s -> paragraph(xml, rightIndented(StyleId.SIGNATURE, sigRight), s));
        long dtRight = dateRight;
        doc.dateText().ifPresent(d -> paragraph(xml, rightIndented(StyleId.DATE, dtRight), d));
        doc.note().ifPresent(n -> paragraph(xml, notePPr, n));
    }

    private static OrderedElement<OrderedElement.Paragraph> rightIndented(StyleId style, long right) {
        return styled(style).set(ind, "right", Long.toString(right));
    }

    private void sectionProperties(WordXml xml) {
        OrderedElement.sectPr()
                .set(OrderedElement.Section.hdrFtrReferences, x -> {
                    footerReference(x, "default", FOOTER_ODD_ID);
                    footerReference(x, "even", FOOTER_EVEN_ID);
                })
                .set(OrderedElement.Section.pgSz, "w", Long.toString(page.pageWidth), "h", Long.toString(page.pageHeight))
                .set(OrderedElement.Section.pgMar, "top", Long.toString(page.top), "right", Long.toString(page.right),
                        "bottom", Long.toString(page.bottom), "left", Long.toString(page.left),
                        "header", Long.toString(page.header), "footer", Long.toString(page.footer), "gutter", "0")
                .set(OrderedElement.Section.docGrid, "type", "lines", "linePitch", Long.toString(page.linePitch))
                .writeTo(xml);
    }

    private static void footerReference(WordXml xml, String type, String relationId) {
        xml.start("footerReference").attr("type", type).attr("r", "id", relationId).end();
    }

    private void blankLine(WordXml xml) {
        xml.start("p");
        bodyPPr.writeTo(xml);
        xml.end();
    }

    private void paragraph(WordXml xml, OrderedElement<OrderedElement.Paragraph> pPr, String text) {
        xml.start("p");
        pPr.writeTo(xml);
        run(xml, text);
        xml.end();
    }

    private void run(WordXml xml, String text) {
        xml.start("r");
        text(xml, text);
        xml.end();
    }

    /** The run's content: {@code w:t} pieces, with {@code w:tab} for each tab. */
    static void text(WordXml xml, String text) {
        int from = 0;
        while (from <= text.length()) {
            int tab = text.indexOf('\t', from);
            int to = tab < 0 ? text.length() : tab;
            if (to > from) {
                String piece = text.substring(from, to);
                xml.start("t");
                if (piece.charAt(0) == ' ' || piece.charAt(piece.length() - 1) == ' ' || piece.contains("  ")) {
                    xml.attr("xml", "space", "preserve");
                }
                xml.text(piece).end();
            }
            if (tab < 0) {
                break;
            }
            xml.empty("tab");
            from = tab + 1;
        }
    }
}
