package io.gongwen.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Rule#ATTACHMENT_NOTE}, GB/T 9704-2012 §7.3.4: "附件" with a full-width colon, no punctuation
 * after an attachment's name, and, when the attachments follow the document (附件1, 附件2 …), as many
 * of them as the note lists, each with the title the note gives it.
 */
final class AttachmentRules implements TextRules {
    static final Pattern NOTE = Pattern.compile("^附[ \\u3000]*件[ \\u3000]*([：:]|(?=[0-9]{1,2}[.．]))");
    private static final Pattern ITEM = Pattern.compile("^([0-9]{1,2})[.．、]\\s*");
    private static final Pattern ITEMS_IN_LINE = Pattern.compile("(?<=\\S)[ \\u3000]+(?=[0-9]{1,2}[.．、][^0-9])");
    private static final Pattern LABEL = Pattern.compile("^附[ \\u3000]*件[ \\u3000]*([0-9]{0,2})$");
    private static final Pattern END = Pattern.compile("[。，；、.,;]+$");

    /** An item of the note: its line, where its name starts, the name, and where a "、" after its number is (or -1). */
    private record Item(int line, int offset, String name, int comma) {
    }

    @Override
    public void check(Text text, List<Finding> out) {
        int note = 0;
        for (int l = text.first(); l != 0; l = text.next(l)) {
            if (NOTE.matcher(text.content(l)).lookingAt()) {
                note = l;
                break;
            }
        }
        if (note == 0) {
            return;
        }
        String c = text.content(note);
        Matcher m = NOTE.matcher(c);
        m.lookingAt();
        int indent = text.indent(note);
        if (!m.group(1).equals("：")) {
            out.add(TextRules.at(Rule.ATTACHMENT_NOTE, Severity.WARNING, note, indent + m.start(1), m.group(1).length(), "：",
                    "附件说明“附件”后应用全角冒号“：”", "the attachment note takes a full-width colon: 附件："));
        }
        List<Item> items = new ArrayList<>();
        split(items, note, indent + m.end(), c.substring(m.end()));
        for (int l = text.next(note); l != 0 && ITEM.matcher(text.content(l)).lookingAt(); l = text.next(l)) {
            split(items, l, text.indent(l), text.content(l));
        }
        for (Item item : items) {
            // an item on a line of its own is the ordinal rules' ("2、" → "2.")
            if (item.comma() >= 0 && item.line() == note) {
                out.add(TextRules.at(Rule.ATTACHMENT_NOTE, Severity.WARNING, item.line(), item.comma(), 1, ".",
                        "附件序号后应用“.”而非“、”", "an attachment's number takes \".\", not \"、\""));
            }
            Matcher e = END.matcher(item.name());
            if (e.find()) {
                out.add(TextRules.at(Rule.ATTACHMENT_NOTE, Severity.WARNING, item.line(), item.offset() + e.start(),
                        e.end() - e.start(), "", "附件名称后不加标点“" + e.group() + "”",
                        "an attachment's name takes no punctuation after it: \"" + e.group() + "\""));
            }
        }
        attachments(text, note, items, out);
    }

    /** The items of one line of the note: "1.甲清单" or, on one line, "1.甲清单 2.乙清单". */
    private static void split(List<Item> items, int line, int offset, String rest) {
        int start = 0;
        Matcher gap = ITEMS_IN_LINE.matcher(rest);
        List<int[]> spans = new ArrayList<>();
        while (gap.find()) {
            spans.add(new int[]{start, gap.start()});
            start = gap.end();
        }
        spans.add(new int[]{start, rest.length()});
        for (int[] span : spans) {
            String part = rest.substring(span[0], span[1]);
            Matcher n = ITEM.matcher(part);
            boolean numbered = n.lookingAt();
            int skip = numbered ? n.end() : 0;
            int comma = numbered && part.charAt(n.end(1)) == '、' ? offset + span[0] + n.end(1) : -1;
            String name = part.substring(skip).strip();
            if (!name.isEmpty()) {
                items.add(new Item(line, offset + span[0] + skip, name, comma));
            }
        }
    }

    /** The attachments after the document: a label line (附件, 附件2) and the title below it. */
    private static void attachments(Text text, int note, List<Item> items, List<Finding> out) {
        List<Integer> labels = new ArrayList<>();
        for (int l = text.next(note); l != 0; l = text.next(l)) {
            if (LABEL.matcher(text.content(l)).matches()) {
                labels.add(l);
            }
        }
        if (labels.isEmpty() || items.isEmpty()) {
            return;
        }
        if (labels.size() != items.size()) {
            out.add(new Finding(Rule.ATTACHMENT_NOTE, Severity.WARNING, note, text.indent(note),
                    "附件说明列有" + items.size() + "个附件，文后附有" + labels.size() + "个",
                    "the attachment note lists " + items.size() + " attachments; " + labels.size() + " follow the document",
                    Optional.empty()));
            return;
        }
        for (int i = 0; i < labels.size(); i++) {
            int title = text.next(labels.get(i));
            if (title == 0) {
                continue;
            }
            String name = plain(items.get(i).name());
            String first = plain(text.content(title));
            String two = first + plain(text.content(text.next(title)));
            if (!name.startsWith(first) && !name.equals(two) && !first.startsWith(name)) {
                out.add(new Finding(Rule.ATTACHMENT_NOTE, Severity.WARNING, title, text.indent(title),
                        "附件" + (i + 1) + "的标题“" + text.content(title) + "”与附件说明中的“" + END.matcher(items.get(i).name()).replaceAll("") + "”不一致",
                        "attachment " + (i + 1) + "'s title differs from the name the attachment note gives it",
                        Optional.empty()));
            }
        }
    }

    private static String plain(String s) {
        return END.matcher(s.replaceAll("[\\s\\u3000《》“”\"]", "")).replaceAll("");
    }
}
