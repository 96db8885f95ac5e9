package io.gongwen.cli;

import io.gongwen.GongwenException;
import io.gongwen.InputFile;
import io.gongwen.layout.FontResolver;
import io.gongwen.text.Draft;
import io.gongwen.text.DraftWarning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code gongwen format}: a draft or a .docx, or a folder of them, laid out anew to the standard. */
@Command(name = "format", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {
                "Lays a drafted text (.txt, UTF-8) or an existing .docx out anew to GB/T 9704-2012.",
                "With a folder: every .txt and .docx in it, each to OUTPUT/<name>.docx. A file that cannot be "
                        + "read is reported and skipped; no partial output is ever left."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was written", "2:an input was unusable, or OUTPUT names a format there is "
                + "no writer for (the other inputs were still written)",
                "3:internal error (a bug: please report it; the other inputs were still written)"})
final class FormatCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTPUT",
            description = {"the .docx, .pdf or .ofd to write (replaced atomically; a symbolic link is followed); a "
                    + "folder when INPUT is a folder (.docx files); - for standard output (.docx)",
                    "the extension chooses the format: .docx, or .pdf or .ofd (GB/T 33190) laid out by gongwen4j itself "
                            + "with the fonts this machine has (see --font); a device or FIFO (/dev/stdout) is written "
                            + "to directly"})
    Path output;

    @Option(names = "--font", paramLabel = "FACE=FONT",
            description = {"for a PDF or OFD: the installed family, or the font file, that prints a face the document "
                    + "names, e.g. --font 仿宋_GB2312=\"AR PL UMing CN\" or --font 黑体=/fonts/simhei.ttf (repeat "
                    + "for each face); other faces are looked for under their own names in the system's font folders"})
    Map<String, String> fonts = new java.util.LinkedHashMap<>();

    @Option(names = "--pdfa",
            description = "for a PDF: write it as PDF/A-2b (ISO 19005-2), the archival profile: XMP metadata saying what "
                    + "the document information says, an sRGB output intent, every face embedded")
    boolean pdfA;

    @Option(names = "--no-fixes",
            description = "do not apply the text checker's safe fixes (\"(一)\" → \"（一）\", dates, …) to the text of a draft or of each paragraph of a .docx")
    boolean noFixes;

    @Option(names = "--report",
            description = {"after each file written, list what reformatting changed (page set-up, faces, sizes, "
                    + "indents, alignment and line spacing by element, number forms, dates, punctuation, headings "
                    + "renumbered; tracked changes accepted (or rejected), comments, colours, text boxes, pictures and "
                    + "lines matching --drop left out) and the checker's findings on the result, in Chinese and "
                    + "English; on standard output (on standard error with -o -)"})
    boolean report;

    @Option(names = "--report-json",
            description = {"the same report as one JSON object on standard output (see the README), and nothing "
                    + "else there: the lines naming each file written and the warnings go to standard error; "
                    + "not with -o -"})
    boolean reportJson;

    @Option(names = "--renumber",
            description = "number the headings in order (一、二、三、, and （一） restarting under each 一、) instead of keeping the numbers the input prints; gaps and repeats are reported either way")
    boolean renumber;

    @Option(names = "--reject-changes",
            description = "read a .docx as if every tracked change in it were rejected (deleted text kept, inserted "
                    + "text and paragraphs left out, the old formatting of runs and paragraphs) instead of accepted; "
                    + "the warnings and --report say which reading was used")
    boolean rejectChanges;

    /** The names of standard output: "-" and the system's. */
    private static final java.util.Set<String> STANDARD_OUTPUT = java.util.Set.of("-", "/dev/stdout", "/dev/fd/1",
            "/proc/self/fd/1");

    /** Each file's report, for --report-json: printed together at the end. */
    private final List<ChangesReport.FileResult> reports = new java.util.ArrayList<>();

    /** How formatting one file ended. */
    private enum Outcome {
        WRITTEN, UNUSABLE, INTERNAL_ERROR
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (report && reportJson) {
            err.println("gongwen format: give either --report (text) or --report-json, not both");
            return Main.UNUSABLE;
        }
        if (reportJson && STANDARD_OUTPUT.contains(output.toString())) {
            err.println("gongwen format: --report-json writes its JSON to standard output, which -o - takes for the "
                    + "document; write the document to a file");
            return Main.UNUSABLE;
        }
        int code = run(reportJson ? err : spec.commandLine().getOut(), err);
        if (reportJson) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(new ChangesReport(reports).json(Main.Version.version(), code));
            out.flush();
        }
        return code;
    }

    /** Formats the input; what is said about the files written goes to {@code out}. */
    private int run(PrintWriter out, PrintWriter err) {
        Readers readers;
        try {
            readers = Readers.of(inputs.drop, !noFixes, renumber, rejectChanges);
        } catch (GongwenException e) {
            err.println("gongwen format: " + e.getMessage());
            return Main.UNUSABLE;
        }
        Path input = inputs.input;
        // /dev/stdout is standard output too: written through the path, the document and the
        // messages about it would go into the same pipe
        boolean toStandardOutput = STANDARD_OUTPUT.contains(output.toString());
        if (pdfA && (Files.isDirectory(input) || toStandardOutput)) {
            err.println("gongwen format: --pdfa is for a PDF written to a file (-o NAME.pdf); "
                    + (toStandardOutput ? "standard output gets" : "a folder is formatted into") + " .docx files");
            return Main.UNUSABLE;
        }
        if (Files.isDirectory(input)) {
            if (toStandardOutput) {
                err.println("gongwen format: a folder is formatted into a folder, not to standard output (-o -)");
                return Main.UNUSABLE;
            }
            return batch(readers, out, err);
        }
        if (toStandardOutput) {
            // the document is the output: what is said about it goes to standard error
            return exitCode(format(input, null, OutputFormats.DOCX, readers, err, err));
        }
        Path target = Files.isDirectory(output) ? output.resolve(Inputs.docxName(input)) : output;
        FontResolver resolver;
        try {
            resolver = fonts(fonts);
        } catch (GongwenException e) {
            err.println("gongwen format: " + e.getMessage());
            return Main.UNUSABLE;
        }
        Optional<OutputFormats.Format> format = OutputFormats.forTarget(target, resolver, pdfA);
        if (format.isEmpty()) {
            err.println("gongwen format: " + OutputFormats.refusal(target));
            return Main.UNUSABLE;
        }
        if (pdfA && !format.get().extension().equals(".pdf")) {
            err.println("gongwen format: --pdfa is for a PDF (-o NAME.pdf); " + target + " is written as "
                    + format.get().extension());
            return Main.UNUSABLE;
        }
        return exitCode(format(input, target, format.get(), readers, out, err));
    }

    /**
     * The faces for a PDF: the system's font folders, with each {@code --font} mapping a face to a file
     * (a value that names one) or to an installed family.
     *
     * @throws io.gongwen.InvalidDocumentException naming the face if a file it is mapped to is missing
     */
    static FontResolver fonts(Map<String, String> mappings) {
        if (mappings.isEmpty()) {
            return FontResolver.system();
        }
        FontResolver.Builder b = FontResolver.builder().systemFolders();
        for (Map.Entry<String, String> m : mappings.entrySet()) {
            String font = m.getValue().strip();
            String lower = font.toLowerCase(java.util.Locale.ROOT);
            boolean file = font.contains("/") || font.contains("\\") || lower.endsWith(".ttf") || lower.endsWith(".ttc")
                    || lower.endsWith(".otf");
            if (file && !Files.isRegularFile(Path.of(font))) {
                throw new io.gongwen.InvalidDocumentException("--font " + m.getKey(), "no font file at " + font);
            }
            if (file) {
                b.face(m.getKey().strip(), Path.of(font));
            } else {
                b.alias(m.getKey().strip(), font);
            }
        }
        return b.build();
    }

    private static int exitCode(Outcome outcome) {
        return switch (outcome) {
            case WRITTEN -> Main.CLEAN;
            case UNUSABLE -> Main.UNUSABLE;
            case INTERNAL_ERROR -> Main.INTERNAL_ERROR;
        };
    }

    private int batch(Readers readers, PrintWriter out, PrintWriter err) {
        Path input = inputs.input;
        List<Path> files;
        try {
            if (Files.exists(output) && Files.isSameFile(input, output)) {
                err.println("gongwen format: the output folder must not be the input folder: " + output);
                return Main.UNUSABLE;
            }
            files = Inputs.inFolder(input);
            Files.createDirectories(output);
        } catch (IOException e) {
            err.println("gongwen format: could not use the folders " + input + " and " + output + ": "
                    + InputFile.reason(e));
            return Main.UNUSABLE;
        }
        Progress progress = new Progress(err, main.terminal, files.size());
        Map<String, Path> written = new HashMap<>();
        int formatted = 0;
        int failed = 0;
        boolean internalError = false;
        for (Path file : files) {
            progress.start(file.getFileName().toString());
            String name = Inputs.docxName(file);
            Path other = written.putIfAbsent(name, file);
            Outcome outcome;
            if (other != null) {
                progress.clear();
                err.println("gongwen format: skipped " + file + ": its output " + name + " is already the output of "
                        + other.getFileName());
                outcome = Outcome.UNUSABLE;
            } else {
                progress.clear();
                outcome = format(file, output.resolve(name), OutputFormats.DOCX, readers, out, err);
            }
            progress.finish();
            if (outcome == Outcome.WRITTEN) {
                formatted++;
            } else {
                failed++;
                internalError |= outcome == Outcome.INTERNAL_ERROR;
            }
        }
        progress.clear();
        out.println(formatted + " of " + files.size() + " files formatted into " + output
                + (failed == 0 ? "" : "; " + failed + " could not be used (see above)"));
        return internalError ? Main.INTERNAL_ERROR : failed == 0 ? Main.CLEAN : Main.UNUSABLE;
    }

    /**
     * Formats one file into {@code target}, or to standard output if it is null; reports a problem
     * and returns how it ended instead of throwing.
     */
    private Outcome format(Path file, Path target, OutputFormats.Format format, Readers readers,
                           PrintWriter out, PrintWriter err) {
        try {
            boolean reporting = report || reportJson;
            Readers.Reading reading = reporting ? readers.reading(file) : null;
            Draft draft = reporting ? reading.draft() : readers.read(file);
            if (target == null) {
                spec.commandLine().getOut().flush();
                format.writer().write(draft.document(), main.stdout);
                main.stdout.flush();
                out.println(file + " → standard output");
            } else {
                format.writer().write(draft.document(), target);
                out.println(file + " → " + target);
            }
            for (DraftWarning w : draft.warnings()) {
                out.println("  " + w);
            }
            if (reporting) {
                io.gongwen.check.FormatReport changes = readers.report(reading, findings(draft, target, format));
                if (reportJson) {
                    reports.add(ChangesReport.FileResult.formatted(file, Optional.ofNullable(target), Inputs.kind(file),
                            draft.warnings(), changes));
                } else {
                    ChangesReport.printHuman(out, changes);
                }
            }
            return Outcome.WRITTEN;
        } catch (GongwenException e) {
            err.println("gongwen format: " + describe(file, e));
            failed(file, describe(file, e), false);
            return Outcome.UNUSABLE;
        } catch (IOException e) {
            err.println("gongwen format: could not write " + file + " to standard output: " + InputFile.reason(e));
            failed(file, "could not write " + file + " to standard output: " + InputFile.reason(e), false);
            return Outcome.UNUSABLE;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err.println("gongwen format: could not format " + file + ": internal error (a bug: please report it): " + e);
            failed(file, "could not format " + file + ": internal error (a bug: please report it): " + e, true);
            return Outcome.INTERNAL_ERROR;
        }
    }

    private void failed(Path file, String error, boolean internalError) {
        if (reportJson) {
            reports.add(ChangesReport.FileResult.failed(file, Inputs.kind(file), error, internalError));
        }
    }

    /**
     * The checker's findings on the document as written: on the .docx written, or on a .docx of the
     * same document in a temporary file when the output is a PDF or a device.
     */
    private static List<io.gongwen.check.Finding> findings(Draft draft, Path target, OutputFormats.Format format)
            throws IOException {
        io.gongwen.check.DocxChecker checker = new io.gongwen.check.DocxChecker(draft.document().specification());
        if (target != null && format == OutputFormats.DOCX && Files.isRegularFile(target)) {
            return checker.check(target);
        }
        Path temporary = Files.createTempFile("gongwen-report-", ".docx");
        try {
            draft.document().writeTo(temporary);
            return checker.check(temporary);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The library's messages name the file when they come from reading it; the others get it here. */
    static String describe(Path file, GongwenException e) {
        String message = e.getMessage();
        if (e instanceof io.gongwen.layout.FontNotFoundException missing) {
            // the library's advice names its API; on the command line a face is mapped with --font
            message = message.replaceFirst(", or map it to a file with FontResolver\\.builder\\(\\)\\.face\\(.*$",
                    ", or map it to an installed family or a font file with --font " + missing.face() + "=FONT");
        }
        return message.contains(file.toString()) ? message : file + ": " + message;
    }
}
