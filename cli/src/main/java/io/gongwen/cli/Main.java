package io.gongwen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code gongwen} command: {@code format} lays drafts and existing .docx files out to
 * GB/T 9704-2012, {@code check} lists what in them is against the standard. The commands are thin:
 * they call {@code DraftReader}, {@code DocxReader}, {@code TextChecker} and {@code DocxChecker}.
 *
 * <p>Exit codes: 0 done and clean; 1 {@code check} found something at or above the chosen severity
 * (what {@code format} would refuse is an error); 2 an input was unusable (missing, not a regular
 * file, unreadable, not UTF-8, not a .docx), the output names a format there is no writer for, or the
 * command line was wrong; 3 an internal error (a bug), always with one line on standard error.
 * Output is UTF-8.
 */
@Command(name = "gongwen", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {FormatCommand.class, CheckCommand.class, CommandLine.HelpCommand.class},
        description = "Lays out Chinese official documents (公文) to GB/T 9704-2012, and checks them.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done; no findings at or above the severity",
                "1:check found something at or above the severity",
                "2:an input was unusable, or the command line was wrong",
                "3:internal error (a bug: please report it)"})
public final class Main implements Runnable {
    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    static final int UNUSABLE = 2;
    static final int INTERNAL_ERROR = 3;

    @Spec
    CommandSpec spec;

    /** Whether progress bars may be drawn: only on a terminal, never on a pipe. */
    final boolean terminal;

    /** Standard output as bytes, for {@code format -o -}. */
    final OutputStream stdout;

    Main(boolean terminal, OutputStream stdout) {
        this.terminal = terminal;
        this.stdout = stdout;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        // POI logs through log4j-api: without a provider it would print a warning on every run, and
        // for a damaged file it logs the XML parser's stack trace before we report the file cleanly
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
        // the JDK's XML parser prints "[Fatal Error] …" to System.err for some damaged parts; what the
        // user reads on standard error is ours alone
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(OutputStream.nullOutputStream()));
        int code;
        try {
            code = run(args, System.out, stderr, System.console() != null);
        } catch (Throwable e) {
            // run reports its own errors; this is the last line of defence, and still one line
            stderr.println("gongwen: internal error (a bug: please report it): " + e);
            code = INTERNAL_ERROR;
        }
        System.exit(code);
    }

    /**
     * Runs the command line as {@link #main} does, writing to these streams (UTF-8) instead of the
     * process's, and returns the exit code instead of exiting: for embedding and tests.
     *
     * @param terminal whether progress bars may be drawn on {@code err}
     */
    public static int run(String[] args, OutputStream out, OutputStream err, boolean terminal) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new Main(terminal, out))
                .setOut(o)
                .setErr(e)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((ex, line, parsed) -> {
                    line.getErr().println("gongwen: internal error (a bug: please report it): " + ex);
                    return INTERNAL_ERROR;
                });
        try {
            return cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError ex) {
            // picocli hands on errors that are not exceptions; the stack has unwound, so there is room to say it
            e.println("gongwen: internal error (a bug: please report it): " + ex);
            return INTERNAL_ERROR;
        } finally {
            o.flush();
            e.flush();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a command: format or check");
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"gongwen " + version()};
        }

        static String version() {
            try (InputStream in = Main.class.getResourceAsStream("version.txt")) {
                String v = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                return v.isEmpty() || v.contains("${") ? "development" : v;
            } catch (IOException e) {
                return "development";
            }
        }
    }
}
