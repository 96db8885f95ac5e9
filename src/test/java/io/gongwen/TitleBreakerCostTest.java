package io.gongwen;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What breaking a title costs as the title grows: linear in its length, and bounded (issue 14). */
class TitleBreakerCostTest {
    private static final String TITLE = "国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知";

    @Test
    void takes_about_twice_as_long_for_a_title_twice_as_long() {
        // GIVEN titles of about 250 and 500 characters
        String shorter = TITLE.repeat(250 / TITLE.length());
        String longer = shorter + shorter;
        for (int i = 0; i < 5; i++) {
            TitleBreaker.lines(longer, 20); // warm up the segmenter and the JIT
        }

        // WHEN
        long once = bestOf(shorter);
        long twice = bestOf(longer);

        // THEN linear: a quadratic cost would take four times as long
        assertThat((double) twice / once).as("%d ns for %d characters, %d ns for %d", once, shorter.length(),
                twice, longer.length()).isLessThan(3.0);
    }

    @Test
    void refuses_a_title_of_a_million_characters_at_once() {
        // GIVEN
        String title = "关于".repeat(500_000);

        // WHEN / THEN
        long start = System.nanoTime();
        assertThatThrownBy(() -> TitleBreaker.lines(title, 20))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("title: has 1000000 characters, more than the 500 a title is broken into "
                        + "lines with; give its lines yourself (one argument each): \"关于关于")
                .extracting(e -> ((InvalidDocumentException) e).field()).isEqualTo("title");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
    }

    @Test
    void breaks_a_title_of_the_longest_length_accepted() {
        // GIVEN exactly 500 characters
        String title = TITLE.repeat(17).substring(0, TitleBreaker.MAX_CHARACTERS);

        // WHEN
        List<String> lines = TitleBreaker.lines(title, 20);

        // THEN
        assertThat(String.join("", lines)).isEqualTo(title);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(25);
    }

    /** The best of seven runs of ten breaks, in nanoseconds. */
    private static long bestOf(String title) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 7; run++) {
            long start = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                TitleBreaker.lines(title, 20);
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
