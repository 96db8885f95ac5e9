package io.gongwen.check;

import io.gongwen.Checks;
import io.gongwen.InvalidDocumentException;
import io.gongwen.text.DraftReader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines a check leaves out because a drop pattern matches them, as {@code DraftReader} and
 * {@code DocxReader} leave them out of a document: a line (a paragraph's line) in which the regular
 * expression finds a match, its indentation stripped. Dropped lines are blanked rather than removed,
 * so that the other lines keep their numbers and offsets.
 *
 * <p>Immutable and thread-safe.
 */
public final class DroppedLines {
    private static final DroppedLines NONE = new DroppedLines(List.of());
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private final List<Pattern> patterns;

    private DroppedLines(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** Nothing dropped. */
    public static DroppedLines none() {
        return NONE;
    }

    /**
     * Lines matching any of these regular expressions.
     *
     * @throws InvalidDocumentException if one is null, empty or not a regular expression, worded as the
     *                                  readers' builders word it
     */
    public static DroppedLines matching(List<String> regexes) {
        if (regexes == null) {
            throw new InvalidDocumentException("drop", "must not be null");
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : regexes) {
            // the reader's builder validates the pattern and words the message
            DraftReader.builder().drop(regex);
            patterns.add(Pattern.compile(regex));
        }
        return new DroppedLines(patterns);
    }

    /** The regular expressions, as given. */
    public List<String> regexes() {
        return patterns.stream().map(Pattern::pattern).toList();
    }

    /** The text with every dropped line replaced by as many spaces; line breaks are kept as they are. */
    public String blank(String text) {
        if (patterns.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher breaks = LINE_BREAK.matcher(text);
        int start = 0;
        while (true) {
            boolean found = breaks.find();
            int end = found ? breaks.start() : text.length();
            String line = text.substring(start, end);
            String stripped = Checks.stripIndentation(line);
            out.append(patterns.stream().anyMatch(p -> p.matcher(stripped).find()) ? " ".repeat(line.length()) : line);
            if (!found) {
                return out.toString();
            }
            out.append(breaks.group());
            start = breaks.end();
        }
    }
}
