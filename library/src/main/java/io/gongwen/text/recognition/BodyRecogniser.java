package io.gongwen.text.recognition;

import io.gongwen.text.DraftWarning;
import io.gongwen.BodyBuilder;
import io.gongwen.DocumentElement;
import io.gongwen.FormattedText;
import io.gongwen.HeadingLevel;
import io.gongwen.PageBreak;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines of a body (the document's, an attachment's or an issued document's) into
 * paragraphs, numbered sections, articles, chapters and tables, keeping the numbers as the source
 * prints them.
 *
 * <p>A numbered line is a heading or a numbered paragraph, decided as documents are written:
 * <ul>
 * <li>a heading is one short phrase or sentence (at most {@value #SHORT_SENTENCE} characters) on a
 * line of its own with content under it, or such a sentence run in with its text
 * ("（一）指导思想。以……");</li>
 * <li>a numbered paragraph (an item) ends like an entry of a list (；：，、), is one long sentence, or
 * is a short entry followed directly by the next one;</li>
 * <li>the lines numbered in one series under one parent (siblings) are read together: a series with
 * any list entry is a list, a series of headings is headings, and a mixed series goes with its
 * majority, its long lines staying paragraphs;</li>
 * <li>what the source's own formatting says wins: a heading style (Heading 1–4) or a paragraph that is
 * bold from its start is a heading;</li>
 * <li>in a text written in articles (第一条), numbered lines are the items of the articles.</li>
 * </ul>
 * A numbered paragraph keeps its number in its text, as written. Headings keep their printed numbers
 * (continuous clause numbering, gaps and repeats included, each gap or repeat reported) unless the
 * reader renumbers.
 */
final class BodyRecogniser {
    /** The longest heading sentence, in characters: what fits one line of a heading with its number. */
    static final int SHORT_SENTENCE = 30;
    /** The longest heading that is a phrase without punctuation (a long 一、 heading). */
    private static final int LONGEST_PHRASE = 50;
    /** A bold heading longer than this is not taken on the strength of its bold alone. */
    private static final int LONGEST_BOLD_HEADING = 60;
    private static final Pattern ARTICLE = Pattern.compile(
            "^(第[一二三四五六七八九十百千零〇两0-9０-９]{1,8}条)(?:[ \\u3000\\u00A0]+|(?=[^ \\u3000\\u00A0]))(.*)$");
    private static final Pattern CHAPTER = Pattern.compile(
            "^(第[一二三四五六七八九十百千零〇两0-9０-９]{1,8}[编章节])(?:[ \\u3000\\u00A0]+([^。；，：！？]{1,40}))?$");
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("[（(][^（）()]{1,40}[）)]$");

    private final boolean renumber;
    private final List<DraftWarning> warnings;
    private final Map<Integer, DocumentElement> elements;
    private final PageLayout pages;
    /** The headings renumbering changed, for the report. */
    private final List<io.gongwen.text.Draft.Renumbered> renumbered;
    /**
     * Per builder, the last number it gave at each level, as {@link BodyBuilder} counts when it numbers
     * the headings itself (renumbering): a level's next heading takes the next number, and restarts
     * every lower level.
     */
    private final Map<BodyBuilder<?>, int[]> given = new java.util.IdentityHashMap<>();
    /** Whether the body being read is in a landscape stretch. */
    private boolean turned;
    /** Whether the last block added to the body being read was a landscape table outside a stretch. */
    private boolean afterLandscapeTable;

    BodyRecogniser(boolean renumber, List<DraftWarning> warnings, Map<Integer, DocumentElement> elements) {
        this(renumber, warnings, elements, PageLayout.NONE);
    }

    BodyRecogniser(boolean renumber, List<DraftWarning> warnings, Map<Integer, DocumentElement> elements,
                   PageLayout pages) {
        this(renumber, warnings, elements, pages, new ArrayList<>());
    }

    /** As the other constructor; each heading whose printed number renumbering changes is added to {@code renumbered}. */
    BodyRecogniser(boolean renumber, List<DraftWarning> warnings, Map<Integer, DocumentElement> elements,
                   PageLayout pages, List<io.gongwen.text.Draft.Renumbered> renumbered) {
        this.renumbered = renumbered;
        this.renumber = renumber;
        this.warnings = warnings;
        this.elements = elements;
        this.pages = pages;
    }

    /** Whether a line is a chapter's or an article's: "第一章　总则", "第三条　……". */
    static boolean isChapterOrArticle(String text) {
        if (!text.startsWith("第")) {
            return false;
        }
        Matcher article = ARTICLE.matcher(text);
        return CHAPTER.matcher(text).matches() || article.matches() && !article.group(2).isBlank();
    }

    /** Whether a line is a chapter's, a part's or a section's title: "第一章　总则". */
    static boolean isChapter(String text) {
        return text.startsWith("第") && CHAPTER.matcher(text).matches();
    }

    /** Reads the lines and adds what they hold to {@code into}. */
    void read(List<Line> lines, BodyBuilder<?> into) {
        Node root = tree(lines);
        decide(root);
        numbering(root, new EnumMap<>(HeadingLevel.class));
        turned = false;
        afterLandscapeTable = false;
        emit(root, into);
        if (turned) {
            into.pageBreak(PageBreak.PORTRAIT); // a body ends on portrait pages: the closing follows on one
            turned = false;
        }
    }

    /**
     * The page break the source puts before a line, if any: a landscape stretch starting or ending
     * there, or the author's page break. One a landscape table outside a stretch implies (it has
     * pages of its own) is not given twice.
     */
    private void pageBefore(Line line, BodyBuilder<?> into) {
        boolean landscape = pages.landscape(line);
        boolean landscapeTable = line.isTable() && line.table().landscape() && !landscape;
        if (landscape != turned) {
            into.pageBreak(landscape ? PageBreak.LANDSCAPE : PageBreak.PORTRAIT);
            turned = landscape;
            pages.kept(line);
        } else if (pages.breakBefore(line)) {
            if (!landscapeTable && !afterLandscapeTable) {
                into.pageBreak();
            }
            pages.kept(line);
        }
        if (landscape) {
            pages.kept(line);
        }
        afterLandscapeTable = landscapeTable;
    }

    /** The lines nested by the levels of their numbers, every numbered line a candidate section. */
    private Node tree(List<Line> lines) {
        Node root = Node.root();
        List<Node> open = new ArrayList<>();
        open.add(root);
        boolean articles = false;
        Node previous = null;
        for (Line line : lines) {
            if (previous != null && line.blankBefore()) {
                previous.blankAfter = true;
            }
            previous = null;
            Node top = open.get(open.size() - 1);
            if (line.block() != null) {
                top.children.add(new Node(Kind.BLOCK, line));
                continue;
            }
            String text = line.text();
            // both start with 第: other lines need neither pattern
            boolean numbered = text.startsWith("第");
            Matcher chapter = numbered ? CHAPTER.matcher(text) : null;
            Matcher article = numbered ? ARTICLE.matcher(text) : null;
            if (numbered && chapter.matches()) {
                open.subList(1, open.size()).clear();
                Node n = new Node(Kind.CHAPTER, line);
                n.heading = chapter.group(1);
                n.text = chapter.group(2) == null ? "" : chapter.group(2).strip();
                n.at = n.text.isEmpty() ? -1 : text.indexOf(n.text, chapter.start(2));
                root.children.add(n);
                articles = true;
                continue;
            }
            if (numbered && article.matches() && !article.group(2).isBlank()) {
                open.subList(1, open.size()).clear();
                Node n = new Node(Kind.ARTICLE, line);
                n.heading = article.group(1);
                n.text = article.group(2).strip();
                n.at = text.indexOf(n.text, article.start(2));
                root.children.add(n);
                articles = true;
                continue;
            }
            Ordinal ordinal = Ordinal.of(text);
            if (ordinal != null && io.gongwen.internal.Checks.startsWithOrdinal(ordinal.text())) {
                warnings.add(new DraftWarning(line.number(), "starts with two numbers, so it is not a heading the "
                        + "writer can number; kept as a paragraph: " + Line.shorten(text)));
                ordinal = null;
            }
            if (ordinal == null) {
                top.children.add(new Node(Kind.PARAGRAPH, line));
                elements.put(line.number(), DocumentElement.BODY);
                continue;
            }
            while (open.size() > 1 && open.get(open.size() - 1).level.compareTo(ordinal.level()) >= 0) {
                open.remove(open.size() - 1);
            }
            Node parent = open.get(open.size() - 1);
            if (ordinal.number() == 1 && parent.count(ordinal.level()) > 0 && open.size() > 1) {
                // counting starts again: these items belong to the enclosing level, not to this section
                open.remove(open.size() - 1);
                parent = open.get(open.size() - 1);
            }
            Node n = new Node(Kind.NUMBERED, line);
            n.level = ordinal.level();
            n.number = ordinal.number();
            n.text = ordinal.text();
            n.inArticles = articles;
            parent.children.add(n);
            open.add(n);
            previous = n;
            continue;
        }
        return root;
    }

    /** Decides, series by series, which numbered lines are headings. */
    private void decide(Node node) {
        List<Node> series = new ArrayList<>();
        HeadingLevel level = null;
        for (Node child : node.children) {
            if (child.kind != Kind.NUMBERED) {
                continue;
            }
            if (child.level != level || child.number == 1 && !series.isEmpty()) {
                decideSeries(series);
                series = new ArrayList<>();
                level = child.level;
            }
            series.add(child);
        }
        decideSeries(series);
        for (Node child : node.children) {
            decide(child);
        }
    }

    private void decideSeries(List<Node> series) {
        if (series.isEmpty()) {
            return;
        }
        int headings = 0;
        boolean list = false;
        for (Node n : series) {
            n.form = form(n);
            list |= n.form == Form.LIST_ENTRY;
            if (n.form == Form.HEADING || n.form == Form.RUN_IN) {
                headings++;
            }
        }
        // a short entry in a series of headings is a heading whose content the source left out
        boolean majority = !list && headings > 0 && 2 * headings >= series.size();
        for (Node n : series) {
            boolean forced = n.forcedHeading();
            n.isHeading = forced || majority && n.form != Form.ITEM;
        }
    }

    /** What a numbered line's words make it, the source's formatting first. */
    private static Form form(Node n) {
        String t = n.text;
        String core = t.endsWith("）") || t.endsWith(")") ? TRAILING_PARENTHESIS.matcher(t).replaceFirst("").strip() : t.strip();
        if (core.isEmpty()) {
            core = t;
        }
        if (n.inArticles) {
            return Form.LIST_ENTRY; // the items of an article
        }
        // a trailing "（负责部门：商务部）" is not text of its own
        int stop = sentenceEnd(core);
        boolean runsOn = stop >= 0 && stop < core.length() - 1;
        if (!runsOn && "；;，,、：:".indexOf(core.charAt(core.length() - 1)) >= 0) {
            return Form.LIST_ENTRY;
        }
        if (!runsOn) {
            // a sentence of at most 30 characters, or a longer phrase with no punctuation at all
            int words = words(core);
            boolean phrase = words <= SHORT_SENTENCE && core.indexOf('；') < 0
                    || words <= LONGEST_PHRASE && isPhrase(core);
            // a heading stands over content (or over a blank line, where a picture stood); a short
            // entry followed directly by the next one is an item
            return !phrase ? Form.ITEM : !n.children.isEmpty() || n.blankAfter ? Form.HEADING : Form.SHORT;
        }
        String first = core.substring(0, stop + 1);
        return words(first) <= SHORT_SENTENCE && first.indexOf('；') < 0 ? Form.RUN_IN : Form.ITEM;
    }

    /** A text's length without the stop that ends it. */
    private static int words(String text) {
        int n = text.length();
        return n > 0 && "。？！：".indexOf(text.charAt(n - 1)) >= 0 ? n - 1 : n;
    }

    /** Whether a text is a phrase rather than a sentence: no punctuation that divides a sentence. */
    private static boolean isPhrase(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("。，；：！？,;:!?".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a heading sentence ends: the first 。？！, or a ： after a few words ("元旦：1月1日放假").
     */
    static int sentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '？' || c == '！') {
                return i;
            }
            if (c == '：' && i <= 12 && i < text.length() - 1) {
                return i;
            }
        }
        return -1;
    }

    /** Reports gaps and repeats in the printed numbers of the headings; continuous numbering is fine. */
    private void numbering(Node node, Map<HeadingLevel, Integer> last) {
        int previous = -1;
        HeadingLevel level = null;
        for (Node child : node.children) {
            if (child.kind != Kind.NUMBERED || !child.isHeading) {
                if (child.kind == Kind.NUMBERED) {
                    numbering(child, last);
                }
                continue;
            }
            if (child.level != level) {
                level = child.level;
                previous = -1;
            }
            int n = child.number;
            boolean fine = previous < 0
                    ? n == 1 || n == last.getOrDefault(child.level, 0) + 1
                    : n == previous + 1 || n == 1;
            if (!fine) {
                int expected = previous < 0 ? 1 : previous + 1;
                warnings.add(new DraftWarning(child.line.number(), "numbered " + n + " where " + expected
                        + " was expected; " + (renumber ? "renumbered " + expected : "kept as written")));
            }
            previous = n;
            last.put(child.level, n);
            // "last" lets a lower level go on across its parents (一、（一）（二） 二、（三）), as State
            // Council documents often number; only a parent numbered 1, a new list, makes it start anew
            for (HeadingLevel lower : HeadingLevel.values()) {
                if (lower.compareTo(child.level) > 0 && n == 1) {
                    last.remove(lower);
                }
            }
            numbering(child, last);
        }
    }

    private void emit(Node node, BodyBuilder<?> into) {
        for (Node child : node.children) {
            Line line = child.line;
            pageBefore(line, into);
            switch (child.kind) {
                case BLOCK -> line.attempt(() -> {
                    if (line.block() instanceof io.gongwen.Image image) {
                        into.image(image);
                    } else {
                        into.table(line.table());
                    }
                });
                case PARAGRAPH -> paragraph(line, into);
                case ARTICLE -> article(child, into);
                case CHAPTER -> chapter(child, into);
                case NUMBERED -> {
                    if (!child.isHeading) {
                        elements.put(line.number(), DocumentElement.BODY);
                        paragraph(line, into); // the number stays in the text, and the spans where they were
                        emit(child, into); // what stood under an item belongs to the item's parent
                    } else {
                        elements.put(line.number(), DocumentElement.heading(child.level));
                        section(child, into);
                    }
                }
                default -> throw new IllegalStateException(child.kind.name());
            }
        }
    }

    /** A body paragraph, with the spans its line carries. */
    private static void paragraph(Line line, BodyBuilder<?> into) {
        if (line.plain()) {
            line.attempt(() -> into.paragraph(line.text()));
        } else {
            line.attempt(() -> into.paragraph(line.formatted()));
        }
    }

    /**
     * An article: its number in its own style, its text body text with the spans and notes of the line
     * (a note's mark in the number goes to the text's start).
     */
    private static void article(Node n, BodyBuilder<?> into) {
        Line line = n.line;
        if (line.plain()) {
            line.attempt(() -> into.article(n.heading, n.text));
        } else {
            FormattedText text = line.formattedBetween(n.at, n.at + n.text.length());
            line.attempt(() -> into.article(n.heading, text));
        }
    }

    /**
     * A chapter: its title keeps what differs from the chapter's style ({@link Line#styledAsHeading}) and the
     * line's notes; a chapter with its number alone keeps none (the reader warns of them).
     */
    private static void chapter(Node n, BodyBuilder<?> into) {
        Line line = n.line;
        FormattedText title = line.plain() || n.text.isEmpty() ? null
                : Line.styledAsHeading(line.formattedBetween(n.at, n.at + n.text.length()));
        if (title == null || title.isPlain()) {
            line.attempt(() -> into.chapter(n.heading, n.text));
        } else {
            line.attempt(() -> into.chapter(n.heading, title));
        }
    }

    private void section(Node n, BodyBuilder<?> into) {
        Line line = n.line;
        String t = n.text;
        int stop = n.boldStop > 0 ? n.boldStop - 1 : sentenceEnd(t);
        boolean runIn = stop >= 0 && stop < t.length() - 1 && "。：？！".indexOf(t.charAt(stop)) >= 0;
        String heading = runIn ? t.substring(0, stop + 1) : t;
        String rest = runIn ? t.substring(stop + 1).strip() : "";
        if (runIn && rest.isEmpty()) {
            runIn = false;
            heading = t;
        }
        String h = heading;
        // where the text after the printed number stands in the line as read
        int at = line.plain() ? 0 : line.text().endsWith(t) ? line.text().length() - t.length() : line.text().indexOf(t);
        if (renumber) {
            renumbered(n, into);
        }
        if (runIn && !line.plain()) {
            // the heading is in its level's style; the text after it keeps its spans, counted from where it
            // stands in the line (after the printed number and the heading)
            int from = at < 0 ? -1 : at + stop + 1;
            FormattedText after = line.formattedFrom(from);
            FormattedText formatted = after.text().strip().equals(rest) ? after : FormattedText.of(rest);
            FormattedText marked = headingNotes(line, h, at, from);
            line.attempt(() -> {
                if (renumber) {
                    into.runIn(n.level, marked, formatted, s -> emit(n, s));
                } else {
                    into.runIn(n.level, n.number, marked, formatted, s -> emit(n, s));
                }
            });
        } else if (runIn) {
            line.attempt(() -> {
                if (renumber) {
                    into.runIn(n.level, h, rest, s -> emit(n, s));
                } else {
                    into.runIn(n.level, n.number, h, rest, s -> emit(n, s));
                }
            });
        } else if (!line.plain()) {
            FormattedText marked = headingNotes(line, h, at, Integer.MAX_VALUE);
            line.attempt(() -> {
                if (renumber) {
                    into.section(n.level, marked, s -> emit(n, s));
                } else {
                    into.section(n.level, n.number, marked, s -> emit(n, s));
                }
            });
        } else {
            line.attempt(() -> {
                if (renumber) {
                    into.section(n.level, h, s -> emit(n, s));
                } else {
                    into.section(n.level, n.number, h, s -> emit(n, s));
                }
            });
        }
    }

    /**
     * Counts the heading as the builder will number it, and records it when that number is not the
     * one the source printed.
     */
    private void renumbered(Node n, BodyBuilder<?> into) {
        int[] counters = given.computeIfAbsent(into, b -> new int[HeadingLevel.values().length]);
        int number = ++counters[n.level.ordinal()];
        for (int i = n.level.ordinal() + 1; i < counters.length; i++) {
            counters[i] = 0;
        }
        if (number != n.number) {
            String text = n.line.text().strip();
            int end = text.endsWith(n.text) ? text.length() - n.text.length() : text.indexOf(n.text);
            String printed = end > 0 ? text.substring(0, end).strip() : String.valueOf(n.number);
            renumbered.add(new io.gongwen.text.Draft.Renumbered(n.line.number(), n.level, printed, n.number, number));
        }
    }

    /**
     * The heading with its spans, what differs from its level's style ({@link Line#styledAsHeading}), and
     * the notes whose marks stand in the line before {@code end} (where a run-in heading's text starts;
     * the text keeps the marks from there on), each counted from the heading's first character: a mark
     * in the printed number goes to the heading's start, one in white space after it to its end. A note
     * is never lost: where the heading is not found in the line ({@code at} &lt; 0), its marks go to the
     * heading's end, and it has no spans.
     */
    private static FormattedText headingNotes(Line line, String heading, int at, int end) {
        List<io.gongwen.Note> marks = new java.util.ArrayList<>();
        for (io.gongwen.Note note : line.notes()) {
            if (at >= 0 && note.at() >= end) {
                continue;
            }
            int place = at < 0 ? heading.length() : Math.max(0, Math.min(note.at() - at, heading.length()));
            marks.add(new io.gongwen.Note(place, note.kind(), note.text()));
        }
        List<io.gongwen.Span> spans = at < 0 || line.spans().isEmpty() || at + heading.length() > line.text().length()
                ? List.of() : line.formatted().slice(at, at + heading.length()).spans();
        return Line.styledAsHeading(new FormattedText(heading, spans, marks));
    }

    private enum Kind { ROOT, BLOCK, PARAGRAPH, ARTICLE, CHAPTER, NUMBERED }

    /** What a numbered line's words alone make it. */
    private enum Form {
        /** A short phrase over content. */
        HEADING,
        /** A short sentence with the text run on after it. */
        RUN_IN,
        /** A short phrase with nothing under it: a heading among headings, else an entry of a list. */
        SHORT,
        /** One long sentence. */
        ITEM,
        /** An entry of a list: it ends in ；：，、. */
        LIST_ENTRY
    }

    /** A line of the body, and for a numbered line what stands under it. */
    private static final class Node {
        final Kind kind;
        final Line line;
        final List<Node> children = new ArrayList<>();
        HeadingLevel level;
        int number;
        /** A numbered line's text after its number; an article's or chapter's text after its label. */
        String text;
        /** An article's or chapter's label. */
        String heading;
        /** Where an article's or chapter's {@link #text} starts in its line's text; -1 for a chapter without a title. */
        int at;
        boolean inArticles;
        /** Whether a blank line follows it in the source. */
        boolean blankAfter;
        Form form;
        boolean isHeading;
        /** Where the bold heading of a run-in line ends in {@link #text} (exclusive), or 0. */
        int boldStop;

        Node(Kind kind, Line line) {
            this.kind = kind;
            this.line = line;
        }

        static Node root() {
            return new Node(Kind.ROOT, null);
        }

        int count(HeadingLevel of) {
            int n = 0;
            for (Node child : children) {
                if (child.level == of) {
                    n++;
                } else if (child.level != null && child.level.compareTo(of) < 0) {
                    n = 0;
                }
            }
            return n;
        }

        /**
         * Whether the source's formatting makes it a heading: a heading style, or bold from its start
         * over a heading's length (then a run-in heading ends where the bold does).
         */
        boolean forcedHeading() {
            Line.Look look = line.look();
            if (look.headingLevel() > 0) {
                return true;
            }
            if (inArticles || look.boldPrefix() == 0) {
                return false;
            }
            int ordinalLength = line.text().length() - text.length();
            int boldText = look.boldPrefix() - ordinalLength;
            if (look.allBold()) {
                return text.length() <= LONGEST_BOLD_HEADING;
            }
            if (boldText < 2 || boldText > LONGEST_BOLD_HEADING || boldText >= text.length()) {
                return false;
            }
            String bold = text.substring(0, boldText).strip();
            if (bold.isEmpty() || "。：？！".indexOf(bold.charAt(bold.length() - 1)) < 0) {
                return false;
            }
            boldStop = text.indexOf(bold) + bold.length();
            return true;
        }
    }
}
