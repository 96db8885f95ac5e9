package io.gongwen.check;

import io.gongwen.Attachment;
import io.gongwen.Block;
import io.gongwen.DocumentElement;
import io.gongwen.FontSize;
import io.gongwen.Image;
import io.gongwen.InvalidDocumentException;
import io.gongwen.IssuedDocument;
import io.gongwen.Length;
import io.gongwen.OfficialDocument;
import io.gongwen.Section;
import io.gongwen.Specification;
import io.gongwen.TextStyle;
import io.gongwen.docx.WordDocument;
import io.gongwen.docx.write.DocxWriter;
import io.gongwen.docx.read.WordContent;
import io.gongwen.text.recognition.DocumentPart;
import io.gongwen.text.recognition.DocxRecogniser;
import io.gongwen.text.recognition.StructureRecogniser;
import io.gongwen.text.DocxReader;
import io.gongwen.text.Draft;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What reformatting a source into a document changed, for the clerk who sends the result on: the
 * page set-up, the faces, sizes, indents, alignment and spacing of each element, of each part of
 * the head block, the closing and the colophon, of table cells, attendance lists, attachments' labels
 * and titles, chapter titles, articles and notes (with the paragraphs that depart from their
 * element's value; the line of 签发人 by its label, names and placement), the safe text fixes (numbers' forms, dates, punctuation), what was
 * read differently or left out (tracked changes, comments, colours, sizes, text boxes, pictures),
 * and the checker's findings on the result. The values before come from the source as read
 * ({@link WordDocument}: its page set-up, the paragraphs the reader recognised as each element and
 * part), the values after from the {@link Specification} the document is written to, and for the
 * parts and table cells from the document as the writer writes it, read back. A text draft has no
 * page set-up, faces or sizes: the report says so rather than inventing values before.
 *
 * <p>Immutable.
 */
public final class FormatReport {
    private final boolean fromDocx;
    private final List<Change> changes;
    private final List<Finding> findings;

    private FormatReport(boolean fromDocx, List<Change> changes, List<Finding> findings) {
        this.fromDocx = fromDocx;
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(java.util.Comparator.comparingInt(FormatReport::rank).thenComparingInt(FormatReport::line));
        this.changes = List.copyOf(sorted);
        this.findings = List.copyOf(findings);
    }

    /**
     * The report of a .docx reformatted.
     *
     * @param document the .docx as {@link DocxReader#open} read it
     * @param drop the drop patterns the document was read with ({@link DocxReader.Builder#drop(String)}),
     *             so that the report sees each paragraph as the reader recognised it
     * @param draft what the reader made of it; its document's specification gives the values after. When
     *              it is the very draft a {@link DocxReader} read from {@code document}, the reader's
     *              recognition of the paragraphs is used; else they are recognised again with
     *              {@code drop} and {@code fixed}
     * @param fixed whether the text checker's safe fixes were applied to each paragraph
     *              ({@code DocxReader.Builder.paragraphText(TextChecker::applySafeFixes)})
     * @param findings the checker's findings on the written result
     * @return the report: page set-up, faces, sizes and layout, the text's fixes, what was dropped, the findings
     * @throws InvalidDocumentException naming the argument if one is null
     * @throws io.gongwen.DocumentReadException if {@code document} is not one the library read
     * @throws io.gongwen.DocumentWriteException if the document cannot be written to a temporary file
     *                                           to be read back
     */
    public static FormatReport ofDocx(WordDocument document, List<String> drop, Draft draft, boolean fixed,
                                      List<Finding> findings) {
        require(document, "source");
        require(drop, "drop");
        require(draft, "draft");
        require(findings, "findings");
        WordContent source = WordContent.of(document);
        Specification spec = draft.document().specification();
        List<Pattern> patterns = drop.stream().map(StructureRecogniser::dropPattern).toList();
        // the reader's recognition when the draft is the one it read from this .docx; else anew, as it read
        DocxRecogniser.Structure structure = DocxRecogniser.recognised(source, draft).orElseGet(() ->
                new DocxRecogniser(new StructureRecogniser(patterns, spec, false),
                        fixed ? TextChecker::applySafeFixes : java.util.function.UnaryOperator.identity())
                        .structure(source));
        List<Change> out = new ArrayList<>();
        page(source.page(), spec, out);
        looks(source, structure, spec, out);
        parts(source, structure, written(draft.document()), out);
        if (fixed) {
            for (WordContent.Item item : source.body()) {
                if (item instanceof WordContent.Paragraph p && !structure.dropped().contains(p.number())) {
                    // the text the reader gives the fixes: the automatic number printed in front
                    String text = p.numberLabel().map(label -> label + p.text().strip()).orElse(p.text());
                    if (!text.isBlank()) {
                        fixes(text, new Where.Paragraph(p.number()), out);
                    }
                }
            }
        }
        if (source.trackedChanges() > 0) {
            int n = source.trackedChanges();
            boolean rejected = source.revisions() == io.gongwen.docx.Revisions.REJECTED;
            out.add(new Change(Change.Kind.TRACKED_CHANGES, Where.Part.DOCUMENT, "tracked changes",
                    Optional.of(String.valueOf(n)), Optional.empty(), Optional.empty(),
                    "修订 " + n + " 处，已全部" + (rejected ? "拒绝" : "接受"),
                    n + " tracked change" + (n == 1 ? "" : "s") + ", all " + (rejected ? "rejected" : "accepted")));
        }
        if (source.comments() > 0) {
            int n = source.comments();
            out.add(new Change(Change.Kind.COMMENTS, Where.Part.DOCUMENT, "comments",
                    Optional.of(String.valueOf(n)), Optional.empty(), Optional.empty(),
                    "批注 " + n + " 条，已删除", n + " comment" + (n == 1 ? "" : "s") + ", left out"));
        }
        for (DocxRecogniser.DroppedLook look : DocxRecogniser.droppedLooks(source, structure)) {
            Where at = new Where.Paragraph(look.paragraph());
            if (look.kind() == DocxRecogniser.DroppedLook.Look.COLOUR) {
                out.add(new Change(Change.Kind.COLOUR, at, "text colour", Optional.of(look.value()), Optional.empty(),
                        Optional.empty(), "彩色文字（" + look.value() + "：" + look.text() + "）改为黑色",
                        "coloured text (" + look.value() + ": " + look.text() + ") written in black"));
            } else if (look.kind() == DocxRecogniser.DroppedLook.Look.HIGHLIGHT) {
                out.add(new Change(Change.Kind.HIGHLIGHT, at, "highlighting", Optional.of(look.value()), Optional.empty(),
                        Optional.empty(), "突出显示的文字（" + look.value() + "：" + look.text() + "）取消突出显示",
                        "highlighted text (" + look.value() + ": " + look.text() + ") written without highlighting"));
            } else if (look.kind() == DocxRecogniser.DroppedLook.Look.CAPITALS) {
                out.add(new Change(Change.Kind.CAPITALS, at, "capitals", Optional.of(look.value()), Optional.empty(),
                        Optional.empty(), "小型大写字母的文字（" + look.text() + "）按输入的字母书写",
                        "text in small capitals (" + look.text() + ") written in the letters as typed"));
            } else if (look.kind() == DocxRecogniser.DroppedLook.Look.SPACING) {
                out.add(new Change(Change.Kind.CHARACTER_SPACING, at, "character spacing", Optional.of(look.value()),
                        Optional.empty(), Optional.empty(),
                        "调整了字符间距的文字（" + look.value() + "：" + look.text() + "）改为正文间距",
                        "text with its characters spaced (" + look.value() + ": " + look.text()
                                + ") written with the body's spacing"));
            } else {
                String among = look.among().orElse("");
                out.add(new Change(Change.Kind.TEXT_SIZE, at, "text size", Optional.of(look.value()),
                        look.among(), Optional.empty(),
                        "另一字号的文字（" + look.value() + "：" + look.text() + "）改为与本段其余文字同一字号（" + among + "）",
                        "text of another size (" + look.value() + ": " + look.text() + ") written in the size of the "
                                + "rest of the paragraph (" + among + ")"));
            }
        }
        for (WordContent.TextBox box : source.textBoxes()) {
            String range = box.first() == box.last() ? String.valueOf(box.first()) : box.first() + "–" + box.last();
            String[] names = switch (box.kind()) {
                case TEXT_BOX -> new String[] {"text box", "文本框", "a text box"};
                case SHAPE -> new String[] {"shape", "带文字的图形", "a shape with text"};
                case WORD_ART -> new String[] {"WordArt", "艺术字", "WordArt"};
            };
            out.add(new Change(Change.Kind.TEXT_BOX, new Where.Paragraph(box.paragraph()), names[0],
                    Optional.of(names[0]), Optional.of((box.first() == box.last() ? "paragraph " : "paragraphs ") + range),
                    Optional.empty(),
                    names[1] + "未排版，其文字保留为第 " + range + " 段，位于本段之后",
                    names[2] + " is not laid out; its text is kept as " + (box.first() == box.last() ? "paragraph "
                            : "paragraphs ") + range + ", right after this paragraph"));
        }
        readings(draft, true, out);
        int pictures = 0;
        for (WordContent.Item item : source.body()) {
            if (item instanceof WordContent.Paragraph p) {
                pictures += p.pictures().size();
            }
        }
        int kept = images(draft.document());
        if (kept < pictures) {
            out.add(new Change(Change.Kind.PICTURES, Where.Part.DOCUMENT, "pictures", Optional.of(String.valueOf(pictures)),
                    Optional.of(String.valueOf(kept)), Optional.empty(),
                    "图片 " + pictures + " 幅，保留 " + kept + " 幅；其余（印章，无图像或无尺寸的图片）未保留，见警告",
                    pictures + " picture" + (pictures == 1 ? "" : "s") + ", " + kept + " kept; the others (seals, "
                            + "pictures without an image or a size) are left out: see the warnings"));
        }
        return new FormatReport(true, out, findings);
    }

    /**
     * The report of a text draft formatted. It has no page set-up, faces or sizes before: the report
     * says that the specification's are used.
     *
     * @param source the draft's text as read (front matter and all)
     * @param draft what the reader made of it
     * @param fixed whether the text checker's safe fixes were applied to the text
     *              ({@link TextChecker#applySafeFixes})
     * @param findings the checker's findings on the written result
     * @return the report: the page set-up written (there was none before), the text's fixes, the findings
     * @throws InvalidDocumentException naming the argument if one is null
     */
    public static FormatReport ofText(String source, Draft draft, boolean fixed, List<Finding> findings) {
        require(source, "source");
        require(draft, "draft");
        require(findings, "findings");
        Specification spec = draft.document().specification();
        List<Change> out = new ArrayList<>();
        String page = pageSetUp(spec);
        out.add(new Change(Change.Kind.PAGE_SET_UP, Where.Part.PAGE, "page set-up", Optional.empty(), Optional.of(page),
                Optional.empty(), "文本草稿没有页面设置，按规范设置：" + pageSetUpChinese(spec),
                "a text draft has no page set-up; set to the specification's: " + page));
        StringBuilder chinese = new StringBuilder();
        StringBuilder english = new StringBuilder();
        for (DocumentElement e : List.of(DocumentElement.TITLE, DocumentElement.HEADING_1, DocumentElement.HEADING_2,
                DocumentElement.HEADING_3, DocumentElement.HEADING_4, DocumentElement.BODY)) {
            TextStyle style = spec.style(e);
            String face = style.font().eastAsia();
            chinese.append(chinese.isEmpty() ? "" : "，").append(chineseName(e)).append(' ').append(face).append(' ')
                    .append(sizeChinese(style.size()));
            english.append(english.isEmpty() ? "" : ", ").append(englishName(e)).append(' ').append(face).append(' ')
                    .append(sizeEnglish(style.size()));
        }
        out.add(new Change(Change.Kind.FACE, Where.Part.DOCUMENT, "all", Optional.empty(), Optional.of(english.toString()),
                Optional.empty(), "文本草稿没有字体字号，按规范设置：" + chinese,
                "a text draft has no faces or sizes; set to the specification's: " + english));
        if (fixed) {
            List<String> lines = Arrays.asList(LINE_BREAK.split(source, -1));
            Set<Integer> dropped = new java.util.HashSet<>();
            draft.dropped().forEach(d -> dropped.add(d.line()));
            for (Finding f : TextChecker.safeFixes(source)) {
                if (dropped.contains(f.line())) {
                    continue; // a line left out is not written, fixed or not
                }
                out.add(fix(f, lines.get(f.line() - 1), new Where.Line(f.line())));
            }
        }
        readings(draft, false, out);
        return new FormatReport(false, out, findings);
    }

    /** The longest quotation of a dropped line's text, in characters. */
    private static final int QUOTED = 24;

    /**
     * What the reader left out by a drop pattern and the headings it renumbered, as it recorded them
     * while reading ({@link Draft#dropped()}, {@link Draft#renumbered()}).
     */
    private static void readings(Draft draft, boolean docx, List<Change> out) {
        Specification spec = draft.document().specification();
        for (Draft.Dropped d : draft.dropped()) {
            Where at = docx ? new Where.Paragraph(d.line()) : new Where.Line(d.line());
            String text = d.text().replaceAll("\\s+", " ");
            String quoted = text.codePointCount(0, text.length()) <= QUOTED ? text
                    : text.substring(0, text.offsetByCodePoints(0, QUOTED)) + "……";
            out.add(new Change(Change.Kind.DROPPED, at, docx ? "paragraph" : "line", Optional.of(quoted),
                    Optional.empty(), Optional.empty(),
                    "第 " + d.line() + (docx ? " 段" : " 行") + "按 --drop 模式删除：“" + quoted + "”",
                    (docx ? "paragraph " : "line ") + d.line() + " left out by a --drop pattern: \"" + quoted + "\""));
        }
        for (Draft.Renumbered r : draft.renumbered()) {
            Where at = docx ? new Where.Paragraph(r.line()) : new Where.Line(r.line());
            String after = spec.ordinalFormat(r.level()).format(r.after());
            String element = englishName(DocumentElement.heading(r.level()));
            out.add(new Change(Change.Kind.RENUMBERED, at, element, Optional.of(r.printed()), Optional.of(after),
                    Optional.empty(), "序号：“" + r.printed() + "” → “" + after + "”",
                    "number: \"" + r.printed() + "\" → \"" + after + "\""));
        }
    }

    /**
     * Whether the source was a .docx (rather than a text draft).
     *
     * @return {@code true} for a .docx
     */
    public boolean fromDocx() {
        return fromDocx;
    }

    /**
     * The changes: page set-up first, then faces and sizes by element, then by line or paragraph, then
     * the document's.
     *
     * @return the changes in that order; empty when nothing changed
     */
    public List<Change> changes() {
        return changes;
    }

    /**
     * The checker's findings on the result: none for a document the writer made from a usable source.
     *
     * @return the findings, ordered as the checker orders them
     */
    public List<Finding> findings() {
        return findings;
    }

    /** The page set-up first, then faces and sizes, then what is at a line or paragraph, then the document's counts. */
    private static int rank(Change c) {
        if (c.where() == Where.Part.PAGE) {
            return 0;
        }
        if (LOOKS.contains(c.kind())) {
            return 1;
        }
        return c.where() instanceof Where.Part ? 3 : 2;
    }

    /** The kinds of the faces, sizes and layout of elements. */
    private static final Set<Change.Kind> LOOKS = java.util.EnumSet.of(Change.Kind.FACE, Change.Kind.SIZE,
            Change.Kind.INDENT, Change.Kind.LEFT_INDENT, Change.Kind.RIGHT_INDENT, Change.Kind.ALIGNMENT,
            Change.Kind.LINE_SPACING, Change.Kind.SPACE_BEFORE, Change.Kind.SPACE_AFTER, Change.Kind.PLACEMENT);

    /**
     * The document as the writer writes it, read back: what the writer gives each part of the head
     * block, the closing, the colophon and the tables, as the source's are read.
     */
    private static WordContent written(OfficialDocument document) {
        Path file = null;
        try {
            file = Files.createTempFile("gongwen-report-", ".docx");
            DocxWriter.write(document, file);
            return WordContent.read(file);
        } catch (IOException e) {
            throw new io.gongwen.DocumentWriteException("could not write the document to compare its layout with "
                    + "the source's: " + e.getMessage(), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is the system's to clear
                }
            }
        }
    }

    private static int line(Change c) {
        return c.where() instanceof Where.Paragraph p ? p.number() : c.where() instanceof Where.Line l ? l.number() : 0;
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private static void require(Object value, String name) {
        if (value == null) {
            throw new InvalidDocumentException(name, "must not be null");
        }
    }

    /** The paper's size, each margin and the line pitch, where the source's differ from the specification's. */
    private static void page(Optional<WordContent.Page> stated, Specification spec, List<Change> out) {
        if (stated.isEmpty()) {
            String page = pageSetUp(spec);
            out.add(new Change(Change.Kind.PAGE_SET_UP, Where.Part.PAGE, "page set-up", Optional.empty(),
                    Optional.of(page), Optional.empty(), "原文档未完整写明页面设置，按规范设置：" + pageSetUpChinese(spec),
                    "the source does not state its whole page set-up; set to the specification's: " + page));
            return;
        }
        WordContent.Page p = stated.get();
        if (differs(p.width(), spec.pageWidth(), 0.5) || differs(p.height(), spec.pageHeight(), 0.5)) {
            String before = mm(p.width()) + " × " + mm(p.height());
            String after = mm(spec.pageWidth()) + " × " + mm(spec.pageHeight());
            out.add(new Change(Change.Kind.PAPER, Where.Part.PAGE, "paper", Optional.of(before + " mm"),
                    Optional.of(after + " mm"), Optional.empty(), "纸张：" + before + " mm → " + after + " mm",
                    "paper: " + before + " mm → " + after + " mm"));
        }
        margin("top margin", "上边距", p.top(), spec.marginTop(), out);
        margin("bottom margin", "下边距", p.bottom(), spec.marginBottom(), out);
        margin("left margin", "左边距", p.left(), spec.marginLeft(), out);
        margin("right margin", "右边距", p.right(), spec.marginRight(), out);
        String after = points(spec.linePitch()) + " pt";
        String lines = spec.linesPerPage() + " 行";
        if (p.gridLinePitch().isEmpty()) {
            out.add(new Change(Change.Kind.LINE_PITCH, Where.Part.PAGE, "line pitch", Optional.empty(), Optional.of(after),
                    Optional.empty(), "行网格：无 → " + after + "（每页 " + lines + "）",
                    "line grid: none → " + after + " (" + spec.linesPerPage() + " lines a page)"));
        } else if (Math.abs(p.gridLinePitch().get().points() - spec.linePitch().points()) > 0.05) {
            String before = points(p.gridLinePitch().get()) + " pt";
            out.add(new Change(Change.Kind.LINE_PITCH, Where.Part.PAGE, "line pitch", Optional.of(before),
                    Optional.of(after), Optional.empty(), "行网格：" + before + " → " + after + "（每页 " + lines + "）",
                    "line grid: " + before + " → " + after + " (" + spec.linesPerPage() + " lines a page)"));
        }
    }

    private static void margin(String element, String chinese, Length before, Length after, List<Change> out) {
        if (differs(before, after, 0.05)) {
            String b = mm(before) + " mm";
            String a = mm(after) + " mm";
            out.add(new Change(Change.Kind.MARGIN, Where.Part.PAGE, element, Optional.of(b), Optional.of(a),
                    Optional.empty(), chinese + "：" + b + " → " + a, element + ": " + b + " → " + a));
        }
    }

    private static boolean differs(Length a, Length b, double millimetres) {
        return Math.abs(a.toMillimetres() - b.toMillimetres()) > millimetres;
    }

    /** "A4 210 × 297 mm, margins top 37, bottom 35, left 28, right 26 mm, 22 lines of 28 characters". */
    private static String pageSetUp(Specification spec) {
        return mm(spec.pageWidth()) + " × " + mm(spec.pageHeight()) + " mm, margins top " + mm(spec.marginTop())
                + ", bottom " + mm(spec.marginBottom()) + ", left " + mm(spec.marginLeft()) + ", right "
                + mm(spec.marginRight()) + " mm, " + spec.linesPerPage() + " lines of " + spec.charactersPerLine()
                + " characters";
    }

    /** "210 × 297 mm，上边距 37 mm、下边距 35 mm、左边距 28 mm、右边距 26 mm，每页 22 行、每行 28 字". */
    private static String pageSetUpChinese(Specification spec) {
        return mm(spec.pageWidth()) + " × " + mm(spec.pageHeight()) + " mm，上边距 " + mm(spec.marginTop()) + " mm、下边距 "
                + mm(spec.marginBottom()) + " mm、左边距 " + mm(spec.marginLeft()) + " mm、右边距 " + mm(spec.marginRight())
                + " mm，每页 " + spec.linesPerPage() + " 行、每行 " + spec.charactersPerLine() + " 字";
    }

    /**
     * The faces and sizes of each element's text in the source, where they differ from the
     * specification's: every face and size found, the most used first; and the paragraphs' layout
     * (indents, alignment, spacing), each where it differs from what the writer writes, with the
     * paragraphs that depart from their element's most used value.
     */
    private static void looks(WordContent source, DocxRecogniser.Structure structure, Specification spec,
                              List<Change> out) {
        Map<Integer, DocumentElement> elements = structure.elements();
        Map<DocumentElement, Map<String, Integer>> faces = new EnumMap<>(DocumentElement.class);
        Map<DocumentElement, Map<String, Integer>> sizes = new EnumMap<>(DocumentElement.class);
        Map<DocumentElement, List<Laid>> layouts = new EnumMap<>(DocumentElement.class);
        for (WordContent.Item item : source.body()) {
            if (!(item instanceof WordContent.Paragraph p) || !elements.containsKey(p.number())
                    || structure.parts().containsKey(p.number())) {
                continue; // a part of the head block, the closing or the colophon is compared as that part
            }
            DocumentElement e = elements.get(p.number());
            int length = p.text().strip().length();
            if (length > 0 && LAID_OUT.contains(e)) {
                // weighed by the characters, as faces are: a body's long paragraphs outweigh a short odd one
                layouts.computeIfAbsent(e, k -> new ArrayList<>()).add(new Laid(p.number(), length, Layout.of(p)));
            }
            // a run-in heading's text after the heading is body text: a heading is told by its first run
            boolean heading = e.name().startsWith("HEADING");
            for (WordContent.Run run : p.runs()) {
                int n = run.text().strip().length();
                if (n == 0) {
                    continue;
                }
                faces.computeIfAbsent(e, k -> new LinkedHashMap<>()).merge(run.eastAsiaFont().orElse(NOT_STATED), n,
                        Integer::sum);
                sizes.computeIfAbsent(e, k -> new LinkedHashMap<>()).merge(run.size().map(FormatReport::sizeEnglish)
                        .orElse(NOT_STATED), n, Integer::sum);
                if (heading) {
                    break;
                }
            }
        }
        for (Map.Entry<DocumentElement, Map<String, Integer>> f : faces.entrySet()) {
            DocumentElement e = f.getKey();
            TextStyle style = spec.style(e);
            face(englishName(e), chineseName(e), f.getValue(), style.font().eastAsia(), out);
            size(englishName(e), chineseName(e), sizes.get(e), style.size(), out);
            if (layouts.containsKey(e)) {
                boolean title = e == DocumentElement.TITLE;
                String pitch = points(spec.linePitch());
                Layout written = new Layout(List.of(
                        title ? Value.NONE : new Value("2 characters", "2 字"), Value.NONE, Value.NONE,
                        title ? new Value("centred", "居中") : new Value("justified", "两端对齐"),
                        new Value("exact " + pitch + " pt", "固定值 " + pitch + " 磅"), Value.NONE, Value.NONE));
                layout(englishName(e), chineseName(e), layouts.get(e), written, true, EnumSet.allOf(Attribute.class), out);
            }
        }
    }

    /**
     * The faces, sizes and layout of the head block's parts, the closing's, the colophon's and the
     * table cells', each against what the writer wrote for the same part: the document written and
     * read back, its paragraphs told by the writer's styles.
     */
    private static void parts(WordContent source, DocxRecogniser.Structure structure, WordContent written,
                              List<Change> out) {
        Map<DocumentPart, Group> before = new EnumMap<>(DocumentPart.class);
        for (WordContent.Item item : source.body()) {
            if (item instanceof WordContent.Paragraph p && structure.parts().containsKey(p.number())
                    && !structure.dropped().contains(p.number())) {
                DocumentPart part = structure.parts().get(p.number());
                before.computeIfAbsent(part, k -> new Group()).add(p, part);
            }
        }
        Map<DocumentPart, Group> after = new EnumMap<>(DocumentPart.class);
        boolean attachment = false;
        for (WordContent.Item item : written.body()) {
            if (item instanceof WordContent.Paragraph p) {
                Optional<DocumentPart> part = writtenPart(p, attachment);
                part.ifPresent(k -> after.computeIfAbsent(k, x -> new Group()).add(p, k));
                attachment |= part.filter(DocumentPart.ATTACHMENT_LABEL::equals).isPresent();
            }
        }
        for (Map.Entry<DocumentPart, Group> b : before.entrySet()) {
            Group a = after.get(b.getKey());
            if (a == null || b.getValue().laid.isEmpty() || a.laid.isEmpty()) {
                continue; // the writer wrote no such paragraph (a part it writes in a table, or leaves out)
            }
            DocumentPart part = b.getKey();
            String en = partEnglish(part);
            String zh = partChinese(part);
            if (part == DocumentPart.SIGNERS) {
                // the writer places the line's number and names with tab stops: its indents and
                // alignment say nothing of where they stand, the placement does
                compare(en, zh, b.getValue(), a, true, EnumSet.of(Attribute.LINE_SPACING, Attribute.SPACE_BEFORE,
                        Attribute.SPACE_AFTER), out);
                placement(b.getValue(), a, out);
            } else {
                compare(en, zh, b.getValue(), a, true, EnumSet.allOf(Attribute.class), out);
            }
            labels(part, b.getValue(), a, out);
        }
        notes("footnotes", "脚注", source.footnotes(), written.footnotes(), out);
        notes("endnotes", "尾注", source.endnotes(), written.endnotes(), out);
        Group[] cells = {new Group(), new Group()};
        Group[] writtenCells = {new Group(), new Group()};
        cells(source, cells);
        cells(written, writtenCells);
        for (int header = 0; header < 2; header++) {
            if (!cells[header].laid.isEmpty() && !writtenCells[header].laid.isEmpty()) {
                // table cells are aligned column by column: only the most used values are compared
                compare(header == 1 ? "table header cells" : "table cells", header == 1 ? "表头单元格" : "表格单元格",
                        cells[header], writtenCells[header], false, EnumSet.allOf(Attribute.class), out);
            }
        }
    }

    private static void compare(String en, String zh, Group before, Group after, boolean each,
                                Set<Attribute> compared, List<Change> out) {
        faceAndSize(en, zh, before.faces, before.sizes, after.faces, after.sizes, out);
        Map<Attribute, Map<Value, Integer>> used = new EnumMap<>(Attribute.class);
        for (Laid l : after.laid) {
            for (Attribute a : Attribute.values()) {
                used.computeIfAbsent(a, k -> new LinkedHashMap<>()).merge(l.layout().values().get(a.ordinal()),
                        l.weight(), Integer::sum);
            }
        }
        List<Value> written = new ArrayList<>();
        for (Attribute a : Attribute.values()) {
            written.add(mostOf(used.get(a)));
        }
        layout(en, zh, before.laid, new Layout(written), each, compared, out);
    }

    /** The most used face and size of some text against the writer's, where they differ. */
    private static void faceAndSize(String en, String zh, Map<String, Integer> faces, Map<String, Integer> sizes,
                                    Map<String, Integer> writtenFaces, Map<String, Integer> writtenSizes,
                                    List<Change> out) {
        if (writtenFaces.isEmpty()) {
            return; // the writer wrote no such text
        }
        face(en, zh, faces, most(writtenFaces), out);
        if (!sizes.isEmpty() && !writtenSizes.isEmpty()) {
            String size = most(writtenSizes);
            if (!sizes.keySet().equals(Set.of(size))) {
                String b = byUse(sizes);
                out.add(new Change(Change.Kind.SIZE, Where.Part.DOCUMENT, en, Optional.of(b), Optional.of(size),
                        Optional.empty(), zh + "字号：" + chineseSizes(sizes) + " → " + chineseSize(size),
                        en + " size: " + b + " → " + size));
            }
        }
    }

    /**
     * The label a part starts with (签发人：, 出席：, an article's 第一条), its face and size against the
     * label the writer wrote.
     */
    private static void labels(DocumentPart part, Group before, Group after, List<Change> out) {
        String[] names = switch (part) {
            case SIGNERS -> new String[] {"signers' label", "签发人标签"};
            case ATTENDANCE -> new String[] {"attendance labels", "出席人员标签"};
            case ARTICLE -> new String[] {"article numbers", "条文序号"};
            default -> null;
        };
        if (names != null) {
            faceAndSize(names[0], names[1], before.labelFaces, before.labelSizes, after.labelFaces, after.labelSizes,
                    out);
        }
        if (part == DocumentPart.SIGNERS) {
            // the document number shares the line of the last signer, in the source and as written
            faceAndSize(partEnglish(DocumentPart.DOCUMENT_NUMBER), partChinese(DocumentPart.DOCUMENT_NUMBER),
                    before.leadFaces, before.leadSizes, after.leadFaces, after.leadSizes, out);
        }
    }

    /** How the line of 签发人 is placed in the source against the writer's: spaces, alignment or tab stops. */
    private static void placement(Group before, Group after, List<Change> out) {
        if (before.placements.isEmpty() || after.placements.isEmpty()) {
            return;
        }
        Value was = mostOf(before.placements);
        Value is = mostOf(after.placements);
        if (was.equals(is)) {
            return; // tab stops both: where the source's stand is not read, so it is not compared
        }
        // the standard's places (§7.2.6), which the writer's tab stops give
        String how = is.equals(TAB_STOPS) ? "（发文字号居左空一字，签发人姓名居右空一字）" : "";
        String howEnglish = is.equals(TAB_STOPS) ? " (the document number one character in from the left, the "
                + "names ending one character in from the right)" : "";
        out.add(new Change(Change.Kind.PLACEMENT, Where.Part.DOCUMENT, "signers", Optional.of(was.english()),
                Optional.of(is.english()), Optional.empty(),
                "签发人行排列方式：" + was.chinese() + " → " + is.chinese() + how,
                "signers line placed with " + was.english() + " → " + is.english() + howEnglish));
    }

    /**
     * The face, size and layout of the footnotes' (or endnotes') text against the writer's notes read
     * back: the most used values only, since a note's paragraphs are numbered in a part of their own.
     */
    private static void notes(String en, String zh, Map<String, List<WordContent.Paragraph>> source,
                              Map<String, List<WordContent.Paragraph>> written, List<Change> out) {
        Group before = new Group();
        Group after = new Group();
        source.values().forEach(ps -> ps.forEach(p -> before.add(p, null)));
        written.values().forEach(ps -> ps.forEach(p -> after.add(p, null)));
        if (!before.laid.isEmpty() && !after.laid.isEmpty()) {
            compare(en, zh, before, after, false, EnumSet.allOf(Attribute.class), out);
        }
    }

    /**
     * The part of the document a paragraph the writer wrote is, told by its style and, in the head, its
     * text; a title after an attachment's label is the attachment's, an article is a body paragraph
     * that starts with its number.
     */
    private static Optional<DocumentPart> writtenPart(WordContent.Paragraph p, boolean attachment) {
        String text = p.text().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (p.style().isEmpty() || p.style().get().equals("Normal")) {
            return ARTICLE_NUMBER.matcher(text).lookingAt() ? Optional.of(DocumentPart.ARTICLE) : Optional.empty();
        }
        return switch (p.style().get()) {
            case "HeadLine" -> text.contains("签发人") ? Optional.of(DocumentPart.SIGNERS)
                    : text.chars().allMatch(Character::isDigit) ? Optional.of(DocumentPart.COPY_NUMBER)
                    : Arrays.stream(io.gongwen.Secrecy.values()).anyMatch(s -> text.startsWith(s.text()))
                    ? Optional.of(DocumentPart.SECRECY)
                    : Arrays.stream(io.gongwen.Urgency.values()).anyMatch(u -> text.equals(u.text()))
                    ? Optional.of(DocumentPart.URGENCY) : Optional.empty();
            case "Mark" -> Optional.of(DocumentPart.MARK);
            case "DocumentNumber" -> Optional.of(DocumentPart.DOCUMENT_NUMBER);
            case "Addressee" -> Optional.of(DocumentPart.ADDRESSEE);
            case "AttachmentNote" -> Optional.of(DocumentPart.ATTACHMENT_NOTE);
            case "Signature" -> Optional.of(DocumentPart.SIGNATURE);
            case "Date" -> Optional.of(DocumentPart.DATE);
            case "Note" -> Optional.of(DocumentPart.NOTE);
            case "IssuedClosing" -> Optional.of(DocumentPart.ISSUED_CLOSING);
            case "Colophon" -> Optional.of(text.startsWith("抄") ? DocumentPart.COPY_TO : DocumentPart.PRINTED_BY);
            case "Attendance" -> Optional.of(DocumentPart.ATTENDANCE);
            case "AttachmentLabel" -> Optional.of(DocumentPart.ATTACHMENT_LABEL);
            case "Title" -> attachment ? Optional.of(DocumentPart.ATTACHMENT_TITLE) : Optional.empty();
            case "Chapter" -> Optional.of(DocumentPart.CHAPTER);
            default -> Optional.empty();
        };
    }

    /** An article's number as the writer writes it and the reader reads it: "第一条", "第12条". */
    private static final Pattern ARTICLE_NUMBER = Pattern.compile("第[一二三四五六七八九十百千零〇两0-9０-９]{1,8}条");

    /** The paragraphs of the tables' cells: [0] the body rows', [1] the header rows' (repeated on each page). */
    private static void cells(WordContent content, Group[] groups) {
        for (WordContent.Item item : content.body()) {
            if (item instanceof WordContent.Table t) {
                for (WordContent.Row row : t.rows()) {
                    for (WordContent.Cell cell : row.cells()) {
                        if (cell.verticalMerge().filter("continue"::equals).isPresent()) {
                            continue;
                        }
                        for (WordContent.Paragraph p : cell.paragraphs()) {
                            groups[row.header() ? 1 : 0].add(p, null);
                        }
                    }
                }
            }
        }
    }

    /** How a line of 签发人 is placed: with tab stops, with spaces, or by its alignment. */
    private static final Value TAB_STOPS = new Value("tab stops", "制表位");
    private static final Value SPACES = new Value("spaces", "空格");
    /** Two spaces or more: text pushed along a line by hand. */
    private static final Pattern SPACED = Pattern.compile("[ \u3000\u00A0]{2,}");

    /** Where the label of a part without one stands: nowhere, all its text is the part's. Never written to. */
    private static final int[] NO_LABEL = {0, 0};

    /**
     * The faces, sizes and layouts of a part's paragraphs; for a part that starts with a label (签发人：,
     * 出席：, 第一条), the label's faces and sizes apart from the rest's.
     */
    private static final class Group {
        final Map<String, Integer> faces = new LinkedHashMap<>();
        final Map<String, Integer> sizes = new LinkedHashMap<>();
        final Map<String, Integer> labelFaces = new LinkedHashMap<>();
        final Map<String, Integer> labelSizes = new LinkedHashMap<>();
        /** What stands before the label: the document number on the line of 签发人. */
        final Map<String, Integer> leadFaces = new LinkedHashMap<>();
        final Map<String, Integer> leadSizes = new LinkedHashMap<>();
        final List<Laid> laid = new ArrayList<>();
        /** For the line of 签发人: how it is placed, weighed by its characters. */
        final Map<Value, Integer> placements = new LinkedHashMap<>();

        void add(WordContent.Paragraph p, DocumentPart part) {
            int length = p.text().strip().length();
            if (length == 0) {
                return;
            }
            Layout layout = Layout.of(p);
            laid.add(new Laid(p.number(), length, layout));
            if (part == DocumentPart.SIGNERS) {
                Value placed = p.text().indexOf('\t') >= 0 ? TAB_STOPS : SPACED.matcher(p.text().strip()).find() ? SPACES
                        : new Value(layout.values().get(Attribute.ALIGNMENT.ordinal()).english() + " alignment",
                        layout.values().get(Attribute.ALIGNMENT.ordinal()).chinese());
                placements.merge(placed, length, Integer::sum);
            }
            int[] label = NO_LABEL;
            if (part == DocumentPart.SIGNERS || part == DocumentPart.ATTENDANCE || part == DocumentPart.ARTICLE) {
                StringBuilder all = new StringBuilder();
                for (WordContent.Run run : p.runs()) {
                    all.append(run.text());
                }
                label = label(all.toString(), part);
            }
            int at = 0;
            for (WordContent.Run run : p.runs()) {
                int from = at;
                at += run.text().length();
                // what stands before the label (the document number on the line of 签发人) is not the part's
                count(run, from, 0, label[0], leadFaces, leadSizes);
                count(run, from, label[0], label[1], labelFaces, labelSizes);
                count(run, from, label[1], Integer.MAX_VALUE, faces, sizes);
            }
        }

        /** The characters of the run (which starts at {@code from}) between {@code start} and {@code end}. */
        private static void count(WordContent.Run run, int from, int start, int end, Map<String, Integer> faces,
                                  Map<String, Integer> sizes) {
            String text = run.text();
            int a = Math.max(0, start - from);
            int b = Math.min(text.length(), end - from);
            int n = 0;
            for (int i = a; i < b; i++) {
                n += Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000' ? 0 : 1;
            }
            if (n > 0) {
                faces.merge(run.eastAsiaFont().orElse(NOT_STATED), n, Integer::sum);
                sizes.merge(run.size().map(FormatReport::sizeEnglish).orElse(NOT_STATED), n, Integer::sum);
            }
        }

        /**
         * Where the part's label stands in its text: {start, end}; {0, 0} for a part without one. The
         * text after it is the part's (the names, the article's text).
         */
        private static int[] label(String text, DocumentPart part) {
            int first = 0;
            while (first < text.length() && (Character.isWhitespace(text.charAt(first)) || text.charAt(first) == '\u3000')) {
                first++;
            }
            if (part == DocumentPart.SIGNERS || part == DocumentPart.ATTENDANCE) {
                int start = part == DocumentPart.SIGNERS ? text.indexOf("签发人") : first;
                if (start < 0) {
                    return NO_LABEL;
                }
                int colon = colon(text, start);
                return new int[] {start, colon < 0 ? Math.min(text.length(), start + 3) : colon + 1};
            }
            if (part == DocumentPart.ARTICLE) {
                java.util.regex.Matcher m = ARTICLE_NUMBER.matcher(text).region(first, text.length());
                return m.lookingAt() ? new int[] {first, m.end()} : NO_LABEL;
            }
            return NO_LABEL;
        }

        private static int colon(String text, int from) {
            int full = text.indexOf('：', from);
            int half = text.indexOf(':', from);
            return full < 0 ? half : half < 0 ? full : Math.min(full, half);
        }
    }

    private static void face(String en, String zh, Map<String, Integer> used, String face, List<Change> out) {
        if (used.isEmpty() || used.keySet().equals(Set.of(face))) {
            return;
        }
        String before = byUse(used);
        out.add(new Change(Change.Kind.FACE, Where.Part.DOCUMENT, en, Optional.of(before), Optional.of(face),
                Optional.empty(), zh + "字体：" + before.replace(", ", "、").replace(NOT_STATED, "未指定") + " → "
                + face.replace(NOT_STATED, "未指定"), en + " face: " + before + " → " + face));
    }

    private static void size(String en, String zh, Map<String, Integer> used, Length after, List<Change> out) {
        String size = sizeEnglish(after);
        if (used.keySet().equals(Set.of(size))) {
            return;
        }
        String before = byUse(used);
        out.add(new Change(Change.Kind.SIZE, Where.Part.DOCUMENT, en, Optional.of(before), Optional.of(size),
                Optional.empty(), zh + "字号：" + chineseSizes(used) + " → " + sizeChinese(after),
                en + " size: " + before + " → " + size));
    }

    private static String most(Map<String, Integer> used) {
        return used.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(NOT_STATED);
    }

    private static <T> T mostOf(Map<T, Integer> used) {
        return used.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The elements whose indent, alignment and line spacing the report compares with the specification's. */
    private static final Set<DocumentElement> LAID_OUT = Set.of(DocumentElement.BODY, DocumentElement.TITLE,
            DocumentElement.HEADING_1, DocumentElement.HEADING_2, DocumentElement.HEADING_3, DocumentElement.HEADING_4);

    /** What of a paragraph's layout the report compares, with the change's kind and its names. */
    private enum Attribute {
        INDENT(Change.Kind.INDENT, "首行缩进", "first-line indent"),
        LEFT_INDENT(Change.Kind.LEFT_INDENT, "左缩进", "left indent"),
        RIGHT_INDENT(Change.Kind.RIGHT_INDENT, "右缩进", "right indent"),
        ALIGNMENT(Change.Kind.ALIGNMENT, "对齐方式", "alignment"),
        LINE_SPACING(Change.Kind.LINE_SPACING, "行距", "line spacing"),
        SPACE_BEFORE(Change.Kind.SPACE_BEFORE, "段前间距", "space before"),
        SPACE_AFTER(Change.Kind.SPACE_AFTER, "段后间距", "space after");

        final Change.Kind kind;
        final String chinese;
        final String english;

        Attribute(Change.Kind kind, String chinese, String english) {
            this.kind = kind;
            this.chinese = chinese;
            this.english = english;
        }
    }

    /** One value as the report prints it, in English and in Chinese. */
    private record Value(String english, String chinese) {
        static final Value NONE = new Value("0", "0");
    }

    /** A paragraph's layout: one value per {@link Attribute}, in its order. */
    private record Layout(List<Value> values) {
        /** The paragraph's effective values; what it does not state is Word's default (left, single, 0). */
        static Layout of(WordContent.Paragraph p) {
            WordContent.Indent ind = p.indent();
            WordContent.Space space = p.space();
            return new Layout(List.of(
                    length(ind.firstLineChars(), ind.firstLine(), " character", " 字"),
                    length(ind.leftChars(), ind.left(), " character", " 字"),
                    length(ind.rightChars(), ind.right(), " character", " 字"),
                    alignment(p.alignment().orElse("left")),
                    spacing(p.lineSpacing()),
                    space(space.beforeLines(), space.before()),
                    space(space.afterLines(), space.after())));
        }

        /** Word measures in characters when they are stated, whatever the length says. */
        private static Value length(int hundredths, Length length, String unit, String unitChinese) {
            if (hundredths != 0) {
                String n = number(hundredths / 100.0, 2);
                return new Value(n + unit + (n.equals("1") ? "" : "s"), n + unitChinese);
            }
            if (Math.abs(length.toMillimetres()) < 0.05) {
                return Value.NONE;
            }
            String mm = mm(length) + " mm";
            return new Value(mm, mm);
        }

        /** A space in lines when they are stated, else in points. */
        private static Value space(int hundredths, Length length) {
            if (hundredths != 0) {
                String n = number(hundredths / 100.0, 2);
                return new Value(n + (n.equals("1") ? " line" : " lines"), n + " 行");
            }
            if (Math.abs(length.points()) < 0.05) {
                return Value.NONE;
            }
            return new Value(points(length) + " pt", points(length) + " 磅");
        }

        private static Value alignment(String jc) {
            return switch (jc) {
                case "left", "start" -> new Value("left", "左对齐");
                case "center" -> new Value("centred", "居中");
                case "right", "end" -> new Value("right", "右对齐");
                case "both" -> new Value("justified", "两端对齐");
                case "distribute" -> new Value("distributed", "分散对齐");
                default -> new Value(jc, jc);
            };
        }

        private static Value spacing(Optional<WordContent.LineSpacing> stated) {
            if (stated.isEmpty()) {
                return new Value("single", "单倍行距");
            }
            WordContent.LineSpacing s = stated.get();
            if (s.rule().equals("exact") && s.exact().isPresent()) {
                return new Value("exact " + points(s.exact().get()) + " pt", "固定值 " + points(s.exact().get()) + " 磅");
            }
            if (s.rule().equals("atLeast") && s.exact().isPresent()) {
                return new Value("at least " + points(s.exact().get()) + " pt",
                        "最小值 " + points(s.exact().get()) + " 磅");
            }
            if (Math.abs(s.lines() - 1) < 0.005) {
                return new Value("single", "单倍行距");
            }
            String n = number(s.lines(), 2);
            return new Value("multiple " + n, n + " 倍行距");
        }
    }

    /** A paragraph's layout, with its number and its weight (its characters). */
    private record Laid(int paragraph, int weight, Layout layout) {
    }

    /** The most paragraphs a line names before it says how many more there are. */
    private static final int NAMED = 8;
    /** The most values of one attribute of one element listed apart; the rest share a line. */
    private static final int VALUES = 3;

    /**
     * Each value of an element's paragraphs where it differs from what the writer writes for the
     * element: the most used (weighed by characters) as the element's, and each other value with the
     * paragraphs that have it, a few named ("paragraphs 12, 40, 41 (3 of 80)"); linear in the paragraphs.
     */
    private static void layout(String en, String zh, List<Laid> laid, Layout written, boolean each,
                               Set<Attribute> compared, List<Change> out) {
        for (Attribute a : compared) {
            Map<Value, Integer> weights = new LinkedHashMap<>();
            Map<Value, List<Integer>> paragraphs = new LinkedHashMap<>();
            for (Laid l : laid) {
                Value v = l.layout().values().get(a.ordinal());
                weights.merge(v, l.weight(), Integer::sum);
                paragraphs.computeIfAbsent(v, k -> new ArrayList<>()).add(l.paragraph());
            }
            Value most = mostOf(weights);
            Value after = written.values().get(a.ordinal());
            if (!most.equals(after)) {
                out.add(new Change(a.kind, Where.Part.DOCUMENT, en, Optional.of(most.english()),
                        Optional.of(after.english()), Optional.empty(),
                        zh + a.chinese + "：" + most.chinese() + " → " + after.chinese(),
                        en + " " + a.english + ": " + most.english() + " → " + after.english()));
            }
            if (!each) {
                continue;
            }
            List<Map.Entry<Value, Integer>> others = new ArrayList<>();
            for (Map.Entry<Value, Integer> w : weights.entrySet()) {
                if (!w.getKey().equals(most) && !w.getKey().equals(after)) {
                    others.add(w);
                }
            }
            others.sort(Map.Entry.<Value, Integer>comparingByValue().reversed());
            List<Integer> rest = new ArrayList<>();
            int restValues = 0;
            for (int i = 0; i < others.size(); i++) {
                Value v = others.get(i).getKey();
                if (i >= VALUES) {
                    rest.addAll(paragraphs.get(v));
                    restValues++;
                    continue;
                }
                List<Integer> which = paragraphs.get(v);
                String[] named = named(which, laid.size());
                out.add(new Change(a.kind, new Where.Paragraph(which.get(0)), en, Optional.of(v.english()),
                        Optional.of(after.english()), Optional.empty(),
                        zh + named[0] + a.chinese + "：" + v.chinese() + " → " + after.chinese(),
                        en + " " + named[1] + " " + a.english + ": " + v.english() + " → " + after.english(), which));
            }
            if (!rest.isEmpty()) {
                rest.sort(null);
                String[] named = named(rest, laid.size());
                out.add(new Change(a.kind, new Where.Paragraph(rest.get(0)), en, Optional.of(restValues + " other values"),
                        Optional.of(after.english()), Optional.empty(),
                        zh + named[0] + a.chinese + "：另有 " + restValues + " 种值 → " + after.chinese(),
                        en + " " + named[1] + " " + a.english + ": " + restValues + " other values → "
                                + after.english(), rest));
            }
        }
    }

    /** "第 12、40、41 段（80 段中的 3 段）" and "paragraphs 12, 40, 41 (3 of 80)", a few named. */
    private static String[] named(List<Integer> paragraphs, int of) {
        List<String> shown = paragraphs.stream().limit(NAMED).map(String::valueOf).toList();
        String more = paragraphs.size() > NAMED ? "……段" : " 段";
        String moreEnglish = paragraphs.size() > NAMED ? ", …" : "";
        return new String[] {
            "第 " + String.join("、", shown) + more + "（" + of + " 段中的 " + paragraphs.size() + " 段）",
            (paragraphs.size() == 1 ? "paragraph " : "paragraphs ") + String.join(", ", shown) + moreEnglish
                    + " (" + paragraphs.size() + " of " + of + ")"};
    }

    private static String partEnglish(DocumentPart part) {
        return switch (part) {
            case COPY_NUMBER -> "copy number";
            case SECRECY -> "secrecy";
            case URGENCY -> "urgency";
            case MARK -> "issuer's mark";
            case DOCUMENT_NUMBER -> "document number";
            case SIGNERS -> "signers";
            case ADDRESSEE -> "main recipients";
            case ATTACHMENT_NOTE -> "attachment note";
            case SIGNATURE -> "signature";
            case DATE -> "date";
            case NOTE -> "note";
            case ISSUED_CLOSING -> "issued document's closing";
            case COPY_TO -> "copies to";
            case PRINTED_BY -> "printed by";
            case ATTENDANCE -> "attendance lists";
            case ATTACHMENT_LABEL -> "attachment label";
            case ATTACHMENT_TITLE -> "attachment title";
            case CHAPTER -> "chapter titles";
            case ARTICLE -> "articles";
        };
    }

    private static String partChinese(DocumentPart part) {
        return switch (part) {
            case COPY_NUMBER -> "份号";
            case SECRECY -> "密级";
            case URGENCY -> "紧急程度";
            case MARK -> "发文机关标志";
            case DOCUMENT_NUMBER -> "发文字号";
            case SIGNERS -> "签发人姓名";
            case ADDRESSEE -> "主送机关";
            case ATTACHMENT_NOTE -> "附件说明";
            case SIGNATURE -> "署名";
            case DATE -> "成文日期";
            case NOTE -> "附注";
            case ISSUED_CLOSING -> "印发文件落款";
            case COPY_TO -> "抄送";
            case PRINTED_BY -> "印发机关和印发日期";
            case ATTENDANCE -> "出席人员";
            case ATTACHMENT_LABEL -> "附件标签";
            case ATTACHMENT_TITLE -> "附件标题";
            case CHAPTER -> "章节标题";
            case ARTICLE -> "条文";
        };
    }

    /** A face or size the source leaves to the application's defaults. */
    private static final String NOT_STATED = "(not stated)";

    /** The keys, the most used first, joined by ", ". */
    private static String byUse(Map<String, Integer> counts) {
        return String.join(", ", counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList());
    }

    /** The sizes in Chinese, "小四（12 pt）", the most used first. */
    private static String chineseSizes(Map<String, Integer> sizes) {
        List<String> out = new ArrayList<>();
        for (String size : byUse(sizes).split(", ")) {
            out.add(chineseSize(size));
        }
        return String.join("、", out);
    }

    /** A size as the report prints it ("12 pt", "(not stated)") in Chinese: "小四（12 pt）", "未指定". */
    private static String chineseSize(String size) {
        if (!size.endsWith(" pt")) {
            return size.equals(NOT_STATED) ? "未指定" : size;
        }
        return named(Double.parseDouble(size.substring(0, size.length() - 3))).map(n -> n.chineseName() + "（" + size + "）")
                .orElse(size);
    }

    private static String sizeEnglish(Length size) {
        return points(size) + " pt";
    }

    private static String sizeChinese(Length size) {
        return named(size.points()).map(n -> n.chineseName() + "（" + sizeEnglish(size) + "）").orElse(sizeEnglish(size));
    }

    private static Optional<FontSize> named(double points) {
        return Arrays.stream(FontSize.values()).filter(f -> Math.abs(f.length().points() - points) < 0.01).findFirst();
    }

    private static String points(Length length) {
        return number(length.points(), 2);
    }

    private static String mm(Length length) {
        return number(length.toMillimetres(), 1);
    }

    /** The number with at most this many decimals, without trailing zeros: "37", "25.4", "28.95". */
    private static String number(double value, int decimals) {
        // twips make millimetres such as 31.749999…: rounded as the exact value would be
        String s = new java.math.BigDecimal(value).setScale(6, java.math.RoundingMode.HALF_UP)
                .setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        return s;
    }

    private static String englishName(DocumentElement e) {
        return switch (e) {
            case BODY -> "body";
            case TITLE -> "title";
            case HEADING_1 -> "heading 1";
            case HEADING_2 -> "heading 2";
            case HEADING_3 -> "heading 3";
            case HEADING_4 -> "heading 4";
            case PAGE_NUMBER -> "page number";
            case TABLE -> "table";
            case TABLE_HEADER -> "table header";
            case MARK -> "mark";
            case LABEL -> "label";
            case SIGNER -> "signer";
            case COLOPHON -> "colophon";
            case NOTE -> "footnotes and endnotes";
        };
    }

    private static String chineseName(DocumentElement e) {
        return switch (e) {
            case BODY -> "正文";
            case TITLE -> "标题";
            case HEADING_1 -> "一级标题";
            case HEADING_2 -> "二级标题";
            case HEADING_3 -> "三级标题";
            case HEADING_4 -> "四级标题";
            case PAGE_NUMBER -> "页码";
            case TABLE -> "表格";
            case TABLE_HEADER -> "表头";
            case MARK -> "发文机关标志";
            case LABEL -> "密级、紧急程度等标注";
            case SIGNER -> "签发人";
            case COLOPHON -> "版记";
            case NOTE -> "脚注、尾注";
        };
    }

    /** The fixes of one paragraph's text (or of a draft, for a text draft) as changes. */
    private static void fixes(String text, Where where, List<Change> out) {
        List<Finding> found = TextChecker.safeFixes(text);
        if (found.isEmpty()) {
            return;
        }
        String[] lines = LINE_BREAK.split(text, -1);
        for (Finding f : found) {
            out.add(fix(f, lines[f.line() - 1], where));
        }
    }

    private static Change fix(Finding f, String line, Where where) {
        Fix fix = f.fix().get();
        String before = line.substring(fix.offset(), fix.offset() + fix.length());
        Optional<String> after = fix.replacement().isEmpty() ? Optional.empty() : Optional.of(fix.replacement());
        Change.Kind kind = switch (f.rule()) {
            case HALF_WIDTH_ORDINAL, ORDINAL_PUNCTUATION -> Change.Kind.NUMBERING;
            case DATE, TIME_OF_DAY -> Change.Kind.DATE;
            case MIXED_PUNCTUATION, QUOTES, ELLIPSIS, DASH, SENTENCE_END, REPEATED_PUNCTUATION, FULL_WIDTH_IN_LATIN ->
                    Change.Kind.PUNCTUATION;
            default -> Change.Kind.TEXT;
        };
        String[] what = switch (kind) {
            case NUMBERING -> new String[] {"序号", "number"};
            case DATE -> new String[] {"日期", "date"};
            case PUNCTUATION -> new String[] {"标点", "punctuation"};
            default -> new String[] {"文字", "text"};
        };
        return new Change(kind, where, "text", Optional.of(before), after, Optional.of(f.rule()),
                what[0] + "：“" + before + "” → " + after.map(a -> "“" + a + "”").orElse("删除"),
                what[1] + ": \"" + before + "\" → " + after.map(a -> "\"" + a + "\"").orElse("removed"));
    }

    /** The pictures the document keeps: its {@link Image} blocks, in sections, issued documents and attachments too. */
    private static int images(OfficialDocument document) {
        int n = images(document.body());
        for (IssuedDocument issued : document.issued()) {
            n += images(issued.body());
        }
        for (Attachment a : document.attachments()) {
            n += images(a.body());
        }
        return n;
    }

    private static int images(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            if (b instanceof Image) {
                n++;
            } else if (b instanceof Section s) {
                n += images(s.body());
            }
        }
        return n;
    }
}
