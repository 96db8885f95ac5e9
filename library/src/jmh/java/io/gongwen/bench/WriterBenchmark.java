package io.gongwen.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/** Time per document for each contestant, size and text flavour, written to a discarding stream. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WriterBenchmark {
    @Param({"S", "M", "L"})
    public WorkReport.Size size;

    @Param({"REPEATED", "VARIED"})
    public WorkReport.Flavour flavour;

    @Param({"GONGWEN4J", "RAW_POI", "FLOOR"})
    public Contestant contestant;

    private WorkReport report;

    @Setup
    public void prepare() {
        report = WorkReport.of(size, flavour);
    }

    @Benchmark
    public void write() throws IOException {
        contestant.write(report, OutputStream.nullOutputStream());
    }
}
