package io.gongwen.text.recognition;

import io.gongwen.Block;
import io.gongwen.FormattedText;
import io.gongwen.Image;
import io.gongwen.InvalidDocumentException;
import io.gongwen.Span;
import io.gongwen.Table;

import java.util.List;

/**
 * One line of a reader's input: a line of a text file, or a paragraph of a .docx. A .docx table
 * arrives as one line holding the table, and a picture as one line holding the image; each goes into
 * the body where it stands.
 *
 * @param number 1-based, as the user counts (line of the file, paragraph of the .docx)
 * @param text the line as read, white space and all; for a picture, the warning to give where it is
 *             kept (it floated, or stood among text), or empty
 * @param block a {@link Table} or an {@link Image}; null for a line of text
 * @param continued whether it continues the line before: the next line of a .docx paragraph with line
 *                  breaks (the title's lines are one title; elsewhere they are lines of their own)
 * @param look what the source shows of the line's layout (alignment, bold, a heading style)
 * @param blankBefore whether a blank line (an empty paragraph) stands right before it
 * @param spans the stretches of {@code text} a .docx formats otherwise (bold, superscript, …);
 *              empty for plain text, and always for a text file's lines
 * @param notes the footnotes and endnotes whose marks stand in {@code text}; empty for most
 */
public record Line(int number, String text, Block block, boolean continued, Look look, boolean blankBefore,
            List<Span> spans, List<io.gongwen.Note> notes) {
    public Line(int number, String text, Block block, boolean continued, Look look, boolean blankBefore) {
        this(number, text, block, continued, look, blankBefore, List.of(), List.of());
    }

    public Line(int number, FormattedText text, Block block, boolean continued, Look look, boolean blankBefore) {
        this(number, text.text(), block, continued, look, blankBefore, text.spans(), text.notes());
    }

    public Line(int number, String text) {
        this(number, text, null, false, Look.NONE, false);
    }

    public Line(int number, String text, Table table) {
        this(number, text, table, false, Look.NONE, false);
    }

    public Line(int number, String text, Table table, boolean continued) {
        this(number, text, table, continued, Look.NONE, false);
    }

    public Line(int number, String text, Look look) {
        this(number, text, null, false, look, false);
    }

    public Line(int number, FormattedText text, Look look) {
        this(number, text.text(), null, false, look, false, text.spans(), text.notes());
    }

    /** Whether the line's text is plain: no spans, no notes. */
    boolean plain() {
        return spans.isEmpty() && notes.isEmpty();
    }

    /** The text with its spans and notes. */
    FormattedText formatted() {
        return new FormattedText(text, spans, notes);
    }

    /**
     * The part of the text from {@code from} to its end with the spans and notes over it, or that part plain if
     * it is not where the text says ({@code from} past the end).
     */
    FormattedText formattedFrom(int from) {
        return plain() || from < 0 || from > text.length()
                ? FormattedText.of(from < 0 || from > text.length() ? "" : text.substring(from))
                : formatted().slice(from, text.length());
    }

    /**
     * The text from {@code from} to {@code to} with the spans over it, and with every note of the line:
     * a mark outside the stretch moves to its nearer edge, so no note is lost (a mark in an article's
     * number goes to the start of its text).
     */
    FormattedText formattedBetween(int from, int to) {
        String part = text.substring(from, to);
        if (plain()) {
            return FormattedText.of(part);
        }
        List<io.gongwen.Note> marks = new java.util.ArrayList<>(notes.size());
        for (io.gongwen.Note n : notes) {
            marks.add(new io.gongwen.Note(Math.min(Math.max(n.at(), from), to) - from, n.kind(), n.text()));
        }
        return new FormattedText(part, spans.isEmpty() ? spans : formatted().slice(from, to).spans(), marks);
    }

    /**
     * A heading's or a chapter title's text without what is its own style rather than spans: bold
     * wherever it stands (a heading's bold is its level's, as {@code BodyBuilder} takes it), and a face
     * over the whole text (a （一） heading in 楷体 after a number in another face). What differs
     * inside it, a subscript, an italic word, a stretch in another face, stays.
     */
    static FormattedText styledAsHeading(FormattedText text) {
        if (text.spans().isEmpty()) {
            return text;
        }
        String t = text.text();
        boolean wholeFace = text.spans().get(0).face().isPresent();
        int at = 0;
        for (Span s : text.spans()) {
            wholeFace &= s.face().equals(text.spans().get(0).face()) && blank(t, at, s.start());
            at = s.end();
        }
        wholeFace &= blank(t, at, t.length());
        return withoutBold(text, wholeFace);
    }

    /**
     * The text's spans without bold, and without their faces if {@code dropFaces}; a span left with
     * nothing to set is gone, and spans left alike and touching are one. What a heading's and a table
     * header row's bold, their look, leaves of the spans.
     */
    static FormattedText withoutBold(FormattedText text, boolean dropFaces) {
        if (text.spans().isEmpty()) {
            return text;
        }
        List<Span> kept = new java.util.ArrayList<>();
        for (Span s : text.spans()) {
            java.util.Set<io.gongwen.Emphasis> emphasis = java.util.EnumSet.noneOf(io.gongwen.Emphasis.class);
            emphasis.addAll(s.emphasis());
            emphasis.remove(io.gongwen.Emphasis.BOLD);
            java.util.Optional<io.gongwen.Font> face = dropFaces ? java.util.Optional.empty() : s.face();
            if (emphasis.isEmpty() && face.isEmpty()) {
                continue;
            }
            Span last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && last.end() == s.start() && last.emphasis().equals(emphasis) && last.face().equals(face)) {
                kept.set(kept.size() - 1, new Span(last.start(), s.end(), emphasis, face));
            } else {
                kept.add(new Span(s.start(), s.end(), emphasis, face));
            }
        }
        return new FormattedText(text.text(), kept, text.notes());
    }

    private static boolean blank(String text, int from, int to) {
        return text.substring(from, to).isBlank();
    }

    boolean isTable() {
        return block instanceof Table;
    }

    /** The table this line holds; null for any other line. */
    Table table() {
        return block instanceof Table t ? t : null;
    }

    boolean isImage() {
        return block instanceof Image;
    }

    /** Runs a builder call for this line; a problem is reported at the line of the input. */
    void attempt(Runnable call) {
        try {
            call.run();
        } catch (InvalidDocumentException e) {
            if (e.field().startsWith("line ")) {
                throw e;
            }
            throw new InvalidDocumentException("line " + number, e.getMessage());
        }
    }

    /** A line as a warning quotes it: its first 40 characters. */
    public static String shorten(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }

    /**
     * What the source shows of a line's layout, as evidence beside its words: a .docx gives its
     * paragraph's alignment, bold runs and heading style; a text file only what its spaces show (a
     * line padded on the right with spaces stands at the right margin, as web pages print the
     * signature and the date).
     *
     * @param align the paragraph's alignment
     * @param boldPrefix how many characters from the start (after leading white space) are bold
     * @param allBold whether all of its text is bold
     * @param headingLevel 1 to 4 when the paragraph has a heading style (Heading1…4), else 0
     */
    public record Look(Align align, int boldPrefix, boolean allBold, int headingLevel) {
        public static final Look NONE = new Look(Align.UNKNOWN, 0, false, 0);

        /** The look of a line of drafted text: its alignment from its spaces. */
        public static Look ofText(String raw) {
            int trailing = 0;
            for (int i = raw.length() - 1; i >= 0 && isSpace(raw.charAt(i)); i--) {
                trailing++;
            }
            // one trailing space is a slip; several push the line in from the right margin
            return trailing >= 3 && trailing < raw.length() ? new Look(Align.RIGHT, 0, false, 0) : NONE;
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\u00A0' || c == '\u3000' || c == '\u2007' || c == '\u202F';
        }

        boolean centred() {
            return align == Align.CENTER;
        }

        boolean right() {
            return align == Align.RIGHT;
        }
    }

    /** A paragraph's alignment; {@code UNKNOWN} where the source does not say (drafted text). */
    public enum Align {
        UNKNOWN, LEFT, CENTER, RIGHT, JUSTIFIED;

        public static Align of(String jc) {
            return switch (jc) {
                case "center" -> CENTER;
                case "right", "end" -> RIGHT;
                case "left", "start" -> LEFT;
                case "both", "distribute" -> JUSTIFIED;
                default -> UNKNOWN;
            };
        }
    }
}
