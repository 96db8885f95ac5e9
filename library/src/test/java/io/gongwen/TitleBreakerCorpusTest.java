package io.gongwen;

import io.gongwen.title.WordSegmenter;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The State Council's own titles (the gov-cn corpus, {@code title_lines}: the lines it printed) broken
 * by {@link TitleBreaker} for the standard text block, compared line for line.
 */
class TitleBreakerCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus/gov-cn");
    /** Titles broken exactly as printed, at least; the test prints the score and the others. */
    private static final int AT_LEAST = 26;

    private record Printed(String file, String title, List<String> lines) {
    }

    @Test
    void breaks_the_state_councils_titles_as_it_printed_them_and_never_inside_a_word() throws IOException {
        // GIVEN
        List<Printed> titles = printedTitles();
        Specification standard = Specification.standard();

        // WHEN
        int same = 0;
        List<String> splitWords = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Printed printed : titles) {
            List<String> ours = TitleBreaker.lines(printed.title(), standard);
            if (ours.equals(printed.lines())) {
                same++;
            } else {
                report.append(String.format("  %s printed: %s%n  %s ours:    %s%n", printed.file(),
                        String.join(" / ", printed.lines()), " ".repeat(printed.file().length()),
                        String.join(" / ", ours)));
            }
            splitWords.addAll(splitWords(printed.title(), ours));
        }
        System.out.printf("TitleBreaker on the gov-cn corpus: %d of %d titles broken as printed%n%s", same,
                titles.size(), report);

        // THEN
        assertThat(titles).hasSize(29);
        assertThat(same).isGreaterThanOrEqualTo(AT_LEAST);
        assertThat(splitWords).isEmpty();
    }

    @Test
    void breaks_the_same_from_many_threads_sharing_the_segmenter() throws Exception {
        // GIVEN
        List<Printed> titles = printedTitles();
        Specification standard = Specification.standard();
        List<List<String>> alone = titles.stream().map(t -> TitleBreaker.lines(t.title(), standard)).toList();

        // WHEN 8 threads break every title 20 times
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> same = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                same.add(pool.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < titles.size(); i++) {
                            if (!TitleBreaker.lines(titles.get(i).title(), standard).equals(alone.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }

            // THEN
            for (Future<Boolean> result : same) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The breaks of {@code lines} that split a word. A break splits a word when it falls inside one of
     * the segmenter's words (HanLP's, as the breaker sees them), inside a run of letters and digits
     * with the 年, 届 or 号 after it (2018年度, 第26届), or inside a quotation (“三农”).
     */
    private static List<String> splitWords(String title, List<String> lines) {
        Set<Integer> starts = new HashSet<>();
        for (WordSegmenter.Word word : WordSegmenter.words(title)) {
            starts.add(word.start());
        }
        List<String> split = new ArrayList<>();
        int at = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            at += lines.get(i).codePointCount(0, lines.get(i).length());
            int before = title.offsetByCodePoints(0, at);
            char left = title.charAt(before - 1);
            char right = title.charAt(before);
            boolean insideWord = !starts.contains(at);
            boolean insideNumber = (Character.isLetterOrDigit(left) && left < 0x80)
                    && (Character.isLetterOrDigit(right) || "年月日号届次".indexOf(right) >= 0);
            boolean insideQuotation = count(title, before, '“') > count(title, before, '”');
            if (insideWord || insideNumber || insideQuotation) {
                split.add(lines.get(i) + " / " + lines.get(i + 1));
            }
        }
        return split;
    }

    private static long count(String title, int before, char c) {
        return title.substring(0, before).chars().filter(x -> x == c).count();
    }

    /** The titles with the lines printed, white space inside them dropped (gov.cn letter-spaces one). */
    private static List<Printed> printedTitles() throws IOException {
        Load yaml = new Load(LoadSettings.builder().build()); // JSON is YAML 1.2
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(CORPUS, "*.expected.json")) {
            found.forEach(files::add);
        }
        files.sort(null);
        List<Printed> titles = new ArrayList<>();
        for (Path file : files) {
            Map<?, ?> expected = (Map<?, ?>) yaml.loadFromString(Files.readString(file, StandardCharsets.UTF_8));
            List<String> lines = ((List<?>) expected.get("title_lines")).stream()
                    .map(line -> ((String) line).replaceAll("\\s", "")).toList();
            if (!lines.isEmpty()) {
                titles.add(new Printed(file.getFileName().toString().substring(0, 2), String.join("", lines), lines));
            }
        }
        return titles;
    }
}
