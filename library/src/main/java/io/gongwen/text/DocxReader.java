package io.gongwen.text;

import io.gongwen.text.recognition.Line;
import io.gongwen.text.recognition.DocxRecogniser;
import io.gongwen.text.recognition.StructureRecogniser;
import io.gongwen.text.recognition.TableReader;
import io.gongwen.DocumentElement;
import io.gongwen.DocumentReadException;
import io.gongwen.Emphasis;
import io.gongwen.Font;
import io.gongwen.FormattedText;
import io.gongwen.Image;
import io.gongwen.InvalidDocumentException;
import io.gongwen.Length;
import io.gongwen.Span;
import io.gongwen.docx.WordDocument;
import io.gongwen.docx.read.WordContent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads an existing .docx into the model, whatever its formatting: its paragraphs go through the
 * same recogniser as a draft's lines ({@link DraftReader}), so manual numbering typed as text
 * ("一、", "（一）", "1.") becomes sections, and the head block, title, main recipients, attachment
 * note, signature, date, note, bound attachments, attendance lists and colophon are found the same
 * way. The layout is not kept (the writer lays the document out anew), but it is evidence beside the
 * words: centred paragraphs at the top are the title, a date at the right margin closes the document,
 * a heading style or bold leading words make a numbered line a heading. Character formatting inside
 * body paragraphs, the text of run-in headings and articles' text (第一条) is kept as
 * {@link io.gongwen.Span}s: bold, italic, underline, strike-through, superscript, subscript, and a 楷体
 * stretch in a paragraph of another face; in a heading's own text, a chapter's title (第一章) and the
 * document's title ({@link io.gongwen.OfficialDocument#titleSpans()}: "PM₂.₅", "10⁴") the same but
 * bold, which is the heading's or the title's style and not a span, as is a face over the whole of it;
 * an article's number is in its own style. Colours, other sizes, highlighting, capitals and character
 * spacing are dropped, with a warning; spans in the head block, the closing and an attachment's or an
 * issued document's title are not kept, and those that change how the text reads (a superscript, an
 * italic word) are warned of.
 *
 * <ul>
 * <li>Word's automatic numbering ({@code w:numPr} on a paragraph) is printed as Word prints it ("一、",
 * "（一）", "1.") and read like typed numbers; numbering the reader cannot print (bullets,
 * numbering carried by a paragraph style) is left out; a paragraph numbered directly in a way the reader
 * cannot print gets a warning.</li>
 * <li>Line breaks inside a paragraph ({@code w:br}) split it into lines, except in the title,
 * whose lines they are, and in an attachment's title, which is one title.</li>
 * <li>Tables become the model's {@link io.gongwen.Table}: the cells' text with its bold, italic,
 * underlined, struck, raised and lowered runs and its footnotes and endnotes, as a body paragraph's
 * (the bold of a header row bold throughout is the header's look, not a span), the columns in the
 * proportions of the table's grid, cells spanning columns and rows, and the rows Word repeats on each
 * page as header rows. A table the model refuses is kept as paragraphs, with their spans and notes,
 * and a warning.</li>
 * <li>Pictures ({@code w:drawing}) of the body, of the attachments and of the documents this one
 * issues become {@link io.gongwen.Image} blocks of that body, each on a line of its own where it stood
 * or after its paragraph's text; pictures in table cells are kept in their cells the same way
 * ({@link io.gongwen.Table.Cell#pictures()}); floating seals are left out, and pictures where the
 * writer sets the page as the standard lays it out (above the body: a logo in the head block or the
 * title; in closing lines: a seal, a signature) are left out with a warning that says which.</li>
 * <li>Text boxes, shapes with text and WordArt are not laid out: their text is read as paragraphs
 * right after the paragraph each is anchored in, with a warning naming that paragraph.</li>
 * <li>Footnotes and endnotes become {@link io.gongwen.Note}s of the body paragraph, heading, run-in
 * text, article, chapter title or table cell where their marks stand, and of the title
 * ({@link io.gongwen.OfficialDocument#titleNotes()}: a speech's note on its title, numbered first),
 * their text with its spans; a note whose mark stands elsewhere (a chapter's number without a title,
 * an attachment's or an issued document's title, the closing), a mark naming
 * no note or a note already read, and the marks inside a note are left out with a warning.</li>
 * <li>Tracked changes are read as if all were accepted (a paragraph whose mark was deleted joins the
 * next, a table row deleted whole is gone), or, with {@link Builder#rejectChanges()}, all rejected; a
 * warning says how many and which.</li>
 * <li>A page break before a paragraph ({@code w:pageBreakBefore}, set on it or by its style, or a
 * {@code w:br w:type="page"}) is a {@link io.gongwen.PageBreak}; one between the words of a body
 * paragraph splits it, the words after it a paragraph of their own after a {@code PageBreak}, with a
 * warning; a section of text on landscape pages is a landscape stretch.</li>
 * <li>Headers, footers and comments are not read; so the letter format's mark, which is in the first
 * page's header, is not either.</li>
 * </ul>
 * Warnings carry the 1-based paragraph number (counting every paragraph, empty ones and those in
 * tables) as their line.
 *
 * <p>Hostile files are refused with a {@link DocumentReadException} naming the file; see
 * {@link #open(Path)} for the limits. Instances are immutable and thread-safe.
 */
public final class DocxReader {
    private final DocxRecogniser recogniser;
    private final LibreOfficeConverter converter;
    private final io.gongwen.docx.Revisions revisions;

    private DocxReader(Builder b) {
        this.recogniser = new DocxRecogniser(new StructureRecogniser(b.drop, b.specification, b.renumber), b.paragraphText);
        this.converter = b.converter;
        this.revisions = b.revisions;
    }

    /**
     * A reader that keeps every paragraph and writes to the standard's specification.
     *
     * @return a reader without drop patterns or a converter, keeping the documents' numbers
     */
    public static DocxReader standard() {
        return builder().build();
    }

    /**
     * Opens a .docx, to read it ({@link #read(WordDocument)}) and check it
     * ({@link io.gongwen.check.DocxChecker#check(WordDocument)}) without reading the file twice.
     * Refused with a {@link DocumentReadException} that names the file: a file that is not a zip, a
     * truncated or damaged archive, an OLE2 file (a Word 97-2003 .doc, or a password-protected .docx:
     * see {@link LibreOfficeConverter}), a package without a main document, a part that inflates more
     * than 100 times or to more than 64 MB (zip bombs), XML that is not well-formed or declares a DTD or
     * entities (which are never resolved), more than 500,000 paragraphs or 20 million characters, and
     * more than 20,000 footnotes, endnotes or marks of them.
     *
     * @param file the .docx
     * @return the document as read, its tracked changes accepted
     * @throws InvalidDocumentException if {@code file} is null
     */
    public static WordDocument open(Path file) {
        return WordContent.read(file);
    }

    /**
     * Opens a .docx as {@link #open(Path)} does, its tracked changes read as {@code revisions} says: as
     * if all were accepted, or all rejected (see {@link Builder#rejectChanges()}).
     *
     * @param file the .docx
     * @param revisions how its tracked changes are read
     * @return the document as read
     * @throws InvalidDocumentException if {@code file} or {@code revisions} is null
     * @throws DocumentReadException as {@link #open(Path)} does
     */
    public static WordDocument open(Path file, io.gongwen.docx.Revisions revisions) {
        return WordContent.read(file, revisions);
    }

    /**
     * How this reader reads tracked changes.
     *
     * @return {@link io.gongwen.docx.Revisions#REJECTED} if built with {@link Builder#rejectChanges()},
     *         else {@link io.gongwen.docx.Revisions#ACCEPTED}
     */
    public io.gongwen.docx.Revisions revisions() {
        return revisions;
    }


    /**
     * A builder for a reader with drop patterns or another specification.
     *
     * @return a builder without drop patterns or a converter and with the standard's specification
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a .docx into a draft: the document and the reader's warnings. With a converter
     * ({@link Builder#convertWith}), a .doc, .wps, .rtf or .odt file is converted to .docx first.
     *
     * @param file the .docx (or, with a converter, a file of a {@link LibreOfficeConverter.Format}); the
     *             format is told by the first bytes, not by the name
     * @return the document and the reader's warnings
     * @throws DocumentReadException if the file cannot be read or is not a usable .docx (or could not be
     *                               converted)
     * @throws InvalidDocumentException if its text cannot be laid out (it has no text at all, or a paragraph
     *                                  holds characters a document cannot carry); the field names the
     *                                  paragraph
     */
    public Draft read(Path file) {
        boolean convert = converter != null && LibreOfficeConverter.formatOf(file).isPresent();
        return read(convert ? converter.read(file, revisions) : WordContent.read(file, revisions));
    }

    /**
     * Reads a .docx that {@link #open(Path)} has already opened.
     *
     * @param docx the .docx's paragraphs and tables, opened reading its tracked changes as this reader
     *             does ({@link #open(Path, io.gongwen.docx.Revisions)} with {@link #revisions()})
     * @return the document and the reader's warnings
     * @throws InvalidDocumentException as {@link #read(Path)} does, and naming {@code docx} if it was
     *                                  opened reading its tracked changes otherwise than this reader does
     */
    public Draft read(WordDocument docx) {
        WordContent content = WordContent.of(docx);
        if (content.revisions() != revisions && content.trackedChanges() > 0) {
            throw new InvalidDocumentException("docx", "was opened with its tracked changes "
                    + content.revisions().name().toLowerCase(java.util.Locale.ROOT) + ", and this reader reads them "
                    + revisions.name().toLowerCase(java.util.Locale.ROOT) + "; open it with DocxReader.open(file, "
                    + "Revisions." + revisions.name() + ")");
        }
        return recogniser.draft(content);
    }


    /** Builds a {@link DocxReader}. Not thread-safe. */
    public static final class Builder extends ReaderBuilder<Builder> {
        private UnaryOperator<String> paragraphText = UnaryOperator.identity();
        private LibreOfficeConverter converter;
        private io.gongwen.docx.Revisions revisions = io.gongwen.docx.Revisions.ACCEPTED;

        private Builder() {
        }

        /**
         * Reads each document as if every tracked change in it were rejected (Word's "Reject All
         * Changes"): deleted and moved-away text is kept, inserted and moved-in text is not, runs and
         * paragraphs have the formatting they had before it was changed ({@code w:rPrChange},
         * {@code w:pPrChange}: bold, italic, the style, automatic numbering, alignment, indents), and a
         * paragraph whose mark was inserted runs on into the next, so a paragraph inserted whole is gone.
         * Changes to the page set-up and to tables' formatting are read as accepted in either reading.
         * The warning for the whole document says so ("read as if its 4 tracked changes were rejected").
         * Without it the changes are read as accepted.
         *
         * @return this builder
         */
        public Builder rejectChanges() {
            revisions = io.gongwen.docx.Revisions.REJECTED;
            return this;
        }

        /**
         * A change made to each paragraph's text (with its automatic number printed in front) before it is
         * recognised, e.g. the text checker's safe fixes: {@code paragraphText(TextChecker::applySafeFixes)}.
         * It must keep the text's meaning; the identity unless set.
         *
         * @param change called with each paragraph's text and, where it changes a paragraph with formatted
         *               stretches, with the pieces inside and between them; must not return null
         * @return this builder
         */
        public Builder paragraphText(UnaryOperator<String> change) {
            if (change == null) {
                throw new InvalidDocumentException("paragraphText", "must not be null");
            }
            paragraphText = change;
            return this;
        }

        /**
         * Reads Word 97-2003 .doc, WPS .wps, .rtf and .odt files too, by converting them to .docx with
         * LibreOffice first ({@link LibreOfficeConverter#find()} finds it); without a converter they are
         * refused with a message that says so.
         *
         * @param converter the converter, e.g. {@code LibreOfficeConverter.find().orElseThrow()}
         * @return this builder
         */
        public Builder convertWith(LibreOfficeConverter converter) {
            if (converter == null) {
                throw new InvalidDocumentException("converter", "must not be null");
            }
            this.converter = converter;
            return this;
        }

        /**
         * A reader with these settings; the builder can go on being used.
         *
         * @return a new reader
         */
        public DocxReader build() {
            return new DocxReader(this);
        }
    }
}
