package io.gongwen.text;

import io.gongwen.InvalidDocumentException;
import io.gongwen.Table;

/**
 * One line of a reader's input: a line of a text file, or a paragraph of a .docx. A .docx table
 * arrives as one line holding the table, which goes into the body where it stands.
 *
 * @param number 1-based, as the user counts (line of the file, paragraph of the .docx)
 * @param text the line as read, white space and all
 * @param table a table; null for a line of text
 * @param continued whether it continues the line before: the next line of a .docx paragraph with line
 *                  breaks (the title's lines are one title; elsewhere they are lines of their own)
 */
record Line(int number, String text, Table table, boolean continued) {
    Line(int number, String text) {
        this(number, text, null, false);
    }

    Line(int number, String text, Table table) {
        this(number, text, table, false);
    }

    boolean isTable() {
        return table != null;
    }

    /** Runs a builder call for this line; a problem is reported at the line of the input. */
    void attempt(Runnable call) {
        try {
            call.run();
        } catch (InvalidDocumentException e) {
            if (e.field().startsWith("line ")) {
                throw e;
            }
            throw new InvalidDocumentException("line " + number, e.getMessage());
        }
    }

    /** A line as a warning quotes it: its first 40 characters. */
    static String shorten(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }
}
