package io.gongwen.docx.write;

import io.gongwen.OfficialDocument;
import io.gongwen.Seal;
import io.gongwen.Signatory;
import io.gongwen.Signature;

import java.util.List;

import static io.gongwen.docx.write.OrderedElement.Paragraph;
import static io.gongwen.docx.write.Paragraphs.blank;
import static io.gongwen.docx.write.Paragraphs.run;
import static io.gongwen.docx.write.Paragraphs.styled;

/**
 * Writes the signature block (GB/T 9704-2012 §7.3.5) and the note (§7.3.6), in the standard's three
 * cases:
 * <ul>
 * <li>unsealed (§7.3.5.2): one blank line, the signatures right-indented two characters, the date's
 * first character two characters right of the signature's;</li>
 * <li>sealed (§7.3.5.1): the date four characters from the right, each signature centred above it
 * (joint: side by side, at most three to a row), each seal centred on its signature, pressed down so
 * signature and date sit below its centre, its top within one line of the text above;</li>
 * <li>signature seal (§7.3.5.3): two blank lines, the title two characters left of the seal, which
 * stands four characters from the right; the date one blank line below the seal.</li>
 * </ul>
 * Seals float over the text and never move it. The blank lines and signature lines keep with the
 * date, so the block is never split from its date by a page break.
 */
final class ClosingWriter {
    /** How far above the signature line's centre the seal's centre sits, in lines (居中下压). */
    private static final double SEAL_ABOVE_SIGNATURE = 0.2;
    /** The most signatures in one row of a jointly sealed document (practice since 1999). */
    private static final int SEALS_PER_ROW = 3;

    private final OfficialDocument doc;
    private final PageGeometry page;
    private final PackageExtras extras;
    private final PageTracker tracker;
    private final OrderedElement<Paragraph> keep = OrderedElement.pPr().set(Paragraph.keepNext);
    private int drawings;

    ClosingWriter(OfficialDocument doc, PageGeometry page, PackageExtras extras, PageTracker tracker) {
        this.doc = doc;
        this.page = page;
        this.extras = extras;
        this.tracker = tracker;
    }

    void write(WordXml xml) {
        if (!doc.closing().signatories().isEmpty()) {
            signatories(xml);
        } else if (doc.closing().isSealed()) {
            sealed(xml);
        } else if (!doc.closing().signatures().isEmpty() || doc.closing().date().isPresent()) {
            unsealed(xml);
        }
        doc.closing().note().ifPresent(n -> {
            Paragraphs.paragraph(xml, styled(StyleId.NOTE), n);
            tracker.lines(tracker.linesOf(n, 2 * page.characterPitch, 0, 0));
        });
    }

    /** §7.3.5.2: r_sig = 2; r_date = w_sig − w_date; if that is under 2, r_date = 2 and r_sig = w_date − w_sig + 4 (in characters). */
    private void unsealed(WordXml xml) {
        long two = 2 * page.characterPitch;
        long signatureWidth = 0;
        for (Signature s : doc.closing().signatures()) {
            signatureWidth = Math.max(signatureWidth, page.textWidth(s.issuer()));
        }
        long signatureRight = two;
        long dateRight = two;
        if (!doc.closing().signatures().isEmpty() && doc.closing().dateText().isPresent()) {
            long dateWidth = page.textWidth(doc.closing().dateText().get());
            dateRight = signatureWidth - dateWidth;
            if (dateRight < two) {
                dateRight = two;
                signatureRight = dateWidth - signatureWidth + 2 * two;
            }
        }
        blankLines(xml, 1);
        for (Signature s : doc.closing().signatures()) {
            // a shorter signature of a joint document ends where the longest ends
            paragraph(xml, rightIndented(StyleId.SIGNATURE, signatureRight).set(Paragraph.keepNext), s.issuer());
        }
        long right = dateRight;
        doc.closing().dateText().ifPresent(d -> paragraph(xml, rightIndented(StyleId.DATE, right), d));
    }

    /** §7.3.5.1: seals centred on their signatures, the last over the date too. */
    private void sealed(WordXml xml) {
        long pitch = page.linePitch;
        String date = doc.closing().dateText().orElseThrow();
        long four = 4 * page.characterPitch;
        long dateWidth = page.textWidth(date);
        long dateCentre = page.textWidth - four - dateWidth / 2;
        long sealWidth = 0;
        long sealHeight = 0;
        for (Signature s : doc.closing().signatures()) {
            sealWidth = Math.max(sealWidth, s.seal().orElseThrow().width().toTwips());
            sealHeight = Math.max(sealHeight, s.seal().orElseThrow().height().toTwips());
        }
        double heightInLines = (double) sealHeight / pitch;
        // the seal's top falls within the line after the text: blank lines before the first row
        int blanks = (int) Math.ceil(heightInLines / 2 + SEAL_ABOVE_SIGNATURE - 0.5);
        blankLines(xml, Math.max(1, blanks));
        List<Signature> all = doc.closing().signatures();
        int rows = (all.size() + SEALS_PER_ROW - 1) / SEALS_PER_ROW;
        int rowGap = (int) Math.ceil(heightInLines);
        for (int r = 0; r < rows; r++) {
            List<Signature> row = all.subList(r * SEALS_PER_ROW, Math.min(all.size(), (r + 1) * SEALS_PER_ROW));
            long step = Math.max(sealWidth + page.characterPitch, widest(row) + 2 * page.characterPitch);
            if (row.size() > 1) {
                step = Math.min(step, (dateCentre - sealWidth / 2) / (row.size() - 1));
            }
            long[] centres = new long[row.size()];
            for (int j = 0; j < row.size(); j++) {
                centres[j] = dateCentre - (row.size() - 1 - j) * step;
            }
            xml.start("p");
            styled(StyleId.SIGNATURE)
                    .set(Paragraph.keepNext)
                    .set(Paragraph.tabs, x -> {
                        x.start("tabs");
                        for (long c : centres) {
                            x.empty("tab", "val", "center", "pos", Long.toString(c));
                        }
                        x.end();
                    })
                    .set(Paragraph.jc, "val", "left")
                    .writeTo(xml);
            StringBuilder text = new StringBuilder();
            for (Signature s : row) {
                text.append('\t').append(s.issuer());
            }
            run(xml, text.toString());
            for (int j = 0; j < row.size(); j++) {
                Seal seal = row.get(j).seal().orElseThrow();
                long w = seal.width().toTwips();
                long h = seal.height().toTwips();
                long centreY = Math.round(pitch * (0.5 - SEAL_ABOVE_SIGNATURE));
                SealDrawing.write(xml, ++drawings, extras.imageId(seal), centres[j] - w / 2, centreY - h / 2, w, h);
            }
            xml.end();
            tracker.lines(1);
            if (r < rows - 1) {
                blankLines(xml, rowGap - 1);
            }
        }
        paragraph(xml, rightIndented(StyleId.DATE, four), date);
        tracker.lines(1);
    }

    /** §7.3.5.3: the title two characters left of the signature seal; the date one blank line below the seal. */
    private void signatories(WordXml xml) {
        long pitch = page.linePitch;
        long four = 4 * page.characterPitch;
        long two = 2 * page.characterPitch;
        blankLines(xml, 2);
        List<Signatory> all = doc.closing().signatories();
        for (int i = 0; i < all.size(); i++) {
            Seal seal = all.get(i).signatureSeal();
            long w = seal.width().toTwips();
            long h = seal.height().toTwips();
            xml.start("p");
            rightIndented(StyleId.SIGNATURE, four + w + two).set(Paragraph.keepNext).writeTo(xml);
            run(xml, all.get(i).title());
            SealDrawing.write(xml, ++drawings, extras.imageId(seal), page.textWidth - four - w, pitch / 2 - h / 2, w, h);
            xml.end();
            tracker.lines(1);
            // lines the seal reaches below its title's line, then one blank line
            int below = (int) Math.ceil((h / 2.0 - pitch / 2.0) / pitch);
            blankLines(xml, Math.max(0, below) + (i == all.size() - 1 ? 1 : 0));
        }
        paragraph(xml, rightIndented(StyleId.DATE, four), doc.closing().dateText().orElseThrow());
        tracker.lines(1);
    }

    private long widest(List<Signature> row) {
        long w = 0;
        for (Signature s : row) {
            w = Math.max(w, page.textWidth(s.issuer()));
        }
        return w;
    }

    private void blankLines(WordXml xml, int n) {
        for (int i = 0; i < n; i++) {
            blank(xml, keep);
            tracker.lines(1);
        }
    }

    private void paragraph(WordXml xml, OrderedElement<Paragraph> pPr, String text) {
        Paragraphs.paragraph(xml, pPr, text);
        tracker.lines(1);
    }

    private static OrderedElement<Paragraph> rightIndented(StyleId style, long right) {
        return styled(style).set(Paragraph.ind, "right", Long.toString(Math.max(0, right)));
    }
}
