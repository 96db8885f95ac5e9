package io.gongwen;

import io.gongwen.internal.ChineseNumerals;
import io.gongwen.check.DocxChecker;
import io.gongwen.check.TextChecker;
import io.gongwen.text.DocxReader;
import io.gongwen.text.DraftReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every algorithm whose work depends on the size of its input, run on an input and on one twice as
 * large: the time may grow at most {@value #MOST_GROWTH} times (linear work doubles, n log n a little
 * more, quadratic work quadruples). A ratio of times, not a time, so a slow or loaded machine passes
 * as long as it is equally slow for both runs. The time is the thread's CPU time, which other
 * processes on the machine do not inflate. Each size is warmed up, then timed several times,
 * alternating, and the fastest run of each counts; if another process (or a full heap left by
 * other tests) slowed a round down, up to four more rounds are timed, and the fastest runs of all
 * of them count. Real growth shows in every round.
 *
 * <p>A hostile-input campaign (issue 14) found a title breaker that took 120 s for 1 million
 * characters; this class is where such growth shows up before a user finds it.
 */
class GrowthTest {
    /**
     * Linear gives 2 and n log n about 2.2, quadratic 4 (the self-test measures 4 to 7). Linear work
     * measured up to 2.97 in a full test run on a 2-core machine shared with other builds: 3.5 leaves
     * room for that and still tells quadratic work apart.
     */
    static final double MOST_GROWTH = 3.5;
    private static final int WARM_UP = 5;
    private static final int TIMED = 5;
    private static final int ROUNDS = 5;
    /** Items per section of the smaller input; {@code -Dgongwen.growth.items=…} to try larger inputs. */
    private static final int ITEMS = Integer.getInteger("gongwen.growth.items", 300);
    private static final int SECTIONS = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    @Test
    void reading_a_draft_grows_linearly() {
        assertLinear("DraftReader.read", GrowthTest::draft, text -> DraftReader.standard().read(text));
    }

    @Test
    void checking_a_draft_grows_linearly() {
        assertLinear("TextChecker.check", GrowthTest::draft, text -> new TextChecker().check(text));
    }

    @Test
    void writing_a_document_grows_linearly() {
        assertLinear("OfficialDocument.writeTo", GrowthTest::document,
                doc -> doc.writeTo(OutputStream.nullOutputStream()));
    }

    @Test
    void building_a_document_grows_linearly() {
        assertLinear("OfficialDocument.Builder", n -> n, GrowthTest::document);
    }

    @Test
    void reading_a_docx_grows_linearly() {
        assertLinear("DocxReader.read", this::docx, file -> DocxReader.standard().read(file));
    }

    @Test
    void checking_a_docx_grows_linearly() {
        assertLinear("DocxChecker.check", this::docx, file -> new DocxChecker().check(file));
    }

    @Test
    void joining_paragraphs_whose_marks_are_deleted_grows_linearly() {
        // a body of deleted paragraph marks reads as one paragraph: each join extends it, never copies it
        assertLinear("WordContent.read, deleted marks", n -> {
            try {
                return Files.write(dir.resolve("joined-" + n + ".docx"),
                        io.gongwen.testing.ForeignDocx.withDocumentXml(io.gongwen.testing.ForeignDocx.deletedParagraphMarks(n * 100)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, file -> sink += io.gongwen.docx.read.WordContent.read(file).paragraphs().get(0).text().length());
    }

    @Test
    void reading_a_paragraph_of_page_breaks_between_words_grows_linearly() {
        // each break makes the words after it a paragraph of its own on a new page: the breaks are
        // found by their line in the paragraph, not by searching the ones before
        assertLinear("DocxReader.read, page breaks between words", n -> {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                    + io.gongwen.testing.ForeignDocx.W + "><w:body><w:p><w:r><w:t>关于加强管理的通知</w:t></w:r></w:p><w:p>");
            Random random = new Random(n); // words that differ, or the part compresses like a zip bomb
            for (int i = 0; i < n * 10; i++) {
                xml.append("<w:r><w:t>");
                for (int c = 0; c < 12; c++) {
                    xml.append((char) (0x4E00 + random.nextInt(0x5000)));
                }
                xml.append("。</w:t></w:r><w:r><w:br w:type=\"page\"/></w:r>");
            }
            xml.append("<w:r><w:t>特此通知。</w:t></w:r></w:p></w:body></w:document>");
            try {
                return Files.write(dir.resolve("breaks-" + n + ".docx"),
                        io.gongwen.testing.ForeignDocx.withDocumentXml(xml.toString()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, file -> sink += DocxReader.standard().read(file).document().body().size());
    }

    @Test
    void the_measure_catches_quadratic_growth() {
        // what the title breaker did: work that grows with the square of its input. 12,000 and 24,000:
        // runs of 0.1 s and more, so that the scheduler's accounting of CPU time and a busy neighbour core
        // weigh little against the work (at 6,000 it once measured 3.22 on a loaded runner). A loaded
        // machine can still squeeze one measurement under the bound, so the measure gets three tries
        // to see the growth; linear work never reaches the bound in the same conditions (the tests above).
        AssertionError caught = null;
        for (int attempt = 0; attempt < 3 && caught == null; attempt++) {
            try {
                assertLinear("quadratic", 12_000, n -> n, n -> {
                    long sum = 0;
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            sum += (long) i * j ^ j;
                        }
                    }
                    sink = sum;
                });
            } catch (AssertionError e) {
                caught = e;
            }
        }
        assertThat(caught).as("quadratic work measured as growing more than %s times", MOST_GROWTH).isNotNull();
        assertThat(caught).hasMessageContaining("quadratic: ");
    }

    /** Keeps the quadratic loop from being optimised away. */
    static volatile long sink;

    // TitleBreaker has a test of its own, TitleBreakerCostTest: titles are at most 500 characters
    // (longer ones are refused), so it doubles 240 into 480 characters and bounds the CPU time's ratio.

    /** {@link #assertLinear(String, int, IntFunction, Consumer)} from {@link #ITEMS}. */
    private static <T> void assertLinear(String what, IntFunction<T> input, Consumer<T> work) {
        assertLinear(what, ITEMS, input, work);
    }

    /**
     * Times {@code work} on {@code input.apply(n)} and on {@code input.apply(2n)}, and asserts the
     * growth. The inputs are made before any timing.
     */
    private static <T> void assertLinear(String what, int n, IntFunction<T> input, Consumer<T> work) {
        T small = input.apply(n);
        T large = input.apply(2 * n);
        for (int i = 0; i < WARM_UP; i++) {
            work.accept(small);
            work.accept(large);
        }
        // a round that another process slowed down is measured again; growth shows in every round
        double growth = Double.MAX_VALUE;
        long bestSmall = Long.MAX_VALUE;
        long bestLarge = Long.MAX_VALUE;
        int rounds = 0;
        for (; rounds < ROUNDS && growth > MOST_GROWTH; rounds++) {
            for (int i = 0; i < TIMED; i++) {
                bestSmall = Math.min(bestSmall, time(work, small));
                bestLarge = Math.min(bestLarge, time(work, large));
            }
            growth = (double) bestLarge / bestSmall;
        }
        System.out.printf(Locale.ROOT, "growth %s: %.1f ms, doubled %.1f ms, %.2f × (%d rounds)%n", what,
                bestSmall / 1e6, bestLarge / 1e6, growth, rounds);
        assertThat(growth).as("%s: %.1f ms, then %.1f ms for twice the input", what, bestSmall / 1e6, bestLarge / 1e6)
                .isLessThanOrEqualTo(MOST_GROWTH);
    }

    private static <T> long time(Consumer<T> work, T input) {
        System.gc(); // the garbage of one run is not the next run's cost
        long start = now();
        work.accept(input);
        return now() - start;
    }

    /**
     * The CPU time of this thread where the JVM can tell it, so that other processes sharing the
     * machine's cores (a CI runner, a parallel build) do not count; elapsed time otherwise.
     */
    private static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /**
     * A drafted notice of {@link #SECTIONS} sections of {@code items} numbered run-in items each, with
     * what the text rules and the reader look at: half-width brackets, dates to fix, placeholders.
     */
    static String draft(int items) {
        Random r = new Random(items);
        StringBuilder text = new StringBuilder("关于开展安全生产大检查的通知\n各乡镇人民政府，县政府各部门：\n");
        for (int s = 1; s <= SECTIONS; s++) {
            text.append(ChineseNumerals.of(s)).append("、第").append(s).append("部分工作\n");
            for (int i = 1; i <= items; i++) {
                text.append("　　").append(i).append(".落实").append(i).append("项责任。").append(sentence(r)).append('\n');
            }
        }
        return text.append("XX县人民政府办公室\n2021年2月26日\n").toString();
    }

    /** The same structure built as a document. */
    static OfficialDocument document(int items) {
        Random r = new Random(items);
        OfficialDocument.Builder b = OfficialDocument.builder()
                .headingLevels(HeadingLevel.ONE, HeadingLevel.THREE)
                .title("关于开展安全生产大检查的通知")
                .addressee("各乡镇人民政府，县政府各部门");
        for (int s = 1; s <= SECTIONS; s++) {
            int section = s;
            b.section("第" + s + "部分工作", sec -> {
                for (int i = 1; i <= items; i++) {
                    sec.runIn("落实" + i + "项责任。", sentence(r));
                }
                if (section % 5 == 0) {
                    sec.table(Table.builder().columns(1, 3, 2).header("序号", "单位", "金额（万元）")
                            .row("1", "县财政局", "120").row("2", "县交通运输局", "80").build());
                }
            });
        }
        return b.signature("XX县人民政府办公室").date(LocalDate.of(2021, 2, 26)).build();
    }

    /** The document of {@link #document} written to a file. */
    private Path docx(int items) {
        try {
            Path file = dir.resolve("growth-" + items + ".docx");
            Files.write(file, document(items).toBytes());
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** About 120 characters of varied text, with something for each text rule now and then. */
    private static String sentence(Random r) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < 120; c++) {
            s.append((char) (0x4E00 + r.nextInt(3000)));
            if (c % 17 == 16) {
                s.append('，');
            }
        }
        switch (r.nextInt(4)) {
            case 0 -> s.append("(社区)");
            case 1 -> s.append("，于2020-7-1前完成");
            case 2 -> s.append("，完成率X%");
            default -> s.append("，按《条例》第3条执行");
        }
        return s.append('。').toString();
    }
}
