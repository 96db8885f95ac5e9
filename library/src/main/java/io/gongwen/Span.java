package io.gongwen;

import io.gongwen.internal.Checks;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A stretch of a paragraph's text formatted otherwise than the paragraph: characters {@code start}
 * (inclusive) to {@code end} (exclusive), counted in UTF-16 code units as {@link String} counts them.
 * Build spans with {@link FormattedText#builder()}; a span built directly is checked on its own here
 * and against its text where it is used.
 *
 * @param start the first character, from 0
 * @param end one past the last character; greater than {@code start}
 * @param emphasis bold, italic, underline, superscript or subscript (not both), strike-through single or
 *                 double (not both)
 * @param face another face set on purpose (a 楷体 quotation in 仿宋 text); empty for the paragraph's
 */
public record Span(int start, int end, Set<Emphasis> emphasis, Optional<Font> face) {
    /**
     * Checks the span on its own.
     *
     * @param start the first character, from 0
     * @param end one past the last character; greater than {@code start}
     * @param emphasis the emphases; not both superscript and subscript, not both single and double strike-through
     * @param face another face, or empty; a span sets an emphasis, a face or both
     * @throws InvalidDocumentException if the range is empty or negative, the span changes nothing, or it is
     *                                  both superscript and subscript, or struck through both once and twice
     */
    public Span {
        if (start < 0 || end <= start) {
            throw new InvalidDocumentException("span", "must cover at least one character from 0: " + start + ".." + end);
        }
        Checks.present("span.emphasis", emphasis);
        Checks.present("span.face", face);
        for (Emphasis e : emphasis) {
            if (e == null) {
                throw new InvalidDocumentException("span.emphasis", "must not hold null");
            }
        }
        // an EnumSet keeps the schema's order when written, whatever order the caller gave
        emphasis = emphasis.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(emphasis));
        if (emphasis.isEmpty() && face.isEmpty()) {
            throw new InvalidDocumentException("span", "must set an emphasis or a face: " + start + ".." + end);
        }
        if (emphasis.contains(Emphasis.SUPERSCRIPT) && emphasis.contains(Emphasis.SUBSCRIPT)) {
            throw new InvalidDocumentException("span.emphasis", "cannot be both superscript and subscript");
        }
        if (emphasis.contains(Emphasis.STRIKE) && emphasis.contains(Emphasis.DOUBLE_STRIKE)) {
            throw new InvalidDocumentException("span.emphasis", "cannot be struck through both once and twice");
        }
    }

    /**
     * A span of emphasis in the paragraph's face.
     *
     * @param start the first character, from 0
     * @param end one past the last character; greater than {@code start}
     * @param emphasis at least one emphasis; not both superscript and subscript
     */
    public Span(int start, int end, Set<Emphasis> emphasis) {
        this(start, end, emphasis, Optional.empty());
    }

    /**
     * Whether it has this emphasis.
     *
     * @param e the emphasis asked about
     * @return {@code true} if the span sets it
     */
    public boolean is(Emphasis e) {
        return emphasis.contains(e);
    }

    /** Its formatting over another range. */
    Span moved(int from, int to) {
        return new Span(from, to, emphasis, face);
    }

    /** Whether it formats alike with another span. */
    boolean formatsLike(Span other) {
        return emphasis.equals(other.emphasis) && face.equals(other.face);
    }
}
