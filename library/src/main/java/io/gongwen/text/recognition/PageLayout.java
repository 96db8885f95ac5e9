package io.gongwen.text.recognition;

import io.gongwen.docx.read.WordContent;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a source says of its pages, for {@link BodyRecogniser} to keep: the lines that start a new
 * page (the author's page breaks) and the lines on the pages of a landscape stretch. A text file says
 * nothing ({@link #NONE}); a .docx says it in its page breaks and sections ({@link DocxRecogniser}).
 * It also collects which of them a body kept, so that the reader can say which it did not: one per
 * recognition.
 */
final class PageLayout {
    static final PageLayout NONE = new PageLayout(Set.of(), new WordContent.Pages(Set.of(), List.of(), List.of()));

    private final Set<Integer> breaks;
    /** The page breaks between the words of a paragraph (the source's order), and the same as a set. */
    private final List<WordContent.TextBreak> inText;
    private final Set<WordContent.TextBreak> inTextSet;
    private final WordContent.Pages landscape;
    /** The lines whose break or landscape page a body kept. */
    private final Set<Integer> kept = new HashSet<>();
    /** The lines a page break between the words of their paragraph starts, each with its break. */
    private final Map<Line, WordContent.TextBreak> startedInText = new IdentityHashMap<>();
    /** Those of {@link #inText} a body kept. */
    private final Set<WordContent.TextBreak> keptInText = new HashSet<>();

    /**
     * @param breaks the numbers of the lines that start a new page
     * @param landscape the source's pages: their page breaks between words, and their landscape ranges,
     *                  which are the stretches (the ranges that are only a turned table's are left out:
     *                  those are landscape tables)
     */
    PageLayout(Set<Integer> breaks, WordContent.Pages landscape) {
        this.breaks = Set.copyOf(breaks);
        this.inText = landscape.breaksInText();
        this.inTextSet = Set.copyOf(inText);
        this.landscape = landscape;
    }

    boolean breakBefore(Line line) {
        return startedInText.containsKey(line) || !line.continued() && breaks.contains(line.number());
    }

    /**
     * The page break between words of paragraph {@code number} before its line {@code index} (0-based,
     * counting line feeds), or null.
     */
    WordContent.TextBreak breakInText(int number, int index) {
        if (inText.isEmpty()) {
            return null;
        }
        WordContent.TextBreak b = new WordContent.TextBreak(number, index);
        return inTextSet.contains(b) ? b : null;
    }

    /** Whether the source has page breaks between the words of a paragraph. */
    boolean breaksInText() {
        return !inText.isEmpty();
    }

    /** Says that {@code line}, a paragraph's text after a page break between its words, starts a page. */
    void startsPage(Line line, WordContent.TextBreak at) {
        startedInText.put(line, at);
    }

    /** The page breaks between the words of a paragraph, in the source's order. */
    List<WordContent.TextBreak> inText() {
        return inText;
    }

    /** Whether a body kept this page break between words. */
    boolean wasKept(WordContent.TextBreak at) {
        return keptInText.contains(at);
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
            WordContent.TextBreak at = startedInText.get(line);
            if (at != null) {
                keptInText.add(at);
            } else {
                kept.add(line.number());
            }
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
