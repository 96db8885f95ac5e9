package io.gongwen.text;

import io.gongwen.GongwenException;
import io.gongwen.testing.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated drafts: the seeds with bytes flipped, lines shuffled, cut short, doubled, and made huge.
 * Every read gives a document that writes schema-valid, or the library's exception; nothing else.
 * The text checker and its fixes run over the same drafts.
 */
class DraftReaderFuzzTest {
    /** {@code -Dgongwen.draft.mutations=20000} for the long run. */
    private static final int MUTATIONS = Integer.getInteger("gongwen.draft.mutations", 1000);

    @Test
    @Timeout(300)
    void mutated_drafts_read_into_valid_documents_or_the_librarys_exception() throws IOException {
        List<byte[]> seeds = List.of(seed("seed-000.txt"), seed("seed-001.txt"));
        Map<Integer, String> escapes = new TreeMap<>();
        int read = 0;
        int refused = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            Random r = new Random(i);
            String text = mutate(seeds.get(i % 2), r);
            try {
                // the checker and its fixes take the same untrusted text
                var findings = new io.gongwen.check.TextChecker().check(text);
                io.gongwen.check.TextChecker.applyFixes(text, findings);
                Draft draft = DraftReader.standard().read(text);
                List<String> errors = Schemas.errors(draft.document().toBytes());
                if (!errors.isEmpty()) {
                    escapes.put(i, "schema errors: " + errors);
                }
                read++;
            } catch (GongwenException e) {
                refused++;
            } catch (Throwable t) {
                escapes.put(i, t.toString());
            }
        }
        System.out.printf("mutated drafts: %d tried, %d read and written valid, %d refused%n", MUTATIONS, read, refused);
        assertThat(escapes).isEmpty();
        assertThat(read).isGreaterThan(MUTATIONS / 3);
    }

    private static String mutate(byte[] seed, Random r) {
        byte[] bytes = Arrays.copyOf(seed, seed.length);
        switch (r.nextInt(5)) {
            case 0 -> {
                for (int k = 0; k < 1 + r.nextInt(8); k++) {
                    bytes[r.nextInt(bytes.length)] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 1 -> bytes = Arrays.copyOf(bytes, r.nextInt(bytes.length));
            default -> {
            }
        }
        // decoding flipped bytes gives U+FFFD and whatever control characters the flips made
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        switch (r.nextInt(4)) {
            case 0 -> Collections.shuffle(lines, r);
            case 1 -> lines.add(r.nextInt(lines.size() + 1), "国".repeat(50_000 + r.nextInt(100_000)));
            case 2 -> lines.addAll(new ArrayList<>(lines));
            default -> {
            }
        }
        return String.join("\n", lines);
    }

    private static byte[] seed(String name) throws IOException {
        try (InputStream in = DraftReaderFuzzTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
