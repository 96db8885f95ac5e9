package io.gongwen.text.recognition;

import io.gongwen.DocumentElement;
import io.gongwen.DocumentFormat;
import io.gongwen.OfficialDocument;
import io.gongwen.Secrecy;
import io.gongwen.Table;
import io.gongwen.Urgency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the head block (版头) in the lines before the title: the lines a finished document
 * carries there, as GB/T 9704-2012 §7.2 prints them and as a clerk types them.
 *
 * <ul>
 * <li>份号: six digits alone on a line;</li>
 * <li>密级 (with its period, "机密★1年") and 紧急程度 ("特急", "加急"), each alone on a line;</li>
 * <li>发文字号: code〔year〕serial号, alone or with 签发人 and names after it; a line "签发人：names"
 * before it, and names after it, give the signers, as does such a line right after it;</li>
 * <li>发文机关标志: the lines (or the table of a joint mark) between those and the 发文字号 line: "……文件"
 * gives the issuers and the suffix 文件; "……纪要" makes minutes;</li>
 * <li>an order: a mark ending in 令 or 命令 followed by "第N号"; an order has no title.</li>
 * </ul>
 * A mark is only taken when a 发文字号 (or an order's number) follows it, so a document that starts with
 * its title is read as before. The mark of the letter format lives in the page header, which readers do
 * not see: a letter reads as a general document with its 发文字号.
 */
final class HeadRecogniser {
    private static final Pattern COPY_NUMBER = Pattern.compile("^[0-9０-９]{6}$");
    private static final Pattern SECRECY = Pattern.compile("^(绝密|机密|秘密)(?:[ \\u3000]*[★☆*＊][ \\u3000]*([^ \\u3000]{1,8}))?$");
    private static final Pattern NUMBER = Pattern.compile(
            "^([^\\s\\u3000〔\\[［【(（〖]{1,20}[〔\\[［【(（〖][0-9０-９]{4}[〕\\]］】)）〗]第?[0-9０-９]{1,9}号)(.*)$");
    private static final Pattern SIGNERS = Pattern.compile("^签发人[ \\u3000]*[：:][ \\u3000]*(.*)$");
    /** The number of minutes under their mark: "〔2026〕第5次", "（第12期）", "第3号". */
    private static final Pattern MINUTES_NUMBER = Pattern.compile(
            "^[（(]?(?:[〔\\[［【(（][0-9０-９]{4}[〕\\]］】)）][ \\u3000]*)?第?[ \\u3000]*[0-9０-９一二三四五六七八九十百零〇]{1,6}"
                    + "[ \\u3000]*[次期号][）)]?$");
    private static final Pattern ORDER_NUMBER = Pattern.compile("^第[ \\u3000]*([0-9０-９]{1,9})[ \\u3000]*号$");
    /** A line that reads as a title: "关于……", or ending in the name of a kind of document. */
    private static final Pattern LOOKS_LIKE_TITLE = Pattern.compile(
            "关于|(决议|决定|命令|令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要|方案|办法|规定|总结|计划|要点)$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[\\s\\u3000、，,]+");
    /** A head block has a handful of lines; the mark at most three. */
    private static final int LONGEST_HEAD = 10;
    private static final int LONGEST_MARK_LINE = 40;

    private HeadRecogniser() {
    }

    /**
     * What the head block held.
     *
     * @param lines the lines, with the letter format's side-by-side head fields taken apart
     * @param end the index of the first line after it (the title's, or the body's for an order)
     * @param order whether it is an order's, which has no title
     * @param given the front matter keys it set (Chinese names), to report what the front matter overrides
     */
    record Head(List<Line> lines, int end, boolean order, boolean minutes, Set<String> given) {
    }

    static Head read(List<Line> input, OfficialDocument.Builder doc,
                     Map<Integer, DocumentElement> elements) {
        List<Line> lines = sideBySide(input);
        Set<String> given = new java.util.LinkedHashSet<>();
        int i = 0;
        // the lines above the mark, in any order
        while (i < lines.size() && i < LONGEST_HEAD && topLine(lines.get(i), doc, elements, given)) {
            i++;
        }
        int markStart = i;
        int numberAt = -1;
        boolean order = false;
        for (int j = markStart; j < lines.size() && j <= markStart + 3; j++) {
            Line line = lines.get(j);
            if (line.isTable()) {
                continue;
            }
            if (SIGNERS.matcher(line.text()).matches() || isNumberLine(line.text())) {
                numberAt = j;
                break;
            }
            if (j > markStart && !lines.get(j - 1).isTable() && lines.get(j - 1).text().endsWith("纪要")
                    && MINUTES_NUMBER.matcher(line.text()).matches()) {
                // minutes: the mark, then their number where the 发文字号 stands
                boolean[] minutes = {false};
                List<Line> mark = lines.subList(markStart, j);
                if (mark(mark, doc, elements, given, false, minutes) && minutes[0]) {
                    line.attempt(() -> doc.minutesNumber(line.text()));
                    elements.put(line.number(), DocumentElement.BODY);
                    given.add("纪要编号");
                    return new Head(lines, j + 1, false, true, given);
                }
            }
            if (ORDER_NUMBER.matcher(line.text()).matches() && j > markStart
                    && !lines.get(j - 1).isTable() && lines.get(j - 1).text().endsWith("令")) {
                numberAt = j;
                order = true;
                break;
            }
        }
        if (numberAt < 0) {
            // minutes often have no 发文字号: their mark "……纪要" stands right above a title "……纪要"
            if (markStart + 1 < lines.size() && !lines.get(markStart).isTable() && !lines.get(markStart + 1).isTable()
                    && lines.get(markStart).text().endsWith("纪要") && lines.get(markStart + 1).text().endsWith("纪要")) {
                boolean[] minutes = {false};
                if (mark(lines.subList(markStart, markStart + 1), doc, elements, given, false, minutes) && minutes[0]) {
                    return new Head(lines, markStart + 1, false, true, given);
                }
            }
            return new Head(lines, i, false, false, given);
        }
        // the number lines first: a mark is only taken when they are really there
        List<String> signers = new ArrayList<>();
        String number = null;
        int end = numberAt;
        if (order) {
            end++;
        } else {
            for (; end < lines.size() && end < numberAt + 3 && !lines.get(end).isTable(); end++) {
                String t = lines.get(end).text();
                Matcher s = SIGNERS.matcher(t);
                Matcher n = NUMBER.matcher(t);
                if (s.matches() && signers.isEmpty()) {
                    // before the number, or on the line after it (a clerk's right-aligned 签发人 line)
                    names(s.group(1), signers);
                } else if (number == null && n.matches() && isNumberLine(t, !signers.isEmpty())) {
                    number = n.group(1);
                    String rest = n.group(2).strip();
                    Matcher after = SIGNERS.matcher(rest);
                    names(after.matches() ? after.group(1) : rest, signers);
                } else {
                    break;
                }
            }
            if (number == null) {
                return new Head(lines, i, false, false, given);
            }
        }
        List<Line> mark = lines.subList(markStart, numberAt);
        boolean[] minutes = {false};
        if (!mark.isEmpty() && !mark(mark, doc, elements, given, order, minutes)) {
            return new Head(lines, i, false, false, given);
        }
        for (Line line : lines.subList(numberAt, end)) {
            if (signers.isEmpty()) {
                elements.put(line.number(), DocumentElement.BODY); // lines with signers mix 仿宋 and 楷体
            }
        }
        Line numberLine = lines.get(numberAt);
        if (order) {
            Matcher m = ORDER_NUMBER.matcher(numberLine.text());
            m.matches();
            numberLine.attempt(() -> doc.orderNumber(Ordinal.arabic(m.group(1))));
            given.add("令号");
            return new Head(lines, end, true, false, given);
        }
        String documentNumber = number;
        numberLine.attempt(() -> doc.documentNumber(documentNumber));
        given.add("发文字号");
        if (!signers.isEmpty()) {
            numberLine.attempt(() -> doc.signers(signers.toArray(String[]::new)));
            given.add("签发人");
        }
        // the letter format prints 份号, 密级 and 紧急程度 below its mark, beside and under the number
        while (end < lines.size() && end < LONGEST_HEAD + 3 && topLine(lines.get(end), doc, elements, given)) {
            end++;
        }
        return new Head(lines, end, false, minutes[0], given);
    }

    /**
     * 密级 as printed, "机密" or "机密★1年": the level and the period (null without ★).
     *
     * @param level the classification
     * @param period what follows ★, or null
     */
    record SecrecyMark(Secrecy level, String period) {
        /** Sets it on the builder, with this period (which may come from elsewhere, or be null). */
        void set(OfficialDocument.Builder doc, String withPeriod) {
            if (withPeriod == null) {
                doc.secrecy(level);
            } else {
                doc.secrecy(level, withPeriod);
            }
        }
    }

    /** The 密级 a text is, or null. The front matter reads its 密级 with this too. */
    static SecrecyMark secrecy(String text) {
        Matcher m = SECRECY.matcher(text);
        if (!m.matches()) {
            return null;
        }
        for (Secrecy level : Secrecy.values()) {
            if (level.text().equals(m.group(1))) {
                return new SecrecyMark(level, m.group(2));
            }
        }
        return null;
    }

    /** The 紧急程度 a text is ("特急", "加急"), or null. */
    static Urgency urgency(String text) {
        for (Urgency u : Urgency.values()) {
            if (u.text().equals(text)) {
                return u;
            }
        }
        return null;
    }

    /** Whether the text is a 份号 (six digits). */
    static boolean isCopyNumber(String text) {
        return COPY_NUMBER.matcher(text).matches();
    }

    /** 份号, 密级 or 紧急程度 alone on a line: sets it and returns true. */
    private static boolean topLine(Line line, OfficialDocument.Builder doc,
                                   Map<Integer, DocumentElement> elements, Set<String> given) {
        if (line.isTable()) {
            return false;
        }
        String t = line.text();
        SecrecyMark mark;
        Urgency urgency;
        if (COPY_NUMBER.matcher(t).matches() && !given.contains("份号")) {
            line.attempt(() -> doc.copyNumber(Ordinal.arabic(t))); // printed again as six digits
            given.add("份号");
            elements.put(line.number(), DocumentElement.BODY);
        } else if ((mark = secrecy(t)) != null && !given.contains("密级")) {
            SecrecyMark s = mark;
            line.attempt(() -> s.set(doc, s.period()));
            given.add("密级");
            elements.put(line.number(), DocumentElement.LABEL);
        } else if ((urgency = urgency(t)) != null && !given.contains("紧急程度")) {
            doc.urgency(urgency);
            given.add("紧急程度");
            elements.put(line.number(), DocumentElement.LABEL);
        } else {
            return false;
        }
        return true;
    }

    /**
     * The letter format prints 密级 and 发文字号 on one line, left and right: such a line among the
     * first few is read as its parts. The lines returned have the same count as the input's head.
     */
    private static List<Line> sideBySide(List<Line> lines) {
        List<Line> out = null;
        for (int i = 0; i < lines.size() && i < 4; i++) {
            Line line = lines.get(i);
            if (line.isTable() || line.text().indexOf('\t') < 0) {
                continue;
            }
            String[] parts = line.text().split("[ \\u3000]*\t[\t \\u3000]*");
            boolean all = parts.length > 1;
            for (String part : parts) {
                all &= COPY_NUMBER.matcher(part).matches() || secrecy(part) != null || urgency(part) != null
                        || isNumberLine(part);
            }
            if (all) {
                if (out == null) {
                    out = new ArrayList<>(lines);
                }
                int at = out.indexOf(line);
                out.remove(at);
                for (int k = parts.length - 1; k >= 0; k--) {
                    out.add(at, new Line(line.number(), parts[k]));
                }
            }
        }
        return out == null ? lines : out;
    }

    private static boolean isNumberLine(String text) {
        return isNumberLine(text, false);
    }

    /** The 发文字号 a line holds alone ("国办发〔2018〕123号", as printed under a title), or null. */
    static String numberAlone(String text) {
        Matcher n = NUMBER.matcher(text);
        return n.matches() && n.group(2).isBlank() ? n.group(1) : null;
    }

    /**
     * A 发文字号 alone on its line, or followed by 签发人 and names, or (after a 签发人 line) by the
     * signers' second line. "根据国办发〔2012〕10号文件……" is body text, not a number line.
     */
    private static boolean isNumberLine(String text, boolean signersBefore) {
        Matcher n = NUMBER.matcher(text);
        if (!n.matches()) {
            return false;
        }
        String rest = n.group(2).strip();
        return rest.isEmpty() || SIGNERS.matcher(rest).matches()
                || signersBefore && rest.length() <= 20 && rest.chars().noneMatch(c -> "。，；：！？".indexOf(c) >= 0);
    }

    /** The mark's lines, or the table of a joint mark; false if they cannot be a mark. */
    private static boolean mark(List<Line> mark, OfficialDocument.Builder doc,
                                Map<Integer, DocumentElement> elements, Set<String> given, boolean order,
                                boolean[] minutes) {
        List<String> issuers = new ArrayList<>();
        String suffix = null;
        if (mark.size() == 1 && mark.get(0).isTable()) {
            // a joint mark: the issuers in the first column, the suffix beside them
            for (List<Table.Cell> row : mark.get(0).table().rows()) {
                for (int c = 0; c < row.size(); c++) {
                    String t = row.get(c).text().strip();
                    if (t.isEmpty()) {
                        continue;
                    }
                    if (c == 0) {
                        issuers.add(t);
                    } else if (suffix == null) {
                        suffix = t;
                    } else {
                        return false;
                    }
                }
            }
        } else {
            for (Line line : mark) {
                String t = line.text();
                if (line.isTable() || t.length() > LONGEST_MARK_LINE || t.chars().anyMatch(ch -> "。，；：！？".indexOf(ch) >= 0)) {
                    return false;
                }
                issuers.add(t);
            }
            String last = issuers.get(issuers.size() - 1);
            for (String s : order ? List.of("命令", "令") : List.of("文件", "纪要")) {
                if (last.endsWith(s) && last.length() > s.length()) {
                    suffix = s;
                    issuers.set(issuers.size() - 1, last.substring(0, last.length() - s.length()));
                    break;
                }
            }
            if (issuers.size() > 1 && suffix == null) {
                return false; // several lines without 文件: a title of several lines, not a mark
            }
            if (suffix == null && LOOKS_LIKE_TITLE.matcher(issuers.get(0)).find()) {
                return false; // "关于……的通知" above a 发文字号 is a title, not an issuer's name
            }
        }
        if (issuers.isEmpty()) {
            return false;
        }
        Line first = mark.get(0);
        String[] names = issuers.toArray(String[]::new);
        String s = suffix;
        first.attempt(() -> {
            if (order) {
                doc.format(DocumentFormat.ORDER);
            } else if ("纪要".equals(s)) {
                doc.format(DocumentFormat.MINUTES);
                minutes[0] = true;
            }
            doc.issuers(names);
            if (s != null) {
                doc.markSuffix(s);
            }
        });
        given.add("发文机关");
        for (Line line : mark) {
            if (!line.isTable()) {
                elements.put(line.number(), DocumentElement.MARK);
            }
        }
        return true;
    }

    private static void names(String text, List<String> into) {
        for (String name : NAME_SEPARATOR.split(text.strip())) {
            if (!name.isEmpty()) {
                into.add(name);
            }
        }
    }
}
