package io.gongwen.check;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a finding is about: one constant per rule, grouped as the checker's classes group them. The
 * {@link #id()} is the stable name that {@code gongwen check} prints and {@code --json} writes.
 */
public enum Rule {
    // page (PageRules)
    /** A4, 210 × 297 mm. */
    PAGE_SIZE("page-size", Group.PAGE),
    /** 37 / 35 / 28 / 26 mm. */
    MARGINS("margins", Group.PAGE),
    /** A character grid of 28 characters a line. */
    CHARACTERS_PER_LINE("characters-per-line", Group.PAGE),
    // page numbers (PageNumberRules)
    /** A page number in the footer, its form, side, indent, weight and distance. */
    PAGE_NUMBER("page-number", Group.PAGE_NUMBERS),
    // typography (TypographyRules)
    /** The Chinese face of an element. */
    FONT("font", Group.TYPOGRAPHY),
    /** The size of an element. */
    FONT_SIZE("font-size", Group.TYPOGRAPHY),
    /** The line spacing of body text. */
    LINE_SPACING("line-spacing", Group.TYPOGRAPHY),
    /** Latin letters and digits in another face than the specification's Latin face. */
    LATIN_FONT("latin-font", Group.TYPOGRAPHY),
    /** A face the document names that is not installed where it is checked (when the checker is told what is). */
    FONT_INSTALLED("font-installed", Group.TYPOGRAPHY),
    /** First-line and other indents: body two characters, 主送 flush left, the signature's and date's. */
    INDENT("indent", Group.TYPOGRAPHY),
    /** Alignment: a centred title, right-aligned signature and date. */
    ALIGNMENT("alignment", Group.TYPOGRAPHY),
    // characters inside a paragraph (CharacterRules)
    /** Italic text: kept as the author set it, reported because 公文 do not use italics for emphasis. */
    ITALIC("italic", Group.CHARACTERS),
    /** Underlined text: kept as the author set it, reported because 公文 do not underline for emphasis. */
    UNDERLINE("underline", Group.CHARACTERS),
    /**
     * Text struck through, once or twice: kept as the author set it (words marked as removed are still
     * words of the document), reported so that the clerk decides whether they go.
     */
    STRIKE("strike-through", Group.CHARACTERS),
    // tables (TableRules)
    /** A table wider than the text block. */
    TABLE_WIDTH("table-width", Group.TABLES),
    /** A table without its width or column widths. */
    TABLE_GRID("table-grid", Group.TABLES),
    /** Cell text not in the table size. */
    TABLE_FONT_SIZE("table-font-size", Group.TABLES),
    /** Cells on the body's exact line pitch. */
    TABLE_LINE_SPACING("table-line-spacing", Group.TABLES),
    /** A number in a cell wider than the cell's text: it breaks over two lines (数字不能回行). */
    TABLE_NUMBER_SPLIT("table-number-split", Group.TABLES),
    /** The text cannot be read as a document. */
    STRUCTURE("structure", Group.PARTS),
    /** What {@code gongwen format} would refuse: its reader cannot lay the text out (the command line reports it). */
    UNREADABLE("unreadable", Group.PARTS),
    // placeholders (PlaceholderRules)
    /** X, XX, ××, TODO, 待补充, 某某 … left in the text. */
    PLACEHOLDER("placeholder", Group.TEXT),
    // ordinals (OrdinalRules)
    /** "(一)" with half-width brackets. */
    HALF_WIDTH_ORDINAL("half-width-ordinal", Group.TEXT),
    /** "1、", "一.", "（一）、". */
    ORDINAL_PUNCTUATION("ordinal-punctuation", Group.TEXT),
    /** A gap or a repeat in the numbers of a level. */
    NUMBERING("numbering", Group.TEXT, true),
    /** A heading run into its text without its 。. */
    RUN_IN_HEADING("run-in-heading", Group.TEXT),
    // numbers and dates (NumberRules, DateRules)
    /** The form of a 发文字号. */
    DOCUMENT_NUMBER("document-number", Group.TEXT),
    /** The form of a date: Arabic numerals, no leading zeros. */
    DATE("date", Group.TEXT),
    /** 明天, 下周一: a date that depends on the day the document is read. */
    RELATIVE_DATE("relative-date", Group.TEXT),
    /** A weekday that contradicts its date. */
    WEEKDAY("weekday", Group.TEXT),
    /** 上午/下午 with a 24-hour time. */
    TIME_OF_DAY("time-of-day", Group.TEXT),
    /** Two different 成文日期. */
    CLOSING_DATE("closing-date", Group.PARTS),
    // punctuation (PunctuationRules)
    /** Half-width , ; : ? ! ( ) in Chinese text. */
    MIXED_PUNCTUATION("mixed-punctuation", Group.TEXT),
    /** Straight quotes in Chinese text. */
    QUOTES("quotes", Group.TEXT),
    /** "..." or "。。。" for the ellipsis "……". */
    ELLIPSIS("ellipsis", Group.TEXT),
    /** "--" for the dash "——". */
    DASH("dash", Group.TEXT),
    /** A half-width "." ending a Chinese sentence. */
    SENTENCE_END("sentence-end", Group.TEXT),
    /** "！！", "？？", "，，". */
    REPEATED_PUNCTUATION("repeated-punctuation", Group.TEXT),
    /** Full-width marks inside English text. */
    FULL_WIDTH_IN_LATIN("full-width-in-latin", Group.TEXT),
    /** A space between Chinese characters. */
    SPACE("space", Group.TEXT),
    /** Markdown left in the text: "**", "##", "- ". */
    MARKDOWN("markdown", Group.TEXT),
    // the parts of a document (PartsRules, AttachmentRules, HeadBlockRules)
    /** A title, body, 主送, signature, date or 签发人 missing. */
    MISSING_PART("missing-part", Group.PARTS),
    /** Parts out of order: the date above the signature. */
    PART_ORDER("part-order", Group.PARTS),
    /** A title ending in punctuation. */
    TITLE("title", Group.PARTS),
    /** The attachment note: punctuation after a name, a half-width colon, names or count not matching. */
    ATTACHMENT_NOTE("attachment-note", Group.PARTS),
    /** A 保密期限 longer than its 密级 allows, or a 密级 without 份号. */
    SECRECY("secrecy", Group.HEAD_BLOCK),
    /** 紧急程度 other than 特急 or 加急. */
    URGENCY("urgency", Group.HEAD_BLOCK),
    /** A unit both in 主送 and in 抄送. */
    RECIPIENTS("recipients", Group.HEAD_BLOCK),
    // style advice (StyleRules), off unless asked for
    /** A sentence too long to read at once. */
    LONG_SENTENCE("long-sentence", Group.STYLE),
    /** A stock phrase that says nothing. */
    STOCK_PHRASE("stock-phrase", Group.STYLE);

    /** The rule groups; each is one class of the checker. */
    public enum Group {
        /** Paper and margins. */
        PAGE,
        /** The footers' page numbers. */
        PAGE_NUMBERS,
        /** Faces, sizes, spacing, indents and alignment of paragraphs. */
        TYPOGRAPHY,
        /** Formatting of characters inside a paragraph: italic, underline and strike-through. */
        CHARACTERS,
        /** Tables. */
        TABLES,
        /** The text, line by line. */
        TEXT,
        /** The parts of the document and their order. */
        PARTS,
        /** The head block's fields. */
        HEAD_BLOCK,
        /** Style advice, {@link Severity#INFO}, off unless asked for. */
        STYLE
    }

    private static final Map<String, Rule> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

    private final String id;
    private final Group group;
    private final boolean renumbers;

    Rule(String id, Group group) {
        this(id, group, false);
    }

    Rule(String id, Group group, boolean renumbers) {
        this.id = id;
        this.group = group;
        this.renumbers = renumbers;
    }

    /**
     * The rule's stable name, e.g. {@code half-width-ordinal}.
     *
     * @return the id, lower case words joined by hyphens
     */
    public String id() {
        return id;
    }

    /**
     * The group the rule belongs to.
     *
     * @return the group: page, page numbers, typography, characters, tables, text, parts, head block or
     *         style
     */
    public Group group() {
        return group;
    }

    /**
     * Whether the rule's fix changes a printed number (renumbering): such fixes are not among the
     * safe fixes that {@link TextChecker#applySafeFixes(String)} applies; reading never changes numbers.
     *
     * @return {@code true} if the fix changes a printed number
     */
    public boolean renumbers() {
        return renumbers;
    }

    /**
     * The rule of an id, as {@link #id()} gives it.
     *
     * @param id the rule's id, e.g. {@code half-width-ordinal}
     * @return the rule, or empty if no rule has that id
     */
    public static Optional<Rule> of(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The id. */
    @Override
    public String toString() {
        return id;
    }
}
