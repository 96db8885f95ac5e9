package io.gongwen.text.recognition;

import io.gongwen.text.DraftWarning;
import io.gongwen.Attendance;
import io.gongwen.DocumentElement;
import io.gongwen.OfficialDocument;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what follows the body, reading from the end of the lines: the colophon (抄送, 印发机关和
 * 印发日期), bound attachments (each from its "附件N" label), the closing (signature, date, note), the
 * attachment note ("附件：1.……") and the attendance lists of minutes. Each method returns where the
 * part it found starts, so the next one reads on above it.
 */
public final class TailRecogniser {
    private static final Pattern DATE = Pattern.compile(
            "^([0-9０-９]{4})[ \\u3000]*年[ \\u3000]*([0-9０-９]{1,2})[ \\u3000]*月[ \\u3000]*([0-9０-９]{1,2})[ \\u3000]*日$");
    /** A date in Chinese numerals, as documents before 2012 print it: "二〇〇四年十一月四日". */
    private static final Pattern CHINESE_DATE = Pattern.compile(
            "^([〇○零一二三四五六七八九]{4})[ \\u3000]*年[ \\u3000]*([一二三四五六七八九十]{1,3})[ \\u3000]*月"
                    + "[ \\u3000]*([一二三四五六七八九十]{1,4})[ \\u3000]*日$");
    private static final Pattern DATE_WITH_PLACEHOLDERS = Pattern.compile("^[0-9０-９X×xＸ]{2,4}年[0-9０-９X×xＸ]{1,2}月[0-9０-９X×xＸ]{1,2}日$");
    private static final Pattern NOTE = Pattern.compile("^[（(]([^（）()]{1,60})[）)]$");
    private static final int LONGEST_SIGNATURE = 40;
    /** How the name of a body (机关) ends. */
    private static final Pattern BODY_NAME = Pattern.compile(
            "(政府|委员会|委|办公室|办公厅|办|局|厅|部|院|会|处|科|室|所|站|中心|公司|集团|组|队|团|社|厂|校|馆|行|署|党委|支部|街道)$");
    /** A title and a name side by side: "总理　　李克强", "市长　张三". */
    private static final Pattern SIGNATORY = Pattern.compile("^[^ \\u3000]{1,12}[ \\u3000]+[^ \\u3000]{2,5}$");
    private static final Pattern PRINTED = Pattern.compile(
            "^(.{1,40}?)[ \\t\\u3000]+([0-9０-９]{4})年([0-9０-９]{1,2})月([0-9０-９]{1,2})日[ \\u3000]*印发$");
    private static final Pattern COPY_TO = Pattern.compile("^抄[ \\u3000]*送[ \\u3000]*[：:][ \\u3000]*(.+?)[。.]?$");
    /** "附件", "附件2", also with the colon or stop some type after it ("附件：", "附件1."). */
    static final Pattern ATTACHMENT_LABEL = Pattern.compile("^附[ \\u3000]*件[ \\u3000]*([0-9０-９]{0,2})[ \\u3000]*[：:.．、]?$");
    /** "附件：title", "附件：1.title", and "附件1.title" (the number right after 附件, no colon). */
    private static final Pattern ATTACHMENT_NOTE = Pattern.compile(
            "^附[ \\u3000]*件[ \\u3000]*(?:[：:][ \\u3000]*(.+)|(1[ \\u3000]*[.．、][ \\u3000]*.+))$");
    /** Where the next item of a note written on one line starts: " 2.乙清单". */
    private static final Pattern NEXT_ITEM_ON_LINE = Pattern.compile("[ \\u3000]+([0-9０-９]{1,2})[ \\u3000]*[.．、][ \\u3000]*(?=\\S)");
    /** An item of an attachment note: "1.2021年度……" is item 1 here, where in the body it would be a decimal. */
    private static final Pattern NOTE_ITEM = Pattern.compile("^([0-9０-９]{1,2})[ \\u3000]*[.．、][ \\u3000]*(.+)$");
    private static final Pattern ATTENDANCE = Pattern.compile("^(出席|请假|列席)[ \\u3000]*[：:][ \\u3000]*(.+)$");

    private TailRecogniser() {
    }

    /** Whether a line reads as a line of minutes' attendance lists: "出席：张三、李四". */
    static boolean isAttendance(String text) {
        return ATTENDANCE.matcher(text).matches();
    }

    /** The colophon's lines at the very end (抄送, then 印发机关 and date); returns where they start. */
    static int colophon(List<Line> lines, int first, OfficialDocument.Builder doc,
                        Map<Integer, DocumentElement> elements, Set<String> given) {
        int end = lines.size();
        if (end - 1 >= first && !lines.get(end - 1).isTable()) {
            Line last = lines.get(end - 1);
            Matcher m = PRINTED.matcher(last.text());
            if (m.matches()) {
                try {
                    LocalDate date = date(m, 2);
                    last.attempt(() -> doc.printedBy(m.group(1).strip(), date));
                    elements.put(last.number(), DocumentElement.COLOPHON);
                    given.add("印发机关");
                    end--;
                } catch (DateTimeException e) {
                    // not a real date: the line stays text
                }
            }
        }
        if (end - 1 >= first && !lines.get(end - 1).isTable()) {
            Line last = lines.get(end - 1);
            Matcher m = COPY_TO.matcher(last.text());
            if (m.matches()) {
                List<String> recipients = new ArrayList<>();
                for (String r : m.group(1).split("[，,]")) {
                    if (!r.isBlank()) {
                        recipients.add(r.strip());
                    }
                }
                last.attempt(() -> doc.copyTo(recipients.toArray(String[]::new)));
                elements.put(last.number(), DocumentElement.COLOPHON);
                given.add("抄送");
                end--;
            }
        }
        return end;
    }

    /**
     * The attachments bound after the closing: each starts with its label alone on a line ("附件", or
     * "附件1", "附件2", … numbered in order) and its title on the next. Empty if there are none, if the
     * labels are not in order, or if no date (the closing's last line) stands right above the first.
     */
    static List<List<Line>> attachments(List<Line> lines, int first, int end) {
        return attachments(lines, first, end, true);
    }

    /**
     * The attachments from the first label after {@code first}; with {@code afterDate}, only if a
     * date (the closing's last line, or the note under it) stands right above the first label.
     */
    static List<List<Line>> attachments(List<Line> lines, int first, int end, boolean afterDate) {
        List<Integer> labels = new ArrayList<>();
        for (int i = first + 1; i < end; i++) {
            Line line = lines.get(i);
            if (!line.isTable() && ATTACHMENT_LABEL.matcher(line.text()).matches()) {
                labels.add(i);
            }
        }
        if (labels.isEmpty()) {
            return List.of();
        }
        // bound attachments follow the closing, which ends with its date (or the note under it)
        int before = labels.get(0) - 1;
        if (before > 0 && matches(NOTE, lines.get(before))) {
            before--;
        }
        if (afterDate && !isDate(lines.get(before))) {
            return List.of();
        }
        for (int k = 0; k < labels.size(); k++) {
            Matcher m = ATTACHMENT_LABEL.matcher(lines.get(labels.get(k)).text());
            m.matches();
            boolean numberedRight = m.group(1).isEmpty() ? labels.size() == 1 : Ordinal.arabic(m.group(1)) == k + 1;
            int titleAt = labels.get(k) + 1;
            int next = k + 1 < labels.size() ? labels.get(k + 1) : end;
            if (!numberedRight || titleAt >= next || lines.get(titleAt).isTable()) {
                return List.of();
            }
        }
        List<List<Line>> out = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            out.add(lines.subList(labels.get(k), k + 1 < labels.size() ? labels.get(k + 1) : end));
        }
        return out;
    }

    /**
     * The attachment note before the closing: "附件：title" or "附件：1.title" with "2.title", … on the
     * lines after it. Its titles go into {@code note}; returns where the body ends.
     */
    static int attachmentNote(List<Line> lines, int first, int end, List<String> note, String[] label,
                              List<DraftWarning> warnings, Map<Integer, DocumentElement> elements) {
        for (int k = end - 1; k >= first && k >= end - 30; k--) {
            Line line = lines.get(k);
            if (line.isTable()) {
                return end;
            }
            Matcher m = ATTACHMENT_NOTE.matcher(line.text());
            if (!m.matches()) {
                continue;
            }
            List<String> titles = new ArrayList<>();
            String items = m.group(1) != null ? m.group(1) : m.group(2);
            // "附件1.……" without the colon is kept as printed (the checker reports the form)
            label[0] = m.group(1) != null ? "附件：" : "附件";
            Matcher one = NOTE_ITEM.matcher(items);
            boolean numbered = one.matches() && Ordinal.arabic(one.group(1)) == 1;
            if (numbered) {
                onOneLine(one.group(2).strip(), titles);
            } else {
                titles.add(items.strip());
            }
            int onFirstLine = titles.size();
            for (int j = k + 1; j < end; j++) {
                Matcher next = lines.get(j).isTable() ? null : NOTE_ITEM.matcher(lines.get(j).text());
                if (!numbered || next == null || !next.matches()) {
                    return end;
                }
                int expected = titles.size() + 1;
                if (onFirstLine > 1) {
                    return end; // a note written on one line ends on it
                }
                if (Ordinal.arabic(next.group(1)) != expected) {
                    warnings.add(new DraftWarning(lines.get(j).number(), "attachment " + Ordinal.arabic(next.group(1))
                            + " where " + expected + " was expected; the note numbers it " + expected));
                }
                titles.add(next.group(2).strip());
            }
            for (int t = 0; t < titles.size(); t++) {
                String title = titles.get(t);
                int at = lines.get(k + Math.max(0, t - onFirstLine + 1)).number();
                if (title.matches(".*[。；，;,.]$")) {
                    warnings.add(new DraftWarning(at, "an attachment's name takes no punctuation "
                            + "after it (§7.3.4); the last character is left out: " + Line.shorten(title)));
                    titles.set(t, title.substring(0, title.length() - 1));
                }
            }
            for (int j = k; j < end; j++) {
                elements.put(lines.get(j).number(), DocumentElement.BODY);
            }
            note.addAll(titles);
            return k;
        }
        return end;
    }

    /**
     * The items of a note's first line: "甲清单 2.乙清单 3.丙清单" are three when the numbers after the
     * spaces run on from 2; otherwise the line is one title.
     */
    private static void onOneLine(String text, List<String> into) {
        Matcher next = NEXT_ITEM_ON_LINE.matcher(text);
        int start = 0;
        int expected = 2;
        List<String> found = new ArrayList<>();
        while (next.find()) {
            if (Ordinal.arabic(next.group(1)) != expected) {
                continue;
            }
            found.add(text.substring(start, next.start()).strip());
            start = next.end();
            expected++;
        }
        found.add(text.substring(start).strip());
        into.addAll(found);
    }

    /** The attendance lists of minutes (出席：…, 请假：…, 列席：…) at the end of the body; returns where they start. */
    static int attendance(List<Line> lines, int first, int end, OfficialDocument.Builder doc, boolean minutes,
                          Set<String> given, List<DraftWarning> warnings, Set<String> fromFrontMatter) {
        if (!minutes) {
            return end;
        }
        int start = end;
        while (start - 1 >= first && !lines.get(start - 1).isTable() && ATTENDANCE.matcher(lines.get(start - 1).text()).matches()) {
            start--;
        }
        for (Line line : lines.subList(start, end)) {
            Matcher m = ATTENDANCE.matcher(line.text());
            m.matches();
            given.add(m.group(1));
            if (fromFrontMatter.contains(m.group(1))) {
                continue; // the front matter's list replaces it (and says so)
            }
            Attendance.Kind kind = switch (m.group(1)) {
                case "出席" -> Attendance.Kind.PRESENT;
                case "请假" -> Attendance.Kind.ABSENT;
                default -> Attendance.Kind.IN_ATTENDANCE;
            };
            List<String> names = new ArrayList<>();
            for (String name : m.group(2).split("[、，,]")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            line.attempt(() -> doc.attendance(kind, names.toArray(String[]::new)));
        }
        return start;
    }

    /**
     * Reads signature, date and note from the end; returns where the body ends. The signatures are
     * only taken above a date the document can carry: the line above a date with placeholders is
     * body text like the date itself. A joint document's signatures stand side by side (separated by
     * tabs) or one per line; a line above the last one counts only if it reads as a body's name.
     */
    static int closing(List<Line> lines, int first, int closingEnd, OfficialDocument.Builder doc,
                       List<DraftWarning> warnings, Set<String> given) {
        int end = closingEnd;
        if (end - 1 > first && matches(NOTE, lines.get(end - 1))
                && (isDate(lines.get(end - 2)) || matches(DATE_WITH_PLACEHOLDERS, lines.get(end - 2)))) {
            Line note = lines.get(--end);
            note.attempt(() -> doc.note(note.text()));
        }
        if (end - 1 < first || lines.get(end - 1).isTable()) {
            return end;
        }
        Line last = lines.get(end - 1);
        if (isDate(last)) {
            try {
                LocalDate date = date(last.text());
                last.attempt(() -> doc.date(date));
                given.add("成文日期");
                end--;
            } catch (DateTimeException e) {
                warnings.add(new DraftWarning(last.number(), "not a real date, kept as a paragraph: " + last.text()));
                return end;
            }
        } else {
            if (DATE_WITH_PLACEHOLDERS.matcher(last.text()).matches()) {
                warnings.add(new DraftWarning(last.number(),
                        "a date with placeholders cannot be written as the document's date; kept as a paragraph: " + last.text()));
            }
            return end;
        }
        int signatures = end;
        while (signatures - 1 >= first && !lines.get(signatures - 1).isTable()
                && isSignature(lines.get(signatures - 1).text(), signatures == end)) {
            signatures--;
        }
        for (Line signature : lines.subList(signatures, end)) {
            // a jointly sealed document's signatures stand side by side, separated by tabs
            for (String issuer : signature.text().split("[ \\u3000]*\t[\t \\u3000]*")) {
                signature.attempt(() -> doc.signature(issuer));
            }
            given.add("署名");
        }
        return signatures;
    }

    /**
     * Whether a line can be a signature: short, no sentence punctuation, no number. Above the last
     * signature a line must also end like a body's name (…政府, …局, …委员会), so that a closing
     * "特此通知" without its 。 stays text.
     */
    static boolean isSignature(String text, boolean last) {
        return text.length() <= LONGEST_SIGNATURE && Ordinal.of(text) == null
                && text.chars().noneMatch(c -> "。，；：！？、".indexOf(c) >= 0)
                && (last || BODY_NAME.matcher(text).find());
    }

    /**
     * Where the document's own closing ends: after the first date line (Arabic or Chinese numerals,
     * alone on its line) that closes something, with the note under it. A date closes the document
     * when a signature stands above it, when the source sets it at the right margin, or when it is
     * the last line. What follows the closing is the document's attachments or the documents it
     * issues. Returns {@code end} when there is no such date: then the closing is read from the end.
     */
    static int ownClosingEnd(List<Line> lines, int first, int end) {
        for (int i = first + 1; i < end; i++) {
            Line line = lines.get(i);
            if (!isDate(line)) {
                continue;
            }
            Line above = lines.get(i - 1);
            // above a date in the middle of the text, a signature must read as one: a body's name, a
            // title and a name ("总理　　李克强"), or a line the source sets at the right margin
            boolean signed = !above.isTable() && isSignature(above.text(), true) && !isDate(above)
                    && (BODY_NAME.matcher(above.text()).find() || SIGNATORY.matcher(above.text()).matches()
                    || above.look().right());
            if (signed || line.look().right() || i == end - 1) {
                int after = i + 1;
                if (after < end && matches(NOTE, lines.get(after))) {
                    after++;
                }
                return after;
            }
        }
        return end;
    }

    /** Whether the line is a date and nothing else, in Arabic or Chinese numerals. */
    static boolean isDate(Line line) {
        return !line.isTable() && (DATE.matcher(line.text()).matches() || CHINESE_DATE.matcher(line.text()).matches());
    }

    /**
     * The date a date line gives.
     *
     * @throws DateTimeException if it is no real date ("2月30日")
     */
    public static LocalDate date(String text) {
        Matcher m = DATE.matcher(text);
        if (m.matches()) {
            return date(m, 1);
        }
        m = CHINESE_DATE.matcher(text);
        if (!m.matches()) {
            throw new DateTimeException("not a date: " + text);
        }
        int year = 0;
        for (int i = 0; i < 4; i++) {
            year = year * 10 + "〇一二三四五六七八九".indexOf(m.group(1).charAt(i) == '○' || m.group(1).charAt(i) == '零'
                    ? '〇' : m.group(1).charAt(i));
        }
        int month = io.gongwen.internal.ChineseNumerals.parse(m.group(2));
        int day = io.gongwen.internal.ChineseNumerals.parse(m.group(3));
        return LocalDate.of(year, month, day);
    }

    /** The date in three groups of a match (year, month, day) from {@code year} on. */
    private static LocalDate date(Matcher m, int year) {
        return LocalDate.of(Ordinal.arabic(m.group(year)), Ordinal.arabic(m.group(year + 1)), Ordinal.arabic(m.group(year + 2)));
    }

    private static boolean matches(Pattern pattern, Line line) {
        return !line.isTable() && pattern.matcher(line.text()).matches();
    }
}
