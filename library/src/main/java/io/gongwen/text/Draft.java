package io.gongwen.text;

import io.gongwen.HeadingLevel;
import io.gongwen.InvalidDocumentException;
import io.gongwen.OfficialDocument;

import java.util.List;

/**
 * A draft read into the model: the document, what the reader noticed on the way, and, as data for
 * the report of what reformatting changed, the lines a drop pattern left out and the headings
 * renumbered.
 *
 * @param document the document, ready to write
 * @param warnings what the reader noticed and decided, in draft order
 * @param dropped the lines (paragraphs of a .docx) a drop pattern left out, in draft order; each is
 *                among the warnings too
 * @param renumbered the headings whose printed number the reader's renumbering changed, in draft
 *                   order; empty unless the reader renumbers
 */
public record Draft(OfficialDocument document, List<DraftWarning> warnings, List<Dropped> dropped,
                    List<Renumbered> renumbered) {
    /**
     * Copies the lists.
     *
     * @param document the document
     * @param warnings the warnings in draft order; possibly empty
     * @param dropped the lines left out by a drop pattern; possibly empty
     * @param renumbered the headings renumbered; possibly empty
     * @throws NullPointerException if a list is null
     */
    public Draft {
        warnings = List.copyOf(warnings);
        dropped = List.copyOf(dropped);
        renumbered = List.copyOf(renumbered);
    }

    /**
     * A draft with nothing dropped or renumbered.
     *
     * @param document the document
     * @param warnings the warnings in draft order; possibly empty
     */
    public Draft(OfficialDocument document, List<DraftWarning> warnings) {
        this(document, warnings, List.of(), List.of());
    }

    /**
     * A line (a paragraph of a .docx) that a drop pattern left out.
     *
     * @param line its 1-based line of the draft, or its paragraph of the .docx
     * @param text its text as the pattern saw it, trimmed
     */
    public record Dropped(int line, String text) {
        /**
         * Checks the components.
         *
         * @param line from 1
         * @param text the line's text
         * @throws InvalidDocumentException naming the component if the line is below 1 or the text null
         */
        public Dropped {
            if (line < 1 || text == null) {
                throw new InvalidDocumentException("dropped", "needs a line from 1 and its text: " + line);
            }
        }
    }

    /**
     * A heading whose printed number the reader's renumbering changed.
     *
     * @param line its 1-based line of the draft, or its paragraph of the .docx
     * @param level its heading level
     * @param printed the number as the source printed it, with its marks ("三、", "（2）")
     * @param before the number it carried in the source
     * @param after the number it is written with
     */
    public record Renumbered(int line, HeadingLevel level, String printed, int before, int after) {
        /**
         * Checks the components.
         *
         * @param line from 1
         * @param level the heading level
         * @param printed the source's number as printed
         * @param before the source's number
         * @param after the number written, from 1
         * @throws InvalidDocumentException naming the component if one is null or out of range
         */
        public Renumbered {
            if (line < 1 || level == null || printed == null || after < 1) {
                throw new InvalidDocumentException("renumbered", "needs a line and a number from 1, a level and "
                        + "the printed number: line " + line);
            }
        }
    }
}
