package io.gongwen;

/**
 * The root of every exception gongwen4j throws. It is unchecked: a bad document or a failed write is
 * a programming or environment error the caller rarely recovers from in place.
 *
 * <p>Subtypes say what went wrong: {@link InvalidDocumentException} for input that cannot be laid out
 * (it names the field and the value), {@link DocumentWriteException} for a write that failed (the old
 * file, if any, is left as it was).
 */
public class GongwenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GongwenException(String message) {
        super(message);
    }

    public GongwenException(String message, Throwable cause) {
        super(message, cause);
    }
}
