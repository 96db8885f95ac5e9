package io.gongwen.docx;

/**
 * A .docx, read: what {@link io.gongwen.text.DocxReader} recognises a document in and
 * {@link io.gongwen.check.DocxChecker} checks. Open it once with
 * {@link io.gongwen.text.DocxReader#open(java.nio.file.Path)} to give it to both, as {@code gongwen check}
 * does. Only the library makes one; the reader and the checker refuse another implementation.
 * Immutable and thread-safe.
 */
public interface WordDocument {

    /**
     * How many tracked changes the body holds: insertions ({@code w:ins}), deletions ({@code w:del})
     * and moves ({@code w:moveFrom}, {@code w:moveTo}), of paragraph marks, and of formatting
     * ({@code w:rPrChange}, {@code w:pPrChange}, and the section's and tables'). The body is read as
     * {@link #revisions()} says: as if all were accepted, unless the document was opened rejecting them.
     *
     * @return the number of tracked changes, 0 or more
     */
    int trackedChanges();

    /**
     * How the tracked changes were read.
     *
     * @return {@link Revisions#ACCEPTED} unless the document was opened with
     *         {@link io.gongwen.text.DocxReader#open(java.nio.file.Path, Revisions)} rejecting them
     */
    Revisions revisions();

    /**
     * How many comments the body refers to ({@code w:commentReference}); their text is not read.
     *
     * @return the number of comments, 0 or more
     */
    int comments();
}
