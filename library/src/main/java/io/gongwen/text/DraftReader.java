package io.gongwen.text;

import io.gongwen.text.recognition.FrontMatter;
import io.gongwen.text.recognition.Line;
import io.gongwen.text.recognition.StructureRecogniser;
import io.gongwen.DocumentReadException;
import io.gongwen.InputFile;
import io.gongwen.InvalidDocumentException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a drafted plain-text 公文 into the model: the title, the main recipients, the body with its
 * numbered sections recognised and nested, run-in headings split from their text, and the
 * signature, date and note at the end. The writer then numbers and lays it out to the standard.
 *
 * <p>What it understands, as people actually type it:
 * <ul>
 * <li>indentation with full-width spaces, ASCII spaces or none; blank lines between paragraphs or none;</li>
 * <li>ordinals 一、 （一） (一) 1. 1． 1、 （1） (1), also with the doubled punctuation drafts carry ("（一）、");</li>
 * <li>a heading followed by its text in the same line ("（一）力求办文精准化。为全面推进……"): split at the first 。；</li>
 * <li>the title on the first line; the main recipients on the next if it ends with a colon;</li>
 * <li>above the title, head-block lines as a finished document prints them (份号, 密级, 紧急程度, the
 * mark, 发文字号 and 签发人);</li>
 * <li>after the body: the attachment note ("附件：1.……"), the signature, a date written "2020年7月1日",
 * and a note in parentheses; then bound attachments ("附件1" and a title), the attendance lists of
 * minutes, and the colophon (抄送, 印发机关和印发日期).</li>
 * </ul>
 * Fields the text does not say go into a YAML front matter block at the top of the file, between
 * two {@code ---} lines: see {@link FrontMatter} and the README for the keys.
 * The text of each paragraph is kept exactly, apart from its number and the white space around it.
 * Numbers are kept in order and written anew: a gap or a repeat is reported as a warning, and a
 * number that starts again at 1 closes the section it was counting in.
 *
 * <p>Lines that are not part of the document (advertising, watermarks) are kept by default, with a
 * warning when they look like it; {@link Builder#drop(String)} removes lines that match a pattern.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DraftReader {
    /** A draft is a few hundred KB at most; anything far larger is not one. */
    private static final long LARGEST_DRAFT_BYTES = 64L * 1024 * 1024;

    private final StructureRecogniser recogniser;

    private DraftReader(Builder b) {
        this.recogniser = new StructureRecogniser(b.drop, b.specification, b.renumber);
    }

    /**
     * A reader that keeps every line and writes to the standard's specification.
     *
     * @return a reader without drop patterns, keeping the drafts' numbers
     */
    public static DraftReader standard() {
        return builder().build();
    }

    /**
     * A builder for a reader with drop patterns or another specification.
     *
     * @return a builder without drop patterns and with the standard's specification
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a UTF-8 text file (a byte-order mark is allowed).
     *
     * @param file the draft, a regular file of at most 64 MB
     * @return the document and the reader's warnings
     * @throws DocumentReadException if the file cannot be read, is not a regular file (a device or a FIFO),
     *                               holds more than 64 MB or is not UTF-8
     * @throws InvalidDocumentException naming {@code file} if it is null; naming {@code draft} or a line if
     *                                  the text cannot be laid out (it has no text, or no title after the
     *                                  head block)
     */
    public Draft read(Path file) {
        return read(text(file));
    }

    /**
     * The text of a draft file: UTF-8, with a byte-order mark allowed. GBK (GB18030) files are refused with a
     * message saying how to convert them; they are not guessed at.
     *
     * @param file the draft, a regular file of at most 64 MB
     * @return the file's text without its byte-order mark, line breaks as they are
     * @throws DocumentReadException if the file cannot be read, is not a regular file (a device or a FIFO),
     *                               holds more than 64 MB or is not UTF-8; the message names the file
     * @throws InvalidDocumentException naming {@code file} if it is null
     */
    public static String text(Path file) {
        if (file == null) {
            throw new InvalidDocumentException("file", "must not be null");
        }
        byte[] bytes = InputFile.read(file, LARGEST_DRAFT_BYTES, "a draft");
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new DocumentReadException("could not read " + file + ": it is not UTF-8 text" + gbkHint(bytes)
                    + " (" + e + ")", e);
        }
    }

    /**
     * Drafts saved by older Chinese Windows programs are GBK (GB18030). They are refused rather than
     * guessed at: a wrong guess would silently give a document of mojibake, and any byte sequence
     * that is not UTF-8 is likely to decode as something in GB18030.
     */
    private static String gbkHint(byte[] bytes) {
        try {
            java.nio.charset.Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return "; it reads as GBK/GB18030, so convert it first, e.g. iconv -f GB18030 -t UTF-8";
        } catch (CharacterCodingException e) {
            return "";
        }
    }

    /**
     * Reads drafted text.
     *
     * @param text the draft, lines separated by any line break; a leading byte-order mark is skipped
     * @return the document and the reader's warnings
     * @throws InvalidDocumentException naming {@code draft} if it is null or has no text, or a line if the
     *                                  text cannot be laid out (no title after the head block, a character a
     *                                  document cannot carry)
     */
    public Draft read(String text) {
        if (text == null) {
            throw new InvalidDocumentException("draft", "must not be null");
        }
        List<String> raw = Arrays.asList(text.split("\\R", -1));
        if (!raw.isEmpty() && raw.get(0).startsWith("\uFEFF")) {
            raw.set(0, raw.get(0).substring(1)); // a byte-order mark is not text
        }
        FrontMatter front = FrontMatter.read(raw);
        List<Line> lines = new ArrayList<>(raw.size());
        for (int i = front.lines(); i < raw.size(); i++) {
            lines.add(new Line(i + 1, raw.get(i), Line.Look.ofText(raw.get(i))));
        }
        return recogniser.recognise(lines, front).draft();
    }

    /**
     * The text with every line this reader drops replaced by as many spaces, line breaks kept, so
     * that the other lines keep their numbers and offsets: what {@code gongwen check --drop} checks.
     *
     * @param text the draft's text
     * @return text of the same length, line for line
     */
    public String blankDropped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        java.util.regex.Matcher breaks = java.util.regex.Pattern.compile("\\R").matcher(text);
        int start = 0;
        while (true) {
            boolean found = breaks.find();
            int end = found ? breaks.start() : text.length();
            String line = text.substring(start, end);
            boolean dropped = recogniser.dropping(io.gongwen.internal.Checks.stripIndentation(line)) != null;
            out.append(dropped ? " ".repeat(line.length()) : line);
            if (!found) {
                return out.toString();
            }
            out.append(breaks.group());
            start = breaks.end();
        }
    }

    /**
     * How many lines at the top of a draft are its front matter, both {@code ---} lines included; 0 if it has
     * none or its closing line is missing. The text checker skips them: they are data.
     *
     * @param lines the draft's lines, first line first
     * @return the number of lines, or 0
     */
    public static int frontMatterLines(List<String> lines) {
        return FrontMatter.extent(lines);
    }

    /** Builds a {@link DraftReader}. Not thread-safe. */
    public static final class Builder extends ReaderBuilder<Builder> {

        private Builder() {
        }

        /**
         * A reader with these settings; the builder can go on being used.
         *
         * @return a new reader
         */
        public DraftReader build() {
            return new DraftReader(this);
        }
    }
}
