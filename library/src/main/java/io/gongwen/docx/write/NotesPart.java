package io.gongwen.docx.write;

import io.gongwen.Article;
import io.gongwen.Attachment;
import io.gongwen.Block;
import io.gongwen.Chapter;
import io.gongwen.IssuedDocument;
import io.gongwen.Note;
import io.gongwen.OfficialDocument;
import io.gongwen.Paragraph;
import io.gongwen.Section;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The footnotes and endnotes of one document: {@code word/footnotes.xml} and {@code word/endnotes.xml}.
 * The body numbers each note as it writes its mark ({@code w:footnoteReference} in a run of the
 * FootnoteReference character style), in document order, footnotes and endnotes counted apart from 1;
 * the parts are written after the body, so the notes are held only once and in the order Word
 * numbers them. Each part starts with the two separator notes Word needs (the short rule above the
 * notes, and the long one where a note runs on to the next page), ids -1 and 0, as Word writes them.
 */
final class NotesPart {
    static final String FOOTNOTES = "word/footnotes.xml";
    static final String ENDNOTES = "word/endnotes.xml";

    private final List<Note> footnotes = new ArrayList<>();
    private final List<Note> endnotes = new ArrayList<>();

    /** Whether the title or any paragraph, run-in text or table cell of the document (its attachments' and issued documents' too) has a note of this kind. */
    static boolean has(OfficialDocument doc, Note.Kind kind) {
        if (ofKind(doc.titleNotes(), kind) || has(doc.body(), kind)) {
            return true;
        }
        for (Attachment a : doc.attachments()) {
            if (has(a.body(), kind)) {
                return true;
            }
        }
        for (IssuedDocument d : doc.issued()) {
            if (has(d.body(), kind)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(List<Block> blocks, Note.Kind kind) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p && ofKind(p.notes(), kind) || b instanceof io.gongwen.Table t && inCells(t, kind)
                    || b instanceof Article a && ofKind(a.notes(), kind)
                    || b instanceof Chapter c && ofKind(c.titleNotes(), kind)
                    || b instanceof Section s && (ofKind(s.headingNotes(), kind) || ofKind(s.runInNotes(), kind)
                    || has(s.body(), kind))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inCells(io.gongwen.Table table, Note.Kind kind) {
        for (List<io.gongwen.Table.Cell> row : table.rows()) {
            for (io.gongwen.Table.Cell cell : row) {
                if (ofKind(cell.notes(), kind)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean ofKind(List<Note> notes, Note.Kind kind) {
        for (Note n : notes) {
            if (n.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** Writes a note's mark as a run of its own and numbers the note: the next id of its kind. */
    void mark(WordXml xml, Note note) {
        List<Note> list = note.isFootnote() ? footnotes : endnotes;
        list.add(note);
        xml.start("r");
        OrderedElement.rPr().set(OrderedElement.Run.rStyle, "val",
                (note.isFootnote() ? StyleId.FOOTNOTE_REFERENCE : StyleId.ENDNOTE_REFERENCE).id).writeTo(xml);
        xml.empty(note.isFootnote() ? "footnoteReference" : "endnoteReference", "id", Integer.toString(list.size()));
        xml.end();
    }

    /** Writes the part of one kind: its separators, then each note the body numbered, in order. */
    void write(OutputStream out, Note.Kind kind) {
        boolean foot = kind == Note.Kind.FOOTNOTE;
        String element = foot ? "footnote" : "endnote";
        StyleId textStyle = foot ? StyleId.FOOTNOTE_TEXT : StyleId.ENDNOTE_TEXT;
        try (WordXml xml = new WordXml(out, foot ? FOOTNOTES : ENDNOTES, element + "s")) {
            separator(xml, element, "separator", "-1", textStyle);
            separator(xml, element, "continuationSeparator", "0", textStyle);
            List<Note> notes = foot ? footnotes : endnotes;
            for (int i = 0; i < notes.size(); i++) {
                xml.start(element).attr("id", Integer.toString(i + 1));
                xml.start("p");
                Paragraphs.styled(textStyle).writeTo(xml);
                // the note's own number, in the reference style, then a space before its text as Word writes it
                xml.start("r");
                OrderedElement.rPr().set(OrderedElement.Run.rStyle, "val",
                        (foot ? StyleId.FOOTNOTE_REFERENCE : StyleId.ENDNOTE_REFERENCE).id).writeTo(xml);
                xml.empty(foot ? "footnoteRef" : "endnoteRef");
                xml.end();
                Paragraphs.run(xml, " ");
                Paragraphs.formatted(xml, OrderedElement::rPr, notes.get(i).text());
                xml.end();
                xml.end();
            }
        }
    }

    /**
     * The numbering's elements of a {@code w:footnotePr} or {@code w:endnotePr}, in schema order:
     * {@code w:numFmt}, {@code w:numStart}, {@code w:numRestart} (CT_FtnProps, §17.11.11).
     */
    static void numbering(WordXml xml, io.gongwen.NoteNumbering numbering) {
        xml.empty("numFmt", "val", numbering.format().value());
        xml.empty("numStart", "val", Integer.toString(numbering.start()));
        xml.empty("numRestart", "val", numbering.restart().value());
    }

    private static void separator(WordXml xml, String element, String type, String id, StyleId style) {
        xml.start(element).attr("type", type).attr("id", id);
        xml.start("p");
        Paragraphs.styled(style).writeTo(xml);
        xml.start("r");
        xml.empty(type);
        xml.end();
        xml.end();
        xml.end();
    }
}
