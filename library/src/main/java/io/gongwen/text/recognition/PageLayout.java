package io.gongwen.text.recognition;

import io.gongwen.docx.read.WordContent;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a source says of its pages, for {@link BodyRecogniser} to keep: the lines that start a new
 * page (the author's page breaks) and the lines on the pages of a landscape stretch. A text file says
 * nothing ({@link #NONE}); a .docx says it in its page breaks and sections ({@link DocxRecogniser}).
 * It also collects which of them a body kept, so that the reader can say which it did not: one per
 * recognition.
 */
final class PageLayout {
    static final PageLayout NONE = new PageLayout(Set.of(), new WordContent.Pages(Set.of(), Set.of(), List.of()));

    private final Set<Integer> breaks;
    private final WordContent.Pages landscape;
    /** The lines whose break or landscape page a body kept. */
    private final Set<Integer> kept = new HashSet<>();

    /**
     * @param breaks the numbers of the lines that start a new page
     * @param landscape the source's pages, whose landscape ranges are the stretches (the ranges that
     *                  are only a turned table's are left out: those are landscape tables)
     */
    PageLayout(Set<Integer> breaks, WordContent.Pages landscape) {
        this.breaks = Set.copyOf(breaks);
        this.landscape = landscape;
    }

    boolean breakBefore(Line line) {
        return !line.continued() && breaks.contains(line.number());
    }

    boolean landscape(Line line) {
        return landscape(line.number());
    }

    /** Whether the paragraph or table of this number stands in a landscape stretch. */
    boolean landscape(int number) {
        return landscape.landscape(number);
    }

    void kept(Line line) {
        if (this != NONE) {
            kept.add(line.number());
        }
    }

    boolean wasKept(int number) {
        return kept.contains(number);
    }

    Set<Integer> breaks() {
        return breaks;
    }

    List<WordContent.Range> stretches() {
        return landscape.landscape();
    }
}
