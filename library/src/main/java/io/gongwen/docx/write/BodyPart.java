package io.gongwen.docx.write;

import io.gongwen.Article;
import io.gongwen.Attachment;
import io.gongwen.Attendance;
import io.gongwen.Block;
import io.gongwen.DocumentFormat;
import io.gongwen.Chapter;
import io.gongwen.HeadingLevel;
import io.gongwen.Image;
import io.gongwen.IssuedDocument;
import io.gongwen.OfficialDocument;
import io.gongwen.PageBreak;
import io.gongwen.Paragraph;
import io.gongwen.Section;
import io.gongwen.Specification;
import io.gongwen.Table;

import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.gongwen.docx.write.OrderedElement.Paragraph.ind;
import static io.gongwen.docx.write.OrderedElement.Paragraph.keepNext;
import static io.gongwen.docx.write.Paragraphs.blank;
import static io.gongwen.docx.write.Paragraphs.paragraph;
import static io.gongwen.docx.write.Paragraphs.run;
import static io.gongwen.docx.write.Paragraphs.styled;
import static io.gongwen.docx.write.Paragraphs.text;

/**
 * Streams {@code word/document.xml} from the model, element by element, without building a tree of
 * it. Paragraphs carry a style and little else: the layout lives in {@link StylesPart}.
 *
 * <p>The order is the standard's (GB/T 9704-2012 §7): the head block ({@link HeadBlockWriter}, or
 * the letter's head), the title, one blank line, the main recipients, the body, the attendance lists
 * of minutes, the attachment note, the signature block ({@link ClosingWriter}) and the note, the
 * attachments each on a new page, and the colophon at the foot of an even page.
 */
final class BodyPart {
    static final String FOOTER_ODD_ID = "rId3";
    static final String FOOTER_EVEN_ID = "rId4";

    private final OfficialDocument doc;
    private final Specification spec;
    private final PageGeometry page;
    private final PackageExtras extras;
    private final PageTracker tracker;
    // Paragraph properties are immutable once built: one instance per kind serves every paragraph
    // Normal is the default paragraph style: body paragraphs need no properties at all
    private final OrderedElement<OrderedElement.Paragraph> bodyPPr = OrderedElement.pPr();
    private final OrderedElement<OrderedElement.Paragraph> titlePPr = styled(StyleId.TITLE);
    private final OrderedElement<OrderedElement.Paragraph> addresseePPr = styled(StyleId.ADDRESSEE);
    private final OrderedElement<OrderedElement.Paragraph> chapterPPr = styled(StyleId.CHAPTER);
    private final Map<HeadingLevel, OrderedElement<OrderedElement.Paragraph>> standalone =
            new EnumMap<>(HeadingLevel.class);
    private final Map<HeadingLevel, OrderedElement<OrderedElement.Paragraph>> runIn =
            new EnumMap<>(HeadingLevel.class);
    private final OrderedElement<OrderedElement.Run> bodyTextRun = OrderedElement.rPr()
            .set(OrderedElement.Run.rStyle, "val", StyleId.BODY_TEXT_CHAR.id);

    /** Writes the tables, and the section breaks and paragraphs they need around them. */
    private final TableWriter tables;
    /** How many pictures the body has written so far, for their drawing ids. */
    private int pictures;
    /** Whether a section has been closed: only the first one carries a letter's first-page parts. */
    private boolean sectionClosed;
    /** Whether the body is in a landscape stretch ({@link PageBreak#LANDSCAPE} to {@link PageBreak#PORTRAIT}). */
    private boolean stretch;
    /** Whether the author's page break stands before the next paragraph, which then starts a new page. */
    private boolean pageBreak;

    BodyPart(OfficialDocument doc, PageGeometry page) {
        this.doc = doc;
        this.spec = doc.specification();
        this.page = page;
        this.extras = new PackageExtras(doc, page, !doc.colophon().isEmpty());
        this.tables = new TableWriter(page,
                x -> sectionProperties(x, FOOTER_ODD_ID, FOOTER_EVEN_ID, false),
                extras.turnedOddFooterId(), extras.turnedEvenFooterId(), extras.notes()::mark, extras::pictureId,
                () -> PictureParagraph.FIRST_DRAWING_ID + ++pictures);
        // only the colophon asks where the last page ends: without one, the tracker measures nothing
        this.tracker = new PageTracker(page, !doc.colophon().isEmpty());
        for (HeadingLevel level : HeadingLevel.values()) {
            standalone.put(level, styled(StyleId.heading(level)).set(keepNext));
            runIn.put(level, styled(StyleId.heading(level)));
        }
    }

    /** The parts this document adds to the package. */
    PackageExtras extras() {
        return extras;
    }

    void write(OutputStream out) {
        try (WordXml xml = new WordXml(out, "word/document.xml", "document", SealDrawing.NAMESPACES)) {
            xml.start("body");
            if (doc.format() == DocumentFormat.LETTER) {
                tracker.block(LetterParts.bodyHead(xml, doc, page));
            } else {
                HeadBlockWriter head = new HeadBlockWriter(doc, page);
                if (head.present()) {
                    head.write(xml);
                    tracker.block(head.height());
                }
            }
            if (!doc.title().isEmpty() && !doc.titleFormatted().isPlain()) {
                formattedTitle(xml);
                blankLine(xml);
            } else if (!doc.title().isEmpty()) {
                title(xml, doc.title(), titlePPr);
                blankLine(xml);
            }
            for (String line : doc.addressees()) {
                paragraph(xml, addresseePPr, line);
                tracker.lines(tracker.linesOf(line, 0, 0, 0));
            }
            blocks(xml, doc.body());
            if (!hasMoreAfterBody()) {
                // a body that ends the document: the table writer closes it (landscape or not)
                tables.finish(xml);
                xml.end();
                return;
            }
            beforeParagraph(xml);
            attendance(xml);
            attachmentNote(xml);
            new ClosingWriter(doc, page, extras, tracker).write(xml);
            issued(xml);
            attachments(xml);
            beforeParagraph(xml);
            ColophonWriter colophon = new ColophonWriter(doc, page, extras, tracker);
            colophon.write(xml, this::sectionProperties);
            xml.end();
        }
    }

    private void title(WordXml xml, List<String> lines, OrderedElement<OrderedElement.Paragraph> pPr) {
        xml.start("p");
        pPr.writeTo(xml);
        for (int i = 0; i < lines.size(); i++) {
            xml.start("r");
            if (i > 0) {
                xml.empty("br");
            }
            text(xml, lines.get(i));
            xml.end();
        }
        xml.end();
        tracker.lines(lines.size());
    }

    /**
     * The title with spans or notes: its lines in one paragraph of the title's style, a line break
     * between them in a run of its own, each line's runs carrying only what their spans change and the
     * marks of its notes numbered before the body's, which come after.
     */
    private void formattedTitle(WordXml xml) {
        xml.start("p");
        titlePPr.writeTo(xml);
        List<io.gongwen.FormattedText> lines = doc.titleLines();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                xml.start("r");
                xml.empty("br");
                xml.end();
            }
            Paragraphs.formatted(xml, OrderedElement::rPr, lines.get(i), extras.notes()::mark);
        }
        xml.end();
        tracker.lines(lines.size());
    }

    /** Whether anything is written after the body: then it, not a table, ends the document. */
    private boolean hasMoreAfterBody() {
        return !doc.attendances().isEmpty() || !doc.closing().attachmentNote().isEmpty() || !doc.closing().signatures().isEmpty()
                || !doc.closing().signatories().isEmpty() || doc.closing().date().isPresent() || doc.closing().note().isPresent()
                || !doc.attachments().isEmpty() || !doc.issued().isEmpty() || !doc.colophon().isEmpty();
    }

    private void blocks(WordXml xml, List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof PageBreak b) {
                // PAGE: the next paragraph starts a new page; the others turn the page at the next
                // paragraph or table, with a section break
                pageBreak = b == PageBreak.PAGE;
                stretch = b == PageBreak.PAGE ? stretch : b == PageBreak.LANDSCAPE;
                continue;
            }
            if (block instanceof Table t) {
                if (pageBreak) {
                    // a table's own paragraphs do not take a page break: an empty paragraph from the new
                    // page, one point high, carries it (tables are not on the line grid)
                    beforeParagraph(xml);
                    xml.start("p");
                    broken(OrderedElement.pPr()
                            .set(OrderedElement.Paragraph.snapToGrid, "val", "0")
                            .set(OrderedElement.Paragraph.spacing, "before", "0", "after", "0", "line", "20",
                                    "lineRule", "exact")).writeTo(xml);
                    xml.end();
                }
                tables.write(xml, t, stretch);
                estimate(t);
                continue;
            }
            beforeParagraph(xml);
            if (block instanceof Image i) {
                long[] size = PictureParagraph.size(i, page);
                boolean fromNewPage = pageBreak;
                broken(bodyPPr);
                PictureParagraph.write(xml, PictureParagraph.FIRST_DRAWING_ID + ++pictures, extras.pictureId(i),
                        i.format(), size, fromNewPage);
                // the line grid rounds the paragraph up to whole lines
                long high = PictureParagraph.twipsHigh(size[1]);
                tracker.block((high + page.linePitch - 1) / page.linePitch * page.linePitch);
            } else if (block instanceof Paragraph p && !(p.spans().isEmpty() && p.notes().isEmpty())) {
                xml.start("p");
                broken(bodyPPr).writeTo(xml);
                Paragraphs.formatted(xml, OrderedElement::rPr, p.formatted(), extras.notes()::mark);
                xml.end();
                tracker.lines(tracker.linesOf(p.text(), 2 * page.characterPitch, 0, 0));
            } else if (block instanceof Paragraph p) {
                paragraph(xml, broken(bodyPPr), p.text());
                tracker.lines(tracker.linesOf(p.text(), 2 * page.characterPitch, 0, 0));
            } else if (block instanceof Section s) {
                section(xml, s);
            } else if (block instanceof Article a) {
                xml.start("p");
                broken(bodyPPr).writeTo(xml);
                Paragraphs.styledRun(xml, StyleId.ARTICLE_LABEL_CHAR, a.label());
                if (a.spans().isEmpty() && a.notes().isEmpty()) {
                    run(xml, "\u3000" + a.text());
                } else {
                    // body text, as a paragraph's: its runs carry only what their spans change
                    Paragraphs.formatted(xml, OrderedElement::rPr, a.formatted().prefixed("\u3000"), extras.notes()::mark);
                }
                xml.end();
                tracker.lines(tracker.linesOf(a.label() + "\u3000", a.text(), 2 * page.characterPitch, 0, 0));
            } else if (block instanceof Chapter c && c.titleSpans().isEmpty() && c.titleNotes().isEmpty()) {
                paragraph(xml, broken(chapterPPr), c.text());
                tracker.heading();
            } else if (block instanceof Chapter c) {
                // the chapter's style sets the line; the title's runs carry only what their spans change
                xml.start("p");
                broken(chapterPPr).writeTo(xml);
                Paragraphs.formatted(xml, OrderedElement::rPr, c.titleFormatted().get().prefixed(c.label() + "\u3000"),
                        extras.notes()::mark);
                xml.end();
                tracker.heading();
            }
        }
    }

    /**
     * A table's height for the page tracker ({@link TableEstimate}). A landscape table turns the
     * tracker to landscape pages until the next paragraph turns it back ({@link #beforeParagraph}).
     */
    private void estimate(Table t) {
        boolean turned = t.landscape() || stretch;
        tracker.turn(turned);
        if (!tracker.measuring()) {
            return; // nothing will ask where the text ends
        }
        long width = turned ? page.landscapeTextWidth : page.textWidth;
        tracker.table(TableEstimate.rowHeights(t, TableWriter.columnWidths(t.columnWeights(), width), page.cellMargin, spec),
                t.headerRows());
    }

    /**
     * Before any body paragraph that is not part of a table: a landscape section ends, or one starts
     * for a landscape stretch. After the body, the stretch is over (a body ends portrait).
     */
    private void beforeParagraph(WordXml xml) {
        tables.beforeParagraph(xml, stretch);
        tracker.turn(stretch);
    }

    /**
     * The paragraph properties of the body's next paragraph: {@code pPr} itself, or after the author's
     * page break a copy with {@code w:pageBreakBefore}, which Word and LibreOffice both honour and which,
     * unlike a {@code w:br w:type="page"} in a paragraph of its own, leaves no empty line at the new
     * page's top: the grid's 22 lines stay whole.
     */
    private OrderedElement<OrderedElement.Paragraph> broken(OrderedElement<OrderedElement.Paragraph> pPr) {
        if (!pageBreak) {
            return pPr;
        }
        pageBreak = false;
        tracker.breakPage();
        return pPr.copy().set(OrderedElement.Paragraph.pageBreakBefore);
    }

    private void section(WordXml xml, Section s) {
        String heading = s.ordinal(spec) + s.heading();
        xml.start("p");
        if (s.runInText().isPresent()) {
            broken(runIn.get(s.level())).writeTo(xml);
            heading(xml, s, heading);
            if (s.runInSpans().isEmpty() && s.runInNotes().isEmpty()) {
                xml.start("r");
                bodyTextRun.writeTo(xml);
                text(xml, s.runInText().get());
                xml.end();
            } else {
                Paragraphs.formatted(xml, () -> OrderedElement.rPr()
                        .set(OrderedElement.Run.rStyle, "val", StyleId.BODY_TEXT_CHAR.id), s.runInFormatted().get(),
                        extras.notes()::mark);
            }
            tracker.lines(tracker.linesOf(heading, s.runInText().get(), 2 * page.characterPitch, 0, 0));
        } else {
            broken(standalone.get(s.level())).writeTo(xml);
            heading(xml, s, heading);
            int lines = tracker.linesOf(heading, 2 * page.characterPitch, 0, 0);
            if (lines == 1) {
                tracker.heading();
            } else {
                tracker.lines(lines);
            }
        }
        xml.end();
        blocks(xml, s.body());
    }

    /**
     * The heading's runs in the paragraph's style, its ordinal first: one run, or, where the heading
     * refers to notes or has spans, the runs cut at each note's mark and span (counted from the
     * heading's text, after the ordinal), each span's run carrying only what it changes.
     */
    private void heading(WordXml xml, Section s, String printed) {
        if (s.headingNotes().isEmpty() && s.headingSpans().isEmpty()) {
            run(xml, printed);
            return;
        }
        String ordinal = printed.substring(0, printed.length() - s.heading().length());
        Paragraphs.formatted(xml, OrderedElement::rPr, s.headingFormatted().prefixed(ordinal), extras.notes()::mark);
    }

    /** 出席, 请假, 列席 (§10.3): one blank line below the text, labels in 黑体, wrapped lines after the colon. */
    private void attendance(WordXml xml) {
        if (doc.attendances().isEmpty()) {
            return;
        }
        blankLine(xml);
        long two = 2 * page.characterPitch;
        for (Attendance a : doc.attendances()) {
            String label = a.kind().label() + "：";
            long hanging = page.textWidth(label);
            xml.start("p");
            styled(StyleId.ATTENDANCE)
                    .set(ind, "left", Long.toString(two + hanging), "hanging", Long.toString(hanging))
                    .writeTo(xml);
            Paragraphs.styledRun(xml, StyleId.LABEL_CHAR, label);
            run(xml, a.text());
            xml.end();
            tracker.lines(tracker.linesOf(label, a.text(), 0, two, 0));
        }
    }

    /**
     * 附件说明 (§7.3.4): one blank line below the text, two characters in: "附件：title", or with
     * several "附件：1.title" and "2.title" under it; wrapped lines start under the title's first
     * character.
     */
    private void attachmentNote(WordXml xml) {
        List<String> titles = doc.closing().attachmentNote();
        if (titles.isEmpty()) {
            return;
        }
        blankLine(xml);
        long two = 2 * page.characterPitch;
        String words = doc.closing().attachmentNoteLabel();
        long label = page.textWidth(words);
        for (int i = 0; i < titles.size(); i++) {
            String number = titles.size() == 1 ? "" : (i + 1) + ".";
            long hanging = page.textWidth(number) + (i == 0 ? label : 0);
            long left = two + label + page.textWidth(number);
            xml.start("p");
            styled(StyleId.ATTACHMENT_NOTE)
                    .set(ind, "left", Long.toString(left), "hanging", Long.toString(hanging))
                    .writeTo(xml);
            String line = (i == 0 ? words : "") + number + titles.get(i);
            run(xml, line);
            xml.end();
            // the prefix hangs into the left indent
            tracker.lines(tracker.linesOf(line, -hanging, left, 0));
        }
    }

    /**
     * The documents this one issues or forwards, each from a new page: its title centred in the
     * title's face, one blank line, the line in parentheses under it, its own main recipients, its
     * body, and its own closing lines right-aligned after one blank line.
     */
    private void issued(WordXml xml) {
        for (IssuedDocument d : doc.issued()) {
            beforeParagraph(xml);
            xml.start("p");
            styled(StyleId.ISSUED_TITLE).set(OrderedElement.Paragraph.pageBreakBefore).writeTo(xml);
            for (int i = 0; i < d.title().size(); i++) {
                xml.start("r");
                if (i > 0) {
                    xml.empty("br");
                }
                text(xml, d.title().get(i));
                xml.end();
            }
            xml.end();
            tracker.breakPage();
            tracker.lines(d.title().size());
            if (d.subtitle().isPresent()) {
                paragraph(xml, styled(StyleId.ISSUED_SUBTITLE), d.subtitle().get());
                tracker.lines(tracker.linesOf(d.subtitle().get(), 0, 0, 0));
            }
            blankLine(xml);
            for (String line : d.addressees()) {
                paragraph(xml, addresseePPr, line);
                tracker.lines(tracker.linesOf(line, 0, 0, 0));
            }
            blocks(xml, d.body());
            if (!d.closing().isEmpty()) {
                beforeParagraph(xml);
                blankLine(xml);
                for (String line : d.closing()) {
                    paragraph(xml, styled(StyleId.ISSUED_CLOSING), line);
                    tracker.lines(1);
                }
            }
        }
    }

    /**
     * 附件 (§7.3.7): each on a new page, "附件" (numbered when several) in 黑体 on the first line, the
     * title centred on the third, then the content; page numbers run on.
     */
    private void attachments(WordXml xml) {
        List<Attachment> list = doc.attachments();
        for (int i = 0; i < list.size(); i++) {
            Attachment a = list.get(i);
            beforeParagraph(xml);
            xml.start("p");
            styled(StyleId.ATTACHMENT_LABEL).set(OrderedElement.Paragraph.pageBreakBefore).writeTo(xml);
            run(xml, a.label().orElse(list.size() == 1 ? "附件" : "附件" + (i + 1)));
            xml.end();
            tracker.breakPage();
            tracker.lines(1);
            blankLine(xml);
            title(xml, a.titleLines(), titlePPr);
            blankLine(xml);
            blocks(xml, a.body());
        }
    }

    /** The final section's properties: the standard footers, odd right and even left. */
    void sectionProperties(WordXml xml, String oddFooter, String evenFooter, boolean nextPage) {
        // a letter's head and unnumbered first page belong to the document's first page only, not to
        // the first page of the portrait section after a landscape table
        boolean letterFirst = doc.format() == DocumentFormat.LETTER && !nextPage && !sectionClosed;
        sectionClosed = true;
        OrderedElement<OrderedElement.Section> sectPr = OrderedElement.sectPr()
                .set(OrderedElement.Section.hdrFtrReferences, x -> {
                    if (letterFirst && extras.letterHeaderId() != null) {
                        headerReference(x, "first", extras.letterHeaderId());
                    }
                    footerReference(x, "default", oddFooter);
                    footerReference(x, "even", evenFooter);
                    if (letterFirst) {
                        footerReference(x, "first", extras.emptyFooterId());
                    }
                })
                .set(OrderedElement.Section.pgSz, "w", Long.toString(page.pageWidth), "h", Long.toString(page.pageHeight))
                .set(OrderedElement.Section.pgMar, "top", Long.toString(page.top), "right", Long.toString(page.right),
                        "bottom", Long.toString(page.bottom), "left", Long.toString(page.left),
                        "header", Long.toString(page.header), "footer", Long.toString(page.footer), "gutter", "0")
                .set(OrderedElement.Section.docGrid, "type", "lines", "linePitch", Long.toString(page.linePitch));
        // the settings number the notes for Word; LibreOffice reads the section's (and gives endnotes
        // roman numerals without it)
        if (extras.hasFootnotes()) {
            sectPr.set(OrderedElement.Section.footnotePr, x -> {
                x.start("footnotePr");
                NotesPart.numbering(x, doc.footnoteNumbering());
                x.end();
            });
        }
        if (extras.hasEndnotes()) {
            sectPr.set(OrderedElement.Section.endnotePr, x -> {
                x.start("endnotePr");
                NotesPart.numbering(x, doc.endnoteNumbering());
                x.end();
            });
        }
        if (nextPage) {
            sectPr.set(OrderedElement.Section.type, "val", "nextPage");
        }
        if (letterFirst) {
            sectPr.set(OrderedElement.Section.titlePg);
        }
        sectPr.writeTo(xml);
    }

    private static void headerReference(WordXml xml, String type, String relationId) {
        xml.start("headerReference").attr("type", type).attr("r", "id", relationId).end();
    }

    private static void footerReference(WordXml xml, String type, String relationId) {
        xml.start("footerReference").attr("type", type).attr("r", "id", relationId).end();
    }

    private void blankLine(WordXml xml) {
        blank(xml, bodyPPr);
        tracker.lines(1);
    }

    /** Writes a section's properties: its footers, and whether it starts on a new page. */
    interface Sections {
        void write(WordXml xml, String oddFooter, String evenFooter, boolean nextPage);
    }
}
