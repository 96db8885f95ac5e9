package io.gongwen;

import io.gongwen.internal.Checks;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A chapter (章), part (编) or section (节) title of a regulation written in articles: "第一章　总则".
 * Printed centred on a line of its own in 黑体, as offices print them; the articles that follow are
 * {@link Article}s. Not a heading of the 一、/（一） scheme.
 *
 * @param label the number as printed, "第一章", "第二节"
 * @param title the words after it, "总则"; empty when the line has only the number
 */
public record Chapter(String label, Optional<String> title) implements Block {
    /** 第 + a Chinese numeral (or digits) + 编, 章 or 节. */
    static final Pattern LABEL = Pattern.compile("第[一二三四五六七八九十百千零〇两0-9０-９]{1,8}[编章节]");

    /**
     * Checks the components.
     *
     * @param label 第, a Chinese numeral or digits, and 编, 章 or 节
     * @param title the words after the number, or empty; not blank when present
     * @throws InvalidDocumentException naming {@code chapter.label} or {@code chapter.title} if it is not of
     *                                  that form
     */
    public Chapter {
        if (label == null || !LABEL.matcher(label).matches()) {
            throw new InvalidDocumentException("chapter.label", "must be 第N章, 第N节 or 第N编: " + Checks.quote(label));
        }
        Checks.present("chapter.title", title);
        if (title.isPresent() && title.get().isBlank()) {
            throw new InvalidDocumentException("chapter.title", "must not be blank when present");
        }
    }

    /**
     * The line as printed: the number, a full-width space and the title.
     *
     * @return the line, e.g. "第一章 总则", or the number alone
     */
    public String text() {
        return title.map(t -> label + "\u3000" + t).orElse(label);
    }
}
