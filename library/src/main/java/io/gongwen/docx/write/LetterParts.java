package io.gongwen.docx.write;

import io.gongwen.DocumentElement;
import io.gongwen.HeadBlock;
import io.gongwen.Length;
import io.gongwen.OfficialDocument;

import java.io.OutputStream;
import java.util.List;

import static io.gongwen.docx.write.OrderedElement.Paragraph;
import static io.gongwen.docx.write.Paragraphs.blank;
import static io.gongwen.docx.write.Paragraphs.run;
import static io.gongwen.docx.write.Paragraphs.spaced;
import static io.gongwen.docx.write.Paragraphs.styled;
import static io.gongwen.docx.write.Paragraphs.styledRun;

/**
 * The letter format (信函格式, GB/T 9704-2012 §10.1). Its first page differs from the others, so its
 * head lives in that page's own header ({@code w:titlePg}): the host body's mark with its top 30 mm
 * below the paper's top edge and a red double line (thick over thin) 4 mm below it. A red double line
 * (thin over thick) 20 mm above the paper's bottom edge is a frame on the first page. Both lines are
 * 170 mm long, centred on the text block. The first page's footer is empty: no page number. The header is taller than the top margin, so
 * the body starts below it; the copy number, classification and urgency stand flush left under the
 * double line, the document number flush right on the first of their lines, the title two lines lower.
 * Also the empty footer of unnumbered pages.
 */
final class LetterParts {
    /** 170 mm lines on a 156 mm text block reach 7 mm past each side. */
    private static final Length OVERHANG = Length.mm(7);
    /** The double lines' weight: 3 pt, in eighths of a point. */
    private static final String DOUBLE_SIZE = "24";
    /**
     * How far a double bottom border of {@link #DOUBLE_SIZE} reaches below its paragraph's line,
     * thin line, gap and thick line together: measured in LibreOffice 7.4 (1.64 mm).
     */
    private static final Length DOUBLE_DEPTH = Length.mm(1.64);
    /** Distance of the first line under the double line: 7/8 of a 3号 character. */
    private static final double SEVEN_EIGHTHS = 7.0 / 8;

    private LetterParts() {
    }

    /** An empty footer: pages in a section that uses it carry no page number. */
    static void emptyFooter(OutputStream out) {
        try (WordXml xml = new WordXml(out, "word/footer3.xml", "ftr")) {
            blank(xml, styled(StyleId.FOOTER));
        }
    }

    /** The first page's header: the mark and the upper double line. */
    static void firstPageHeader(OutputStream out, OfficialDocument doc, PageGeometry page) {
        try (WordXml xml = new WordXml(out, "word/header1.xml", "hdr")) {
            HeadBlock head = doc.headBlock();
            long size = doc.specification().style(DocumentElement.MARK).size().toTwips();
            long line = Math.round(size * HeadBlockWriter.MARK_LINE_EM);
            long glyphTop = Math.round(size * HeadBlockWriter.MARK_GLYPH_TOP_EM);
            long before = doc.specification().letterMarkTop().toTwips() - page.header - glyphTop;
            String overhang = Long.toString(-OVERHANG.toTwips());
            // joint letters show only the host body's mark (§10.1)
            String mark = head.issuers().isEmpty() ? "" : head.issuers().get(0) + head.markSuffix().orElse("");
            xml.start("p");
            spaced(styled(StyleId.MARK), before, line).writeTo(xml);
            if (!mark.isEmpty() && !head.preprinted()) {
                long width = HeadBlockWriter.markWidth(mark, size);
                if (width > page.textWidth) {
                    run(xml, OrderedElement.rPr().set(OrderedElement.Run.w, "val",
                            Long.toString(Math.max(33, page.textWidth * 100 / width))), mark);
                } else {
                    run(xml, mark);
                }
            }
            xml.end();
            // thick over thin: LibreOffice draws a top border's "thinThick" with the thick line on top
            // (measured; "thickThin" came out thin over thick); the double line 4 mm below the mark's glyphs; the body then starts 7/8 of a character lower
            long below = line - glyphTop - size;
            long gap = Math.max(0, doc.specification().letterRuleGap().toTwips() - below);
            long after = Math.round(doc.specification().style(DocumentElement.BODY).size().toTwips() * SEVEN_EIGHTHS);
            xml.start("p");
            OrderedElement<Paragraph> pPr = styled(StyleId.HEAD_LINE)
                    .set(Paragraph.ind, "left", overhang, "right", overhang, "firstLineChars", "0", "firstLine", "0")
                    .set(Paragraph.snapToGrid, "val", "0")
                    .set(Paragraph.spacing, "before", Long.toString(gap), "after", Long.toString(after),
                            "line", Long.toString(HeadBlockWriter.RULE_LINE), "lineRule", "exact");
            if (!head.preprinted()) {
                pPr.set(Paragraph.pBdr, x -> x.start("pBdr")
                        .empty("top", "val", "thinThickSmallGap", "sz", DOUBLE_SIZE, "space", "0",
                                "color", doc.specification().red())
                        .end());
            }
            pPr.writeTo(xml);
            xml.end();
        }
    }

    /**
     * The lower double line (thin over thick), its bottom 20 mm above the paper's edge: a frame placed
     * on the page, anchored to the body's first paragraph so that it appears on the first page only.
     * (LibreOffice 7.4 ignores frames in footers: measured, a footer frame drew the line in the
     * footer's flow, 25 mm up and only the text width long.)
     */
    private static void lowerDoubleLine(WordXml xml, OfficialDocument doc, PageGeometry page) {
        xml.start("p");
        styled(StyleId.HEAD_LINE)
                .set(Paragraph.framePr, "w", Long.toString(page.textWidth + 2 * OVERHANG.toTwips()),
                        "h", Long.toString(HeadBlockWriter.RULE_LINE), "hRule", "exact", "wrap", "notBeside",
                        "vAnchor", "page", "hAnchor", "page",
                        "x", Long.toString(page.left - OVERHANG.toTwips()),
                        // the border hangs below the frame's line: lift the frame by its depth
                        "y", Long.toString(page.pageHeight - doc.specification().letterLowerRuleRise().toTwips()
                                - HeadBlockWriter.RULE_LINE
                                - DOUBLE_DEPTH.toTwips()))
                .set(Paragraph.pBdr, x -> x.start("pBdr")
                        .empty("bottom", "val", "thinThickSmallGap", "sz", DOUBLE_SIZE, "space", "0",
                                "color", doc.specification().red())
                        .end())
                .set(Paragraph.spacing, "before", "0", "after", "0",
                        "line", Long.toString(HeadBlockWriter.RULE_LINE), "lineRule", "exact")
                .writeTo(xml);
        xml.end();
    }

    /**
     * The letter's head in the body, under the header's double line: the first top-left line with the
     * document number flush right, the other top-left lines, then two blank lines. Returns its height.
     */
    static long bodyHead(WordXml xml, OfficialDocument doc, PageGeometry page) {
        HeadBlock head = doc.headBlock();
        if (!head.preprinted()) {
            lowerDoubleLine(xml, doc, page);
        }
        List<String> left = head.topLeftLines();
        String number = head.documentNumber().map(Object::toString).orElse("");
        int lines = Math.max(left.size(), number.isEmpty() ? 0 : 1);
        for (int i = 0; i < lines; i++) {
            xml.start("p");
            styled(StyleId.HEAD_LINE)
                    .set(Paragraph.tabs, x -> x.start("tabs")
                            .empty("tab", "val", "right", "pos", Long.toString(page.textWidth)).end())
                    .writeTo(xml);
            if (i < left.size()) {
                String text = left.get(i);
                if (text.equals(head.copyNumber().orElse(null))) {
                    run(xml, text);
                } else {
                    styledRun(xml, StyleId.LABEL_CHAR, text);
                }
            }
            if (i == 0 && !number.isEmpty()) {
                run(xml, "\t" + number);
            }
            xml.end();
        }
        int blanks = lines > 0 ? 2 : 0;
        for (int i = 0; i < blanks; i++) {
            blank(xml, styled(StyleId.HEAD_LINE));
        }
        return (long) (lines + blanks) * page.linePitch;
    }
}
