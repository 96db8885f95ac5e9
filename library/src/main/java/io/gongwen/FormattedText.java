package io.gongwen;

import io.gongwen.internal.Checks;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A paragraph's text with the stretches the author formatted otherwise: bold, italic, underline,
 * superscript, subscript, or another face. Plain text is the simple case ({@link #of(String)}, no
 * spans), and the one the builder's {@code paragraph(String)} makes.
 *
 * <pre>{@code
 * FormattedText.builder()
 *         .bold("一是").text("加强组织领导。各单位……")
 *         .text("面积约 1200 m").superscript("2").text("。")
 *         .build();
 * }</pre>
 *
 * <p>A text can also carry the reference marks of footnotes and endnotes ({@link Note}), each at a
 * place between two characters:
 *
 * <pre>{@code
 * FormattedText.builder()
 *         .text("依据《党政机关公文处理工作条例》").footnote("中办发〔2012〕14号。")
 *         .text("，现就有关事项通知如下：")
 *         .build();
 * }</pre>
 *
 * <p>Spans are kept in order, do not overlap, lie inside the text, and adjacent spans formatted alike
 * are one span; so two texts formatted alike are equal. Notes are kept in the order of their places,
 * which lie from 0 to the text's length. Immutable.
 *
 * @param text the text
 * @param spans the stretches formatted otherwise, in order; empty for plain text
 * @param notes the footnotes and endnotes whose marks stand in the text, in order; empty for most
 */
public record FormattedText(String text, List<Span> spans, List<Note> notes) {
    /**
     * A text without notes.
     *
     * @param text the text; not null, possibly empty
     * @param spans in order, not overlapping, inside the text, no two touching spans formatted alike
     * @throws InvalidDocumentException naming {@code spans[i]} for the first span out of place
     */
    public FormattedText(String text, List<Span> spans) {
        this(text, spans, List.of());
    }

    /**
     * Checks the spans and the notes' marks against the text and each other.
     *
     * @param text the text; not null, possibly empty
     * @param spans in order, not overlapping, inside the text, no two touching spans formatted alike
     * @param notes in the order of their marks, each mark inside the text or at its end
     * @throws InvalidDocumentException naming the first span or note out of place, or the component that
     *                                  is null
     */
    public FormattedText {
        Checks.present("text", text);
        spans = List.copyOf(Checks.present("spans", spans));
        notes = Checks.present("notes", notes).isEmpty() ? List.of() : List.copyOf(notes);
        int place = 0;
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            if (n.at() < place || n.at() > text.length()) {
                throw new InvalidDocumentException("notes[" + i + "]", "must stand in order inside the text of "
                        + text.length() + " characters: at " + n.at() + (n.at() < place ? ", after a note at " + place : ""));
            }
            place = n.at();
        }
        int last = 0;
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.start() < last) {
                throw new InvalidDocumentException("spans[" + i + "]", "must start after the span before ends: "
                        + s.start() + " < " + last);
            }
            if (s.end() > text.length()) {
                throw new InvalidDocumentException("spans[" + i + "]", "must end inside the text of "
                        + text.length() + " characters: " + s.end());
            }
            if (i > 0 && s.start() == last && s.formatsLike(spans.get(i - 1))) {
                throw new InvalidDocumentException("spans[" + i + "]", "formats like the span before it and "
                        + "touches it: give one span");
            }
            last = s.end();
        }
    }

    /**
     * Plain text.
     *
     * @param text the text; not null
     * @return the text without spans
     */
    public static FormattedText of(String text) {
        return new FormattedText(text, List.of());
    }

    /**
     * A builder that appends text run by run.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The texts joined into one, a line feed between each two (a table cell's paragraphs), their spans
     * and notes moved with them.
     *
     * @param lines the texts, none holding a line feed of its own; not empty
     * @return the joined text; the one text itself if there is one
     * @throws InvalidDocumentException if {@code lines} is null or empty, or holds null
     */
    public static FormattedText joinedLines(List<FormattedText> lines) {
        Checks.present("lines", lines);
        if (lines.isEmpty()) {
            throw new InvalidDocumentException("lines", "give at least one");
        }
        if (lines.size() == 1) {
            return Checks.present("lines[0]", lines.get(0));
        }
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            FormattedText line = Checks.present("lines[" + i + "]", lines.get(i));
            if (i > 0) {
                text.append('\n');
            }
            int at = text.length();
            text.append(line.text());
            for (Span s : line.spans()) {
                spans.add(s.moved(s.start() + at, s.end() + at));
            }
            for (Note n : line.notes()) {
                notes.add(n.moved(n.at() + at));
            }
        }
        return new FormattedText(text.toString(), spans, notes);
    }

    /**
     * Whether no stretch is formatted otherwise and no note is referred to.
     *
     * @return {@code true} if there are neither spans nor notes
     */
    public boolean isPlain() {
        return spans.isEmpty() && notes.isEmpty();
    }

    /**
     * The characters {@code from} (inclusive) to {@code to} (exclusive), with the spans that lie in
     * them cut to fit and the notes whose marks stand from {@code from} to {@code to} (both
     * inclusive), counted from the new start.
     *
     * @param from the first character, from 0
     * @param to one past the last character, at most the text's length and not less than {@code from}
     * @return the slice; empty text if {@code from == to}
     * @throws InvalidDocumentException naming {@code slice} if the range does not lie inside the text
     */
    public FormattedText slice(int from, int to) {
        if (from < 0 || to > text.length() || from > to) {
            throw new InvalidDocumentException("slice", "must lie inside the text of " + text.length()
                    + " characters: " + from + ".." + to);
        }
        return new FormattedText(text.substring(from, to), slice(spans, from, to), notes(from, to, from, to));
    }

    /**
     * The text without the indentation around it ({@link Checks#stripIndentation}), spans cut to fit;
     * the mark of a note that stood in the white space cut off moves to the nearest edge of what is
     * left, so no note is lost.
     *
     * @return the stripped text, or this text if there is nothing to strip
     */
    public FormattedText strip() {
        String stripped = Checks.stripIndentation(text);
        if (stripped.length() == text.length()) {
            return this;
        }
        int from = stripped.isEmpty() ? 0 : text.indexOf(stripped);
        int to = from + stripped.length();
        return new FormattedText(stripped, slice(spans, from, to), notes(0, text.length(), from, to));
    }

    /**
     * This text with {@code prefix} in front, the prefix in the paragraph's own formatting: the spans
     * and the notes' marks move on by its length. How a writer puts an article's text after its number,
     * or a heading after its ordinal.
     *
     * @param prefix the characters to put in front; not null, possibly empty
     * @return the longer text, or this text if the prefix is empty
     * @throws InvalidDocumentException naming {@code prefix} if it is null
     */
    public FormattedText prefixed(String prefix) {
        Checks.present("prefix", prefix);
        if (prefix.isEmpty()) {
            return this;
        }
        int n = prefix.length();
        List<Span> moved = new ArrayList<>(spans.size());
        for (Span s : spans) {
            moved.add(s.moved(s.start() + n, s.end() + n));
        }
        List<Note> marks = new ArrayList<>(notes.size());
        for (Note m : notes) {
            marks.add(m.moved(m.at() + n));
        }
        return new FormattedText(prefix + text, moved, marks);
    }

    /** The notes placed from {@code low} to {@code high}, moved into {@code [from, to]} and counted from {@code from}. */
    private List<Note> notes(int low, int high, int from, int to) {
        if (notes.isEmpty()) {
            return notes;
        }
        List<Note> out = new ArrayList<>();
        for (Note n : notes) {
            if (n.at() >= low && n.at() <= high) {
                out.add(n.moved(Math.min(Math.max(n.at(), from), to) - from));
            }
        }
        return out;
    }

    /**
     * The text cut into pieces {@code [from[i], to[i])}, in order, each with the spans over it cut to fit
     * and the notes whose marks stand from {@code from[i]} to {@code to[i]} (both inclusive; a mark where
     * one piece ends and the next starts is the first's), counted from the piece's start; in one pass
     * over the spans and notes, so that cutting a text into many pieces costs no more than reading it.
     * Pieces that touch or leave a character out between them (a line break) both do; a mark outside
     * every piece is in none, so callers cover the text.
     */
    static List<FormattedText> pieces(FormattedText text, int[] from, int[] to) {
        List<FormattedText> out = new ArrayList<>(from.length);
        List<Span> spans = text.spans();
        List<Note> notes = text.notes();
        int s = 0;
        int n = 0;
        for (int i = 0; i < from.length; i++) {
            while (s < spans.size() && spans.get(s).end() <= from[i]) {
                s++;
            }
            List<Span> cut = new ArrayList<>();
            // the one span that runs on into the next piece is looked at again there, no other
            for (int k = s; k < spans.size() && spans.get(k).start() < to[i]; k++) {
                Span span = spans.get(k);
                int start = Math.max(span.start(), from[i]);
                int end = Math.min(span.end(), to[i]);
                if (start < end) {
                    cut.add(span.moved(start - from[i], end - from[i]));
                }
            }
            List<Note> marks = new ArrayList<>();
            for (; n < notes.size() && notes.get(n).at() <= to[i]; n++) {
                if (notes.get(n).at() >= from[i]) {
                    marks.add(notes.get(n).moved(notes.get(n).at() - from[i]));
                }
            }
            out.add(new FormattedText(text.text().substring(from[i], to[i]), cut, marks));
        }
        return out;
    }

    /** The spans over {@code [from, to)}, cut to fit and counted from {@code from}. */
    static List<Span> slice(List<Span> spans, int from, int to) {
        if (spans.isEmpty()) {
            return spans;
        }
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            int start = Math.max(s.start(), from);
            int end = Math.min(s.end(), to);
            if (start < end) {
                out.add(s.moved(start - from, end - from));
            }
        }
        return out;
    }

    /** Builds a {@link FormattedText} run by run. Not thread-safe; can be reused. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Span> spans = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();

        private Builder() {
        }

        /**
         * Appends text in the paragraph's own formatting.
         *
         * @param run the characters to append; not null, possibly empty
         * @return this builder
         */
        public Builder text(String run) {
            text.append(Checks.present("run", run));
            return this;
        }

        /**
         * Appends bold text.
         *
         * @param run the characters to append; not null, possibly empty
         * @return this builder
         */
        public Builder bold(String run) {
            return run(run, Emphasis.BOLD);
        }

        /**
         * Appends superscript text: the 2 of m².
         *
         * @param run the characters to append; not null, possibly empty
         * @return this builder
         */
        public Builder superscript(String run) {
            return run(run, Emphasis.SUPERSCRIPT);
        }

        /**
         * Appends subscript text: the 2 of CO₂.
         *
         * @param run the characters to append; not null, possibly empty
         * @return this builder
         */
        public Builder subscript(String run) {
            return run(run, Emphasis.SUBSCRIPT);
        }

        /**
         * Appends text with these emphases (none: plain).
         *
         * @param run the characters to append; not null, possibly empty
         * @param emphasis the emphases, in any order; not both superscript and subscript
         * @return this builder
         */
        public Builder run(String run, Emphasis... emphasis) {
            return add(run, emphasis, Optional.empty());
        }

        /**
         * Appends text in another face (a 楷体 quotation), with these emphases.
         *
         * @param run the characters to append; not null, possibly empty
         * @param face the face for these characters
         * @param emphasis the emphases, in any order; not both superscript and subscript
         * @return this builder
         */
        public Builder run(String run, Font face, Emphasis... emphasis) {
            return add(run, emphasis, Optional.of(Checks.present("face", face)));
        }

        private Builder add(String run, Emphasis[] emphasis, Optional<Font> face) {
            Checks.present("run", run);
            Checks.present("emphasis", emphasis);
            EnumSet<Emphasis> set = EnumSet.noneOf(Emphasis.class);
            for (Emphasis e : emphasis) {
                set.add(Checks.present("emphasis", e));
            }
            int start = text.length();
            text.append(run);
            if (run.isEmpty() || set.isEmpty() && face.isEmpty()) {
                return this;
            }
            Span span = new Span(start, text.length(), set, face);
            Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.end() == start && last.formatsLike(span)) {
                spans.set(spans.size() - 1, last.moved(last.start(), span.end()));
            } else {
                spans.add(span);
            }
            return this;
        }

        /**
         * Puts a footnote's mark after the text so far: Word prints the mark raised there and the
         * note's text at the foot of the page.
         *
         * @param note the note's text; leading and trailing white space is dropped
         * @return this builder
         * @throws InvalidDocumentException if the text is blank or holds a character a document cannot carry
         */
        public Builder footnote(String note) {
            return note(Note.Kind.FOOTNOTE, FormattedText.of(Checks.text("footnote", note)));
        }

        /**
         * Puts a footnote's mark after the text so far, its text with spans (bold, …) but no note of its own.
         *
         * @param note the note's text, not blank, without notes
         * @return this builder
         * @throws InvalidDocumentException if the text is blank or has notes of its own
         */
        public Builder footnote(FormattedText note) {
            return note(Note.Kind.FOOTNOTE, checkedNote("footnote", note));
        }

        /**
         * Puts an endnote's mark after the text so far: its text is printed at the end of the document.
         *
         * @param note the note's text; leading and trailing white space is dropped
         * @return this builder
         * @throws InvalidDocumentException if the text is blank or holds a character a document cannot carry
         */
        public Builder endnote(String note) {
            return note(Note.Kind.ENDNOTE, FormattedText.of(Checks.text("endnote", note)));
        }

        /**
         * Puts an endnote's mark after the text so far, its text with spans but no note of its own.
         *
         * @param note the note's text, not blank, without notes
         * @return this builder
         * @throws InvalidDocumentException if the text is blank or has notes of its own
         */
        public Builder endnote(FormattedText note) {
            return note(Note.Kind.ENDNOTE, checkedNote("endnote", note));
        }

        private Builder note(Note.Kind kind, FormattedText note) {
            notes.add(new Note(text.length(), kind, note));
            return this;
        }

        /**
         * The text so far; the builder can go on being used.
         *
         * @return the text, spans and notes appended so far
         */
        public FormattedText build() {
            return new FormattedText(text.toString(), spans, notes);
        }
    }

    /**
     * A model element's text with its spans and notes, checked as the canonical constructor checks
     * them; a problem is named under {@code owner}, as {@code article.spans[1]} or {@code chapter.titleNotes}.
     */
    static FormattedText checked(String owner, String spansField, String notesField, String text, List<Span> spans,
                                 List<Note> notes) {
        Checks.present(owner + "." + spansField, spans);
        Checks.present(owner + "." + notesField, notes);
        if (spans.isEmpty() && notes.isEmpty()) {
            return of(text);
        }
        try {
            return new FormattedText(text, spans, notes);
        } catch (InvalidDocumentException e) {
            String field = e.field().startsWith("spans") ? spansField + e.field().substring(5)
                    : e.field().startsWith("notes") ? notesField + e.field().substring(5) : e.field();
            throw new InvalidDocumentException(owner + "." + field, e.getMessage().substring(e.field().length() + 2));
        }
    }

    /**
     * A note's text as the builders take it: validated as paragraph text is, stripped, without notes
     * of its own (the message names the field).
     */
    static FormattedText checkedNote(String field, FormattedText note) {
        Checks.present(field, note);
        if (!note.notes().isEmpty()) {
            throw new InvalidDocumentException(field, "must not hold a note of its own (a note inside a note): "
                    + Checks.quote(note.text()));
        }
        Checks.text(field, note.text());
        return note.strip();
    }
}
