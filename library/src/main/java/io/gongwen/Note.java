package io.gongwen;

import io.gongwen.internal.Checks;

/**
 * A footnote or an endnote, and where its reference mark stands in a paragraph's text. Word numbers
 * the marks (1, 2, 3, … in document order, footnotes and endnotes counted apart) and prints the mark
 * raised after the character before it; the note's text is printed at the foot of the page
 * (footnote) or at the end of the document (endnote), in 仿宋 小四 (see
 * {@link DocumentElement#NOTE}).
 *
 * <p>Build notes with {@link FormattedText.Builder#footnote(String)} and its kin, or
 * {@link BodyBuilder#footnote(String)} for a note at the end of the paragraph just added. Immutable.
 *
 * @param at the place of the mark: after the first {@code at} characters of the paragraph's text
 *           (0 puts it before the first), counted in UTF-16 code units as {@link Span} counts them
 * @param kind footnote or endnote
 * @param text the note's text, plain or with spans; never blank and never holding a note of its own
 */
public record Note(int at, Kind kind, FormattedText text) {
    /** Where the note's text is printed. */
    public enum Kind {
        /** At the foot of the page that carries the mark ({@code w:footnote}). */
        FOOTNOTE,
        /** At the end of the document ({@code w:endnote}). */
        ENDNOTE;

        /**
         * The name messages use.
         *
         * @return "footnote" or "endnote"
         */
        public String word() {
            return this == FOOTNOTE ? "footnote" : "endnote";
        }
    }

    /**
     * Checks the note on its own; {@link FormattedText} checks its place against the text it is in.
     *
     * @param at the mark's place: after the first {@code at} characters of the text it is in, 0 or more
     * @param kind footnote or endnote
     * @param text the note's text, not blank, without notes of its own
     * @throws InvalidDocumentException if {@code at} is negative, the text is blank, or the text holds
     *                                  a note (a note in a note, which Word cannot number)
     */
    public Note {
        if (at < 0) {
            throw new InvalidDocumentException("note.at", "must be 0 or more: " + at);
        }
        Checks.present("note.kind", kind);
        Checks.present("note.text", text);
        if (text.text().isBlank()) {
            throw new InvalidDocumentException("note.text", "must not be blank: " + Checks.quote(text.text()));
        }
        if (!text.notes().isEmpty()) {
            throw new InvalidDocumentException("note.text", "must not hold a note of its own (a "
                    + text.notes().get(0).kind().word() + " inside a " + kind.word() + "): "
                    + Checks.quote(text.text()));
        }
    }

    /** The same note at another place. */
    Note moved(int to) {
        return to == at ? this : new Note(to, kind, text);
    }

    /**
     * Whether it is a footnote.
     *
     * @return {@code true} for a footnote, {@code false} for an endnote
     */
    public boolean isFootnote() {
        return kind == Kind.FOOTNOTE;
    }
}
