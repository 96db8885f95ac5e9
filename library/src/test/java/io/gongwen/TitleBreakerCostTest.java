package io.gongwen;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
        for (int i = 0; i < 30; i++) { // warm up the segmenter and the JIT on both
            TitleBreaker.lines(shorter, 20);
            TitleBreaker.lines(longer, 20);
        }

        // WHEN the best of 15 runs each, in this thread's CPU time (what other processes and the
        // collector take is not counted), the two lengths taking turns
        long once = Long.MAX_VALUE;
        long twice = Long.MAX_VALUE;
        for (int run = 0; run < 15; run++) {
            once = Math.min(once, time(shorter));
            twice = Math.min(twice, time(longer));
        }

        // THEN linear: a quadratic cost would take four times as long
        System.out.printf("TitleBreaker: %d characters %.2f ms, %d characters %.2f ms (ratio %.2f)%n", shorter.length(),
                once / 1e7, longer.length(), twice / 1e7, (double) twice / once);
        assertThat((double) twice / once).as("%d ns for %d characters, %d ns for %d", once, shorter.length(),
                twice, longer.length()).isLessThan(3.2);
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
                        + "lines with; break it into lines yourself: \"关于关于")
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

    /** Ten breaks of the title, in nanoseconds of this thread's CPU time. */
    private static long time(String title) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < 10; i++) {
            TitleBreaker.lines(title, 20);
        }
        return threads.getCurrentThreadCpuTime() - start;
    }
}
