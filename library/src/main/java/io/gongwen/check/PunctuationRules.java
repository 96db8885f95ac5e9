package io.gongwen.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Punctuation forms in Chinese text (GB/T 15834-2011): {@link Rule#MIXED_PUNCTUATION} (half-width
 * , ; : ? ! ( ) after Chinese), {@link Rule#QUOTES} ("你好" → “你好”), {@link Rule#ELLIPSIS} (... and 。。。
 * → ……), {@link Rule#DASH} (-- → ——), {@link Rule#SENTENCE_END} (a half-width . ending a Chinese
 * sentence), {@link Rule#REPEATED_PUNCTUATION} (！！, ？？), {@link Rule#FULL_WIDTH_IN_LATIN} (，in
 * English text; full-width letters and digits, "２０２４"), {@link Rule#SPACE} (a space between Chinese characters in a sentence) and
 * {@link Rule#MARKDOWN} (**, ##, "- " left from a draft in Markdown). Each has a fix.
 */
final class PunctuationRules implements TextRules.PerLine {
    private static final String HALF = ",;:?!()";
    private static final String FULL = "，；：？！（）";
    private static final Pattern ELLIPSIS = Pattern.compile("\\.{3,}|。{3,}|(?<!…)…(?!…)|·{3,}");
    private static final Pattern DASH = Pattern.compile("-{2,}|－{2,}");
    private static final Pattern REPEATED = Pattern.compile("([！？，、；：。!?])\\1+");
    private static final Pattern FULL_IN_LATIN = Pattern.compile("(?<=[A-Za-z])([，；：？！。])(?= ?[A-Za-z])");
    private static final Pattern FULL_WIDTH_ALNUM = Pattern.compile("[Ａ-Ｚａ-ｚ０-９]+");
    private static final Pattern SPACE = Pattern.compile("(?<=\\p{IsHan})[ \\u00A0\\u3000]+(?=\\p{IsHan})");
    /** The space after an article's number ("第一条　根据……") belongs there. */
    private static final Pattern ARTICLE = Pattern.compile("^第" + OrdinalRules.NUMERALS + "[条章节编]$");
    /** Joint issuers are spaced apart, not run together: 《中共中央 国务院关于……》. */
    private static final Pattern ISSUER_END = Pattern.compile("(?:中央|国务院|军委|办公厅|办公室|委员会|政府|党委|党组|部|局|厅|委|署|院)$");
    private static final Pattern HEADING_MARKS = Pattern.compile("^#{1,6}[ \\t]+");
    private static final Pattern BULLET = Pattern.compile("^[-*+>][ \\t]+(?=\\p{IsHan})");
    private static final Pattern BOLD = Pattern.compile("(\\*\\*|__)(?=\\S)([^*_]{1,200}?)(?<=\\S)\\1");
    private static final Pattern RULE_LINE = Pattern.compile("^(?:-{3,}|\\*{3,}|_{3,})$");
    /** Lines that list names or labels with spaces between them on purpose. */
    private static final Pattern SPACED_LIST = Pattern.compile("^(?:签发人|出席|列席|请假|缺席|抄送|主送|印发|附件)");

    // what every match of a rule needs, for one scan of the line before the rule's patterns run
    private static final Chars MARKDOWN_NEEDS = Chars.of("#-*+>_");
    private static final Chars HALF_MARKS = Chars.of(HALF);
    private static final Chars QUOTE_NEEDS = Chars.of("\"'");
    private static final Chars DASH_NEEDS = Chars.of("-－");
    private static final Chars FULL_WIDTH_ALNUM_NEEDS = Chars.of(Chars.range('Ａ', 'Ｚ') + Chars.range('ａ', 'ｚ')
            + Chars.range('０', '９'));
    private static final Chars SPACE_NEEDS = Chars.of(" \u00A0\u3000");
    @Override
    public void check(List<Finding> out, int line, int indent, String content) {
        // a rule's patterns run only where the characters each match needs are there
        if (MARKDOWN_NEEDS.anyIn(content)) {
            markdown(out, line, indent, content);
        }
        if (HALF_MARKS.anyIn(content)) {
            halfWidth(out, line, indent, content);
        }
        if (QUOTE_NEEDS.anyIn(content)) {
            quotes(out, line, indent, content);
        }
        if (content.contains("...") || content.contains("。。") || content.indexOf('…') >= 0 || content.contains("··")) {
            ellipsis(out, line, indent, content);
        }
        if (DASH_NEEDS.anyIn(content)) {
            dash(out, line, indent, content);
        }
        if (content.indexOf('.') >= 0) {
            sentenceEnd(out, line, indent, content);
        }
        if (doubled(content)) {
            repeated(out, line, indent, content);
        }
        if (latin(content)) {
            fullWidthInLatin(out, line, indent, content);
        }
        if (FULL_WIDTH_ALNUM_NEEDS.anyIn(content)) {
            fullWidthLetters(out, line, indent, content);
        }
        if (SPACE_NEEDS.anyIn(content)) {
            spaces(out, line, indent, content);
        }
    }

    /** Whether a mark of {@link #REPEATED} stands twice in a row somewhere. */
    private static boolean doubled(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) == text.charAt(i - 1) && "！？，、；：。!?".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean latin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Finding> out, Rule rule, int line, int offset, int length, String replacement,
                            String chinese, String english) {
        out.add(TextRules.at(rule, Severity.WARNING, line, offset, length, replacement, chinese, english));
    }

    private static void halfWidth(List<Finding> out, int line, int indent, String text) {
        // the ordinal's own brackets are the ordinal rules' business (one fix per character)
        Matcher ordinal = OrdinalRules.ORDINAL_DOUBLED.matcher(text);
        Matcher halfWidth = OrdinalRules.HALF_WIDTH_ORDINAL.matcher(text);
        int from = ordinal.find() ? ordinal.end() : halfWidth.find() ? halfWidth.end() : 0;
        for (int i = from; i < text.length(); i++) {
            int k = HALF.indexOf(text.charAt(i));
            if (k < 0) {
                continue;
            }
            char c = text.charAt(i);
            // an opening bracket belongs to the Chinese after it; every other mark to the Chinese before it
            boolean chinese = c == '(' ? TextRules.han(text, i + 1) : TextRules.han(text, i - 1);
            // "!!" and "??" are one repeated mark, fixed once
            boolean doubled = (c == '!' || c == '?')
                    && (i > 0 && text.charAt(i - 1) == c || i + 1 < text.length() && text.charAt(i + 1) == c);
            // "附件:" is the attachment note's business
            boolean note = c == ':' && AttachmentRules.NOTE.matcher(text).lookingAt() && text.indexOf(':') == i;
            if (chinese && !doubled && !note) {
                add(out, Rule.MIXED_PUNCTUATION, line, indent + i, 1, String.valueOf(FULL.charAt(k)),
                        "中文行文中应使用全角标点“" + FULL.charAt(k) + "”", "Chinese text takes the full-width \""
                                + FULL.charAt(k) + "\"");
            }
        }
    }

    /** Straight quotes in a line of Chinese, in pairs: the first opens, the second closes. */
    private static void quotes(List<Finding> out, int line, int indent, String text) {
        quotes(out, line, indent, text, '"', "“", "”");
        quotes(out, line, indent, text, '\'', "‘", "’");
    }

    private static void quotes(List<Finding> out, int line, int indent, String text, char straight, String opening,
                               String closing) {
        int count = 0;
        boolean chinese = false;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == straight) {
                count++;
                chinese |= TextRules.han(text, i - 1) || TextRules.han(text, i + 1);
            }
        }
        if (count == 0 || count % 2 != 0 || !chinese) {
            return;
        }
        boolean open = true;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == straight) {
                String mark = open ? opening : closing;
                add(out, Rule.QUOTES, line, indent + i, 1, mark, "中文行文中引号应为“" + mark + "”",
                        "Chinese text takes the quotation mark " + mark);
                open = !open;
            }
        }
    }

    private static void ellipsis(List<Finding> out, int line, int indent, String text) {
        Matcher m = ELLIPSIS.matcher(text);
        while (m.find()) {
            if (TextRules.han(text, m.start() - 1) || TextRules.han(text, m.end()) || chineseMark(text, m.start() - 1)) {
                add(out, Rule.ELLIPSIS, line, indent + m.start(), m.end() - m.start(), "……",
                        "省略号应为“……”，而非“" + m.group() + "”", "the ellipsis is \"……\", not \"" + m.group() + "\"");
            }
        }
    }

    private static void dash(List<Finding> out, int line, int indent, String text) {
        Matcher m = DASH.matcher(text);
        while (m.find()) {
            if (TextRules.han(text, m.start() - 1) || TextRules.han(text, m.end())) {
                add(out, Rule.DASH, line, indent + m.start(), m.end() - m.start(), "——",
                        "破折号应为“——”，而非“" + m.group() + "”", "the dash is \"——\", not \"" + m.group() + "\"");
            }
        }
    }

    /** "办公室." at the end of a sentence; not "1." nor "3.5", nor an ordinal "一." (ordinal-punctuation). */
    private static void sentenceEnd(List<Finding> out, int line, int indent, String text) {
        Matcher ordinal = OrdinalRules.LEVEL.matcher(text);
        int from = ordinal.find() ? ordinal.end() : 0;
        for (int i = Math.max(1, from); i < text.length(); i++) {
            if (text.charAt(i) != '.' || !TextRules.han(text, i - 1)) {
                continue;
            }
            boolean end = i + 1 == text.length() || TextRules.han(text, i + 1) || text.charAt(i + 1) == ' '
                    || "”’）".indexOf(text.charAt(i + 1)) >= 0;
            boolean dots = i + 1 < text.length() && text.charAt(i + 1) == '.' || text.charAt(i - 1) == '.';
            if (end && !dots) {
                add(out, Rule.SENTENCE_END, line, indent + i, 1, "。",
                        "中文句末应用句号“。”，而非半角“.”", "a Chinese sentence ends with \"。\", not \".\"");
            }
        }
    }

    private static void repeated(List<Finding> out, int line, int indent, String text) {
        Matcher m = REPEATED.matcher(text);
        while (m.find()) {
            char c = m.group(1).charAt(0);
            if (c == '。' && m.group().length() >= 3) {
                continue; // 。。。 is an ellipsis
            }
            if ((c == '!' || c == '?') && !TextRules.han(text, m.start() - 1)) {
                continue;
            }
            String single = c == '!' ? "！" : c == '?' ? "？" : String.valueOf(c);
            add(out, Rule.REPEATED_PUNCTUATION, line, indent + m.start(), m.end() - m.start(), single,
                    "标点“" + single + "”不应重复使用", "the mark \"" + single + "\" is used once, not repeated");
        }
    }

    private static void fullWidthInLatin(List<Finding> out, int line, int indent, String text) {
        Matcher m = FULL_IN_LATIN.matcher(text);
        while (m.find()) {
            // only inside a run of English: a Latin word on either side, no Chinese next to it
            int before = m.start() - 1;
            while (before >= 0 && Character.isLetter(text.charAt(before)) && text.charAt(before) < 0x80) {
                before--;
            }
            if (m.start() - before < 2) {
                continue;
            }
            char half = ",;:?!.".charAt("，；：？！。".indexOf(m.group(1)));
            boolean spaced = m.end() < text.length() && text.charAt(m.end()) == ' ';
            add(out, Rule.FULL_WIDTH_IN_LATIN, line, indent + m.start(), 1, half + (spaced ? "" : " "),
                    "英文中应使用半角标点“" + half + "”", "English text takes the half-width \"" + half + "\"");
        }
    }

    /** "２０２４年", "ＷＴＯ": letters and digits are written half-width (GB/T 15835). */
    private static void fullWidthLetters(List<Finding> out, int line, int indent, String text) {
        Matcher m = FULL_WIDTH_ALNUM.matcher(text);
        while (m.find()) {
            StringBuilder half = new StringBuilder();
            m.group().chars().forEach(c -> half.append((char) (c - 0xFEE0)));
            add(out, Rule.FULL_WIDTH_IN_LATIN, line, indent + m.start(), m.end() - m.start(), half.toString(),
                    "数字和字母应为半角：“" + half + "”", "letters and digits are written half-width: \"" + half + "\"");
        }
    }

    private static void spaces(List<Finding> out, int line, int indent, String text) {
        // a line of names or labels spaces them on purpose; a sentence does not
        boolean sentence = text.contains("，") || text.contains("。") || text.contains("；");
        boolean heading = OrdinalRules.LEVEL.matcher(text).find();
        if (SPACED_LIST.matcher(text).find() || !sentence && !heading) {
            return;
        }
        Matcher m = SPACE.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start());
            if (ARTICLE.matcher(before).matches() || ISSUER_END.matcher(before).find()) {
                continue;
            }
            add(out, Rule.SPACE, line, indent + m.start(), m.end() - m.start(), "",
                    "汉字之间不应有空格", "no space between Chinese characters");
        }
    }

    private static void markdown(List<Finding> out, int line, int indent, String text) {
        Matcher m;
        if ((m = HEADING_MARKS.matcher(text)).find() || (m = BULLET.matcher(text)).find()) {
            add(out, Rule.MARKDOWN, line, indent, m.end(), "",
                    "文中残留Markdown标记“" + m.group().strip() + "”", "Markdown left in the text: \"" + m.group().strip() + "\"");
        } else if (RULE_LINE.matcher(text).matches()) {
            add(out, Rule.MARKDOWN, line, indent, text.length(), null,
                    "文中残留Markdown标记“" + text + "”", "Markdown left in the text: \"" + text + "\"");
        }
        m = BOLD.matcher(text);
        while (m.find()) {
            add(out, Rule.MARKDOWN, line, indent + m.start(), m.end() - m.start(), m.group(2),
                    "文中残留Markdown标记“" + m.group(1) + "”", "Markdown left in the text: \"" + m.group(1) + "\"");
        }
    }

    private static boolean chineseMark(String text, int i) {
        return i >= 0 && i < text.length() && "，。；：？！、”）".indexOf(text.charAt(i)) >= 0;
    }
}
