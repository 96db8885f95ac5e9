package io.gongwen.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the whole performance comparison and writes one report ({@code results.md} in the folder
 * given, default {@code target/benchmark}): JMH time and allocation per document for the three
 * contestants at S, M and L in both text flavours; the ratios against the targets; peak live heap
 * (the smallest {@code -Xmx} that succeeds); cold start from a fresh JVM, with and without an AppCDS
 * archive; and throughput on one thread against one thread per core.
 *
 * <p>{@code --quick} shortens every measurement, for trying the harness, not for numbers.
 */
public final class BenchmarkReport {
    private static final String QUIET_LOG = "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory";

    private final boolean quick;
    private final Path out;
    private final StringBuilder md = new StringBuilder();

    private BenchmarkReport(Path out, boolean quick) {
        this.out = out;
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        List<String> list = Arrays.asList(args);
        Path out = Path.of(list.stream().filter(a -> !a.startsWith("--") && !a.equals("quick") && !a.equals("full")).findFirst().orElse("target/benchmark"));
        Files.createDirectories(out);
        new BenchmarkReport(out, list.contains("--quick") || list.contains("quick")).run();
    }

    private void run() throws Exception {
        md.append("# gongwen4j performance\n\n");
        md.append(String.format(Locale.ROOT, "Java %s on %d cores, %s. Time per document in ms (JMH average time, "
                        + "mean ± 99.9%% error); allocation per document from JMH's gc profiler.%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.arch")));
        saveSamples();
        steadyState();
        corpus();
        parallel();
        heap();
        coldStart();
        Path file = out.resolve("results.md");
        Files.writeString(file, md);
        System.out.println();
        System.out.println(md);
        System.out.println("written to " + file.toAbsolutePath());
    }

    /** Each contestant's S document, so anyone can open them and see that they write the same thing. */
    private void saveSamples() throws Exception {
        WorkReport s = WorkReport.of(WorkReport.Size.S, WorkReport.Flavour.VARIED);
        for (Contestant c : Contestant.values()) {
            try (var file = Files.newOutputStream(out.resolve("S-" + c.name().toLowerCase(Locale.ROOT) + ".docx"))) {
                c.write(s, file);
            }
        }
    }

    /**
     * The class path for child JVMs, with the project's class folders packed into a jar: AppCDS
     * archives classes from jars only. Every contestant's cold start uses the same class path.
     */
    private String childClassPath() throws Exception {
        if (childClassPath == null) {
            List<String> entries = new ArrayList<>();
            Path jar = out.resolve("bench-classes.jar");
            try (var zip = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                    Path p = Path.of(entry);
                    if (!Files.isDirectory(p)) {
                        entries.add(entry);
                        continue;
                    }
                    try (var files = Files.walk(p)) {
                        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                            String name = p.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                            if (seen.add(name)) {
                                zip.putNextEntry(new java.util.jar.JarEntry(name));
                                zip.write(Files.readAllBytes(f));
                                zip.closeEntry();
                            }
                        }
                    }
                }
            }
            entries.add(0, jar.toString());
            childClassPath = String.join(java.io.File.pathSeparator, entries);
        }
        return childClassPath;
    }

    private String childClassPath;

    private ChainedOptionsBuilder options() {
        ChainedOptionsBuilder o = new OptionsBuilder().forks(1).jvmArgs("-Xms1g", "-Xmx3g", QUIET_LOG)
                .shouldFailOnError(true);
        return quick
                ? o.warmupIterations(1).warmupTime(TimeValue.milliseconds(500)).measurementIterations(2)
                        .measurementTime(TimeValue.milliseconds(500))
                : o.warmupIterations(4).warmupTime(TimeValue.seconds(2)).measurementIterations(5)
                        .measurementTime(TimeValue.seconds(2));
    }

    /** size/flavour/contestant → {ms/op, error, B/op}. */
    private void steadyState() throws Exception {
        Collection<RunResult> results = new Runner(options().include(WriterBenchmark.class.getName() + ".write")
                .addProfiler(GCProfiler.class).build()).run();
        Map<String, double[]> byKey = new LinkedHashMap<>();
        for (RunResult r : results) {
            BenchmarkParams p = r.getParams();
            Result<?> primary = r.getPrimaryResult();
            Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            byKey.put(p.getParam("size") + "/" + p.getParam("flavour") + "/" + p.getParam("contestant"),
                    new double[] {primary.getScore(), primary.getScoreError(), alloc == null ? Double.NaN : alloc.getScore()});
        }
        md.append("## Steady state\n\n");
        md.append("| size | text | gongwen4j ms | raw POI ms | floor ms | gongwen4j ÷ raw POI | gongwen4j ÷ floor "
                + "| gongwen4j MB alloc | raw POI MB alloc | floor MB alloc |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        List<String> verdicts = new ArrayList<>();
        for (String flavour : List.of("REPEATED", "VARIED")) {
            for (String size : List.of("S", "M", "L")) {
                double[] g = byKey.get(size + "/" + flavour + "/GONGWEN4J");
                double[] p = byKey.get(size + "/" + flavour + "/RAW_POI");
                double[] f = byKey.get(size + "/" + flavour + "/FLOOR");
                double vsPoi = g[0] / p[0];
                double vsFloor = g[0] / f[0];
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | **%.2f** | **%.2f** | %.2f | %.2f | %.2f |%n",
                        size, flavour.toLowerCase(Locale.ROOT), ms(g), ms(p), ms(f), vsPoi, vsFloor,
                        g[2] / 1e6, p[2] / 1e6, f[2] / 1e6));
                if (!size.equals("M")) {
                    verdicts.add(verdict(String.format(Locale.ROOT, "%s %s: gongwen4j ≤ 0.5 × raw POI", size, flavour), vsPoi, 0.5));
                }
                verdicts.add(verdict(String.format(Locale.ROOT, "%s %s: gongwen4j ≤ 2.5 × floor", size, flavour), vsFloor, 2.5));
            }
            double scaling = byKey.get("L/" + flavour + "/GONGWEN4J")[0] / byKey.get("M/" + flavour + "/GONGWEN4J")[0];
            verdicts.add(verdict("scaling " + flavour + ": L (10 × M) costs ≤ 11 × M", scaling, 11));
        }
        md.append("\nTargets:\n\n");
        verdicts.forEach(v -> md.append("- ").append(v).append('\n'));
        md.append('\n');
    }

    /** Reading and writing real documents of the corpus, as {@code gongwen format} does (CorpusBenchmark). */
    private void corpus() throws Exception {
        Collection<RunResult> results = new Runner(options().include(CorpusBenchmark.class.getName())
                .addProfiler(GCProfiler.class).build()).run();
        md.append("## Real documents\n\n");
        md.append("Reading a corpus document (the text with the safe fixes, or the .docx) and writing it, ms per document:\n\n");
        md.append("| document | from | ms | MB alloc |\n|---|---|---|---|\n");
        for (RunResult r : results) {
            BenchmarkParams p = r.getParams();
            Result<?> primary = r.getPrimaryResult();
            Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            md.append(String.format(Locale.ROOT, "| %s | %s | %.3f ± %.3f | %.2f |%n", p.getParam("document"),
                    p.getParam("source"), primary.getScore(), primary.getScoreError(),
                    alloc == null ? Double.NaN : alloc.getScore() / 1e6));
        }
        md.append('\n');
    }

    private void parallel() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        double one = throughput(1);
        double all = throughput(cores);
        md.append("## Parallel\n\n");
        md.append(String.format(Locale.ROOT, "Documents per second (S, varied), one shared specification: "
                + "1 thread %.0f, %d threads %.0f: %.2f ×.%n%n", one, cores, all, all / one));
        md.append("- ").append(verdictAtLeast(String.format(Locale.ROOT, "%d threads scale ≥ %.1f ×", cores, cores == 2 ? 1.7 : 0.85 * cores),
                all / one, cores == 2 ? 1.7 : 0.85 * cores)).append("\n\n");
    }

    private double throughput(int threads) throws Exception {
        Collection<RunResult> r = new Runner(options().include(ParallelBenchmark.class.getName() + ".write")
                .threads(threads).build()).run();
        return r.iterator().next().getPrimaryResult().getScore();
    }

    /** The smallest -Xmx (MB) at which each contestant writes L, and gongwen4j writes L × 10. */
    private void heap() throws Exception {
        int[] steps = {8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 3072};
        int gongwen = minimalHeap(steps, "GONGWEN4J", "L");
        int poi = minimalHeap(steps, "RAW_POI", "L");
        int floor = minimalHeap(steps, "FLOOR", "L");
        int model10 = minimalHeap(steps, "MODEL", "L10");
        int gongwen10 = minimalHeap(steps, "GONGWEN4J", "L10");
        md.append("## Memory\n\n");
        md.append("Peak live heap: the smallest `-Xmx` (from 8, 12, 16, 24, 32, 48, 64, 96, 128 … MB) at which a fresh JVM "
                + "writes the document (varied text) to a discarding stream.\n\n");
        md.append("| document | gongwen4j | raw POI | floor | the model alone |\n|---|---|---|---|---|\n");
        long pagesL = WorkReport.of(WorkReport.Size.L, WorkReport.Flavour.VARIED).pages();
        long pagesL10 = WorkReport.of(WorkReport.Size.L10, WorkReport.Flavour.VARIED).pages();
        md.append(String.format(Locale.ROOT, "| L (2,000 sections, about %,d pages) | %s | %s | %s | |%n",
                pagesL, mb(gongwen), mb(poi), mb(floor)));
        md.append(String.format(Locale.ROOT, "| L × 10 (20,000 sections, about %,d pages) | %s | not run | | %s |%n%n",
                pagesL10, mb(gongwen10), mb(model10)));
        md.append("- ").append(verdict("peak heap at L: gongwen4j ≤ raw POI", gongwen, poi)).append('\n');
        md.append("- ").append(verdict("L × 10: gongwen4j's heap within 1.5 × what its model alone needs",
                gongwen10, 1.5 * model10)).append("\n\n");
    }

    private int minimalHeap(int[] steps, String who, String size) throws Exception {
        int lo = 0;
        int hi = steps.length - 1;
        if (!fits(steps[hi], who, size)) {
            return -1;
        }
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (fits(steps[mid], who, size)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return steps[lo];
    }

    private boolean fits(int megabytes, String who, String size) throws Exception {
        Process p = new ProcessBuilder(java(), "-Xmx" + megabytes + "m", "-XX:+UseSerialGC", QUIET_LOG,
                "-cp", childClassPath(), Probe.class.getName(), who, size, "VARIED")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }

    /** Wall time of a fresh JVM writing S, median of several runs, with and without an AppCDS archive. */
    private void coldStart() throws Exception {
        Path archive = out.resolve("gongwen4j.jsa");
        Files.deleteIfExists(archive);
        launch("GONGWEN4J", "-XX:ArchiveClassesAtExit=" + archive);
        int runs = quick ? 3 : 9;
        List<Double> g = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        List<Double> cds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            g.add(launch("GONGWEN4J"));
            p.add(launch("RAW_POI"));
            cds.add(launch("GONGWEN4J", "-XX:SharedArchiveFile=" + archive));
        }
        double gm = median(g);
        double pm = median(p);
        double cm = median(cds);
        md.append("## Cold start\n\n");
        md.append(String.format(Locale.ROOT, "A fresh JVM writing S (varied) once, wall time, median of %d: gongwen4j %.0f ms, "
                + "raw POI %.0f ms (%.2f ×); gongwen4j with an AppCDS archive %.0f ms.%n%n", runs, gm, pm, gm / pm, cm));
        md.append("- ").append(verdict("cold start: gongwen4j within 1.1 × raw POI", gm / pm, 1.1)).append("\n\n");
    }

    private double launch(String who, String... jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), QUIET_LOG));
        command.addAll(Arrays.asList(jvmOptions));
        command.addAll(List.of("-cp", childClassPath(), Probe.class.getName(), who, "S", "VARIED"));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("cold start of " + who + " failed: " + command);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }

    private static String ms(double[] r) {
        return String.format(Locale.ROOT, r[0] < 10 ? "%.3f ± %.3f" : "%.1f ± %.1f", r[0], r[1]);
    }

    private static String mb(int megabytes) {
        return megabytes < 0 ? "> 3072 MB" : megabytes + " MB";
    }

    private static String verdict(String what, double value, double limit) {
        return String.format(Locale.ROOT, "%s %s: %.2f (target ≤ %.2f)", value <= limit ? "met" : "**missed**", what, value, limit);
    }

    private static String verdictAtLeast(String what, double value, double limit) {
        return String.format(Locale.ROOT, "%s %s: %.2f (target ≥ %.2f)", value >= limit ? "met" : "**missed**", what, value, limit);
    }
}
