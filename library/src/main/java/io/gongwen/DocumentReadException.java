package io.gongwen;

/**
 * Reading a draft or a document failed: the file is missing or unreadable, or it is not what it
 * claims to be (not UTF-8 text, not a .docx, a hostile .docx). The message names the file and what was wrong.
 */
public final class DocumentReadException extends GongwenException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what could not be read and why, naming the file
     * @param cause the underlying failure, or null when the library found the problem itself
     */
    public DocumentReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
