package io.gongwen.check;

import io.gongwen.DocumentElement;
import io.gongwen.docx.read.WordContent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Formatting inside a paragraph: {@link Rule#ITALIC}, {@link Rule#UNDERLINE} and {@link Rule#STRIKE}. Common practice for
 * 公文 emphasises with bold (一是, 二是) and never with italics or underline; reformatting keeps both as
 * the author set them, so the clerk decides, and the checker says where they are. One finding per
 * paragraph and rule, at the first such run, quoting it. Underlined spaces (a form's blank to fill in)
 * are not emphasis and not reported; the paragraphs of table cells are checked as the body's, and so
 * are articles and chapters, whose text is the body's; the other paragraphs the reader gives no
 * element (blank, dropped) are not.
 */
final class CharacterRules {
    /** Italic and underlined runs of the paragraphs the reader recognised, articles and chapters among them. */
    void check(WordContent docx, Map<Integer, DocumentElement> elements, java.util.Set<Integer> articles,
               List<Finding> out) {
        for (WordContent.Item item : docx.body()) {
            if (item instanceof WordContent.Table table) {
                // the writer keeps a cell's runs as a body paragraph's: the clerk should see them too
                for (WordContent.Row row : table.rows()) {
                    for (WordContent.Cell cell : row.cells()) {
                        cell.paragraphs().forEach(p -> check(p, out));
                    }
                }
            } else if (item instanceof WordContent.Paragraph p
                    && (elements.containsKey(p.number()) || articles.contains(p.number()))) {
                check(p, out);
            }
        }
    }

    private static void check(WordContent.Paragraph p, List<Finding> out) {
        find(p, WordContent.Run::italic, Rule.ITALIC, "斜体", "italic", "公文一般不用斜体表示强调", out);
        find(p, WordContent.Run::underline, Rule.UNDERLINE, "下划线", "underlined",
                "公文一般不用下划线表示强调", out);
        find(p, r -> r.strike() || r.doubleStrike(), Rule.STRIKE, "删除线", "struck through",
                "删除线通常表示拟删除的文字", out);
    }

    private static void find(WordContent.Paragraph p, Predicate<WordContent.Run> set, Rule rule, String chinese,
                             String english, String practice, List<Finding> out) {
        int offset = 0;
        for (WordContent.Run run : p.runs()) {
            if (set.test(run) && !run.text().isBlank()) {
                String quoted = shorten(run.text().strip());
                String why = rule == Rule.STRIKE ? "it usually marks words to be removed"
                        : "official documents do not use it for emphasis";
                out.add(new Finding(rule, Severity.WARNING, p.number(), offset,
                        chinese + "“" + quoted + "”：" + practice + "，已保留原样，请核对",
                        english + " \"" + quoted + "\": " + why + "; kept as set, check it", Optional.empty(),
                        new Where.Paragraph(p.number())));
                return;
            }
            offset += run.text().length();
        }
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
