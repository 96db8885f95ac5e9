package io.gongwen.cli;

import java.io.PrintWriter;

/**
 * A progress bar for batches, drawn on standard error on a terminal only: on a pipe or in a file it
 * draws nothing, so logs and JSON stay clean.
 */
final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean shown;
    private final int total;
    private int done;
    private boolean drawn;

    Progress(PrintWriter err, boolean terminal, int total) {
        this.err = err;
        this.shown = terminal && total > 1;
        this.total = total;
    }

    /** Shows that work on a file starts. */
    void start(String name) {
        if (!shown) {
            return;
        }
        int filled = total == 0 ? WIDTH : WIDTH * done / total;
        String shortName = name.length() > 40 ? name.substring(0, 39) + "…" : name;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + (done + 1) + "/" + total + " "
                + shortName + "\u001B[K");
        err.flush();
        drawn = true;
    }

    /** Shows that a file is done. */
    void finish() {
        done++;
    }

    /** Clears the bar so that a line can be printed. */
    void clear() {
        if (drawn) {
            err.print("\r\u001B[K");
            err.flush();
            drawn = false;
        }
    }
}
