package io.gongwen.cli;

import io.gongwen.check.Finding;
import io.gongwen.check.FormatReport;
import io.gongwen.check.TextChecker;
import io.gongwen.docx.WordDocument;
import io.gongwen.text.DocxReader;
import io.gongwen.text.Draft;
import io.gongwen.text.DraftReader;
import io.gongwen.text.LibreOfficeConverter;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How {@code format} reads an input into a document: the drop patterns, then (unless turned off) the
 * text checker's safe fixes, then {@link DraftReader} or {@link DocxReader}. {@code check} reads
 * through the same object, so that it reports whatever would stop {@code format}.
 */
final class Readers {
    private final DraftReader draftReader;
    private final DocxReader docxReader;
    private final boolean fixes;
    private final List<String> drop;
    private Optional<LibreOfficeConverter> converter;

    private Readers(DraftReader draftReader, DocxReader docxReader, boolean fixes, List<String> drop) {
        this.drop = List.copyOf(drop);
        this.draftReader = draftReader;
        this.docxReader = docxReader;
        this.fixes = fixes;
    }

    /**
     * @throws io.gongwen.GongwenException naming {@code drop} if a pattern is not a regular expression
     */
    static Readers of(List<String> drop, boolean fixes) {
        return of(drop, fixes, false);
    }

    /**
     * As {@link #of(List, boolean)}; with {@code renumber}, the headings are numbered anew instead of
     * as the input prints them.
     */
    static Readers of(List<String> drop, boolean fixes, boolean renumber) {
        return of(drop, fixes, renumber, false);
    }

    /**
     * As {@link #of(List, boolean, boolean)}; with {@code rejectChanges}, a .docx's tracked changes are
     * read as rejected instead of accepted.
     */
    static Readers of(List<String> drop, boolean fixes, boolean renumber, boolean rejectChanges) {
        DraftReader.Builder t = DraftReader.builder();
        DocxReader.Builder d = DocxReader.builder();
        drop.forEach(t::drop);
        drop.forEach(d::drop);
        if (fixes) {
            d.paragraphText(TextChecker::applySafeFixes);
        }
        if (renumber) {
            t.renumber();
            d.renumber();
        }
        if (rejectChanges) {
            d.rejectChanges();
        }
        return new Readers(t.build(), d.build(), fixes, drop);
    }

    /** Reads a file as {@code format} does: as a .docx or as a draft, by {@link Inputs#kind}. */
    Draft read(Path file) {
        return Inputs.kind(file) == Inputs.Kind.DOCX ? docxReader.read(open(file)) : read(DraftReader.text(file));
    }

    /**
     * A file read as {@code format} reads it, with what it was read from, for the report of what
     * changed.
     *
     * @param draft what the reader made of it
     * @param docx the .docx as read, for a .docx (or a file converted to one)
     * @param text the draft's text as read, for a text draft
     */
    record Reading(Draft draft, Optional<WordDocument> docx, Optional<String> text) {
    }

    /** Reads a file as {@link #read(Path)} does, keeping its source. */
    Reading reading(Path file) {
        if (Inputs.kind(file) == Inputs.Kind.DOCX) {
            WordDocument docx = open(file);
            return new Reading(docxReader.read(docx), Optional.of(docx), Optional.empty());
        }
        String text = DraftReader.text(file);
        return new Reading(read(text), Optional.empty(), Optional.of(text));
    }

    /** What reading and writing changed, with the checker's findings on the written result. */
    FormatReport report(Reading reading, List<Finding> findings) {
        if (reading.docx().isPresent()) {
            WordDocument docx = reading.docx().get();
            return FormatReport.ofDocx(docx, drop, reading.draft(), fixes, findings);
        }
        return FormatReport.ofText(reading.text().orElseThrow(), reading.draft(), fixes, findings);
    }

    /**
     * Opens a .docx, or has LibreOffice convert a .doc, .wps, .rtf or .odt file to one first.
     *
     * @throws io.gongwen.DocumentReadException naming the file if it needs converting and LibreOffice
     *                                          is not installed, or the conversion failed
     */
    WordDocument open(Path file) {
        Optional<LibreOfficeConverter.Format> format = LibreOfficeConverter.formatOf(file);
        if (format.isEmpty()) {
            return DocxReader.open(file, docxReader.revisions());
        }
        LibreOfficeConverter converter = converter().orElseThrow(() -> new io.gongwen.DocumentReadException(
                "could not read " + file + ": " + WHAT.get(format.get()) + ", which gongwen reads by converting it with "
                        + "LibreOffice, and LibreOffice was not found; install it (Debian, Ubuntu: apt install "
                        + "libreoffice-writer-nogui) or name its soffice in the environment variable GONGWEN_SOFFICE", null));
        return converter.read(file, docxReader.revisions());
    }

    /** LibreOffice, looked for when a file first needs it, once per reading of the command. */
    private Optional<LibreOfficeConverter> converter() {
        if (converter == null) {
            converter = LibreOfficeConverter.find();
        }
        return converter;
    }

    private static final java.util.Map<LibreOfficeConverter.Format, String> WHAT = java.util.Map.of(
            LibreOfficeConverter.Format.WORD_97, "it is a Word 97-2003 .doc or WPS .wps file (or a password-protected .docx)",
            LibreOfficeConverter.Format.RTF, "it is an RTF file",
            LibreOfficeConverter.Format.ODT, "it is an OpenDocument text (.odt)");


    /** Reads a draft's text as {@code format} does. */
    Draft read(String text) {
        return draftReader.read(fixes ? TextChecker.applySafeFixes(text) : text);
    }

    /** Reads a .docx already opened as {@code format} does. */
    Draft read(WordDocument docx) {
        return docxReader.read(docx);
    }
}
