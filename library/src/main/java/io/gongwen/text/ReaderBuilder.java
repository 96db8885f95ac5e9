package io.gongwen.text;

import io.gongwen.text.recognition.StructureRecogniser;
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
     * Drops every line (every paragraph of a .docx) in which the regular expression finds a match, e.g.
     * {@code "QQ\\d+"}; the reader reports each dropped line as a warning.
     *
     * <p><b>The whole line goes, not only the match.</b> {@code drop("QQ\\d+")} drops the advertisement
     * "加QQ123456领取资料", and just as well the body line "联系人：张三，QQ123456", real text and all. To drop only
     * lines that are nothing but the match, anchor the pattern: {@code drop("^QQ\\d+$")}; to drop a word and
     * keep its line, change the text before reading it.
     *
     * @param regex a {@link java.util.regex.Pattern} expression, not empty; patterns add up, a line matching
     *              any of them is dropped
     * @return this builder
     * @throws InvalidDocumentException naming {@code drop} if the pattern is empty or not a regular
     *                                  expression
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

    /**
     * The layout of the documents read; the standard's unless set.
     *
     * @param spec the specification the documents read are to be written with
     * @return this builder
     */
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
