package io.gongwen;

import io.gongwen.internal.Checks;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An article (条) of a regulation, rules or measures (条例, 规定, 办法): "第一条　根据……". It is
 * printed as offices print it: a body paragraph with the two-character indent, the article's number
 * in 黑体, a full-width space, then its text run on in the body face. Articles are not headings of
 * the 一、/（一） scheme; the items under an article ("（一）……；") are paragraphs. The text is body
 * text: it keeps its spans (bold, superscript, …) and the notes whose marks stand in it, as a
 * {@link Paragraph} does; the number is in its own style and has neither.
 *
 * @param label the article's number as printed, "第一条", "第二十一条", "第一百零二条"
 * @param text what follows the number; never blank
 * @param spans the stretches of {@code text} formatted otherwise, in order, counted from the text's first
 *              character (after the number and the space); empty for most (see {@link FormattedText})
 * @param notes the footnotes and endnotes whose marks stand in {@code text}, in order; empty for most
 */
public record Article(String label, String text, List<Span> spans, List<Note> notes) implements Block {
    /** 第 + a Chinese numeral (or digits) + 条. */
    static final Pattern LABEL = Pattern.compile("第[一二三四五六七八九十百千零〇两0-9０-９]{1,8}条");

    /**
     * Checks the components.
     *
     * @param label 第, a Chinese numeral or digits, and 条
     * @param text not blank
     * @param spans in order, inside the text (see {@link FormattedText}); possibly empty
     * @param notes in the order of their marks, inside the text; possibly empty
     * @throws InvalidDocumentException naming {@code article.label} or {@code article.text} if it is not of
     *                                  that form, or the span or note that does not fit
     *                                  ({@code article.spans[1]}, {@code article.notes[0]})
     */
    public Article {
        if (label == null || !LABEL.matcher(label).matches()) {
            throw new InvalidDocumentException("article.label", "must be 第N条 with N a numeral: " + Checks.quote(label));
        }
        if (text == null || text.isBlank()) {
            throw new InvalidDocumentException("article.text", "must not be blank: " + Checks.quote(text));
        }
        FormattedText checked = FormattedText.checked("article", "spans", "notes", text, spans, notes);
        spans = checked.spans();
        notes = checked.notes();
    }

    /**
     * A plain article: no spans, no notes.
     *
     * @param label 第, a Chinese numeral or digits, and 条
     * @param text not blank
     * @throws InvalidDocumentException as the canonical constructor does
     */
    public Article(String label, String text) {
        this(label, text, List.of(), List.of());
    }

    /**
     * The text after the number with its spans and notes.
     *
     * @return the text, its spans and its notes
     */
    public FormattedText formatted() {
        return new FormattedText(text, spans, notes);
    }
}
