package io.gongwen.text.recognition;

import io.gongwen.text.DraftWarning;
import io.gongwen.text.Draft;
import io.gongwen.DocumentElement;
import io.gongwen.InvalidDocumentException;
import io.gongwen.OfficialDocument;
import io.gongwen.Specification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises the structure of a 公文 in its lines, whatever they were read from: the lines of a
 * drafted text file ({@link DraftReader}) or the paragraphs of a .docx ({@link DocxReader}). The
 * title, the main recipients, numbered sections nested by level, run-in headings split from their
 * text, and the signature, date and note at the end.
 */
public final class StructureRecogniser {
    /** Markers of lines that are usually not part of a document; only ever used to warn. */
    private static final Pattern LOOKS_FOREIGN = Pattern.compile(
            "QQ[群号：: ]{0,3}[0-9]{5,}|微信号|公众号[：:]|订阅|会员(?:资料|群|材料|专享)|禁止外传|仅供学习|版权所有|"
                    + "广告(?:位|合作|联系|投放)|https?://|www\\.|^【[^】]{0,40}】$");
    /**
     * What every match of {@link #LOOKS_FOREIGN} starts with: the pattern runs only on lines that hold
     * one (a few scans of the line instead of trying a dozen alternatives at each of its characters).
     */
    private static final List<String> FOREIGN_STARTS = List.of("QQ", "微信号", "公众号", "订阅", "会员", "禁止外传",
            "仅供学习", "版权所有", "广告", "http", "www.");

    private final List<Pattern> drop;
    private final Specification specification;
    private final boolean renumber;

    /** The specification the document read is written to. */
    Specification specification() {
        return specification;
    }

    public StructureRecogniser(List<Pattern> drop, Specification specification, boolean renumber) {
        this.drop = List.copyOf(drop);
        this.specification = specification;
        this.renumber = renumber;
    }

    /**
     * What the lines were recognised as.
     *
     * @param draft the document and the warnings
     * @param elements per line number, the element whose type the line takes; absent for blank and
     *                 dropped lines and tables
     * @param dropped the numbers of the lines a drop pattern left out
     * @param parts per line number, the part of the head block, the closing or the colophon the line
     *              is; absent for the title, the body, the attachments and what is not recognised
     */
    public record Result(Draft draft, Map<Integer, DocumentElement> elements, Set<Integer> dropped,
                         Map<Integer, DocumentPart> parts) {
        /** What the lines were recognised as, without their parts. */
        public Result(Draft draft, Map<Integer, DocumentElement> elements, Set<Integer> dropped) {
            this(draft, elements, dropped, Map.of());
        }
    }

    public Result recognise(List<Line> input) {
        return recognise(input, FrontMatter.NONE);
    }

    /**
     * Recognises the lines; the front matter's fields are set last, so they win over head-block
     * lines that say the same (with a warning).
     */
    public Result recognise(List<Line> input, FrontMatter front) {
        return recognise(input, front, PageLayout.NONE);
    }

    /**
     * Recognises the lines, keeping the page breaks and landscape stretches {@code pages} gives in
     * the bodies (the lines of the head, the closing and the colophon have none); {@code pages}
     * records which it kept.
     */
    Result recognise(List<Line> input, FrontMatter front, PageLayout pages) {
        List<DraftWarning> warnings = new ArrayList<>();
        Set<Integer> dropped = new LinkedHashSet<>();
        List<Draft.Dropped> droppedLines = new ArrayList<>();
        List<Draft.Renumbered> renumbered = new ArrayList<>();
        List<Line> pictures = new ArrayList<>();
        List<Line> lines = kept(input, warnings, dropped, droppedLines, pictures, pages);
        if (lines.isEmpty()) {
            throw new InvalidDocumentException("draft", "has no text: a document needs at least a title");
        }
        Map<Integer, DocumentElement> elements = new LinkedHashMap<>();
        OfficialDocument.Builder doc = OfficialDocument.builder().specification(specification);
        HeadRecogniser.Head head = HeadRecogniser.read(lines, doc, elements);
        Set<String> given = new LinkedHashSet<>(head.given());
        lines = head.lines();
        int first = head.end();
        Map<Integer, DocumentPart> parts = new LinkedHashMap<>();
        for (int i = 1; i < first; i++) {
            if (lines.get(i).number() == lines.get(i - 1).number()) {
                elements.remove(lines.get(i).number()); // a paragraph of two faces (a letter's 密级 and 文号)
            }
        }
        headParts(lines.subList(0, first), elements, parts);
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
            int to = TitleRecogniser.end(lines, first);
            if (to == first) {
                warnings.add(new DraftWarning(lines.get(first).number(), "the document has no title: it starts "
                        + "with its main recipients; it is written without one (add the title above them)"));
                doc.untitled();
            } else {
                // a title's lines stay its lines (U+2028 keeps them for the builder)
                Line title = new Line(lines.get(first).number(), String.join("\u2028",
                        lines.subList(first, to).stream().map(l -> TitleRecogniser.unspaced(l.text())).toList()));
                titleText = title.text();
                // a title with spans or notes is read with them (the same lines, broken the same way)
                io.gongwen.FormattedText formatted = TitleRecogniser.formatted(lines.subList(first, to));
                if (formatted == null) {
                    title.attempt(() -> doc.title(title.text()));
                } else {
                    title.attempt(() -> doc.title(formatted));
                }
                for (Line line : lines.subList(first, to)) {
                    elements.put(line.number(), DocumentElement.TITLE);
                }
                first = to;
            }
            // the 发文字号 printed under the title, as the State Council's web pages print it
            String number = first < lines.size() && !lines.get(first).isTable() && !given.contains("发文字号")
                    ? HeadRecogniser.numberAlone(lines.get(first).text()) : null;
            if (number != null) {
                Line numberLine = lines.get(first++);
                numberLine.attempt(() -> doc.documentNumber(number));
                elements.put(numberLine.number(), DocumentElement.BODY);
                parts.put(numberLine.number(), DocumentPart.DOCUMENT_NUMBER);
                given.add("发文字号");
            }
        }
        if (first < lines.size() && isAddressee(lines.get(first))) {
            Line addressee = lines.get(first++);
            addressee.attempt(() -> doc.addressee(addressee.text()));
            elements.put(addressee.number(), DocumentElement.BODY);
            parts.put(addressee.number(), DocumentPart.ADDRESSEE);
        }
        int end = TailRecogniser.colophon(lines, first, doc, elements, given);
        int colophon = end;
        for (Line line : lines.subList(colophon, lines.size())) {
            parts.put(line.number(), line.text().startsWith("抄") ? DocumentPart.COPY_TO : DocumentPart.PRINTED_BY);
        }
        int closingEnd = TailRecogniser.ownClosingEnd(lines, first, end);
        List<List<Line>> attachments = List.of();
        List<Line> issued = List.of();
        if (closingEnd < end) {
            // after the closing: the attachments, or the documents this one issues and their attachments
            attachments = TailRecogniser.attachments(lines, closingEnd - 1, end, true);
            if (attachments.isEmpty() && IssuedRecogniser.titled(lines.subList(closingEnd, end))) {
                attachments = TailRecogniser.attachments(lines, closingEnd, end, false);
                int issuedEnd = attachments.isEmpty() ? end : lines.indexOf(attachments.get(0).get(0));
                issued = lines.subList(closingEnd, issuedEnd);
            } else if (attachments.isEmpty()) {
                closingEnd = end; // neither attachments nor a titled document: the date was not the closing's
            }
        }
        if (closingEnd == end) {
            attachments = TailRecogniser.attachments(lines, first, end);
            if (!attachments.isEmpty()) {
                closingEnd = lines.indexOf(attachments.get(0).get(0));
            }
        }
        end = TailRecogniser.closing(lines, first, closingEnd, doc, warnings, given);
        for (Line closing : lines.subList(end, closingEnd)) {
            elements.put(closing.number(), DocumentElement.BODY);
            boolean note = closing == lines.get(closingEnd - 1) && closing.text().matches("^[（(].*[）)]$") && end < closingEnd - 1
                    && TailRecogniser.isDate(lines.get(closingEnd - 2));
            parts.put(closing.number(), note ? DocumentPart.NOTE
                    : TailRecogniser.isDate(closing) ? DocumentPart.DATE : DocumentPart.SIGNATURE);
        }
        List<String> note = new ArrayList<>();
        String[] noteLabel = {"附件："};
        int noted = end;
        end = TailRecogniser.attachmentNote(lines, first, end, note, noteLabel, warnings, elements);
        for (Line line : lines.subList(end, noted)) {
            parts.put(line.number(), DocumentPart.ATTACHMENT_NOTE);
        }
        if (!note.isEmpty() && !"附件：".equals(noteLabel[0])) {
            doc.attachmentNoteLabel(noteLabel[0]);
        }
        Line noteLine = end < lines.size() ? lines.get(end) : null;
        // attendance lists belong to minutes: a …纪要 mark or title, or the front matter's format
        boolean minutes = head.minutes() || front.isMinutes() || titleText.endsWith("纪要");
        int attendance = end;
        end = TailRecogniser.attendance(lines, first, end, doc, minutes, given, warnings, Set.copyOf(front.keys()));
        if (end < attendance && !head.minutes()) {
            doc.format(io.gongwen.DocumentFormat.MINUTES);
        }
        BodyRecogniser body = new BodyRecogniser(renumber, warnings, elements, pages, renumbered);
        PicturePlaces places = new PicturePlaces(pictures, warnings);
        body.read(places.into(lines.subList(first, end), first > 0 ? lines.get(first - 1).number() : 0,
                end < lines.size() ? lines.get(end).number() : Integer.MAX_VALUE), doc);
        if (!issued.isEmpty()) {
            int issuedEnd = closingEnd + issued.size();
            IssuedRecogniser.read(issued, doc, body, elements, parts, places,
                    issuedEnd < lines.size() ? lines.get(issuedEnd).number() : Integer.MAX_VALUE);
        }
        List<String> titles = new ArrayList<>();
        for (int k = 0; k < attachments.size(); k++) {
            String standard = attachments.size() == 1 ? "附件" : "附件" + (k + 1);
            // the line after the attachment: the next one's label, or the colophon's first line
            int after = k + 1 < attachments.size() ? attachments.get(k + 1).get(0).number()
                    : colophon < lines.size() ? lines.get(colophon).number() : Integer.MAX_VALUE;
            titles.add(attachment(attachments.get(k), standard, doc, body, warnings, elements, places, after));
        }
        places.finish();
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
        return new Result(new Draft(doc.build(), warnings, droppedLines, renumbered), elements, dropped, parts);
    }

    /**
     * The parts of the head block's lines: its mark, its labels, 份号 and 发文字号 by what they say, and
     * the lines of 签发人, which mix faces and so take no element.
     */
    private static void headParts(List<Line> head, Map<Integer, DocumentElement> elements,
                                  Map<Integer, DocumentPart> parts) {
        for (Line line : head) {
            if (line.isTable()) {
                continue;
            }
            DocumentElement e = elements.get(line.number());
            String text = line.text();
            DocumentPart part = null;
            if (e == DocumentElement.MARK) {
                part = DocumentPart.MARK;
            } else if (e == DocumentElement.LABEL) {
                part = HeadRecogniser.secrecy(text) != null ? DocumentPart.SECRECY
                        : HeadRecogniser.urgency(text) != null ? DocumentPart.URGENCY : null;
            } else if (e == DocumentElement.BODY) {
                part = HeadRecogniser.isCopyNumber(text) ? DocumentPart.COPY_NUMBER : DocumentPart.DOCUMENT_NUMBER;
            } else if (e == null && text.contains("签发人")) {
                part = DocumentPart.SIGNERS;
            }
            if (part != null) {
                parts.putIfAbsent(line.number(), part);
            }
        }
    }

    /** Where the lines of the paragraph that starts at {@code from} end: its .docx line breaks. */
    static int continued(List<Line> lines, int from) {
        int to = from + 1;
        while (to < lines.size() && lines.get(to).continued()) {
            to++;
        }
        return to;
    }

    /** Adds one attachment (label, title, content) to the document; returns its title. */
    private static String attachment(List<Line> lines, String standardLabel, OfficialDocument.Builder doc,
                                     BodyRecogniser body, List<DraftWarning> warnings,
                                     Map<Integer, DocumentElement> elements, PicturePlaces pictures, int before) {
        Line label = lines.get(0);
        Line title = lines.get(1);
        elements.put(label.number(), DocumentElement.LABEL);
        elements.put(title.number(), DocumentElement.TITLE);
        // an attachment's title is one title, however its lines were broken
        int to = TitleRecogniser.attachmentTitleEnd(lines, 1, lines.size());
        for (Line line : lines.subList(1, to)) {
            elements.put(line.number(), DocumentElement.TITLE);
        }
        String text = String.join("", lines.subList(1, to).stream().map(l -> TitleRecogniser.unspaced(l.text())).toList());
        List<Line> content = pictures.into(lines.subList(to, lines.size()), lines.get(to - 1).number(), before);
        if (content.isEmpty()) {
            warnings.add(new DraftWarning(title.number(), "the attachment " + Line.shorten(text) + " has no content after "
                    + "its title; it is written with its title alone"));
        }
        // a label printed otherwise than the standard's ("附件1.") is kept as printed
        String printed = label.text().replaceAll("[ \u3000]", "");
        if (printed.equals(standardLabel)) {
            title.attempt(() -> doc.attachment(text, a -> body.read(content, a)));
        } else {
            title.attempt(() -> doc.attachment(label.text(), text, a -> body.read(content, a)));
        }
        return text;
    }

    /**
     * Non-blank lines, trimmed, with dropped and suspicious lines reported. Pictures are set aside in
     * {@code pictures}.
     */
    private List<Line> kept(List<Line> input, List<DraftWarning> warnings, Set<Integer> dropped,
                            List<Draft.Dropped> droppedLines, List<Line> pictures, PageLayout pages) {
        List<Line> out = new ArrayList<>();
        boolean blank = false;
        for (Line raw : input) {
            if (raw.isImage()) {
                pictures.add(raw); // its paragraph's text line, blank or not, stands before it
                continue;
            }
            if (raw.isTable()) {
                out.add(new Line(raw.number(), raw.text(), raw.block(), false, raw.look(), blank));
                blank = false;
                continue;
            }
            String line = io.gongwen.internal.Checks.stripIndentation(raw.text());
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            boolean blankBefore = blank;
            blank = false;
            Pattern match = dropping(line);
            if (match != null) {
                warnings.add(new DraftWarning(raw.number(), "dropped (matches " + match.pattern() + "): " + Line.shorten(line)));
                dropped.add(raw.number());
                droppedLines.add(new Draft.Dropped(raw.number(), line));
                continue;
            }
            if (looksForeign(line)) {
                warnings.add(new DraftWarning(raw.number(), "kept, but it looks like it is not part of the document; "
                        + "drop such lines with a pattern: " + Line.shorten(line)));
            }
            if (line.indexOf('\n') < 0) {
                out.add(raw.plain() ? new Line(raw.number(), line, null, false, raw.look(), blankBefore)
                        : new Line(raw.number(), raw.formatted().strip(), null, false, raw.look(), blankBefore));
                continue;
            }
            // a .docx paragraph with line breaks: its lines, marked as continuing the paragraph; a line
            // the author's page break starts (a w:br w:type="page" between words) is a paragraph of its own
            boolean continued = false;
            int at = raw.plain() && !pages.breaksInText() ? 0 : raw.text().indexOf(line);
            int index = pages.breaksInText() ? lineFeeds(raw.text(), at) : 0;
            io.gongwen.docx.read.WordContent.TextBreak pageBreak = null;
            for (int from = 0; from <= line.length(); index++) {
                int to = line.indexOf('\n', from);
                to = to < 0 ? line.length() : to;
                if (pageBreak == null) {
                    pageBreak = pages.breakInText(raw.number(), index);
                }
                String part = line.substring(from, to);
                String t = io.gongwen.internal.Checks.stripIndentation(part);
                if (!t.isEmpty()) {
                    boolean goesOn = continued && pageBreak == null;
                    Line made = raw.notes().isEmpty()
                            ? new Line(raw.number(), t, null, goesOn, raw.look(), blankBefore && !continued,
                                    spans(raw, t, at + from + part.indexOf(t)), List.of())
                            // the marks in the white space around the part stay with it, at its edge
                            : new Line(raw.number(), raw.formatted().slice(from == 0 ? 0 : at + from,
                                    to == line.length() ? raw.text().length() : at + to).strip(), null, goesOn,
                                    raw.look(), blankBefore && !continued);
                    if (pageBreak != null) {
                        pages.startsPage(made, pageBreak);
                    }
                    pageBreak = null;
                    out.add(made);
                    continued = true;
                }
                from = to + 1;
            }
        }
        return out;
    }

    /** The line feeds in {@code text} before {@code end}: the index of the line that starts there. */
    private static int lineFeeds(String text, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            n += text.charAt(i) == '\n' ? 1 : 0;
        }
        return n;
    }

    /**
     * The spans of a line's part {@code text}, which starts at {@code from} in the line as read. The
     * part is the line's text with its indentation stripped (or one of its lines between line breaks);
     * -1: find it. Nothing is computed for a line without spans, which is most of them.
     */
    private static List<io.gongwen.Span> spans(Line raw, String text, int from) {
        if (raw.spans().isEmpty()) {
            return List.of();
        }
        if (from < 0 || !raw.text().startsWith(text, from)) {
            from = raw.text().indexOf(text);
        }
        return raw.formatted().slice(from, from + text.length()).spans();
    }

    /** Whether a line looks like advertising or a watermark rather than part of the document. */
    static boolean looksForeign(String line) {
        boolean candidate = line.startsWith("【") && line.endsWith("】");
        for (int i = 0; !candidate && i < FOREIGN_STARTS.size(); i++) {
            candidate = line.contains(FOREIGN_STARTS.get(i));
        }
        return candidate && LOOKS_FOREIGN.matcher(line).find();
    }

    /** The first drop pattern that finds a match in a line (its indentation stripped), or null. */
    public Pattern dropping(String line) {
        for (Pattern p : drop) {
            if (p.matcher(line).find()) {
                return p;
            }
        }
        return null;
    }

    static boolean isAddressee(Line line) {
        String t = line.text();
        return !line.isTable() && (t.endsWith("：") || t.endsWith(":")) && t.length() <= 120 && Ordinal.of(t) == null;
    }

    /** A drop pattern, validated: the builders of both readers take them. */
    public static Pattern dropPattern(String regex) {
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
}
