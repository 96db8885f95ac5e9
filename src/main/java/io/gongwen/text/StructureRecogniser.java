package io.gongwen.text;

import io.gongwen.Attendance;
import io.gongwen.BodyBuilder;
import io.gongwen.DocumentElement;
import io.gongwen.HeadingLevel;
import io.gongwen.InvalidDocumentException;
import io.gongwen.OfficialDocument;
import io.gongwen.Specification;
import io.gongwen.Table;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the structure of a 公文 in its lines, whatever they were read from: the lines of a
 * drafted text file ({@link DraftReader}) or the paragraphs of a .docx ({@link DocxReader}). The
 * title, the main recipients, numbered sections nested by level, run-in headings split from their
 * text, and the signature, date and note at the end.
 */
final class StructureRecogniser {
    /** Markers of lines that are usually not part of a document; only ever used to warn. */
    private static final Pattern LOOKS_FOREIGN = Pattern.compile(
            "QQ[群号：: ]{0,3}[0-9]{5,}|微信号|公众号[：:]|订阅|会员|禁止外传|仅供学习|版权所有|广告|https?://|www\\.|^【[^】]{0,40}】$");

    private final List<Pattern> drop;
    private final Specification specification;

    StructureRecogniser(List<Pattern> drop, Specification specification) {
        this.drop = List.copyOf(drop);
        this.specification = specification;
    }

    /**
     * What the lines were recognised as.
     *
     * @param draft the document and the warnings
     * @param elements per line number, the element whose type the line takes; absent for blank and
     *                 dropped lines and tables
     * @param dropped the numbers of the lines a drop pattern left out
     */
    record Result(Draft draft, Map<Integer, DocumentElement> elements, Set<Integer> dropped) {
    }

    Result recognise(List<Line> input) {
        return recognise(input, FrontMatter.NONE);
    }

    /**
     * Recognises the lines; the front matter's fields are set last, so they win over head-block
     * lines that say the same (with a warning).
     */
    Result recognise(List<Line> input, FrontMatter front) {
        List<DraftWarning> warnings = new ArrayList<>();
        Set<Integer> dropped = new LinkedHashSet<>();
        List<Line> lines = kept(input, warnings, dropped);
        if (lines.isEmpty()) {
            throw new InvalidDocumentException("draft", "has no text: a document needs at least a title");
        }
        Map<Integer, DocumentElement> elements = new LinkedHashMap<>();
        OfficialDocument.Builder doc = OfficialDocument.builder().specification(specification);
        HeadRecogniser.Head head = HeadRecogniser.read(lines, doc, elements);
        Set<String> given = new LinkedHashSet<>(head.given());
        lines = head.lines();
        int first = head.end();
        for (int i = 1; i < first; i++) {
            if (lines.get(i).number() == lines.get(i - 1).number()) {
                elements.remove(lines.get(i).number()); // a paragraph of two faces (a letter's 密级 and 文号)
            }
        }
        if (first >= lines.size()) {
            throw new InvalidDocumentException("line " + lines.get(lines.size() - 1).number(),
                    "the head block is all there is: a document needs a title (or, an order, its text) after it");
        }
        if (lines.get(first).isTable()) {
            throw new InvalidDocumentException("line " + lines.get(first).number(),
                    "a table comes before the title, but a document starts with its title");
        }
        String titleText = "";
        if (!head.order()) {
            // a .docx title's line breaks are its lines (U+2028 keeps them for the builder)
            int to = continued(lines, first);
            Line title = new Line(lines.get(first).number(), String.join("\u2028",
                    lines.subList(first, to).stream().map(Line::text).toList()));
            titleText = title.text();
            title.attempt(() -> doc.title(title.text()));
            elements.put(title.number(), DocumentElement.TITLE);
            first = to;
        }
        if (first < lines.size() && isAddressee(lines.get(first))) {
            Line addressee = lines.get(first++);
            addressee.attempt(() -> doc.addressee(addressee.text()));
            elements.put(addressee.number(), DocumentElement.BODY);
        }
        int end = TailRecogniser.colophon(lines, first, doc, elements, given);
        List<List<Line>> attachments = TailRecogniser.attachments(lines, first, end);
        if (!attachments.isEmpty()) {
            end = lines.indexOf(attachments.get(0).get(0));
        }
        int closingEnd = end;
        end = TailRecogniser.closing(lines, first, end, doc, warnings, given);
        for (Line closing : lines.subList(end, closingEnd)) {
            elements.put(closing.number(), DocumentElement.BODY);
        }
        List<String> note = new ArrayList<>();
        end = TailRecogniser.attachmentNote(lines, first, end, note, warnings, elements);
        Line noteLine = end < lines.size() ? lines.get(end) : null;
        // attendance lists belong to minutes: a …纪要 mark or title, or the front matter's format
        boolean minutes = head.minutes() || front.isMinutes() || titleText.endsWith("纪要");
        int attendance = end;
        end = TailRecogniser.attendance(lines, first, end, doc, minutes, given, warnings, Set.copyOf(front.keys()));
        if (end < attendance && !head.minutes()) {
            doc.format(io.gongwen.DocumentFormat.MINUTES);
        }
        Node root = tree(lines.subList(first, end), warnings, elements);
        emit(root, doc);
        List<String> titles = new ArrayList<>();
        for (List<Line> attachment : attachments) {
            titles.add(attachment(attachment, doc, warnings, elements));
        }
        if (!note.isEmpty() && !attachments.isEmpty() && !note.equals(titles)) {
            warnings.add(new DraftWarning(noteLine.number(), "the attachment note " + note + " does not match the "
                    + "attachments that follow " + titles + "; the note is written anew from the attachments"));
        } else if (!note.isEmpty() && attachments.isEmpty()) {
            noteLine.attempt(() -> doc.attachmentNote(note.toArray(String[]::new)));
        }
        for (String key : front.keys()) {
            if (given.contains(key)) {
                warnings.add(new DraftWarning(1, "the front matter's " + key + " replaces the " + key
                        + " read from the text"));
            }
        }
        front.apply(doc);
        return new Result(new Draft(doc.build(), warnings), elements, dropped);
    }

    /** Where the lines of the paragraph that starts at {@code from} end: its .docx line breaks. */
    private static int continued(List<Line> lines, int from) {
        int to = from + 1;
        while (to < lines.size() && lines.get(to).continued()) {
            to++;
        }
        return to;
    }

    /** Adds one attachment (label, title, content) to the document; returns its title. */
    private static String attachment(List<Line> lines, OfficialDocument.Builder doc, List<DraftWarning> warnings,
                                     Map<Integer, DocumentElement> elements) {
        Line label = lines.get(0);
        Line title = lines.get(1);
        elements.put(label.number(), DocumentElement.LABEL);
        elements.put(title.number(), DocumentElement.TITLE);
        // an attachment's title is one title, however its .docx paragraph was broken
        int to = continued(lines, 1);
        String text = String.join("", lines.subList(1, to).stream().map(Line::text).toList());
        Node root = tree(lines.subList(to, lines.size()), warnings, elements);
        if (root.children.isEmpty()) {
            warnings.add(new DraftWarning(title.number(), "the attachment " + Line.shorten(text) + " has no content after "
                    + "its title; it is written with its title alone"));
        }
        title.attempt(() -> doc.attachment(text, a -> emit(root, a)));
        return text;
    }

    /** Non-blank lines, trimmed, with dropped and suspicious lines reported. */
    private List<Line> kept(List<Line> input, List<DraftWarning> warnings, Set<Integer> dropped) {
        List<Line> out = new ArrayList<>();
        for (Line raw : input) {
            if (raw.isTable()) {
                out.add(raw);
                continue;
            }
            String line = io.gongwen.Checks.stripIndentation(raw.text());
            if (line.isEmpty()) {
                continue;
            }
            Pattern match = dropping(line);
            if (match != null) {
                warnings.add(new DraftWarning(raw.number(), "dropped (matches " + match.pattern() + "): " + Line.shorten(line)));
                dropped.add(raw.number());
                continue;
            }
            if (LOOKS_FOREIGN.matcher(line).find()) {
                warnings.add(new DraftWarning(raw.number(), "kept, but it looks like it is not part of the document; "
                        + "drop such lines with a pattern: " + Line.shorten(line)));
            }
            if (line.indexOf('\n') < 0) {
                out.add(new Line(raw.number(), line));
                continue;
            }
            // a .docx paragraph with line breaks: its lines, marked as continuing the paragraph
            boolean continued = false;
            for (String part : line.split("\n")) {
                String t = io.gongwen.Checks.stripIndentation(part);
                if (!t.isEmpty()) {
                    out.add(new Line(raw.number(), t, null, continued));
                    continued = true;
                }
            }
        }
        return out;
    }

    /** The first drop pattern that finds a match in a line (its indentation stripped), or null. */
    Pattern dropping(String line) {
        for (Pattern p : drop) {
            if (p.matcher(line).find()) {
                return p;
            }
        }
        return null;
    }

    private static boolean isAddressee(Line line) {
        String t = line.text();
        return !line.isTable() && (t.endsWith("：") || t.endsWith(":")) && t.length() <= 120 && Ordinal.of(t) == null;
    }

    /** Nests the body's lines by level; a number that starts again at 1 closes the section it counted in. */
    private static Node tree(List<Line> lines, List<DraftWarning> warnings, Map<Integer, DocumentElement> elements) {
        Node root = new Node(null, null, null, null, null);
        List<Node> open = new ArrayList<>();
        open.add(root);
        for (Line line : lines) {
            if (line.isTable()) {
                open.get(open.size() - 1).children.add(new Node(line, null, null, null, null));
                continue;
            }
            Ordinal ordinal = Ordinal.of(line.text());
            if (ordinal != null && io.gongwen.Checks.startsWithOrdinal(ordinal.text())) {
                warnings.add(new DraftWarning(line.number(), "starts with two numbers, so it is not a heading the "
                        + "writer can number; kept as a paragraph: " + Line.shorten(line.text())));
                ordinal = null;
            }
            if (ordinal == null) {
                open.get(open.size() - 1).children.add(new Node(line, null, null, null, line.text()));
                elements.put(line.number(), DocumentElement.BODY);
                continue;
            }
            elements.put(line.number(), DocumentElement.heading(ordinal.level()));
            while (open.size() > 1 && open.get(open.size() - 1).level.compareTo(ordinal.level()) >= 0) {
                open.remove(open.size() - 1);
            }
            Node parent = open.get(open.size() - 1);
            int expected = parent.count(ordinal.level()) + 1;
            if (ordinal.number() == 1 && expected > 1 && open.size() > 1) {
                // counting starts again: these items belong to the enclosing level, not to this section
                open.remove(open.size() - 1);
                parent = open.get(open.size() - 1);
                expected = parent.count(ordinal.level()) + 1;
            }
            if (ordinal.number() != expected) {
                warnings.add(new DraftWarning(line.number(), "numbered " + ordinal.number() + " where " + expected
                        + " was expected; the writer numbers it " + expected));
            }
            String text = ordinal.text();
            int stop = firstSentenceEnd(text);
            Node node = stop > 0 && stop < text.length() - 1
                    ? new Node(line, ordinal.level(), text.substring(0, stop + 1), text.substring(stop + 1).strip(), null)
                    : new Node(line, ordinal.level(), text, null, null);
            parent.children.add(node);
            open.add(node);
        }
        return root;
    }

    private static int firstSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("。？！".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static void emit(Node node, BodyBuilder<?> into) {
        for (Node child : node.children) {
            if (child.line.isTable()) {
                child.line.attempt(() -> into.table(child.line.table()));
            } else if (child.paragraph != null) {
                child.line.attempt(() -> into.paragraph(child.paragraph));
            } else if (child.runInText != null && !child.runInText.isEmpty()) {
                child.line.attempt(() -> into.runIn(child.level, child.heading, child.runInText, s -> emit(child, s)));
            } else {
                child.line.attempt(() -> into.section(child.level, child.heading, s -> emit(child, s)));
            }
        }
    }

    /** A drop pattern, validated: the builders of both readers take them. */
    static Pattern dropPattern(String regex) {
        if (regex == null || regex.isEmpty()) {
            throw new InvalidDocumentException("drop", "must not be empty");
        }
        try {
            return Pattern.compile(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new InvalidDocumentException("drop", "is not a regular expression: " + e.getDescription()
                    + ": " + regex);
        }
    }

    /** A paragraph, a table or a section of the body, before it goes to the builder. */
    private static final class Node {
        final Line line;
        final HeadingLevel level;
        final String heading;
        final String runInText;
        final String paragraph;
        final List<Node> children = new ArrayList<>();

        Node(Line line, HeadingLevel level, String heading, String runInText, String paragraph) {
            this.line = line;
            this.level = level;
            this.heading = heading;
            this.runInText = runInText;
            this.paragraph = paragraph;
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
    }
}
