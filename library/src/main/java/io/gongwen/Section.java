package io.gongwen;

import io.gongwen.internal.Checks;
import io.gongwen.internal.ChineseNumerals;
import java.util.List;
import java.util.Optional;

/**
 * A numbered section: a heading at one of the four levels, then its content. The heading is either a
 * line of its own, or run in: it ends with 。 and the section's first text follows in the same
 * paragraph, as in "（一）力求办文精准化。为全面推进……". Documents get their sections from the builder,
 * which validates every character and numbers them; a record built directly is only checked for
 * presence and levels.
 *
 * @param level the heading level, which decides the ordinal form and the font
 * @param number the heading's number among its siblings of the same level, from 1
 * @param heading the heading text without its ordinal
 * @param headingSpans the stretches of {@code heading} formatted otherwise than the level's style (a
 *                     superscript, an italic word; see {@link FormattedText}), counted from the heading's
 *                     first character. The bold that makes a heading is its level's style, not a span. Empty
 *                     for most
 * @param headingNotes the footnotes and endnotes whose marks stand in {@code heading} (see {@link Note}),
 *                     a heading on its own line or run in; counted from the heading's first character,
 *                     after the ordinal the writer prints. Empty for most
 * @param runInText the text that follows a run-in heading in the same paragraph
 * @param runInSpans the stretches of {@code runInText} formatted otherwise (see {@link FormattedText});
 *                   empty when it is plain or absent
 * @param runInNotes the footnotes and endnotes whose marks stand in {@code runInText} (see {@link Note});
 *                   empty for most
 * @param body what follows the heading paragraph
 */
public record Section(HeadingLevel level, int number, String heading, List<Span> headingSpans, List<Note> headingNotes,
                      Optional<String> runInText, List<Span> runInSpans, List<Note> runInNotes, List<Block> body)
        implements Block {
    /**
     * A section whose heading is formatted in its level's style throughout.
     *
     * @param level the heading level
     * @param number the heading's number among its siblings of the same level, from 1
     * @param heading the heading text without its ordinal; not blank
     * @param headingNotes the notes whose marks stand in {@code heading}
     * @param runInText the text that follows a run-in heading, not blank; empty for a heading on its own line
     * @param runInSpans the stretches of {@code runInText} formatted otherwise; empty when it is plain or absent
     * @param runInNotes the notes whose marks stand in {@code runInText}; empty unless there is run-in text
     * @param body what follows the heading paragraph; sections in it are of lower levels
     */
    public Section(HeadingLevel level, int number, String heading, List<Note> headingNotes, Optional<String> runInText,
                   List<Span> runInSpans, List<Note> runInNotes, List<Block> body) {
        this(level, number, heading, List.of(), headingNotes, runInText, runInSpans, runInNotes, body);
    }

    /**
     * A section whose heading refers to no note.
     *
     * @param level the heading level
     * @param number the heading's number among its siblings of the same level, from 1
     * @param heading the heading text without its ordinal; not blank
     * @param runInText the text that follows a run-in heading, not blank; empty for a heading on its own line
     * @param runInSpans the stretches of {@code runInText} formatted otherwise; empty when it is plain or absent
     * @param runInNotes the notes whose marks stand in {@code runInText}; empty unless there is run-in text
     * @param body what follows the heading paragraph; sections in it are of lower levels
     */
    public Section(HeadingLevel level, int number, String heading, Optional<String> runInText,
                   List<Span> runInSpans, List<Note> runInNotes, List<Block> body) {
        this(level, number, heading, List.of(), List.of(), runInText, runInSpans, runInNotes, body);
    }

    /**
     * A section whose run-in text, if any, is plain.
     *
     * @param level the heading level
     * @param number the heading's number among its siblings of the same level, from 1
     * @param heading the heading text without its ordinal; not blank
     * @param runInText the text that follows a run-in heading, not blank; empty for a heading on its own line
     * @param body what follows the heading paragraph; sections in it are of lower levels
     */
    public Section(HeadingLevel level, int number, String heading, Optional<String> runInText, List<Block> body) {
        this(level, number, heading, List.of(), List.of(), runInText, List.of(), List.of(), body);
    }

    /**
     * A section whose run-in text, if any, refers to no note.
     *
     * @param level the heading level
     * @param number the heading's number among its siblings of the same level, from 1
     * @param heading the heading text without its ordinal; not blank
     * @param runInText the text that follows a run-in heading, not blank; empty for a heading on its own line
     * @param runInSpans the stretches of {@code runInText} formatted otherwise; empty when it is plain or absent
     * @param body what follows the heading paragraph; sections in it are of lower levels
     */
    public Section(HeadingLevel level, int number, String heading, Optional<String> runInText,
                   List<Span> runInSpans, List<Block> body) {
        this(level, number, heading, List.of(), List.of(), runInText, runInSpans, List.of(), body);
    }

    /**
     * Checks the components for presence, the number's range and the levels of the sections inside.
     *
     * @param level the heading level
     * @param number from 1 to 99999999
     * @param heading not blank
     * @param headingSpans in order, inside the heading
     * @param headingNotes with their marks inside the heading, from its start to its end
     * @param runInText not blank if present
     * @param runInSpans empty unless there is run-in text, and then lying inside it
     * @param runInNotes empty unless there is run-in text, and then with their marks inside it
     * @param body sections in it are of lower levels than {@code level}
     * @throws InvalidDocumentException naming the component ({@code section.number}, {@code section.body}, …)
     *                                  that is wrong
     */
    public Section {
        Checks.present("section.level", level);
        if (number < 1 || number > ChineseNumerals.MAX) {
            throw new InvalidDocumentException("section.number",
                    "must be 1.." + ChineseNumerals.MAX + ": " + number);
        }
        Checks.present("section.runInText", runInText);
        // the builder has validated every character; a record built directly is checked for presence
        if (heading == null || heading.isBlank()) {
            throw new InvalidDocumentException("section.heading", "must not be blank: " + Checks.quote(heading));
        }
        FormattedText checkedHeading = FormattedText.checked("section", "headingSpans", "headingNotes", heading,
                headingSpans, headingNotes);
        headingSpans = checkedHeading.spans();
        headingNotes = checkedHeading.notes();
        if (runInText.isPresent() && runInText.get().isBlank()) {
            throw new InvalidDocumentException("section.runInText", "must not be blank");
        }
        Checks.present("section.runInSpans", runInSpans);
        if (runInText.isEmpty() && !runInSpans.isEmpty()) {
            throw new InvalidDocumentException("section.runInSpans", "must be empty when there is no run-in text");
        }
        Checks.present("section.runInNotes", runInNotes);
        if (runInText.isEmpty() && !runInNotes.isEmpty()) {
            throw new InvalidDocumentException("section.runInNotes", "must be empty when there is no run-in text");
        }
        if (runInSpans.isEmpty() && runInNotes.isEmpty()) {
            runInSpans = List.of();
            runInNotes = List.of();
        } else {
            FormattedText checked = new FormattedText(runInText.get(), runInSpans, runInNotes);
            runInSpans = checked.spans();
            runInNotes = checked.notes();
        }
        body = List.copyOf(Checks.present("section.body", body));
        for (Block child : body) {
            if (child instanceof Section s && s.level.compareTo(level) <= 0) {
                throw new InvalidDocumentException("section.body", "a level-" + s.level.number()
                        + " section cannot sit inside a level-" + level.number() + " section");
            }
        }
    }

    /**
     * Whether the heading shares its paragraph with text.
     *
     * @return {@code true} if there is run-in text
     */
    public boolean isRunIn() {
        return runInText.isPresent();
    }

    /**
     * The run-in text with its spans and notes, if the heading is run in.
     *
     * @return the run-in text, its spans and notes; empty for a heading on its own line
     */
    public Optional<FormattedText> runInFormatted() {
        return runInText.map(t -> new FormattedText(t, runInSpans, runInNotes));
    }

    /**
     * The heading with its spans and the notes whose marks stand in it, without its ordinal.
     *
     * @return the heading's text, its spans (what differs from its level's style) and its notes
     */
    public FormattedText headingFormatted() {
        return new FormattedText(heading, headingSpans, headingNotes);
    }

    /**
     * The ordinal as printed under a specification, e.g. "（三）".
     *
     * @param spec the specification that gives the level's {@link OrdinalFormat}
     * @return the ordinal with its punctuation, as printed before the heading
     */
    public String ordinal(Specification spec) {
        return spec.ordinalFormat(level).format(number);
    }
}
