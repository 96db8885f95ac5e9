package io.gongwen.cli;

import io.gongwen.GongwenException;
import io.gongwen.check.DocxChecker;
import io.gongwen.check.Finding;
import io.gongwen.check.Severity;
import io.gongwen.check.TextChecker;
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
                "With a folder: every .txt and .docx in it; a file that cannot be read is reported and skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no findings at or above the severity", "1:findings at or above the severity",
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
                err.println("gongwen check: could not list " + input + ": " + e);
                return Main.UNUSABLE;
            }
        } else {
            files = List.of(input);
        }
        Progress progress = new Progress(err, main.terminal && !json, files.size());
        List<CheckReport.FileResult> results = new ArrayList<>();
        for (Path file : files) {
            progress.start(file.getFileName().toString());
            CheckReport.FileResult result = check(file, textChecker, docxChecker);
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

    private CheckReport.FileResult check(Path file, TextChecker textChecker, DocxChecker docxChecker) {
        Inputs.Kind kind = Inputs.kind(file);
        try {
            List<Finding> findings = kind == Inputs.Kind.DOCX
                    ? docxChecker.check(file)
                    : textChecker.check(DraftReader.text(file));
            List<Finding> shown = findings.stream().filter(f -> f.severity().compareTo(severity) >= 0).toList();
            return CheckReport.FileResult.checked(file, kind, shown);
        } catch (GongwenException e) {
            return CheckReport.FileResult.unusable(file, kind, FormatCommand.describe(file, e));
        } catch (RuntimeException e) {
            return CheckReport.FileResult.unusable(file, kind, "could not check " + file + ": internal error: " + e);
        }
    }
}
