package io.gongwen.text.recognition;

import io.gongwen.Article;
import io.gongwen.Attachment;
import io.gongwen.Block;
import io.gongwen.Chapter;
import io.gongwen.FormattedText;
import io.gongwen.IssuedDocument;
import io.gongwen.Note;
import io.gongwen.NoteNumbering;
import io.gongwen.OfficialDocument;
import io.gongwen.Paragraph;
import io.gongwen.Section;
import io.gongwen.Span;
import io.gongwen.docx.read.WordContent;
import io.gongwen.text.DraftWarning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The footnotes and endnotes of a .docx, put on its paragraphs' text where their marks stand, each
 * note's text with the spans its runs format otherwise. A mark that names no note, a second mark of
 * the same note, a note's mark inside a note (Word numbers no note in a note, and a note referring
 * to itself would loop) and a blank note are left out, each with a warning: every note is read at
 * most once, so the notes read are never more text than the notes part holds. After recognition,
 * {@link #finish} warns of each note whose mark stood where the model keeps none (a chapter's number
 * without a title, a signature). The marks in a table's cells are read onto the cells' text
 * ({@link #inCell}), once, like the body's. One per read; not thread-safe.
 */
final class NoteReader {
    private final WordContent docx;
    private final Set<String> footnotesRead = new HashSet<>();
    private final Set<String> endnotesRead = new HashSet<>();
    /** The notes put on lines, with their paragraph's number, in order. */
    private final List<Map.Entry<Integer, Note>> given = new ArrayList<>();

    NoteReader(WordContent docx) {
        this.docx = docx;
    }

    /**
     * The paragraph's text as {@code DocxReader} made it ({@code text}: the printed number in front,
     * if any, then the paragraph's stripped text) with the notes of its marks.
     */
    FormattedText marked(WordContent.Paragraph p, FormattedText text, List<DraftWarning> warnings) {
        if (p.marks().isEmpty()) {
            return text;
        }
        int offset = 0;
        int low = 0;
        if (p.numberLabel().isPresent()) {
            String stripped = p.text().strip();
            int from = stripped.isEmpty() ? 0 : p.text().indexOf(stripped);
            low = p.numberLabel().get().length();
            offset = low - from;
        }
        return marked(p, text, offset, low, warnings);
    }

    /** The text with the notes of the paragraph's marks, each moved by {@code offset} and kept from {@code low} on. */
    private FormattedText marked(WordContent.Paragraph p, FormattedText text, int offset, int low,
                                 List<DraftWarning> warnings) {
        List<Note> notes = new ArrayList<>(text.notes());
        for (WordContent.NoteMark mark : p.marks()) {
            Note.Kind kind = mark.endnote() ? Note.Kind.ENDNOTE : Note.Kind.FOOTNOTE;
            FormattedText note = note(p.number(), kind, mark.id(), warnings);
            if (note != null) {
                int at = Math.min(Math.max(mark.at() + offset, low), text.text().length());
                Note n = new Note(at, kind, note);
                notes.add(n);
                given.add(Map.entry(p.number(), n));
            }
        }
        notes.sort(java.util.Comparator.comparingInt(Note::at));
        return new FormattedText(text.text(), text.spans(), notes);
    }

    /**
     * A table cell's paragraph ({@code text}: its runs' text and spans, as read, no printed number in
     * front) with the notes of its marks, read as the body's are.
     */
    FormattedText inCell(WordContent.Paragraph p, FormattedText text, List<DraftWarning> warnings) {
        return p.marks().isEmpty() ? text : marked(p, text, 0, 0, warnings);
    }

    /** The note's text, or null (with a warning) when it cannot be read. */
    private FormattedText note(int paragraph, Note.Kind kind, String id, List<DraftWarning> warnings) {
        Map<String, List<WordContent.Paragraph>> part = kind == Note.Kind.FOOTNOTE ? docx.footnotes() : docx.endnotes();
        List<WordContent.Paragraph> paragraphs = part.get(id);
        String what = "the mark of " + kind.word() + " " + Line.shorten(id);
        if (paragraphs == null) {
            warnings.add(new DraftWarning(paragraph, what + " names no " + kind.word() + " of the package; it is left out"));
            return null;
        }
        if (!(kind == Note.Kind.FOOTNOTE ? footnotesRead : endnotesRead).add(id)) {
            warnings.add(new DraftWarning(paragraph, what + " refers again to a " + kind.word()
                    + " that an earlier mark refers to; the note is read once, at its first mark"));
            return null;
        }
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        int nested = 0;
        for (WordContent.Paragraph q : paragraphs) {
            nested += q.marks().size();
            FormattedText t = DocxRecogniser.runsOf(q);
            int start = text.length();
            // a note is one paragraph in the model: its lines and paragraphs run on
            text.append(t.text().replace('\n', ' '));
            for (Span s : t.spans()) {
                spans.add(new Span(s.start() + start, s.end() + start, s.emphasis(), s.face()));
            }
        }
        if (nested > 0) {
            warnings.add(new DraftWarning(paragraph, "the " + kind.word() + " " + Line.shorten(id) + " has "
                    + (nested == 1 ? "a note's mark" : nested + " notes' marks") + " in its text; a note cannot hold a "
                    + "note, and " + (nested == 1 ? "it is" : "they are") + " left out"));
        }
        FormattedText note = new FormattedText(text.toString(), joined(spans)).strip();
        if (note.text().isEmpty()) {
            warnings.add(new DraftWarning(paragraph, "the " + kind.word() + " " + Line.shorten(id)
                    + " has no text; its mark is left out"));
            return null;
        }
        return note;
    }

    /** Spans of consecutive paragraphs, joined where they touch and format alike. */
    private static List<Span> joined(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.end() == s.start() && last.emphasis().equals(s.emphasis()) && last.face().equals(s.face())) {
                out.set(out.size() - 1, new Span(last.start(), s.end(), s.emphasis(), s.face()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Warns of each note read whose mark did not reach the document: it stood in a paragraph the
     * recogniser made a chapter's number without a title, a signature, a date, or dropped.
     */
    OfficialDocument finish(OfficialDocument doc, List<DraftWarning> warnings) {
        if (given.isEmpty()) {
            return doc;
        }
        Map<Map.Entry<Note.Kind, FormattedText>, Integer> kept = new HashMap<>();
        doc.titleNotes().forEach(n -> kept.merge(Map.entry(n.kind(), n.text()), 1, Integer::sum));
        count(doc.body(), kept);
        for (Attachment a : doc.attachments()) {
            count(a.body(), kept);
        }
        for (IssuedDocument d : doc.issued()) {
            count(d.body(), kept);
        }
        for (Map.Entry<Integer, Note> g : given) {
            Map.Entry<Note.Kind, FormattedText> key = Map.entry(g.getValue().kind(), g.getValue().text());
            Integer n = kept.get(key);
            if (n != null && n > 0) {
                kept.put(key, n - 1);
            } else {
                warnings.add(new DraftWarning(g.getKey(), "the " + g.getValue().kind().word() + " "
                        + Line.shorten(g.getValue().text().text()) + " is left out: its mark stands where the document "
                        + "keeps no notes (a chapter's number without a title, an attachment's or an issued document's "
                        + "title, the signature or date)"));
            }
        }
        boolean footnotes = false;
        boolean endnotes = false;
        for (Map.Entry<Map.Entry<Note.Kind, FormattedText>, Integer> k : kept.entrySet()) {
            // what is left of the counts are the notes no mark was given for: none; so any key is a kept kind
            footnotes |= k.getKey().getKey() == Note.Kind.FOOTNOTE;
            endnotes |= k.getKey().getKey() == Note.Kind.ENDNOTE;
        }
        NoteNumbering footnoteNumbering = footnotes ? numbering("footnote", warnings) : NoteNumbering.continuous();
        NoteNumbering endnoteNumbering = endnotes ? numbering("endnote", warnings) : NoteNumbering.continuous();
        if (footnoteNumbering.equals(doc.footnoteNumbering()) && endnoteNumbering.equals(doc.endnoteNumbering())) {
            return doc;
        }
        return doc.toBuilder().footnoteNumbering(footnoteNumbering).endnoteNumbering(endnoteNumbering).build();
    }

    /**
     * How the document numbers its notes of a kind ("footnote", "endnote"), as its last section or its
     * settings say; what is not stated is Word's default for footnotes: 1, 2, 3 on through the document
     * (so endnotes, which Word numbers i, ii, iii when nothing is stated, are numbered as footnotes are).
     * A form the writer does not print, a first number out of range and endnotes restarting on each
     * page are read as the default, with a warning for the whole document.
     */
    private NoteNumbering numbering(String kind, List<DraftWarning> warnings) {
        Map<String, String> props = docx.notesProperties();
        NoteNumbering.Restart restart = NoteNumbering.Restart.CONTINUOUS;
        NoteNumbering.Format format = NoteNumbering.Format.DECIMAL;
        int start = 1;
        String r = props.get(kind + ".numRestart");
        if (r != null) {
            NoteNumbering.Restart found = null;
            for (NoteNumbering.Restart each : NoteNumbering.Restart.values()) {
                found = each.value().equals(r) ? each : found;
            }
            if (found == null || found == NoteNumbering.Restart.EACH_PAGE && kind.equals("endnote")) {
                warnings.add(new DraftWarning(0, "its " + kind + "s start again at " + Line.shorten(r)
                        + ", which the writer cannot do; they are numbered on through the document"));
            } else {
                restart = found;
            }
        }
        String f = props.get(kind + ".numFmt");
        if (f != null) {
            NoteNumbering.Format found = null;
            for (NoteNumbering.Format each : NoteNumbering.Format.values()) {
                found = each.value().equals(f) ? each : found;
            }
            if (found == null) {
                warnings.add(new DraftWarning(0, "its " + kind + "s are numbered in a form the writer does not "
                        + "print (" + Line.shorten(f) + "); they are numbered 1, 2, 3"));
            } else {
                format = found;
            }
        }
        String s = props.get(kind + ".numStart");
        if (s != null) {
            Integer n = s.matches("\\d{1,5}") ? Integer.valueOf(s) : null;
            if (n == null || n > NoteNumbering.LARGEST_START) {
                warnings.add(new DraftWarning(0, "its " + kind + "s' first number (" + Line.shorten(s)
                        + ") is not one Word takes; they are numbered from 1"));
            } else {
                start = n;
            }
        }
        return new NoteNumbering(restart, format, start);
    }

    private static void count(List<Block> blocks, Map<Map.Entry<Note.Kind, FormattedText>, Integer> kept) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                p.notes().forEach(n -> kept.merge(Map.entry(n.kind(), n.text()), 1, Integer::sum));
            } else if (b instanceof io.gongwen.Table t) {
                for (List<io.gongwen.Table.Cell> row : t.rows()) {
                    for (io.gongwen.Table.Cell cell : row) {
                        cell.notes().forEach(n -> kept.merge(Map.entry(n.kind(), n.text()), 1, Integer::sum));
                    }
                }
            } else if (b instanceof Article a) {
                a.notes().forEach(n -> kept.merge(Map.entry(n.kind(), n.text()), 1, Integer::sum));
            } else if (b instanceof Chapter c) {
                c.titleNotes().forEach(n -> kept.merge(Map.entry(n.kind(), n.text()), 1, Integer::sum));
            } else if (b instanceof Section s) {
                s.headingNotes().forEach(n -> kept.merge(Map.entry(n.kind(), n.text()), 1, Integer::sum));
                s.runInNotes().forEach(n -> kept.merge(Map.entry(n.kind(), n.text()), 1, Integer::sum));
                count(s.body(), kept);
            }
        }
    }
}
