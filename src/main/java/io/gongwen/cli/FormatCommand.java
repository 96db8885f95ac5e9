package io.gongwen.cli;

import io.gongwen.GongwenException;
import io.gongwen.check.TextChecker;
import io.gongwen.text.DocxReader;
import io.gongwen.text.Draft;
import io.gongwen.text.DraftReader;
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
import java.util.concurrent.Callable;

/** {@code gongwen format}: a draft or a .docx, or a folder of them, laid out anew to the standard. */
@Command(name = "format", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {
                "Lays a drafted text (.txt, UTF-8) or an existing .docx out anew to GB/T 9704-2012.",
                "With a folder: every .txt and .docx in it, each to OUTPUT/<name>.docx. A file that cannot be "
                        + "read is reported and skipped; no partial output is ever left."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was written", "2:an input was unusable (the others were still written)",
                "3:internal error (a bug: please report it)"})
final class FormatCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTPUT",
            description = "the .docx to write (replaced atomically); a folder when INPUT is a folder")
    Path output;

    @Option(names = "--no-fixes",
            description = "do not apply the text checker's safe fixes (\"(一)\" → \"（一）\", dates, …) to the text of a draft or of each paragraph of a .docx")
    boolean noFixes;

    @Option(names = "--renumber",
            description = "number the headings in order (一、二、三、, and （一） restarting under each 一、) instead of keeping the numbers the input prints; gaps and repeats are reported either way")
    boolean renumber;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DraftReader draftReader;
        DocxReader docxReader;
        try {
            DraftReader.Builder t = DraftReader.builder();
            DocxReader.Builder d = DocxReader.builder();
            inputs.drop.forEach(t::drop);
            inputs.drop.forEach(d::drop);
            if (!noFixes) {
                d.paragraphText(TextChecker::applySafeFixes);
            }
            if (renumber) {
                t.renumber();
                d.renumber();
            }
            draftReader = t.build();
            docxReader = d.build();
        } catch (GongwenException e) {
            err.println("gongwen format: " + e.getMessage());
            return Main.UNUSABLE;
        }
        Path input = inputs.input;
        if (!Files.isDirectory(input)) {
            Path target = Files.isDirectory(output) ? output.resolve(Inputs.docxName(input)) : output;
            return format(input, target, draftReader, docxReader, out, err) ? Main.CLEAN : Main.UNUSABLE;
        }
        return batch(draftReader, docxReader, out, err);
    }

    private int batch(DraftReader draftReader, DocxReader docxReader, PrintWriter out, PrintWriter err) {
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
            err.println("gongwen format: " + e);
            return Main.UNUSABLE;
        }
        Progress progress = new Progress(err, main.terminal, files.size());
        Map<String, Path> written = new HashMap<>();
        int formatted = 0;
        int failed = 0;
        for (Path file : files) {
            progress.start(file.getFileName().toString());
            String name = Inputs.docxName(file);
            Path other = written.putIfAbsent(name, file);
            boolean ok;
            if (other != null) {
                progress.clear();
                err.println("gongwen format: skipped " + file + ": its output " + name + " is already the output of "
                        + other.getFileName());
                ok = false;
            } else {
                progress.clear();
                ok = format(file, output.resolve(name), draftReader, docxReader, out, err);
            }
            progress.finish();
            if (ok) {
                formatted++;
            } else {
                failed++;
            }
        }
        progress.clear();
        out.println(formatted + " of " + files.size() + " files formatted into " + output
                + (failed == 0 ? "" : "; " + failed + " could not be used (see above)"));
        return failed == 0 ? Main.CLEAN : Main.UNUSABLE;
    }

    /** Formats one file; reports a problem and returns false instead of throwing. */
    private boolean format(Path file, Path target, DraftReader draftReader, DocxReader docxReader,
                           PrintWriter out, PrintWriter err) {
        try {
            Draft draft;
            if (Inputs.kind(file) == Inputs.Kind.DOCX) {
                draft = docxReader.read(file);
            } else {
                String text = DraftReader.text(file);
                if (!noFixes) {
                    text = TextChecker.applySafeFixes(text);
                }
                draft = draftReader.read(text);
            }
            draft.document().writeTo(target);
            out.println(file + " → " + target);
            for (DraftWarning w : draft.warnings()) {
                out.println("  " + w);
            }
            return true;
        } catch (GongwenException e) {
            err.println("gongwen format: " + describe(file, e));
            return false;
        } catch (RuntimeException e) {
            err.println("gongwen format: could not format " + file + ": internal error: " + e);
            return false;
        }
    }

    /** The library's messages name the file when they come from reading it; the others get it here. */
    static String describe(Path file, GongwenException e) {
        String message = e.getMessage();
        return message.contains(file.toString()) ? message : file + ": " + message;
    }
}
