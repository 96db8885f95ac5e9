package io.gongwen.testing;

import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

import java.math.BigInteger;

/**
 * What the raw-POI documents of the tests share, as a clerk's Word writes them: runs in 宋体 12 pt,
 * A4 with Word's default margins, and footnotes and endnotes with Word's separator notes, each note's
 * paragraph started with its number and a space, and its mark a raised run of its own.
 */
final class ClerkWord {
    private ClerkWord() {
    }

    /** Word's two separator notes, ids -1 and 0, before any note. */
    static void separators(XWPFAbstractFootnoteEndnote separator, XWPFAbstractFootnoteEndnote continuation) {
        for (XWPFAbstractFootnoteEndnote note : new XWPFAbstractFootnoteEndnote[] {separator, continuation}) {
            CTFtnEdn n = note.getCTFtnEdn();
            boolean first = note == separator;
            n.setId(BigInteger.valueOf(first ? -1 : 0));
            n.setType(first ? STFtnEdn.SEPARATOR : STFtnEdn.CONTINUATION_SEPARATOR);
            var r = n.addNewP().addNewR();
            if (first) {
                r.addNewSeparator();
            } else {
                r.addNewContinuationSeparator();
            }
        }
    }

    /** The note's paragraph, started as Word starts it: its number, then a space. */
    static XWPFParagraph start(XWPFAbstractFootnoteEndnote note) {
        XWPFParagraph p = note.createParagraph();
        p.setStyle(note instanceof XWPFEndnote ? "EndnoteText" : "FootnoteText");
        // POI's createParagraph has put the note's own number (w:footnoteRef in its reference style) first
        run(p, " ").setFontSize(9);
        return p;
    }

    static XWPFAbstractFootnoteEndnote note(XWPFAbstractFootnoteEndnote note, String text) {
        run(start(note), text).setFontSize(9);
        return note;
    }

    /** The note's mark as Word writes it: a run of its own in the reference style, raised. */
    static void mark(XWPFParagraph p, XWPFAbstractFootnoteEndnote note) {
        XWPFRun r = p.createRun();
        r.setStyle(note instanceof XWPFEndnote ? "EndnoteReference" : "FootnoteReference");
        r.setVerticalAlignment("superscript");
        if (note instanceof XWPFEndnote) {
            r.getCTR().addNewEndnoteReference().setId(note.getId());
        } else {
            r.getCTR().addNewFootnoteReference().setId(note.getId());
        }
    }

    static void a4(CTSectPr sect) {
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1440));
        mar.setBottom(BigInteger.valueOf(1440));
        mar.setLeft(BigInteger.valueOf(1800));
        mar.setRight(BigInteger.valueOf(1800));
    }

    static XWPFRun run(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily("宋体", XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        r.setFontSize(12);
        return r;
    }
}
