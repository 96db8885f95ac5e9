package io.gongwen.check;

import io.gongwen.internal.Checks;
import io.gongwen.InvalidDocumentException;
import io.gongwen.text.DraftReader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks drafted text against the typesetting rules of GB/T 9704-2012 and common 公文 practice, and
 * proposes safe fixes. It reads the text as written; it does not lay anything out. The README's
 * "Checking a draft" lists the rules; they are grouped one class per group: placeholders, ordinals
 * and numbering, document numbers, dates, punctuation, the parts of the document, the head block
 * and (off unless {@link Builder#style(boolean)} turns it on) style advice.
 *
 * <p>A draft ({@link #check(String)}) may start with YAML front matter, which is data and is not
 * checked; lines ({@link #check(List)}), such as the paragraphs of a .docx, are all text. Lines a
 * drop pattern matches are not checked; line numbers and offsets stay those of the input.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextChecker {
    /**
     * The checkers whose fixes {@link #applySafeFixes} applies (immutable, no drop patterns): for a
     * draft, every group that has fixes (placeholders have none); for one line, such as a paragraph of a
     * .docx, the groups that read a line on its own, since the parts of a document (title, head block)
     * cannot be told from one line.
     */
    private static final TextChecker SAFE_FIXES = new TextChecker(List.of(new OrdinalRules(), new NumberRules(),
            new DateRules(), new PunctuationRules(), new PartsRules(), new AttachmentRules(), new HeadBlockRules()));
    private static final TextChecker LINE_FIXES = new TextChecker(List.of(new OrdinalRules(), new NumberRules(),
            new DateRules(), new PunctuationRules(), new AttachmentRules()));

    /** What {@code \R} matches: the line breaks of a draft, compiled once. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private final List<Pattern> drop;
    private final List<TextRules> rules;

    /** A checker with every rule but style advice, and no drop patterns. */
    public TextChecker() {
        this(new Builder());
    }

    private TextChecker(Builder b) {
        this.drop = List.copyOf(b.drop);
        List<TextRules> r = new ArrayList<>(List.of(new PlaceholderRules(), new OrdinalRules(), new NumberRules(),
                new DateRules(), new PunctuationRules(), new PartsRules(), new AttachmentRules(), new HeadBlockRules()));
        if (b.style) {
            r.add(new StyleRules());
        }
        this.rules = List.copyOf(r);
    }

    private TextChecker(List<TextRules> rules) {
        this.drop = List.of();
        this.rules = List.copyOf(rules);
    }

    /**
     * A builder for a checker with drop patterns or style advice.
     *
     * @return a builder without drop patterns or style advice
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a drafted text: its lines, after its front matter; findings in line order.
     *
     * @param draft the draft, lines separated by any line break
     * @return the findings, ordered by line and offset; empty if there is nothing to report
     * @throws InvalidDocumentException naming {@code draft} if it is null
     */
    public List<Finding> check(String draft) {
        if (draft == null) {
            throw new InvalidDocumentException("draft", "must not be null");
        }
        List<String> lines = Arrays.asList(LINE_BREAK.split(draft, -1));
        // a draft's YAML front matter is data, not text: "发文机关: …" keeps its half-width colon
        return check(lines, DraftReader.frontMatterLines(lines));
    }

    /**
     * Checks lines of text that have no front matter, such as the paragraphs of a .docx (one line each, in
     * order); line {@code n} of a finding is {@code lines.get(n - 1)}.
     *
     * @param lines the lines, first line first, each checked as one line
     * @return the findings, ordered by line and offset; empty if there is nothing to report
     * @throws InvalidDocumentException naming {@code lines} if the list or a line is null
     */
    public List<Finding> check(List<String> lines) {
        if (lines == null || lines.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidDocumentException("lines", "must not be or hold null");
        }
        return check(lines, 0);
    }

    private List<Finding> check(List<String> lines, int frontMatter) {
        return check(lines, frontMatter, false);
    }

    /** The findings, or with {@code fixesOnly} at least those whose fixes {@link #applySafeFixes} may apply. */
    private List<Finding> check(List<String> lines, int frontMatter, boolean fixesOnly) {
        boolean[] skipped = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            skipped[i] = i < frontMatter || dropped(lines.get(i));
        }
        Text text = new Text(lines, skipped);
        List<Finding> out = new ArrayList<>();
        for (TextRules group : rules) {
            if (fixesOnly) {
                group.fixes(text, out);
            } else {
                group.check(text, out);
            }
        }
        out.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::offset));
        return out;
    }

    private boolean dropped(String line) {
        if (drop.isEmpty()) {
            return false;
        }
        String stripped = Checks.stripIndentation(line);
        return drop.stream().anyMatch(p -> p.matcher(stripped).find());
    }

    /**
     * The text with every safe fix applied: {@code applyFixes(text, findings)} for the findings of a checker
     * with no drop patterns, leaving out renumbering ({@link Rule#renumbers()}) and fixes that insert what
     * the source does not print (the colon of "附件1.……"): reading never changes a document's numbers, and
     * these fixes replace characters by their standard forms or remove them, never add to the text.
     * {@code check} still reports both, with their fixes.
     *
     * @param text a draft, or one line such as a paragraph of a .docx (checked then only by the rules that
     *             read a line on its own)
     * @return the fixed text, its lines joined with {@code \n}
     * @throws InvalidDocumentException naming {@code text} if it is null
     */
    public static String applySafeFixes(String text) {
        return applyFixes(text, safeFixes(text));
    }

    /**
     * The findings whose fixes {@link #applySafeFixes} applies to the text, in line and offset order:
     * of two that overlap in a line, only the one {@link #applyFixes} applies. What reformatting
     * changed in the words is these fixes, each a replacement of {@code fix().length()} characters at
     * {@code fix().offset()} of line {@code line()} (a line of a draft, or of a paragraph's text when it
     * has line breaks).
     *
     * @param text the draft's text, or a paragraph's
     * @return the findings whose fixes are applied, in line and offset order
     * @throws InvalidDocumentException if the text is null
     */
    public static List<Finding> safeFixes(String text) {
        if (text == null) {
            throw new InvalidDocumentException("text", "must not be null");
        }
        boolean line = text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
        List<Finding> found;
        String[] lines;
        if (line) {
            lines = new String[] {text};
            found = LINE_FIXES.check(List.of(text), 0, true);
        } else {
            lines = LINE_BREAK.split(text, -1);
            found = SAFE_FIXES.check(Arrays.asList(lines), DraftReader.frontMatterLines(Arrays.asList(lines)), true);
        }
        List<Finding> safe = new ArrayList<>();
        for (Finding f : found) {
            if (!f.rule().renumbers() && f.fix().isPresent() && f.fix().get().length() > 0) {
                safe.add(f);
            }
        }
        return applied(safe, lines);
    }

    /** Of the findings, those whose fixes {@link #applyFixes} applies, as it chooses them, in line and offset order. */
    private static List<Finding> applied(List<Finding> findings, String[] lines) {
        Map<Integer, List<Finding>> byLine = new TreeMap<>();
        for (Finding f : findings) {
            if (f.line() >= 1 && f.line() <= lines.length) {
                byLine.computeIfAbsent(f.line(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Finding>> e : byLine.entrySet()) {
            List<Finding> line = new ArrayList<>(e.getValue());
            line.sort(Comparator.comparingInt((Finding f) -> f.fix().get().offset()).reversed());
            int length = lines[e.getKey() - 1].length();
            int limit = Integer.MAX_VALUE;
            List<Finding> kept = new ArrayList<>();
            for (Finding f : line) {
                Fix fix = f.fix().get();
                if (fix.offset() + fix.length() <= limit && fix.offset() + fix.length() <= length) {
                    kept.add(f);
                    limit = fix.offset();
                }
            }
            java.util.Collections.reverse(kept);
            out.addAll(kept);
        }
        return out;
    }

    /**
     * Applies the fixes of the findings to the text they were found in. Of two fixes that overlap in a line,
     * the one further on is applied.
     *
     * @param draft the text the findings were found in
     * @param findings the findings; those without a fix, or whose line the text does not have, are passed
     *                 over
     * @return the fixed text, its lines joined with {@code \n} whatever line breaks it had
     * @throws InvalidDocumentException naming {@code draft} or {@code findings} if it is null
     */
    public static String applyFixes(String draft, List<Finding> findings) {
        if (draft == null || findings == null) {
            throw new InvalidDocumentException(draft == null ? "draft" : "findings", "must not be null");
        }
        if (findings.stream().noneMatch(f -> f.fix().isPresent()) && onlyNewlines(draft)) {
            return draft; // what joining its lines with \n would give
        }
        String[] lines = LINE_BREAK.split(draft, -1);
        Map<Integer, List<Fix>> byLine = new TreeMap<>();
        for (Finding f : findings) {
            if (f.line() >= 1 && f.line() <= lines.length) {
                f.fix().ifPresent(fix -> byLine.computeIfAbsent(f.line(), k -> new ArrayList<>()).add(fix));
            }
        }
        for (Map.Entry<Integer, List<Fix>> e : byLine.entrySet()) {
            List<Fix> fixes = new ArrayList<>(e.getValue());
            fixes.sort(Comparator.comparingInt(Fix::offset).reversed());
            StringBuilder line = new StringBuilder(lines[e.getKey() - 1]);
            int limit = Integer.MAX_VALUE;
            for (Fix fix : fixes) {
                if (fix.offset() + fix.length() <= limit && fix.offset() + fix.length() <= line.length()) {
                    line.replace(fix.offset(), fix.offset() + fix.length(), fix.replacement());
                    limit = fix.offset();
                }
            }
            lines[e.getKey() - 1] = line.toString();
        }
        return String.join("\n", lines);
    }

    /** Whether the only line breaks of the text are {@code \n} (of those {@code \R} matches). */
    private static boolean onlyNewlines(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** Builds a {@link TextChecker}. Not thread-safe; can be reused. */
    public static final class Builder {
        private final List<Pattern> drop = new ArrayList<>();
        private boolean style;

        private Builder() {
        }

        /**
         * Leaves out every line in which the regular expression finds a match (after its indentation), as
         * {@code DraftReader.Builder.drop} drops it.
         *
         * @param regex a {@link java.util.regex.Pattern} expression, not empty; patterns add up
         * @return this builder
         * @throws InvalidDocumentException naming {@code drop} if it is empty or not a regular expression
         */
        public Builder drop(String regex) {
            if (regex == null || regex.isEmpty()) {
                throw new InvalidDocumentException("drop", "must not be empty");
            }
            try {
                drop.add(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw new InvalidDocumentException("drop", "is not a regular expression: " + e.getDescription()
                        + ": " + regex);
            }
            return this;
        }

        /**
         * Whether to give style advice ({@link Rule.Group#STYLE}, severity info); off unless set.
         *
         * @param on {@code true} to give style advice
         * @return this builder
         */
        public Builder style(boolean on) {
            this.style = on;
            return this;
        }

        /**
         * A checker with these settings; the builder can go on being used.
         *
         * @return a new checker
         */
        public TextChecker build() {
            return new TextChecker(this);
        }
    }
}
