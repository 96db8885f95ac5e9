package io.gongwen.docx;

/**
 * How a .docx's tracked changes are read: as if every one were accepted (Word's "Accept All
 * Changes", the default) or as if every one were rejected ("Reject All Changes", the document as it
 * stood before the changes were made).
 */
public enum Revisions {
    /**
     * Inserted and moved-in text is kept, deleted and moved-away text is not; formatting changed under
     * revision has its new formatting; a deleted paragraph mark joins its paragraph to the next.
     */
    ACCEPTED,
    /**
     * Deleted and moved-away text is kept ({@code w:delText} read as text), inserted and moved-in text
     * is not; a run's or a paragraph's formatting changed under revision has its old formatting
     * ({@code w:rPrChange}, {@code w:pPrChange}); an inserted paragraph mark joins its paragraph to the
     * next, so a paragraph inserted whole is gone.
     */
    REJECTED
}
