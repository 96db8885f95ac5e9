package io.gongwen.text;

import io.gongwen.InvalidDocumentException;
import io.gongwen.Specification;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the builders of {@link DraftReader} and {@link DocxReader} share: lines to drop and the
 * specification of the documents read. Not thread-safe.
 *
 * @param <B> the builder itself, so that calls chain
 */
public abstract class ReaderBuilder<B extends ReaderBuilder<B>> {
    final List<Pattern> drop = new ArrayList<>();
    boolean renumber;
    Specification specification = Specification.standard();

    ReaderBuilder() {
    }

    /**
     * Drops every line (every paragraph of a .docx) in which the regular expression finds a match,
     * e.g. {@code "QQ\\d+"}; the reader reports each dropped line as a warning.
     *
     * @throws InvalidDocumentException naming {@code drop} if the pattern is empty or not a regular expression
     */
    public B drop(String regex) {
        drop.add(StructureRecogniser.dropPattern(regex));
        return self();
    }

    /**
     * Renumbers the headings in order, as the builder numbers them, instead of keeping the numbers
     * the source prints. Off by default: a reader keeps a document's numbers as written (continuous
     * clause numbering, gaps and repeats included) and reports gaps and repeats as warnings.
     *
     * @return this builder
     */
    public B renumber() {
        renumber = true;
        return self();
    }

    /** The layout of the documents read; the standard's unless set. */
    public B specification(Specification spec) {
        if (spec == null) {
            throw new InvalidDocumentException("specification", "must not be null");
        }
        specification = spec;
        return self();
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
