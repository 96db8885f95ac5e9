package io.gongwen.text.recognition;

import io.gongwen.FormattedText;
import io.gongwen.Note;
import io.gongwen.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where a title ends, in the lines from where it starts. A title is printed on one or more
 * centred lines (§7.3.1), and the way the lines read says which they are:
 * <ul>
 * <li>in a .docx, the centred lines at the top are the title's;</li>
 * <li>a 发文字号 printed under the title (as the State Council's web pages print it) ends the title:
 * every line above it that reads as a line of a title belongs to it;</li>
 * <li>otherwise the title runs on over short lines until one ends in the name of a kind of document
 * (……的通知, ……的批复, ……方案);</li>
 * <li>failing all of these, the first line is the title.</li>
 * </ul>
 * A first line that ends in a colon is the main recipients, not a title: then there is none.
 */
final class TitleRecogniser {
    /** How a title ends: the name of a kind of document (文种); "……《规定》" still has its 的通知 to come. */
    static final Pattern KIND_AT_END = Pattern.compile(
            "(通知|通报|意见|决定|决议|命令|令|公报|公告|通告|报告|请示|批复|答复|复函|函|议案|纪要|方案|办法|规定|条例|"
                    + "细则|规则|规划|纲要|总结|计划|要点|说明|建议|指南|标准|制度|守则|章程|预案|清单|名单)$");
    /** The most lines a title has in practice. */
    private static final int MOST_LINES = 4;
    /** A line of a title fits a line of the page: 2号 characters, about 21 of them, and some room. */
    private static final int LONGEST_LINE = 40;

    private TitleRecogniser() {
    }

    /** The index after the title's last line; {@code first} if the first line is not a title. */
    static int end(List<Line> lines, int first) {
        Line top = lines.get(first);
        if (StructureRecogniser.isAddressee(top) && !top.look().centred()) {
            return first;
        }
        int to = StructureRecogniser.continued(lines, first);
        if (top.look().centred()) {
            while (to < lines.size() && to - first < MOST_LINES + 2 && lines.get(to).look().centred()
                    && titleLike(lines.get(to)) && HeadRecogniser.numberAlone(lines.get(to).text()) == null) {
                to = StructureRecogniser.continued(lines, to);
            }
            return to;
        }
        for (int k = to; k < lines.size() && k - first <= MOST_LINES; k++) {
            Line line = lines.get(k);
            if (!line.isTable() && HeadRecogniser.numberAlone(line.text()) != null) {
                return k;
            }
            if (!titleLike(line)) {
                break;
            }
        }
        if (KIND_AT_END.matcher(lines.get(to - 1).text()).find()) {
            return to;
        }
        for (int k = to; k < lines.size() && k - first < MOST_LINES; ) {
            Line line = lines.get(k);
            if (!titleLike(line) || line.blankBefore() || StructureRecogniser.looksForeign(line.text())) {
                break;
            }
            k = StructureRecogniser.continued(lines, k);
            if (KIND_AT_END.matcher(lines.get(k - 1).text()).find()) {
                return k;
            }
        }
        return to;
    }

    /**
     * A title line set letter-spaced with spaces ("土 地 使 用 期 限 的 批 复", as web pages space out a
     * short line) without the spaces: they are layout, not words. Other lines are returned as they are.
     */
    static String unspaced(String line) {
        int gaps = 0;
        for (int i = 1; i + 1 < line.length(); i++) {
            if (line.charAt(i) == ' ' && isHan(line.charAt(i - 1)) && isHan(line.charAt(i + 1))) {
                gaps++;
            }
        }
        if (gaps < 3) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean gap = c == ' ' && i > 0 && i + 1 < line.length() && isHan(line.charAt(i - 1)) && isHan(line.charAt(i + 1));
            if (!gap) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The title's lines as one text with their spans and notes, a line separator (U+2028) between each
     * two, every line {@link #unspaced} (the spans and marks moved with what is left), without what is the
     * title's style rather than spans: bold, and a face over the whole title ({@link Line#styledAsHeading}).
     * Null when that leaves nothing but the text, which is most titles: they are read as their text.
     */
    static FormattedText formatted(List<Line> lines) {
        boolean plain = true;
        for (Line line : lines) {
            plain &= line.plain();
        }
        if (plain) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (Line line : lines) {
            if (text.length() > 0) {
                text.append('\u2028');
            }
            int at = text.length();
            FormattedText t = unspaced(line.formatted());
            text.append(t.text());
            for (Span s : t.spans()) {
                add(spans, new Span(s.start() + at, s.end() + at, s.emphasis(), s.face()));
            }
            for (Note n : t.notes()) {
                notes.add(new Note(n.at() + at, n.kind(), n.text()));
            }
        }
        FormattedText title = Line.styledAsHeading(new FormattedText(text.toString(), spans, notes));
        return title.isPlain() ? null : title;
    }

    /** {@link #unspaced(String)} with the text's spans and notes moved with the characters left. */
    private static FormattedText unspaced(FormattedText line) {
        String t = line.text();
        String left = unspaced(t);
        if (left.length() == t.length()) {
            return line;
        }
        // before[i]: how many characters before index i are gaps taken out
        int[] before = new int[t.length() + 1];
        for (int i = 0, j = 0; i < t.length(); i++) {
            boolean gap = j >= left.length() || left.charAt(j) != t.charAt(i);
            before[i + 1] = before[i] + (gap ? 1 : 0);
            j += gap ? 0 : 1;
        }
        List<Span> spans = new ArrayList<>();
        for (Span s : line.spans()) {
            int start = s.start() - before[s.start()];
            int end = s.end() - before[s.end()];
            if (start < end) {
                add(spans, new Span(start, end, s.emphasis(), s.face()));
            }
        }
        List<Note> notes = new ArrayList<>();
        for (Note n : line.notes()) {
            notes.add(new Note(n.at() - before[n.at()], n.kind(), n.text()));
        }
        return new FormattedText(left, spans, notes);
    }

    /** Adds a span, made one with the span before if the two touch and format alike. */
    private static void add(List<Span> spans, Span s) {
        Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        if (last != null && last.end() == s.start() && last.emphasis().equals(s.emphasis()) && last.face().equals(s.face())) {
            spans.set(spans.size() - 1, new Span(last.start(), s.end(), s.emphasis(), s.face()));
        } else {
            spans.add(s);
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * The index after the title lines that start at {@code from} (an attachment's, below its label):
     * the lines up to a blank line, one that does not read as a title, or one that ends in the name of
     * a kind of document; at least the first.
     */
    static int attachmentTitleEnd(List<Line> lines, int from, int to) {
        int k = StructureRecogniser.continued(lines, from);
        if (KIND_AT_END.matcher(unspaced(lines.get(k - 1).text())).find()) {
            return k;
        }
        while (k < to && k - from < 3) {
            Line line = lines.get(k);
            if (line.blankBefore() || line.continued() || !titleLike(line) || k + 1 >= to) {
                break;
            }
            k = StructureRecogniser.continued(lines, k);
            if (KIND_AT_END.matcher(unspaced(lines.get(k - 1).text())).find()) {
                break;
            }
        }
        return k;
    }

    /** Whether a line can be a line of a title: short, no sentence punctuation, not numbered, not a date. */
    static boolean titleLike(Line line) {
        if (line.isTable()) {
            return false;
        }
        String t = line.text();
        if (t.length() > LONGEST_LINE || Ordinal.of(t) != null || TailRecogniser.isDate(line)
                || BodyRecogniser.isChapterOrArticle(t)
                || t.startsWith("（") && t.endsWith("）") || t.startsWith("(") && t.endsWith(")")) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if ("。；：！？:;".indexOf(t.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
