package io.gongwen.check;

import java.util.List;
import java.util.Optional;

/**
 * One thing reformatting changed, as data: what kind of change, where, the element it concerns, the
 * value before (as the source had it) and after (as the specification the writer used has it), and
 * the sentence a clerk reads, in Chinese and in English.
 *
 * @param kind what changed; {@code kind().id()} is its stable printed name, e.g. {@code margin}
 * @param where the page set-up, the document as a whole, or the line or paragraph of the source
 * @param element what the value belongs to, in English: "top margin", "body", "heading 1", "paragraph";
 *                stable, like the kind
 * @param before the source's value ("25.4 mm", "宋体", "12 pt", "(一)"); empty where the source had none
 *               (a text draft's page set-up)
 * @param after the value written ("37 mm", "仿宋_GB2312", "16 pt", "（一）"); empty for what was left out
 *              or removed
 * @param rule for a text fix, the checker's rule that made it; empty otherwise
 * @param chinese the change in Chinese
 * @param english the change in English
 * @param paragraphs for a value some of an element's paragraphs have and the others not (one body
 *                   paragraph not indented among indented ones), those paragraphs' numbers, in order;
 *                   empty for a change of the whole element or of one place
 */
public record Change(Kind kind, Where where, String element, Optional<String> before, Optional<String> after,
                     Optional<Rule> rule, String chinese, String english, List<Integer> paragraphs) {
    /**
     * A change of the whole element, or at one place ({@code paragraphs} empty).
     *
     * @param kind what changed
     * @param where where it changed
     * @param element the element it changed in
     * @param before the value before, if the source stated one
     * @param after the value after, if there is one
     * @param rule the checker's rule behind it, if any
     * @param chinese the change in Chinese
     * @param english the change in English
     * @throws NullPointerException if a component is null
     */
    public Change(Kind kind, Where where, String element, Optional<String> before, Optional<String> after,
                  Optional<Rule> rule, String chinese, String english) {
        this(kind, where, element, before, after, rule, chinese, english, List.of());
    }

    /**
     * Checks that every component is present.
     *
     * @param kind what changed
     * @param where where it changed
     * @param element the element it changed in
     * @param before the value before, if the source stated one
     * @param after the value after, if there is one
     * @param rule the checker's rule behind it, if any
     * @param chinese the change in Chinese
     * @param english the change in English
     * @param paragraphs the paragraphs of the element that have the value before, if not all
     * @throws NullPointerException if a component is null
     */
    public Change {
        if (kind == null || where == null || element == null || before == null || after == null || rule == null
                || chinese == null || english == null || paragraphs == null) {
            throw new NullPointerException("kind, where, element, before, after, rule, messages and paragraphs "
                    + "must not be null");
        }
        paragraphs = List.copyOf(paragraphs);
    }

    /** What kind of thing changed. The ids are stable: printed, and written to JSON. */
    public enum Kind {
        /** The paper's size. */
        PAPER("paper"),
        /** A margin. */
        MARGIN("margin"),
        /** The line grid's pitch (the lines per page). */
        LINE_PITCH("line-pitch"),
        /** There was no page set-up to change: the specification's is used. */
        PAGE_SET_UP("page-set-up"),
        /**
         * The Chinese face of an element (the body, the title, a heading level) or of a part (the
         * signature, the date, the issuer's mark, table cells, …).
         */
        FACE("face"),
        /** The size of an element. */
        SIZE("size"),
        /** The first-line indent of an element's paragraphs. */
        INDENT("indent"),
        /** The alignment of an element's paragraphs. */
        ALIGNMENT("alignment"),
        /** The line spacing of an element's paragraphs. */
        LINE_SPACING("line-spacing"),
        /** The left (start) indent of an element's paragraphs. */
        LEFT_INDENT("left-indent"),
        /** The right (end) indent of an element's paragraphs. */
        RIGHT_INDENT("right-indent"),
        /** The space above an element's paragraphs. */
        SPACE_BEFORE("space-before"),
        /** The space below an element's paragraphs. */
        SPACE_AFTER("space-after"),
        /**
         * How the parts of a line are placed along it: the line of 签发人, whose document number and names
         * the source pushed along with spaces or placed by its alignment, and the writer with tab stops.
         */
        PLACEMENT("placement"),
        /** A heading's number put in the standard's form ("(一)" → "（一）", "1、" → "1."). */
        NUMBERING("numbering"),
        /** A date put in the standard's form. */
        DATE("date"),
        /** Punctuation put in the standard's form (full-width marks, quotes, ellipses, dashes). */
        PUNCTUATION("punctuation"),
        /** Another safe text fix (a 发文字号's brackets, a space between Chinese characters). */
        TEXT("text"),
        /** Tracked changes, read as if all were accepted (or, with --reject-changes, all rejected). */
        TRACKED_CHANGES("tracked-changes"),
        /** Comments, left out. */
        COMMENTS("comments"),
        /** Coloured body text, written in black. */
        COLOUR("colour"),
        /** Body text of another size than the rest of its paragraph, written in the paragraph's size. */
        TEXT_SIZE("text-size"),
        /** Highlighted (or shaded) body text, written without highlighting. */
        HIGHLIGHT("highlight"),
        /** Body text in small capitals or capitals, written in the letters as typed. */
        CAPITALS("capitals"),
        /** Body text with its characters spaced out or condensed, written with the body's spacing. */
        CHARACTER_SPACING("character-spacing"),
        /** A text box, a shape with text or WordArt, its text kept as paragraphs. */
        TEXT_BOX("text-box"),
        /** Pictures left out. */
        PICTURES("pictures"),
        /** A line or paragraph left out because a drop pattern ({@code --drop}) matched it. */
        DROPPED("dropped"),
        /** A heading whose printed number renumbering ({@code --renumber}) changed. */
        RENUMBERED("renumbered");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /**
         * The stable name, as the JSON report prints it.
         *
         * @return {@code margin}, {@code face}, {@code text-box}, …
         */
        public String id() {
            return id;
        }
    }

    /** "page [margin] 上边距：25.4 mm → 37 mm / top margin: 25.4 mm → 37 mm". */
    @Override
    public String toString() {
        return where + " [" + kind.id() + "] " + chinese + " / " + english;
    }
}
