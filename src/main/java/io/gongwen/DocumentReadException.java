package io.gongwen;

/**
 * Reading a draft or a document failed: the file is missing or unreadable, or it is not what it
 * claims to be (not UTF-8 text). The message names the file and what was wrong.
 */
public final class DocumentReadException extends GongwenException {
    private static final long serialVersionUID = 1L;

    public DocumentReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
