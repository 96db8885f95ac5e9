package io.gongwen;

import io.gongwen.docx.DocxWriter;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
    private final List<String> title;
    private final List<String> addressees;
    private final List<Block> body;
    private final Optional<String> signature;
    private final Optional<LocalDate> date;
    private final Optional<String> note;
    private final Specification specification;

    private OfficialDocument(Builder b) {
        if (b.title.isEmpty()) {
            throw new InvalidDocumentException("title", "must not be blank: a document needs a title");
        }
        this.title = List.copyOf(b.title);
        this.addressees = List.copyOf(b.addressees);
        this.body = b.blocks();
        this.signature = b.signature;
        this.date = b.date;
        this.note = b.note;
        this.specification = b.specification;
    }

    /** A builder for a document laid out to the standard's {@link Specification}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The title's lines (标题), centred, at least one. */
    public List<String> title() {
        return title;
    }

    /** The lines of the main recipients (主送机关); the last ends with a full-width colon. Possibly empty. */
    public List<String> addressees() {
        return addressees;
    }

    /** The body (正文): paragraphs and numbered sections. */
    public List<Block> body() {
        return body;
    }

    /** The issuing body's signature (发文机关署名). */
    public Optional<String> signature() {
        return signature;
    }

    /** The date of the document (成文日期). */
    public Optional<LocalDate> date() {
        return date;
    }

    /** The date as the standard writes it: Arabic digits, no leading zeros, e.g. "2020年7月1日". */
    public Optional<String> dateText() {
        return date.map(OfficialDocument::formatDate);
    }

    /** The note (附注), with its full-width parentheses, e.g. "（此件公开发布）". */
    public Optional<String> note() {
        return note;
    }

    /** The layout this document is written with. */
    public Specification specification() {
        return specification;
    }

    /** The date as the standard writes it: "2020年7月1日". */
    public static String formatDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * A plain-text outline: the title, then one line per block with headings numbered as they will
     * print and the start of each paragraph, indented two spaces per level of nesting. Stable across
     * versions of the writer, so it suits snapshot tests of report builders.
     */
    public String outline() {
        return DocumentOutline.of(this);
    }

    /**
     * Writes the .docx to a file, replacing an existing one atomically: the document is written to a
     * temporary file in the same directory, which then replaces the target. If anything fails, the
     * old file is untouched and the temporary file is removed.
     *
     * @throws DocumentWriteException if writing fails; the message names the file
     */
    public void writeTo(Path file) {
        DocxWriter.write(this, file);
    }

    /** Writes the .docx to a stream, which is left open. */
    public void writeTo(OutputStream out) {
        DocxWriter.write(this, out);
    }

    /** The .docx as bytes. The same document always gives the same bytes. */
    public byte[] toBytes() {
        return DocxWriter.toBytes(this);
    }

    /**
     * Builds an {@link OfficialDocument}. Every method validates its argument at once and throws
     * {@link InvalidDocumentException} naming the field. Not thread-safe; {@link #build()} has no side
     * effects, so a builder can build several documents.
     */
    public static final class Builder extends BodyBuilder<Builder> {
        private static final List<HeadingLevel> STANDARD_LEVELS = List.of(HeadingLevel.values());

        private final List<String> title = new ArrayList<>();
        private final List<String> addressees = new ArrayList<>();
        private List<HeadingLevel> headingLevels = STANDARD_LEVELS;
        private Optional<String> signature = Optional.empty();
        private Optional<LocalDate> date = Optional.empty();
        private Optional<String> note = Optional.empty();
        private Specification specification = Specification.standard();

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
         * The title, one argument per line; a line break inside an argument also starts a new line.
         * Replaces any title set before.
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
            return this;
        }

        /**
         * The main recipients (主送机关), one argument per line, flush left. A full-width colon is
         * added after the last one if it has none (a trailing half-width colon becomes full-width).
         */
        public Builder addressee(String... lines) {
            Checks.present("addressee", lines);
            if (lines.length == 0) {
                throw new InvalidDocumentException("addressee", "give at least one line");
            }
            List<String> parsed = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                parsed.add(Checks.text("addressee[" + i + "]", lines[i]));
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

        /** The issuing body's signature (发文机关署名), written right-aligned below the body. */
        public Builder signature(String issuer) {
            signature = Optional.of(Checks.text("signature", issuer));
            return this;
        }

        /** The date (成文日期), written "2020年7月1日" below the signature. */
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
         * parentheses: "此件公开发布" becomes "（此件公开发布）"; text already in （） is kept as it is.
         */
        public Builder note(String text) {
            String t = Checks.text("note", text);
            note = Optional.of(t.startsWith("（") && t.endsWith("）") ? t : "（" + t + "）");
            return this;
        }

        /** The layout to write with; {@link Specification#standard()} unless set. */
        public Builder specification(Specification spec) {
            specification = Checks.present("specification", spec);
            return this;
        }

        /** Builds the document; throws {@link InvalidDocumentException} if there is no title. */
        public OfficialDocument build() {
            return new OfficialDocument(this);
        }
    }
}
