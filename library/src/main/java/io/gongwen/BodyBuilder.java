package io.gongwen;

import io.gongwen.internal.Checks;
import io.gongwen.internal.ChineseNumerals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the document builder and every section builder share: adding paragraphs and numbered
 * sections. Headings are numbered as they are added: a heading of a level takes the next number of
 * that level in its parent, and restarts the count of every lower level (as 一、 restarts 1.).
 *
 * <p>A section's level is, unless given, the first level of the document's
 * {@linkplain OfficialDocument.Builder#headingLevels heading levels} below the parent's. Not
 * thread-safe.
 *
 * @param <B> the concrete builder, returned by every method for chaining
 */
public abstract class BodyBuilder<B extends BodyBuilder<B>> {
    /** The content of a run-in item that has nothing after its text. */
    private static final Consumer<SectionBuilder> NO_CONTENT = s -> { };

    /** The path of a top-level body ("", "attachments[0]."); null for a section's, which its parent gives. */
    private final String rootPath;
    /** The builder whose section this one fills, and that section's index in it; null at the top. */
    private final BodyBuilder<?> parent;
    private final int index;
    private final List<Block> blocks = new ArrayList<>();
    /** The last number given at each level ({@link HeadingLevel#ordinal()}), 0 for none yet. */
    private final int[] counters = new int[HEADING_LEVELS];

    private static final int HEADING_LEVELS = HeadingLevel.values().length;

    BodyBuilder(String path) {
        this.rootPath = path;
        this.parent = null;
        this.index = 0;
    }

    /** A section's builder: its field paths are made from its parent's only when a message needs one. */
    BodyBuilder(BodyBuilder<?> parent, int index) {
        this.rootPath = null;
        this.parent = parent;
        this.index = index;
    }

    /** The prefix of this body's field paths, as "body[3].body[0]."; built on demand, for messages. */
    private String path() {
        return parent == null ? rootPath : parent.path() + "body[" + index + "].";
    }

    /** The level of the section being built, or empty at the top of the body. */
    abstract Optional<HeadingLevel> parentLevel();

    /** The document's levels, shallowest first. */
    abstract List<HeadingLevel> headingLevels();

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Adds a body paragraph. Leading and trailing white space is dropped: the writer indents.
     *
     * @param text the paragraph's words, not blank
     * @return this builder
     */
    public B paragraph(String text) {
        blocks.add(new Paragraph(Checks.text(() -> field("text"), text)));
        return self();
    }

    /**
     * Adds a body paragraph with stretches formatted otherwise: bold key phrases, superscripts and
     * subscripts, italic, underline, another face (see {@link FormattedText}). Leading and trailing
     * white space is dropped, and the spans with it.
     *
     * @param text the paragraph's words and their spans, not blank
     * @return this builder
     */
    public B paragraph(FormattedText text) {
        FormattedText t = formatted(() -> field("text"), text);
        blocks.add(new Paragraph(t.text(), t.spans(), t.notes()));
        return self();
    }

    /**
     * The text validated as {@link Checks#text} validates it, its indentation cut off with its spans
     * (the marks of notes in it kept, at the edge), and its notes' texts validated.
     */
    private static FormattedText formatted(java.util.function.Supplier<String> field, FormattedText text) {
        Checks.present(field, text);
        Checks.text(field, text.text());
        for (int i = 0; i < text.notes().size(); i++) {
            int n = i;
            Checks.text(() -> field.get() + ".notes[" + n + "]", text.notes().get(i).text().text());
        }
        return text.strip();
    }

    /**
     * Puts a footnote's mark at the end of the paragraph just added (or of the run-in section's text
     * just added): Word prints the mark raised after its last character and the note at the foot of
     * the page. For a mark inside the text, build the paragraph with
     * {@link FormattedText.Builder#footnote(String)}.
     *
     * <pre>{@code
     * .paragraph("根据《党政机关公文处理工作条例》，现就有关事项通知如下。")
     * .footnote("中办发〔2012〕14号，2012年7月1日起施行。")
     * }</pre>
     *
     * @param text the note's text; leading and trailing white space is dropped
     * @throws InvalidDocumentException if the text is blank or holds a character a document cannot
     *                                  carry, or nothing that takes a note was just added (a table, a
     *                                  heading on its own line, nothing yet); the field names the place
     * @return this builder
     */
    public B footnote(String text) {
        return note(Note.Kind.FOOTNOTE, FormattedText.of(Checks.text(() -> lastField("footnote"), text)));
    }

    /**
     * As {@link #footnote(String)}, the note's text with spans (bold, …) but no note of its own.
     *
     * @param text the note's text, not blank, without notes of its own
     * @return this builder
     * @throws InvalidDocumentException as {@link #footnote(String)} does, or if the text has notes
     */
    public B footnote(FormattedText text) {
        return note(Note.Kind.FOOTNOTE, FormattedText.checkedNote(lastField("footnote"), text));
    }

    /**
     * Puts an endnote's mark at the end of the paragraph just added, as {@link #footnote(String)}
     * does; the note is printed at the end of the document.
     *
     * @param text the note's text; leading and trailing white space is dropped
     * @return this builder
     * @throws InvalidDocumentException as {@link #footnote(String)} does
     */
    public B endnote(String text) {
        return note(Note.Kind.ENDNOTE, FormattedText.of(Checks.text(() -> lastField("endnote"), text)));
    }

    /**
     * As {@link #endnote(String)}, the note's text with spans but no note of its own.
     *
     * @param text the note's text, not blank, without notes of its own
     * @return this builder
     * @throws InvalidDocumentException as {@link #footnote(String)} does, or if the text has notes
     */
    public B endnote(FormattedText text) {
        return note(Note.Kind.ENDNOTE, FormattedText.checkedNote(lastField("endnote"), text));
    }

    private B note(Note.Kind kind, FormattedText text) {
        Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        if (last instanceof Paragraph p) {
            blocks.set(blocks.size() - 1, new Paragraph(p.text(), p.spans(), appended(p.notes(), p.text(), kind, text)));
        } else if (last instanceof Section s && s.runInText().isPresent() && s.body().isEmpty()) {
            blocks.set(blocks.size() - 1, new Section(s.level(), s.number(), s.heading(), s.headingSpans(),
                    s.headingNotes(), s.runInText(),
                    s.runInSpans(), appended(s.runInNotes(), s.runInText().get(), kind, text), s.body()));
        } else {
            throw new InvalidDocumentException(lastField(kind.word()), (kind == Note.Kind.FOOTNOTE ? "a " : "an ")
                    + kind.word() + " follows the paragraph "
                    + "or run-in section it belongs to; " + (last == null ? "nothing has been added yet"
                    : "the " + what(last) + " before it takes no note"));
        }
        return self();
    }

    private static List<Note> appended(List<Note> notes, String text, Note.Kind kind, FormattedText note) {
        List<Note> out = new ArrayList<>(notes);
        out.add(new Note(text.length(), kind, note));
        return out;
    }

    private static String what(Block block) {
        if (block instanceof PageBreak) {
            return "page break";
        }
        if (block instanceof Section) {
            return "section (a heading on a line of its own, or with content of its own: give the note inside it)";
        }
        return block.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    /** The field of the block just added, for a note given after it. */
    private String lastField(String name) {
        return path() + "body[" + Math.max(0, blocks.size() - 1) + "]." + name;
    }

    /**
     * Adds a table (see {@link Table#builder()}).
     *
     * @param table the table, usually built with {@link Table#builder()}
     * @return this builder
     */
    public B table(Table table) {
        blocks.add(Checks.present(() -> field("table"), table));
        return self();
    }

    /**
     * Adds a picture on a line of its own, centred (see {@link Image#of}).
     *
     * @param image the picture and its printed size
     * @return this builder
     */
    public B image(Image image) {
        blocks.add(Checks.present(() -> field("image"), image));
        return self();
    }

    /**
     * Adds a picture on a line of its own, centred, printed {@code width} × {@code height} (scaled down,
     * proportions kept, where the text block is smaller).
     *
     * @param bytes a PNG, a JPEG, an EMF or a WMF; the format is told by the bytes
     * @param width the printed width
     * @param height the printed height
     * @return this builder
     * @throws InvalidDocumentException as {@link Image#of} does, the field named by its place in the body
     *                                  ({@code body[2].image.width})
     */
    public B image(byte[] bytes, Length width, Length height) {
        Image image;
        try {
            image = Image.of(bytes, width, height);
        } catch (InvalidDocumentException e) {
            throw new InvalidDocumentException(field(e.field()), e.getMessage().substring(e.field().length() + 2));
        }
        return image(image);
    }

    /**
     * Adds a section whose heading stands on its own line, at the next level down.
     *
     * @param heading the heading's words, without a number: the writer numbers it
     * @param content called once with a builder for the section's content
     * @return this builder
     */
    public B section(String heading, Consumer<SectionBuilder> content) {
        return section(nextLevel(), heading, content);
    }

    /**
     * Adds a section at an explicit level, which must lie below the parent's.
     *
     * @param level the heading level
     * @param heading the heading's words, without a number: the writer numbers it
     * @param content called once with a builder for the section's content
     * @return this builder
     */
    public B section(HeadingLevel level, String heading, Consumer<SectionBuilder> content) {
        String text = Checks.heading(() -> field("heading"), heading);
        return add(level, 0, text, null, content);
    }

    /**
     * Adds a section whose heading runs into its text, as in "1.办文办会细致严谨。按照……". The heading
     * must end with 。 (or ：？！).
     *
     * @param heading the heading's words, without a number, ending with 。, ：, ？ or ！
     * @param text the words that follow the heading on its line, not blank
     * @return this builder
     */
    public B runIn(String heading, String text) {
        return runIn(nextLevel(), heading, text, NO_CONTENT);
    }

    /**
     * Adds a run-in section at an explicit level.
     *
     * @param level the heading level, below the parent's
     * @param heading the heading's words, without a number, ending with 。, ：, ？ or ！
     * @param text the words that follow the heading on its line, not blank
     * @return this builder
     */
    public B runIn(HeadingLevel level, String heading, String text) {
        return runIn(level, heading, text, NO_CONTENT);
    }

    /**
     * Adds a run-in section followed by more content (paragraphs, lower sections).
     *
     * @param heading the heading's words, without a number, ending with 。, ：, ？ or ！
     * @param text the words that follow the heading on its line, not blank
     * @param content called once with a builder for what follows the run-in paragraph
     * @return this builder
     */
    public B runIn(String heading, String text, Consumer<SectionBuilder> content) {
        return runIn(nextLevel(), heading, text, content);
    }

    /**
     * Adds a run-in section at an explicit level, followed by more content.
     *
     * @param level the heading level, below the parent's
     * @param heading the heading's words, without a number, ending with 。, ：, ？ or ！
     * @param text the words that follow the heading on its line, not blank
     * @param content called once with a builder for what follows the run-in paragraph
     * @return this builder
     */
    public B runIn(HeadingLevel level, String heading, String text, Consumer<SectionBuilder> content) {
        String head = Checks.runInHeading(() -> field("heading"), heading);
        String body = Checks.text(() -> field("text"), text);
        return add(level, 0, head, List.of(), List.of(), body, List.of(), List.of(), content);
    }

    /**
     * Adds a run-in section whose text has stretches formatted otherwise (see {@link FormattedText}).
     *
     * @param heading the heading's words, without a number, ending with 。, ：, ？ or ！
     * @param text the words that follow the heading on its line and their spans, not blank
     * @return this builder
     */
    public B runIn(String heading, FormattedText text) {
        return runIn(nextLevel(), heading, text, NO_CONTENT);
    }

    /**
     * Adds a run-in section at an explicit level whose text has stretches formatted otherwise, followed by
     * more content.
     *
     * @param level the heading level, below the parent's
     * @param heading the heading's words, without a number, ending with 。, ：, ？ or ！
     * @param text the words that follow the heading on its line and their spans, not blank
     * @param content called once with a builder for what follows the run-in paragraph
     * @return this builder
     */
    public B runIn(HeadingLevel level, String heading, FormattedText text, Consumer<SectionBuilder> content) {
        String head = Checks.runInHeading(() -> field("heading"), heading);
        FormattedText body = formatted(() -> field("text"), text);
        return add(level, 0, head, body, content);
    }

    /**
     * Adds a run-in section with the number it carries in the source, whose text has stretches
     * formatted otherwise; see {@link #section(HeadingLevel, int, String, Consumer)}.
     *
     * @param level the heading level, below the parent's
     * @param number the number as printed, 1 to 99999999
     * @param heading the heading's words, without the number, ending with 。, ：, ？ or ！
     * @param text the words that follow the heading on its line and their spans, not blank
     * @param content called once with a builder for what follows the run-in paragraph
     * @return this builder
     */
    public B runIn(HeadingLevel level, int number, String heading, FormattedText text, Consumer<SectionBuilder> content) {
        String head = Checks.runInHeading(() -> field("heading"), heading);
        FormattedText body = formatted(() -> field("text"), text);
        return add(level, printed(number), head, body, content);
    }

    /**
     * Adds a section with the number it carries in the source, at an explicit level: the reader's
     * way of keeping a document's own numbers ("numbered as written"). A document that numbers its
     * （一） on across its 一、 sections ("continuous clause numbering") keeps （三） under 二、; a gap or
     * a repeat is printed as it stands (the checker reports it). Later sections numbered
     * automatically count on from this number.
     *
     * @param level the heading level, below the parent's
     * @param number the number as printed, 1 to 99999999
     * @param heading the heading's words, without the number
     * @param content the section's content
     * @return this builder
     */
    public B section(HeadingLevel level, int number, String heading, Consumer<SectionBuilder> content) {
        String text = Checks.heading(() -> field("heading"), heading);
        return add(level, printed(number), text, null, content);
    }

    /**
     * Adds a run-in section with the number it carries in the source; see {@link #section(HeadingLevel, int,
     * String, Consumer)}.
     *
     * @param level the heading level, below the parent's
     * @param number the number as printed, 1 to 99999999
     * @param heading the heading's words, without the number, ending with 。, ：, ？ or ！
     * @param text the words that follow the heading on its line, not blank
     * @param content called once with a builder for what follows the run-in paragraph
     * @return this builder
     */
    public B runIn(HeadingLevel level, int number, String heading, String text, Consumer<SectionBuilder> content) {
        String head = Checks.runInHeading(() -> field("heading"), heading);
        String body = Checks.text(() -> field("text"), text);
        return add(level, printed(number), head, List.of(), List.of(), body, List.of(), List.of(), content);
    }

    /**
     * Adds a section whose heading on its own line refers to notes, or has stretches formatted otherwise
     * than its level's style: the notes' marks stand in the heading, after the number the writer prints,
     * as in "一、总体要求¹"; a span is a superscript or subscript ("（一）CO₂排放"), italic, underline,
     * strike-through or another face, never bold (a heading's bold is its level's style). Build the
     * heading with {@code FormattedText.builder().text("总体要求").footnote("……").build()} or
     * {@code FormattedText.builder().text("CO").subscript("2").text("排放").build()}.
     *
     * @param heading the heading's words, without a number, with its spans and notes
     * @param content called once with a builder for the section's content
     * @return this builder
     * @throws InvalidDocumentException if the heading is blank, starts with a number or has a bold span, or
     *                                  a note's text is blank; the field names the place
     */
    public B section(FormattedText heading, Consumer<SectionBuilder> content) {
        return section(nextLevel(), heading, content);
    }

    /**
     * As {@link #section(FormattedText, Consumer)}, at an explicit level.
     *
     * @param level the heading level, below the parent's
     * @param heading the heading's words, without a number, with its spans and notes
     * @param content called once with a builder for the section's content
     * @return this builder
     * @throws InvalidDocumentException as {@link #section(FormattedText, Consumer)} does
     */
    public B section(HeadingLevel level, FormattedText heading, Consumer<SectionBuilder> content) {
        return add(level, 0, heading(() -> field("heading"), heading, false), null, content);
    }

    /**
     * As {@link #section(HeadingLevel, int, String, Consumer)}, the section keeping the number it
     * carries in the source, its heading with spans and notes.
     *
     * @param level the heading level, below the parent's
     * @param number the number as printed, 1 to 99999999
     * @param heading the heading's words, without the number, with its spans and notes
     * @param content the section's content
     * @return this builder
     * @throws InvalidDocumentException as {@link #section(FormattedText, Consumer)} does, or for a number
     *                                  out of range
     */
    public B section(HeadingLevel level, int number, FormattedText heading, Consumer<SectionBuilder> content) {
        FormattedText h = heading(() -> field("heading"), heading, false);
        return add(level, printed(number), h, null, content);
    }

    /**
     * Adds a run-in section whose heading refers to notes (their marks in the heading, before its
     * 。) or has spans (not bold, as {@link #section(FormattedText, Consumer)}), its text with stretches
     * formatted otherwise and notes of its own.
     *
     * @param level the heading level, below the parent's
     * @param heading the heading's words, without a number, ending with 。, ：, ？ or ！, with its spans
     *                and notes
     * @param text the words that follow the heading on its line, with their spans and notes, not blank
     * @param content called once with a builder for what follows the run-in paragraph
     * @return this builder
     * @throws InvalidDocumentException as {@link #section(FormattedText, Consumer)} does, or if the
     *                                  heading does not end with 。 (or ：？！)
     */
    public B runIn(HeadingLevel level, FormattedText heading, FormattedText text, Consumer<SectionBuilder> content) {
        FormattedText h = heading(() -> field("heading"), heading, true);
        FormattedText body = formatted(() -> field("text"), text);
        return add(level, 0, h, body, content);
    }

    /**
     * As {@link #runIn(HeadingLevel, FormattedText, FormattedText, Consumer)}, keeping the number the
     * section carries in the source.
     *
     * @param level the heading level, below the parent's
     * @param number the number as printed, 1 to 99999999
     * @param heading the heading's words, without the number, ending with 。, ：, ？ or ！, with its spans
     *                and notes
     * @param text the words that follow the heading on its line, with their spans and notes, not blank
     * @param content called once with a builder for what follows the run-in paragraph
     * @return this builder
     * @throws InvalidDocumentException as {@link #runIn(HeadingLevel, FormattedText, FormattedText, Consumer)}
     *                                  does, or for a number out of range
     */
    public B runIn(HeadingLevel level, int number, FormattedText heading, FormattedText text,
                   Consumer<SectionBuilder> content) {
        FormattedText h = heading(() -> field("heading"), heading, true);
        FormattedText body = formatted(() -> field("text"), text);
        return add(level, printed(number), h, body, content);
    }

    /**
     * Adds an article of a regulation: "第一条" and its text, printed with the number in 黑体 and a full-width
     * space before the text (see {@link Article}).
     *
     * @param label the article's number as printed: "第一条", "第二十一条"
     * @param text the article's words, not blank
     * @return this builder
     */
    public B article(String label, String text) {
        String l = Checks.text(() -> field("label"), label);
        String t = Checks.text(() -> field("text"), text);
        if (!Article.LABEL.matcher(l).matches()) {
            throw new InvalidDocumentException(field("label"), "an article is numbered 第N条: " + Checks.quote(l));
        }
        blocks.add(new Article(l, t));
        return self();
    }

    /**
     * Adds an article whose text has stretches formatted otherwise and notes, as a paragraph's text has
     * them (see {@link #paragraph(FormattedText)}): the number is printed in its own style, the text as
     * body text.
     *
     * <pre>{@code
     * .article("第三条", FormattedText.builder().text("排放二氧化碳（CO").subscript("2")
     *         .text("）的单位").footnote("见《温室气体排放核算指南》。").text("，应当……").build())
     * }</pre>
     *
     * @param label the article's number as printed: "第一条", "第二十一条"
     * @param text the article's words with their spans and notes, not blank
     * @return this builder
     * @throws InvalidDocumentException if the label is not 第N条, the text is blank or holds a character a
     *                                  document cannot carry, or a note's text is blank; the field names the place
     */
    public B article(String label, FormattedText text) {
        String l = Checks.text(() -> field("label"), label);
        FormattedText t = formatted(() -> field("text"), text);
        if (!Article.LABEL.matcher(l).matches()) {
            throw new InvalidDocumentException(field("label"), "an article is numbered 第N条: " + Checks.quote(l));
        }
        blocks.add(new Article(l, t.text(), t.spans(), t.notes()));
        return self();
    }

    /**
     * Adds a chapter, part or section title of a regulation: "第一章" and "总则", printed centred in 黑体 (see
     * {@link Chapter}). Give an empty title for a line that has only the number.
     *
     * @param label the number as printed: "第一章", "第二节", "第一编"
     * @param title the title's words, or empty (or blank) for none
     * @return this builder
     */
    public B chapter(String label, String title) {
        String l = Checks.text(() -> field("label"), label);
        Checks.present(() -> field("title"), title);
        if (!Chapter.LABEL.matcher(l).matches()) {
            throw new InvalidDocumentException(field("label"), "a chapter is numbered 第N章, 第N节 or 第N编: "
                    + Checks.quote(l));
        }
        Optional<String> t = title.isBlank() ? Optional.empty() : Optional.of(Checks.text(() -> field("title"), title));
        blocks.add(new Chapter(l, t));
        return self();
    }

    /**
     * Adds a chapter whose title has stretches formatted otherwise than the chapter's style (a subscript,
     * an italic word) or notes; a title without text is refused, as the line with the number alone is
     * {@link #chapter(String, String)} with an empty title. Its spans are not bold: a chapter's line is
     * in 黑体, its own style.
     *
     * @param label the number as printed: "第一章", "第二节", "第一编"
     * @param title the title's words with their spans and notes, not blank
     * @return this builder
     * @throws InvalidDocumentException if the label is not 第N章 (节, 编), the title is blank, a span is bold or
     *                                  a note's text is blank; the field names the place
     */
    public B chapter(String label, FormattedText title) {
        String l = Checks.text(() -> field("label"), label);
        if (!Chapter.LABEL.matcher(l).matches()) {
            throw new InvalidDocumentException(field("label"), "a chapter is numbered 第N章, 第N节 or 第N编: "
                    + Checks.quote(l));
        }
        FormattedText t = notBold(() -> field("title"), "a chapter's title", formatted(() -> field("title"), title));
        blocks.add(new Chapter(l, Optional.of(t.text()), t.spans(), t.notes()));
        return self();
    }

    /**
     * A heading given with spans and notes, validated as {@link Checks#heading} (or, run in,
     * {@link Checks#runInHeading}) validates its text, its notes' texts as a paragraph's; its spans are
     * not bold ({@link #notBold}).
     */
    private static FormattedText heading(java.util.function.Supplier<String> field, FormattedText heading, boolean runIn) {
        FormattedText t = notBold(field, "a heading", formatted(field, heading));
        if (runIn) {
            Checks.runInHeading(field, t.text());
        } else {
            Checks.heading(field, t.text());
        }
        return t;
    }

    /**
     * The text of a heading, a chapter's title, refused if a span is bold: the bold that makes a heading is
     * its style (黑体, or a bold level), not a span, as the readers read it.
     */
    static FormattedText notBold(java.util.function.Supplier<String> field, String what, FormattedText t) {
        for (int i = 0; i < t.spans().size(); i++) {
            Span s = t.spans().get(i);
            if (s.is(Emphasis.BOLD)) {
                throw new InvalidDocumentException(field.get() + ".spans[" + i + "]", what + " is set in its own style, "
                        + "and its bold is that style's, not a span; give its superscripts, subscripts, italic, underline, "
                        + "strike-through and faces only: " + Checks.quote(t.text().substring(s.start(), s.end())));
            }
        }
        return t;
    }

    /**
     * Starts a new page here: the author's page break (Word's Ctrl+Enter). It needs something after it in
     * the same body; the attachments, issued documents and the colophon start new pages of their own. See
     * {@link PageBreak} for what {@link OfficialDocument.Builder#build()} refuses around it.
     *
     * @return this builder
     */
    public B pageBreak() {
        return pageBreak(PageBreak.PAGE);
    }

    /**
     * Adds a page break of a given kind: {@link PageBreak#LANDSCAPE} starts landscape pages and
     * {@link PageBreak#PORTRAIT} ends them. This is the readers' way, whose landscape pages may begin
     * in one section and end in another; {@link #landscape} is the builder's.
     *
     * @param kind the kind of break
     * @return this builder
     * @throws InvalidDocumentException naming the place if {@code kind} is null
     */
    public B pageBreak(PageBreak kind) {
        blocks.add(Checks.present(() -> field("pageBreak"), kind));
        return self();
    }

    /**
     * Adds a landscape stretch: the blocks {@code content} adds are set on landscape pages of their own,
     * A4 turned as a landscape table's pages are (GB/T 9704-2012 §8), and the body goes on on a new
     * portrait page after them. A wide list, a chart, a table with text round it. The content is added to
     * this builder, between a {@link PageBreak#LANDSCAPE} and a {@link PageBreak#PORTRAIT} break, so
     * sections in it are numbered on with the ones around it; {@link #pageBreak()} in it starts a new
     * landscape page.
     *
     * <pre>{@code
     * .paragraph("各乡镇填报情况见下表。")
     * .landscape(l -> l
     *         .paragraph("2021年各乡镇农村公路养护资金分配情况")
     *         .table(wide))
     * .paragraph("请各乡镇于3月底前完成资金拨付。")
     * }</pre>
     *
     * @param content called once with this builder, adds the stretch's blocks
     * @return this builder
     * @throws InvalidDocumentException naming the place if {@code content} is null or adds nothing
     */
    public B landscape(Consumer<? super B> content) {
        Checks.present(() -> field("landscape"), content);
        int start = blocks.size();
        blocks.add(PageBreak.LANDSCAPE);
        content.accept(self());
        if (blocks.size() == start + 1) {
            throw new InvalidDocumentException(path() + "body[" + start + "]", "a landscape stretch needs content: "
                    + "nothing was added to it");
        }
        blocks.add(PageBreak.PORTRAIT);
        return self();
    }

    private int printed(int number) {
        if (number < 1 || number > ChineseNumerals.MAX) {
            throw new InvalidDocumentException(field("number"), "must be 1.." + ChineseNumerals.MAX + ": " + number);
        }
        return number;
    }

    /** Adds a section whose run-in text, if any ({@code runInText} null for none), has spans or notes. */
    private B add(HeadingLevel level, int given, String heading, FormattedText runInText,
                  Consumer<SectionBuilder> content) {
        return add(level, given, FormattedText.of(heading), runInText, content);
    }

    /** Adds a section whose heading has spans or notes, as {@link #add(HeadingLevel, int, String, FormattedText, Consumer)}. */
    private B add(HeadingLevel level, int given, FormattedText heading, FormattedText runInText,
                  Consumer<SectionBuilder> content) {
        return runInText == null
                ? add(level, given, heading.text(), heading.spans(), heading.notes(), null, List.of(), List.of(), content)
                : add(level, given, heading.text(), heading.spans(), heading.notes(), runInText.text(), runInText.spans(),
                        runInText.notes(), content);
    }

    /**
     * Adds a section; {@code given} is the number as written, or 0 to number it in order;
     * {@code runInText} is null for a heading on its own line.
     */
    private B add(HeadingLevel level, int given, String heading, List<Span> headingSpans, List<Note> headingNotes,
                  String runInText, List<Span> spans, List<Note> notes,
                  Consumer<SectionBuilder> content) {
        Checks.present(() -> field("level"), level);
        Checks.present(() -> field("content"), content);
        Optional<HeadingLevel> parent = parentLevel();
        if (parent.isPresent() && level.compareTo(parent.get()) <= 0) {
            throw new InvalidDocumentException(field("level"), "a level-" + level.number()
                    + " heading cannot sit inside a level-" + parent.get().number() + " section: "
                    + Checks.quote(heading));
        }
        if (given < 0 || given > ChineseNumerals.MAX) {
            throw new InvalidDocumentException(field("number"), "must be 1.." + ChineseNumerals.MAX + ": " + given);
        }
        int number = given > 0 ? given : counters[level.ordinal()] + 1;
        if (number > ChineseNumerals.MAX) {
            throw new InvalidDocumentException(field("heading"),
                    "more than " + ChineseNumerals.MAX + " sections at one level");
        }
        numbered(level, number);
        List<Block> body = List.of();
        if (content != NO_CONTENT) {
            SectionBuilder child = new SectionBuilder(this, blocks.size(), level, headingLevels());
            content.accept(child);
            body = child.blocks();
        }
        blocks.add(new Section(level, number, heading, headingSpans, headingNotes, Optional.ofNullable(runInText), spans,
                notes, body));
        return self();
    }

    /** A section of {@code level} got {@code number}: the levels below it count from 1 again. */
    private void numbered(HeadingLevel level, int number) {
        counters[level.ordinal()] = number;
        for (int i = level.ordinal() + 1; i < HEADING_LEVELS; i++) {
            counters[i] = 0;
        }
    }

    private HeadingLevel nextLevel() {
        Optional<HeadingLevel> parent = parentLevel();
        for (HeadingLevel level : headingLevels()) {
            if (parent.isEmpty() || level.compareTo(parent.get()) > 0) {
                return level;
            }
        }
        throw new InvalidDocumentException(path() + "body[" + blocks.size() + "]",
                "sections nest at most " + headingLevels().size() + " levels deep (the document's heading "
                        + "levels are " + headingLevels() + "); this one would be deeper");
    }

    private String field(String name) {
        return path() + "body[" + blocks.size() + "]." + name;
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /**
     * Goes on from blocks already built: they come first, and the sections added next are numbered
     * on from their last headings, as if this builder had added them.
     */
    void resume(List<Block> existing) {
        for (Block b : existing) {
            blocks.add(b);
            if (b instanceof Section s) {
                numbered(s.level(), s.number());
            }
        }
    }

    /** Builds the content of one section. Not thread-safe. */
    public static final class SectionBuilder extends BodyBuilder<SectionBuilder> {
        private final Optional<HeadingLevel> level;
        private final List<HeadingLevel> headingLevels;

        SectionBuilder(BodyBuilder<?> parent, int index, HeadingLevel level, List<HeadingLevel> headingLevels) {
            super(parent, index);
            this.level = Optional.of(level);
            this.headingLevels = headingLevels;
        }

        @Override
        Optional<HeadingLevel> parentLevel() {
            return level;
        }

        @Override
        List<HeadingLevel> headingLevels() {
            return headingLevels;
        }
    }
}
