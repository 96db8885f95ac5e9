package io.gongwen.title;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese words and their parts of speech, from HanLP's portable edition ({@code com.hankcs:hanlp},
 * Apache-2.0): its Viterbi segmenter over the core dictionary with the custom dictionary, without
 * the recognition of person names (which in titles mostly joins characters that are no name, 时所).
 *
 * <p>The dictionaries load once per JVM, the first time a title has to be broken (about 0.3 s, and
 * some 25 MB of heap kept); nothing is loaded for a title that fits on a line. The segmenter is
 * shared: HanLP's dictionaries are read-only once loaded, and each call builds its own lattice.
 */
public final class WordSegmenter {
    private WordSegmenter() {
    }

    /** A word: code point indices {@code [start, end)} into the text, and its HanLP (PKU-style) tag. */
    public record Word(int start, int end, String tag) {
    }

    /** The segmenter, built on first use: the class initialiser loads the dictionaries. */
    private static final class Loaded {
        static final Segment SEGMENT = HanLP.newSegment()
                .enableNameRecognize(false)
                .enableCustomDictionary(true)
                .enableOffset(true);
    }

    /**
     * The words of {@code text}, in order. Where the segmenter's words do not tile the text (it drops
     * or rewrites nothing in practice, but a surrogate pair or a control character may come back
     * oddly), each code point it leaves out is a word of its own with the tag {@code x}.
     */
    public static List<Word> words(String text) {
        // the code point each char belongs to (a low surrogate belongs to the pair's code point)
        int[] codePointAt = new int[text.length() + 1];
        int cp = -1;
        for (int i = 0; i < text.length(); i++) {
            boolean secondHalf = i > 0 && Character.isLowSurrogate(text.charAt(i))
                    && Character.isHighSurrogate(text.charAt(i - 1));
            if (!secondHalf) {
                cp++;
            }
            codePointAt[i] = cp;
        }
        codePointAt[text.length()] = cp + 1;
        List<Term> terms = Loaded.SEGMENT.seg(text);
        List<Word> words = new ArrayList<>(terms.size());
        int covered = 0; // in chars
        for (Term term : terms) {
            int start = term.offset;
            int end = start + term.word.length();
            if (start < covered || end > text.length() || !text.startsWith(term.word, start)) {
                continue;
            }
            singles(text, codePointAt, covered, start, words);
            int from = codePointAt[start];
            int to = codePointAt[end];
            if (to > from) {
                words.add(new Word(from, to, String.valueOf(term.nature)));
            }
            covered = end;
        }
        singles(text, codePointAt, covered, text.length(), words);
        return words;
    }

    private static void singles(String text, int[] codePointAt, int from, int to, List<Word> words) {
        for (int i = from; i < to; i = text.offsetByCodePoints(i, 1)) {
            words.add(new Word(codePointAt[i], codePointAt[i] + 1, "x"));
        }
    }
}
