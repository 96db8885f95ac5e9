package io.gongwen.pdf.bench;

import io.gongwen.OfficialDocument;
import io.gongwen.bench.WorkReport;
import io.gongwen.layout.DocumentLayout;
import io.gongwen.layout.LaidOutDocument;
import io.gongwen.layout.StandInFonts;
import io.gongwen.pdf.PdfOptions;
import io.gongwen.pdf.PdfWriter;

import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link PdfBenchmarkReport}: writes one work report as PDF and exits 0, or
 * dies of an OutOfMemoryError under a small {@code -Xmx}; the smallest heap that succeeds is the
 * peak live heap. {@code STREAMED} is {@link PdfWriter#write(OfficialDocument, OutputStream, PdfOptions)},
 * each page written as it is laid out; {@code COLLECTED} lays the whole document out first
 * ({@link LaidOutDocument}, every page held) and then writes it, as the writer did before pages
 * were streamed. {@code DOCX} writes the .docx for LibreOffice to {@code FILE}; {@code CPU} writes
 * the PDF {@code RUNS} times and prints the least processor time one write took, in ms.
 *
 * <p>Usage: {@code PdfProbe STREAMED|COLLECTED SIZE}, {@code PdfProbe DOCX SIZE FILE} or
 * {@code PdfProbe CPU SIZE RUNS}
 */
public final class PdfProbe {
    private PdfProbe() {
    }

    public static void main(String[] args) {
        OfficialDocument doc = WorkReport.of(WorkReport.Size.valueOf(args[1]), WorkReport.Flavour.VARIED).document();
        PdfOptions options = PdfOptions.builder().fonts(StandInFonts.resolver()).build();
        switch (args[0]) {
            case "STREAMED" -> PdfWriter.write(doc, OutputStream.nullOutputStream(), options);
            case "COLLECTED" -> PdfWriter.write(DocumentLayout.layOut(doc, options.fonts()), OutputStream.nullOutputStream());
            case "DOCX" -> doc.writeTo(Path.of(args[2]));
            case "CPU" -> {
                // the processor time of one write on this thread, after warming up: the figure that the
                // machine's load does not stretch, as it stretches wall time
                java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long best = Long.MAX_VALUE;
                for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                    long start = threads.getCurrentThreadCpuTime();
                    PdfWriter.write(doc, OutputStream.nullOutputStream(), options);
                    best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
                }
                System.out.println(best / 1_000_000);
            }
            default -> throw new IllegalArgumentException("PdfProbe STREAMED|COLLECTED|DOCX|CPU SIZE [FILE|RUNS]: " + args[0]);
        }
        System.exit(0);
    }
}
