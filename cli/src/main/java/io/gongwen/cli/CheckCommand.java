package io.gongwen.cli;

import io.gongwen.GongwenException;
import io.gongwen.InputFile;
import io.gongwen.check.DocxChecker;
import io.gongwen.check.Finding;
import io.gongwen.check.Rule;
import io.gongwen.check.Severity;
import io.gongwen.check.TextChecker;
import io.gongwen.check.Where;
import io.gongwen.docx.WordDocument;
import io.gongwen.text.DraftReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code gongwen check}: what in a draft or a .docx, or a folder of them, is against the standard. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {
                "Lists what in a drafted text (.txt, UTF-8) or a .docx is against GB/T 9704-2012: for text, the "
                        + "text rules; for a .docx also page size, margins, line spacing, fonts, sizes, page numbers, "
                        + "the character grid and tables.",
                "Everything that would stop gongwen format is reported as an error (rule unreadable).",
                "With a folder: every .txt and .docx in it; a file that cannot be read is reported and skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no findings at or above the severity", "1:findings at or above the severity "
                + "(what format would refuse is an error)",
                "2:an input was unusable (takes precedence over 1)",
                "3:internal error (a bug: please report it)"})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = "--json", description = "print one JSON object (see the README) instead of text")
    boolean json;

    @Option(names = "--severity", paramLabel = "LEVEL", defaultValue = "warning",
            description = "report findings at or above this level: info, warning or error (default: ${DEFAULT-VALUE})")
    Severity severity;

    @Option(names = "--style",
            description = "also give style advice (severity info: over-long sentences, stock phrases); implies --severity info")
    boolean style;

    @Option(names = "--installed-fonts",
            description = "also report each face a .docx names that is not installed on this machine")
    boolean installedFonts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TextChecker textChecker;
        DocxChecker docxChecker;
        Readers readers;
        if (style && severity.compareTo(Severity.INFO) > 0) {
            severity = Severity.INFO;
        }
        try {
            TextChecker.Builder t = TextChecker.builder().style(style);
            inputs.drop.forEach(t::drop);
            textChecker = t.build();
            DocxChecker.Builder b = DocxChecker.builder().style(style);
            if (installedFonts) {
                b.installedFaces(java.util.List.of(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                        .getAvailableFontFamilyNames()));
            }
            inputs.drop.forEach(b::drop);
            docxChecker = b.build();
            readers = Readers.of(inputs.drop, true);
        } catch (GongwenException e) {
            err.println("gongwen check: " + e.getMessage());
            return Main.UNUSABLE;
        }
        Path input = inputs.input;
        List<Path> files;
        if (Files.isDirectory(input)) {
            try {
                files = Inputs.inFolder(input);
            } catch (IOException e) {
                err.println("gongwen check: could not list " + input + ": " + InputFile.reason(e));
                return Main.UNUSABLE;
            }
        } else {
            files = List.of(input);
        }
        Progress progress = new Progress(err, main.terminal && !json, files.size());
        List<CheckReport.FileResult> results = new ArrayList<>();
        for (Path file : files) {
            progress.start(file.getFileName().toString());
            CheckReport.FileResult result = check(file, textChecker, docxChecker, readers);
            progress.clear();
            progress.finish();
            results.add(result);
            if (!json) {
                CheckReport.printHuman(out, err, result);
            }
        }
        progress.clear();
        CheckReport report = new CheckReport(results, severity);
        if (json) {
            out.println(report.json(Main.Version.version()));
        } else {
            out.println(report.summary());
        }
        return report.exitCode();
    }

    private CheckReport.FileResult check(Path file, TextChecker textChecker, DocxChecker docxChecker, Readers readers) {
        Inputs.Kind kind = Inputs.kind(file);
        try {
            List<Finding> findings = new ArrayList<>();
            Runnable read;
            if (kind == Inputs.Kind.DOCX) {
                WordDocument docx = readers.open(file);
                findings.addAll(docxChecker.check(docx));
                read = () -> readers.read(docx);
            } else {
                String text = DraftReader.text(file);
                findings.addAll(textChecker.check(text));
                read = () -> readers.read(text);
            }
            refusal(read).ifPresent(findings::add);
            List<Finding> shown = findings.stream().filter(f -> f.severity().compareTo(severity) >= 0).toList();
            return CheckReport.FileResult.checked(file, kind, shown);
        } catch (GongwenException e) {
            return CheckReport.FileResult.unusable(file, kind, FormatCommand.describe(file, e));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return CheckReport.FileResult.internalError(file, kind,
                    "could not check " + file + ": internal error (a bug: please report it): " + e);
        }
    }

    /**
     * What would stop {@code gongwen format}: the reader it runs refuses the text (no text at all,
     * characters a document cannot carry, bad front matter, …). Reported as an error of its own rule,
     * {@code unreadable}, because the text rules do not see it.
     */
    private static java.util.Optional<Finding> refusal(Runnable read) {
        try {
            read.run();
            return java.util.Optional.empty();
        } catch (GongwenException e) {
            // the readers start a message with the line or paragraph it is about
            java.util.regex.Matcher at = AT.matcher(e.getMessage());
            int line = at.lookingAt() ? Integer.parseInt(at.group(2)) : 0;
            Where where = !at.lookingAt() ? Where.Part.DOCUMENT
                    : "line".equals(at.group(1)) ? new Where.Line(line) : new Where.Paragraph(line);
            return java.util.Optional.of(new Finding(Rule.UNREADABLE, Severity.ERROR, line, 0,
                    "无法排版，gongwen format 会拒绝此文件：" + e.getMessage(),
                    "gongwen format would refuse this file: " + e.getMessage(), java.util.Optional.empty(), where));
        }
    }

    private static final java.util.regex.Pattern AT = java.util.regex.Pattern.compile("(line|paragraph) (\\d+): ");
}
