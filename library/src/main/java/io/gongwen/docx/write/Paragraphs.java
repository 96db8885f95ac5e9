package io.gongwen.docx.write;

/**
 * The small pieces every body writer repeats: a paragraph of one run, a blank line, a run, and a
 * run's text with tabs. Stateless.
 */
public final class Paragraphs {
    private Paragraphs() {
    }

    /** {@code w:p} with the given properties and one run of text. */
    static void paragraph(WordXml xml, OrderedElement<OrderedElement.Paragraph> pPr, String text) {
        xml.start("p");
        pPr.writeTo(xml);
        run(xml, text);
        xml.end();
    }

    /** An empty {@code w:p} with the given properties: one blank line. */
    static void blank(WordXml xml, OrderedElement<OrderedElement.Paragraph> pPr) {
        xml.start("p");
        pPr.writeTo(xml);
        xml.end();
    }

    /** {@code w:r} with the paragraph's formatting. */
    static void run(WordXml xml, String text) {
        xml.start("r");
        text(xml, text);
        xml.end();
    }

    /** {@code w:r} with its own properties. */
    static void run(WordXml xml, OrderedElement<OrderedElement.Run> rPr, String text) {
        xml.start("r");
        rPr.writeTo(xml);
        text(xml, text);
        xml.end();
    }

    /**
     * The runs of a text with spans: the stretches between spans in {@code base} (the paragraph's
     * formatting, or a character style), each span in {@code base} plus only what it changes:
     * {@code w:rFonts/@w:eastAsia} for another face, {@code w:b}, {@code w:i}, {@code w:u} (single) and
     * {@code w:vertAlign}, in the schema's order. A text with notes must be written with
     * {@link #formatted(WordXml, java.util.function.Supplier, io.gongwen.FormattedText, NoteMarks)}.
     *
     * @param base the properties of every run (a character style), or empty for none
     */
    static void formatted(WordXml xml, java.util.function.Supplier<OrderedElement<OrderedElement.Run>> base,
                          io.gongwen.FormattedText text) {
        formatted(xml, base, text, (x, n) -> {
            throw new IllegalStateException("a note where none can stand: " + n);
        });
    }

    /** Writes the reference mark of a note (its own run) where the text has it. */
    interface NoteMarks {
        void write(WordXml xml, io.gongwen.Note note);
    }

    /**
     * As {@link #formatted(WordXml, java.util.function.Supplier, io.gongwen.FormattedText)}, with each
     * note's reference mark written by {@code marks} between the runs, where the note stands: a run
     * is cut in two at a mark.
     */
    static void formatted(WordXml xml, java.util.function.Supplier<OrderedElement<OrderedElement.Run>> base,
                          io.gongwen.FormattedText text, NoteMarks marks) {
        String t = text.text();
        java.util.List<io.gongwen.Note> notes = text.notes();
        int note = 0;
        int at = 0;
        for (io.gongwen.Span span : text.spans()) {
            note = piece(xml, base, t, at, span.start(), notes, note, marks);
            note = piece(xml, () -> spanned(base.get(), span), t, span.start(), span.end(), notes, note, marks);
            at = span.end();
        }
        note = piece(xml, base, t, at, t.length(), notes, note, marks);
        for (; note < notes.size(); note++) {
            marks.write(xml, notes.get(note)); // after the last character
        }
    }

    /**
     * {@code t[from, to)} in runs of {@code rPr}, the marks of the notes that stand from {@code from}
     * up to (not at) {@code to} between them; returns the first note not written.
     */
    private static int piece(WordXml xml, java.util.function.Supplier<OrderedElement<OrderedElement.Run>> rPr,
                             String t, int from, int to, java.util.List<io.gongwen.Note> notes, int note,
                             NoteMarks marks) {
        int at = from;
        for (; note < notes.size() && notes.get(note).at() < to; note++) {
            int mark = notes.get(note).at();
            if (mark > at) {
                run(xml, rPr.get(), t.substring(at, mark));
                at = mark;
            }
            marks.write(xml, notes.get(note));
        }
        if (to > at) {
            run(xml, rPr.get(), t.substring(at, to));
        }
        return note;
    }

    private static OrderedElement<OrderedElement.Run> spanned(OrderedElement<OrderedElement.Run> rPr, io.gongwen.Span span) {
        span.face().ifPresent(f -> rPr.set(OrderedElement.Run.rFonts, "eastAsia", f.eastAsia(), "hint", "eastAsia"));
        if (span.is(io.gongwen.Emphasis.BOLD)) {
            rPr.set(OrderedElement.Run.b);
        }
        if (span.is(io.gongwen.Emphasis.ITALIC)) {
            rPr.set(OrderedElement.Run.i);
        }
        if (span.is(io.gongwen.Emphasis.STRIKE)) {
            rPr.set(OrderedElement.Run.strike);
        } else if (span.is(io.gongwen.Emphasis.DOUBLE_STRIKE)) {
            rPr.set(OrderedElement.Run.dstrike);
        }
        if (span.is(io.gongwen.Emphasis.UNDERLINE)) {
            rPr.set(OrderedElement.Run.u, "val", "single");
        }
        if (span.is(io.gongwen.Emphasis.SUPERSCRIPT)) {
            rPr.set(OrderedElement.Run.vertAlign, "val", "superscript");
        } else if (span.is(io.gongwen.Emphasis.SUBSCRIPT)) {
            rPr.set(OrderedElement.Run.vertAlign, "val", "subscript");
        }
        return rPr;
    }

    /** {@code w:r} in a character style. */
    static void styledRun(WordXml xml, StyleId characterStyle, String text) {
        run(xml, OrderedElement.rPr().set(OrderedElement.Run.rStyle, "val", characterStyle.id), text);
    }

    /**
     * The run's content: {@code w:t} pieces, with {@code w:tab} for each tab. A Latin letter before
     * a half-width percent sign ("X%", as drafts write a placeholder) gets a word joiner (U+2060)
     * between them: LibreOffice breaks a line there and starts the next with "%", which Word's
     * kinsoku never does. Nothing shows; {@link WordContent} drops the joiner when reading. The text
     * is written in place, without copies: this carries every character of a document.
     */
    static void text(WordXml xml, String text) {
        int from = 0;
        while (from <= text.length()) {
            int tab = text.indexOf('\t', from);
            int to = tab < 0 ? text.length() : tab;
            if (to > from) {
                xml.start("t");
                if (text.charAt(from) == ' ' || text.charAt(to - 1) == ' ' || hasDoubleSpace(text, from, to)) {
                    xml.attr("xml", "space", "preserve");
                }
                joined(xml, text, from, to);
                xml.end();
            }
            if (tab < 0) {
                break;
            }
            xml.empty("tab");
            from = tab + 1;
        }
    }

    /**
     * {@code text[from, to)} with a word joiner between each Latin letter and a "%" after it. Both
     * scans stay inside the piece: a paragraph of many tabs is still written in linear time.
     */
    private static void joined(WordXml xml, String text, int from, int to) {
        int start = from;
        for (int i = indexOf(text, '%', from + 1, to); i >= 0; i = indexOf(text, '%', i + 1, to)) {
            if (isLatinLetter(text.charAt(i - 1))) {
                xml.text(text, start, i).text(WORD_JOINER_TEXT);
                start = i;
            }
        }
        xml.text(text, start, to);
    }

    private static boolean hasDoubleSpace(String text, int from, int to) {
        for (int i = indexOf(text, ' ', from + 1, to); i >= 0; i = indexOf(text, ' ', i + 1, to)) {
            if (text.charAt(i - 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code c}'s first index in {@code text[from, to)}, or -1. The last piece of a paragraph (all of
     * it, without tabs) uses the JDK's vectorised search; earlier pieces a loop that stops at {@code to}.
     */
    private static int indexOf(String text, char c, int from, int to) {
        if (to == text.length()) {
            return text.indexOf(c, from);
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ';
    }

    /** U+2060 WORD JOINER: no break on either side, no width. */
    public static final char WORD_JOINER = '\u2060';
    private static final String WORD_JOINER_TEXT = String.valueOf(WORD_JOINER);

    /** Properties of a paragraph in a style. */
    static OrderedElement<OrderedElement.Paragraph> styled(StyleId style) {
        return OrderedElement.pPr().set(OrderedElement.Paragraph.pStyle, "val", style.id);
    }

    /** Exact line height and space before, in twips. */
    static OrderedElement<OrderedElement.Paragraph> spaced(OrderedElement<OrderedElement.Paragraph> pPr,
                                                           long before, long line) {
        return pPr.set(OrderedElement.Paragraph.spacing, "before", Long.toString(Math.max(0, before)), "after", "0",
                "line", Long.toString(line), "lineRule", "exact");
    }
}
