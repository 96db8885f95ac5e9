package io.gongwen;

/**
 * The root of every exception gongwen4j throws. It is unchecked: a bad document or a failed write is
 * a programming or environment error the caller rarely recovers from in place.
 *
 * <p>Subtypes say what went wrong: {@link InvalidDocumentException} for input that cannot be laid out
 * (it names the field and the value), {@link DocumentReadException} for a draft or document that could
 * not be read (the message names the file), {@link DocumentWriteException} for a write that failed (the
 * old file, if any, is left as it was).
 */
public class GongwenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message and no cause.
     *
     * @param message what went wrong, in words a user can act on
     */
    public GongwenException(String message) {
        super(message);
    }

    /**
     * An exception with a message and the failure underneath it.
     *
     * @param message what went wrong, in words a user can act on
     * @param cause the underlying failure, or null
     */
    public GongwenException(String message, Throwable cause) {
        super(message, cause);
    }
}
