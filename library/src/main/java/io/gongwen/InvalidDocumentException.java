package io.gongwen;

/**
 * Input that the library refuses to lay out: a blank title, nesting deeper than four levels, a
 * character XML cannot carry, a specification value out of range. The message names the field and
 * the offending value; {@link #field()} gives the field alone, for programs.
 */
public final class InvalidDocumentException extends GongwenException {
    private static final long serialVersionUID = 1L;

    /** The field the problem is in. */
    private final String field;

    /**
     * An exception whose message is {@code field + ": " + message}.
     *
     * @param field the field at fault, as a path such as {@code "body[2].heading"}
     * @param message what is wrong with it, ending with the offending value
     */
    public InvalidDocumentException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /**
     * The field the problem is in, as a path such as {@code "body[2].heading"} or {@code "title"}.
     *
     * @return the field's path, never empty
     */
    public String field() {
        return field;
    }
}
