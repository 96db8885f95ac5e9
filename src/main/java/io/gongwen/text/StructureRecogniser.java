package io.gongwen.text;

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
    private static final Pattern DATE = Pattern.compile(
            "^([0-9０-９]{4})[ \\u3000]*年[ \\u3000]*([0-9０-９]{1,2})[ \\u3000]*月[ \\u3000]*([0-9０-９]{1,2})[ \\u3000]*日$");
    private static final Pattern DATE_WITH_PLACEHOLDERS = Pattern.compile("^[0-9０-９X×xＸ]{2,4}年[0-9０-９X×xＸ]{1,2}月[0-9０-９X×xＸ]{1,2}日$");
    private static final Pattern NOTE = Pattern.compile("^[（(]([^（）()]{1,60})[）)]$");
    private static final int LONGEST_SIGNATURE = 40;

    private final List<Pattern> drop;
    private final Specification specification;

    StructureRecogniser(List<Pattern> drop, Specification specification) {
        this.drop = List.copyOf(drop);
        this.specification = specification;
    }

    /**
     * One line of the input: a line of a text file, or a paragraph of a .docx. A .docx table arrives
     * as one line holding the table, which goes into the body where it stands.
     *
     * @param number 1-based, as the user counts (line of the file, paragraph of the .docx)
     * @param text the line as read, white space and all
     * @param table a table; null for a line of text
     */
    record Line(int number, String text, Table table) {
        Line(int number, String text) {
            this(number, text, null);
        }

        boolean isTable() {
            return table != null;
        }
    }

    /**
     * What the lines were recognised as.
     *
     * @param draft the document and the warnings
     * @param elements per line number, the element whose type the line takes; absent for blank and
     *                 dropped lines and tables
     */
    record Result(Draft draft, Map<Integer, DocumentElement> elements) {
    }

    Result recognise(List<Line> input) {
        List<DraftWarning> warnings = new ArrayList<>();
        List<Line> lines = kept(input, warnings);
        if (lines.isEmpty()) {
            throw new InvalidDocumentException("draft", "has no text: a document needs at least a title");
        }
        if (lines.get(0).isTable()) {
            throw new InvalidDocumentException("line " + lines.get(0).number,
                    "a table comes before the title, but a document starts with its title");
        }
        Map<Integer, DocumentElement> elements = new LinkedHashMap<>();
        OfficialDocument.Builder doc = OfficialDocument.builder().specification(specification);
        int first = 0;
        Line title = lines.get(first++);
        attempt(title, () -> doc.title(title.text));
        elements.put(title.number, DocumentElement.TITLE);
        if (first < lines.size() && isAddressee(lines.get(first))) {
            Line addressee = lines.get(first++);
            attempt(addressee, () -> doc.addressee(addressee.text));
            elements.put(addressee.number, DocumentElement.BODY);
        }
        int last = closing(lines, first, doc, warnings);
        for (Line closing : lines.subList(last, lines.size())) {
            elements.put(closing.number, DocumentElement.BODY);
        }
        Node root = tree(lines.subList(first, last), warnings, elements);
        emit(root, doc);
        return new Result(new Draft(doc.build(), warnings), elements);
    }

    /** Non-blank lines, trimmed, with dropped and suspicious lines reported. */
    private List<Line> kept(List<Line> input, List<DraftWarning> warnings) {
        List<Line> out = new ArrayList<>();
        for (Line raw : input) {
            if (raw.isTable()) {
                out.add(raw);
                continue;
            }
            String line = io.gongwen.Checks.stripIndentation(raw.text);
            if (line.isEmpty()) {
                continue;
            }
            boolean dropped = false;
            for (Pattern p : drop) {
                if (p.matcher(line).find()) {
                    warnings.add(new DraftWarning(raw.number, "dropped (matches " + p.pattern() + "): " + shorten(line)));
                    dropped = true;
                    break;
                }
            }
            if (dropped) {
                continue;
            }
            if (LOOKS_FOREIGN.matcher(line).find()) {
                warnings.add(new DraftWarning(raw.number, "kept, but it looks like it is not part of the document; "
                        + "drop such lines with a pattern: " + shorten(line)));
            }
            out.add(new Line(raw.number, line));
        }
        return out;
    }

    private static boolean isAddressee(Line line) {
        String t = line.text;
        return !line.isTable() && (t.endsWith("：") || t.endsWith(":")) && t.length() <= 120 && Ordinal.of(t) == null;
    }

    /** Reads signature, date and note from the end; returns where the body ends. */
    private int closing(List<Line> lines, int first, OfficialDocument.Builder doc, List<DraftWarning> warnings) {
        int end = lines.size();
        if (end - 1 > first && matches(NOTE, lines.get(end - 1))
                && (matches(DATE, lines.get(end - 2)) || matches(DATE_WITH_PLACEHOLDERS, lines.get(end - 2)))) {
            Line note = lines.get(--end);
            attempt(note, () -> doc.note(note.text));
        }
        if (end - 1 >= first && !lines.get(end - 1).isTable()) {
            Line last = lines.get(end - 1);
            Matcher m = DATE.matcher(last.text);
            if (m.matches()) {
                try {
                    LocalDate date = LocalDate.of(Ordinal.arabic(m.group(1)), Ordinal.arabic(m.group(2)),
                            Ordinal.arabic(m.group(3)));
                    attempt(last, () -> doc.date(date));
                    end--;
                } catch (DateTimeException e) {
                    warnings.add(new DraftWarning(last.number, "not a real date, kept as a paragraph: " + last.text));
                }
            } else if (DATE_WITH_PLACEHOLDERS.matcher(last.text).matches()) {
                warnings.add(new DraftWarning(last.number,
                        "a date with placeholders cannot be written as the document's date; kept as a paragraph: " + last.text));
            } else {
                return end;
            }
        }
        if (end - 1 >= first && end < lines.size() && !lines.get(end - 1).isTable()) {
            Line signature = lines.get(end - 1);
            String t = signature.text;
            if (t.length() <= LONGEST_SIGNATURE && Ordinal.of(t) == null && t.chars().noneMatch(c -> "。，；：！？".indexOf(c) >= 0)) {
                attempt(signature, () -> doc.signature(t));
                end--;
            }
        }
        return end;
    }

    private static boolean matches(Pattern pattern, Line line) {
        return !line.isTable() && pattern.matcher(line.text).matches();
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
            Ordinal ordinal = Ordinal.of(line.text);
            if (ordinal != null && io.gongwen.Checks.startsWithOrdinal(ordinal.text())) {
                warnings.add(new DraftWarning(line.number, "starts with two numbers, so it is not a heading the "
                        + "writer can number; kept as a paragraph: " + shorten(line.text)));
                ordinal = null;
            }
            if (ordinal == null) {
                open.get(open.size() - 1).children.add(new Node(line, null, null, null, line.text));
                elements.put(line.number, DocumentElement.BODY);
                continue;
            }
            elements.put(line.number, DocumentElement.heading(ordinal.level()));
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
                warnings.add(new DraftWarning(line.number, "numbered " + ordinal.number() + " where " + expected
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
                attempt(child.line, () -> into.table(child.line.table));
            } else if (child.paragraph != null) {
                attempt(child.line, () -> into.paragraph(child.paragraph));
            } else if (child.runInText != null && !child.runInText.isEmpty()) {
                attempt(child.line, () -> into.runIn(child.level, child.heading, child.runInText, s -> emit(child, s)));
            } else {
                attempt(child.line, () -> into.section(child.level, child.heading, s -> emit(child, s)));
            }
        }
    }

    /** Runs a builder call for a line; a problem is reported at the line of the draft. */
    static void attempt(Line line, Runnable call) {
        try {
            call.run();
        } catch (InvalidDocumentException e) {
            if (e.field().startsWith("line ")) {
                throw e;
            }
            throw new InvalidDocumentException("line " + line.number, e.getMessage());
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

    static String shorten(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
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
