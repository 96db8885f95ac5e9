package io.gongwen.text;

import io.gongwen.DocumentElement;
import io.gongwen.DocumentReadException;
import io.gongwen.Emphasis;
import io.gongwen.Font;
import io.gongwen.FormattedText;
import io.gongwen.Image;
import io.gongwen.InvalidDocumentException;
import io.gongwen.Length;
import io.gongwen.Span;
import io.gongwen.docx.WordDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads an existing .docx into the model, whatever its formatting: its paragraphs go through the
 * same recogniser as a draft's lines ({@link DraftReader}), so manual numbering typed as text
 * ("一、", "（一）", "1.") becomes sections, and the head block, title, main recipients, attachment
 * note, signature, date, note, bound attachments, attendance lists and colophon are found the same
 * way. The layout is not kept (the writer lays the document out anew), but it is evidence beside the
 * words: centred paragraphs at the top are the title, a date at the right margin closes the document,
 * a heading style or bold leading words make a numbered line a heading. Character formatting inside
 * body paragraphs and the text of run-in headings is kept as {@link io.gongwen.Span}s: bold, italic,
 * underline, superscript, subscript, and a 楷体 stretch in a paragraph of another face (the bold
 * that makes a heading is the heading's style, not a span); colours and other sizes are dropped,
 * with a warning.
 *
 * <ul>
 * <li>Word's automatic numbering ({@code w:numPr} on a paragraph) is printed as Word prints it ("一、",
 * "（一）", "1.") and read like typed numbers; numbering the reader cannot print (bullets,
 * numbering carried by a paragraph style) is left out; a paragraph numbered directly in a way the reader
 * cannot print gets a warning.</li>
 * <li>Line breaks inside a paragraph ({@code w:br}) split it into lines, except in the title,
 * whose lines they are, and in an attachment's title, which is one title.</li>
 * <li>Tables become the model's {@link io.gongwen.Table}: the cells' text, the columns in the
 * proportions of the table's grid, cells spanning columns and rows, and the rows Word repeats on each
 * page as header rows. A table the model refuses is kept as paragraphs, with a warning.</li>
 * <li>Pictures of the body ({@code w:drawing}) become {@link io.gongwen.Image} blocks, each on a line of
 * its own where it stood or after its paragraph's text; floating seals, and pictures outside the body,
 * are left out with a warning.</li>
 * <li>Footnotes and endnotes become {@link io.gongwen.Note}s of the body paragraph or run-in text
 * where their marks stand, their text with its spans; a note whose mark stands elsewhere (the title,
 * a heading on its own line, a table), a mark naming no note or a note already read, and the marks
 * inside a note are left out with a warning.</li>
 * <li>Text boxes, headers, footers and comments are not read; so the
 * letter format's mark, which is in the first page's header, is not either.</li>
 * </ul>
 * Warnings carry the 1-based paragraph number (counting every paragraph, empty ones and those in
 * tables) as their line.
 *
 * <p>Hostile files are refused with a {@link DocumentReadException} naming the file; see
 * {@link WordDocument#read(Path)} for the limits. Instances are immutable and thread-safe.
 */
public final class DocxReader {
    private final StructureRecogniser recogniser;
    private final UnaryOperator<String> paragraphText;
    private final LibreOfficeConverter converter;

    private DocxReader(Builder b) {
        this.recogniser = new StructureRecogniser(b.drop, b.specification, b.renumber);
        this.paragraphText = b.paragraphText;
        this.converter = b.converter;
    }

    /** A reader that keeps every paragraph and writes to the standard's specification. */
    public static DocxReader standard() {
        return builder().build();
    }

    /** A builder for a reader with drop patterns or another specification. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a .docx into a draft: the document and the reader's warnings. With a converter
     * ({@link Builder#convertWith}), a .doc, .wps, .rtf or .odt file is converted to .docx first.
     *
     * @throws DocumentReadException if the file cannot be read or is not a usable .docx (or could not be converted)
     * @throws InvalidDocumentException if its text cannot be laid out (it has no text at all, or a
     *                                  paragraph holds characters a document cannot carry); the field
     *                                  names the paragraph
     */
    public Draft read(Path file) {
        boolean convert = converter != null && LibreOfficeConverter.formatOf(file).isPresent();
        return read(convert ? converter.read(file) : WordDocument.read(file));
    }

    /** Reads a .docx that {@link WordDocument#read(Path)} has already read. */
    public Draft read(WordDocument docx) {
        return recognise(docx).draft();
    }

    /**
     * What each paragraph of the .docx is recognised as, for {@code DocxChecker}, which checks each
     * paragraph's typography against its element and leaves dropped paragraphs out.
     *
     * @param elements per paragraph number: {@code TITLE} (also an attachment's), a heading level,
     *                 {@code MARK}, {@code LABEL} (密级, 紧急程度, an attachment's label), {@code COLOPHON},
     *                 or {@code BODY} for body text and what takes its type (份号, 发文字号, main
     *                 recipients, signature, date, note). Blank and dropped paragraphs, tables and lines
     *                 that mix faces (签发人 with the names, attendance lists) have none.
     * @param dropped the numbers of the paragraphs a drop pattern left out
     */
    public record Structure(Map<Integer, DocumentElement> elements, java.util.Set<Integer> dropped) {
        public Structure {
            elements = Map.copyOf(elements);
            dropped = java.util.Set.copyOf(dropped);
        }
    }

    /** What each paragraph of a .docx is recognised as; see {@link Structure}. */
    public Structure structure(WordDocument docx) {
        StructureRecogniser.Result result = recognise(docx);
        return new Structure(result.elements(), result.dropped());
    }

    private StructureRecogniser.Result recognise(WordDocument docx) {
        List<Line> lines = new ArrayList<>();
        List<DraftWarning> notes = new ArrayList<>();
        NoteReader noteReader = new NoteReader(docx);
        for (WordDocument.Item item : docx.body()) {
            if (item instanceof WordDocument.Table table) {
                table(table, lines, notes);
                noteReader.inTable(table, notes);
                continue;
            }
            WordDocument.Paragraph p = (WordDocument.Paragraph) item;
            if (p.autoNumbered() && p.numberLabel().isEmpty() && !p.text().isBlank()) {
                notes.add(new DraftWarning(p.number(), "Word numbers this paragraph automatically in a way the "
                        + "reader cannot print; only the text is read: " + Line.shorten(p.text().strip())));
            }
            // line breaks stay in: the recogniser knows which paragraph is the title, whose lines they are
            FormattedText text = noteReader.marked(p, formatted(p), notes);
            if (!text.text().isBlank()) {
                text = fixed(text, p.number(), notes);
            }
            lines.add(new Line(p.number(), text, look(p, text.text())));
            pictures(p, lines, notes);
        }
        if (docx.trackedChanges() > 0) {
            notes.add(new DraftWarning(0, "read as if its " + docx.trackedChanges() + " tracked change"
                    + (docx.trackedChanges() == 1 ? " was" : "s were") + " accepted"));
        }
        if (docx.comments() > 0) {
            notes.add(new DraftWarning(0, docx.comments() + " comment" + (docx.comments() == 1 ? "" : "s")
                    + " left out: comments are not part of the document"));
        }
        StructureRecogniser.Result result = recogniser.recognise(lines);
        droppedLooks(docx, result.elements(), notes);
        noteReader.finish(result.draft().document(), notes);
        if (notes.isEmpty()) {
            return result;
        }
        List<DraftWarning> warnings = new ArrayList<>(notes);
        warnings.addAll(result.draft().warnings());
        warnings.sort(java.util.Comparator.comparingInt(DraftWarning::line));
        return new StructureRecogniser.Result(new Draft(result.draft().document(), warnings), result.elements(),
                result.dropped());
    }

    /** EMU per point: 914,400 an inch, 72 points an inch. */
    private static final double EMU_PER_POINT = 12_700;

    /**
     * The paragraph's pictures, each a line of its own after the paragraph's text: a picture alone in
     * its paragraph stands where it stood; one among text, or floating, comes right after that text,
     * with a warning. A floating picture the size and shape of a seal, or named a seal (印章, 签名章, as
     * the writer names them), is left out without one, as seals always were (they are given with
     * {@link io.gongwen.Seal}); left out with a warning: a picture a picture whose image is not in the package, that declares no
     * size, or that the model refuses (a format it does not know, more pixels than it takes). A size
     * larger than {@link Image#LARGEST_SIDE} is scaled down to it, proportions kept.
     */
    private static void pictures(WordDocument.Paragraph p, List<Line> lines, List<DraftWarning> notes) {
        for (WordDocument.Picture q : p.pictures()) {
            String what = "the picture " + q.name();
            if (q.bytes().length == 0) {
                notes.add(new DraftWarning(p.number(), what + " is left out: its image is not in the package (a linked picture?)"));
                continue;
            }
            double width = q.widthEmu() / EMU_PER_POINT;
            double height = q.heightEmu() / EMU_PER_POINT;
            if (!(width > 0) || !(height > 0)) {
                notes.add(new DraftWarning(p.number(), what + " is left out: it declares no size (wp:extent)"));
                continue;
            }
            double largest = Image.LARGEST_SIDE.points();
            if (width > largest || height > largest) {
                double scale = largest / Math.max(width, height);
                notes.add(new DraftWarning(p.number(), what + String.format(java.util.Locale.ROOT,
                        " declares %.0f × %.0f mm; it is scaled down to fit %.0f mm", width / 72 * 25.4,
                        height / 72 * 25.4, Image.LARGEST_SIDE.toMillimetres())));
                width = Math.max(width * scale, 0.05);
                height = Math.max(height * scale, 0.05);
            }
            if (q.floating() && (sealLike(width, height) || q.description().contains("印章")
                    || q.description().contains("签名章"))) {
                continue; // seals are not read, as before pictures were (give seals with Seal)
            }
            Image image;
            try {
                image = Image.of(q.bytes(), Length.pt(width), Length.pt(height));
            } catch (InvalidDocumentException e) {
                notes.add(new DraftWarning(p.number(), what + " is left out: " + e.getMessage()));
                continue;
            }
            // said where the picture is kept: one outside the body is left out, with a warning of its own
            String note = q.floating() ? what + " floats over the text; it is kept in the text, centred on a line "
                    + "of its own after its paragraph"
                    : p.text().isBlank() ? "" : what + " stands among the paragraph's text; it is kept centred on a "
                    + "line of its own after the text";
            lines.add(new Line(p.number(), note, image, false, Line.Look.NONE, false));
        }
    }

    /** 30 to 50 mm either way and nearly square: the 42 mm of an official body's seal, give or take. */
    private static boolean sealLike(double widthPt, double heightPt) {
        double w = widthPt / 72 * 25.4;
        double h = heightPt / 72 * 25.4;
        return w >= 30 && w <= 50 && h >= 30 && h <= 50 && w / h >= 0.85 && w / h <= 1.18;
    }

    /**
     * The paragraph's text, its automatic number printed in front, with the stretches its runs format
     * otherwise than the paragraph: bold, italic, underline, superscript, subscript, and a 楷体 face
     * in a paragraph of another face. Sizes and colours are not carried (the writer sets the body's).
     * A paragraph formatted alike throughout, which is most, costs no spans.
     */
    private static FormattedText formatted(WordDocument.Paragraph p) {
        List<Span> spans = spans(p);
        if (p.numberLabel().isEmpty()) {
            return new FormattedText(p.text(), spans);
        }
        String label = p.numberLabel().get();
        String stripped = p.text().strip();
        if (spans.isEmpty()) {
            return FormattedText.of(label + stripped);
        }
        int from = p.text().indexOf(stripped);
        List<Span> shifted = new ArrayList<>();
        for (Span s : new FormattedText(p.text(), spans).slice(from, from + stripped.length()).spans()) {
            shifted.add(new Span(s.start() + label.length(), s.end() + label.length(), s.emphasis(), s.face()));
        }
        return new FormattedText(label + stripped, shifted);
    }

    /** A paragraph's text with the spans of its runs, without a printed number: a note's text. */
    static FormattedText runsOf(WordDocument.Paragraph p) {
        return new FormattedText(p.text(), spans(p));
    }

    /** The spans of a paragraph's runs; empty when no run differs. */
    private static List<Span> spans(WordDocument.Paragraph p) {
        List<WordDocument.Run> runs = p.runs();
        boolean differs = false;
        boolean kai = false;
        for (WordDocument.Run run : runs) {
            differs |= run.bold() || run.emphasised();
            kai = kai || isKai(run);
        }
        boolean faces = false;
        for (int i = 0; kai && !faces && i < runs.size(); i++) {
            // a paragraph all in 楷体 is in the paragraph's face, which the writer sets
            faces = !isKai(runs.get(i)) && !runs.get(i).text().isBlank();
        }
        if (!differs && !faces) {
            return List.of();
        }
        int length = 0;
        for (WordDocument.Run run : runs) {
            length += run.text().length();
        }
        if (length != p.text().length()) {
            return List.of(); // the runs do not add up to the text: nothing to hang spans on
        }
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (WordDocument.Run run : runs) {
            int end = at + run.text().length();
            EnumSet<Emphasis> emphasis = EnumSet.noneOf(Emphasis.class);
            if (run.bold()) {
                emphasis.add(Emphasis.BOLD);
            }
            if (run.italic()) {
                emphasis.add(Emphasis.ITALIC);
            }
            if (run.underline()) {
                emphasis.add(Emphasis.UNDERLINE);
            }
            if (run.superscript()) {
                emphasis.add(Emphasis.SUPERSCRIPT);
            } else if (run.subscript()) {
                emphasis.add(Emphasis.SUBSCRIPT);
            }
            Optional<Font> face = faces && isKai(run) ? face(run.eastAsiaFont().get()) : Optional.empty();
            if (end > at && (!emphasis.isEmpty() || face.isPresent())) {
                add(out, new Span(at, end, emphasis, face));
            }
            at = end;
        }
        return out;
    }

    /** Adds a span, joined to the last one when they touch and format alike. */
    private static void add(List<Span> spans, Span span) {
        Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        if (last != null && last.end() == span.start() && last.emphasis().equals(span.emphasis())
                && last.face().equals(span.face())) {
            spans.set(spans.size() - 1, new Span(last.start(), span.end(), span.emphasis(), span.face()));
        } else {
            spans.add(span);
        }
    }

    /** The face as a font, or empty for a name the model cannot carry (too long, blank). */
    private static Optional<Font> face(String name) {
        try {
            return Optional.of(Font.chinese(name));
        } catch (InvalidDocumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a run's Chinese face is a 楷体 face (楷体, 楷体_GB2312, KaiTi, 华文楷体, 方正楷体…). */
    private static boolean isKai(WordDocument.Run run) {
        if (run.eastAsiaFont().isEmpty()) {
            return false;
        }
        String face = run.eastAsiaFont().get();
        if (face.indexOf('楷') >= 0) {
            return true;
        }
        // KaiTi, STKaiti, Kaiti SC: without a lower-cased copy of every run's face
        for (int i = face.indexOf('a'); i > 0; i = face.indexOf('a', i + 1)) {
            if (face.regionMatches(true, i - 1, "kai", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The paragraph after the {@link Builder#paragraphText} change. The change is made to the whole
     * text, whose result is the text read, as without spans; the spans follow it when the change made
     * piece by piece (each span, each stretch between) comes to the same text, so that each piece's
     * new length is known. When it does not (a fix that looks across a span's edge), the text is read
     * plain and a warning says so: spans are never guessed.
     */
    private FormattedText fixed(FormattedText text, int paragraph, List<DraftWarning> notes) {
        String whole = change(text.text(), paragraph);
        if (text.isPlain()) {
            return FormattedText.of(whole);
        }
        if (whole.equals(text.text())) {
            return text;
        }
        // the pieces: the stretches between the spans' edges and the notes' marks
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        cuts.add(0);
        cuts.add(text.text().length());
        for (Span s : text.spans()) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        for (io.gongwen.Note n : text.notes()) {
            cuts.add(n.at());
        }
        StringBuilder joined = new StringBuilder(whole.length());
        Map<Integer, Integer> moved = new java.util.HashMap<>();
        Integer last = null;
        for (int cut : cuts) {
            if (last != null) {
                joined.append(change(text.text().substring(last, cut), paragraph));
            }
            moved.put(cut, joined.length());
            last = cut;
        }
        List<Span> spans = new ArrayList<>();
        for (Span s : text.spans()) {
            int start = moved.get(s.start());
            int end = moved.get(s.end());
            if (end > start) {
                add(spans, new Span(start, end, s.emphasis(), s.face()));
            }
        }
        boolean same = joined.toString().equals(whole);
        List<io.gongwen.Note> marks = new ArrayList<>();
        for (io.gongwen.Note n : text.notes()) {
            // a note is never lost: where the fixes cannot be followed, its mark keeps its place as near as the text allows
            int at = same ? moved.get(n.at()) : Math.min(n.at(), whole.length());
            marks.add(new io.gongwen.Note(at, n.kind(), n.text()));
        }
        if (same) {
            return new FormattedText(whole, spans, marks);
        }
        notes.add(new DraftWarning(paragraph, "the text fixes change this paragraph across the edge of its bold, "
                + "italic, underlined, raised or lowered characters" + (marks.isEmpty() ? "; it is read without them"
                : " or a note's mark; it is read without its formatting, its notes' marks where they stood")
                + ": " + Line.shorten(whole.strip())));
        return new FormattedText(whole, List.of(), marks);
    }

    private String change(String text, int paragraph) {
        String changed = paragraphText.apply(text);
        if (changed == null) {
            throw new InvalidDocumentException("paragraphText", "returned null for paragraph " + paragraph);
        }
        return changed;
    }

    /**
     * Warns where the text of a body paragraph or heading has a colour, or a size other than the rest
     * of the paragraph: neither is kept (the body is black, in one size), and the clerk should know.
     * The mark's red and the title's size are the head's and are not body text.
     */
    private static void droppedLooks(WordDocument docx, Map<Integer, DocumentElement> elements,
                                     List<DraftWarning> notes) {
        for (WordDocument.Item item : docx.body()) {
            if (!(item instanceof WordDocument.Paragraph p) || p.runs().isEmpty()
                    || p.runs().size() == 1 && p.runs().get(0).color().isEmpty()) {
                continue; // one run has one size: only its colour can be dropped
            }
            DocumentElement element = elements.get(p.number());
            if (element == null || element != DocumentElement.BODY && !element.name().startsWith("HEADING")) {
                continue;
            }
            String coloured = null;
            String sized = null;
            Optional<io.gongwen.Length> size = Optional.empty();
            for (WordDocument.Run run : p.runs()) {
                if (run.text().isBlank()) {
                    continue;
                }
                if (coloured == null && run.color().isPresent()) {
                    coloured = "its coloured text (" + run.color().get() + ": " + Line.shorten(run.text().strip())
                            + ") is written in black";
                }
                if (size.isEmpty()) {
                    size = run.size();
                } else if (sized == null && run.size().isPresent()
                        && Math.abs(run.size().get().points() - size.get().points()) > 0.01) {
                    sized = "its text of another size (" + sizeName(run.size().get()) + " among " + sizeName(size.get())
                            + ": " + Line.shorten(run.text().strip()) + ") is written in the size of the rest";
                }
            }
            if (coloured != null || sized != null) {
                notes.add(new DraftWarning(p.number(), coloured == null ? sized : sized == null ? coloured
                        : coloured + "; " + sized));
            }
        }
    }

    private static String sizeName(io.gongwen.Length size) {
        String pt = String.format(java.util.Locale.ROOT, "%.1f", size.points());
        return (pt.endsWith(".0") ? pt.substring(0, pt.length() - 2) : pt) + " pt";
    }

    /** What the paragraph's formatting says: alignment, bold from its start, a heading style. */
    private static Line.Look look(WordDocument.Paragraph p, String text) {
        Line.Align align = p.alignment().map(Line.Align::of).orElse(Line.Align.UNKNOWN);
        int bold = 0;
        boolean leading = true;
        boolean all = !p.runs().isEmpty();
        for (WordDocument.Run run : p.runs()) {
            String t = run.text();
            if (leading && bold == 0 && t.isBlank()) {
                continue; // indentation before the text
            }
            if (run.bold() && leading) {
                bold += bold == 0 ? io.gongwen.Checks.stripIndentation(t).length()
                        + (t.length() - t.stripTrailing().length()) : t.length();
            } else if (!t.isBlank()) {
                leading = false;
            }
            all &= run.bold() || t.isBlank();
        }
        String style = p.style().orElse("");
        int heading = style.length() == 8 && style.startsWith("Heading") && style.charAt(7) >= '1' && style.charAt(7) <= '4'
                ? style.charAt(7) - '0' : 0;
        return new Line.Look(align, bold, all && bold > 0, heading);
    }

    /**
     * A table goes into the body as a table; one the model refuses (cells that do not fill its grid,
     * characters a document cannot carry) is kept as paragraphs, one per non-empty cell, row by row.
     */
    private static void table(WordDocument.Table table, List<Line> lines, List<DraftWarning> notes) {
        if (table.rows().isEmpty() || table.rows().stream().allMatch(r -> r.cells().isEmpty())) {
            return;
        }
        try {
            lines.add(new Line(table.number(), "", TableReader.read(table)));
            return;
        } catch (InvalidDocumentException e) {
            notes.add(new DraftWarning(table.number(), "a table of " + table.rows().size() + " rows could not be "
                    + "kept as a table (" + e.getMessage() + "); its non-empty cells are kept as paragraphs, row by row"));
        }
        for (List<String> row : table.cellTexts()) {
            for (String cell : row) {
                for (String part : cell.split("\n", -1)) {
                    lines.add(new Line(table.number(), part));
                }
            }
        }
    }

    /** Builds a {@link DocxReader}. Not thread-safe. */
    public static final class Builder extends ReaderBuilder<Builder> {
        private UnaryOperator<String> paragraphText = UnaryOperator.identity();
        private LibreOfficeConverter converter;

        private Builder() {
        }

        /**
         * A change made to each paragraph's text (with its automatic number printed in front) before
         * it is recognised, e.g. the text checker's safe fixes:
         * {@code paragraphText(TextChecker::applySafeFixes)}. It must keep the text's meaning; the
         * identity unless set.
         */
        public Builder paragraphText(UnaryOperator<String> change) {
            if (change == null) {
                throw new InvalidDocumentException("paragraphText", "must not be null");
            }
            paragraphText = change;
            return this;
        }

        /**
         * Reads Word 97-2003 .doc, WPS .wps, .rtf and .odt files too, by converting them to .docx with
         * LibreOffice first ({@link LibreOfficeConverter#find()} finds it); without a converter they are
         * refused with a message that says so.
         */
        public Builder convertWith(LibreOfficeConverter converter) {
            if (converter == null) {
                throw new InvalidDocumentException("converter", "must not be null");
            }
            this.converter = converter;
            return this;
        }

        /** A reader with these settings; the builder can go on being used. */
        public DocxReader build() {
            return new DocxReader(this);
        }
    }
}
