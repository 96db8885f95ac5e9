package io.gongwen.layout;

import java.util.List;
import java.util.Optional;

/**
 * One page, laid out: its size and its lines, page number included. Immutable.
 *
 * @param index the page's place in the document, from 1
 * @param widthPt the paper's width, in points
 * @param heightPt the paper's height, in points
 * @param lines the lines in reading order, the page number last
 * @param rules the rules drawn on the page
 * @param pageNumber the number printed on the page, if one is
 */
public record Page(int index, double widthPt, double heightPt, List<Line> lines, List<Rule> rules,
                   Optional<Integer> pageNumber) {
    public Page {
        lines = List.copyOf(lines);
        rules = List.copyOf(rules);
    }
}
