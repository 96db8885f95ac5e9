package io.gongwen.docx;

import io.gongwen.docx.read.WordContent;

import java.nio.file.Path;

/**
 * A .docx, read: what {@link io.gongwen.text.DocxReader} recognises a document in and
 * {@link io.gongwen.check.DocxChecker} checks. Read it once to give it to both, as {@code gongwen check}
 * does. Only the library's own {@link #read(Path)} makes one; the reader and the checker refuse
 * another implementation. Immutable and thread-safe.
 */
public interface WordDocument {

    /**
     * Reads a .docx. Refused with a {@link io.gongwen.DocumentReadException} that names the file: a
     * file that is not a zip, a truncated or damaged archive, an OLE2 file (a Word 97-2003 .doc, or a
     * password-protected .docx: see {@link io.gongwen.text.LibreOfficeConverter}), a package without a
     * main document, a part that inflates more than 100 times or to more than 64 MB (zip bombs), XML
     * that is not well-formed or declares a DTD or entities (which are never resolved), and more than
     * 500,000 paragraphs or 20 million characters.
     *
     * @param file the .docx
     * @return the document as read, its tracked changes accepted
     * @throws io.gongwen.InvalidDocumentException if {@code file} is null
     */
    static WordDocument read(Path file) {
        return WordContent.read(file);
    }

    /**
     * How many tracked changes the body holds: insertions ({@code w:ins}), deletions ({@code w:del})
     * and moves ({@code w:moveFrom}, {@code w:moveTo}). The body is read as if all were accepted:
     * inserted and moved-in text is kept, deleted and moved-away text is not.
     *
     * @return the number of tracked changes, 0 or more
     */
    int trackedChanges();

    /**
     * How many comments the body refers to ({@code w:commentReference}); their text is not read.
     *
     * @return the number of comments, 0 or more
     */
    int comments();
}
