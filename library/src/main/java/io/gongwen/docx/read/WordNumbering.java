package io.gongwen.docx.read;

import io.gongwen.internal.ChineseNumerals;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Word's automatic numbering ({@code word/numbering.xml}) as far as it takes to print a paragraph's
 * label the way Word does: the level's text ("%1、", "（%2）") with each level's counter in its
 * format. Counters run per list ({@code w:numId}) and a level restarts every deeper level. Formats
 * beyond decimal, full-width decimal, Chinese counting and letters are printed as decimal; bullets
 * have no label. Level overrides and numbering carried by paragraph styles are not read.
 */
final class WordNumbering {
    private static final int LEVELS = 9;

    /** One level of an abstract list. */
    private record Level(int start, String format, String text) {
    }

    private final Map<String, Map<Integer, Level>> abstractLists = new HashMap<>();
    private final Map<String, String> lists = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();

    static WordNumbering none() {
        return new WordNumbering();
    }

    static WordNumbering parse(InputStream in) throws XMLStreamException {
        WordNumbering out = new WordNumbering();
        XMLStreamReader xml = WordXmlInput.open(in);
        try {
            Map<Integer, Level> levels = null;
            String numId = null;
            int ilvl = -1;
            int start = 1;
            String format = "decimal";
            String text = null;
            while (xml.hasNext()) {
                int event = WordXmlInput.next(xml);
                if (event == XMLStreamConstants.START_ELEMENT && WordXmlInput.isW(xml)) {
                    switch (xml.getLocalName()) {
                        case "abstractNum" -> {
                            levels = new HashMap<>();
                            out.abstractLists.put(WordXmlInput.attr(xml, "abstractNumId"), levels);
                        }
                        case "lvl" -> {
                            Integer level = WordXmlInput.integer(WordXmlInput.attr(xml, "ilvl"));
                            ilvl = level == null ? -1 : level;
                            start = 1;
                            format = "decimal";
                            text = null;
                        }
                        case "start" -> start = orOne(WordXmlInput.integer(WordXmlInput.attr(xml, "val")));
                        case "numFmt" -> format = WordXmlInput.attr(xml, "val");
                        case "lvlText" -> text = WordXmlInput.attr(xml, "val");
                        case "num" -> numId = WordXmlInput.attr(xml, "numId");
                        case "abstractNumId" -> {
                            if (numId != null) {
                                out.lists.put(numId, WordXmlInput.attr(xml, "val"));
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && WordXmlInput.isW(xml)) {
                    switch (xml.getLocalName()) {
                        case "lvl" -> {
                            if (levels != null && ilvl >= 0 && ilvl < LEVELS) {
                                levels.put(ilvl, new Level(start, format, text));
                            }
                            ilvl = -1;
                        }
                        case "abstractNum" -> levels = null;
                        case "num" -> numId = null;
                        default -> {
                        }
                    }
                }
            }
        } finally {
            xml.close();
        }
        return out;
    }

    private static int orOne(Integer value) {
        return value == null ? 1 : value;
    }

    /** Counts the next paragraph of the list at the level and returns its label, if it prints one. */
    Optional<String> next(String numId, int ilvl) {
        Map<Integer, Level> levels = abstractLists.get(lists.get(numId));
        if (levels == null || ilvl < 0 || ilvl >= LEVELS || !levels.containsKey(ilvl)) {
            return Optional.empty();
        }
        int[] count = counters.computeIfAbsent(numId, k -> new int[LEVELS]);
        for (int i = 0; i < ilvl; i++) {
            if (count[i] == 0 && levels.containsKey(i)) {
                count[i] = levels.get(i).start;
            }
        }
        count[ilvl] = count[ilvl] == 0 ? levels.get(ilvl).start : count[ilvl] + 1;
        for (int i = ilvl + 1; i < LEVELS; i++) {
            count[i] = 0;
        }
        Level level = levels.get(ilvl);
        if (level.text == null || "bullet".equals(level.format) || "none".equals(level.format)) {
            return Optional.empty();
        }
        StringBuilder label = new StringBuilder();
        String t = level.text;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '%' && i + 1 < t.length() && t.charAt(i + 1) >= '1' && t.charAt(i + 1) <= '9') {
                int referenced = t.charAt(++i) - '1';
                Level of = levels.get(referenced);
                label.append(format(of == null ? "decimal" : of.format, Math.max(1, count[referenced])));
            } else {
                label.append(c);
            }
        }
        return Optional.of(label.toString());
    }

    private static String format(String format, int n) {
        return switch (format == null ? "decimal" : format) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
                 "ideographDigital", "taiwaneseCounting", "taiwaneseCountingThousand" ->
                    n <= ChineseNumerals.MAX ? ChineseNumerals.of(n) : Integer.toString(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "lowerLetter" -> n <= 26 * 30 ? letters(n, 'a') : Integer.toString(n);
            case "upperLetter" -> n <= 26 * 30 ? letters(n, 'A') : Integer.toString(n);
            default -> Integer.toString(n);
        };
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) (c - '0' + '０')));
        return out.toString();
    }

    /** Word's letters: a … z, then aa … zz, and so on. */
    private static String letters(int n, char a) {
        char letter = (char) (a + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }
}
