package io.gongwen.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the parts of a document stand in its lines, as far as the text shows them: the head block
 * above the title, the title's lines, the 主送 line, the closing (signature lines and the 成文日期).
 * The text rules about parts and the .docx typography (indents, alignment) read it; it decides
 * nothing the reader decides, it only finds the lines.
 */
final class Parts {
    static final Pattern COPY = Pattern.compile("^[0-9]{1,6}$");
    static final Pattern SECRECY = Pattern.compile("^(绝密|机密|秘密)(?:[ \\u3000]*[★☆*＊][ \\u3000]*(\\S*))?$");
    static final Pattern URGENCY = Pattern.compile("^(?:特[ \\u3000]*急|加[ \\u3000]*急|平急|特提|急件|紧急|特急件|加急件|特别紧急)$");
    static final Pattern NUMBER = Pattern.compile("[〔\\[［【(（](?:19|20)[0-9]{2}[〕\\]］】)）]第?[0-9]{1,5}号$|(?:19|20)[0-9]{2}第[0-9]{1,5}号$");
    static final Pattern SIGNER = Pattern.compile("^签[ \\u3000]*发[ \\u3000]*人[ \\u3000]*[：:]");
    private static final Pattern MARK = Pattern.compile("文件$|^\\S{2,30}(?:人民政府|委员会|办公厅|办公室)$");
    private static final Pattern ORDINAL = OrdinalRules.LEVEL;
    private static final Pattern SENTENCE = Pattern.compile("[。；！？]");
    private static final Pattern CLAUSE = Pattern.compile("[，。；：！？,;:!?]");
    /** The name of a body that signs: a government, an office, a bureau … */
    static final Pattern ISSUER = Pattern.compile(
            "(?:政府|委员会|委|办公室|办公厅|厅|局|部|院|署|会|中心|公司|集团|处|科|室|所|站|队|党委|党组|支部|组|协会|学校|大学|学院|医院|银行|街道|乡|镇|村|社区|国务院)$");

    /** The lines of the head block (份号, 密级, 紧急程度, the mark, 发文字号, 签发人), in order. */
    final List<Integer> head = new ArrayList<>();
    /** The title's lines; empty if the first line after the head block is no title. */
    final List<Integer> title = new ArrayList<>();
    /** The first line after the head block: the title's first line, or what stands where it should. */
    int titleStart;
    /** The 主送 line (the one with the colon), or 0. */
    int addressee;
    /** Every line of the 主送, the one with the colon last. */
    final List<Integer> addressees = new ArrayList<>();
    /** The 成文日期 of the closing, or 0. */
    int date;
    /** The signature lines above the date, in order. */
    final List<Integer> signature = new ArrayList<>();
    /** Every line that is a date and nothing else, in order. */
    final List<Integer> dateLines = new ArrayList<>();

    /** The parts of drafted text, found by the lines' own words. */
    Parts(Text text) {
        this(text, null);
    }

    /**
     * The parts of a .docx's paragraphs: the head block and the title as the reader recognised them
     * (by element), the rest by the lines' words.
     */
    Parts(Text text, java.util.Map<Integer, io.gongwen.DocumentElement> elements) {
        int line = text.first();
        if (elements != null) {
            int titleAt = 0;
            for (int l = line; l != 0; l = text.next(l)) {
                if (elements.get(l) == io.gongwen.DocumentElement.TITLE) {
                    titleAt = l;
                    break;
                }
            }
            while (titleAt != 0 && line != 0 && line < titleAt) {
                head.add(line);
                line = text.next(line);
            }
            titleStart = line;
            for (int l = titleAt; titleAt != 0 && l != 0 && elements.get(l) == io.gongwen.DocumentElement.TITLE; l = text.next(l)) {
                title.add(l);
            }
        } else {
            while (line != 0 && head.size() < 8 && (isHead(text.content(line)) || isMark(text, line))) {
                head.add(line);
                line = text.next(line);
            }
            titleStart = line;
        }
        if (elements == null && line != 0 && !isAddressee(text.content(line)) && !sentence(text.content(line))
                && !ORDINAL.matcher(text.content(line)).find() && !DateRules.isDateLine(text.content(line))) {
            // the title runs on over the lines that follow without a blank line, up to four
            for (int l = line; l <= text.last() && text.has(l) && title.size() < 4; l++) {
                String c = text.content(l);
                if (l > line && (isAddressee(c) || NUMBER.matcher(c).find() || SENTENCE.matcher(c).find()
                        || ORDINAL.matcher(c).find())) {
                    break;
                }
                title.add(l);
            }
        }
        int after = title.isEmpty() ? titleStart : title.get(title.size() - 1);
        List<Integer> before = new ArrayList<>();
        for (int l = text.next(after), seen = 0; l != 0 && seen < 6; l = text.next(l), seen++) {
            String c = text.content(l);
            if (isAddressee(c) && (l != titleStart || title.isEmpty())) {
                addressee = l;
                addressees.addAll(before);
                addressees.add(l);
                break;
            }
            // a long 主送 runs over several lines, or names one body a line
            if (!SENTENCE.matcher(c).find() && c.length() <= 60 && !ORDINAL.matcher(c).find()
                    && !NUMBER.matcher(c).find() && !titleWords(c)) {
                before.add(l);
            } else if (!NUMBER.matcher(c).find()) {
                break;
            }
        }
        if (addressee == 0 && title.isEmpty() && titleStart != 0 && isAddressee(text.content(titleStart))) {
            addressee = titleStart;
            addressees.add(titleStart);
        }
        for (int l = text.first(); l != 0; l = text.next(l)) {
            if (DateRules.isDateLine(text.content(l))) {
                dateLines.add(l);
                if (date == 0 && l > after) {
                    date = l;
                }
            }
        }
        if (date != 0) {
            for (int l = date - 1; l >= 1 && text.has(l) && signature.size() < 4 && isSignature(text.content(l))
                    && !title.contains(l) && l != addressee; l--) {
                signature.add(0, l);
            }
            if (signature.isEmpty()) {
                // one blank line may stand between (a seal's room)
                int l = text.previous(date);
                if (l != 0 && l > after && l != addressee && isSignature(text.content(l))) {
                    signature.add(l);
                }
            }
        }
    }

    /** A sentence, not a title: a title may end with a stray mark, but has none inside. */
    private static boolean sentence(String c) {
        String inner = c.replaceFirst("[。；！？.;!?]+$", "");
        return SENTENCE.matcher(inner).find() || inner.length() < c.length() && !titleWords(inner);
    }

    /** Whether the lines read as a whole document rather than a fragment: a 主送 or a dated closing. */
    boolean whole() {
        return addressee != 0 || date != 0 && !title.isEmpty();
    }

    private static final Pattern TITLE_WORDS = Pattern.compile(
            "关于|(?:通知|意见|决定|报告|请示|批复|答复|函|办法|规定|方案|纪要|通报|公告|通告|命令|议案|决议|公报|条例|细则|规划|计划|要点|的)$");

    /** Whether the line reads like a line of a title: 关于, or a 文种 at its end. */
    static boolean titleWords(String c) {
        return TITLE_WORDS.matcher(c.replaceAll("[\\s\\u3000]+", "")).find();
    }

    /** A short line right above the 发文字号 that is no title's line: the mark. */
    private static boolean isMark(Text text, int line) {
        String c = text.content(line);
        int next = text.next(line);
        return next != 0 && c.length() <= 30 && !CLAUSE.matcher(c).find() && !titleWords(c)
                && NUMBER.matcher(text.content(next)).find() && text.content(next).length() <= 40;
    }

    private static boolean isHead(String c) {
        return COPY.matcher(c).matches() || SECRECY.matcher(c).matches() || URGENCY.matcher(c).matches()
                || SIGNER.matcher(c).find() || (c.length() <= 40 && NUMBER.matcher(c).find() && !SENTENCE.matcher(c).find())
                || (c.length() <= 30 && MARK.matcher(c).find() && !CLAUSE.matcher(c).find());
    }

    static boolean isAddressee(String c) {
        return (c.endsWith("：") || c.endsWith(":")) && c.length() <= 120 && !SENTENCE.matcher(c).find()
                && !ORDINAL.matcher(c).find() && !c.startsWith("附") && !SIGNER.matcher(c).find()
                && !c.startsWith("抄送") && !c.matches("^第" + OrdinalRules.NUMERALS + "[条章节].*");
    }

    /** A short line without punctuation: a body's name, or a signatory's title and name. */
    static boolean isSignature(String c) {
        return c.length() <= 40 && !CLAUSE.matcher(c).find() && !ORDINAL.matcher(c).find() && !c.startsWith("附件")
                && !DateRules.isDateLine(c) && !c.startsWith("（") && !c.startsWith("(");
    }

    /** A line that names a body that signs. */
    static boolean isIssuer(String c) {
        return isSignature(c) && c.length() <= 30 && ISSUER.matcher(c.replaceAll("[ \\u3000]+", "")).find();
    }
}
