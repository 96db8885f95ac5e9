package io.gongwen.internal;

import io.gongwen.InvalidDocumentException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The validation every piece of user text goes through before it reaches the model, and the one
 * place that words the messages. Each message starts with the field, then the rule, then the value.
 * {@link #stripIndentation} and {@link #startsWithOrdinal} are public so that readers apply the
 * builder's own rules; the rest is the builder's.
 */
public final class Checks {
    private static final String CHINESE_DIGITS = "一二三四五六七八九十百千零";
    private static final int SHOWN_CHARACTERS = 40;

    private Checks() {
    }

    /**
     * Text of a paragraph, heading or line: not blank, every character one XML can carry. Tab is
     * allowed; line breaks are not (give separate paragraphs or lines instead). Returns the text
     * without leading and trailing white space (including the full-width space U+3000): indentation
     * is the writer's job.
     */
    public static String text(String field, String value) {
        return text(() -> field, value);
    }

    /** As {@link #text(String, String)}, with the field's name computed only if there is a problem. */
    public static String text(Supplier<String> field, String value) {
        if (value == null) {
            throw new InvalidDocumentException(field.get(), "must not be null");
        }
        String stripped = stripIndentation(value);
        if (stripped.isEmpty()) {
            throw new InvalidDocumentException(field.get(), "must not be blank: " + quote(value));
        }
        // one pass, one range test for the ordinary character: this runs over every character of
        // every document, so the slow checks happen only where something needs a closer look
        for (int i = 0, n = stripped.length(); i < n; i++) {
            char c = stripped.charAt(i);
            if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) || c >= 0xFFFE) {
                if (c == '\n' || c == '\r') {
                    throw new InvalidDocumentException(field.get(), "must not contain a line break (at index " + i
                            + "); give separate paragraphs or lines instead: " + quote(stripped));
                }
                if (c != '\t') {
                    i = checkSpecial(field, stripped, i);
                }
            }
        }
        return stripped;
    }

    /** The character at {@code i} is a control, a surrogate or a non-character: returns the index to go on from. */
    private static int checkSpecial(Supplier<String> field, String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
            return i + 1;
        }
        if (Character.isSurrogate(c)) {
            throw unwritable(field.get(), value, i, "an unpaired surrogate");
        }
        throw unwritable(field.get(), value, i, "a character XML cannot carry");
    }

    /**
     * The text without the white space around it: what {@link String#strip()} removes, and also the
     * no-break spaces (U+00A0, U+2007, U+202F) and zero-width characters (U+200B, U+FEFF) that text
     * pasted from word processors carries as indentation.
     */
    public static String stripIndentation(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isIndentation(value.charAt(start))) {
            start++;
        }
        while (end > start && isIndentation(value.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == value.length() ? value : value.substring(start, end);
    }

    private static boolean isIndentation(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B' || c == '\uFEFF';
    }

    /** A heading must not carry its own number: the writer numbers headings. */
    public static String heading(Supplier<String> field, String value) {
        String text = text(field, value);
        if (startsWithOrdinal(text)) {
            throw new InvalidDocumentException(field.get(), "starts with a number, but headings are numbered "
                    + "automatically; give the heading without it: " + quote(text));
        }
        return text;
    }

    /** A run-in heading ends with full-width 。 ： ？ or ！ so that the body text can follow it. */
    public static String runInHeading(Supplier<String> field, String value) {
        String text = heading(field, value);
        char last = text.charAt(text.length() - 1);
        if ("。：？！".indexOf(last) < 0) {
            throw new InvalidDocumentException(field.get(), "a run-in heading must end with 。 (or ：？！) "
                    + "before the text that follows it: " + quote(text));
        }
        return text;
    }

    /**
     * Whether the text starts with an ordinal the caller typed: 一、 二. （三） (四) 1. ２． 3、 （5） (6).
     * Hand-written rather than a regular expression because it runs on every heading.
     */
    public static boolean startsWithOrdinal(String text) {
        int i = 0;
        boolean parenthesised = i < text.length() && (text.charAt(i) == '（' || text.charAt(i) == '(');
        if (parenthesised) {
            i++;
        }
        int digits = i;
        boolean chinese = false;
        while (i < text.length() && (CHINESE_DIGITS.indexOf(text.charAt(i)) >= 0 || isDigit(text.charAt(i)))) {
            chinese |= CHINESE_DIGITS.indexOf(text.charAt(i)) >= 0;
            i++;
        }
        if (i == digits || i >= text.length()) {
            return false;
        }
        char after = text.charAt(i);
        if (parenthesised) {
            return after == '）' || after == ')';
        }
        return chinese ? after == '、' || after == '.' || after == '．' : after == '.' || after == '．' || after == '、';
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    public static String fontName(String field, String value) {
        String name = text(field, value);
        if (name.length() > 31) {
            // Word truncates face names longer than 31 characters
            throw new InvalidDocumentException(field, "a font name has at most 31 characters: " + quote(name));
        }
        return name;
    }

    /**
     * Several texts of one field, each validated as {@link #text(String, String)} under the field
     * "field[i]"; with {@code atLeastOne}, an empty array is rejected too.
     */
    public static java.util.List<String> texts(String field, String[] values, boolean atLeastOne) {
        present(field, values);
        if (atLeastOne && values.length == 0) {
            throw new InvalidDocumentException(field, "give at least one");
        }
        String[] checked = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            checked[i] = text(field + "[" + i + "]", values[i]);
        }
        return java.util.List.of(checked);
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidDocumentException(field, "must not be null");
        }
        return value;
    }

    public static <T> T present(Supplier<String> field, T value) {
        if (value == null) {
            throw new InvalidDocumentException(field.get(), "must not be null");
        }
        return value;
    }

    private static InvalidDocumentException unwritable(String field, String value, int index, String what) {
        return new InvalidDocumentException(field, String.format(Locale.ROOT,
                "contains %s, U+%04X at index %d; remove it: %s", what, (int) value.charAt(index), index,
                quote(value)));
    }

    /** The value in quotes, shortened, with control characters shown as escapes. */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        int shown = Math.min(value.length(), SHOWN_CHARACTERS);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        if (shown < value.length()) {
            out.append('…');
        }
        return out.append('"').toString();
    }

    /** The first bytes of a file in hex ("89 50 4E 47"), for a message that says what a file is not. */
    public static String hex(byte[] b) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(8, b.length); i++) {
            out.append(String.format("%02X ", b[i] & 0xFF));
        }
        return out.toString().trim();
    }
}
