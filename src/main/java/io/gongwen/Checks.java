package io.gongwen;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The validation every piece of user text goes through before it reaches the model, and the one
 * place that words the messages. Each message starts with the field, then the rule, then the value.
 */
final class Checks {
    /** An ordinal that the caller typed although the library numbers headings itself. */
    private static final Pattern TYPED_ORDINAL = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十百零]+[、.．]|[（(][一二三四五六七八九十百零]+[）)]"
                    + "|[0-9０-９]+[.．、]|[（(][0-9０-９]+[）)])");
    private static final int SHOWN_CHARACTERS = 40;

    private Checks() {
    }

    /**
     * Text of a paragraph, heading or line: not blank, every character one XML can carry. Tab is
     * allowed; line breaks are not (give separate paragraphs or lines instead). Returns the text
     * without leading and trailing white space (including the full-width space U+3000): indentation
     * is the writer's job.
     */
    static String text(String field, String value) {
        String stripped = present(field, value).strip();
        if (stripped.isEmpty()) {
            throw new InvalidDocumentException(field, "must not be blank: " + quote(value));
        }
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == '\n' || c == '\r') {
                throw new InvalidDocumentException(field, "must not contain a line break (at index " + i
                        + "); give separate paragraphs or lines instead: " + quote(stripped));
            }
        }
        return xmlSafe(field, stripped);
    }

    /** Rejects characters that XML 1.0 cannot carry and unpaired surrogates; returns the value. */
    static String xmlSafe(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw unwritable(field, value, i, "an unpaired surrogate");
            }
            if (Character.isLowSurrogate(c)) {
                throw unwritable(field, value, i, "an unpaired surrogate");
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                throw unwritable(field, value, i, "a character XML cannot carry");
            }
        }
        return value;
    }

    /** A heading must not carry its own number: the writer numbers headings. */
    static String heading(String field, String value) {
        String text = text(field, value);
        if (TYPED_ORDINAL.matcher(text).find()) {
            throw new InvalidDocumentException(field, "starts with a number, but headings are numbered "
                    + "automatically; give the heading without it: " + quote(text));
        }
        return text;
    }

    /** A run-in heading ends with full-width 。 ： ？ or ！ so that the body text can follow it. */
    static String runInHeading(String field, String value) {
        String text = heading(field, value);
        char last = text.charAt(text.length() - 1);
        if ("。：？！".indexOf(last) < 0) {
            throw new InvalidDocumentException(field, "a run-in heading must end with 。 (or ：？！) "
                    + "before the text that follows it: " + quote(text));
        }
        return text;
    }

    static String fontName(String field, String value) {
        String name = text(field, value);
        if (name.length() > 31) {
            // Word truncates face names longer than 31 characters
            throw new InvalidDocumentException(field, "a font name has at most 31 characters: " + quote(name));
        }
        return name;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidDocumentException(field, "must not be null");
        }
        return value;
    }

    private static InvalidDocumentException unwritable(String field, String value, int index, String what) {
        return new InvalidDocumentException(field, String.format(Locale.ROOT,
                "contains %s, U+%04X at index %d; remove it: %s", what, (int) value.charAt(index), index,
                quote(value)));
    }

    /** The value in quotes, shortened, with control characters shown as escapes. */
    static String quote(String value) {
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
}
