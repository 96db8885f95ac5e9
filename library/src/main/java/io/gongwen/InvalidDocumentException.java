package io.gongwen;

/**
 * Input that the library refuses to lay out: a blank title, nesting deeper than four levels, a
 * character XML cannot carry, a specification value out of range. The message names the field and
 * the offending value; {@link #field()} gives the field alone, for programs.
 */
public final class InvalidDocumentException extends GongwenException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidDocumentException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The field the problem is in, as a path such as {@code "body[2].heading"} or {@code "title"}. */
    public String field() {
        return field;
    }
}
