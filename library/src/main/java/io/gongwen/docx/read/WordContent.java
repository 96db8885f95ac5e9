package io.gongwen.docx.read;

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
public final class WordContent implements io.gongwen.docx.WordDocument {
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
    private final io.gongwen.docx.Revisions revisions;
    private final int comments;
    private final List<TextBox> textBoxes;
    private final Map<String, List<Paragraph>> footnotes;
    private final Map<String, List<Paragraph>> endnotes;
    private final Pages pages;
    private final Map<String, String> notesProperties;

    private WordContent(List<Item> body, Optional<Page> page, Map<String, Footer> footers, boolean evenAndOddFooters,
                         Optional<Length> footerDistance, Optional<CharacterGrid> characterGrid, int trackedChanges,
                         io.gongwen.docx.Revisions revisions, int comments, List<TextBox> textBoxes, Map<String, List<Paragraph>> footnotes,
                         Map<String, List<Paragraph>> endnotes, Map<String, String> notesProperties, Pages pages) {
        this.body = List.copyOf(body);
        this.page = page;
        this.footers = Map.copyOf(footers);
        this.evenAndOddFooters = evenAndOddFooters;
        this.footerDistance = footerDistance;
        this.characterGrid = characterGrid;
        this.trackedChanges = trackedChanges;
        this.revisions = revisions;
        this.comments = comments;
        this.textBoxes = List.copyOf(textBoxes);
        this.footnotes = Map.copyOf(footnotes);
        this.endnotes = Map.copyOf(endnotes);
        this.pages = pages;
        this.notesProperties = Map.copyOf(notesProperties);
    }

    /**
     * Reads a .docx. Refused with a {@link DocumentReadException} that names the file: a file that is
     * not a zip, a truncated or damaged archive, an OLE2 file (a Word 97-2003 .doc, or a
     * password-protected .docx), a package without a main document, a part that inflates more than
     * 100 times or to more than 64 MB (zip bombs), XML that is not well-formed or declares a DTD or
     * entities (which are never resolved), and more than 500,000 paragraphs or 20 million characters
     * (in the body, and in each notes part on its own), or more than 20,000 footnotes, endnotes or marks
     * of them. Its tracked changes are read as accepted.
     */
    public static WordContent read(Path file) {
        return read(file, io.gongwen.docx.Revisions.ACCEPTED);
    }

    /**
     * Reads a .docx as {@link #read(Path)} does, its tracked changes read as {@code revisions} says, in
     * the body, its footers and its notes.
     */
    public static WordContent read(Path file, io.gongwen.docx.Revisions revisions) {
        if (file == null) {
            throw new io.gongwen.InvalidDocumentException("file", "must not be null");
        }
        if (revisions == null) {
            throw new io.gongwen.InvalidDocumentException("revisions", "must not be null");
        }
        boolean reject = revisions == io.gongwen.docx.Revisions.REJECTED;
        try (DocxPackage pkg = DocxPackage.open(file)) {
            WordStyles styles = pkg.readStyles(WordStyles::parse).orElse(WordStyles.none());
            WordNumbering numbering = pkg.readNumbering(WordNumbering::parse).orElse(WordNumbering.none());
            BodyParse parse = pkg.readMain(in -> new BodyParse(styles, numbering, true).rejectingChanges(reject).parse(in));
            parse.readPictures(pkg);
            Map<String, Footer> footers = new LinkedHashMap<>();
            for (Map.Entry<String, String> ref : parse.footerReferences.entrySet()) {
                pkg.readFooter(ref.getValue(), in -> new BodyParse(styles, WordNumbering.none(), false).rejectingChanges(reject).parse(in))
                        .ifPresent(f -> footers.put(ref.getKey(), new Footer(ref.getKey(), f.paragraphs())));
            }
            boolean evenAndOdd = pkg.readSettings(WordContent::evenAndOddHeaders).orElse(false);
            // the last section's numbering of notes over the settings' (a section's own overrides them)
            Map<String, String> notesProperties = new LinkedHashMap<>(parse.marks.isEmpty() ? Map.of()
                    : pkg.readSettings(WordContent::notesProperties).orElse(Map.of()));
            notesProperties.putAll(parse.notesProperties);
            Map<String, List<Paragraph>> footnotes = parse.marks.isEmpty() ? Map.of() : pkg.readFootnotes(
                    in -> new BodyParse(styles, WordNumbering.none(), false, "footnote").rejectingChanges(reject).parse(in).notes()).orElse(Map.of());
            Map<String, List<Paragraph>> endnotes = parse.marks.isEmpty() ? Map.of() : pkg.readEndnotes(
                    in -> new BodyParse(styles, WordNumbering.none(), false, "endnote").rejectingChanges(reject).parse(in).notes()).orElse(Map.of());
            return new WordContent(parse.items, Optional.ofNullable(parse.page), footers, evenAndOdd,
                    Optional.ofNullable(parse.footerDistance), Optional.ofNullable(parse.characterGrid),
                    parse.trackedChanges, revisions, parse.comments, parse.textBoxes, footnotes, endnotes,
                    notesProperties, parse.pages());
        }
    }

    /**
     * How many tracked changes the body holds: insertions ({@code w:ins}), deletions ({@code w:del})
     * and moves ({@code w:moveFrom}, {@code w:moveTo}) of text and of paragraph marks, and changes of
     * formatting ({@code w:rPrChange}, {@code w:pPrChange}, the section's and the tables'). The body is
     * read as {@link #revisions()} says.
     */
    @Override
    public int trackedChanges() {
        return trackedChanges;
    }

    /** Whether the tracked changes were read as accepted or as rejected. */
    @Override
    public io.gongwen.docx.Revisions revisions() {
        return revisions;
    }

    /**
     * The content of a document that {@link io.gongwen.text.DocxReader#open(Path)} read.
     *
     * @throws DocumentReadException if {@code docx} is not one the library read (another implementation
     *                               of the interface)
     */
    public static WordContent of(io.gongwen.docx.WordDocument docx) {
        if (docx instanceof WordContent content) {
            return content;
        }
        if (docx == null) {
            throw new io.gongwen.InvalidDocumentException("docx", "must not be null");
        }
        throw new DocumentReadException("docx is a " + docx.getClass().getName()
                + ", not a document that DocxReader.open gave", null);
    }

    /** How many comments the body refers to ({@code w:commentReference}); their text is not read. */
    @Override
    public int comments() {
        return comments;
    }

    /**
     * The body's text boxes, shapes with text and WordArt, in document order. None of them is laid
     * out; their paragraphs are read into the body right after the paragraph they are anchored in
     * (see {@link TextBox}), as many readers of a .docx expect to find them. A box nested deeper than
     * {@value #DEEPEST_BOX} boxes is not read.
     */
    public List<TextBox> textBoxes() {
        return textBoxes;
    }

    /**
     * The footnotes of {@code word/footnotes.xml} by their {@code w:id}, each its paragraphs (the
     * marks of notes inside a note included, for the reader to refuse); Word's separator notes are
     * not among them. Read only when the body refers to a note; empty without.
     */
    public Map<String, List<Paragraph>> footnotes() {
        return footnotes;
    }

    /**
     * How the notes are numbered, as the last section ({@code w:sectPr/w:footnotePr},
     * {@code w:endnotePr}) or else the settings state it: the {@code w:val} of each {@code w:numFmt},
     * {@code w:numStart} and {@code w:numRestart}, by "footnote.numRestart", "endnote.numFmt" and so on,
     * as written (a hostile file may give any value). Read only when the body refers to a note.
     */
    public Map<String, String> notesProperties() {
        return notesProperties;
    }

    /** The endnotes of {@code word/endnotes.xml} by their {@code w:id}, as {@link #footnotes()}. */
    public Map<String, List<Paragraph>> endnotes() {
        return endnotes;
    }

    /** Where the body's author broke the page, and which of its sections are landscape pages. */
    public Pages pages() {
        return pages;
    }

    /**
     * The body's pages as its author set them.
     *
     * @param breaksBefore the numbers of the paragraphs and tables ({@link Paragraph#number()},
     *                     {@link Table#number()}) before which the author broke the page: a
     *                     {@code w:pageBreakBefore}, a {@code w:br w:type="page"} before the paragraph's
     *                     text, or one after the text of the paragraph before (possibly a blank
     *                     paragraph). {@code w:lastRenderedPageBreak}, Word's record of where its last
     *                     layout broke the page, is none.
     * @param breaksInText the page breaks between the words of a paragraph's text, in document order:
     *                     the paragraph's text holds a line feed there, and the break starts the line
     *                     after it
     * @param landscape the body's sections on landscape pages ({@code w:pgSz} with
     *                  {@code w:orient="landscape"}, or wider than high), each the numbers of its first
     *                  and last paragraph, tables' paragraphs counted
     */
    public record Pages(java.util.Set<Integer> breaksBefore, List<TextBreak> breaksInText, List<Range> landscape) {
        public Pages {
            breaksBefore = java.util.Set.copyOf(breaksBefore);
            breaksInText = List.copyOf(breaksInText);
            landscape = List.copyOf(landscape);
        }

        /** Whether the paragraph (or table) of this number stands on a landscape page. */
        public boolean landscape(int number) {
            // the sections follow each other in order: a binary search, for documents of many sections
            int low = 0;
            int high = landscape.size() - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                Range r = landscape.get(mid);
                if (number < r.first()) {
                    high = mid - 1;
                } else if (number > r.last()) {
                    low = mid + 1;
                } else {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A page break between the words of a paragraph.
     *
     * @param paragraph the paragraph's number
     * @param line the line of the paragraph's text (0-based, counting its line feeds) that starts the new page
     */
    public record TextBreak(int paragraph, int line) {
    }

    /**
     * Paragraph numbers {@code first} to {@code last}, both included.
     *
     * @param first the first paragraph's number
     * @param last the last one's
     */
    public record Range(int first, int last) {
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

    /** The settings' {@code w:footnotePr} and {@code w:endnotePr} numbering, keyed as {@link #notesProperties()}. */
    private static Map<String, String> notesProperties(InputStream in) throws XMLStreamException {
        Map<String, String> out = new LinkedHashMap<>();
        XMLStreamReader xml = WordXmlInput.open(in);
        try {
            String kind = null;
            while (xml.hasNext()) {
                int event = WordXmlInput.next(xml);
                if (event == XMLStreamConstants.START_ELEMENT && WordXmlInput.isW(xml)) {
                    String name = xml.getLocalName();
                    if (name.equals("footnotePr") || name.equals("endnotePr")) {
                        kind = name.substring(0, name.length() - 2);
                    } else if (kind != null && (name.equals("numFmt") || name.equals("numStart") || name.equals("numRestart"))) {
                        out.put(kind + "." + name, String.valueOf(WordXmlInput.attr(xml, "val")));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && WordXmlInput.isW(xml)
                        && (xml.getLocalName().equals("footnotePr") || xml.getLocalName().equals("endnotePr"))) {
                    kind = null;
                }
            }
            return out;
        } finally {
            xml.close();
        }
    }

    /** Boxes within boxes deeper than this are left out (a hostile part can nest them without end). */
    static final int DEEPEST_BOX = 8;

    /**
     * A text box, a shape that holds text, or WordArt, as the body holds it: its text
     * ({@code w:txbxContent} of a DrawingML {@code wps:txbx} or of a VML {@code v:textbox}; the string of a
     * VML {@code v:textpath}) read as the paragraphs numbered {@code first} to {@code last}, which the
     * body lists right after the paragraph the box is anchored in. The VML copy that Word writes beside
     * a DrawingML box for older readers ({@code mc:Fallback}) is not read, so the text is there once.
     *
     * @param paragraph the number of the paragraph the box is anchored in
     * @param kind what it is
     * @param first the number of its first paragraph
     * @param last the number of its last paragraph (boxes nested in it included)
     */
    public record TextBox(int paragraph, BoxKind kind, int first, int last) {
    }

    /** What holds text outside the body's flow. */
    public enum BoxKind {
        /** A text box ({@code wps:cNvSpPr/@txBox}, or a VML {@code v:textbox}). */
        TEXT_BOX,
        /** A shape with text in it (a rectangle, a callout). */
        SHAPE,
        /** WordArt: text warped by {@code a:prstTxWarp}, or a VML {@code v:textpath}. */
        WORD_ART
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
     * @param space the effective space above and below it ({@code w:spacing/@w:before}, {@code w:after})
     */
    public record Paragraph(int number, String text, Optional<String> style, List<Run> runs,
                            Optional<LineSpacing> lineSpacing, Optional<String> alignment, boolean autoNumbered,
                            Optional<String> numberLabel, boolean pageField, Indent indent,
                            List<Picture> pictures, List<NoteMark> marks, Space space) implements Item {
        public Paragraph {
            runs = List.copyOf(runs);
            pictures = List.copyOf(pictures);
            marks = List.copyOf(marks);
        }

        /** A paragraph with no space above or below it. */
        public Paragraph(int number, String text, Optional<String> style, List<Run> runs,
                         Optional<LineSpacing> lineSpacing, Optional<String> alignment, boolean autoNumbered,
                         Optional<String> numberLabel, boolean pageField, Indent indent,
                         List<Picture> pictures, List<NoteMark> marks) {
            this(number, text, style, runs, lineSpacing, alignment, autoNumbered, numberLabel, pageField, indent,
                    pictures, marks, Space.NONE);
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
     * @param strike whether it is struck through with one line ({@code w:strike})
     * @param doubleStrike whether it is struck through with two lines ({@code w:dstrike})
     * @param highlight its highlighting: the {@code w:highlight} colour's name ("yellow"), or the fill of a
     *                  shading ({@code w:shd/@w:fill}, "FFFF00"); empty for none, {@code auto} and white
     * @param smallCaps whether it is in small capitals ({@code w:smallCaps}) or capitals ({@code w:caps})
     * @param characterSpacing the space added between its characters ({@code w:spacing/@w:val}, negative to
     *                         condense); empty for none or 0
     */
    public record Run(String text, Optional<String> eastAsiaFont, Optional<Length> size, boolean bold,
                      Optional<String> latinFont, boolean italic, boolean underline, boolean superscript,
                      boolean subscript, Optional<String> color, boolean strike, boolean doubleStrike,
                      Optional<String> highlight, boolean smallCaps, Optional<Length> characterSpacing) {
        /** A run neither struck through, highlighted, in capitals nor spaced out. */
        public Run(String text, Optional<String> eastAsiaFont, Optional<Length> size, boolean bold,
                   Optional<String> latinFont, boolean italic, boolean underline, boolean superscript,
                   boolean subscript, Optional<String> color) {
            this(text, eastAsiaFont, size, bold, latinFont, italic, underline, superscript, subscript, color, false,
                    false, Optional.empty(), false, Optional.empty());
        }

        /** The same formatting over other text. */
        Run withText(String newText) {
            return new Run(newText, eastAsiaFont, size, bold, latinFont, italic, underline, superscript, subscript,
                    color, strike, doubleStrike, highlight, smallCaps, characterSpacing);
        }

        /** Whether it is formatted as {@code other} is, whatever their text. */
        boolean formatsLike(Run other) {
            // field by field: this runs for every run of every paragraph, and makes no copies
            return bold == other.bold && italic == other.italic && underline == other.underline
                    && superscript == other.superscript && subscript == other.subscript && strike == other.strike
                    && doubleStrike == other.doubleStrike && smallCaps == other.smallCaps
                    && eastAsiaFont.equals(other.eastAsiaFont) && size.equals(other.size)
                    && latinFont.equals(other.latinFont) && color.equals(other.color)
                    && highlight.equals(other.highlight) && characterSpacing.equals(other.characterSpacing);
        }

        /** A run that is neither italic, underlined, raised nor lowered. */
        public Run(String text, Optional<String> eastAsiaFont, Optional<Length> size, boolean bold,
                   Optional<String> latinFont) {
            this(text, eastAsiaFont, size, bold, latinFont, false, false, false, false, Optional.empty());
        }

        /** A run whose Latin face is not known. */
        public Run(String text, Optional<String> eastAsiaFont, Optional<Length> size, boolean bold) {
            this(text, eastAsiaFont, size, bold, Optional.empty());
        }

        /** Whether it is italic, underlined, raised, lowered or struck through. */
        public boolean emphasised() {
            return italic || underline || superscript || subscript || strike || doubleStrike;
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
     * The space a paragraph has above and below it ({@code w:spacing}). Word measures it in lines
     * ({@code beforeLines}, in hundredths of a line) in preference to the length when the lines are
     * given and not 0.
     *
     * @param before the space above; 0 if none
     * @param after the space below; 0 if none
     * @param beforeLines the space above in hundredths of a line, 0 if none
     * @param afterLines the space below in hundredths of a line, 0 if none
     */
    public record Space(Length before, Length after, int beforeLines, int afterLines) {
        /** No space above or below. */
        public static final Space NONE = new Space(Length.twips(0), Length.twips(0), 0, 0);
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
     * @param cellMargins the space the table's cells keep between their left and right edges and their
     *                    text ({@code w:tblCellMar}, in twips), each side; empty where the table states none
     */
    public record Table(int number, List<Length> columnWidths, List<Row> rows, Optional<Length> width,
                        Optional<Length> textWidth, boolean landscape, Optional<Length> cellMargins) implements Item {
        public Table {
            columnWidths = List.copyOf(columnWidths);
            rows = List.copyOf(rows);
        }

        public Table(int number, List<Length> columnWidths, List<Row> rows, Optional<Length> width,
                     Optional<Length> textWidth, boolean landscape) {
            this(number, columnWidths, rows, width, textWidth, landscape, Optional.empty());
        }

        /** The same table on pages of the given width and orientation. */
        public Table on(Optional<Length> width, Optional<Length> textWidth, boolean landscape) {
            return new Table(number, columnWidths, rows, width, textWidth, landscape, cellMargins);
        }

        /** The same table with these rows (its cells' pictures read, say). */
        public Table withRows(List<Row> rows) {
            return new Table(number, columnWidths, rows, width, textWidth, landscape, cellMargins);
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

}
