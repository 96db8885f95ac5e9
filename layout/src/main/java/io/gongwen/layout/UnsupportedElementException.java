package io.gongwen.layout;

import io.gongwen.GongwenException;

/**
 * The document holds an element that gongwen4j's own layout does not place (a picture in EMF or WMF,
 * a colophon longer than a page …). The layout refuses the document rather than drop the element: a
 * PDF that silently lacks a picture or the colophon is worse than none. Write such a document as
 * {@code .docx} for now.
 */
public final class UnsupportedElementException extends GongwenException {
    private static final long serialVersionUID = 1L;

    private final String element;

    public UnsupportedElementException(String element) {
        super("the page layout (PDF, OFD) does not lay out " + element + " yet; write this document as .docx"
                + " (OfficialDocument.writeTo) until it does");
        this.element = element;
    }

    /** The element not laid out, as the message names it, e.g. "a picture in EMF (…)". */
    public String element() {
        return element;
    }
}
