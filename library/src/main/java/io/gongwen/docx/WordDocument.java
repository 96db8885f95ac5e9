package io.gongwen.docx;

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

/**
 * An existing .docx as {@code DocxReader} and {@code DocxChecker} see it: the body's paragraphs
 * and tables in order, each paragraph with its text and the effective formatting of its runs
 * (direct formatting over character style over paragraph style over document defaults), the page
 * set-up of the last section, and its footers.
 *
 * <p>Reading is hardened for files from strangers: see {@link #read(Path)}. The body is parsed as a
 * stream of XML events rather than through POI's XWPF tree: the tree costs about five times the
 * part's size in memory and parses every element, where the events cost what the text costs and
 * let the reader cap paragraphs and text as it goes.
 *
 * <p>Immutable.
 */
public final class WordDocument {
    /** More paragraphs than this is not a document a clerk wrote (about 60,000 pages of headings). */
    static final int MOST_PARAGRAPHS = 500_000;
    /** More characters than this neither (about 30,000 pages). */
    static final long MOST_CHARACTERS = 20_000_000;
    /**
     * More bytes of pictures than this is not a document either: each image part is already held to
     * the package's entry limit, this holds them all together (a report with 200 photographs of 1 MB).
     */
    static final long MOST_PICTURE_BYTES = 256L * 1024 * 1024;
    /**
     * More notes of a kind than this, or more marks referring to them, is not a document either (a
     * thesis has a few hundred footnotes); each notes part is also held to the paragraph and character
     * limits on its own.
     */
    static final int MOST_NOTES = 20_000;

    private final List<Item> body;
    private final Optional<Page> page;
    private final Map<String, Footer> footers;
    private final boolean evenAndOddFooters;
    private final Optional<Length> footerDistance;
    private final Optional<CharacterGrid> characterGrid;
    private final int trackedChanges;
    private final int comments;
    private final Map<String, List<Paragraph>> footnotes;
    private final Map<String, List<Paragraph>> endnotes;

    private WordDocument(List<Item> body, Optional<Page> page, Map<String, Footer> footers, boolean evenAndOddFooters,
                         Optional<Length> footerDistance, Optional<CharacterGrid> characterGrid, int trackedChanges,
                         int comments, Map<String, List<Paragraph>> footnotes, Map<String, List<Paragraph>> endnotes) {
        this.body = List.copyOf(body);
        this.page = page;
        this.footers = Map.copyOf(footers);
        this.evenAndOddFooters = evenAndOddFooters;
        this.footerDistance = footerDistance;
        this.characterGrid = characterGrid;
        this.trackedChanges = trackedChanges;
        this.comments = comments;
        this.footnotes = Map.copyOf(footnotes);
        this.endnotes = Map.copyOf(endnotes);
    }

    /**
     * Reads a .docx. Refused with a {@link DocumentReadException} that names the file: a file that is
     * not a zip, a truncated or damaged archive, an OLE2 file (a Word 97-2003 .doc, or a
     * password-protected .docx), a package without a main document, a part that inflates more than
     * 100 times or to more than 64 MB (zip bombs), XML that is not well-formed or declares a DTD or
     * entities (which are never resolved), and more than 500,000 paragraphs or 20 million characters
     * (in the body, and in each notes part on its own), or more than 20,000 footnotes, endnotes or marks
     * of them.
     */
    public static WordDocument read(Path file) {
        if (file == null) {
            throw new io.gongwen.InvalidDocumentException("file", "must not be null");
        }
        try (DocxPackage pkg = DocxPackage.open(file)) {
            WordStyles styles = pkg.readStyles(WordStyles::parse).orElse(WordStyles.none());
            WordNumbering numbering = pkg.readNumbering(WordNumbering::parse).orElse(WordNumbering.none());
            BodyParse parse = pkg.readMain(in -> new BodyParse(styles, numbering).parse(in));
            parse.readPictures(pkg);
            Map<String, Footer> footers = new LinkedHashMap<>();
            for (Map.Entry<String, String> ref : parse.footerReferences.entrySet()) {
                pkg.readFooter(ref.getValue(), in -> new BodyParse(styles, WordNumbering.none()).parse(in))
                        .ifPresent(f -> footers.put(ref.getKey(), new Footer(ref.getKey(), f.paragraphs())));
            }
            boolean evenAndOdd = pkg.readSettings(WordDocument::evenAndOddHeaders).orElse(false);
            Map<String, List<Paragraph>> footnotes = parse.marks.isEmpty() ? Map.of() : pkg.readFootnotes(
                    in -> new BodyParse(styles, WordNumbering.none(), "footnote").parse(in).notes()).orElse(Map.of());
            Map<String, List<Paragraph>> endnotes = parse.marks.isEmpty() ? Map.of() : pkg.readEndnotes(
                    in -> new BodyParse(styles, WordNumbering.none(), "endnote").parse(in).notes()).orElse(Map.of());
            return new WordDocument(parse.items, Optional.ofNullable(parse.page), footers, evenAndOdd,
                    Optional.ofNullable(parse.footerDistance), Optional.ofNullable(parse.characterGrid),
                    parse.trackedChanges, parse.comments, footnotes, endnotes);
        }
    }

    /**
     * How many tracked changes the body holds: insertions ({@code w:ins}), deletions ({@code w:del})
     * and moves ({@code w:moveFrom}, {@code w:moveTo}). The body is read as if all were accepted:
     * inserted and moved-in text is kept, deleted and moved-away text is not.
     */
    public int trackedChanges() {
        return trackedChanges;
    }

    /** How many comments the body refers to ({@code w:commentReference}); their text is not read. */
    public int comments() {
        return comments;
    }

    /**
     * The footnotes of {@code word/footnotes.xml} by their {@code w:id}, each its paragraphs (the
     * marks of notes inside a note included, for the reader to refuse); Word's separator notes are
     * not among them. Read only when the body refers to a note; empty without.
     */
    public Map<String, List<Paragraph>> footnotes() {
        return footnotes;
    }

    /** The endnotes of {@code word/endnotes.xml} by their {@code w:id}, as {@link #footnotes()}. */
    public Map<String, List<Paragraph>> endnotes() {
        return endnotes;
    }

    /** The body's paragraphs and tables, in document order. */
    public List<Item> body() {
        return body;
    }

    /** Every paragraph of the body, tables' paragraphs included, in document order. */
    public List<Paragraph> paragraphs() {
        List<Paragraph> out = new ArrayList<>();
        for (Item item : body) {
            if (item instanceof Paragraph p) {
                out.add(p);
            } else if (item instanceof Table t) {
                t.rows().forEach(row -> row.cells().forEach(c -> out.addAll(c.paragraphs())));
            }
        }
        return out;
    }

    /** The page set-up of the document's last section, if it states the page size and all four margins. */
    public Optional<Page> page() {
        return page;
    }

    /**
     * The footers the last section refers to, by type: {@code default} (odd pages, or every page),
     * {@code even}, {@code first}. When the last section is a landscape page, those of the last
     * portrait section before it: a turned page carries a turned number of its own.
     */
    public Map<String, Footer> footers() {
        return footers;
    }

    /**
     * Whether even pages take the {@code even} footer ({@code w:evenAndOddHeaders} in the settings).
     * Without it Word prints the {@code default} footer on every page, whatever the section says.
     */
    public boolean evenAndOddFooters() {
        return evenAndOddFooters;
    }

    /**
     * The last section's footer distance ({@code w:pgMar/@w:footer}): from the paper's bottom edge to
     * the bottom of the footer's last line.
     */
    public Optional<Length> footerDistance() {
        return footerDistance;
    }

    /**
     * The last section's character grid, when {@code w:docGrid} has one ({@code linesAndChars} or
     * {@code snapToChars}); empty for a line grid only or no grid.
     */
    public Optional<CharacterGrid> characterGrid() {
        return characterGrid;
    }

    /**
     * The footer distance {@code DocxWriter} writes for a specification: the page number's em dashes
     * {@link Specification#pageNumberDrop()} below the text block, for a single-spaced footer line in the
     * page number's size. For checking a .docx against what the writer would have done.
     */
    public static Length footerDistance(Specification spec) {
        if (spec == null) {
            throw new io.gongwen.InvalidDocumentException("specification", "must not be null");
        }
        return Length.twips(new PageGeometry(spec).footer);
    }

    private static boolean evenAndOddHeaders(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = WordXmlInput.open(in);
        try {
            while (xml.hasNext()) {
                if (WordXmlInput.next(xml) == XMLStreamConstants.START_ELEMENT && WordXmlInput.isW(xml)
                        && xml.getLocalName().equals("evenAndOddHeaders")) {
                    String val = WordXmlInput.attr(xml, "val");
                    return val == null || !(val.equals("0") || val.equals("false") || val.equals("off"));
                }
            }
            return false;
        } finally {
            xml.close();
        }
    }

    /** A paragraph or a table of the body. */
    public sealed interface Item permits Paragraph, Table {
    }

    /**
     * One paragraph.
     *
     * @param number 1-based position among all paragraphs of the part, tables' paragraphs included
     * @param text the text: {@code w:t}, a tab for {@code w:tab}, a line feed for {@code w:br} and {@code w:cr}
     * @param style the paragraph style id, if the paragraph names one
     * @param runs the runs that carry text, with their effective formatting; adjacent runs formatted
     *             alike are merged
     * @param lineSpacing the effective line spacing
     * @param alignment the effective {@code w:jc} value ("both", "center", "right", …)
     * @param autoNumbered whether Word numbers the paragraph itself ({@code w:numPr} on the paragraph)
     * @param numberLabel the label Word prints for an automatically numbered paragraph ("一、", "（二）",
     *                    "3."), as far as it can be rendered; not part of {@code text}. Empty for bullets,
     *                    unknown lists and numbering that comes from a paragraph style
     * @param pageField whether the paragraph holds a PAGE field
     * @param indent the effective indents ({@code w:ind})
     * @param pictures the DrawingML pictures in the paragraph ({@code w:drawing} with an {@code a:blip}),
     *                 inline or floating, in document order; empty for most
     * @param marks the marks of footnotes and endnotes in the paragraph ({@code w:footnoteReference},
     *              {@code w:endnoteReference}), in order; empty for most
     */
    public record Paragraph(int number, String text, Optional<String> style, List<Run> runs,
                            Optional<LineSpacing> lineSpacing, Optional<String> alignment, boolean autoNumbered,
                            Optional<String> numberLabel, boolean pageField, Indent indent,
                            List<Picture> pictures, List<NoteMark> marks) implements Item {
        public Paragraph {
            runs = List.copyOf(runs);
            pictures = List.copyOf(pictures);
            marks = List.copyOf(marks);
        }

        /** A paragraph without marks of notes. */
        public Paragraph(int number, String text, Optional<String> style, List<Run> runs,
                         Optional<LineSpacing> lineSpacing, Optional<String> alignment, boolean autoNumbered,
                         Optional<String> numberLabel, boolean pageField, Indent indent, List<Picture> pictures) {
            this(number, text, style, runs, lineSpacing, alignment, autoNumbered, numberLabel, pageField, indent,
                    pictures, List.of());
        }
    }

    /**
     * The mark of a footnote or endnote in a paragraph.
     *
     * @param at where it stands: after the first {@code at} characters of the paragraph's text
     * @param endnote whether it refers to an endnote ({@code w:endnoteReference}) rather than a footnote
     * @param id the note's {@code w:id}, as the mark gives it (a hostile file may name no note)
     */
    public record NoteMark(int at, boolean endnote, String id) {
    }

    /**
     * A picture of a paragraph: the image part its {@code a:blip/@r:embed} names, and the size its
     * {@code wp:extent} gives.
     *
     * @param bytes the image part's bytes; empty when the relationship names no image part of the
     *              package (a linked picture, a broken reference). Shared, not copied: do not change them
     * @param widthEmu the width in EMU (914,400 an inch), as declared, not bounded
     * @param heightEmu the height in EMU
     * @param floating whether it floats ({@code wp:anchor}) rather than standing in the line ({@code wp:inline})
     * @param name the part's name ("/word/media/image1.png"), or the relationship id when there is no part
     * @param description the drawing's name ({@code wp:docPr/@name}: "图片 1", "印章 1"), empty if none
     */
    public record Picture(byte[] bytes, long widthEmu, long heightEmu, boolean floating, String name,
                          String description) {
    }

    /**
     * A stretch of text formatted alike.
     *
     * @param text the text
     * @param eastAsiaFont the effective face for Chinese characters; "(theme minorEastAsia)" for a theme font
     * @param size the effective size
     * @param bold whether it is bold ({@code w:b})
     * @param latinFont the effective face for Latin letters and digits ({@code w:ascii}); "(theme minorHAnsi)"
     *                  for a theme font
     * @param italic whether it is italic ({@code w:i})
     * @param underline whether it is underlined ({@code w:u} other than {@code none}), in any style
     * @param superscript whether it is raised ({@code w:vertAlign="superscript"})
     * @param subscript whether it is lowered ({@code w:vertAlign="subscript"})
     * @param color the effective colour ({@code w:color}) as its hex RGB value, "FF0000"; empty for none,
     *              {@code auto} and black
     */
    public record Run(String text, Optional<String> eastAsiaFont, Optional<Length> size, boolean bold,
                      Optional<String> latinFont, boolean italic, boolean underline, boolean superscript,
                      boolean subscript, Optional<String> color) {
        /** A run that is neither italic, underlined, raised nor lowered. */
        public Run(String text, Optional<String> eastAsiaFont, Optional<Length> size, boolean bold,
                   Optional<String> latinFont) {
            this(text, eastAsiaFont, size, bold, latinFont, false, false, false, false, Optional.empty());
        }

        /** A run whose Latin face is not known. */
        public Run(String text, Optional<String> eastAsiaFont, Optional<Length> size, boolean bold) {
            this(text, eastAsiaFont, size, bold, Optional.empty());
        }

        /** Whether it is italic, underlined, raised or lowered. */
        public boolean emphasised() {
            return italic || underline || superscript || subscript;
        }
    }

    /**
     * A paragraph's effective indents ({@code w:ind}). Word measures an indent in characters
     * ({@code leftChars} and the like, in hundredths of a character) in preference to the length when
     * the characters are given and not 0.
     *
     * @param left the left (start) indent; 0 if none
     * @param right the right (end) indent; 0 if none
     * @param firstLine the first line's indent beyond {@code left}, negative for a hanging indent
     * @param leftChars the left indent in hundredths of a character, 0 if none
     * @param rightChars the right indent in hundredths of a character, 0 if none
     * @param firstLineChars the first line's indent in hundredths of a character, negative for hanging, 0 if none
     */
    public record Indent(Length left, Length right, Length firstLine, int leftChars, int rightChars,
                         int firstLineChars) {
    }

    /**
     * A character grid ({@code w:docGrid}).
     *
     * @param type {@code linesAndChars} or {@code snapToChars}
     * @param charSpace {@code w:charSpace}: how much the grid's character pitch differs from the size of
     *                  the Normal style's font, in 4096ths of a point
     */
    public record CharacterGrid(String type, int charSpace) {
    }

    /**
     * Line spacing as {@code w:spacing} states it.
     *
     * @param rule {@code exact}, {@code atLeast} or {@code auto}
     * @param exact the line height for {@code exact} and {@code atLeast}
     * @param lines the multiple of single spacing for {@code auto} (1.0 is single)
     */
    public record LineSpacing(String rule, Optional<Length> exact, double lines) {
    }

    /**
     * A table: rows of cells. A table nested in a cell is flattened into the cell's paragraphs.
     *
     * @param number 1-based position of its first paragraph among all paragraphs
     * @param columnWidths the widths of the table's grid columns ({@code w:tblGrid}), possibly empty
     * @param rows the rows, each a list of cells as the part lists them (cells merged from above included)
     * @param width the table's stated width ({@code w:tblW}): a length, or a percentage taken of
     *              {@code textWidth}; empty for {@code auto}, {@code nil}, 0 or none
     * @param textWidth the width of the text block of the table's section (page width less the left and
     *                  right margins), where the section states them
     * @param landscape whether the table's section is a landscape page (its {@code w:pgSz} wider than high)
     */
    public record Table(int number, List<Length> columnWidths, List<Row> rows, Optional<Length> width,
                        Optional<Length> textWidth, boolean landscape) implements Item {
        public Table {
            columnWidths = List.copyOf(columnWidths);
            rows = List.copyOf(rows);
        }

        /** The cells' text, row by row, paragraphs of a cell joined by line feeds. */
        public List<List<String>> cellTexts() {
            return rows.stream().map(r -> r.cells().stream().map(Cell::text).toList()).toList();
        }
    }

    /**
     * One table row.
     *
     * @param header whether Word repeats it at the top of each page ({@code w:tblHeader})
     * @param cells its cells
     */
    public record Row(boolean header, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One table cell.
     *
     * @param paragraphs its paragraphs
     * @param columnSpan the grid columns it spans ({@code w:gridSpan}), from 1
     * @param verticalMerge {@code restart} where a cell merged downwards starts, {@code continue} for a
     *                      cell merged into the one above ({@code w:vMerge}); empty otherwise
     */
    public record Cell(List<Paragraph> paragraphs, int columnSpan, Optional<String> verticalMerge) {
        public Cell {
            paragraphs = List.copyOf(paragraphs);
        }

        /** The cell's text, its paragraphs joined by line feeds. */
        public String text() {
            return String.join("\n", paragraphs.stream().map(Paragraph::text).toList());
        }
    }

    /**
     * The page set-up ({@code w:sectPr}).
     *
     * @param width page width ({@code w:pgSz/@w:w})
     * @param height page height
     * @param top top margin ({@code w:pgMar})
     * @param right right margin
     * @param bottom bottom margin
     * @param left left margin
     * @param gridLinePitch the line grid's pitch, when {@code w:docGrid} has lines
     */
    public record Page(Length width, Length height, Length top, Length right, Length bottom, Length left,
                       Optional<Length> gridLinePitch) {
    }

    /**
     * One footer part.
     *
     * @param type {@code default}, {@code even} or {@code first}
     * @param paragraphs its paragraphs
     */
    public record Footer(String type, List<Paragraph> paragraphs) {
        public Footer {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** One pass over a body or footer part. */
    private static final class BodyParse {
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
        private boolean sectionEnds;
        private final List<Pending> tablesOfSection = new ArrayList<>();
        private int paragraphs;
        private long characters;
        int trackedChanges;
        int comments;
        /** Every mark of a note in the part, for the limit; in a notes part, "footnote" or "endnote", else null. */
        final List<NoteMark> marks = new ArrayList<>();
        private final String noteElement;
        /** In a notes part: each normal note's id and the index of its first item. */
        private final List<Map.Entry<String, Integer>> noteStarts = new ArrayList<>();
        private List<NoteMark> paragraphMarks;

        // the paragraph being read
        private StringBuilder text;
        private String paragraphStyle;
        private WordStyles.Props paragraphProps;
        private boolean numbered;
        private String numId;
        private int numLevel;
        private boolean pageField;
        private List<Run> runs;
        /** The text of the last of {@code runs}, which that Run is given when a run formatted otherwise starts or the paragraph ends. */
        private final StringBuilder lastRunText = new StringBuilder();
        // the run being read
        private WordStyles.Props runProps;
        private String runStyle;
        private StringBuilder runText;
        private boolean inInstruction;
        // the pictures of the paragraph being read, and the one being read
        private List<PendingPicture> pictures;
        private PendingPicture picture;

        BodyParse(WordStyles styles, WordNumbering numbering) {
            this(styles, numbering, null);
        }

        /** A parse of a notes part whose notes are {@code w:<noteElement>} elements. */
        BodyParse(WordStyles styles, WordNumbering numbering, String noteElement) {
            this.styles = styles;
            this.numbering = numbering;
            this.noteElement = noteElement;
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
                        if (skipped > 0 || (w && name.equals("txbxContent"))
                                || (WordXmlInput.MC.equals(xml.getNamespaceURI()) && name.equals("Fallback"))) {
                            skipped++;
                            continue;
                        }
                        if (w && name.equals("moveFrom") && depthInPPr == 0 && depthInRPr == 0) {
                            // read as accepted: text moved away stands where it was moved to (w:moveTo)
                            trackedChanges++;
                            skipped++;
                            continue;
                        }
                        if (!w) {
                            drawing(xml, name);
                            continue;
                        }
                        if (depthInPPr > 0 || depthInRPr > 0) {
                            if (depthInPPr > 0) {
                                depthInPPr++;
                            }
                            if (depthInRPr > 0) {
                                depthInRPr++;
                            }
                            property(xml, name, depthInRPr > 0);
                            continue;
                        }
                        switch (name) {
                            case "p" -> startParagraph();
                            case "pPr" -> depthInPPr = text != null ? 1 : 0;
                            case "r" -> startRun();
                            case "rPr" -> depthInRPr = runText != null ? 1 : 0;
                            case "t" -> {
                                if (runText != null && !inInstruction) {
                                    String t = xml.getElementText();
                                    // our writer's word joiners are layout, not text (see Paragraphs.text)
                                    append(t.indexOf(Paragraphs.WORD_JOINER) < 0 ? t
                                            : t.replace(String.valueOf(Paragraphs.WORD_JOINER), ""));
                                }
                            }
                            // read as accepted: inserted text is read as text, deleted text is in w:delText
                            case "ins", "del", "moveTo" -> trackedChanges++;
                            case "commentReference" -> comments++;
                            case "footnoteReference", "endnoteReference" -> mark(xml, name.startsWith("endnote"));
                            case "footnote", "endnote" -> {
                                if (name.equals(noteElement) && text == null && tables.isEmpty()) {
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
                            case "br", "cr" -> append("\n");
                            case "instrText" -> {
                                if (xml.getElementText().contains("PAGE") && text != null) {
                                    pageField = true;
                                }
                            }
                            case "fldChar" -> field(WordXmlInput.attr(xml, "fldCharType"));
                            case "fldSimple" -> {
                                String instr = WordXmlInput.attr(xml, "instr");
                                if (instr != null && instr.contains("PAGE") && text != null) {
                                    pageField = true;
                                }
                            }
                            case "tbl" -> tables.push(new TableState(paragraphs + 1));
                            case "tblW" -> {
                                if (!tables.isEmpty() && text == null) {
                                    tables.peek().widthType = WordXmlInput.attr(xml, "type");
                                    tables.peek().width = WordXmlInput.attr(xml, "w");
                                }
                            }
                            case "gridCol" -> {
                                if (!tables.isEmpty() && text == null) {
                                    tables.peek().grid.add(twips(xml, "w"));
                                }
                            }
                            case "tr" -> {
                                if (!tables.isEmpty()) {
                                    tables.peek().rows.add(new RowState());
                                }
                            }
                            case "tblHeader" -> {
                                if (!tables.isEmpty() && !tables.peek().rows.isEmpty() && text == null
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
                                if (!tables.isEmpty() && text == null) {
                                    Integer span = WordXmlInput.integer(WordXmlInput.attr(xml, "val"));
                                    tables.peek().lastCell().span = span == null || span < 1 ? 1 : Math.min(span, 63);
                                }
                            }
                            case "vMerge" -> {
                                if (!tables.isEmpty() && text == null) {
                                    String merge = WordXmlInput.attr(xml, "val");
                                    tables.peek().lastCell().verticalMerge = merge == null ? "continue" : merge;
                                }
                            }
                            case "sectPr" -> {
                                if (text == null && tables.isEmpty()) {
                                    page = new Page(null, null, null, null, null, null, Optional.empty());
                                    footerReferences.clear();
                                    footerDistance = null;
                                    characterGrid = null;
                                }
                            }
                            case "footerReference" -> {
                                String type = WordXmlInput.attr(xml, "type");
                                String id = xml.getAttributeValue(WordXmlInput.R, "id");
                                if (id != null && text == null) {
                                    footerReferences.put(type == null ? "default" : type, id);
                                }
                            }
                            case "pgSz" -> {
                                if (page != null && text == null) {
                                    page = new Page(twips(xml, "w"), twips(xml, "h"), page.top(), page.right(),
                                            page.bottom(), page.left(), page.gridLinePitch());
                                }
                            }
                            case "pgMar" -> {
                                if (page != null && text == null) {
                                    page = new Page(page.width(), page.height(), twips(xml, "top"), twips(xml, "right"),
                                            twips(xml, "bottom"), twips(xml, "left"), page.gridLinePitch());
                                    footerDistance = twips(xml, "footer");
                                }
                            }
                            case "docGrid" -> {
                                String type = WordXmlInput.attr(xml, "type");
                                if (page != null && text == null && type != null && type.startsWith("lines")) {
                                    page = new Page(page.width(), page.height(), page.top(), page.right(),
                                            page.bottom(), page.left(), Optional.ofNullable(twips(xml, "linePitch")));
                                }
                                if (page != null && text == null && ("linesAndChars".equals(type) || "snapToChars".equals(type))) {
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
                            if (picture != null && WP.equals(xml.getNamespaceURI())
                                    && (xml.getLocalName().equals("inline") || xml.getLocalName().equals("anchor"))) {
                                if (picture.embed != null) {
                                    pictures.add(picture);
                                }
                                picture = null;
                            }
                            continue;
                        }
                        String name = xml.getLocalName();
                        if (depthInPPr > 0) {
                            depthInPPr--;
                        }
                        if (depthInRPr > 0) {
                            depthInRPr--;
                        }
                        switch (name) {
                            case "p" -> endParagraph();
                            case "r" -> endRun();
                            case "tbl" -> endTable();
                            default -> {
                            }
                        }
                    }
                }
            } finally {
                xml.close();
            }
            boolean landscape = page != null && page.width() != null && page.height() != null
                    && page.width().toTwips() > page.height().toTwips();
            if (page != null && page.width() != null && page.left() != null && page.right() != null) {
                endSection(Length.twips(page.width().toTwips() - page.left().toTwips() - page.right().toTwips()), landscape);
            }
            if (landscape && portraitFooterReferences != null) {
                // a document that ends on a turned page: its own footers carry a turned number, so
                // the document's page numbers are those of the last portrait section
                footerReferences.clear();
                footerReferences.putAll(portraitFooterReferences);
            }
            if (page != null && java.util.stream.Stream.of(page.width(), page.height(), page.top(), page.right(),
                    page.bottom(), page.left()).anyMatch(java.util.Objects::isNull)) {
                // a section that leaves part of the page set-up to the application's defaults
                page = null;
            }
            return this;
        }

        /** The DrawingML elements of a picture in the paragraph being read: its frame, its size, its image. */
        private void drawing(XMLStreamReader xml, String name) {
            if (text == null) {
                return; // a picture outside a paragraph is not one Word shows
            }
            String ns = xml.getNamespaceURI();
            if (WP.equals(ns) && (name.equals("inline") || name.equals("anchor"))) {
                picture = new PendingPicture(name.equals("anchor"));
            } else if (picture != null && WP.equals(ns) && name.equals("extent")) {
                picture.width = emu(xml.getAttributeValue(null, "cx"));
                picture.height = emu(xml.getAttributeValue(null, "cy"));
            } else if (picture != null && WP.equals(ns) && name.equals("docPr")) {
                String n = xml.getAttributeValue(null, "name");
                picture.name = n == null ? "" : n.length() > 100 ? n.substring(0, 100) : n;
            } else if (picture != null && picture.embed == null && A.equals(ns) && name.equals("blip")) {
                // a group of pictures: the first one stands for the group
                picture.embed = xml.getAttributeValue(WordXmlInput.R, "embed");
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
         * Reads the image parts of the body's pictures, each part once, within {@link #MOST_PICTURE_BYTES};
         * pictures in tables are not read.
         */
        void readPictures(DocxPackage pkg) {
            Map<String, DocxPackage.ImagePart> parts = new java.util.HashMap<>();
            long total = 0;
            for (Item item : items) {
                if (!(item instanceof Paragraph p)) {
                    continue;
                }
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
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof Paragraph p && !p.pictures().isEmpty()) {
                    List<Picture> read = new ArrayList<>();
                    for (Picture q : p.pictures()) {
                        DocxPackage.ImagePart part = parts.get(q.name());
                        read.add(new Picture(part == null ? new byte[0] : part.bytes(), q.widthEmu(), q.heightEmu(),
                                q.floating(), part == null ? q.name() : part.name(), q.description()));
                    }
                    items.set(i, new Paragraph(p.number(), p.text(), p.style(), p.runs(), p.lineSpacing(), p.alignment(),
                            p.autoNumbered(), p.numberLabel(), p.pageField(), p.indent(), read, p.marks()));
                }
            }
        }

        private static Length twips(XMLStreamReader xml, String attribute) {
            Integer value = WordXmlInput.integer(WordXmlInput.attr(xml, attribute));
            return value == null ? null : Length.twips(value);
        }

        private void property(XMLStreamReader xml, String name, boolean ofRun) {
            if (ofRun) {
                if (runText != null) {
                    if (name.equals("rStyle")) {
                        runStyle = WordXmlInput.attr(xml, "val");
                    } else {
                        WordXmlInput.readProperty(xml, name, runProps);
                    }
                }
                // a paragraph mark's rPr inside pPr formats no text
                return;
            }
            switch (name) {
                case "pStyle" -> paragraphStyle = WordXmlInput.attr(xml, "val");
                case "numPr" -> numbered = true;
                case "numId" -> numId = WordXmlInput.attr(xml, "val");
                case "ilvl" -> {
                    Integer level = WordXmlInput.integer(WordXmlInput.attr(xml, "val"));
                    numLevel = level == null ? 0 : level;
                }
                case "spacing", "jc", "ind" -> WordXmlInput.readProperty(xml, name, paragraphProps);
                case "sectPr" -> {
                    sectionEnds = true;
                    sectionPageWidth = null;
                    sectionPageHeight = null;
                    sectionLeft = null;
                    sectionRight = null;
                    sectionFooters.clear();
                }
                case "pgSz" -> {
                    sectionPageWidth = WordXmlInput.integer(WordXmlInput.attr(xml, "w"));
                    sectionPageHeight = WordXmlInput.integer(WordXmlInput.attr(xml, "h"));
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
            if (text != null) {
                return;
            }
            if (++paragraphs > MOST_PARAGRAPHS) {
                throw new DocumentReadException("more than " + MOST_PARAGRAPHS + " paragraphs", null);
            }
            text = new StringBuilder();
            paragraphStyle = null;
            paragraphProps = new WordStyles.Props();
            numbered = false;
            numId = null;
            numLevel = 0;
            pageField = false;
            sectionEnds = false;
            runs = new ArrayList<>();
            lastRunText.setLength(0);
            pictures = new ArrayList<>();
            picture = null;
            paragraphMarks = List.of();
        }

        private void mark(XMLStreamReader xml, boolean endnote) {
            if (runText == null) {
                return;
            }
            if (marks.size() >= MOST_NOTES) {
                throw new DocumentReadException("more than " + MOST_NOTES + " marks of footnotes and endnotes", null);
            }
            NoteMark mark = new NoteMark(text.length(), endnote, String.valueOf(WordXmlInput.attr(xml, "id")));
            marks.add(mark);
            if (paragraphMarks.isEmpty()) {
                paragraphMarks = new ArrayList<>();
            }
            paragraphMarks.add(mark);
        }

        private void startRun() {
            if (text == null) {
                return;
            }
            runProps = new WordStyles.Props();
            runStyle = null;
            runText = new StringBuilder();
        }

        private void field(String type) {
            // the instruction (" PAGE ") is not text; the result between separate and end is
            if ("begin".equals(type)) {
                inInstruction = true;
            } else if ("separate".equals(type) || "end".equals(type)) {
                inInstruction = false;
            }
        }

        private void append(String s) {
            if (runText == null) {
                return;
            }
            characters += s.length();
            if (characters > MOST_CHARACTERS) {
                throw new DocumentReadException("more than " + MOST_CHARACTERS + " characters of text", null);
            }
            runText.append(s);
            text.append(s);
        }

        private void endRun() {
            if (runText == null) {
                return;
            }
            if (!runText.isEmpty()) {
                WordStyles.Props effective = styles.resolve(runProps, runStyle, paragraphStyle);
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
                Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && last.eastAsiaFont().equals(face) && last.size().equals(size) && last.bold() == bold
                        && last.latinFont().equals(latin) && last.italic() == italic && last.underline() == underline
                        && last.superscript() == superscript && last.subscript() == subscript && last.color().equals(color)) {
                    // the text joins the last run's, which is made a Run again once, when it ends: a paragraph
                    // of many runs formatted alike costs its length, not its length squared
                    lastRunText.append(runText);
                } else {
                    endLastRun();
                    runs.add(new Run("", face, size, bold, latin, italic, underline, superscript, subscript, color));
                    lastRunText.append(runText);
                }
            }
            runText = null;
        }

        /** Gives the last run its text: the runs formatted alike that were joined to it. */
        private void endLastRun() {
            if (!runs.isEmpty() && !lastRunText.isEmpty()) {
                Run last = runs.get(runs.size() - 1);
                runs.set(runs.size() - 1, new Run(lastRunText.toString(), last.eastAsiaFont(), last.size(), last.bold(),
                        last.latinFont(), last.italic(), last.underline(), last.superscript(), last.subscript(), last.color()));
            }
            lastRunText.setLength(0);
        }

        private void endParagraph() {
            if (text == null) {
                return;
            }
            endRun();
            endLastRun();
            WordStyles.Props effective = styles.resolve(paragraphProps, null, paragraphStyle);
            Optional<LineSpacing> spacing = Optional.ofNullable(effective.line).map(line ->
                    "auto".equals(effective.lineRule)
                            ? new LineSpacing("auto", Optional.empty(), line / 240.0)
                            : new LineSpacing(effective.lineRule, Optional.of(Length.twips(line)), 0));
            // numId 0 is Word's way of switching numbering off for a paragraph
            boolean autoNumbered = numbered && numId != null && !numId.equals("0");
            Optional<String> label = autoNumbered ? numbering.next(numId, numLevel) : Optional.empty();
            Paragraph p = new Paragraph(paragraphs, text.toString(),
                    Optional.ofNullable(paragraphStyle != null ? paragraphStyle : styles.defaultParagraphStyle().orElse(null)),
                    runs, spacing, Optional.ofNullable(effective.jc), autoNumbered, label, pageField, indent(effective),
                    pictures.stream().map(q -> new Picture(new byte[0], q.width, q.height, q.floating, q.embed, q.name)).toList(),
                    paragraphMarks);
            text = null;
            if (sectionEnds && tables.isEmpty()) {
                boolean landscape = sectionPageWidth != null && sectionPageHeight != null && sectionPageWidth > sectionPageHeight;
                endSection(sectionPageWidth == null || sectionLeft == null || sectionRight == null ? null
                        : Length.twips(sectionPageWidth - sectionLeft - sectionRight), landscape);
                if (!landscape && !sectionFooters.isEmpty()) {
                    portraitFooterReferences = new LinkedHashMap<>(sectionFooters);
                }
            }
            if (tables.isEmpty()) {
                items.add(p);
            } else {
                tables.peek().lastCell().paragraphs.add(p);
            }
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
            for (Pending pending : tablesOfSection) {
                Table t = (Table) items.get(pending.index);
                Optional<Length> width = pending.percent == null || textWidth == null ? t.width()
                        : Optional.of(textWidth.times(pending.percent / 100));
                items.set(pending.index, new Table(t.number(), t.columnWidths(), t.rows(), width,
                        Optional.ofNullable(textWidth), landscape));
            }
            tablesOfSection.clear();
        }

        private void endTable() {
            if (tables.isEmpty()) {
                return;
            }
            TableState table = tables.pop();
            if (tables.isEmpty()) {
                tablesOfSection.add(new Pending(items.size(), table.percent()));
                items.add(table.build());
                return;
            }
            CellState outer = tables.peek().lastCell();
            table.rows.forEach(r -> r.cells.forEach(c -> outer.paragraphs.addAll(c.paragraphs)));
        }
    }

    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    /** A picture being read: until its image part is read, the relationship id names it. */
    private static final class PendingPicture {
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
    private record Pending(int index, Double percent) {
    }

    /** A table being read. */
    private static final class TableState {
        final int start;
        final List<Length> grid = new ArrayList<>();
        final List<RowState> rows = new ArrayList<>();
        String widthType;
        String width;

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
                    length(), Optional.empty(), false);
        }
    }

    private static final class RowState {
        boolean header;
        final List<CellState> cells = new ArrayList<>();
    }

    private static final class CellState {
        final List<Paragraph> paragraphs = new ArrayList<>();
        int span = 1;
        String verticalMerge;
    }
}
