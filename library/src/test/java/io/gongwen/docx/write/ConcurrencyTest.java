package io.gongwen.docx.write;

import io.gongwen.OfficialDocument;
import io.gongwen.Specification;
import io.gongwen.testing.RandomDocuments;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Threads sharing one specification produce exactly the bytes one thread produces for the same
 * inputs: nothing in the writer is shared mutable state.
 */
class ConcurrencyTest {
    static final int THREADS = 8;
    /** Documents per thread; {@code -Dgongwen.concurrency.documents=5000} for the long run. */
    static final int DOCUMENTS = Integer.getInteger("gongwen.concurrency.documents", 500);

    @Test
    void eight_threads_write_exactly_what_one_thread_writes() throws Exception {
        Specification shared = Specification.standard().toBuilder()
                .font(io.gongwen.DocumentElement.BODY, io.gongwen.Font.chinese("仿宋")).build();
        List<String> expected = new ArrayList<>();
        for (int seed = 0; seed < DOCUMENTS; seed++) {
            expected.add(digest(RandomDocuments.generate(seed, shared).toBytes()));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> digests = new ArrayList<>();
                    for (int i = 0; i < DOCUMENTS; i++) {
                        // each thread walks the seeds from a different place, so threads write
                        // different documents at the same moment
                        int seed = (i + offset * DOCUMENTS / THREADS) % DOCUMENTS;
                        OfficialDocument doc = RandomDocuments.generate(seed, shared);
                        digests.add(seed + ":" + digest(doc.toBytes()));
                    }
                    return digests;
                }));
            }
            start.countDown();
            int compared = 0;
            for (Future<List<String>> result : results) {
                for (String entry : result.get()) {
                    int seed = Integer.parseInt(entry.substring(0, entry.indexOf(':')));
                    assertThat(entry.substring(entry.indexOf(':') + 1)).as("seed %d", seed).isEqualTo(expected.get(seed));
                    compared++;
                }
            }
            assertThat(compared).isEqualTo(THREADS * DOCUMENTS);
            System.out.printf("concurrency: %d threads x %d documents, all byte-identical to one thread%n", THREADS, DOCUMENTS);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String digest(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
