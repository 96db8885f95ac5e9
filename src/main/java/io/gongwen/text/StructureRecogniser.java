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
        return recognise(input, FrontMatter.NONE);
    }

    /**
     * Recognises the lines; the front matter's fields are set last, so they win over head-block
     * lines that say the same (with a warning).
     */
    Result recognise(List<Line> input, FrontMatter front) {
        List<DraftWarning> warnings = new ArrayList<>();
        List<Line> lines = kept(input, warnings);
        if (lines.isEmpty()) {
            throw new InvalidDocumentException("draft", "has no text: a document needs at least a title");
        }
        Map<Integer, DocumentElement> elements = new LinkedHashMap<>();
        OfficialDocument.Builder doc = OfficialDocument.builder().specification(specification);
        HeadRecogniser.Head head = HeadRecogniser.read(lines, doc, elements);
        Set<String> given = new LinkedHashSet<>(head.given());
        int first = head.end();
        for (int i = 1; i < first; i++) {
            if (head.lines().get(i).number == head.lines().get(i - 1).number) {
                elements.remove(head.lines().get(i).number); // a letter's line of two faces (密级 and 文号)
            }
        }
        lines = unfold(head.lines(), first, !head.order());
        if (first < lines.size() && lines.get(first).isTable()) {
            throw new InvalidDocumentException("line " + lines.get(first).number,
                    "a table comes before the title, but a document starts with its title");
        }
        if (!head.order() && first < lines.size()) {
            Line title = lines.get(first++);
            attempt(title, () -> doc.title(title.text));
            elements.put(title.number, DocumentElement.TITLE);
        }
        if (first < lines.size() && isAddressee(lines.get(first))) {
            Line addressee = lines.get(first++);
            attempt(addressee, () -> doc.addressee(addressee.text));
            elements.put(addressee.number, DocumentElement.BODY);
        }
        int end = colophon(lines, first, doc, elements, given);
        List<List<Line>> attachments = attachments(lines, first, end);
        if (!attachments.isEmpty()) {
            end = lines.indexOf(attachments.get(0).get(0));
        }
        int closingEnd = end;
        end = closing(lines, first, end, doc, warnings, given);
        for (Line closing : lines.subList(end, closingEnd)) {
            elements.put(closing.number, DocumentElement.BODY);
        }
        List<String> note = new ArrayList<>();
        end = attachmentNote(lines, first, end, note, warnings, elements);
        end = attendance(lines, first, end, doc, head.minutes() || !given.contains("署名"));
        Node root = tree(lines.subList(first, end), warnings, elements);
        emit(root, doc);
        List<String> titles = new ArrayList<>();
        for (List<Line> attachment : attachments) {
            titles.add(attachment(attachment, doc, warnings, elements));
        }
        if (!note.isEmpty() && !attachments.isEmpty() && !note.equals(titles)) {
            warnings.add(new DraftWarning(lines.get(end).number, "the attachment note " + note + " does not match the "
                    + "attachments that follow " + titles + "; the note is written anew from the attachments"));
        } else if (!note.isEmpty() && attachments.isEmpty()) {
            attempt(lines.get(end), () -> doc.attachmentNote(note.toArray(String[]::new)));
        }
        for (String key : front.keys()) {
            if (given.contains(key)) {
                warnings.add(new DraftWarning(1, "the front matter's " + key + " replaces the " + key
                        + " read from the text"));
            }
        }
        front.apply(doc);
        return new Result(new Draft(doc.build(), warnings), elements);
    }

    /**
     * A .docx paragraph may hold line breaks: the title's are its lines (kept as U+2028 for the
     * builder), an attachment's title is one title, and any other paragraph is split into lines.
     */
    private static List<Line> unfold(List<Line> lines, int first, boolean titled) {
        List<Line> out = new ArrayList<>(lines.subList(0, first));
        for (int i = first; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isTable() || line.text.indexOf('\n') < 0) {
                out.add(line);
            } else if (i == first && titled) {
                out.add(new Line(line.number, line.text.replaceAll("[ \\t\\u3000]*\n[ \\t\\u3000]*", "\u2028")));
            } else if (!out.isEmpty() && !out.get(out.size() - 1).isTable()
                    && ATTACHMENT_LABEL.matcher(out.get(out.size() - 1).text).matches()) {
                out.add(new Line(line.number, line.text.replaceAll("[ \\t\\u3000]*\n[ \\t\\u3000]*", "")));
            } else {
                for (String part : line.text.split("\n")) {
                    String t = io.gongwen.Checks.stripIndentation(part);
                    if (!t.isEmpty()) {
                        out.add(new Line(line.number, t));
                    }
                }
            }
        }
        return out;
    }

    private static final Pattern PRINTED = Pattern.compile(
            "^(.{1,40}?)[ \\t\\u3000]+([0-9０-９]{4})年([0-9０-９]{1,2})月([0-9０-９]{1,2})日[ \\u3000]*印发$");
    private static final Pattern COPY_TO = Pattern.compile("^抄[ \\u3000]*送[ \\u3000]*[：:][ \\u3000]*(.+?)[。.]?$");
    private static final Pattern ATTACHMENT_LABEL = Pattern.compile("^附[ \\u3000]*件[ \\u3000]*([0-9０-９]{0,2})$");
    private static final Pattern ATTACHMENT_NOTE = Pattern.compile("^附[ \\u3000]*件[ \\u3000]*[：:][ \\u3000]*(.+)$");
    /** An item of an attachment note: "1.2021年度……" is item 1 here, where in the body it would be a decimal. */
    private static final Pattern NOTE_ITEM = Pattern.compile("^([0-9０-９]{1,2})[ \\u3000]*[.．、][ \\u3000]*(.+)$");
    private static final Pattern ATTENDANCE = Pattern.compile("^(出席|请假|列席)[ \\u3000]*[：:][ \\u3000]*(.+)$");

    /** The colophon's lines at the very end (抄送, then 印发机关 and date); returns where they start. */
    private static int colophon(List<Line> lines, int first, OfficialDocument.Builder doc,
                                Map<Integer, DocumentElement> elements, Set<String> given) {
        int end = lines.size();
        if (end - 1 >= first && !lines.get(end - 1).isTable()) {
            Line last = lines.get(end - 1);
            Matcher m = PRINTED.matcher(last.text);
            if (m.matches()) {
                try {
                    LocalDate date = date(m, 2);
                    attempt(last, () -> doc.printedBy(m.group(1).strip(), date));
                    elements.put(last.number, DocumentElement.COLOPHON);
                    given.add("印发机关");
                    end--;
                } catch (DateTimeException e) {
                    // not a real date: the line stays text
                }
            }
        }
        if (end - 1 >= first && !lines.get(end - 1).isTable()) {
            Line last = lines.get(end - 1);
            Matcher m = COPY_TO.matcher(last.text);
            if (m.matches()) {
                List<String> recipients = new ArrayList<>();
                for (String r : m.group(1).split("[，,]")) {
                    if (!r.isBlank()) {
                        recipients.add(r.strip());
                    }
                }
                attempt(last, () -> doc.copyTo(recipients.toArray(String[]::new)));
                elements.put(last.number, DocumentElement.COLOPHON);
                given.add("抄送");
                end--;
            }
        }
        return end;
    }

    /**
     * The attachments bound after the closing: each starts with its label alone on a line ("附件", or
     * "附件1", "附件2", … numbered in order) and its title on the next. Empty if there are none or the
     * labels are not in order.
     */
    private static List<List<Line>> attachments(List<Line> lines, int first, int end) {
        List<Integer> labels = new ArrayList<>();
        for (int i = first + 1; i < end; i++) {
            Line line = lines.get(i);
            if (!line.isTable() && ATTACHMENT_LABEL.matcher(line.text).matches()) {
                labels.add(i);
            }
        }
        if (labels.isEmpty()) {
            return List.of();
        }
        for (int k = 0; k < labels.size(); k++) {
            Matcher m = ATTACHMENT_LABEL.matcher(lines.get(labels.get(k)).text);
            m.matches();
            boolean numberedRight = m.group(1).isEmpty() ? labels.size() == 1 : Ordinal.arabic(m.group(1)) == k + 1;
            int titleAt = labels.get(k) + 1;
            int next = k + 1 < labels.size() ? labels.get(k + 1) : end;
            if (!numberedRight || titleAt >= next || lines.get(titleAt).isTable()) {
                return List.of();
            }
        }
        List<List<Line>> out = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            out.add(lines.subList(labels.get(k), k + 1 < labels.size() ? labels.get(k + 1) : end));
        }
        return out;
    }

    /** Adds one attachment (label, title, content) to the document; returns its title. */
    private static String attachment(List<Line> lines, OfficialDocument.Builder doc, List<DraftWarning> warnings,
                                     Map<Integer, DocumentElement> elements) {
        Line label = lines.get(0);
        Line title = lines.get(1);
        elements.put(label.number, DocumentElement.LABEL);
        elements.put(title.number, DocumentElement.TITLE);
        String text = title.text;
        Node root = tree(lines.subList(2, lines.size()), warnings, elements);
        if (root.children.isEmpty()) {
            warnings.add(new DraftWarning(title.number, "the attachment " + shorten(text) + " has no content after "
                    + "its title; it is written with its title alone"));
        }
        attempt(title, () -> doc.attachment(text, a -> emit(root, a)));
        return text;
    }

    /**
     * The attachment note before the closing: "附件：title" or "附件：1.title" with "2.title", … on the
     * lines after it. Its titles go into {@code note}; returns where the body ends.
     */
    private static int attachmentNote(List<Line> lines, int first, int end, List<String> note,
                                      List<DraftWarning> warnings, Map<Integer, DocumentElement> elements) {
        for (int k = end - 1; k >= first && k >= end - 30; k--) {
            Line line = lines.get(k);
            if (line.isTable()) {
                return end;
            }
            Matcher m = ATTACHMENT_NOTE.matcher(line.text);
            if (!m.matches()) {
                continue;
            }
            List<String> titles = new ArrayList<>();
            Matcher one = NOTE_ITEM.matcher(m.group(1));
            boolean numbered = one.matches() && Ordinal.arabic(one.group(1)) == 1;
            titles.add(numbered ? one.group(2).strip() : m.group(1).strip());
            for (int j = k + 1; j < end; j++) {
                Matcher next = lines.get(j).isTable() ? null : NOTE_ITEM.matcher(lines.get(j).text);
                if (!numbered || next == null || !next.matches() || Ordinal.arabic(next.group(1)) != titles.size() + 1) {
                    return end;
                }
                titles.add(next.group(2).strip());
            }
            for (int j = k; j < end; j++) {
                String t = titles.get(j - k);
                if (t.matches(".*[。；，;,.]$")) {
                    warnings.add(new DraftWarning(lines.get(j).number, "an attachment's name takes no punctuation "
                            + "after it (§7.3.4); the last character is left out: " + shorten(t)));
                    titles.set(j - k, t.substring(0, t.length() - 1));
                }
                elements.put(lines.get(j).number, DocumentElement.BODY);
            }
            note.addAll(titles);
            return k;
        }
        return end;
    }

    /** The attendance lists of minutes (出席：…, 请假：…, 列席：…) at the end of the body; returns where they start. */
    private static int attendance(List<Line> lines, int first, int end, OfficialDocument.Builder doc, boolean minutes) {
        if (!minutes) {
            return end;
        }
        int start = end;
        while (start - 1 >= first && !lines.get(start - 1).isTable() && ATTENDANCE.matcher(lines.get(start - 1).text).matches()) {
            start--;
        }
        if (start < end) {
            doc.format(io.gongwen.DocumentFormat.MINUTES);
        }
        for (Line line : lines.subList(start, end)) {
            Matcher m = ATTENDANCE.matcher(line.text);
            m.matches();
            Attendance.Kind kind = switch (m.group(1)) {
                case "出席" -> Attendance.Kind.PRESENT;
                case "请假" -> Attendance.Kind.ABSENT;
                default -> Attendance.Kind.IN_ATTENDANCE;
            };
            List<String> names = new ArrayList<>();
            for (String name : m.group(2).split("[、，,]")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            attempt(line, () -> doc.attendance(kind, names.toArray(String[]::new)));
        }
        return start;
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
    private int closing(List<Line> lines, int first, int closingEnd, OfficialDocument.Builder doc,
                        List<DraftWarning> warnings, Set<String> given) {
        int end = closingEnd;
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
                    LocalDate date = date(m, 1);
                    attempt(last, () -> doc.date(date));
                    given.add("成文日期");
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
        if (end - 1 >= first && end < closingEnd && !lines.get(end - 1).isTable()) {
            Line signature = lines.get(end - 1);
            String t = signature.text;
            if (t.length() <= LONGEST_SIGNATURE && Ordinal.of(t) == null && t.chars().noneMatch(c -> "。，；：！？".indexOf(c) >= 0)) {
                // a joint document's signatures stand side by side, separated by tabs
                for (String issuer : t.split("[ \\u3000]*\t[\t \\u3000]*")) {
                    attempt(signature, () -> doc.signature(issuer));
                }
                given.add("署名");
                end--;
            }
        }
        return end;
    }

    /** The date in three groups of a match (year, month, day) from {@code year} on. */
    private static LocalDate date(Matcher m, int year) {
        return LocalDate.of(Ordinal.arabic(m.group(year)), Ordinal.arabic(m.group(year + 1)), Ordinal.arabic(m.group(year + 2)));
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
