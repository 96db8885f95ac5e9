package io.gongwen.bench;

import io.gongwen.HeadingLevel;
import io.gongwen.OfficialDocument;

import java.io.OutputStream;

/**
 * Run in a child JVM by {@link BenchmarkReport}: writes one document (or, with {@code MODEL}, only
 * builds the model and keeps it) and exits 0, or dies of an OutOfMemoryError under a small
 * {@code -Xmx}. The smallest heap that succeeds is the contestant's peak live heap.
 *
 * <p>Usage: {@code Probe CONTESTANT|MODEL SIZE FLAVOUR}
 */
public final class Probe {
    private Probe() {
    }

    public static void main(String[] args) throws Exception {
        WorkReport.Size size = WorkReport.Size.valueOf(args[1]);
        WorkReport report = WorkReport.of(size, WorkReport.Flavour.valueOf(args[2]));
        if (args[0].equals("MODEL")) {
            OfficialDocument.Builder b = OfficialDocument.builder().title(report.title())
                    .headingLevels(HeadingLevel.ONE, HeadingLevel.THREE);
            for (WorkReport.Part part : report.sections()) {
                b.section(part.heading(), s -> part.items().forEach(i -> s.runIn(i.heading(), i.text())));
            }
            OfficialDocument doc = b.build();
            System.gc();
            System.out.println(doc.body().size());
        } else {
            Contestant.valueOf(args[0]).write(report, OutputStream.nullOutputStream());
        }
        System.exit(0);
    }
}
