package io.gongwen.check;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a whole document (one with a 主送 or a dated closing; fragments are not held to it):
 * {@link Rule#MISSING_PART} (no title, no body, no 主送 where the 文种 needs one, a date without a
 * signature above it or a signature without a date, a 请示 or 报告 with a head block but no 签发人),
 * {@link Rule#PART_ORDER} (the date above the signature), {@link Rule#TITLE} (a title ending in
 * punctuation, GB/T 9704-2012 §7.3.1) and {@link Rule#CLOSING_DATE} (two different 成文日期).
 */
final class PartsRules implements TextRules {
    /** The 文种 that are addressed to someone: 请示, 报告 (上行文), 批复, 函. */
    private static final Pattern ADDRESSED = Pattern.compile("(请示|报告|批复|复函|函)$");
    /** 请示 is always sent up; a 报告 may answer an enquiry from any side, and is not held to it. */
    private static final Pattern UPWARD = Pattern.compile("(请示|报告)$");
    /** What may follow the 文种 in a title: （试行）, （代拟稿）, 《…》. */
    private static final Pattern TITLE_TAIL = Pattern.compile("(?:[（(][^）)]{1,10}[）)])+$");
    private static final Pattern TITLE_END = Pattern.compile("[。，；：、！？.,;:!?]+$");
    private static final Pattern MINUTES = Pattern.compile("纪要$");

    @Override
    public void check(Text text, List<Finding> out) {
        Parts parts = text.parts();
        if (!parts.whole()) {
            return;
        }
        String title = String.join("", parts.title.stream().map(text::content).toList());
        String kind = TITLE_TAIL.matcher(TITLE_END.matcher(title).replaceAll("")).replaceAll("");
        if (parts.title.isEmpty()) {
            int at = parts.titleStart;
            out.add(document(text, at, Rule.MISSING_PART, "缺少标题", "the document has no title"));
        } else {
            titleEnd(text, parts, out);
        }
        body(text, parts, out);
        if (!parts.title.isEmpty() && parts.addressee == 0 && ADDRESSED.matcher(kind).find()) {
            String wenzhong = matched(ADDRESSED, kind);
            out.add(document(text, parts.title.get(0), Rule.MISSING_PART, "“" + wenzhong + "”应有主送机关",
                    "a " + wenzhong + " is addressed to someone: the 主送 line is missing"));
        }
        if (UPWARD.matcher(kind).find() && parts.head.stream().anyMatch(l -> Parts.NUMBER.matcher(text.content(l)).find())
                && parts.head.stream().noneMatch(l -> Parts.SIGNER.matcher(text.content(l)).find())) {
            int at = parts.head.stream().filter(l -> Parts.NUMBER.matcher(text.content(l)).find()).findFirst().orElseThrow();
            out.add(document(text, at, Rule.MISSING_PART, "上行文（" + matched(UPWARD, kind) + "）应标注签发人",
                    "a document to a higher body (" + matched(UPWARD, kind) + ") names its 签发人 in the head block"));
        }
        closing(text, parts, MINUTES.matcher(kind).find(), out);
    }

    /** Only a title's closing punctuation: a missing part or an order has no fix. */
    @Override
    public void fixes(Text text, List<Finding> out) {
        Parts parts = text.parts();
        if (parts.whole() && !parts.title.isEmpty()) {
            titleEnd(text, parts, out);
        }
    }

    private static String matched(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : "";
    }

    private static Finding document(Text text, int line, Rule rule, String chinese, String english) {
        return new Finding(rule, Severity.WARNING, line, line == 0 ? 0 : text.indent(line), chinese, english, Optional.empty(),
                line == 0 ? Where.Part.DOCUMENT : new Where.Line(line));
    }

    private static void titleEnd(Text text, Parts parts, List<Finding> out) {
        int last = parts.title.get(parts.title.size() - 1);
        String c = text.content(last);
        Matcher m = TITLE_END.matcher(c);
        if (m.find()) {
            int at = text.indent(last) + m.start();
            out.add(TextRules.at(Rule.TITLE, Severity.WARNING, last, at, m.end() - m.start(), "",
                    "标题末尾不加标点“" + m.group() + "”", "a title ends without punctuation, not with \"" + m.group() + "\""));
        }
    }

    /** Body text: some line beyond the head block, title, 主送, closing and attachment note. */
    private static void body(Text text, Parts parts, List<Finding> out) {
        for (int l = text.first(); l != 0; l = text.next(l)) {
            if (parts.head.contains(l) || parts.title.contains(l) || parts.addressees.contains(l) || parts.signature.contains(l)
                    || parts.dateLines.contains(l)) {
                continue;
            }
            String c = text.content(l);
            if (!Parts.NUMBER.matcher(c).find() && !AttachmentRules.NOTE.matcher(c).lookingAt()) {
                return;
            }
        }
        int at = parts.addressee != 0 ? parts.addressee : parts.title.isEmpty() ? parts.titleStart
                : parts.title.get(parts.title.size() - 1);
        out.add(document(text, at, Rule.MISSING_PART, "缺少正文", "the document has no body text"));
    }

    private static void closing(Text text, Parts parts, boolean minutes, List<Finding> out) {
        if (parts.date != 0) {
            int after = text.next(parts.date);
            boolean issuerBelow = after != 0 && Parts.isIssuer(text.content(after)) && text.next(after) == 0;
            if (parts.signature.isEmpty() && issuerBelow) {
                out.add(document(text, after, Rule.PART_ORDER, "成文日期应在发文机关署名之下",
                        "the date stands below the signature, not above it"));
            } else if (parts.signature.isEmpty() && !minutes) {
                out.add(document(text, parts.date, Rule.MISSING_PART, "成文日期上方缺少发文机关署名",
                        "there is no signature above the date"));
            }
            // a joint closing may date each signature; two dates in one closing must agree
            for (int l = text.next(parts.date); l != 0 && (Parts.isSignature(text.content(l))
                    || DateRules.isDateLine(text.content(l))); l = text.next(l)) {
                String first = text.content(parts.date).replaceAll("[\\s\\u3000]", "");
                String other = text.content(l).replaceAll("[\\s\\u3000]", "");
                if (DateRules.isDateLine(other) && !other.equals(first)) {
                    out.add(document(text, l, Rule.CLOSING_DATE, "成文日期前后不一致：“" + first + "”与“" + other + "”",
                            "two different dates in the closing: " + first + " and " + other));
                    break;
                }
            }
            return;
        }
        int last = 0;
        for (int l = text.first(); l != 0; l = text.next(l)) {
            last = l;
        }
        if (last != 0 && !parts.title.contains(last) && last != parts.addressee && Parts.isIssuer(text.content(last))
                && !minutes) {
            out.add(document(text, last, Rule.MISSING_PART, "发文机关署名下方缺少成文日期",
                    "there is no date below the signature"));
        }
    }
}
