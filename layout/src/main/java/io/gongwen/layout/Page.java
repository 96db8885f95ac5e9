package io.gongwen.layout;

import java.util.List;
import java.util.Optional;

/**
 * One page, laid out: its size and its lines, page number included. Immutable.
 *
 * <p>A turned page carries a landscape table (GB/T 9704-2012 §8): the A4 paper turned a quarter
 * clockwise, its left edge on top, so that the table's head lies on the paper's left edge when the
 * sheet is held upright. Its size and everything on it are in the turned page's frame, except the
 * page number, which stays where it is on the other pages: it is laid out on the paper upright
 * ({@code heightPt} wide, {@code widthPt} high) and turned with the paper, so that on the turned page
 * it reads from top to bottom, left of the text block.
 *
 * @param index the page's place in the document, from 1
 * @param widthPt the page's width as it is read, in points (the paper's height when turned)
 * @param heightPt the page's height as it is read, in points
 * @param lines the lines in reading order, the page number last
 * @param rules the rules drawn on the page
 * @param pageNumber the number printed on the page, if one is
 * @param turned whether the page is a landscape page turned on portrait paper
 * @param pictures the pictures on the page (seals, signature seals, pictures of the body), drawn over the text
 */
public record Page(int index, double widthPt, double heightPt, List<Line> lines, List<Rule> rules,
                   Optional<Integer> pageNumber, boolean turned, List<Picture> pictures) {
    public Page {
        lines = List.copyOf(lines);
        rules = List.copyOf(rules);
        pictures = List.copyOf(pictures);
    }

    /** A page without pictures. */
    public Page(int index, double widthPt, double heightPt, List<Line> lines, List<Rule> rules,
                Optional<Integer> pageNumber, boolean turned) {
        this(index, widthPt, heightPt, lines, rules, pageNumber, turned, List.of());
    }
}
