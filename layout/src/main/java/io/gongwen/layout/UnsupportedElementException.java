package io.gongwen.layout;

import io.gongwen.GongwenException;

/**
 * The document holds an element that gongwen4j's own layout does not place yet (a head block, a
 * table, an attachment …). The layout refuses the document rather than drop the element: a PDF
 * that silently lacks the red mark or a table is worse than none. Write such a document as
 * {@code .docx} for now.
 */
public final class UnsupportedElementException extends GongwenException {
    private static final long serialVersionUID = 1L;

    private final String element;

    UnsupportedElementException(String element) {
        super("the PDF layout does not lay out " + element + " yet; write this document as .docx"
                + " (OfficialDocument.writeTo) until it does");
        this.element = element;
    }

    /** The element not laid out, as the message names it, e.g. "the head block (版头)". */
    public String element() {
        return element;
    }
}
