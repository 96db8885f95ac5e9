package io.gongwen;

import io.gongwen.internal.Checks;
import java.util.regex.Pattern;

/**
 * An article (条) of a regulation, rules or measures (条例, 规定, 办法): "第一条　根据……". It is
 * printed as offices print it: a body paragraph with the two-character indent, the article's number
 * in 黑体, a full-width space, then its text run on in the body face. Articles are not headings of
 * the 一、/（一） scheme; the items under an article ("（一）……；") are paragraphs.
 *
 * @param label the article's number as printed, "第一条", "第二十一条", "第一百零二条"
 * @param text what follows the number; never blank
 */
public record Article(String label, String text) implements Block {
    /** 第 + a Chinese numeral (or digits) + 条. */
    static final Pattern LABEL = Pattern.compile("第[一二三四五六七八九十百千零〇两0-9０-９]{1,8}条");

    /**
     * Checks the components.
     *
     * @param label 第, a Chinese numeral or digits, and 条
     * @param text not blank
     * @throws InvalidDocumentException naming {@code article.label} or {@code article.text} if it is not of
     *                                  that form
     */
    public Article {
        if (label == null || !LABEL.matcher(label).matches()) {
            throw new InvalidDocumentException("article.label", "must be 第N条 with N a numeral: " + Checks.quote(label));
        }
        if (text == null || text.isBlank()) {
            throw new InvalidDocumentException("article.text", "must not be blank: " + Checks.quote(text));
        }
    }
}
