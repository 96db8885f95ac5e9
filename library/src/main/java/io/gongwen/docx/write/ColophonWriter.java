package io.gongwen.docx.write;

import io.gongwen.Colophon;
import io.gongwen.DocumentElement;
import io.gongwen.DocumentFormat;
import io.gongwen.OfficialDocument;

import static io.gongwen.docx.write.OrderedElement.Paragraph;
import static io.gongwen.docx.write.Paragraphs.run;
import static io.gongwen.docx.write.Paragraphs.styled;

/**
 * Writes 版记, the colophon (GB/T 9704-2012 §7.4), and closes the last section. The colophon sits at
 * the foot of the text block on the last page, which must be an even page (documents are printed on
 * both sides): 抄送 above 印发机关和印发日期, a thick rule above the first and on the text block's
 * bottom edge, a thin rule between. Each of its two lines is a frame anchored to the text block's
 * bottom, so its place does not depend on how much text precedes it. A tiny unframed paragraph
 * separates the two: LibreOffice 7.4 drops the frames of two framed paragraphs in a row.
 *
 * <p>Where it goes, from the writer's {@link PageTracker}: on the last page if that page is even and
 * has room; on the next page if the last page is odd; otherwise after an unnumbered blank page, on a
 * page that is unnumbered too (§7.5: "版记页前有空白页的，空白页和版记页均不编排页码").
 * A letter's colophon has no printing office and no rules (§10.1).
 */
final class ColophonWriter {
    /** Thick rules (首末条): 1 pt ≈ 0.35 mm, in eighths of a point. */
    private static final String THICK = "8";
    /** The thin rule (中间): 0.75 pt ≈ 0.26 mm. */
    private static final String THIN = "6";
    /** A section break's paragraph: as low as a paragraph can be, so that it fits on a full page. */
    private static final long BREAK_LINE = 2;

    private final OfficialDocument doc;
    private final Colophon colophon;
    private final PageGeometry page;
    private final PackageExtras extras;
    private final PageTracker tracker;
    private final long character;

    ColophonWriter(OfficialDocument doc, PageGeometry page, PackageExtras extras, PageTracker tracker) {
        this.doc = doc;
        this.colophon = doc.colophon();
        this.page = page;
        this.extras = extras;
        this.tracker = tracker;
        this.character = doc.specification().style(DocumentElement.COLOPHON).size().toTwips();
    }

    /** Writes the colophon, if any, and the section properties that end the body. */
    void write(WordXml xml, BodyPart.Sections sections) {
        if (colophon.isEmpty()) {
            sections.write(xml, BodyPart.FOOTER_ODD_ID, BodyPart.FOOTER_EVEN_ID, false);
            return;
        }
        int copyLines = colophon.copyToText().map(this::copyLines).orElse(0);
        int printLines = colophon.printer().isPresent() ? 1 : 0;
        long height = (copyLines + printLines) * page.linePitch;
        boolean even = tracker.page() % 2 == 0;
        boolean unnumbered = false;
        if (even && tracker.remaining() >= height + page.linePitch) {
            // on this page
        } else if (!even && tracker.atTopOfPage()) {
            // a section has just begun on an odd page with nothing on it (after a landscape table):
            // that page stays blank, and it and the colophon's page are unnumbered (§7.5)
            pageBreak(xml);
            tracker.newPage();
            unnumbered = true;
        } else if (!even) {
            pageBreak(xml);
            tracker.newPage();
        } else {
            // end the numbered section on this page; a blank page and the colophon's page follow, unnumbered
            xml.start("p");
            Paragraphs.spaced(OrderedElement.pPr(), 0, BREAK_LINE)
                    .set(Paragraph.sectPr, x -> sections.write(x, BodyPart.FOOTER_ODD_ID, BodyPart.FOOTER_EVEN_ID, false))
                    .writeTo(xml);
            xml.end();
            pageBreak(xml);
            tracker.newPage();
            tracker.newPage();
            unnumbered = true;
        }
        boolean rules = doc.format().hasFullColophon();
        long textHeight = page.pageHeight - page.top - page.bottom;
        colophon.copyToText().ifPresent(text -> {
            long y = textHeight - height;
            xml.start("p");
            framed(y, copyLines * page.linePitch)
                    .set(Paragraph.pBdr, rules ? x -> x.start("pBdr")
                            .empty("top", "val", "single", "sz", THICK, "space", "0", "color", "000000")
                            .empty("bottom", "val", "single", "sz", printLines > 0 ? THIN : THICK, "space", "0", "color", "000000")
                            .end() : x -> { })
                    .set(Paragraph.ind, "left", Long.toString(character + 3 * character),
                            "right", Long.toString(character), "hanging", Long.toString(3 * character))
                    .writeTo(xml);
            run(xml, text);
            xml.end();
        });
        if (printLines > 0) {
            if (copyLines > 0) {
                // LibreOffice 7.4 drops the frames of two framed paragraphs in a row, whatever their positions
                xml.start("p");
                Paragraphs.spaced(OrderedElement.pPr(), 0, BREAK_LINE).writeTo(xml);
                xml.end();
            }
            xml.start("p");
            framed(textHeight - page.linePitch, page.linePitch)
                    .set(Paragraph.pBdr, x -> {
                        x.start("pBdr");
                        if (copyLines == 0) {
                            x.empty("top", "val", "single", "sz", THICK, "space", "0", "color", "000000");
                        }
                        x.empty("bottom", "val", "single", "sz", THICK, "space", "0", "color", "000000");
                        x.end();
                    })
                    .set(Paragraph.tabs, x -> x.start("tabs")
                            .empty("tab", "val", "right", "pos", Long.toString(page.textWidth - character)).end())
                    .set(Paragraph.ind, "left", Long.toString(character), "right", Long.toString(character))
                    .writeTo(xml);
            run(xml, colophon.printer().get() + "\t" + colophon.printDateText().get());
            xml.end();
        }
        if (unnumbered) {
            String empty = extras.emptyFooterId();
            sections.write(xml, empty, empty, true);
        } else {
            sections.write(xml, BodyPart.FOOTER_ODD_ID, BodyPart.FOOTER_EVEN_ID, false);
        }
    }

    /** A colophon line's paragraph: a full-width frame at {@code y} below the text block's top. */
    private OrderedElement<Paragraph> framed(long y, long height) {
        return styled(StyleId.COLOPHON)
                .set(Paragraph.framePr, "w", Long.toString(page.textWidth), "h", Long.toString(height), "hRule", "atLeast",
                        "wrap", "notBeside", "vAnchor", "margin", "hAnchor", "margin", "x", "0", "y", Long.toString(y))
                .set(Paragraph.spacing, "before", "0", "after", "0", "line", Long.toString(page.linePitch), "lineRule", "exact");
    }

    private int copyLines(String text) {
        long width = page.textWidth - 2 * character;
        long used = PageGeometry.textWidth(text, character);
        long first = width;
        if (used <= first) {
            return 1;
        }
        long rest = width - 3 * character;
        return 1 + (int) Math.ceil((used - first) / (double) rest);
    }

    private static void pageBreak(WordXml xml) {
        xml.start("p");
        Paragraphs.spaced(OrderedElement.pPr(), 0, BREAK_LINE).writeTo(xml);
        xml.start("r").empty("br", "type", "page").end();
        xml.end();
    }
}
