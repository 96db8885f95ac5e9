package io.gongwen;

import io.gongwen.internal.Checks;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A paragraph's text with the stretches the author formatted otherwise: bold, italic, underline,
 * superscript, subscript, or another face. Plain text is the simple case ({@link #of(String)}, no
 * spans), and the one the builder's {@code paragraph(String)} makes.
 *
 * <pre>{@code
 * FormattedText.builder()
 *         .bold("一是").text("加强组织领导。各单位……")
 *         .text("面积约 1200 m").superscript("2").text("。")
 *         .build();
 * }</pre>
 *
 * <p>Spans are kept in order, do not overlap, lie inside the text, and adjacent spans formatted alike
 * are one span; so two texts formatted alike are equal. Immutable.
 *
 * @param text the text
 * @param spans the stretches formatted otherwise, in order; empty for plain text
 */
public record FormattedText(String text, List<Span> spans) {
    /**
     * Checks the spans against the text and each other.
     *
     * @param text the text; not null, possibly empty
     * @param spans in order, not overlapping, inside the text, no two touching spans formatted alike
     * @throws InvalidDocumentException naming {@code spans[i]} for the first span out of place
     */
    public FormattedText {
        Checks.present("text", text);
        spans = List.copyOf(Checks.present("spans", spans));
        int last = 0;
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.start() < last) {
                throw new InvalidDocumentException("spans[" + i + "]", "must start after the span before ends: "
                        + s.start() + " < " + last);
            }
            if (s.end() > text.length()) {
                throw new InvalidDocumentException("spans[" + i + "]", "must end inside the text of "
                        + text.length() + " characters: " + s.end());
            }
            if (i > 0 && s.start() == last && s.formatsLike(spans.get(i - 1))) {
                throw new InvalidDocumentException("spans[" + i + "]", "formats like the span before it and "
                        + "touches it: give one span");
            }
            last = s.end();
        }
    }

    /**
     * Plain text.
     *
     * @param text the text; not null
     * @return the text without spans
     */
    public static FormattedText of(String text) {
        return new FormattedText(text, List.of());
    }

    /**
     * A builder that appends text run by run.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether no stretch is formatted otherwise.
     *
     * @return {@code true} if there are no spans
     */
    public boolean isPlain() {
        return spans.isEmpty();
    }

    /**
     * The characters {@code from} (inclusive) to {@code to} (exclusive), with the spans that lie in
     * them cut to fit and counted from the new start.
     *
     * @param from the first character, from 0
     * @param to one past the last character, at most the text's length and not less than {@code from}
     * @return the slice; empty text if {@code from == to}
     * @throws InvalidDocumentException naming {@code slice} if the range does not lie inside the text
     */
    public FormattedText slice(int from, int to) {
        if (from < 0 || to > text.length() || from > to) {
            throw new InvalidDocumentException("slice", "must lie inside the text of " + text.length()
                    + " characters: " + from + ".." + to);
        }
        return new FormattedText(text.substring(from, to), slice(spans, from, to));
    }

    /** The spans over {@code [from, to)}, cut to fit and counted from {@code from}. */
    static List<Span> slice(List<Span> spans, int from, int to) {
        if (spans.isEmpty()) {
            return spans;
        }
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            int start = Math.max(s.start(), from);
            int end = Math.min(s.end(), to);
            if (start < end) {
                out.add(s.moved(start - from, end - from));
            }
        }
        return out;
    }

    /** Builds a {@link FormattedText} run by run. Not thread-safe; can be reused. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Span> spans = new ArrayList<>();

        private Builder() {
        }

        /**
         * Appends text in the paragraph's own formatting.
         *
         * @param run the characters to append; not null, possibly empty
         * @return this builder
         */
        public Builder text(String run) {
            text.append(Checks.present("run", run));
            return this;
        }

        /**
         * Appends bold text.
         *
         * @param run the characters to append; not null, possibly empty
         * @return this builder
         */
        public Builder bold(String run) {
            return run(run, Emphasis.BOLD);
        }

        /**
         * Appends superscript text: the 2 of m².
         *
         * @param run the characters to append; not null, possibly empty
         * @return this builder
         */
        public Builder superscript(String run) {
            return run(run, Emphasis.SUPERSCRIPT);
        }

        /**
         * Appends subscript text: the 2 of CO₂.
         *
         * @param run the characters to append; not null, possibly empty
         * @return this builder
         */
        public Builder subscript(String run) {
            return run(run, Emphasis.SUBSCRIPT);
        }

        /**
         * Appends text with these emphases (none: plain).
         *
         * @param run the characters to append; not null, possibly empty
         * @param emphasis the emphases, in any order; not both superscript and subscript
         * @return this builder
         */
        public Builder run(String run, Emphasis... emphasis) {
            return add(run, emphasis, Optional.empty());
        }

        /**
         * Appends text in another face (a 楷体 quotation), with these emphases.
         *
         * @param run the characters to append; not null, possibly empty
         * @param face the face for these characters
         * @param emphasis the emphases, in any order; not both superscript and subscript
         * @return this builder
         */
        public Builder run(String run, Font face, Emphasis... emphasis) {
            return add(run, emphasis, Optional.of(Checks.present("face", face)));
        }

        private Builder add(String run, Emphasis[] emphasis, Optional<Font> face) {
            Checks.present("run", run);
            Checks.present("emphasis", emphasis);
            EnumSet<Emphasis> set = EnumSet.noneOf(Emphasis.class);
            for (Emphasis e : emphasis) {
                set.add(Checks.present("emphasis", e));
            }
            int start = text.length();
            text.append(run);
            if (run.isEmpty() || set.isEmpty() && face.isEmpty()) {
                return this;
            }
            Span span = new Span(start, text.length(), set, face);
            Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.end() == start && last.formatsLike(span)) {
                spans.set(spans.size() - 1, last.moved(last.start(), span.end()));
            } else {
                spans.add(span);
            }
            return this;
        }

        /**
         * The text so far; the builder can go on being used.
         *
         * @return the text and spans appended so far
         */
        public FormattedText build() {
            return new FormattedText(text.toString(), spans);
        }
    }
}
