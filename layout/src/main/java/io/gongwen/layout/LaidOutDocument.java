package io.gongwen.layout;

import java.util.List;
import java.util.Optional;

/**
 * A document laid out on pages by {@link DocumentLayout}: what a fixed-layout writer serialises,
 * with the facts its metadata needs. Immutable.
 *
 * @param pages the pages, in order
 * @param title the title's lines joined, for the document information
 * @param issuer the issuing body (the first signature), if the document names one
 */
public record LaidOutDocument(List<Page> pages, String title, Optional<String> issuer) {
    public LaidOutDocument {
        pages = List.copyOf(pages);
    }
}
