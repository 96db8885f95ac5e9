package io.gongwen.docx.write;

import io.gongwen.Specification;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class PageTrackerTest {
    private final PageGeometry page = new PageGeometry(Specification.standard());
    private final PageTracker tracker = new PageTracker(page, true);
    /** The portrait text block's height, 225 mm. */
    private final long portrait = page.pageHeight - page.top - page.bottom;
    /** The landscape text block's height, 156 mm. */
    private final long landscape = page.pageWidth - page.landscapeTop - page.landscapeBottom;

    @Test
    void a_long_table_repeats_its_header_at_the_top_of_each_page() {
        long[] rows = new long[21];
        Arrays.fill(rows, portrait / 10);
        tracker.table(rows, 1); // a header and 20 rows: 10 rows on the first page, then 9 under the header

        assertThat(tracker.page()).isEqualTo(3);
        assertThat(tracker.remaining()).isEqualTo(portrait - 3 * (portrait / 10));
    }

    @Test
    void turning_to_landscape_and_back_starts_pages_and_landscape_pages_are_shorter() {
        tracker.lines(3);
        tracker.turn(true);
        assertThat(tracker.page()).isEqualTo(2);
        assertThat(tracker.remaining()).isEqualTo(landscape);

        tracker.turn(true); // a second landscape table shares the section
        assertThat(tracker.page()).isEqualTo(2);

        tracker.turn(false);
        assertThat(tracker.page()).isEqualTo(3);
        assertThat(tracker.remaining()).isEqualTo(portrait);
    }

    @Test
    void a_page_break_on_an_empty_page_adds_no_page() {
        tracker.turn(true);
        tracker.turn(false);
        tracker.breakPage();
        assertThat(tracker.page()).isEqualTo(3);

        tracker.lines(1);
        tracker.breakPage();
        assertThat(tracker.page()).isEqualTo(4);
    }
}
