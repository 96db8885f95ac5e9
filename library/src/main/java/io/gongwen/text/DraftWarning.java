package io.gongwen.text;

/**
 * Something the reader noticed in a draft and decided for the caller: a line kept although it
 * looks like advertising, a line dropped by a pattern, a number out of sequence that the writer
 * will renumber, a date it could not read.
 *
 * @param line the 1-based line of the draft (the paragraph of a .docx), or 0 for the document as a
 *             whole (tracked changes, comments)
 * @param message what was noticed and what was done, in English
 */
public record DraftWarning(int line, String message) {
    /** "line 4: …", or the message alone for the document as a whole. */
    @Override
    public String toString() {
        return line == 0 ? message : "line " + line + ": " + message;
    }
}
