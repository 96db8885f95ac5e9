package io.gongwen.layout;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines of a given width and places every character on them. Where a line
 * may end is Unicode's line-breaking algorithm (UAX #14, ICU4J's implementation): it keeps Latin
 * words and numbers whole ("2021", "24小时" breaks only after the digits), never ends a line before
 * closing punctuation (，。、；：！？”）》) nor after opening punctuation (“（《), and keeps ——
 * and …… together. Each line takes as many characters as fit; a full line is then justified, the
 * slack spread over the gaps next to Chinese characters, so that it ends exactly at the right edge.
 * A line never holds more than fits, but for a stop or a pause (。，、；：？！) that would be the 29th
 * character: it hangs in the right margin, as LibreOffice and Word set it by default
 * ({@code w:overflowPunct}); where another closing mark (”）》) would be the 29th, the character
 * before it goes down with it and the line is stretched instead. A raised run (a note's mark) never
 * starts a line: it goes down with the character before it.
 *
 * <p>Widths are the faces' own advances plus the style's character spacing (−0.25 pt for the body,
 * so 28 three-号 characters take 441 pt of the 442.2 pt text width).
 */
final class LineBreaker {
    /** Below a thousandth of a point, a width difference is rounding, not overflow. */
    private static final double EPSILON = 0.001;

    /** A run of text in one style, the unit the layout hands in. */
    record Span(String text, Style style) {
    }

    /**
     * A style resolved to faces: the Chinese face, the Latin face, size and spacing in points, how
     * far its baseline stands above the line's (a superscript's rise, negative for a subscript, 0
     * otherwise), and the lines drawn along its text ({@link Run#UNDERLINE} and the others, or 0).
     */
    record Style(FontFace eastAsia, FontFace latin, double sizePt, double spacingPt, double risePt, int lines) {
        Style(FontFace eastAsia, FontFace latin, double sizePt, double spacingPt, double risePt) {
            this(eastAsia, latin, sizePt, spacingPt, risePt, 0);
        }

        Style(FontFace eastAsia, FontFace latin, double sizePt, double spacingPt) {
            this(eastAsia, latin, sizePt, spacingPt, 0, 0);
        }

        FontFace faceFor(int cp) {
            FontFace preferred = isLatin(cp) ? latin : eastAsia;
            FontFace other = preferred == latin ? eastAsia : latin;
            return preferred.covers(cp) || !other.covers(cp) ? preferred : other;
        }
    }

    /** How the lines of a paragraph sit between the text block's edges. */
    enum Alignment { JUSTIFIED, LEFT, CENTRED, RIGHT }

    /**
     * The lines of one paragraph, each a list of runs placed in page coordinates.
     *
     * @param spans the paragraph's text, style by style
     * @param left the text block's left edge, in points from the page's left edge
     * @param width the text block's width, in points
     * @param firstIndent the first line's indent from the left edge (negative hangs out), in points
     * @param indent the other lines' indent from the left edge, in points
     * @param rightIndent the indent from the right edge, in points
     */
    static List<List<Run>> lines(List<Span> spans, double left, double width, double firstIndent, double indent,
                                 double rightIndent, Alignment alignment) {
        return lines(spans, left, width, firstIndent, indent, rightIndent, alignment, null);
    }

    /**
     * The lines of one paragraph, as {@link #lines(List, double, double, double, double, double, Alignment)},
     * recording where each ends: {@code ends} gets, line by line, the code point index (counted over
     * all the spans' text) just past its last character, so that the layout knows which line carries
     * a note's mark.
     */
    static List<List<Run>> lines(List<Span> spans, double left, double width, double firstIndent, double indent,
                                 double rightIndent, Alignment alignment, List<Integer> ends) {
        return lines(spans, left, width, firstIndent, indent, rightIndent, alignment, ends, 0);
    }

    /**
     * The lines of one paragraph whose text may hold tabs: a tab advances to the next default tab
     * stop, every {@code tabStop} points from the left edge of the block, as Word's default stops are
     * measured from the margin ({@code w:defaultTabStop}, which the {@code .docx} writer sets to two
     * characters); a tab standing on a stop goes on to the next. It is drawn as a space there, so the
     * extracted text has a gap where the tab was. A line holding a tab is set flush left, not
     * justified: Word does not stretch the text before a tab. With {@code tabStop} 0 a tab is as wide
     * as a space.
     */
    static List<List<Run>> lines(List<Span> spans, double left, double width, double firstIndent, double indent,
                                 double rightIndent, Alignment alignment, List<Integer> ends, double tabStop) {
        StringBuilder all = new StringBuilder();
        List<Style> styleOf = new ArrayList<>();
        for (Span s : spans) {
            all.append(s.text());
            s.text().codePoints().forEach(cp -> styleOf.add(s.style()));
        }
        String text = all.toString();
        int[] cps = text.codePoints().toArray();
        int n = cps.length;
        // a tab is measured where it falls on its line and drawn as a space: its glyph is the space's
        boolean tabs = text.indexOf('\t') >= 0;
        int[] tabAt = tabs ? cps.clone() : cps;
        if (tabs) {
            for (int i = 0; i < n; i++) {
                if (cps[i] == '\t') {
                    cps[i] = ' ';
                }
            }
        }
        FontFace[] faces = new FontFace[n];
        double[] advance = new double[n];
        double[] size = new double[n];
        double[] spacing = new double[n];
        double[] rise = new double[n];
        int[] drawn = new int[n];
        for (int i = 0; i < n; i++) {
            Style st = styleOf.get(i);
            drawn[i] = st.lines();
            faces[i] = st.faceFor(cps[i]);
            size[i] = st.sizePt();
            rise[i] = st.risePt();
            spacing[i] = st.spacingPt();
            advance[i] = faces[i].advance(cps[i], st.sizePt()) + st.spacingPt();
        }
        boolean[] breakBefore = breakOpportunities(text, n);
        for (int i = 1; i < n; i++) {
            if (rise[i] != 0) {
                // a note's mark stays with the character it follows (UAX #14 would break "》" from "1"),
                // and whole: a mark of ideographs ("十一", "①" after "②") is not broken either
                breakBefore[i] = false;
            }
        }
        double cell = 0;
        for (Span sp : spans) {
            cell = Math.max(cell, sp.style().sizePt() + sp.style().spacingPt());
        }

        List<List<Run>> lines = new ArrayList<>();
        int start = 0;
        while (start < n) {
            double lineIndent = lines.isEmpty() ? firstIndent : indent;
            double avail = width - lineIndent - rightIndent;
            // the grid's count as well as the width: narrow Latin letters must not let a line of
            // Chinese text hold a 29th character (a half-width character counts half)
            double cells = Math.floor((avail + EPSILON) / cell);
            int end = -1;
            boolean hangs = false;
            double used = 0;
            double count = 0;
            for (int i = start; i < n; i++) {
                if (tabs && tabAt[i] == '\t') {
                    advance[i] = tabAdvance(lineIndent + used, tabStop, faces[i].advance(' ', size[i]) + spacing[i]);
                    count += advance[i] / cell;
                } else {
                    count += isLatin(cps[i]) ? 0.5 : 1;
                }
                used += advance[i];
                boolean fits = used - trailingSpaces(cps, advance, start, i + 1) <= avail + EPSILON
                        && count <= cells;
                if (!fits) {
                    // the first character past a full line, a stop or a pause the line may end on,
                    // hangs in the margin (w:overflowPunct, on unless a paragraph turns it off)
                    if (i > start && hangs(cps[i]) && rise[i] == 0 && (i + 1 == n || breakBefore[i + 1])) {
                        end = i + 1;
                        hangs = true;
                    }
                    break;
                }
                if (i + 1 == n || breakBefore[i + 1]) {
                    end = i + 1;
                }
            }
            if (end < 0) {
                // one word wider than the line: break it where it overflows, one character at least
                end = start + 1;
                double w = advance[start];
                while (end < n && w + advance[end] <= avail + EPSILON) {
                    w += advance[end];
                    end++;
                }
            }
            boolean last = end == n;
            boolean flush = last || tabs && holdsTab(tabAt, start, end);
            lines.add(place(cps, faces, size, rise, drawn, advance, spacing, start, end, left + lineIndent, avail,
                    flush && alignment == Alignment.JUSTIFIED ? Alignment.LEFT : alignment, hangs));
            if (ends != null) {
                ends.add(end);
            }
            start = end;
            // a line never starts with the spaces the previous one ended on
            while (start < n && cps[start] == ' ') {
                start++;
            }
        }
        return lines;
    }

    /**
     * How far a tab at {@code position} (points from the block's left edge) advances: to the next
     * multiple of {@code tabStop}, never staying where it is; a space's width without tab stops.
     */
    static double tabAdvance(double position, double tabStop, double space) {
        if (tabStop <= 0) {
            return space;
        }
        double next = (Math.floor(position / tabStop + 1e-9) + 1) * tabStop;
        return next - position;
    }

    private static boolean holdsTab(int[] cps, int start, int end) {
        for (int i = start; i < end; i++) {
            if (cps[i] == '\t') {
                return true;
            }
        }
        return false;
    }

    /** breakBefore[i]: a line may start at code point i. */
    private static boolean[] breakOpportunities(String text, int n) {
        boolean[] breakBefore = new boolean[n + 1];
        BreakIterator it = BreakIterator.getLineInstance(ULocale.SIMPLIFIED_CHINESE);
        it.setText(text);
        // the iterator gives char offsets, in order: count code points from the last one (linear, not quadratic)
        int chars = 0;
        int codePoints = 0;
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            if (b > 0 && b < text.length()) {
                codePoints += text.codePointCount(chars, b);
                chars = b;
                breakBefore[codePoints] = true;
            }
        }
        return breakBefore;
    }

    private static double trailingSpaces(int[] cps, double[] advance, int start, int end) {
        double w = 0;
        for (int i = end - 1; i >= start && cps[i] == ' '; i--) {
            w += advance[i];
        }
        return w;
    }

    private static List<Run> place(int[] cps, FontFace[] faces, double[] size, double[] rise, int[] drawn, double[] advance,
                                   double[] spacing, int start, int end, double x0, double avail, Alignment alignment,
                                   boolean hangs) {
        int visibleEnd = end;
        while (visibleEnd > start + 1 && cps[visibleEnd - 1] == ' ') {
            visibleEnd--;
        }
        // what fills the line: all but a mark hanging in the margin, which follows it
        int filled = hangs ? visibleEnd - 1 : visibleEnd;
        // the last character's spacing follows its ink: without it the ink ends at the edge exactly
        double natural = -spacing[filled - 1];
        for (int i = start; i < filled; i++) {
            natural += advance[i];
        }
        double slack = Math.max(0, avail - natural);
        double x = switch (alignment) {
            case JUSTIFIED, LEFT -> x0;
            case CENTRED -> x0 + slack / 2;
            case RIGHT -> x0 + slack;
        };
        double perGap = 0;
        if (alignment == Alignment.JUSTIFIED) {
            int gaps = 0;
            for (int i = start; i < filled - 1; i++) {
                if (stretches(cps[i], cps[i + 1])) {
                    gaps++;
                }
            }
            perGap = gaps == 0 ? 0 : slack / gaps;
        }
        List<Run> runs = new ArrayList<>();
        int runStart = start;
        List<Double> xs = new ArrayList<>();
        for (int i = start; i < visibleEnd; i++) {
            if (i > runStart && (!faces[i].equals(faces[runStart]) || size[i] != size[runStart]
                    || rise[i] != rise[runStart] || drawn[i] != drawn[runStart])) {
                runs.add(run(cps, runStart, i, faces[runStart], size[runStart], rise[runStart], drawn[runStart], xs));
                runStart = i;
                xs.clear();
            }
            xs.add(x);
            x += advance[i];
            if (i + 1 < filled && perGap > 0 && stretches(cps[i], cps[i + 1])) {
                x += perGap;
            }
        }
        runs.add(run(cps, runStart, visibleEnd, faces[runStart], size[runStart], rise[runStart], drawn[runStart], xs));
        return runs;
    }

    private static Run run(int[] cps, int from, int to, FontFace face, double size, double rise, int drawn,
                           List<Double> xs) {
        double[] x = new double[xs.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = xs.get(i);
        }
        return new Run(new String(cps, from, to - from), face, size, x, 0x000000, 1, rise, drawn);
    }

    /**
     * Whether a mark may hang past the line's right edge: the stops and pauses (。，、；：？！), which
     * LibreOffice 7.4 and 25.2 both hang where the paragraph allows it ({@code w:overflowPunct}, which
     * the writer leaves at its default, on), as Word's 允许标点溢出边界 does; closing quotes and brackets
     * do not hang, so the character before them goes down with them.
     */
    static boolean hangs(int cp) {
        return cp == '。' || cp == '，' || cp == '、' || cp == '；' || cp == '：' || cp == '？' || cp == '！';
    }

    /** Justification widens the gaps beside Chinese characters and spaces, never inside a Latin word. */
    private static boolean stretches(int a, int b) {
        return !isLatin(a) || !isLatin(b) || a == ' ';
    }

    /**
     * Whether a code point is set in the Latin face: Latin letters, digits and ASCII punctuation.
     * Quotation marks, dashes and the ellipsis are set in the Chinese face, full width, as a Chinese
     * text wants them (GB/T 15834), not in Times New Roman.
     */
    static boolean isLatin(int cp) {
        return cp < 0x2000 && !(cp >= 0x1100 && cp <= 0x11FF);
    }

    /** The natural width of a text in a style, in points: the sum of its advances. */
    static double width(String text, Style style) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += style.faceFor(cp).advance(cp, style.sizePt()) + style.spacingPt();
            i += Character.charCount(cp);
        }
        return w;
    }
}
