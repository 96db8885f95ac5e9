package io.gongwen.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Runs the {@code gongwen} command in this JVM, as the tests of the command line do. */
final class Gongwen {
    private Gongwen() {
    }

    /** What a run printed, as text, and its exit code. */
    record Run(int exitCode, String out, String err) {
    }

    /** What a run wrote to standard output, as bytes (a document written to {@code -o -}). */
    record Raw(int exitCode, byte[] out, String err) {
        String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    /** Runs {@code gongwen args…} with no terminal. */
    static Run run(String... args) {
        return run(false, args);
    }

    /** Runs {@code gongwen args…}; {@code terminal} says whether standard error is a terminal. */
    static Run run(boolean terminal, String... args) {
        Raw raw = raw(terminal, args);
        return new Run(raw.exitCode(), raw.outText(), raw.err());
    }

    /** Runs {@code gongwen args…} with no terminal, keeping standard output as bytes. */
    static Raw raw(String... args) {
        return raw(false, args);
    }

    private static Raw raw(boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, out, err, terminal);
        return new Raw(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }
}
