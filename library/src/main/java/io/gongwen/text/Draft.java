package io.gongwen.text;

import io.gongwen.OfficialDocument;

import java.util.List;

/**
 * A draft read into the model: the document, and what the reader noticed on the way.
 *
 * @param document the document, ready to write
 * @param warnings what the reader noticed and decided, in draft order
 */
public record Draft(OfficialDocument document, List<DraftWarning> warnings) {
    /**
     * Copies the warnings.
     *
     * @param document the document
     * @param warnings the warnings in draft order; possibly empty
     */
    public Draft {
        warnings = List.copyOf(warnings);
    }
}
