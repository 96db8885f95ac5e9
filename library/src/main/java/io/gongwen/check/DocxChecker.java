package io.gongwen.check;

import io.gongwen.InvalidDocumentException;
import io.gongwen.Specification;
import io.gongwen.docx.WordDocument;
import io.gongwen.docx.read.WordContent;
import io.gongwen.text.recognition.DocxRecogniser;
import io.gongwen.text.recognition.StructureRecogniser;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import io.gongwen.text.DocxReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an existing .docx against the geometry and typography of GB/T 9704-2012 (or another
 * {@link Specification}), and its text against the {@link TextChecker}'s rules. The rules are grouped
 * one class per group: page ({@code PageRules}), page numbers ({@code PageNumberRules}), typography
 * ({@code TypographyRules}), characters inside a paragraph ({@code CharacterRules}) and tables
 * ({@code TableRules}); each finding names its {@link Rule} and
 * its {@link Where}. Elements are
 * recognised as {@link DocxReader} recognises them: the title is the first paragraph, headings by
 * their typed ordinals, the rest is body text.
 *
 * <p>Rules, beside the text rules (found at the paragraph):
 * <ul>
 * <li>{@code page-size}: A4, 210 × 297 mm, ± 1 mm (error).</li>
 * <li>{@code margins}: 37 / 35 / 28 / 26 mm top, bottom, left, right, ± 1 mm (error).</li>
 * <li>{@code line-spacing}: body text exactly 28.95 pt ± 0.5 pt, or single spacing on a line grid of
 * 22 lines per page (warning).</li>
 * <li>{@code font}: the role of the Chinese face of each element (仿宋_GB2312, 仿宋, FangSong, 方正仿宋_GBK are
 * one face): body 仿宋, title a 小标宋 face, level-1 headings, 密级 and 紧急程度 黑体, level-2 楷体, levels 3
 * and 4 仿宋 (error). The mark's face and size are the issuer's and are not checked.</li>
 * <li>{@code latin-font}: Latin letters and digits in the specification's Latin face (warning).</li>
 * <li>{@code alignment}, {@code indent}: a centred title, signature and date on the right, body text
 * and headings two characters in, 主送 flush left (warning).</li>
 * <li>{@code font-installed}: a face not installed, when {@link Builder#installedFaces} says what is
 * (warning).</li>
 * <li>{@code font-size}: body and headings 16 pt (三号), title 22 pt (二号), page numbers 14 pt (四号),
 * ± 0.25 pt (error).</li>
 * <li>{@code page-number}: a footer with a PAGE field written "— N —" with em dashes (error when
 * missing, warning for the form), odd pages on the right and even pages on the left, with odd and even
 * pages set to differ ({@code w:evenAndOddHeaders}), one character in from the text block's edge
 * (indent or full-width spaces, between the specification's indent and one body character, ± 1 mm),
 * not bold, and a footer distance that puts the dashes the specification's 7 mm below the text block,
 * as the writer computes it (± 1 mm) (warning). The page number's face is a 宋体 face ({@code font}).</li>
 * <li>{@code characters-per-line}: a character grid ({@code w:docGrid} {@code linesAndChars} or
 * {@code snapToChars}) whose pitch, the body size plus {@code w:charSpace}, fits the text block's width
 * other than 28 times (warning).</li>
 * <li>{@code italic}, {@code underline}: italic or underlined text in a paragraph (underlined spaces, a
 * blank to fill in, aside), which 公文 do not use for emphasis; reformatting keeps it as set, so the
 * clerk decides (warning, once per paragraph, at the first such run).</li>
 * <li>{@code table-width}: a table wider than its section's text block, by its {@code w:tblW} or the sum
 * of its {@code w:gridCol} widths, ± 1 mm (error).</li>
 * <li>{@code table-grid}: a table without a width ({@code w:tblW}, auto or 0) or without column widths
 * ({@code w:tblGrid/w:gridCol}); WPS lays tables out by the columns (warning).</li>
 * <li>{@code table-font-size}: cell text other than the size of {@code TABLE} (and {@code TABLE_HEADER} in
 * header rows), ± 0.25 pt (warning).</li>
 * <li>{@code table-line-spacing}: cell paragraphs with the body's exact line pitch (28.95 pt), which makes
 * rows as tall as body lines (warning).</li>
 * </ul>
 * {@code structure} (error): the text cannot be read as a document at all (no text, characters a
 * document cannot carry); typography is then not checked.
 * A typographic finding that repeats is reported once, at its first paragraph, with the count.
 *
 * <p>Paragraphs that a drop pattern ({@link Builder#drop(String)}) matches are left out, as
 * {@link DocxReader} leaves them out: they take no part in recognising the structure and are not
 * checked.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocxChecker {
    private final Specification spec;
    private final DocxRecogniser recogniser;
    private final TextChecker text;
    private final PageRules page;
    private final PageNumberRules pageNumbers;
    private final TypographyRules typography;
    private final TableRules tables;
    private final CharacterRules characters = new CharacterRules();
    private final Optional<Set<String>> installed;

    /** A checker against the standard (GB/T 9704-2012). */
    public DocxChecker() {
        this(Specification.standard());
    }

    /**
     * A checker against a specification: its page, margins, line pitch, faces and sizes.
     *
     * @param spec the specification checked against
     */
    public DocxChecker(Specification spec) {
        this(builder().specification(spec));
    }

    private DocxChecker(Builder b) {
        this.spec = b.spec;
        this.recogniser = new DocxRecogniser(new StructureRecogniser(b.drop, b.spec, false), UnaryOperator.identity());
        this.text = TextChecker.builder().style(b.style).build();
        this.page = new PageRules(spec);
        this.pageNumbers = new PageNumberRules(spec);
        this.typography = new TypographyRules(spec);
        this.tables = new TableRules(spec);
        this.installed = b.installed;
    }

    /**
     * A builder for a checker with drop patterns or another specification.
     *
     * @return a builder with the standard's specification, no drop patterns, no style advice and no installed
     *         faces
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and checks a .docx; findings ordered by paragraph, document-wide ones (line 0) first.
     *
     * @param file the .docx
     * @return the findings, ordered by paragraph and offset; empty if there is nothing to report
     * @throws io.gongwen.DocumentReadException if the file cannot be read or is not a usable .docx
     */
    public List<Finding> check(Path file) {
        return check(WordContent.read(file));
    }

    /**
     * Checks a .docx already read.
     *
     * @param document the .docx as {@link io.gongwen.text.DocxReader#open(Path)} read it
     * @return the findings, ordered as {@link #check(Path)} orders them
     * @throws io.gongwen.DocumentReadException if {@code document} is not one the library read
     */
    public List<Finding> check(WordDocument document) {
        WordContent docx = WordContent.of(document);
        List<Finding> out = new ArrayList<>();
        page.check(docx, out);
        pageNumbers.check(docx, out);
        DocxRecogniser.Structure structure;
        try {
            structure = recogniser.structure(docx);
        } catch (InvalidDocumentException e) {
            out.add(Findings.document(Rule.STRUCTURE, Severity.ERROR, Where.Part.DOCUMENT,
                    "无法识别文档结构：" + e.getMessage(), "the document's structure cannot be recognised: " + e.getMessage()));
            structure = null;
        }
        List<String> lines = lines(docx, structure == null ? Set.of() : structure.dropped());
        if (structure != null) {
            Parts parts = new Parts(new Text(lines, new boolean[lines.size()]), structure.elements());
            typography.check(docx, structure.elements(), parts, out);
            typography.spacing(docx, parts, out);
            characters.check(docx, structure.elements(), structure.articles(), out);
        }
        installed.ifPresent(faces -> TypographyRules.installed(docx, faces, out));
        tables.check(docx, out);
        for (Finding f : text.check(lines)) {
            out.add(f.atParagraph());
        }
        out.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::offset));
        return out;
    }

    /**
     * The paragraphs as lines for the text rules: a paragraph's number is its line, and the paragraphs
     * the reader dropped (and those in tables) are left out as blank lines.
     */
    private static List<String> lines(WordContent docx, Set<Integer> dropped) {
        List<WordContent.Paragraph> paragraphs = docx.paragraphs();
        int last = paragraphs.isEmpty() ? 0 : paragraphs.get(paragraphs.size() - 1).number();
        String[] lines = new String[last];
        Arrays.fill(lines, "");
        for (WordContent.Paragraph p : paragraphs) {
            // one line per paragraph, so that line numbers are paragraph numbers and offsets stay
            lines[p.number() - 1] = dropped.contains(p.number()) ? "" : p.text().replace('\n', ' ').replace('\r', ' ');
        }
        return Arrays.asList(lines);
    }

    /** Builds a {@link DocxChecker}. Not thread-safe; can be reused. */
    public static final class Builder {
        private final List<Pattern> drop = new ArrayList<>();
        private Specification spec = Specification.standard();
        private boolean style;
        private Optional<Set<String>> installed = Optional.empty();

        private Builder() {
        }

        /**
         * Leaves out every paragraph in which the regular expression finds a match: the reader drops it
         * ({@link DocxReader.Builder#drop(String)}), so it takes no part in the structure, and it is not
         * checked.
         *
         * @param regex a {@link java.util.regex.Pattern} expression, not empty; patterns add up
         * @return this builder
         * @throws InvalidDocumentException naming {@code drop} if it is empty or not a regular expression
         */
        public Builder drop(String regex) {
            drop.add(StructureRecogniser.dropPattern(regex));
            return this;
        }

        /**
         * The specification checked against; the standard's unless set.
         *
         * @param spec the specification checked against
         * @return this builder
         */
        public Builder specification(Specification spec) {
            if (spec == null) {
                throw new InvalidDocumentException("specification", "must not be null");
            }
            this.spec = spec;
            return this;
        }

        /**
         * Whether to give the text rules' style advice (severity info); off unless set.
         *
         * @param on {@code true} to give style advice
         * @return this builder
         */
        public Builder style(boolean on) {
            this.style = on;
            return this;
        }

        /**
         * The faces installed where the document will be opened (font family names, e.g. what
         * {@code GraphicsEnvironment.getAvailableFontFamilyNames()} lists): each face the document names that
         * is not among them is a {@code font-installed} finding, since Word will put another in its place.
         * Not checked unless set.
         *
         * @param faces the family names, compared without case and surrounding white space; possibly empty
         * @return this builder
         * @throws InvalidDocumentException naming {@code installedFaces} if the collection is null or holds
         *                                  null
         */
        public Builder installedFaces(java.util.Collection<String> faces) {
            if (faces == null || faces.stream().anyMatch(java.util.Objects::isNull)) {
                throw new InvalidDocumentException("installedFaces", "must not be or hold null");
            }
            Set<String> names = new java.util.HashSet<>();
            faces.forEach(f -> names.add(f.strip().toLowerCase(java.util.Locale.ROOT)));
            this.installed = Optional.of(Set.copyOf(names));
            return this;
        }

        /**
         * A checker with these settings; the builder can go on being used.
         *
         * @return a new checker
         */
        public DocxChecker build() {
            return new DocxChecker(this);
        }
    }
}
