package io.gongwen;

/**
 * Writing a document failed: an I/O error, a full disk, a missing directory, or a failure inside the
 * OOXML packaging. When writing to a path, the file that was there before is left untouched and no
 * temporary file is left behind.
 */
public final class DocumentWriteException extends GongwenException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for a failed write.
     *
     * @param message what could not be written and why, naming the file where there is one
     * @param cause the underlying failure, or null when the library found the problem itself
     */
    public DocumentWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
