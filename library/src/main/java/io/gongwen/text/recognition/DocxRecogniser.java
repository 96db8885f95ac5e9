package io.gongwen.text.recognition;

import io.gongwen.DocumentElement;
import io.gongwen.DocumentReadException;
import io.gongwen.Emphasis;
import io.gongwen.Font;
import io.gongwen.FormattedText;
import io.gongwen.Image;
import io.gongwen.InvalidDocumentException;
import io.gongwen.Length;
import io.gongwen.Span;
import io.gongwen.Specification;
import io.gongwen.docx.read.WordContent;
import io.gongwen.text.Draft;
import io.gongwen.text.DraftWarning;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The .docx side of {@link io.gongwen.text.DocxReader}: a read .docx's paragraphs, tables and pictures as
 * the lines {@link StructureRecogniser} recognises, and what each paragraph was recognised as for the
 * checker. Immutable and thread-safe.
 */
public final class DocxRecogniser {
    private final StructureRecogniser recogniser;
    private final UnaryOperator<String> paragraphText;

    /**
     * @param recogniser the recogniser of the lines, with its drop patterns and specification
     * @param paragraphText the change made to each paragraph's text before it is recognised (the
     *                      reader's safe fixes, or the identity)
     */
    public DocxRecogniser(StructureRecogniser recogniser, UnaryOperator<String> paragraphText) {
        this.recogniser = recogniser;
        this.paragraphText = paragraphText;
    }

    /**
     * The recognition behind the last draft each .docx was read into: so that the report of what
     * reformatting changed does not recognise the document a second time. Weak in the .docx (whose
     * identity is the key); the value holds the recognition, never the .docx. The structure is made
     * from it only when the report asks, not on every read.
     */
    private static final Map<WordContent, StructureRecogniser.Result> RECOGNISED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The document a .docx holds, with the reader's warnings. */
    public Draft draft(WordContent docx) {
        StructureRecogniser.Result result = recognise(docx);
        RECOGNISED.put(docx, result);
        return result.draft();
    }

    /**
     * What the paragraphs of a .docx were recognised as when it was read into this very draft (the
     * same object, not an equal one), if it was the last read of it.
     *
     * @param docx the .docx read
     * @param draft the draft {@link #draft(WordContent)} returned for it
     * @return the structure behind the draft; empty if the draft was not read from {@code docx} last
     */
    public static Optional<Structure> recognised(WordContent docx, Draft draft) {
        StructureRecogniser.Result r = RECOGNISED.get(docx);
        return r != null && r.draft() == draft ? Optional.of(structure(docx, r)) : Optional.empty();
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
     * @param articles the numbers of the paragraphs read as articles (第一条) and chapters (第一章): they have no
     *                 element, as their faces mix (a number in 黑体, then body text), but their text is the
     *                 document's, whose runs are checked as a body paragraph's
     * @param parts per paragraph number, the part of the head block, the closing or the colophon it is
     *              ({@link StructureRecogniser.Result#parts()}), or the part of the body or an attachment
     *              the writer sets apart (a chapter, an article, an attendance list, an attachment's
     *              label or title)
     */
    public record Structure(Map<Integer, DocumentElement> elements, java.util.Set<Integer> dropped,
                            java.util.Set<Integer> articles, Map<Integer, DocumentPart> parts) {
        public Structure {
            elements = Map.copyOf(elements);
            dropped = java.util.Set.copyOf(dropped);
            articles = java.util.Set.copyOf(articles);
            parts = Map.copyOf(parts);
        }

        /** What the paragraphs were recognised as, without articles or parts. */
        public Structure(Map<Integer, DocumentElement> elements, java.util.Set<Integer> dropped) {
            this(elements, dropped, java.util.Set.of(), Map.of());
        }
    }

    /** What each paragraph of a .docx is recognised as; see {@link Structure}. */
    public Structure structure(WordContent docx) {
        StructureRecogniser.Result result = recognise(docx);
        return structure(docx, result);
    }

    /**
     * What the recognition of the .docx found its paragraphs to be, the articles and chapters among
     * them; with the parts the recognition recorded, the parts the writer sets apart in the body and
     * the attachments: chapters, articles, attendance lists (in minutes that have them), and each
     * attachment's label (a label after the head block's) and title (the titles after a label).
     */
    private static Structure structure(WordContent docx, StructureRecogniser.Result result) {
        java.util.Set<Integer> articles = new java.util.HashSet<>();
        Map<Integer, DocumentPart> parts = new java.util.HashMap<>(result.parts());
        boolean minutes = !result.draft().document().attendances().isEmpty();
        boolean attachment = false;
        for (WordContent.Item item : docx.body()) {
            if (!(item instanceof WordContent.Paragraph p) || result.dropped().contains(p.number())) {
                continue;
            }
            DocumentElement e = result.elements().get(p.number());
            if (e == null) {
                // the lines the body's reader takes for articles and chapters, where nothing else took them
                String text = io.gongwen.internal.Checks.stripIndentation(formatted(p).text());
                if (BodyRecogniser.isChapterOrArticle(text)) {
                    articles.add(p.number());
                    parts.putIfAbsent(p.number(), BodyRecogniser.isChapter(text) ? DocumentPart.CHAPTER
                            : DocumentPart.ARTICLE);
                } else if (minutes && TailRecogniser.isAttendance(text)) {
                    parts.putIfAbsent(p.number(), DocumentPart.ATTENDANCE);
                }
            } else if (e == DocumentElement.LABEL && !parts.containsKey(p.number())) {
                attachment = true;
                parts.put(p.number(), DocumentPart.ATTACHMENT_LABEL);
            } else if (e == DocumentElement.TITLE && attachment) {
                parts.put(p.number(), DocumentPart.ATTACHMENT_TITLE);
            }
        }
        return new Structure(result.elements(), result.dropped(), articles, parts);
    }

    private StructureRecogniser.Result recognise(WordContent docx) {
        List<Line> lines = new ArrayList<>();
        List<DraftWarning> notes = new ArrayList<>();
        NoteReader noteReader = new NoteReader(docx);
        PageLayout pages = pages(docx, notes);
        for (WordContent.Item item : docx.body()) {
            if (item instanceof WordContent.Table table) {
                // a table in a landscape stretch shares its pages; one on turned pages of its own is a landscape table
                boolean stretch = table.landscape() && pages.landscape(table.number());
                // the writer sets a table in the text block, the turned page's on landscape pages
                Specification spec = recogniser.specification();
                Length width = table.landscape() ? spec.pageHeight().minus(spec.marginTop()).minus(spec.marginBottom())
                        : spec.textWidth();
                table(stretch ? table.on(table.width(), table.textWidth(), false) : table, noteReader, lines, notes,
                        new TableReader.Fit(width, spec.style(DocumentElement.TABLE).size(), io.gongwen.docx.write.PageGeometry.CELL_MARGIN));
                continue;
            }
            WordContent.Paragraph p = (WordContent.Paragraph) item;
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
        textBoxes(docx, notes);
        if (docx.trackedChanges() > 0) {
            notes.add(new DraftWarning(0, "read as if its " + docx.trackedChanges() + " tracked change"
                    + (docx.trackedChanges() == 1 ? " was" : "s were")
                    + (docx.revisions() == io.gongwen.docx.Revisions.REJECTED ? " rejected" : " accepted")));
        }
        if (docx.comments() > 0) {
            notes.add(new DraftWarning(0, docx.comments() + " comment" + (docx.comments() == 1 ? "" : "s")
                    + " left out: comments are not part of the document"));
        }
        StructureRecogniser.Result result = recogniser.recognise(lines, FrontMatter.NONE, pages);
        notKept(pages, result.elements(), notes);
        unkeptEmphasis(lines, result.draft().document(), notes);
        droppedLooks(docx, result.elements(), notes);
        io.gongwen.OfficialDocument document = noteReader.finish(result.draft().document(), notes);
        if (notes.isEmpty() && document == result.draft().document()) {
            return result;
        }
        List<DraftWarning> warnings = new ArrayList<>(notes);
        warnings.addAll(result.draft().warnings());
        warnings.sort(java.util.Comparator.comparingInt(DraftWarning::line));
        return new StructureRecogniser.Result(new Draft(document, warnings, result.draft().dropped(),
                result.draft().renumbered()), result.elements(),
                result.dropped(), result.parts());
    }

    /** The emphases that change how a text reads, which a part of the document that keeps no spans would lose. */
    private static final java.util.Set<io.gongwen.Emphasis> READING = java.util.EnumSet.of(io.gongwen.Emphasis.SUPERSCRIPT,
            io.gongwen.Emphasis.SUBSCRIPT, io.gongwen.Emphasis.ITALIC, io.gongwen.Emphasis.UNDERLINE,
            io.gongwen.Emphasis.STRIKE, io.gongwen.Emphasis.DOUBLE_STRIKE);

    /**
     * Warns of each superscript, subscript, italic, underlined or struck stretch of the source that the
     * document read keeps nowhere: one in a part that holds plain text (the head block, the closing
     * lines, the colophon), written level and plain, so that 10⁴ in a date line would print as 104.
     * Bold is not among them: a title's or a heading's bold is its look. The kept spans are counted by
     * their text and emphasis; nothing is done for a source without such stretches, which is most.
     */
    private static void unkeptEmphasis(List<Line> lines, io.gongwen.OfficialDocument document, List<DraftWarning> notes) {
        boolean any = false;
        for (Line line : lines) {
            for (Span s : line.spans()) {
                any |= reads(s);
            }
        }
        if (!any) {
            return;
        }
        Map<String, Integer> kept = new java.util.HashMap<>();
        count(String.join("", document.title()), document.titleSpans(), kept);
        keptSpans(document.body(), kept);
        document.attachments().forEach(a -> keptSpans(a.body(), kept));
        document.issued().forEach(d -> keptSpans(d.body(), kept));
        for (Line line : lines) {
            for (Span s : line.spans()) {
                if (!reads(s) || s.end() > line.text().length()) {
                    continue;
                }
                String text = line.text().substring(s.start(), s.end());
                String key = key(s, text);
                Integer left = kept.get(key);
                if (left != null && left > 0) {
                    kept.put(key, left - 1);
                    continue;
                }
                String before = line.text().substring(Math.max(0, s.start() - 6), s.start());
                notes.add(new DraftWarning(line.number(), "its " + emphasisName(s) + " text (" + Line.shorten(text)
                        + (before.isBlank() ? "" : ", after " + before.strip()) + ") is written plain and level with "
                        + "the rest: this part of the document keeps no character formatting; check it"));
            }
        }
    }

    private static boolean reads(Span s) {
        for (io.gongwen.Emphasis e : s.emphasis()) {
            if (READING.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** The span's emphases that change how it reads, and its text. */
    private static String key(Span s, String text) {
        java.util.Set<io.gongwen.Emphasis> reading = java.util.EnumSet.noneOf(io.gongwen.Emphasis.class);
        for (io.gongwen.Emphasis e : s.emphasis()) {
            if (READING.contains(e)) {
                reading.add(e);
            }
        }
        return reading + text;
    }

    private static String emphasisName(Span s) {
        return s.is(io.gongwen.Emphasis.SUPERSCRIPT) ? "superscript" : s.is(io.gongwen.Emphasis.SUBSCRIPT) ? "subscript"
                : s.is(io.gongwen.Emphasis.ITALIC) ? "italic" : s.is(io.gongwen.Emphasis.UNDERLINE) ? "underlined"
                : "struck-through";
    }

    /** Counts the spans the blocks keep, by {@link #key}. */
    private static void keptSpans(List<io.gongwen.Block> blocks, Map<String, Integer> kept) {
        for (io.gongwen.Block b : blocks) {
            if (b instanceof io.gongwen.Paragraph p) {
                count(p.text(), p.spans(), kept);
            } else if (b instanceof io.gongwen.Article a) {
                count(a.text(), a.spans(), kept);
            } else if (b instanceof io.gongwen.Chapter c) {
                c.title().ifPresent(t -> count(t, c.titleSpans(), kept));
            } else if (b instanceof io.gongwen.Table t) {
                t.rows().forEach(row -> row.forEach(cell -> count(cell.text(), cell.spans(), kept)));
            } else if (b instanceof io.gongwen.Section s) {
                count(s.heading(), s.headingSpans(), kept);
                s.runInText().ifPresent(t -> count(t, s.runInSpans(), kept));
                keptSpans(s.body(), kept);
            }
        }
    }

    private static void count(String text, List<Span> spans, Map<String, Integer> kept) {
        for (Span s : spans) {
            if (reads(s) && s.end() <= text.length()) {
                kept.merge(key(s, text.substring(s.start(), s.end())), 1, Integer::sum);
            }
        }
    }

    /**
     * The author's page breaks, each moved on to the paragraph (or table, or picture) it puts on a new
     * page past blank paragraphs, and the landscape stretches: the sections on landscape pages that hold
     * text or a picture, with the sections of turned tables next to them (a section of tables alone is
     * a landscape table's, as the writer makes them). A document on landscape pages from its first
     * paragraph has its head and title there too, which the standard keeps portrait: it is read as
     * before, its tables landscape, with a warning.
     */
    private static PageLayout pages(WordContent docx, List<DraftWarning> notes) {
        WordContent.Pages source = docx.pages();
        if (source.breaksBefore().isEmpty() && source.landscape().isEmpty() && source.breaksInText().isEmpty()) {
            return PageLayout.NONE;
        }
        java.util.Set<Integer> breaks = new java.util.HashSet<>();
        java.util.Set<Integer> text = new java.util.HashSet<>();
        boolean pending = false;
        for (WordContent.Item item : docx.body()) {
            int number = item instanceof WordContent.Table t ? t.number() : ((WordContent.Paragraph) item).number();
            pending |= source.breaksBefore().contains(number);
            boolean blank = item instanceof WordContent.Paragraph p && p.text().isBlank() && p.pictures().isEmpty();
            if (blank) {
                continue;
            }
            if (item instanceof WordContent.Paragraph) {
                text.add(number);
            }
            if (pending) {
                breaks.add(number);
                pending = false;
            }
        }
        List<WordContent.Range> ranges = source.landscape();
        boolean[] stretch = new boolean[ranges.size()];
        int t = 0;
        List<Integer> sorted = new ArrayList<>(text);
        java.util.Collections.sort(sorted);
        for (int i = 0; i < ranges.size(); i++) {
            WordContent.Range r = ranges.get(i);
            while (t < sorted.size() && sorted.get(t) < r.first()) {
                t++;
            }
            stretch[i] = t < sorted.size() && sorted.get(t) <= r.last();
        }
        for (int i = 1; i < ranges.size(); i++) {
            stretch[i] |= stretch[i - 1] && ranges.get(i).first() == ranges.get(i - 1).last() + 1;
        }
        for (int i = ranges.size() - 2; i >= 0; i--) {
            stretch[i] |= stretch[i + 1] && ranges.get(i + 1).first() == ranges.get(i).last() + 1;
        }
        List<WordContent.Range> stretches = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            if (!stretch[i]) {
                continue;
            }
            if (ranges.get(i).first() <= 1) {
                notes.add(new DraftWarning(1, "the document is set on landscape pages from its start, its head and "
                        + "title too, which GB/T 9704-2012 sets on portrait pages; it is read on portrait pages, its "
                        + "tables on landscape pages of their own"));
                continue;
            }
            stretches.add(ranges.get(i));
        }
        return new PageLayout(breaks, new WordContent.Pages(java.util.Set.of(), source.breaksInText(), stretches));
    }

    /**
     * Warns at each page break and landscape stretch no body kept, except where the writer starts a
     * new page anyway: an attachment's label, an issued document's title, the colophon; and at each
     * page break between the words of a paragraph, kept (the paragraph is two) or not.
     */
    private static void notKept(PageLayout pages, Map<Integer, DocumentElement> elements, List<DraftWarning> notes) {
        for (int number : new java.util.TreeSet<>(pages.breaks())) {
            DocumentElement e = elements.get(number);
            if (pages.wasKept(number) || e == DocumentElement.LABEL || e == DocumentElement.TITLE
                    || e == DocumentElement.COLOPHON) {
                continue;
            }
            notes.add(new DraftWarning(number, "the page break before this paragraph is not kept: it stands outside "
                    + "the body (the closing follows the body on its page, as GB/T 9704-2012 §7.3.5 asks)"));
        }
        for (WordContent.TextBreak b : pages.inText()) {
            notes.add(new DraftWarning(b.paragraph(), !pages.wasKept(b)
                    ? "a page break stands between the words of this paragraph; it is not kept: it stands outside "
                            + "the body, and the text after it is read as after a line break"
                    : "a page break stands between the words of this paragraph; the text after it is a paragraph "
                            + "of its own, on a new page"));
        }
        for (WordContent.Range r : pages.stretches()) {
            for (int number = r.first(); number <= r.last(); number++) {
                if (elements.containsKey(number) && !pages.wasKept(number)) {
                    notes.add(new DraftWarning(number, "this paragraph stood on a landscape page outside the body; "
                            + "it is set on a portrait page (only a body has landscape stretches)"));
                    break;
                }
            }
        }
    }

    /** A warning at the paragraph each text box, shape or WordArt is anchored in, saying where its text went. */
    private static void textBoxes(WordContent docx, List<DraftWarning> notes) {
        if (docx.textBoxes().isEmpty()) {
            return;
        }
        Map<Integer, String> texts = new java.util.HashMap<>();
        for (WordContent.Paragraph p : docx.paragraphs()) {
            texts.put(p.number(), p.text());
        }
        for (WordContent.TextBox box : docx.textBoxes()) {
            String first = texts.getOrDefault(box.first(), "").strip();
            String where = box.first() == box.last() ? "paragraph " + box.first()
                    : "paragraphs " + box.first() + "–" + box.last();
            notes.add(new DraftWarning(box.paragraph(), boxName(box.kind()) + " is not laid out; its text is kept as "
                    + where + ", right after this paragraph" + (first.isEmpty() ? "" : ": " + Line.shorten(first))));
        }
    }

    /** "a text box", "a shape with text", "WordArt". */
    private static String boxName(WordContent.BoxKind kind) {
        return switch (kind) {
            case TEXT_BOX -> "a text box";
            case SHAPE -> "a shape with text";
            case WORD_ART -> "WordArt";
        };
    }

    /** EMU per point: 914,400 an inch, 72 points an inch. */
    private static final double EMU_PER_POINT = 12_700;

    /**
     * The paragraph's pictures, each a line of its own after the paragraph's text: a picture alone in
     * its paragraph stands where it stood; one among text, or floating, comes right after that text,
     * with a warning. What is left out, and how a size is bounded, {@link #image} says.
     */
    private static void pictures(WordContent.Paragraph p, List<Line> lines, List<DraftWarning> notes) {
        for (WordContent.Picture q : p.pictures()) {
            Optional<Image> image = image(p.number(), q, notes);
            if (image.isEmpty()) {
                continue;
            }
            String what = "the picture " + q.name();
            // said where the picture is kept: one outside the body is left out, with a warning of its own
            String note = q.floating() ? what + " floats over the text; it is kept in the text, centred on a line "
                    + "of its own after its paragraph"
                    : p.text().isBlank() ? "" : what + " stands among the paragraph's text; it is kept centred on a "
                    + "line of its own after the text";
            lines.add(new Line(p.number(), note, image.get(), false, Line.Look.NONE, false));
        }
    }

    /**
     * A picture of a paragraph (of the body, or of a table cell) as the model's {@link Image}, its size
     * the one its {@code wp:extent} gives. A floating picture the size and shape of a seal, or named a
     * seal (印章, 签名章, as the writer names them), is left out without a warning, as seals always were
     * (they are given with {@link io.gongwen.Seal}); left out with a warning: a picture whose image is
     * not in the package, that declares no size, or that the model refuses (a format it does not know,
     * more pixels than it takes). A size larger than {@link Image#LARGEST_SIDE} is scaled down to it,
     * proportions kept, with a warning.
     *
     * @param paragraph the number of the paragraph it stands in, for the warnings
     * @return the picture, or empty if it is left out
     */
    static Optional<Image> image(int paragraph, WordContent.Picture q, List<DraftWarning> notes) {
        String what = "the picture " + q.name();
        if (q.bytes().length == 0) {
            notes.add(new DraftWarning(paragraph, what + " is left out: its image is not in the package (a linked picture?)"));
            return Optional.empty();
        }
        double width = q.widthEmu() / EMU_PER_POINT;
        double height = q.heightEmu() / EMU_PER_POINT;
        if (!(width > 0) || !(height > 0)) {
            notes.add(new DraftWarning(paragraph, what + " is left out: it declares no size (wp:extent)"));
            return Optional.empty();
        }
        double largest = Image.LARGEST_SIDE.points();
        if (width > largest || height > largest) {
            double scale = largest / Math.max(width, height);
            notes.add(new DraftWarning(paragraph, what + String.format(java.util.Locale.ROOT,
                    " declares %.0f × %.0f mm; it is scaled down to fit %.0f mm", width / 72 * 25.4,
                    height / 72 * 25.4, Image.LARGEST_SIDE.toMillimetres())));
            width = Math.max(width * scale, 0.05);
            height = Math.max(height * scale, 0.05);
        }
        if (q.floating() && (sealLike(width, height) || q.description().contains("印章")
                || q.description().contains("签名章"))) {
            return Optional.empty(); // seals are not read, as before pictures were (give seals with Seal)
        }
        try {
            return Optional.of(Image.of(q.bytes(), Length.pt(width), Length.pt(height)));
        } catch (InvalidDocumentException e) {
            notes.add(new DraftWarning(paragraph, what + " is left out: " + e.getMessage()));
            return Optional.empty();
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
    private static FormattedText formatted(WordContent.Paragraph p) {
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
    static FormattedText runsOf(WordContent.Paragraph p) {
        return new FormattedText(p.text(), spans(p));
    }

    /** The spans of a paragraph's runs; empty when no run differs. */
    private static List<Span> spans(WordContent.Paragraph p) {
        List<WordContent.Run> runs = p.runs();
        boolean differs = false;
        boolean kai = false;
        for (WordContent.Run run : runs) {
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
        for (WordContent.Run run : runs) {
            length += run.text().length();
        }
        if (length != p.text().length()) {
            return List.of(); // the runs do not add up to the text: nothing to hang spans on
        }
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (WordContent.Run run : runs) {
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
            if (run.doubleStrike()) {
                emphasis.add(Emphasis.DOUBLE_STRIKE);
            } else if (run.strike()) {
                emphasis.add(Emphasis.STRIKE);
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
    private static boolean isKai(WordContent.Run run) {
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
     * The paragraph after the {@code DocxReader.Builder#paragraphText} change. The change is made to the whole
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
     * Formatting of a body paragraph's or a heading's text that the writer does not keep: a colour (the
     * body is black), a size other than the rest of the paragraph's (the body is in one size),
     * highlighting, capitals and character spacing. The mark's red and the title's size are the head's
     * and are not body text.
     *
     * @param paragraph the paragraph's number
     * @param kind what is dropped
     * @param value the colour as its hex RGB value ("FF0000"), the other size ("22 pt"), the highlight's
     *              colour ("yellow", or a shading's "FFFF00"), "small capitals", or the spacing ("+2 pt")
     * @param among for a size, the size of the rest of the paragraph ("16 pt"); empty for the others
     * @param text the first stretch of text so formatted, shortened to 40 characters
     */
    public record DroppedLook(int paragraph, Look kind, String value, Optional<String> among, String text) {
        /** What is dropped. */
        public enum Look {
            /** A colour other than black. */
            COLOUR,
            /** A size other than the rest of the paragraph's. */
            SIZE,
            /** Highlighting ({@code w:highlight}) or a run's shading ({@code w:shd}). */
            HIGHLIGHT,
            /** Small capitals or capitals ({@code w:smallCaps}, {@code w:caps}). */
            CAPITALS,
            /** Space added between characters, or taken away ({@code w:spacing/@w:val}). */
            SPACING
        }

        /** The warning's clause: "its coloured text (FF0000: 认真) is written in black". */
        String said() {
            return switch (kind) {
                case COLOUR -> "its coloured text (" + value + ": " + text + ") is written in black";
                case SIZE -> "its text of another size (" + value + " among " + among.orElse("") + ": " + text
                        + ") is written in the size of the rest";
                case HIGHLIGHT -> "its highlighted text (" + value + ": " + text + ") is written without highlighting";
                case CAPITALS -> "its text in " + value + " (" + text + ") is written in the letters as typed";
                case SPACING -> "its text with its characters spaced (" + value + ": " + text
                        + ") is written with the body's spacing";
            };
        }
    }

    /**
     * What the writer drops of the formatting of the body's paragraphs and headings, as the structure
     * recognised them, and of the paragraphs of table cells below the title: at most one of each
     * {@link DroppedLook.Look} per paragraph (the first found), in paragraph order and, in a paragraph,
     * in the order of {@link DroppedLook.Look}.
     */
    public static List<DroppedLook> droppedLooks(WordContent docx, Structure structure) {
        return droppedLooks(docx, structure.elements());
    }

    private static List<DroppedLook> droppedLooks(WordContent docx, Map<Integer, DocumentElement> elements) {
        List<DroppedLook> out = new ArrayList<>();
        for (WordContent.Paragraph p : writtenAsText(docx, elements)) {
            if (p.runs().isEmpty() || p.runs().size() == 1 && plainLooking(p.runs().get(0))) {
                continue; // one run has one size: only its colour, highlighting, capitals or spacing can be dropped
            }
            DroppedLook coloured = null;
            DroppedLook sized = null;
            DroppedLook highlighted = null;
            DroppedLook capitals = null;
            DroppedLook spaced = null;
            Optional<io.gongwen.Length> spacing = null;
            WordContent.Run first = null;
            Optional<io.gongwen.Length> size = Optional.empty();
            for (WordContent.Run run : p.runs()) {
                if (io.gongwen.internal.Checks.stripIndentation(run.text()).isEmpty()) {
                    continue; // white space, no-break spaces among it, shows no size or colour
                }
                if (coloured == null && run.color().isPresent()) {
                    coloured = new DroppedLook(p.number(), DroppedLook.Look.COLOUR, run.color().get(), Optional.empty(),
                            Line.shorten(run.text().strip()));
                }
                if (highlighted == null && run.highlight().isPresent()) {
                    highlighted = new DroppedLook(p.number(), DroppedLook.Look.HIGHLIGHT, run.highlight().get(),
                            Optional.empty(), Line.shorten(run.text().strip()));
                }
                if (capitals == null && run.smallCaps()) {
                    capitals = new DroppedLook(p.number(), DroppedLook.Look.CAPITALS, "small capitals",
                            Optional.empty(), Line.shorten(run.text().strip()));
                }
                if (spacing == null) {
                    spacing = run.characterSpacing();
                    first = run;
                } else if (spaced == null && !run.characterSpacing().equals(spacing)) {
                    // the spacing of the paragraph as a whole is its layout (the writer sets the body's); a stretch
                    // spaced otherwise is the author's: the one that states a spacing
                    WordContent.Run odd = run.characterSpacing().isPresent() ? run : first;
                    double pt = odd.characterSpacing().get().points();
                    spaced = new DroppedLook(p.number(), DroppedLook.Look.SPACING, (pt > 0 ? "+" : "")
                            + sizeName(odd.characterSpacing().get()), Optional.empty(), Line.shorten(odd.text().strip()));
                }
                if (size.isEmpty()) {
                    size = run.size();
                } else if (sized == null && run.size().isPresent()
                        && Math.abs(run.size().get().points() - size.get().points()) > 0.01) {
                    sized = new DroppedLook(p.number(), DroppedLook.Look.SIZE, sizeName(run.size().get()),
                            Optional.of(sizeName(size.get())), Line.shorten(run.text().strip()));
                }
            }
            if (coloured != null) {
                out.add(coloured);
            }
            if (sized != null) {
                out.add(sized);
            }
            for (DroppedLook look : new DroppedLook[] {highlighted, capitals, spaced}) {
                if (look != null) {
                    out.add(look);
                }
            }
        }
        return out;
    }

    /**
     * The paragraphs written in the body's look, in order: the body's paragraphs and headings, and the
     * paragraphs of the table cells below the title (a table above it is the head's: a joint mark, red
     * on purpose).
     */
    private static List<WordContent.Paragraph> writtenAsText(WordContent docx, Map<Integer, DocumentElement> elements) {
        int title = Integer.MAX_VALUE;
        for (Map.Entry<Integer, DocumentElement> e : elements.entrySet()) {
            title = e.getValue() == DocumentElement.TITLE ? Math.min(title, e.getKey()) : title;
        }
        List<WordContent.Paragraph> out = new ArrayList<>();
        for (WordContent.Item item : docx.body()) {
            if (item instanceof WordContent.Table table && (title == Integer.MAX_VALUE || table.number() > title)) {
                for (WordContent.Row row : table.rows()) {
                    for (WordContent.Cell cell : row.cells()) {
                        out.addAll(cell.paragraphs());
                    }
                }
            } else if (item instanceof WordContent.Paragraph p && elements.get(p.number()) != null
                    && (elements.get(p.number()) == DocumentElement.BODY
                    || elements.get(p.number()).name().startsWith("HEADING"))) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether a run has nothing the writer drops but its size and spacing (the paragraph's own, when it is alone). */
    private static boolean plainLooking(WordContent.Run run) {
        return run.color().isEmpty() && run.highlight().isEmpty() && !run.smallCaps();
    }

    /** Warns where the writer drops a colour or a size of body text: the clerk should know. */
    private static void droppedLooks(WordContent docx, Map<Integer, DocumentElement> elements,
                                     List<DraftWarning> notes) {
        List<DroppedLook> looks = droppedLooks(docx, elements);
        for (int i = 0; i < looks.size(); i++) {
            DroppedLook look = looks.get(i);
            StringBuilder said = new StringBuilder(look.said());
            while (i + 1 < looks.size() && looks.get(i + 1).paragraph() == look.paragraph()) {
                said.append("; ").append(looks.get(++i).said());
            }
            notes.add(new DraftWarning(look.paragraph(), said.toString()));
        }
    }

    private static String sizeName(io.gongwen.Length size) {
        String pt = String.format(java.util.Locale.ROOT, "%.1f", size.points());
        return (pt.endsWith(".0") ? pt.substring(0, pt.length() - 2) : pt) + " pt";
    }

    /** What the paragraph's formatting says: alignment, bold from its start, a heading style. */
    private static Line.Look look(WordContent.Paragraph p, String text) {
        Line.Align align = p.alignment().map(Line.Align::of).orElse(Line.Align.UNKNOWN);
        int bold = 0;
        boolean leading = true;
        boolean all = !p.runs().isEmpty();
        for (WordContent.Run run : p.runs()) {
            String t = run.text();
            if (leading && bold == 0 && t.isBlank()) {
                continue; // indentation before the text
            }
            if (run.bold() && leading) {
                bold += bold == 0 ? io.gongwen.internal.Checks.stripIndentation(t).length()
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
     * A table goes into the body as a table, its cells' text with its spans and notes; one the model
     * refuses (cells that do not fill its grid, characters a document cannot carry) is kept as
     * paragraphs, one per non-empty cell, row by row, with the same spans and notes.
     */
    private static void table(WordContent.Table table, NoteReader noteReader, List<Line> lines,
                              List<DraftWarning> notes, TableReader.Fit fit) {
        if (table.rows().isEmpty() || table.rows().stream().allMatch(r -> r.cells().isEmpty())) {
            return;
        }
        // the notes and pictures are read once, before the table is tried: a refused table keeps them
        List<List<TableReader.CellContent>> cells = TableReader.cells(table, noteReader, notes);
        try {
            lines.add(new Line(table.number(), "", TableReader.read(table, cells, fit)));
            return;
        } catch (InvalidDocumentException e) {
            notes.add(new DraftWarning(table.number(), "a table of " + table.rows().size() + " rows could not be "
                    + "kept as a table (" + e.getMessage() + "); its non-empty cells are kept as paragraphs, row by row"
                    + (cells.stream().allMatch(r -> r.stream().allMatch(c -> c.pictures().isEmpty())) ? ""
                    : ", and its cells' pictures after them")));
        }
        List<Image> pictures = new ArrayList<>();
        for (List<TableReader.CellContent> row : cells) {
            for (TableReader.CellContent content : row) {
                FormattedText cell = content.text();
                int from = 0;
                for (String part : cell.text().split("\n", -1)) {
                    lines.add(new Line(table.number(), cell.isPlain() ? FormattedText.of(part)
                            : cell.slice(from, from + part.length()), Line.Look.NONE));
                    from += part.length() + 1;
                }
                content.pictures().forEach(p -> pictures.add(p.image()));
            }
        }
        for (Image picture : pictures) {
            lines.add(new Line(table.number(), "", picture, false, Line.Look.NONE, false));
        }
    }
}
