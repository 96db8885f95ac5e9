package io.gongwen.docx.read;

import io.gongwen.docx.read.WordContent.Paragraph;
import io.gongwen.docx.read.WordContent.Table;
import io.gongwen.docx.read.WordContent.Picture;
import io.gongwen.docx.read.WordContent.Page;
import io.gongwen.docx.read.WordContent.Run;
import io.gongwen.docx.read.WordContent.LineSpacing;
import io.gongwen.docx.read.WordContent.Item;
import io.gongwen.docx.read.WordContent.Indent;
import io.gongwen.docx.read.WordContent.CharacterGrid;
import io.gongwen.docx.read.WordContent.Row;
import io.gongwen.docx.read.WordContent.Cell;
import io.gongwen.docx.read.WordContent.Footer;
import io.gongwen.docx.read.WordContent.TextBox;
import io.gongwen.docx.read.WordContent.BoxKind;
import io.gongwen.docx.read.WordContent.NoteMark;
import static io.gongwen.docx.read.WordContent.MOST_CHARACTERS;
import static io.gongwen.docx.read.WordContent.MOST_PARAGRAPHS;
import static io.gongwen.docx.read.WordContent.MOST_PICTURE_BYTES;
import static io.gongwen.docx.read.WordContent.DEEPEST_BOX;
import static io.gongwen.docx.read.WordContent.MOST_NOTES;
import io.gongwen.docx.write.PageGeometry;
import io.gongwen.docx.write.Paragraphs;
import io.gongwen.DocumentReadException;
import io.gongwen.Length;
import io.gongwen.Specification;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One pass over a body or footer part. */
final class BodyParse {
    private static final String WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
    private static final String VML = "urn:schemas-microsoft-com:vml";
    /** Elements that a paragraph of a text box does not act on: tables are read as their paragraphs, sections not. */
    private static final java.util.Set<String> NOT_IN_BOXES = java.util.Set.of("tbl", "tblW", "gridCol", "tr",
            "tblHeader", "tc", "gridSpan", "vMerge", "sectPr", "footerReference", "pgSz", "pgMar", "docGrid");
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    /**
     * Formatting changed under revision: each holds the old properties. Read in neither reading,
     * except the old properties of a run, a paragraph, a table (its width and its grid), a table row
     * and a section when the changes are rejected.
     */
    private static final java.util.Set<String> PROPERTY_CHANGES = java.util.Set.of("rPrChange", "pPrChange",
            "sectPrChange", "tblPrChange", "tblPrExChange", "trPrChange", "tcPrChange", "tblGridChange",
            "numberingChange");

    private final WordStyles styles;
    private final WordNumbering numbering;
    final List<Item> items = new ArrayList<>();
    final Map<String, String> footerReferences = new LinkedHashMap<>();
    Page page;
    Length footerDistance;
    CharacterGrid characterGrid;
    private final Deque<TableState> tables = new ArrayDeque<>();
    // the section being read, for the width of its tables: a paragraph's w:sectPr ends a section
    private Integer sectionPageWidth;
    private Integer sectionPageHeight;
    private final Map<String, String> sectionFooters = new LinkedHashMap<>();
    /** The footers of the last portrait section that ended inside the body, if any. */
    private Map<String, String> portraitFooterReferences;
    private Integer sectionLeft;
    private Integer sectionRight;
    private final List<PendingTable> tablesOfSection = new ArrayList<>();
    /** The author's page breaks and the landscape sections, for {@link WordContent#pages()}. */
    private final PageMarks pageMarks = new PageMarks();
    /** Whether the section's {@code w:pgSz} says {@code w:orient="landscape"}: the one ending and the body's last. */
    private boolean sectionOrientLandscape;
    private boolean lastOrientLandscape;
    /** The number of the body's item that starts the section being read. */
    private int sectionFirst = 1;
    private int paragraphs;
    private long characters;
    int trackedChanges;
    int comments;
    /** Whether tracked changes are read as rejected rather than accepted. */
    private boolean rejectChanges;
    /** A paragraph whose mark the reading removes, to be joined to the next paragraph of its container. */
    private ParagraphState carry;
    /**
     * The body's last section's {@code w:footnotePr} and {@code w:endnotePr}: "footnote.numRestart" and
     * the like, each its {@code w:val}.
     */
    final Map<String, String> notesProperties = new LinkedHashMap<>();
    /** "footnote" or "endnote" inside the body's section's properties of that kind; else null. */
    private String notesPr;
    /** Whether the paragraph mark's own {@code w:rPr} is being read (inside {@code w:pPr}). */
    private boolean inMarkProperties;
    /** Inside a {@code w:sectPrChange} read because the changes are rejected: the section's old set-up. */
    private boolean oldSection;
    /** Inside a row's {@code w:trPr}, where {@code w:ins} and {@code w:del} mark the whole row. */
    private boolean inRowProperties;
    /** Every mark of a note in the part, for the limit. */
    final List<NoteMark> marks = new ArrayList<>();
    /** In a notes part, "footnote" or "endnote"; else null. */
    private final String noteElement;
    /** In a notes part: each normal note's id and the index of its first item. */
    private final List<Map.Entry<String, Integer>> noteStarts = new ArrayList<>();
    /** Whether text boxes are read (the body's) or left out (a footer's: the writer's turned page numbers). */
    private final boolean readBoxes;
    final List<TextBox> textBoxes = new ArrayList<>();
    /** The paragraphs whose text boxes are being read, innermost first. */
    private final Deque<Outer> outer = new ArrayDeque<>();

    /** The paragraph being read, null between paragraphs. */
    private ParagraphState para;
    /**
     * The text of the last of the paragraph's runs, which that Run is given when a run formatted
     * otherwise starts or the paragraph ends: one buffer for the part's paragraphs, emptied when one
     * starts, except one that goes on from a paragraph that lost its mark, whose last run's text it
     * still holds (nothing else writes to it until the join or the flush). A text box's paragraphs
     * have one of their own.
     */
    private StringBuilder lastRunText = new StringBuilder();

    BodyParse(WordStyles styles, WordNumbering numbering, boolean readBoxes) {
        this(styles, numbering, readBoxes, null);
    }

    /**
     * A parse of a part: the body's reads its text boxes, a footer's does not; a notes part's notes
     * are {@code w:<noteElement>} elements.
     */
    BodyParse(WordStyles styles, WordNumbering numbering, boolean readBoxes, String noteElement) {
        this.styles = styles;
        this.numbering = numbering;
        this.readBoxes = readBoxes;
        this.noteElement = noteElement;
    }

    /**
     * Reads the part as if every tracked change were rejected: deleted text kept, inserted text left
     * out, the old formatting of runs and paragraphs, an inserted paragraph mark removed.
     */
    BodyParse rejectingChanges(boolean reject) {
        this.rejectChanges = reject;
        return this;
    }

    /** A notes part's notes by id, each its paragraphs (tables' flattened), in the part's order. */
    Map<String, List<Paragraph>> notes() {
        Map<String, List<Paragraph>> out = new LinkedHashMap<>();
        for (int i = 0; i < noteStarts.size(); i++) {
            int from = noteStarts.get(i).getValue();
            int to = i + 1 < noteStarts.size() ? noteStarts.get(i + 1).getValue() : items.size();
            List<Paragraph> paragraphs = new ArrayList<>();
            for (Item item : items.subList(from, to)) {
                if (item instanceof Paragraph p) {
                    paragraphs.add(p);
                } else if (item instanceof Table t) {
                    t.rows().forEach(row -> row.cells().forEach(c -> paragraphs.addAll(c.paragraphs())));
                }
            }
            out.putIfAbsent(noteStarts.get(i).getKey(), paragraphs);
        }
        return out;
    }

    List<Paragraph> paragraphs() {
        List<Paragraph> out = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof Paragraph p) {
                out.add(p);
            }
        }
        return out;
    }

    BodyParse parse(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = WordXmlInput.open(in);
        try {
            int skipped = 0;
            int depthInPPr = 0;
            int depthInRPr = 0;
            while (xml.hasNext()) {
                int event = WordXmlInput.next(xml);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    boolean w = WordXmlInput.isW(xml);
                    if (skipped > 0 || (w && name.equals("txbxContent") && !openBox())
                            || (WordXmlInput.MC.equals(xml.getNamespaceURI()) && name.equals("Fallback"))) {
                        skipped++;
                        continue;
                    }
                    if (!outer.isEmpty() && w && depthInPPr == 0 && depthInRPr == 0 && NOT_IN_BOXES.contains(name)) {
                        continue; // a box's table is read as its paragraphs; a box ends no section
                    }
                    if (w && inRowProperties && (name.equals("ins") || name.equals("del"))) {
                        // a whole row inserted or deleted: gone in the reading that undoes it
                        trackedChanges++;
                        tables.peek().lastRow().removed |= name.equals("ins") == rejectChanges;
                        skipped++;
                        continue;
                    }
                    if (w && depthInPPr == 0 && depthInRPr == 0 && (name.equals("ins") || name.equals("del")
                            || name.equals("moveFrom") || name.equals("moveTo"))) {
                        // accepted, deleted and moved-away text is gone (moved text stands where it was
                        // moved to); rejected, inserted and moved-in text is gone
                        trackedChanges++;
                        boolean inserted = name.equals("ins") || name.equals("moveTo");
                        if (inserted == rejectChanges) {
                            skipped++;
                        }
                        continue;
                    }
                    if (w && PROPERTY_CHANGES.contains(name)) {
                        trackedChanges++;
                        boolean old = rejectChanges && (name.equals("rPrChange") && depthInRPr > 0
                                || name.equals("pPrChange") && depthInPPr > 0 && !inMarkProperties
                                || name.equals("trPrChange") && inRowProperties
                                || (name.equals("tblGridChange") || name.equals("tblPrChange"))
                                        && !tables.isEmpty() && para == null && outer.isEmpty()
                                || name.equals("sectPrChange"));
                        if (!old) {
                            skipped++; // the old formatting, which the new one replaced
                            continue;
                        }
                    }
                    if (!w) {
                        drawing(xml, name);
                        shape(xml, name);
                        continue;
                    }
                    if (depthInPPr > 0 || depthInRPr > 0) {
                        if (depthInPPr > 0) {
                            depthInPPr++;
                        }
                        if (depthInRPr > 0) {
                            depthInRPr++;
                        }
                        if (depthInPPr == 2 && name.equals("rPr")) {
                            inMarkProperties = true;
                        }
                        property(xml, name, depthInRPr > 0);
                        continue;
                    }
                    switch (name) {
                        case "p" -> startParagraph();
                        case "pPr" -> depthInPPr = para != null ? 1 : 0;
                        case "r" -> startRun();
                        case "rPr" -> depthInRPr = para != null && para.runText != null ? 1 : 0;
                        case "t", "delText" -> {
                            // deleted text is read only when the deletion is rejected (else it is skipped)
                            if (para != null && para.runText != null && !para.inInstruction && (rejectChanges || name.equals("t"))) {
                                String t = xml.getElementText();
                                // our writer's word joiners are layout, not text (see Paragraphs.text)
                                append(t.indexOf(Paragraphs.WORD_JOINER) < 0 ? t
                                        : t.replace(String.valueOf(Paragraphs.WORD_JOINER), ""));
                            }
                        }
                        case "commentReference" -> comments++;
                        case "footnoteReference", "endnoteReference" -> mark(xml, name.startsWith("endnote"));
                        case "footnote", "endnote" -> {
                            if (name.equals(noteElement) && para == null && tables.isEmpty()) {
                                String type = WordXmlInput.attr(xml, "type");
                                if (noteStarts.size() >= MOST_NOTES) {
                                    throw new DocumentReadException("more than " + MOST_NOTES + " " + noteElement + "s", null);
                                }
                                // separators and the continuation notice are Word's furniture, not notes
                                noteStarts.add(Map.entry(type == null || type.equals("normal")
                                        ? String.valueOf(WordXmlInput.attr(xml, "id")) : "\0" + type, items.size()));
                            }
                        }
                        case "tab" -> append("\t");
                        case "br", "cr" -> {
                            if (name.equals("br") && "page".equals(WordXmlInput.attr(xml, "type"))) {
                                pageBreak();
                            } else {
                                append("\n");
                            }
                        }
                        // w:lastRenderedPageBreak is where Word's last layout broke the page: a cache, no break
                        case "instrText", "delInstrText" -> {
                            if (xml.getElementText().contains("PAGE") && para != null) {
                                para.pageField = true;
                            }
                        }
                        case "fldChar" -> field(WordXmlInput.attr(xml, "fldCharType"));
                        case "fldSimple" -> {
                            String instr = WordXmlInput.attr(xml, "instr");
                            if (instr != null && instr.contains("PAGE") && para != null) {
                                para.pageField = true;
                            }
                        }
                        case "tbl" -> {
                            flushCarry(); // a paragraph is never joined to a table
                            tables.push(new TableState(paragraphs + 1));
                        }
                        case "tblW" -> {
                            if (!tables.isEmpty() && para == null) {
                                tables.peek().widthType = WordXmlInput.attr(xml, "type");
                                tables.peek().width = WordXmlInput.attr(xml, "w");
                            }
                        }
                        case "tblCellMar" -> {
                            if (!tables.isEmpty() && para == null && outer.isEmpty()) {
                                tables.peek().inCellMargins = true;
                            }
                        }
                        case "left", "right", "start", "end" -> {
                            if (!tables.isEmpty() && tables.peek().inCellMargins) {
                                String type = WordXmlInput.attr(xml, "type");
                                Integer twips = WordXmlInput.integer(WordXmlInput.attr(xml, "w"));
                                if (twips != null && twips >= 0 && twips < 31_680 && (type == null || "dxa".equals(type))) {
                                    TableState t = tables.peek();
                                    Length margin = Length.twips(twips);
                                    t.cellMargin = t.cellMargin == null || margin.points() > t.cellMargin.points()
                                            ? margin : t.cellMargin;
                                }
                            }
                        }
                        case "gridCol" -> {
                            if (!tables.isEmpty() && para == null) {
                                tables.peek().grid.add(twips(xml, "w"));
                            }
                        }
                        case "tr" -> {
                            if (!tables.isEmpty()) {
                                tables.peek().rows.add(new RowState());
                            }
                        }
                        case "trPr" -> inRowProperties = !tables.isEmpty() && para == null && outer.isEmpty();
                        // rejected: the row's old properties, which w:trPrChange holds, replace its new
                        case "trPrChange" -> tables.peek().lastRow().header = false;
                        // rejected: the table's old grid (its columns' widths) and its old width
                        case "tblGridChange" -> {
                            tables.peek().newGrid = List.copyOf(tables.peek().grid);
                            tables.peek().grid.clear();
                        }
                        case "tblPrChange" -> {
                            tables.peek().widthType = null;
                            tables.peek().width = null;
                        }
                        case "tblHeader" -> {
                            if (!tables.isEmpty() && !tables.peek().rows.isEmpty() && para == null
                                    && !"0".equals(WordXmlInput.attr(xml, "val"))
                                    && !"false".equals(WordXmlInput.attr(xml, "val"))) {
                                tables.peek().lastRow().header = true;
                            }
                        }
                        case "tc" -> {
                            if (!tables.isEmpty()) {
                                tables.peek().lastRow().cells.add(new CellState());
                            }
                        }
                        case "gridSpan" -> {
                            if (!tables.isEmpty() && para == null) {
                                Integer span = WordXmlInput.integer(WordXmlInput.attr(xml, "val"));
                                tables.peek().lastCell().span = span == null || span < 1 ? 1 : Math.min(span, 63);
                            }
                        }
                        case "vMerge" -> {
                            if (!tables.isEmpty() && para == null) {
                                String merge = WordXmlInput.attr(xml, "val");
                                tables.peek().lastCell().verticalMerge = merge == null ? "continue" : merge;
                            }
                        }
                        // rejected: the section's old page set-up, which w:sectPrChange holds, replaces its new
                        // (its footers are not part of it, and stay)
                        case "sectPrChange" -> oldSection = true;
                        case "sectPr" -> {
                            if (para == null && tables.isEmpty()) {
                                flushCarry();
                                page = new Page(null, null, null, null, null, null, Optional.empty());
                                if (oldSection) {
                                    notesProperties.clear();
                                } else {
                                    footerReferences.clear();
                                }
                                footerDistance = null;
                                characterGrid = null;
                            }
                        }
                        case "footnotePr", "endnotePr" -> notesPr = page != null && para == null && tables.isEmpty()
                                ? name.substring(0, name.length() - 2) : null;
                        case "numFmt", "numStart", "numRestart" -> {
                            if (notesPr != null && para == null) {
                                notesProperties.put(notesPr + "." + name, String.valueOf(WordXmlInput.attr(xml, "val")));
                            }
                        }
                        case "footerReference" -> {
                            String type = WordXmlInput.attr(xml, "type");
                            String id = xml.getAttributeValue(WordXmlInput.R, "id");
                            if (id != null && para == null) {
                                footerReferences.put(type == null ? "default" : type, id);
                            }
                        }
                        case "pgSz" -> {
                            if (page != null && para == null) {
                                lastOrientLandscape = orient(xml);
                                page = new Page(twips(xml, "w"), twips(xml, "h"), page.top(), page.right(),
                                        page.bottom(), page.left(), page.gridLinePitch());
                            }
                        }
                        case "pgMar" -> {
                            if (page != null && para == null) {
                                page = new Page(page.width(), page.height(), twips(xml, "top"), twips(xml, "right"),
                                        twips(xml, "bottom"), twips(xml, "left"), page.gridLinePitch());
                                footerDistance = twips(xml, "footer");
                            }
                        }
                        case "docGrid" -> {
                            String type = WordXmlInput.attr(xml, "type");
                            if (page != null && para == null && type != null && type.startsWith("lines")) {
                                page = new Page(page.width(), page.height(), page.top(), page.right(),
                                        page.bottom(), page.left(), Optional.ofNullable(twips(xml, "linePitch")));
                            }
                            if (page != null && para == null && ("linesAndChars".equals(type) || "snapToChars".equals(type))) {
                                Integer charSpace = WordXmlInput.integer(WordXmlInput.attr(xml, "charSpace"));
                                characterGrid = new CharacterGrid(type, charSpace == null ? 0 : charSpace);
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (skipped > 0) {
                        skipped--;
                        continue;
                    }
                    if (!WordXmlInput.isW(xml)) {
                        if (para != null && para.shape != null && WPS.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("wsp")) {
                            if (para.shape.first > 0) {
                                textBoxes.add(new TextBox(para.shape.paragraph, para.shape.kind, para.shape.first, para.shape.last));
                            }
                            para.shape = null;
                        }
                        if (para != null && para.picture != null && WP.equals(xml.getNamespaceURI())
                                && (xml.getLocalName().equals("inline") || xml.getLocalName().equals("anchor"))) {
                            if (para.picture.embed != null) {
                                para.pictures.add(para.picture);
                            }
                            para.picture = null;
                        }
                        continue;
                    }
                    String name = xml.getLocalName();
                    if (depthInPPr == 2 && name.equals("rPr")) {
                        inMarkProperties = false;
                    }
                    if (depthInPPr > 0) {
                        depthInPPr--;
                    }
                    if (depthInRPr > 0) {
                        depthInRPr--;
                    }
                    switch (name) {
                        case "p" -> endParagraph();
                        case "r" -> endRun();
                        case "txbxContent" -> closeBox();
                        // the last paragraph of a cell or a note is joined to nothing
                        case "tc", "footnote", "endnote" -> flushCarry();
                        case "trPr" -> inRowProperties = false;
                        case "tblCellMar" -> {
                            if (!tables.isEmpty()) {
                                tables.peek().inCellMargins = false;
                            }
                        }
                        case "footnotePr", "endnotePr" -> notesPr = null;
                        case "sectPrChange" -> oldSection = false;
                        case "tblGridChange" -> {
                            // an old grid of other columns than the cells read (a column added or
                            // removed is marked in the cells) does not fit them: the new one stays
                            TableState t = tables.isEmpty() ? null : tables.peek();
                            if (t != null && t.newGrid != null) {
                                if (t.grid.size() != t.newGrid.size()) {
                                    t.grid.clear();
                                    t.grid.addAll(t.newGrid);
                                }
                                t.newGrid = null;
                            }
                        }
                        case "tbl" -> {
                            if (outer.isEmpty()) {
                                endTable();
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
            flushCarry();
        } finally {
            xml.close();
        }
        // a landscape page is wider than high, or says it is (w:orient)
        boolean landscape = lastOrientLandscape || page != null && page.width() != null && page.height() != null
                && page.width().toTwips() > page.height().toTwips();
        pageMarks.section(sectionFirst, paragraphs, landscape);
        if (page != null && page.width() != null && page.left() != null && page.right() != null) {
            endSection(Length.twips(page.width().toTwips() - page.left().toTwips() - page.right().toTwips()), landscape);
        }
        if (landscape && portraitFooterReferences != null) {
            // a document that ends on a turned page: its own footers carry a turned number, so
            // the document's page numbers are those of the last portrait section
            footerReferences.clear();
            footerReferences.putAll(portraitFooterReferences);
        }
        textBoxes.sort(java.util.Comparator.comparingInt(TextBox::first));
        if (page != null && java.util.stream.Stream.of(page.width(), page.height(), page.top(), page.right(),
                page.bottom(), page.left()).anyMatch(java.util.Objects::isNull)) {
            // a section that leaves part of the page set-up to the application's defaults
            page = null;
        }
        return this;
    }

    /** The author's page breaks and landscape sections of the part read. */
    WordContent.Pages pages() {
        return pageMarks.pages();
    }

    /** Whether {@code w:pgSz/@w:orient} says landscape. */
    private static boolean orient(XMLStreamReader xml) {
        return "landscape".equals(WordXmlInput.attr(xml, "orient"));
    }

    /** The DrawingML elements of a picture in the paragraph being read: its frame, its size, its image. */
    private void drawing(XMLStreamReader xml, String name) {
        if (para == null) {
            return; // a picture outside a paragraph is not one Word shows
        }
        String ns = xml.getNamespaceURI();
        if (WP.equals(ns) && (name.equals("inline") || name.equals("anchor"))) {
            para.picture = new PendingPicture(name.equals("anchor"));
        } else if (para.picture != null && WP.equals(ns) && name.equals("extent")) {
            para.picture.width = emu(xml.getAttributeValue(null, "cx"));
            para.picture.height = emu(xml.getAttributeValue(null, "cy"));
        } else if (para.picture != null && WP.equals(ns) && name.equals("docPr")) {
            String n = xml.getAttributeValue(null, "name");
            para.picture.name = n == null ? "" : n.length() > 100 ? n.substring(0, 100) : n;
        } else if (para.picture != null && para.picture.embed == null && A.equals(ns) && name.equals("blip")) {
            // a group of pictures: the first one stands for the group
            para.picture.embed = xml.getAttributeValue(WordXmlInput.R, "embed");
        }
    }

    /** An EMU value as declared, 0 where it is missing or not a number, never negative. */
    private static long emu(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Reads the image parts of the pictures of the body's paragraphs and of its tables' cells, each part
     * once, within {@link #MOST_PICTURE_BYTES} for all of them together.
     */
    void readPictures(DocxPackage pkg) {
        Map<String, DocxPackage.ImagePart> parts = new java.util.HashMap<>();
        long total = 0;
        for (Item item : items) {
            for (Paragraph p : pictured(item)) {
                for (Picture q : p.pictures()) {
                    String id = q.name();
                    if (!parts.containsKey(id)) {
                        DocxPackage.ImagePart part = pkg.readImage(id).orElse(null);
                        parts.put(id, part);
                        total += part == null ? 0 : part.bytes().length;
                        if (total > MOST_PICTURE_BYTES) {
                            throw new DocumentReadException("could not read " + pkg.file() + ": its pictures hold more than "
                                    + MOST_PICTURE_BYTES / (1024 * 1024) + " MB", null);
                        }
                    }
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Paragraph p && !p.pictures().isEmpty()) {
                items.set(i, withImages(p, parts));
            } else if (items.get(i) instanceof Table t && !pictured(t).isEmpty()) {
                List<Row> rows = new ArrayList<>();
                for (Row row : t.rows()) {
                    List<Cell> cells = new ArrayList<>();
                    for (Cell cell : row.cells()) {
                        cells.add(new Cell(cell.paragraphs().stream().map(p -> withImages(p, parts)).toList(),
                                cell.columnSpan(), cell.verticalMerge()));
                    }
                    rows.add(new Row(row.header(), cells));
                }
                items.set(i, t.withRows(rows));
            }
        }
    }

    /** The paragraphs of an item that hold pictures: a paragraph's own, or those of a table's cells. */
    private static List<Paragraph> pictured(Item item) {
        if (item instanceof Paragraph p) {
            return p.pictures().isEmpty() ? List.of() : List.of(p);
        }
        List<Paragraph> out = new ArrayList<>();
        for (Row row : ((Table) item).rows()) {
            for (Cell cell : row.cells()) {
                for (Paragraph p : cell.paragraphs()) {
                    if (!p.pictures().isEmpty()) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    /** The paragraph with its pictures' bytes, from the parts read; a picture whose part is missing has none. */
    private static Paragraph withImages(Paragraph p, Map<String, DocxPackage.ImagePart> parts) {
        if (p.pictures().isEmpty()) {
            return p;
        }
        List<Picture> read = new ArrayList<>();
        for (Picture q : p.pictures()) {
            DocxPackage.ImagePart part = parts.get(q.name());
            read.add(new Picture(part == null ? new byte[0] : part.bytes(), q.widthEmu(), q.heightEmu(),
                    q.floating(), part == null ? q.name() : part.name(), q.description()));
        }
        return new Paragraph(p.number(), p.text(), p.style(), p.runs(), p.lineSpacing(), p.alignment(),
                p.autoNumbered(), p.numberLabel(), p.pageField(), p.indent(), read, p.marks(), p.space());
    }

    private static Length twips(XMLStreamReader xml, String attribute) {
        Integer value = WordXmlInput.integer(WordXmlInput.attr(xml, attribute));
        return value == null ? null : Length.twips(value);
    }

    private void property(XMLStreamReader xml, String name, boolean ofRun) {
        if (ofRun) {
            if (para != null && para.runText != null) {
                if (name.equals("rStyle")) {
                    para.runStyle = WordXmlInput.attr(xml, "val");
                } else if (name.equals("rPrChange")) {
                    // rejected: the run's old formatting, which the rest of w:rPrChange holds, replaces its new
                    para.runProps = new WordStyles.Props();
                    para.runStyle = null;
                } else {
                    WordXmlInput.readProperty(xml, name, para.runProps);
                }
            }
            // a paragraph mark's rPr inside pPr formats no text
            return;
        }
        if (!outer.isEmpty() && NOT_IN_BOXES.contains(name)) {
            return; // a box's paragraph ends no section
        }
        if (inMarkProperties) {
            if (name.equals("ins") || name.equals("del") || name.equals("moveTo") || name.equals("moveFrom")) {
                // the paragraph mark itself inserted or deleted: without it, the paragraph runs on into the next
                trackedChanges++;
                boolean inserted = name.equals("ins") || name.equals("moveTo");
                para.markRemoved |= inserted == rejectChanges;
            }
            return; // the mark's formatting formats no text
        }
        switch (name) {
            case "pPrChange" -> {
                // rejected: the paragraph's old properties, which the rest of w:pPrChange holds, replace its new
                para.paragraphStyle = null;
                para.paragraphProps = new WordStyles.Props();
                para.numbered = false;
                para.numId = null;
                para.numLevel = 0;
            }
            case "pStyle" -> para.paragraphStyle = WordXmlInput.attr(xml, "val");
            case "numPr" -> para.numbered = true;
            case "numId" -> para.numId = WordXmlInput.attr(xml, "val");
            case "ilvl" -> {
                Integer level = WordXmlInput.integer(WordXmlInput.attr(xml, "val"));
                para.numLevel = level == null ? 0 : level;
            }
            // a page break before, set here or by the paragraph's style (w:val="0" here undoes the style's)
            case "spacing", "jc", "ind", "pageBreakBefore" -> WordXmlInput.readProperty(xml, name, para.paragraphProps);
            case "sectPrChange" -> oldSection = true;
            case "sectPr" -> {
                para.sectionEnds = true;
                sectionPageWidth = null;
                sectionPageHeight = null;
                sectionLeft = null;
                sectionRight = null;
                if (!oldSection) {
                    sectionFooters.clear();
                }
                sectionOrientLandscape = false;
            }
            case "pgSz" -> {
                sectionPageWidth = WordXmlInput.integer(WordXmlInput.attr(xml, "w"));
                sectionPageHeight = WordXmlInput.integer(WordXmlInput.attr(xml, "h"));
                sectionOrientLandscape = orient(xml);
            }
            case "footerReference" -> {
                String id = xml.getAttributeValue(WordXmlInput.R, "id");
                String type = WordXmlInput.attr(xml, "type");
                if (id != null) {
                    sectionFooters.put(type == null ? "default" : type, id);
                }
            }
            case "pgMar" -> {
                sectionLeft = WordXmlInput.integer(WordXmlInput.attr(xml, "left"));
                sectionRight = WordXmlInput.integer(WordXmlInput.attr(xml, "right"));
            }
            default -> {
            }
        }
    }

    private void startParagraph() {
        if (para != null) {
            return;
        }
        if (++paragraphs > MOST_PARAGRAPHS) {
            throw new DocumentReadException("more than " + MOST_PARAGRAPHS + " paragraphs", null);
        }
        // after a paragraph that lost its mark, this one goes on from it
        if (carry != null) {
            para = carry.goOn();
            carry = null;
        } else {
            para = new ParagraphState(paragraphs);
            lastRunText.setLength(0);
        }
    }

    private void mark(XMLStreamReader xml, boolean endnote) {
        if (para == null || para.runText == null) {
            return;
        }
        if (marks.size() >= MOST_NOTES) {
            throw new DocumentReadException("more than " + MOST_NOTES + " marks of footnotes and endnotes", null);
        }
        NoteMark mark = new NoteMark(para.text.length(), endnote, String.valueOf(WordXmlInput.attr(xml, "id")));
        marks.add(mark);
        if (para.paragraphMarks.isEmpty()) {
            para.paragraphMarks = new ArrayList<>();
        }
        para.paragraphMarks.add(mark);
    }

    private void startRun() {
        if (para == null) {
            return;
        }
        para.runProps = new WordStyles.Props();
        para.runStyle = null;
        para.runText = new StringBuilder();
    }

    private void field(String type) {
        // the instruction (" PAGE ") is not text; the result between separate and end is
        if (para == null) {
            return;
        }
        if ("begin".equals(type)) {
            para.inInstruction = true;
        } else if ("separate".equals(type) || "end".equals(type)) {
            para.inInstruction = false;
        }
    }

    /**
     * The line feeds in the paragraph's text so far: the index of the line a page break starts. Counted
     * on from where the last count stopped, so a paragraph of many breaks costs its length.
     */
    private static int lineFeeds(ParagraphState para) {
        int[] fed = para.lineFeeds;
        for (int i = fed[1]; i < para.text.length(); i++) {
            fed[0] += para.text.charAt(i) == '\n' ? 1 : 0;
        }
        fed[1] = para.text.length();
        return fed[0];
    }

    private void append(String s) {
        if (para == null || para.runText == null) {
            return;
        }
        characters += s.length();
        if (characters > MOST_CHARACTERS) {
            throw new DocumentReadException("more than " + MOST_CHARACTERS + " characters of text", null);
        }
        if (!para.hasText || para.breakAfter) {
            boolean words = !s.isBlank();
            if (words && para.breakAfter) {
                // text after a page break inside the paragraph: it goes on as after a line break
                para.breakAfter = false;
                para.runText.append('\n');
                para.text.append('\n');
                if (outer.isEmpty() && tables.isEmpty() && noteElement == null) {
                    pageMarks.inText.add(new WordContent.TextBreak(para.paragraphNumber, lineFeeds(para)));
                }
            }
            para.hasText |= words;
        }
        para.runText.append(s);
        para.text.append(s);
    }

    /**
     * A {@code w:br w:type="page"}: before the paragraph's text, the paragraph starts a new page; after
     * it, the next item does, unless more text follows in the paragraph (see {@link #append}).
     */
    private void pageBreak() {
        if (para == null || para.runText == null) {
            return;
        }
        if (para.hasText) {
            para.breakAfter = true;
        } else {
            para.breakBefore = true;
        }
    }

    private void endRun() {
        if (para == null || para.runText == null) {
            return;
        }
        if (!para.runText.isEmpty()) {
            WordStyles.Props effective = styles.resolve(para.runProps, para.runStyle, para.paragraphStyle);
            Optional<String> face = Optional.ofNullable(effective.eastAsia);
            Optional<String> latin = Optional.ofNullable(effective.ascii);
            Optional<Length> size = Optional.ofNullable(effective.halfPoints).map(h -> Length.pt(h / 2.0));
            boolean bold = Boolean.TRUE.equals(effective.bold);
            boolean italic = Boolean.TRUE.equals(effective.italic);
            boolean underline = Boolean.TRUE.equals(effective.underline);
            boolean superscript = "superscript".equals(effective.vertAlign);
            boolean subscript = "subscript".equals(effective.vertAlign);
            Optional<String> color = effective.color == null || effective.color.equalsIgnoreCase("auto")
                    || effective.color.equals("000000") ? Optional.empty() : Optional.of(effective.color);
            Optional<String> highlight = effective.highlight != null && !effective.highlight.equals("none")
                    ? Optional.of(effective.highlight)
                    : effective.shading == null || effective.shading.equalsIgnoreCase("auto")
                    || effective.shading.equalsIgnoreCase("FFFFFF") ? Optional.empty() : Optional.of(effective.shading);
            Optional<Length> spacing = effective.characterSpacing == null || effective.characterSpacing == 0
                    ? Optional.empty() : Optional.of(Length.twips(effective.characterSpacing));
            Run run = new Run("", face, size, bold, latin, italic, underline, superscript, subscript, color,
                    Boolean.TRUE.equals(effective.strike), Boolean.TRUE.equals(effective.doubleStrike), highlight,
                    Boolean.TRUE.equals(effective.smallCaps), spacing);
            Run last = para.runs.isEmpty() ? null : para.runs.get(para.runs.size() - 1);
            if (last != null && last.formatsLike(run)) {
                // the text joins the last run's, which is made a Run again once, when it ends: a paragraph
                // of many runs formatted alike costs its length, not its length squared
                lastRunText.append(para.runText);
            } else {
                endLastRun();
                para.runs.add(run);
                lastRunText.append(para.runText);
            }
        }
        para.runText = null;
    }

    /** Gives the last run its text: the runs formatted alike that were joined to it. */
    private void endLastRun() {
        if (!para.runs.isEmpty() && !lastRunText.isEmpty()) {
            Run last = para.runs.get(para.runs.size() - 1);
            para.runs.set(para.runs.size() - 1, last.withText(lastRunText.toString()));
        }
        lastRunText.setLength(0);
    }

    private void endParagraph() {
        if (para == null) {
            return;
        }
        endRun();
        if (para.markRemoved && !para.sectionEnds) {
            // its text, runs, pictures and marks run on into the next paragraph, whose properties the
            // joined paragraph takes, as Word's mark does; the section break of a paragraph is not joined away
            carry = para;
            para = null;
            return;
        }
        emitParagraph();
    }

    /**
     * A paragraph whose mark was removed, with nothing after it to join in its container (the last
     * paragraph of a cell, a note, a box or the body, or one before a table): it stays as it is.
     */
    private void flushCarry() {
        if (carry == null) {
            return;
        }
        para = carry;
        carry = null;
        para.sectionEnds = false; // a paragraph whose section ends is never carried
        para.markRemoved = false;
        emitParagraph();
    }

    /** The paragraph read, its last run given its text, into the body, its cell or its box. */
    private void emitParagraph() {
        endLastRun();
        ParagraphState done = para;
        para = null;
        WordStyles.Props effective = styles.resolve(done.paragraphProps, null, done.paragraphStyle);
        Optional<LineSpacing> spacing = Optional.ofNullable(effective.line).map(line ->
                "auto".equals(effective.lineRule)
                        ? new LineSpacing("auto", Optional.empty(), line / 240.0)
                        : new LineSpacing(effective.lineRule, Optional.of(Length.twips(line)), 0));
        // numId 0 is Word's way of switching numbering off for a paragraph
        boolean autoNumbered = done.numbered && done.numId != null && !done.numId.equals("0");
        Optional<String> label = autoNumbered ? numbering.next(done.numId, done.numLevel) : Optional.empty();
        Paragraph p = new Paragraph(done.paragraphNumber, done.text.toString(),
                Optional.ofNullable(done.paragraphStyle != null ? done.paragraphStyle : styles.defaultParagraphStyle().orElse(null)),
                done.runs, spacing, Optional.ofNullable(effective.jc), autoNumbered, label, done.pageField, indent(effective),
                done.pictures.stream().map(q -> new Picture(new byte[0], q.width, q.height, q.floating, q.embed, q.name)).toList(),
                done.paragraphMarks, space(effective));
        if (!outer.isEmpty()) {
            // a paragraph of a text box: it and its own boxes' paragraphs follow the box's paragraph
            outer.peek().paragraph().following.add(p);
            outer.peek().paragraph().following.addAll(done.following);
            return;
        }
        if (noteElement == null && tables.isEmpty()) {
            if (done.breakBefore || Boolean.TRUE.equals(effective.pageBreakBefore)) {
                pageMarks.before.add(done.paragraphNumber);
            }
            if (done.breakAfter) {
                pageMarks.before.add(paragraphs + 1); // the next paragraph's or table's number
            }
        }
        if (done.sectionEnds && tables.isEmpty()) {
            boolean landscape = sectionOrientLandscape
                    || sectionPageWidth != null && sectionPageHeight != null && sectionPageWidth > sectionPageHeight;
            pageMarks.section(sectionFirst, paragraphs, landscape);
            sectionFirst = paragraphs + 1;
            endSection(sectionPageWidth == null || sectionLeft == null || sectionRight == null ? null
                    : Length.twips(sectionPageWidth - sectionLeft - sectionRight), landscape);
            if (!landscape && !sectionFooters.isEmpty()) {
                portraitFooterReferences = new LinkedHashMap<>(sectionFooters);
            }
        }
        if (tables.isEmpty()) {
            items.add(p);
            items.addAll(done.following);
        } else {
            tables.peek().lastCell().paragraphs.add(p);
            tables.peek().lastCell().paragraphs.addAll(done.following);
        }
    }

    /**
     * Starts reading a text box's content ({@code w:txbxContent}) as paragraphs of their own: the
     * paragraph it stands in is put aside until the box ends. False when the box is not read: in a
     * footer, outside a paragraph, or nested too deep.
     */
    private boolean openBox() {
        if (!readBoxes || para == null || outer.size() >= DEEPEST_BOX) {
            return false;
        }
        outer.push(new Outer(para, paragraphs + 1, lastRunText));
        para = null;
        lastRunText = new StringBuilder();
        return true;
    }

    /** Ends a text box's content: the paragraph it stands in is read on. */
    private void closeBox() {
        if (outer.isEmpty()) {
            return;
        }
        if (para != null) {
            endParagraph(); // a box whose last paragraph is not closed
        }
        flushCarry();
        Outer o = outer.pop();
        para = o.paragraph();
        lastRunText = o.lastRunText();
        if (paragraphs < o.firstInBox()) {
            return; // an empty box
        }
        if (para.shape != null) {
            para.shape.first = para.shape.first > 0 ? para.shape.first : o.firstInBox();
            para.shape.last = paragraphs;
        } else {
            textBoxes.add(new TextBox(para.paragraphNumber, BoxKind.TEXT_BOX, o.firstInBox(), paragraphs)); // VML
        }
    }

    /**
     * The DrawingML shape elements that say what holds the text (text box, shape, WordArt), and a
     * VML WordArt's string ({@code v:textpath/@string}), read as a paragraph of its own.
     */
    private void shape(XMLStreamReader xml, String name) {
        if (!readBoxes || para == null) {
            return;
        }
        String ns = xml.getNamespaceURI();
        if (WPS.equals(ns) && name.equals("wsp")) {
            para.shape = new Shape(para.paragraphNumber);
        } else if (para.shape != null && WPS.equals(ns) && name.equals("cNvSpPr")) {
            String box = xml.getAttributeValue(null, "txBox");
            if (("1".equals(box) || "true".equals(box)) && para.shape.kind == BoxKind.SHAPE) {
                para.shape.kind = BoxKind.TEXT_BOX;
            }
        } else if (para.shape != null && A.equals(ns) && name.equals("prstTxWarp")) {
            para.shape.kind = BoxKind.WORD_ART;
        } else if (VML.equals(ns) && name.equals("textpath")) {
            String string = xml.getAttributeValue(null, "string");
            if (string == null || string.isBlank() || outer.size() >= DEEPEST_BOX) {
                return;
            }
            if (++paragraphs > MOST_PARAGRAPHS) {
                throw new DocumentReadException("more than " + MOST_PARAGRAPHS + " paragraphs", null);
            }
            characters += string.length();
            if (characters > MOST_CHARACTERS) {
                throw new DocumentReadException("more than " + MOST_CHARACTERS + " characters of text", null);
            }
            // WordArt of Word 2003: the text is the shape's attribute, in no paragraph of its own
            para.following.add(new Paragraph(paragraphs, string, Optional.empty(), List.of(new Run(string,
                    Optional.empty(), Optional.empty(), false)), Optional.empty(), Optional.empty(), false,
                    Optional.empty(), false, new Indent(Length.twips(0), Length.twips(0), Length.twips(0), 0, 0, 0),
                    List.of()));
            textBoxes.add(new TextBox(para.paragraphNumber, BoxKind.WORD_ART, paragraphs, paragraphs));
        }
    }

    private static WordContent.Space space(WordStyles.Props p) {
        if (p.before == null && p.after == null && p.beforeLines == null && p.afterLines == null) {
            return WordContent.Space.NONE;
        }
        return new WordContent.Space(Length.twips(p.before == null ? 0 : p.before),
                Length.twips(p.after == null ? 0 : p.after), p.beforeLines == null ? 0 : p.beforeLines,
                p.afterLines == null ? 0 : p.afterLines);
    }

    private static Indent indent(WordStyles.Props p) {
        return new Indent(Length.twips(p.left == null ? 0 : p.left), Length.twips(p.right == null ? 0 : p.right),
                Length.twips(p.firstLine == null ? 0 : p.firstLine), p.leftChars == null ? 0 : p.leftChars,
                p.rightChars == null ? 0 : p.rightChars, p.firstLineChars == null ? 0 : p.firstLineChars);
    }

    /**
     * The tables read since the last section ended lie in a text block this wide (null: not
     * stated), on a landscape page or not.
     */
    private void endSection(Length textWidth, boolean landscape) {
        for (PendingTable pending : tablesOfSection) {
            Table t = (Table) items.get(pending.index());
            Optional<Length> width = pending.percent() == null || textWidth == null ? t.width()
                    : Optional.of(textWidth.times(pending.percent() / 100));
            items.set(pending.index(), t.on(width, Optional.ofNullable(textWidth), landscape));
        }
        tablesOfSection.clear();
    }

    private void endTable() {
        if (tables.isEmpty()) {
            return;
        }
        TableState table = tables.pop();
        table.rows.removeIf(r -> r.removed);
        if (tables.isEmpty()) {
            if (!table.rows.isEmpty()) { // a table all of whose rows were deleted is gone
                tablesOfSection.add(new PendingTable(items.size(), table.percent()));
                items.add(table.build());
            }
            return;
        }
        CellState outer = tables.peek().lastCell();
        table.rows.forEach(r -> r.cells.forEach(c -> outer.paragraphs.addAll(c.paragraphs)));
    }

    /** What {@link WordContent.Pages} is made of, collected as the body is read. */
    private static final class PageMarks {
        final java.util.Set<Integer> before = new java.util.TreeSet<>();
        final List<WordContent.TextBreak> inText = new ArrayList<>();
        final List<WordContent.Range> landscape = new ArrayList<>();

        void section(int first, int last, boolean turned) {
            if (turned && last >= first) {
                landscape.add(new WordContent.Range(first, last));
            }
        }

        WordContent.Pages pages() {
            return new WordContent.Pages(before, inText, landscape);
        }
    }

    /**
     * What is known of a paragraph while it is read: its text and runs so far, its properties, the
     * run being read, its pictures and marks. A text box's paragraphs set it aside whole and take it
     * back ({@link Outer}); a paragraph whose mark the reading removes is held whole until the next
     * goes on from it ({@link #goOn}) or nothing follows ({@code flushCarry}).
     */
    private static final class ParagraphState {
        StringBuilder text = new StringBuilder();
        int paragraphNumber;
        /** The paragraphs of its text boxes, which follow it in the body. */
        List<Paragraph> following = new ArrayList<>();
        /** The DrawingML shape being read in it ({@code wps:wsp}). */
        Shape shape;
        String paragraphStyle;
        WordStyles.Props paragraphProps = new WordStyles.Props();
        boolean numbered;
        String numId;
        int numLevel;
        boolean pageField;
        /** It starts a new page: a page break before its text (a {@code w:pageBreakBefore} is among its properties). */
        boolean breakBefore;
        /** A page break after its text, with nothing but white space after it yet. */
        boolean breakAfter;
        /** Whether it has text other than white space yet. */
        boolean hasText;
        /** Its {@code w:sectPr} ends a section. */
        boolean sectionEnds;
        List<Run> runs = new ArrayList<>();
        // the run being read
        WordStyles.Props runProps;
        String runStyle;
        StringBuilder runText;
        boolean inInstruction;
        // its pictures, and the one being read
        List<PendingPicture> pictures = new ArrayList<>();
        PendingPicture picture;
        List<NoteMark> paragraphMarks = List.of();
        /** Whether it loses its mark in this reading (deleted, or inserted and rejected). */
        boolean markRemoved;
        /** The line feeds counted in {@link #text}, and up to where: see {@link BodyParse#lineFeeds}. */
        int[] lineFeeds = new int[2];

        ParagraphState(int number) {
            this.paragraphNumber = number;
        }

        /**
         * The paragraph after one that lost its mark: it goes on from that one's content (its text,
         * runs, pictures, marks, the boxes that follow it and the page breaks among its text; its last
         * run's text stays in the parser's buffer), which
         * is extended, never copied, so a body of joined paragraphs costs its length; its properties
         * are its own, as Word's remaining mark gives them.
         */
        ParagraphState goOn() {
            ParagraphState next = new ParagraphState(paragraphNumber);
            next.text = text;
            next.lineFeeds = lineFeeds;
            next.following = following;
            next.runs = runs;
            next.pictures = pictures;
            next.paragraphMarks = paragraphMarks;
            next.pageField = pageField;
            next.breakBefore = breakBefore;
            next.breakAfter = breakAfter;
            next.hasText = hasText;
            return next;
        }
    }

    /** A paragraph set aside while the text box in it is read, with its last run's text so far. */
    private record Outer(ParagraphState paragraph, int firstInBox, StringBuilder lastRunText) {
    }
}


/** A DrawingML shape being read: where it stands, what it is, and its paragraphs once read. */
final class Shape {
    final int paragraph;
    BoxKind kind = BoxKind.SHAPE;
    int first;
    int last;

    Shape(int paragraph) {
        this.paragraph = paragraph;
    }
}


/** A picture being read: until its image part is read, the relationship id names it. */
final class PendingPicture {
    final boolean floating;
    long width;
    long height;
    String embed;
    String name = "";

    PendingPicture(boolean floating) {
        this.floating = floating;
    }
}

/** A table read whose section, and so whose text block, is not known yet; its width if a percentage. */
record PendingTable(int index, Double percent) {
}

/** A table being read. */
final class TableState {
    final int start;
    final List<Length> grid = new ArrayList<>();
    /** While the old grid of a change rejected is read, the new one. */
    List<Length> newGrid;
    final List<RowState> rows = new ArrayList<>();
    String widthType;
    String width;
    /** The wider of its {@code w:tblCellMar} left (start) and right (end) margins, in twips; null: none stated. */
    Length cellMargin;
    /** Inside its {@code w:tblCellMar}. */
    boolean inCellMargins;

    TableState(int start) {
        this.start = start;
    }

    // a cell or a paragraph out of place (no w:tr, no w:tc) still lands somewhere
    RowState lastRow() {
        if (rows.isEmpty()) {
            rows.add(new RowState());
        }
        return rows.get(rows.size() - 1);
    }

    CellState lastCell() {
        RowState row = lastRow();
        if (row.cells.isEmpty()) {
            row.cells.add(new CellState());
        }
        return row.cells.get(row.cells.size() - 1);
    }

    /** A {@code w:tblW} in twips ({@code dxa}, or no type); empty for a percentage, auto, nil or 0. */
    private Optional<Length> length() {
        if (width == null || "pct".equals(widthType) || "auto".equals(widthType) || "nil".equals(widthType)
                || width.endsWith("%")) {
            return Optional.empty();
        }
        Integer twips = WordXmlInput.integer(width);
        return twips == null || twips <= 0 ? Optional.empty() : Optional.of(Length.twips(twips));
    }

    /** A {@code w:tblW} of type {@code pct}: "50%", or fiftieths of a percent (2500); null otherwise. */
    Double percent() {
        if (width == null || !"pct".equals(widthType)) {
            return null;
        }
        try {
            double value = width.endsWith("%") ? Double.parseDouble(width.substring(0, width.length() - 1))
                    : Double.parseDouble(width) / 50;
            // a hostile part may say 1e400 %: a width is a width, not a reason to fail the read
            return Double.isFinite(value) && value > 0 ? Math.min(value, 1000.0) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Table build() {
        List<Length> widths = grid.contains(null) ? List.of() : grid;
        return new Table(start, widths, rows.stream().map(r -> new Row(r.header, r.cells.stream()
                .map(c -> new Cell(c.paragraphs, c.span, Optional.ofNullable(c.verticalMerge))).toList())).toList(),
                length(), Optional.empty(), false, Optional.ofNullable(cellMargin));
    }
}

final class RowState {
    boolean header;
    /** Inserted or deleted as a whole ({@code w:trPr/w:ins}, {@code w:trPr/w:del}), and gone in this reading. */
    boolean removed;
    final List<CellState> cells = new ArrayList<>();
}

final class CellState {
    final List<Paragraph> paragraphs = new ArrayList<>();
    int span = 1;
    String verticalMerge;
}
