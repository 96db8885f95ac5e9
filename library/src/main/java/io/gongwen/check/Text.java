package io.gongwen.check;

import io.gongwen.internal.Checks;

import java.util.List;

/**
 * The lines the text rules read: each as written, numbered from 1, with the lines a drop pattern
 * matched (and a draft's front matter) left out, so that line numbers and offsets stay those of the source.
 */
final class Text {
    private final List<String> lines;
    private final boolean[] skipped;
    /** Each line's content and indent, worked out once: every rule group asks for them. */
    private final String[] contents;
    private final int[] indents;
    /** The parts of the document, for the groups that read them (worked out once, on first use). */
    private Parts parts;

    Text(List<String> lines, boolean[] skipped) {
        this.lines = List.copyOf(lines);
        this.skipped = skipped.clone();
        this.contents = new String[this.lines.size()];
        this.indents = new int[this.lines.size()];
        for (int i = 0; i < contents.length; i++) {
            String raw = skipped[i] ? "" : this.lines.get(i);
            String stripped = Checks.stripIndentation(raw);
            contents[i] = stripped.stripTrailing();
            indents[i] = stripped.isEmpty() ? raw.length() : raw.indexOf(stripped);
        }
    }

    /** The parts of the document as {@link Parts#Parts(Text)} reads them, worked out once. */
    Parts parts() {
        if (parts == null) {
            parts = new Parts(this);
        }
        return parts;
    }

    /** The number of the last line. */
    int last() {
        return lines.size();
    }

    /** Whether the line takes part: not dropped, not front matter, not blank. */
    boolean has(int line) {
        return line >= 1 && line <= lines.size() && !skipped[line - 1] && !lines.get(line - 1).isBlank();
    }

    /** The line as written, or "" for a line that takes no part. */
    String raw(int line) {
        return line >= 1 && line <= lines.size() && !skipped[line - 1] ? lines.get(line - 1) : "";
    }

    /** The line without its indentation (spaces, full-width spaces, tabs) and trailing white space. */
    String content(int line) {
        return line >= 1 && line <= lines.size() ? contents[line - 1] : "";
    }

    /** Where the content starts in the line as written. */
    int indent(int line) {
        return line >= 1 && line <= lines.size() ? indents[line - 1] : 0;
    }

    /** The next line after {@code line} that takes part, or 0. */
    int next(int line) {
        for (int i = line + 1; i <= lines.size(); i++) {
            if (has(i)) {
                return i;
            }
        }
        return 0;
    }

    /** The line before {@code line} that takes part, or 0. */
    int previous(int line) {
        for (int i = line - 1; i >= 1; i--) {
            if (has(i)) {
                return i;
            }
        }
        return 0;
    }

    /** The first line that takes part, or 0. */
    int first() {
        return next(0);
    }
}
