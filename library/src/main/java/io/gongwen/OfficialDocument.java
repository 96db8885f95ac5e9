package io.gongwen;


import io.gongwen.internal.Checks;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An official document (公文), immutable, laid out by its {@link Specification}. Build one with
 * {@link #builder()}:
 *
 * <pre>{@code
 * OfficialDocument doc = OfficialDocument.builder()
 *     .title("县政府办2020年上半年工作总结")
 *     .paragraph("2020年，在县委、县政府的正确领导下，……")
 *     .section("工作运转高质高效", s -> s
 *         .runIn("办文办会细致严谨。", "按照办文、办会、办事“零差错”……")
 *         .runIn("应急值守责任到位。", "严格落实24小时专人值班制度……"))
 *     .signature("县人民政府办公室")
 *     .date(LocalDate.of(2020, 7, 1))
 *     .build();
 * doc.writeTo(Path.of("report.docx"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: one document can be written from several threads at
 * once, and always gives the same bytes.
 */
public final class OfficialDocument {
    private final DocumentFormat format;
    private final HeadBlock headBlock;
    private final Optional<Integer> orderNumber;
    private final Optional<String> minutesNumber;
    private final List<String> title;
    private final List<Span> titleSpans;
    private final List<Note> titleNotes;
    private final List<String> addressees;
    private final List<Block> body;
    private final List<Attendance> attendances;
    private final Closing closing;
    private final List<Attachment> attachments;
    private final List<IssuedDocument> issued;
    private final Colophon colophon;
    private final Specification specification;
    private final NoteNumbering footnoteNumbering;
    private final NoteNumbering endnoteNumbering;

    private OfficialDocument(Builder b) {
        if (b.title.isEmpty() && b.format.needsTitle() && !b.untitled) {
            throw new InvalidDocumentException("title", "must not be blank: a document needs a title");
        }
        this.format = b.format;
        this.headBlock = b.headBlock();
        this.orderNumber = b.orderNumber;
        this.minutesNumber = b.minutesNumber;
        this.title = b.title.size() == 1 && b.autoBreakTitle
                ? TitleBreaker.lines(b.title.get(0), b.specification) : List.copyOf(b.title);
        // the breaker only cuts (its lines join to the title), so offsets into the joined lines stay valid
        this.titleSpans = b.titleSpans;
        this.titleNotes = b.titleNotes;
        this.addressees = List.copyOf(b.addressees);
        this.body = b.blocks();
        this.attendances = List.copyOf(b.attendances);
        this.attachments = b.attachments.stream().map(a -> a.broken(b.specification)).toList();
        this.issued = List.copyOf(b.issued);
        this.closing = new Closing(b.attachmentNote.isEmpty()
                ? attachments.stream().map(Attachment::title).toList() : b.attachmentNote,
                b.attachmentNoteLabel, b.signatures, b.signatories, b.date, b.note);
        this.colophon = new Colophon(b.copyTo, b.printer, b.printDate);
        this.specification = b.specification;
        this.footnoteNumbering = b.footnoteNumbering;
        this.endnoteNumbering = b.endnoteNumbering;
        validate();
    }

    /** The rules that tie fields together; each field alone was checked as it was set. */
    private void validate() {
        List<String> attachmentNote = closing.attachmentNote();
        List<Signature> signatures = closing.signatures();
        List<Signatory> signatories = closing.signatories();
        Optional<LocalDate> date = closing.date();
        if (!attachments.isEmpty() && !attachmentNote.equals(attachments.stream().map(Attachment::title).toList())) {
            throw new InvalidDocumentException("attachmentNote", "does not match the attachments' titles: "
                    + attachmentNote + " against " + attachments.stream().map(Attachment::title).toList());
        }
        if (!signatures.isEmpty() && !signatories.isEmpty()) {
            throw new InvalidDocumentException("signatory",
                    "a document is signed either by bodies (signature) or by signatories with signature seals, not both");
        }
        long sealed = signatures.stream().filter(s -> s.seal().isPresent()).count();
        if (sealed > 0 && sealed < signatures.size()) {
            throw new InvalidDocumentException("signature", "seal every signature of a jointly sealed document or none ("
                    + sealed + " of " + signatures.size() + " sealed)");
        }
        if ((sealed > 0 || !signatories.isEmpty()) && date.isEmpty()) {
            throw new InvalidDocumentException("date", "a sealed or signature-sealed document needs its date: the seal covers it");
        }
        if (!headBlock.signers().isEmpty() && headBlock.documentNumber().isEmpty()) {
            throw new InvalidDocumentException("signers", "need the document number: the two share a line");
        }
        if (!headBlock.signers().isEmpty() && format != DocumentFormat.GENERAL) {
            throw new InvalidDocumentException("signers", "belong to the general format, not " + format);
        }
        if (minutesNumber.isPresent() && format != DocumentFormat.MINUTES) {
            throw new InvalidDocumentException("minutesNumber", "belongs to the MINUTES format; this document is " + format);
        }
        if (minutesNumber.isPresent() && headBlock.documentNumber().isPresent()) {
            throw new InvalidDocumentException("minutesNumber", "minutes carry either a 发文字号 or their own number, not both");
        }
        if (orderNumber.isPresent() && format != DocumentFormat.ORDER) {
            throw new InvalidDocumentException("orderNumber", "belongs to the ORDER format; this document is " + format);
        }
        if (format == DocumentFormat.ORDER) {
            if (headBlock.issuers().isEmpty() && !headBlock.preprinted()) {
                throw new InvalidDocumentException("issuers", "an order needs the issuer's name for its mark");
            }
            if (headBlock.documentNumber().isPresent()) {
                throw new InvalidDocumentException("documentNumber", "an order carries an order number (令号): use orderNumber");
            }
        }
        if (!attendances.isEmpty() && format != DocumentFormat.MINUTES) {
            throw new InvalidDocumentException("attendance", "belongs to the MINUTES format; this document is " + format);
        }
        PageBreaks.check("body", body);
        for (int i = 0; i < attachments.size(); i++) {
            PageBreaks.check("attachments[" + i + "].body", attachments.get(i).body());
        }
        for (int i = 0; i < issued.size(); i++) {
            PageBreaks.check("issued[" + i + "].body", issued.get(i).body());
        }
        if (!format.hasFullColophon() && colophon.printer().isPresent()) {
            throw new InvalidDocumentException("printedBy", "a letter's colophon has no printing office or date (§10.1)");
        }
    }

    /**
     * A builder for a document laid out to the standard's {@link Specification}.
     *
     * @return an empty builder: the general format, the standard's specification, no title yet
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The layout: general, letter, order or minutes.
     *
     * @return the format; {@link DocumentFormat#GENERAL} unless the builder set another
     */
    public DocumentFormat format() {
        return format;
    }

    /**
     * The head block (版头); {@link HeadBlock#NONE} if the document has none.
     *
     * @return the head block, or {@link HeadBlock#NONE}
     */
    public HeadBlock headBlock() {
        return headBlock;
    }

    /**
     * An order's number (令号), printed "第N号"; only in the {@link DocumentFormat#ORDER} format.
     *
     * @return the number N, at least 1; empty unless the document is an order that has one
     */
    public Optional<Integer> orderNumber() {
        return orderNumber;
    }

    /**
     * The number minutes print under their mark where other documents print the 发文字号
     * ("〔2026〕第5次", "第12期"), as written; empty if none.
     *
     * @return the number as given to the builder, or empty
     */
    public Optional<String> minutesNumber() {
        return minutesNumber;
    }

    /**
     * The title's lines (标题), printed centred: broken automatically unless the caller gave the lines (see
     * {@link Builder#title}).
     *
     * @return the lines, top first; empty only for an order or an {@link Builder#untitled() untitled}
     *         document
     */
    public List<String> title() {
        return title;
    }

    /**
     * The stretches of the title formatted otherwise than the title's style (小标宋): a superscript
     * (10⁴), a subscript (PM₂.₅), italic, underline, strike-through or another face. Never bold: the
     * title's face is its weight. Counted over the title's lines joined without separators, as
     * {@link #titleFormatted()} gives them.
     *
     * @return the spans in order; empty for most titles
     */
    public List<Span> titleSpans() {
        return titleSpans;
    }

    /**
     * The footnotes and endnotes whose marks stand in the title (a speech published with a note on its
     * title: "……的讲话①"), each placed in the title's lines joined without separators. Their numbers
     * come before the body's.
     *
     * @return the notes in the order of their marks; empty for most titles
     */
    public List<Note> titleNotes() {
        return titleNotes;
    }

    /**
     * The whole title as one text, its lines joined without separators, with its spans and notes.
     *
     * @return the title; empty text for a document without one
     */
    public FormattedText titleFormatted() {
        return new FormattedText(String.join("", title), titleSpans, titleNotes);
    }

    /**
     * The title's lines, each with the spans and notes that stand in it, counted from its own first
     * character: how the writers print it. A span over a line's end goes on at the next line's start; a
     * note whose mark stands where one line ends and the next begins is the first line's (its mark
     * follows that line's last character).
     *
     * @return the lines, top first, as {@link #title()} gives their text; empty for a document without a title
     */
    public List<FormattedText> titleLines() {
        if (titleSpans.isEmpty() && titleNotes.isEmpty()) {
            return title.stream().map(FormattedText::of).toList();
        }
        int[] from = new int[title.size()];
        int[] to = new int[title.size()];
        int at = 0;
        for (int i = 0; i < title.size(); i++) {
            from[i] = at;
            at += title.get(i).length();
            to[i] = at;
        }
        return List.copyOf(FormattedText.pieces(titleFormatted(), from, to));
    }

    /**
     * The lines of the main recipients (主送机关); the last ends with a full-width colon. Possibly empty.
     *
     * @return the lines, top first, or empty
     */
    public List<String> addressees() {
        return addressees;
    }

    /**
     * The body (正文): paragraphs and numbered sections.
     *
     * @return the blocks in reading order; empty if the document has no body
     */
    public List<Block> body() {
        return body;
    }

    /**
     * The attendance lists of minutes (出席, 请假, 列席), in order.
     *
     * @return the lists in the order they were added; empty unless the document is minutes that have them
     */
    public List<Attendance> attendances() {
        return attendances;
    }

    /**
     * The closing of the text: attachment note, signatures or signatories, date and note.
     *
     * @return the closing; its parts are empty where the document has none
     */
    public Closing closing() {
        return closing;
    }

    /**
     * The documents this one issues or forwards (印发, 转发, 公布), printed after its closing, each
     * from a new page with its own title; see {@link IssuedDocument}.
     *
     * @return the issued documents in order, or empty
     */
    public List<IssuedDocument> issued() {
        return issued;
    }

    /**
     * The attachments (附件) bound with the document, each starting on a new page.
     *
     * @return the attachments in order, or empty
     */
    public List<Attachment> attachments() {
        return attachments;
    }

    /**
     * The colophon (版记); {@link Colophon#NONE} if the document has none.
     *
     * @return the colophon; {@link Colophon#isEmpty() empty} if the document has none
     */
    public Colophon colophon() {
        return colophon;
    }

    /**
     * The layout this document is written with.
     *
     * @return the specification, the standard's unless the builder set another
     */
    public Specification specification() {
        return specification;
    }

    /**
     * How the footnotes are numbered: where the numbers start again, their form, the first.
     *
     * @return {@link NoteNumbering#continuous()} unless the builder set another
     */
    public NoteNumbering footnoteNumbering() {
        return footnoteNumbering;
    }

    /**
     * How the endnotes are numbered.
     *
     * @return {@link NoteNumbering#continuous()} unless the builder set another
     */
    public NoteNumbering endnoteNumbering() {
        return endnoteNumbering;
    }

    /**
     * The date as the standard writes it: "2020年7月1日".
     *
     * @param date the date to write
     * @return the year, month and day in Arabic digits without leading zeros, followed by 年, 月 and 日
     * @throws InvalidDocumentException naming {@code date} if it is null
     */
    public static String formatDate(LocalDate date) {
        Checks.present("date", date);
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * A plain-text outline: the title, then one line per block with headings numbered as they will
     * print and the start of each paragraph, indented two spaces per level of nesting. Stable across
     * versions of the writer, so it suits snapshot tests of report builders.
     *
     * @return the outline, each line ended by {@code '\n'}
     */
    public String outline() {
        return DocumentOutline.of(this);
    }

    /**
     * Writes the .docx to a file, replacing an existing one atomically: the document is written to a
     * temporary file in the same directory, which then replaces the target. If anything fails, or the JVM
     * shuts down halfway, the old file is untouched and the temporary file is removed. A symbolic link is
     * followed and the file it points to replaced; a device or FIFO ({@code /dev/stdout}, a named pipe) is
     * written to directly, because replacing it would delete it.
     *
     * <p>The name's extension chooses the format among the {@link DocumentWriter}s on the class path:
     * {@code .docx} always, {@code .pdf} with the module {@code gongwen4j-layout}, {@code .ofd} with
     * the module {@code gongwen4j-ofd}. A name with no extension, or one no format claims, gets a
     * .docx; a name that says another format ({@code x.pdf} or {@code x.ofd} without its module,
     * {@code x.doc}, {@code x.txt}) is refused rather than given a Word
     * file under it.
     *
     * @param file the file to write or replace
     * @throws InvalidDocumentException naming {@code file} if it is null or its name ends in the extension of
     *                                  a format there is no writer for
     * @throws DocumentWriteException if writing fails; the message names the file
     */
    public void writeTo(Path file) {
        if (file == null) {
            throw new InvalidDocumentException("file", "must not be null");
        }
        java.util.Optional<DocumentWriter> writer = Writers.forFile(file);
        if (writer.isPresent()) {
            writer.get().write(this, file);
            return;
        }
        String extension = Writers.extension(file);
        if (OTHER_FORMATS.contains(extension)) {
            throw new InvalidDocumentException("file", "is named " + extension + ", but there is no writer for "
                    + extension + " files; name it .docx" + (extension.equals(".pdf")
                    ? " (PDF comes with the module io.gongwen:gongwen4j-layout)" : extension.equals(".ofd")
                    ? " (OFD comes with the module io.gongwen:gongwen4j-ofd)" : "") + ": " + file);
        }
        Writers.docx().write(this, file);
    }

    /** Extensions of the formats a .docx must not be written under. */
    private static final java.util.Set<String> OTHER_FORMATS = java.util.Set.of(".pdf", ".ofd", ".doc", ".wps",
            ".odt", ".rtf", ".txt", ".md", ".html", ".htm", ".xml", ".docm", ".dotx", ".dot", ".png", ".jpg", ".jpeg");

    /**
     * Writes the .docx to a stream, which is left open. If writing fails, part of the document may
     * have reached the stream; write to a {@link Path} for all-or-nothing.
     *
     * @param out the stream to write to; not closed
     * @throws InvalidDocumentException naming {@code out} if it is null
     * @throws DocumentWriteException if the stream fails
     */
    public void writeTo(OutputStream out) {
        Writers.docx().write(this, out);
    }

    /**
     * The .docx as bytes. The same document always gives the same bytes.
     *
     * @return the whole .docx file
     */
    public byte[] toBytes() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(32 * 1024);
        Writers.docx().write(this, out);
        return out.toByteArray();
    }

    /**
     * Whether {@code o} is a document with the same content and layout: the same format, head block,
     * title lines, main recipients, body, closing, attachments, issued documents, colophon and
     * specification. Two documents built the same way are equal.
     *
     * @param o the object to compare with
     * @return whether it is an equal document
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof OfficialDocument d && format == d.format && headBlock.equals(d.headBlock)
                && orderNumber.equals(d.orderNumber) && minutesNumber.equals(d.minutesNumber)
                && title.equals(d.title) && titleSpans.equals(d.titleSpans) && titleNotes.equals(d.titleNotes)
                && addressees.equals(d.addressees) && body.equals(d.body)
                && attendances.equals(d.attendances) && closing.equals(d.closing)
                && attachments.equals(d.attachments) && issued.equals(d.issued) && colophon.equals(d.colophon)
                && specification.equals(d.specification)
                && footnoteNumbering.equals(d.footnoteNumbering) && endnoteNumbering.equals(d.endnoteNumbering);
    }

    /**
     * A hash of the document's content, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(format, headBlock, orderNumber, minutesNumber, title, titleSpans, titleNotes,
                addressees, body,
                attendances, closing, attachments, issued, colophon,
                specification, footnoteNumbering, endnoteNumbering);
    }

    /**
     * A builder that starts from this document: every part set as it is here, the body's blocks first,
     * sections added next numbered on from the last. {@code doc.toBuilder().build()} equals
     * {@code doc} and writes the same bytes; change a part and build to get a changed copy:
     * {@code doc.toBuilder().date(LocalDate.of(2027, 1, 4)).build()}. The title keeps its lines as
     * broken; the heading levels in use are the standard's unless set again.
     *
     * @return a new builder holding this document's parts
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.format = format;
        b.copyNumber = headBlock.copyNumber();
        b.secrecy = headBlock.secrecy();
        b.secrecyPeriod = headBlock.secrecyPeriod();
        b.urgency = headBlock.urgency();
        b.issuers = headBlock.issuers();
        b.markSuffix = headBlock.markSuffix();
        b.preprinted = headBlock.preprinted();
        b.documentNumber = headBlock.documentNumber();
        b.signers = headBlock.signers();
        b.orderNumber = orderNumber;
        b.minutesNumber = minutesNumber;
        b.title.addAll(title);
        b.titleSpans = titleSpans;
        b.titleNotes = titleNotes;
        b.untitled = title.isEmpty();
        b.addressees.addAll(addressees);
        b.resume(body);
        b.attendances.addAll(attendances);
        // a note that only lists the bound attachments stays derived from them, so that one added goes in it
        boolean derived = !attachments.isEmpty()
                && closing.attachmentNote().equals(attachments.stream().map(Attachment::title).toList());
        b.attachmentNote = derived ? List.of() : closing.attachmentNote();
        b.attachmentNoteLabel = closing.attachmentNoteLabel();
        b.attachments.addAll(attachments);
        b.issued.addAll(issued);
        b.signatures.addAll(closing.signatures());
        b.signatories.addAll(closing.signatories());
        b.date = closing.date();
        b.note = closing.note();
        b.copyTo = colophon.copyTo();
        b.printer = colophon.printer();
        b.printDate = colophon.printDate();
        b.specification = specification;
        b.footnoteNumbering = footnoteNumbering;
        b.endnoteNumbering = endnoteNumbering;
        return b;
    }

    /**
     * Builds an {@link OfficialDocument}. Every method validates its argument at once and throws
     * {@link InvalidDocumentException} naming the field. Not thread-safe; {@link #build()} has no side
     * effects, so a builder can build several documents.
     */
    public static final class Builder extends BodyBuilder<Builder> {
        private static final List<HeadingLevel> STANDARD_LEVELS = List.of(HeadingLevel.values());
        /** The characters {@code \R} matches one at a time: where {@link #title(String...)} splits a title's lines. */
        private static final String LINE_BREAKS = "\n\u000B\f\r\u0085\u2028\u2029";

        private final List<String> title = new ArrayList<>();
        /** Over the title's lines joined, as {@link OfficialDocument#titleSpans()}. */
        private List<Span> titleSpans = List.of();
        private List<Note> titleNotes = List.of();
        private boolean autoBreakTitle;
        private final List<String> addressees = new ArrayList<>();
        private List<HeadingLevel> headingLevels = STANDARD_LEVELS;
        private DocumentFormat format = DocumentFormat.GENERAL;
        private Optional<String> copyNumber = Optional.empty();
        private Optional<Secrecy> secrecy = Optional.empty();
        private Optional<String> secrecyPeriod = Optional.empty();
        private Optional<Urgency> urgency = Optional.empty();
        private List<String> issuers = List.of();
        private Optional<String> markSuffix = Optional.empty();
        private boolean preprinted;
        private Optional<DocumentNumber> documentNumber = Optional.empty();
        private List<String> signers = List.of();
        private Optional<Integer> orderNumber = Optional.empty();
        private Optional<String> minutesNumber = Optional.empty();
        private final List<Attendance> attendances = new ArrayList<>();
        private List<String> attachmentNote = List.of();
        private String attachmentNoteLabel = "附件：";
        private final List<Attachment> attachments = new ArrayList<>();
        private final List<IssuedDocument> issued = new ArrayList<>();
        private boolean untitled;
        private final List<Signature> signatures = new ArrayList<>();
        private final List<Signatory> signatories = new ArrayList<>();
        private List<String> copyTo = List.of();
        private Optional<String> printer = Optional.empty();
        private Optional<LocalDate> printDate = Optional.empty();
        private Optional<LocalDate> date = Optional.empty();
        private Optional<String> note = Optional.empty();
        private Specification specification = Specification.standard();
        private NoteNumbering footnoteNumbering = NoteNumbering.continuous();
        private NoteNumbering endnoteNumbering = NoteNumbering.continuous();

        private Builder() {
            super("");
        }

        @Override
        Optional<HeadingLevel> parentLevel() {
            return Optional.empty();
        }

        @Override
        List<HeadingLevel> headingLevels() {
            return headingLevels;
        }

        /**
         * The title. One argument without line breaks is broken automatically into centred lines that keep
         * words whole and form a trapezoid or diamond ({@link TitleBreaker}, §7.3.1); several arguments, or
         * line breaks inside one, give the lines explicitly. Replaces any title set before.
         *
         * @param lines the whole title, or its lines; blank lines are dropped, but one must have text
         * @return this builder
         */
        public Builder title(String... lines) {
            Checks.present("title", lines);
            List<String> parsed = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String line = Checks.present("title[" + i + "]", lines[i]);
                for (String part : line.split("\\R", -1)) {
                    if (!part.isBlank()) {
                        parsed.add(Checks.text("title[" + i + "]", part));
                    }
                }
            }
            if (parsed.isEmpty()) {
                throw new InvalidDocumentException("title", "must not be blank: " + Checks.quote(String.join("", lines)));
            }
            title.clear();
            title.addAll(parsed);
            titleSpans = List.of();
            titleNotes = List.of();
            autoBreakTitle = lines.length == 1 && parsed.size() == 1;
            return this;
        }

        /**
         * The title with stretches formatted otherwise than the title's style (a superscript: 10⁴; a
         * subscript: PM₂.₅) or notes on it (a speech's title with a footnote saying where it was given):
         * {@link #title(String...)} with spans and notes. One argument without line feeds is broken
         * automatically; several arguments, or line feeds inside one, give the lines explicitly. The
         * spans are not bold: the title's face (小标宋) is its weight. Replaces any title set before.
         *
         * <pre>{@code
         * .title(FormattedText.builder().text("在全市生态环境保护大会上的讲话")
         *         .footnote("2027年3月5日在全市生态环境保护大会上的讲话。").build())
         * }</pre>
         *
         * @param lines the whole title, or its lines, each stripped of white space around it; blank lines
         *              are dropped (a note's mark in one goes to the end of the line before, or to the start
         *              of the first line), but one must have text
         * @return this builder
         * @throws InvalidDocumentException naming {@code title}, {@code title[i]}, {@code title[i].spans[k]}
         *                                  (a bold span) or {@code title[i].notes[k]} (a blank note) for the
         *                                  first that is null, blank or out of place
         */
        public Builder title(FormattedText... lines) {
            Checks.present("title", lines);
            List<FormattedText> parsed = new ArrayList<>();
            // the marks of a blank line before any line with text: they go to the start of the next one
            List<Note> pending = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                int n = i;
                FormattedText line = Checks.present("title[" + i + "]", lines[i]);
                notBold(() -> "title[" + n + "]", "a title", line);
                for (int k = 0; k < line.notes().size(); k++) {
                    int m = k;
                    Checks.text(() -> "title[" + n + "].notes[" + m + "]", line.notes().get(k).text().text());
                }
                // the parts between line breaks, cut in one pass (a part holds no break)
                String t = line.text();
                List<Integer> ends = new ArrayList<>();
                for (int end = 0; end < t.length(); end++) {
                    if (LINE_BREAKS.indexOf(t.charAt(end)) >= 0) {
                        ends.add(end);
                    }
                }
                ends.add(t.length());
                int[] from = new int[ends.size()];
                int[] to = new int[ends.size()];
                for (int k = 0; k < ends.size(); k++) {
                    from[k] = k == 0 ? 0 : ends.get(k - 1) + 1;
                    to[k] = ends.get(k);
                }
                for (FormattedText part : FormattedText.pieces(line, from, to)) {
                    if (!part.text().isBlank()) {
                        Checks.text(() -> "title[" + n + "]", part.text());
                        FormattedText stripped = part.strip();
                        if (!pending.isEmpty()) {
                            pending.addAll(stripped.notes());
                            stripped = new FormattedText(stripped.text(), stripped.spans(), pending);
                            pending.clear();
                        }
                        parsed.add(stripped);
                    } else if (parsed.isEmpty()) {
                        part.notes().forEach(x -> pending.add(x.moved(0)));
                    } else if (!part.notes().isEmpty()) {
                        // a mark on a blank line is not lost: it follows the line before
                        FormattedText last = parsed.remove(parsed.size() - 1);
                        List<Note> marks = new ArrayList<>(last.notes());
                        part.notes().forEach(x -> marks.add(x.moved(last.text().length())));
                        parsed.add(new FormattedText(last.text(), last.spans(), marks));
                    }
                    // \r\n is one break: the empty part between them is blank and dropped above
                }
            }
            if (parsed.isEmpty()) {
                throw new InvalidDocumentException("title", "must not be blank: " + Checks.quote(
                        String.join("", Arrays.stream(lines).map(FormattedText::text).toList())));
            }
            FormattedText joined = joined(parsed);
            title.clear();
            for (FormattedText p : parsed) {
                title.add(p.text());
            }
            titleSpans = joined.spans();
            titleNotes = joined.notes();
            autoBreakTitle = lines.length == 1 && parsed.size() == 1;
            return this;
        }

        /** The lines joined without separators, spans that meet formatted alike made one. */
        private static FormattedText joined(List<FormattedText> lines) {
            StringBuilder text = new StringBuilder();
            List<Span> spans = new ArrayList<>();
            List<Note> notes = new ArrayList<>();
            for (FormattedText line : lines) {
                int at = text.length();
                text.append(line.text());
                for (Span s : line.spans()) {
                    Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                    if (last != null && last.end() == s.start() + at && last.formatsLike(s)) {
                        spans.set(spans.size() - 1, last.moved(last.start(), s.end() + at));
                    } else {
                        spans.add(s.moved(s.start() + at, s.end() + at));
                    }
                }
                for (Note n : line.notes()) {
                    notes.add(n.moved(n.at() + at));
                }
            }
            return new FormattedText(text.toString(), spans, notes);
        }

        /**
         * The main recipients (主送机关), one argument per line, flush left. A full-width colon is
         * added after the last one if it has none (a trailing half-width colon becomes full-width).
         *
         * @param lines at least one line, top first, each naming recipients
         * @return this builder
         */
        public Builder addressee(String... lines) {
            Checks.present("addressee", lines);
            if (lines.length == 0) {
                throw new InvalidDocumentException("addressee", "give at least one line");
            }
            List<String> parsed = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String line = Checks.text("addressee[" + i + "]", lines[i]);
                if (line.chars().allMatch(c -> c == ':' || c == '：' || Character.isWhitespace(c) || c == '\u3000')) {
                    // the colon is the writer's to add; a line of colons alone names no recipient
                    throw new InvalidDocumentException("addressee[" + i + "]",
                            "must name the recipients, not only a colon: " + Checks.quote(line));
                }
                parsed.add(line);
            }
            int last = parsed.size() - 1;
            String end = parsed.get(last);
            if (end.endsWith(":")) {
                end = end.substring(0, end.length() - 1);
            }
            parsed.set(last, end.endsWith("：") ? end : end + "：");
            addressees.clear();
            addressees.addAll(parsed);
            return this;
        }

        /**
         * Which levels the sections use, shallowest first: the default is all four (一、 （一） 1. （1）).
         * A short document may skip one, e.g. {@code headingLevels(ONE, THREE)} numbers 一、 then 1..
         * Must be set before the first section is added.
         *
         * @param levels at least one level, each deeper than the one before
         * @return this builder
         */
        public Builder headingLevels(HeadingLevel... levels) {
            Checks.present("headingLevels", levels);
            if (!blocks().isEmpty()) {
                throw new InvalidDocumentException("headingLevels", "set them before adding the body");
            }
            List<HeadingLevel> list = Arrays.asList(levels);
            if (list.isEmpty()) {
                throw new InvalidDocumentException("headingLevels", "give at least one level");
            }
            for (int i = 0; i < list.size(); i++) {
                Checks.present("headingLevels[" + i + "]", list.get(i));
                if (i > 0 && list.get(i).compareTo(list.get(i - 1)) <= 0) {
                    throw new InvalidDocumentException("headingLevels",
                            "must go strictly downwards (e.g. ONE, THREE): " + list);
                }
            }
            headingLevels = List.copyOf(list);
            return this;
        }

        /**
         * The layout (§10): {@link DocumentFormat#GENERAL} unless set. An order's mark ends with "令" and
         * minutes' with "纪要" unless {@link #markSuffix} says otherwise.
         *
         * @param value general, letter, order or minutes
         * @return this builder
         */
        public Builder format(DocumentFormat value) {
            format = Checks.present("format", value);
            return this;
        }

        /**
         * 份号 (§7.2.1): the copy number, printed as six digits ("000001"); 1..999999.
         *
         * @param number the copy number, 1..999999
         * @return this builder
         */
        public Builder copyNumber(int number) {
            if (number < 1 || number > 999_999) {
                throw new InvalidDocumentException("copyNumber", "must be 1..999999 (printed as six digits): " + number);
            }
            copyNumber = Optional.of(String.format(java.util.Locale.ROOT, "%06d", number));
            return this;
        }

        /**
         * 份号 as printed: exactly six ASCII digits, not all zero, e.g. "000001".
         *
         * @param sixDigits the copy number as printed, "000001".."999999"
         * @return this builder
         */
        public Builder copyNumber(String sixDigits) {
            String t = Checks.present("copyNumber", sixDigits);
            if (!t.matches("[0-9]{6}") || t.equals("000000")) {
                throw new InvalidDocumentException("copyNumber", "must be six digits such as 000001: " + Checks.quote(t));
            }
            copyNumber = Optional.of(t);
            return this;
        }

        /**
         * 密级 (§7.2.2) without a period, e.g. 机密.
         *
         * @param level the secrecy level
         * @return this builder
         */
        public Builder secrecy(Secrecy level) {
            secrecy = Optional.of(Checks.present("secrecy", level));
            secrecyPeriod = Optional.empty();
            return this;
        }

        /**
         * 密级和保密期限 (§7.2.2), printed "机密★1年": the period in Arabic digits followed by 年 or 个月,
         * or 长期.
         *
         * @param level the secrecy level
         * @param period how long it lasts: "1年", "6个月" (one to three digits, no leading zero) or "长期"
         * @return this builder
         */
        public Builder secrecy(Secrecy level, String period) {
            Checks.present("secrecy", level);
            String p = Checks.text("secrecyPeriod", period);
            if (!p.matches("[1-9][0-9]{0,2}(年|个月)|长期")) {
                throw new InvalidDocumentException("secrecyPeriod",
                        "must be Arabic digits followed by 年 or 个月 (e.g. 1年, 6个月), or 长期: " + Checks.quote(p));
            }
            secrecy = Optional.of(level);
            secrecyPeriod = Optional.of(p);
            return this;
        }

        /**
         * 紧急程度 (§7.2.3).
         *
         * @param value 特急 or 加急
         * @return this builder
         */
        public Builder urgency(Urgency value) {
            urgency = Optional.of(Checks.present("urgency", value));
            return this;
        }

        /**
         * The issuing bodies in the red mark (发文机关标志, §7.2.4), host first. Several make a joint
         * mark: the names stacked, the {@link #markSuffix suffix} centred to their right.
         *
         * @param names at least one name, host first
         * @return this builder
         */
        public Builder issuers(String... names) {
            issuers = Checks.texts("issuers", names, true);
            return this;
        }

        /**
         * The word after the issuers' names in the mark, usually "文件".
         *
         * @param suffix the word as printed, e.g. "文件"; not blank
         * @return this builder
         */
        public Builder markSuffix(String suffix) {
            markSuffix = Optional.of(Checks.text("markSuffix", suffix));
            return this;
        }

        /**
         * The mark and the red rule are pre-printed on the paper (套红信纸): their space is kept, they
         * are not drawn.
         *
         * @return this builder
         */
        public Builder preprintedLetterhead() {
            preprinted = true;
            return this;
        }

        /**
         * 发文字号 (§7.2.5), e.g. "国办发〔2012〕10号"; see {@link DocumentNumber#parse} for what is
         * corrected and what is rejected.
         *
         * @param number the document number as written
         * @return this builder
         */
        public Builder documentNumber(String number) {
            documentNumber = Optional.of(DocumentNumber.parse(number));
            return this;
        }

        /**
         * 签发人 (§7.2.6) of a document to a higher authority (上行文): printed right of the document
         * number, names in 楷体, two per line. Needs a document number.
         *
         * @param names at least one name, in the order printed
         * @return this builder
         */
        public Builder signers(String... names) {
            signers = Checks.texts("signers", names, true);
            return this;
        }

        /**
         * An order's number (令号, §10.2), printed "第N号"; format {@link DocumentFormat#ORDER} only.
         *
         * @param number N of "第N号", at least 1
         * @return this builder
         */
        public Builder orderNumber(int number) {
            if (number < 1) {
                throw new InvalidDocumentException("orderNumber", "must be at least 1: " + number);
            }
            orderNumber = Optional.of(number);
            return this;
        }

        /**
         * The number of minutes (纪要编号), printed as given, centred two lines below the mark where the
         * 发文字号 stands: "〔2026〕第5次", "（第12期）". For the {@link DocumentFormat#MINUTES} format.
         *
         * @param number the number as printed
         * @return this builder
         */
        public Builder minutesNumber(String number) {
            String n = Checks.text("minutesNumber", number);
            if (n.length() > 30) {
                throw new InvalidDocumentException("minutesNumber", "is a short line under the mark, at most 30 characters: "
                        + Checks.quote(n));
            }
            minutesNumber = Optional.of(n);
            return this;
        }

        /**
         * Adds an attendance list of minutes (§10.3): 出席, 请假 or 列席, with the names in order.
         *
         * @param kind which list: 出席, 请假 or 列席
         * @param names at least one name, in the order printed
         * @return this builder
         */
        public Builder attendance(Attendance.Kind kind, String... names) {
            Checks.present("attendance", kind);
            attendances.add(new Attendance(kind, Checks.texts("attendance." + kind.label(), names, true)));
            return this;
        }

        /**
         * The attachment note (附件说明, §7.3.4) for attachments sent separately. Bound attachments
         * ({@link #attachment}) make their own note; if both are given they must match.
         *
         * @param titles the attachments' titles in order, none ending in 。, ； or ，
         * @return this builder
         */
        public Builder attachmentNote(String... titles) {
            List<String> list = Checks.texts("attachmentNote", titles, false);
            for (int i = 0; i < list.size(); i++) {
                String t = list.get(i);
                if (t.endsWith("。") || t.endsWith("；") || t.endsWith("，")) {
                    throw new InvalidDocumentException("attachmentNote[" + i + "]",
                            "takes no punctuation after the name (§7.3.4): " + Checks.quote(t));
                }
            }
            attachmentNote = list;
            return this;
        }

        /**
         * Adds an attachment (附件, §7.3.7) bound with the document: a new page with its label and
         * title, then the content built by {@code content}. Its title goes into the attachment note.
         *
         * @param title the attachment's title, not blank
         * @param content called once with a builder for the attachment's body
         * @return this builder
         */
        public Builder attachment(String title, Consumer<AttachmentBuilder> content) {
            return attachment(Optional.empty(), title, content);
        }

        /**
         * Adds an attachment whose label the source prints in its own way ("附件1."): a reader keeps
         * it, as it keeps printed numbers; the checker reports the form.
         *
         * @param label the label as printed, starting with 附件
         * @param title the attachment's title
         * @param content its content
         * @return this builder
         */
        public Builder attachment(String label, String title, Consumer<AttachmentBuilder> content) {
            String l = Checks.text("attachments[" + attachments.size() + "].label", label);
            if (!l.startsWith("附件")) {
                throw new InvalidDocumentException("attachments[" + attachments.size() + "].label",
                        "an attachment's label starts with 附件: " + Checks.quote(l));
            }
            return attachment(Optional.of(l), title, content);
        }

        private Builder attachment(Optional<String> label, String title, Consumer<AttachmentBuilder> content) {
            String path = "attachments[" + attachments.size() + "]";
            String t = Checks.text(path + ".title", title);
            Checks.present(path + ".content", content);
            AttachmentBuilder builder = new AttachmentBuilder(path + ".", headingLevels);
            content.accept(builder);
            attachments.add(new Attachment(t, builder.blocks(), label));
            return this;
        }

        /**
         * The words the attachment note starts with, when the source prints them otherwise than the
         * standard's "附件：" (a reader keeps "附件" of "附件1.……").
         *
         * @param label the words before the first title
         * @return this builder
         */
        public Builder attachmentNoteLabel(String label) {
            String l = Checks.text("attachmentNoteLabel", label);
            if (!l.startsWith("附件")) {
                throw new InvalidDocumentException("attachmentNoteLabel", "starts with 附件: " + Checks.quote(l));
            }
            attachmentNoteLabel = l;
            return this;
        }

        /**
         * Adds a document that this one issues or forwards (印发, 转发, 公布; see {@link IssuedDocument}):
         * printed after the closing, from a new page, with its own title and content. The title is
         * broken into lines as the document's title is, unless it holds line breaks, which give its
         * lines.
         *
         * @param title the issued document's title
         * @param content its subtitle, main recipients, body and closing lines
         * @return this builder
         */
        public Builder issued(String title, Consumer<IssuedBuilder> content) {
            String path = "issued[" + issued.size() + "]";
            Checks.present(path + ".title", title);
            List<String> lines = new ArrayList<>();
            for (String part : title.split("\\R", -1)) {
                if (!part.isBlank()) {
                    lines.add(Checks.text(path + ".title", part));
                }
            }
            if (lines.isEmpty()) {
                throw new InvalidDocumentException(path + ".title", "must not be blank: " + Checks.quote(title));
            }
            Checks.present(path + ".content", content);
            IssuedBuilder builder = new IssuedBuilder(path + ".", headingLevels);
            content.accept(builder);
            List<String> titleLines = lines.size() == 1
                    ? TitleBreaker.lines(lines.get(0), specification) : lines;
            issued.add(new IssuedDocument(titleLines, builder.subtitle, builder.addressees, builder.blocks(),
                    builder.closing));
            return this;
        }

        /**
         * Declares that the document has no title. A document needs one, and {@link #build()} refuses
         * one without; a reader that finds none in a source says so and uses this, so that the text is
         * still laid out (the checker reports the missing title).
         *
         * @return this builder
         */
        public Builder untitled() {
            untitled = true;
            return this;
        }

        /**
         * Adds an issuing body's signature (发文机关署名), unsealed (§7.3.5.2): right-aligned below
         * the body. Call once per body on a joint document, host first.
         *
         * @param issuer the body's name as signed
         * @return this builder
         */
        public Builder signature(String issuer) {
            signatures.add(new Signature(Checks.text("signature", issuer), Optional.empty()));
            return this;
        }

        /**
         * Adds an issuing body's signature with its seal (§7.3.5.1): the seal is pressed over the
         * signature and the date, which then stands four characters from the right.
         *
         * @param issuer the body's name as signed
         * @param seal the body's seal
         * @return this builder
         */
        public Builder signature(String issuer, Seal seal) {
            signatures.add(new Signature(Checks.text("signature", issuer), Optional.of(Checks.present("seal", seal))));
            return this;
        }

        /**
         * Adds a signatory who signs with a signature seal (§7.3.5.3): the title two characters left
         * of the seal, the date below. Call once per signatory, host first.
         *
         * @param title the signatory's full title, e.g. "市长"
         * @param signatureSeal the image of the signature seal
         * @return this builder
         */
        public Builder signatory(String title, Seal signatureSeal) {
            signatories.add(new Signatory(Checks.text("signatory.title", title), Checks.present("signatory.seal", signatureSeal)));
            return this;
        }

        /**
         * 抄送机关 (§7.4.2), each entry a body or a group; printed "抄送：A，B。" in the colophon.
         *
         * @param recipients the copy recipients in order, each a name or a group; none clears the list
         * @return this builder
         */
        public Builder copyTo(String... recipients) {
            copyTo = Checks.texts("copyTo", recipients, false);
            return this;
        }

        /**
         * 印发机关和印发日期 (§7.4.3): printed on the colophon's last line, the date "2012年7月1日印发".
         *
         * @param office the printing office (印发机关)
         * @param date the printing date (印发日期), with a four-digit year
         * @return this builder
         */
        public Builder printedBy(String office, LocalDate date) {
            String o = Checks.text("printedBy", office);
            LocalDate d = Checks.present("printedBy.date", date);
            if (d.getYear() < 1000 || d.getYear() > 9999) {
                throw new InvalidDocumentException("printedBy.date", "year must have four digits: " + d);
            }
            printer = Optional.of(o);
            printDate = Optional.of(d);
            return this;
        }

        HeadBlock headBlock() {
            Optional<String> suffix = markSuffix;
            if (suffix.isEmpty() && !issuers.isEmpty()) {
                suffix = format.markSuffix();
            }
            return new HeadBlock(copyNumber, secrecy, secrecyPeriod, urgency, issuers, suffix, preprinted,
                    documentNumber, signers);
        }

        /**
         * The date (成文日期), written "2020年7月1日" below the signature.
         *
         * @param value the date, with a four-digit year
         * @return this builder
         */
        public Builder date(LocalDate value) {
            LocalDate d = Checks.present("date", value);
            if (d.getYear() < 1000 || d.getYear() > 9999) {
                throw new InvalidDocumentException("date", "year must have four digits: " + d);
            }
            date = Optional.of(d);
            return this;
        }

        /**
         * The note (附注), written under the date with a two-character indent, in full-width
         * parentheses: "此件公开发布" becomes "（此件公开发布）"; text already in （） is kept as it is,
         * and half-width parentheses around it become full-width: "(此件公开发布)" is "（此件公开发布）".
         *
         * @param text the note, with or without its parentheses; not blank inside them
         * @return this builder
         */
        public Builder note(String text) {
            String t = Checks.text("note", text);
            boolean wrapped = (t.startsWith("（") || t.startsWith("(")) && (t.endsWith("）") || t.endsWith(")"))
                    && t.length() >= 2;
            String inner = wrapped ? t.substring(1, t.length() - 1) : t;
            if (inner.isBlank()) {
                throw new InvalidDocumentException("note", "must not be blank inside its parentheses: " + Checks.quote(t));
            }
            note = Optional.of("（" + inner + "）");
            return this;
        }

        /**
         * The layout to write with; {@link Specification#standard()} unless set.
         *
         * @param spec the measurements, faces, sizes and numbering to write with
         * @return this builder
         */
        public Builder specification(Specification spec) {
            specification = Checks.present("specification", spec);
            return this;
        }

        /**
         * How the footnotes are numbered; {@link NoteNumbering#continuous()} unless set, e.g.
         * {@code footnoteNumbering(NoteNumbering.eachPage())} for 1, 2, 3 again on each page.
         *
         * @param numbering where the numbers start again, their form, the first
         * @return this builder
         * @throws InvalidDocumentException naming {@code footnoteNumbering} if it is null
         */
        public Builder footnoteNumbering(NoteNumbering numbering) {
            footnoteNumbering = Checks.present("footnoteNumbering", numbering);
            return this;
        }

        /**
         * How the endnotes are numbered; {@link NoteNumbering#continuous()} unless set. Endnotes stand
         * at the document's end, so they cannot start again on each page.
         *
         * @param numbering where the numbers start again (not each page), their form, the first
         * @return this builder
         * @throws InvalidDocumentException naming {@code endnoteNumbering} if it is null or restarts on
         *                                  each page
         */
        public Builder endnoteNumbering(NoteNumbering numbering) {
            Checks.present("endnoteNumbering", numbering);
            if (numbering.restart() == NoteNumbering.Restart.EACH_PAGE) {
                throw new InvalidDocumentException("endnoteNumbering", "endnotes stand at the document's end and "
                        + "cannot start again on each page: " + numbering);
            }
            endnoteNumbering = numbering;
            return this;
        }

        /**
         * Builds the document; throws {@link InvalidDocumentException} if there is no title.
         *
         * @return a new document; the builder can go on and build others
         */
        public OfficialDocument build() {
            return new OfficialDocument(this);
        }
    }

    /**
     * Builds an issued document (see {@link Builder#issued}): its subtitle, its own main recipients,
     * its body and its own closing lines. Not thread-safe.
     */
    public static final class IssuedBuilder extends BodyBuilder<IssuedBuilder> {
        private final List<HeadingLevel> headingLevels;
        private final String path;
        private Optional<String> subtitle = Optional.empty();
        private List<String> addressees = List.of();
        private List<String> closing = List.of();

        IssuedBuilder(String path, List<HeadingLevel> headingLevels) {
            super(path);
            this.path = path;
            this.headingLevels = headingLevels;
        }

        /**
         * The line in parentheses under the title ("（2019年1月24日国务院第37次常务会议通过）"), printed
         * centred; full-width parentheses are added if it has none.
         *
         * @param text the line
         * @return this builder
         */
        public IssuedBuilder subtitle(String text) {
            String t = Checks.text(path + "subtitle", text);
            subtitle = Optional.of(t.startsWith("（") && t.endsWith("）") || t.startsWith("(") && t.endsWith(")")
                    ? t : "（" + t + "）");
            return this;
        }

        /**
         * The issued document's own main recipients ("国务院：" above a forwarded report), flush left.
         *
         * @param lines one per line
         * @return this builder
         */
        public IssuedBuilder addressee(String... lines) {
            addressees = Checks.texts(path + "addressee", lines, true);
            return this;
        }

        /**
         * The issued document's own closing, printed right-aligned as written: the signature of a
         * forwarded report and its date, say.
         *
         * @param lines one per line
         * @return this builder
         */
        public IssuedBuilder closing(String... lines) {
            closing = Checks.texts(path + "closing", lines, true);
            return this;
        }

        @Override
        Optional<HeadingLevel> parentLevel() {
            return Optional.empty();
        }

        @Override
        List<HeadingLevel> headingLevels() {
            return headingLevels;
        }
    }

    /** Builds the content of one attachment: paragraphs, sections and tables. Not thread-safe. */
    public static final class AttachmentBuilder extends BodyBuilder<AttachmentBuilder> {
        private final List<HeadingLevel> headingLevels;

        AttachmentBuilder(String path, List<HeadingLevel> headingLevels) {
            super(path);
            this.headingLevels = headingLevels;
        }

        @Override
        Optional<HeadingLevel> parentLevel() {
            return Optional.empty();
        }

        @Override
        List<HeadingLevel> headingLevels() {
            return headingLevels;
        }
    }
}
