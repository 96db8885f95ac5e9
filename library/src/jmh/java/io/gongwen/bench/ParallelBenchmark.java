package io.gongwen.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/**
 * Documents per second from gongwen4j with one shared report and the shared standard specification;
 * the report runs it with one thread and with one thread per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParallelBenchmark {
    private WorkReport report;

    @Setup
    public void prepare() {
        report = WorkReport.of(WorkReport.Size.S, WorkReport.Flavour.VARIED);
    }

    @Benchmark
    public void write() {
        GongwenContestant.write(report, OutputStream.nullOutputStream());
    }
}
