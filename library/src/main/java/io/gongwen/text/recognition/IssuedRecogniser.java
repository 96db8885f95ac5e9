package io.gongwen.text.recognition;

import io.gongwen.DocumentElement;
import io.gongwen.OfficialDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads what follows a document's own closing when it is not an attachment: the document it issues
 * or forwards (the 方案 of a 印发 notice, the 报告 of a 转发 notice, the 条例 an order publishes). Its
 * title comes first (the lines up to a blank line, or the centred lines of a .docx), then perhaps a
 * line in parentheses under it ("（……通过）"), its own main recipients, its body, and its own closing
 * (a signature and a date) at the end. Only text that starts with a title is read so; other text
 * after a date leaves the date in the body.
 */
final class IssuedRecogniser {
    private IssuedRecogniser() {
    }

    /**
     * Adds the issued documents the lines hold to {@code doc}; the pictures of each one's body are
     * put back among its lines, and those of its title and closing lines are left out with a warning.
     *
     * @param parts    where the parts of the issued documents' closings are recorded
     * @param pictures the document's pictures, those of the parts before these lines already taken
     * @param before   the number of the line right after these lines, or {@link Integer#MAX_VALUE}
     */
    static void read(List<Line> lines, OfficialDocument.Builder doc, BodyRecogniser body,
                     Map<Integer, DocumentElement> elements, Map<Integer, DocumentPart> parts, PicturePlaces pictures,
                     int before) {
        // a notice may issue several documents: each starts with a title of its own, set apart
        int start = 0;
        for (int j = titleEnd(lines) + 1; j < lines.size(); j++) {
            if (startsDocument(lines, j)) {
                one(lines.subList(start, j), doc, body, elements, parts, pictures, lines.get(j).number());
                start = j;
                j += titleEnd(lines.subList(j, lines.size()));
            }
        }
        one(lines.subList(start, lines.size()), doc, body, elements, parts, pictures, before);
    }

    /**
     * Whether a second issued document starts at {@code j}: a title set apart as the first one is
     * (after a blank line, or centred after lines that are not) and ending in the name of a kind of
     * document, followed by a blank line, its parenthesised line, its main recipients or nothing.
     */
    private static boolean startsDocument(List<Line> lines, int j) {
        Line line = lines.get(j);
        boolean setApart = line.look().centred() ? !lines.get(j - 1).look().centred() : line.blankBefore();
        if (!setApart || TailRecogniser.ATTACHMENT_LABEL.matcher(line.text()).matches()
                || BodyRecogniser.isChapterOrArticle(line.text())) {
            return false;
        }
        List<Line> rest = lines.subList(j, lines.size());
        int end = titleEnd(rest);
        if (end == 0 || end >= rest.size()) {
            return false;
        }
        StringBuilder title = new StringBuilder();
        for (Line l : rest.subList(0, end)) {
            title.append(TitleRecogniser.unspaced(l.text()));
        }
        Line after = rest.get(end);
        return TitleRecogniser.KIND_AT_END.matcher(title).find()
                && (after.blankBefore() || parenthesised(after) || StructureRecogniser.isAddressee(after)
                || line.look().centred() && !after.look().centred());
    }

    private static void one(List<Line> lines, OfficialDocument.Builder doc, BodyRecogniser body,
                            Map<Integer, DocumentElement> elements, Map<Integer, DocumentPart> parts,
                            PicturePlaces pictures, int before) {
        int n = lines.size();
        int title = Math.max(1, titleEnd(lines));
        List<String> titleLines = new ArrayList<>();
        for (Line line : lines.subList(0, title)) {
            titleLines.add(TitleRecogniser.unspaced(line.text()));
            elements.put(line.number(), DocumentElement.TITLE);
        }
        int i = title;
        Line subtitle = i < n && parenthesised(lines.get(i)) ? lines.get(i++) : null;
        Line addressee = i < n && StructureRecogniser.isAddressee(lines.get(i)) ? lines.get(i++) : null;
        int closing = n;
        if (closing - 1 > i && TailRecogniser.isDate(lines.get(closing - 1))) {
            closing--;
            while (closing - 1 > i && !lines.get(closing - 1).isTable()
                    && TailRecogniser.isSignature(lines.get(closing - 1).text(), closing == n - 1)) {
                closing--;
            }
        }
        List<Line> content = pictures.into(lines.subList(i, closing), lines.get(i - 1).number(),
                closing < n ? lines.get(closing).number() : before);
        List<String> closingLines = lines.subList(closing, n).stream().map(Line::text).toList();
        for (Line line : lines.subList(closing, n)) {
            elements.put(line.number(), DocumentElement.BODY);
            parts.put(line.number(), DocumentPart.ISSUED_CLOSING);
        }
        if (addressee != null) {
            elements.put(addressee.number(), DocumentElement.BODY);
        }
        Line first = lines.get(0);
        first.attempt(() -> doc.issued(String.join("\n", titleLines), d -> {
            if (subtitle != null) {
                subtitle.attempt(() -> d.subtitle(subtitle.text()));
            }
            if (addressee != null) {
                addressee.attempt(() -> d.addressee(addressee.text()));
            }
            body.read(content, d);
            if (!closingLines.isEmpty()) {
                d.closing(closingLines.toArray(String[]::new));
            }
        }));
    }

    /**
     * Whether the lines after a closing start like a document of their own: with a title, not with
     * an attachment's label.
     */
    static boolean titled(List<Line> lines) {
        return !lines.isEmpty() && !lines.get(0).isTable()
                && !TailRecogniser.ATTACHMENT_LABEL.matcher(lines.get(0).text()).matches() && titleEnd(lines) > 0;
    }

    /** The index after an issued document's title lines; 0 if its first line is not a title. */
    private static int titleEnd(List<Line> lines) {
        boolean centred = lines.get(0).look().centred();
        int k = 0;
        while (k < lines.size() && k < 4) {
            Line line = lines.get(k);
            if (k > 0 && (line.blankBefore() || centred != line.look().centred())) {
                break;
            }
            if (!TitleRecogniser.titleLike(line) || StructureRecogniser.isAddressee(line)) {
                break;
            }
            k = StructureRecogniser.continued(lines, k);
            if (!centred && TitleRecogniser.KIND_AT_END.matcher(lines.get(k - 1).text()).find()) {
                break;
            }
        }
        return k;
    }

    private static boolean parenthesised(Line line) {
        String t = line.text();
        return !line.isTable() && (t.startsWith("（") && t.endsWith("）") || t.startsWith("(") && t.endsWith(")"));
    }
}
