package io.gongwen.text;

import io.gongwen.BodyBuilder;
import io.gongwen.DocumentReadException;
import io.gongwen.HeadingLevel;
import io.gongwen.InvalidDocumentException;
import io.gongwen.OfficialDocument;
import io.gongwen.Specification;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a drafted plain-text 公文 into the model: the title, the main recipients, the body with its
 * numbered sections recognised and nested, run-in headings split from their text, and the
 * signature, date and note at the end. The writer then numbers and lays it out to the standard.
 *
 * <p>What it understands, as people actually type it:
 * <ul>
 * <li>indentation with full-width spaces, ASCII spaces or none; blank lines between paragraphs or none;</li>
 * <li>ordinals 一、 （一） (一) 1. 1． 1、 （1） (1), also with the doubled punctuation drafts carry ("（一）、");</li>
 * <li>a heading followed by its text in the same line ("（一）力求办文精准化。为全面推进……"): split at the first 。；</li>
 * <li>the title on the first line; the main recipients on the next if it ends with a colon;</li>
 * <li>at the end: the signature, a date written "2020年7月1日", and a note in parentheses.</li>
 * </ul>
 * The text of each paragraph is kept exactly, apart from its number and the white space around it.
 * Numbers are kept in order and written anew: a gap or a repeat is reported as a warning, and a
 * number that starts again at 1 closes the section it was counting in.
 *
 * <p>Lines that are not part of the document (advertising, watermarks) are kept by default, with a
 * warning when they look like it; {@link Builder#drop(String)} removes lines that match a pattern.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DraftReader {
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

    private DraftReader(Builder b) {
        this.drop = List.copyOf(b.drop);
        this.specification = b.specification;
    }

    /** A reader that keeps every line and writes to the standard's specification. */
    public static DraftReader standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads a UTF-8 text file (a byte-order mark is allowed). */
    public Draft read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentReadException("could not read " + file + ": " + e, e);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return read(text);
        } catch (CharacterCodingException e) {
            throw new DocumentReadException("could not read " + file + ": it is not UTF-8 text (" + e + ")", e);
        }
    }

    /** Reads drafted text. */
    public Draft read(String text) {
        if (text == null) {
            throw new InvalidDocumentException("draft", "must not be null");
        }
        List<DraftWarning> warnings = new ArrayList<>();
        List<Line> lines = lines(text, warnings);
        if (lines.isEmpty()) {
            throw new InvalidDocumentException("draft", "has no text: a document needs at least a title");
        }
        OfficialDocument.Builder doc = OfficialDocument.builder().specification(specification);
        int first = 0;
        Line title = lines.get(first++);
        attempt(title, () -> doc.title(title.text));
        if (first < lines.size() && isAddressee(lines.get(first))) {
            Line addressee = lines.get(first++);
            attempt(addressee, () -> doc.addressee(addressee.text));
        }
        int last = closing(lines, first, doc, warnings);
        Node root = tree(lines.subList(first, last), warnings);
        emit(root, doc);
        return new Draft(doc.build(), warnings);
    }

    /** Non-blank lines, trimmed, with dropped and suspicious lines reported. */
    private List<Line> lines(String text, List<DraftWarning> warnings) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = i == 0 && raw[i].startsWith("\uFEFF") ? raw[i].substring(1) : raw[i];
            line = io.gongwen.Checks.stripIndentation(line);
            if (line.isEmpty()) {
                continue;
            }
            boolean dropped = false;
            for (Pattern p : drop) {
                if (p.matcher(line).find()) {
                    warnings.add(new DraftWarning(i + 1, "dropped (matches " + p.pattern() + "): " + shorten(line)));
                    dropped = true;
                    break;
                }
            }
            if (dropped) {
                continue;
            }
            if (LOOKS_FOREIGN.matcher(line).find()) {
                warnings.add(new DraftWarning(i + 1, "kept, but it looks like it is not part of the document; "
                        + "drop such lines with a pattern: " + shorten(line)));
            }
            out.add(new Line(i + 1, line));
        }
        return out;
    }

    private static boolean isAddressee(Line line) {
        String t = line.text;
        return (t.endsWith("：") || t.endsWith(":")) && t.length() <= 120 && Ordinal.of(t) == null;
    }

    /** Reads signature, date and note from the end; returns where the body ends. */
    private int closing(List<Line> lines, int first, OfficialDocument.Builder doc, List<DraftWarning> warnings) {
        int end = lines.size();
        if (end - 1 > first && NOTE.matcher(lines.get(end - 1).text).matches()
                && (DATE.matcher(lines.get(end - 2).text).matches()
                || DATE_WITH_PLACEHOLDERS.matcher(lines.get(end - 2).text).matches())) {
            Line note = lines.get(--end);
            attempt(note, () -> doc.note(note.text));
        }
        if (end - 1 >= first) {
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
        if (end - 1 >= first && end < lines.size()) {
            Line signature = lines.get(end - 1);
            String t = signature.text;
            if (t.length() <= LONGEST_SIGNATURE && Ordinal.of(t) == null && t.chars().noneMatch(c -> "。，；：！？".indexOf(c) >= 0)) {
                attempt(signature, () -> doc.signature(t));
                end--;
            }
        }
        return end;
    }

    /** Nests the body's lines by level; a number that starts again at 1 closes the section it counted in. */
    private static Node tree(List<Line> lines, List<DraftWarning> warnings) {
        Node root = new Node(null, null, null, null, null);
        List<Node> open = new ArrayList<>();
        open.add(root);
        for (Line line : lines) {
            Ordinal ordinal = Ordinal.of(line.text);
            if (ordinal != null && io.gongwen.Checks.startsWithOrdinal(ordinal.text())) {
                warnings.add(new DraftWarning(line.number, "starts with two numbers, so it is not a heading the "
                        + "writer can number; kept as a paragraph: " + shorten(line.text)));
                ordinal = null;
            }
            if (ordinal == null) {
                open.get(open.size() - 1).children.add(new Node(line, null, null, null, line.text));
                continue;
            }
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
            if (child.paragraph != null) {
                attempt(child.line, () -> into.paragraph(child.paragraph));
            } else if (child.runInText != null && !child.runInText.isEmpty()) {
                attempt(child.line, () -> into.runIn(child.level, child.heading, child.runInText, s -> emit(child, s)));
            } else {
                attempt(child.line, () -> into.section(child.level, child.heading, s -> emit(child, s)));
            }
        }
    }

    /** Runs a builder call for a line; a problem is reported at the line of the draft. */
    private static void attempt(Line line, Runnable call) {
        try {
            call.run();
        } catch (InvalidDocumentException e) {
            if (e.field().startsWith("line ")) {
                throw e;
            }
            throw new InvalidDocumentException("line " + line.number, e.getMessage());
        }
    }

    private static String shorten(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }

    /** One non-blank line of the draft. */
    private record Line(int number, String text) {
    }

    /** A paragraph or a section of the body, before it goes to the builder. */
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

    /** Builds a {@link DraftReader}. Not thread-safe. */
    public static final class Builder {
        private final List<Pattern> drop = new ArrayList<>();
        private Specification specification = Specification.standard();

        private Builder() {
        }

        /** Drops every line in which the regular expression finds a match (e.g. {@code "QQ\\d+"}). */
        public Builder drop(String regex) {
            if (regex == null || regex.isEmpty()) {
                throw new InvalidDocumentException("drop", "must not be empty");
            }
            try {
                drop.add(Pattern.compile(regex));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new InvalidDocumentException("drop", "is not a regular expression: " + e.getDescription()
                        + ": " + regex);
            }
            return this;
        }

        /** The layout of the documents read; the standard's unless set. */
        public Builder specification(Specification spec) {
            if (spec == null) {
                throw new InvalidDocumentException("specification", "must not be null");
            }
            specification = spec;
            return this;
        }

        public DraftReader build() {
            return new DraftReader(this);
        }
    }
}
