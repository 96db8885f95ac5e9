package io.gongwen;

import io.gongwen.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A chapter (章), part (编) or section (节) title of a regulation written in articles: "第一章　总则".
 * Printed centred on a line of its own in 黑体, as offices print them; the articles that follow are
 * {@link Article}s. Not a heading of the 一、/（一） scheme. Its title keeps what the author formatted
 * otherwise than the chapter's style (a subscript, an italic word) and the notes whose marks stand in it;
 * the bold of the whole line is the chapter's style, not a span.
 *
 * @param label the number as printed, "第一章", "第二节"
 * @param title the words after it, "总则"; empty when the line has only the number
 * @param titleSpans the stretches of {@code title} formatted otherwise, counted from its first character;
 *                   empty for most, and always without a title
 * @param titleNotes the footnotes and endnotes whose marks stand in {@code title}; empty for most, and
 *                   always without a title
 */
public record Chapter(String label, Optional<String> title, List<Span> titleSpans, List<Note> titleNotes)
        implements Block {
    /** 第 + a Chinese numeral (or digits) + 编, 章 or 节. */
    static final Pattern LABEL = Pattern.compile("第[一二三四五六七八九十百千零〇两0-9０-９]{1,8}[编章节]");

    /**
     * Checks the components.
     *
     * @param label 第, a Chinese numeral or digits, and 编, 章 or 节
     * @param title the words after the number, or empty; not blank when present
     * @param titleSpans in order, inside the title; empty without a title
     * @param titleNotes in the order of their marks, inside the title; empty without a title
     * @throws InvalidDocumentException naming {@code chapter.label}, {@code chapter.title},
     *                                  {@code chapter.titleSpans[i]} or {@code chapter.titleNotes[i]} if it is
     *                                  not of that form
     */
    public Chapter {
        if (label == null || !LABEL.matcher(label).matches()) {
            throw new InvalidDocumentException("chapter.label", "must be 第N章, 第N节 or 第N编: " + Checks.quote(label));
        }
        Checks.present("chapter.title", title);
        if (title.isPresent() && title.get().isBlank()) {
            throw new InvalidDocumentException("chapter.title", "must not be blank when present");
        }
        Checks.present("chapter.titleSpans", titleSpans);
        Checks.present("chapter.titleNotes", titleNotes);
        if (title.isEmpty() && !(titleSpans.isEmpty() && titleNotes.isEmpty())) {
            throw new InvalidDocumentException(titleSpans.isEmpty() ? "chapter.titleNotes" : "chapter.titleSpans",
                    "must be empty when the chapter has no title: " + label);
        }
        FormattedText checked = FormattedText.checked("chapter", "titleSpans", "titleNotes", title.orElse(""),
                titleSpans, titleNotes);
        titleSpans = checked.spans();
        titleNotes = checked.notes();
    }

    /**
     * A chapter whose title, if any, is plain.
     *
     * @param label 第, a Chinese numeral or digits, and 编, 章 or 节
     * @param title the words after the number, or empty; not blank when present
     * @throws InvalidDocumentException as the canonical constructor does
     */
    public Chapter(String label, Optional<String> title) {
        this(label, title, List.of(), List.of());
    }

    /**
     * The line as printed: the number, a full-width space and the title.
     *
     * @return the line, e.g. "第一章 总则", or the number alone
     */
    public String text() {
        return title.map(t -> label + "\u3000" + t).orElse(label);
    }

    /**
     * The title with its spans and notes.
     *
     * @return the title's words, spans and notes; empty when the line has only the number
     */
    public Optional<FormattedText> titleFormatted() {
        return title.map(t -> new FormattedText(t, titleSpans, titleNotes));
    }
}
