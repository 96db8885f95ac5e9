package io.gongwen.pdf.bench;

import io.gongwen.bench.WorkReport;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PDF against LibreOffice, in one run on one machine ({@code pdf-results.md} in the folder
 * given, default {@code target/benchmark}): the L work report (about 3,400 pages) written as PDF by
 * gongwen4j (JMH, single-shot time per write, with the gc profiler), and the same document's .docx,
 * written by gongwen4j, converted to PDF by {@code soffice --headless --convert-to pdf} with a
 * throw-away profile and the stand-in fonts the rendered tests use (wall time of each run, the
 * conversion's peak resident memory summed over LibreOffice's processes); then the peak live heap
 * of the PDF writer (the smallest {@code -Xmx} at which a fresh JVM writes L), streaming pages and
 * holding them all, and the writer's peak resident memory.
 *
 * <p>{@code quick} shortens every measurement, for trying the harness, not for numbers.
 */
public final class PdfBenchmarkReport {
    private static final String QUIET_LOG = "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory";
    private static final int[] HEAPS = {8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048};

    private final Path out;
    private final boolean quick;
    private final StringBuilder md = new StringBuilder();

    private PdfBenchmarkReport(Path out, boolean quick) {
        this.out = out;
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        List<String> list = Arrays.asList(args);
        Path out = Path.of(list.stream().filter(a -> !a.equals("quick") && !a.equals("full")).findFirst()
                .orElse("target/benchmark"));
        Files.createDirectories(out);
        new PdfBenchmarkReport(out, list.contains("quick")).run();
    }

    private void run() throws Exception {
        WorkReport l = WorkReport.of(WorkReport.Size.L, WorkReport.Flavour.VARIED);
        md.append("# gongwen4j PDF against LibreOffice\n\n");
        md.append(String.format(Locale.ROOT, "Java %s on %d cores (%s), %s; the L work report: %,d sections, %,d "
                        + "characters.%n%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.arch"), java.time.LocalDate.now(java.time.ZoneOffset.UTC), l.sections().size(),
                l.characters()));
        Path docx = out.resolve("L.docx");
        child(List.of("-Xmx1g"), "DOCX", "L", docx.toString());
        double[] ours = ours();
        Map<String, Double> theirs = libreOffice(docx);
        int pages = pages(out.resolve("libreoffice").resolve("L.pdf"));
        md.append("## Time\n\n");
        md.append(String.format(Locale.ROOT, "| writer | time per document | memory |%n|---|---|---|%n"
                        + "| gongwen4j PDF (model → PDF, JMH single shot, mean ± 99.9%% error of %d) | %.0f ± %.0f ms | %.0f MB "
                        + "allocated per document |%n"
                        + "| gongwen4j PDF/A-2b | %.0f ± %.0f ms | %.0f MB allocated |%n"
                        + "| LibreOffice %s (.docx → PDF, wall time, median of %d) | %.0f ms | %.0f MB peak resident |%n%n",
                (int) ours[6], ours[0], ours[1], ours[2] / 1e6, ours[3], ours[4], ours[5] / 1e6,
                libreOfficeVersion(), theirs.get("runs").intValue(), theirs.get("ms"), theirs.get("rssMb")));
        md.append(String.format(Locale.ROOT, "LibreOffice set the document on %,d pages. gongwen4j is %.1f × faster "
                + "(target ≥ 10 ×): %s.%n%n", pages, theirs.get("ms") / ours[0], theirs.get("ms") / ours[0] >= 10 ? "met" : "**missed**"));
        double ourCpu = cpuMs();
        md.append(String.format(Locale.ROOT, "Processor time, which the machine's load does not stretch as it stretches "
                        + "wall time: gongwen4j %.0f ms for one write (the least of %d in a fresh JVM, after the first), "
                        + "LibreOffice %.0f ms (the least of its runs, all its processes): %.1f ×.%n%n",
                ourCpu, quick ? 2 : 6, theirs.get("cpuMs"), theirs.get("cpuMs") / ourCpu));
        int streamed = minimalHeap("STREAMED");
        int collected = minimalHeap("COLLECTED");
        double rss = usage(List.of(java(), "-Xmx" + Math.max(64, 2 * streamed) + "m", QUIET_LOG, "-cp",
                System.getProperty("java.class.path"), PdfProbe.class.getName(), "STREAMED", "L")).peakMb();
        md.append("## Memory\n\n");
        md.append(String.format(Locale.ROOT, "Peak live heap: the smallest `-Xmx` (from %s MB) at which a fresh JVM "
                        + "writes L as PDF to a discarding stream.%n%n| how | peak heap |%n|---|---|%n"
                        + "| pages streamed: each page's content stream written as it is laid out | %s |%n"
                        + "| pages collected: the whole document laid out, then written (LaidOutDocument) | %s |%n%n"
                        + "The writer's JVM at -Xmx%dm peaked at %.0f MB resident; LibreOffice at %.0f MB.%n",
                Arrays.toString(HEAPS).replaceAll("[\\[\\]]", ""), mb(streamed), mb(collected),
                Math.max(64, 2 * streamed), rss, theirs.get("rssMb")));
        Path file = out.resolve("pdf-results.md");
        Files.writeString(file, md);
        System.out.println();
        System.out.println(md);
        System.out.println("written to " + file.toAbsolutePath());
    }

    /** {ms, error, bytes allocated} for plain PDF, then PDF/A, then the number of measured writes. */
    private double[] ours() throws Exception {
        int measured = quick ? 2 : 5;
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(PdfBenchmark.class.getName())
                .forks(1).jvmArgs("-Xms1g", "-Xmx2g", QUIET_LOG).warmupIterations(quick ? 1 : 3).measurementIterations(measured)
                .addProfiler(GCProfiler.class).shouldFailOnError(true).build()).run();
        double[] r = new double[7];
        for (RunResult run : results) {
            int at = Boolean.parseBoolean(run.getParams().getParam("pdfA")) ? 3 : 0;
            Result<?> primary = run.getPrimaryResult();
            Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
            r[at] = primary.getScore();
            r[at + 1] = primary.getScoreError();
            r[at + 2] = alloc == null ? Double.NaN : alloc.getScore();
        }
        r[6] = measured;
        return r;
    }

    /** LibreOffice converting the .docx, each run with a new profile: {ms (median), rssMb (largest), runs}. */
    private Map<String, Double> libreOffice(Path docx) throws Exception {
        Path dir = Files.createDirectories(out.resolve("libreoffice"));
        Path fonts = dir.resolve("stand-in-fonts.conf");
        try (InputStream in = io.gongwen.testing.LibreOffice.class.getResourceAsStream("stand-in-fonts.conf")) {
            Files.copy(in, fonts, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        int runs = quick ? 1 : 3;
        List<Double> times = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        double rss = 0;
        for (int i = 0; i < runs; i++) {
            Path profile = dir.resolve("profile-" + i);
            delete(profile);
            List<String> command = List.of(soffice(), "--headless", "--norestore", "-env:UserInstallation=" + profile.toUri(),
                    "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
            long start = System.nanoTime();
            Usage used = usage(command, "FONTCONFIG_FILE", fonts.toString());
            times.add((System.nanoTime() - start) / 1e6);
            cpus.add(used.cpuMs());
            rss = Math.max(rss, used.peakMb());
            delete(profile);
        }
        times.sort(Double::compare);
        cpus.sort(Double::compare);
        return Map.of("ms", times.get(times.size() / 2), "cpuMs", cpus.get(0), "rssMb", rss, "runs", (double) runs);
    }

    /** What a command's processes used: resident memory at its peak, and processor time. */
    private record Usage(double peakMb, double cpuMs) {
    }

    /**
     * Runs a command to its end and returns the largest resident memory its processes had together
     * (each process's high-water mark, VmHWM, read every 20 ms while it lives) and the processor time
     * they took (each process's last reading).
     */
    private static Usage usage(List<String> command, String... environment) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        for (int i = 0; i < environment.length; i += 2) {
            pb.environment().put(environment[i], environment[i + 1]);
        }
        Process p = pb.start();
        Map<Long, Long> highWater = new HashMap<>();
        Map<Long, Long> cpu = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (p.isAlive() && System.nanoTime() < deadline) {
            List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
            all.add(p.toHandle());
            for (ProcessHandle h : all) {
                long kb = highWaterKb(h.pid());
                if (kb > 0) {
                    highWater.merge(h.pid(), kb, Math::max);
                }
                h.info().totalCpuDuration().ifPresent(d -> cpu.merge(h.pid(), d.toMillis(), Math::max));
            }
            Thread.sleep(20);
        }
        if (!p.waitFor(1, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("failed or timed out: " + command);
        }
        return new Usage(highWater.values().stream().mapToLong(Long::longValue).sum() / 1024.0,
                cpu.values().stream().mapToLong(Long::longValue).sum());
    }

    private static long highWaterKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between listing and reading
        }
        return 0;
    }

    /** The least processor time of one write of L, in a child JVM. */
    private double cpuMs() throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), QUIET_LOG, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                PdfProbe.class.getName(), "CPU", "L", Integer.toString(quick ? 2 : 6)));
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
        return Double.parseDouble(out.substring(out.lastIndexOf('\n') + 1));
    }

    private int minimalHeap(String how) throws Exception {
        int lo = 0;
        int hi = HEAPS.length - 1;
        if (!fits(HEAPS[hi], how)) {
            return -1;
        }
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (fits(HEAPS[mid], how)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return HEAPS[lo];
    }

    private boolean fits(int megabytes, String how) throws Exception {
        try {
            child(List.of("-Xmx" + megabytes + "m", "-XX:+UseSerialGC"), how, "L");
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static void child(List<String> jvm, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), QUIET_LOG));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PdfProbe.class.getName()));
        command.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("exit " + p.exitValue() + ": " + command);
        }
    }

    private static int pages(Path pdf) throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    private static String soffice() {
        return io.gongwen.testing.ExternalTools.soffice().orElseThrow(() -> new IllegalStateException(
                io.gongwen.testing.ExternalTools.LIBREOFFICE_MISSING)).toString();
    }

    private static String libreOfficeVersion() {
        try {
            Process p = new ProcessBuilder(soffice(), "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return v.replaceFirst("^LibreOffice (\\S+).*$", "$1");
        } catch (IOException | InterruptedException e) {
            return "(version unknown)";
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String mb(int megabytes) {
        return megabytes < 0 ? "> " + HEAPS[HEAPS.length - 1] + " MB" : megabytes + " MB";
    }
}
