package io.gongwen.pdf.bench;

import io.gongwen.OfficialDocument;
import io.gongwen.bench.WorkReport;
import io.gongwen.layout.StandInFonts;
import io.gongwen.pdf.PdfOptions;
import io.gongwen.pdf.PdfWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's L work report (2,000 sections, about 3,400 pages; {@link WorkReport}) written as
 * PDF by gongwen4j to a discarding stream, with the stand-in fonts: layout, subset fonts, the file.
 * One write is seconds long, so each is timed on its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PdfBenchmark {
    @Param({"L"})
    public WorkReport.Size size;

    @Param({"false", "true"})
    public boolean pdfA;

    private OfficialDocument doc;
    private PdfOptions options;

    @Setup
    public void prepare() {
        doc = WorkReport.of(size, WorkReport.Flavour.VARIED).document();
        options = PdfOptions.builder().fonts(StandInFonts.resolver()).pdfA(pdfA).build();
    }

    @Benchmark
    public void write() {
        PdfWriter.write(doc, OutputStream.nullOutputStream(), options);
    }
}
