package io.gongwen.bench;

import io.gongwen.check.TextChecker;
import io.gongwen.docx.read.WordContent;
import io.gongwen.text.DocxReader;
import io.gongwen.text.DraftReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * What {@code gongwen format} does with a real document of the corpus, read from memory and written
 * to a discarding stream: a draft's text with the safe fixes applied and read, or a .docx read,
 * then the document written. Three documents of different shapes: a notice with the 方案 it issues
 * (02), an order with a regulation in articles (16), a notice of 53 numbered paragraphs (28).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CorpusBenchmark {
    @Param({"02-notice", "16-order", "28-notice"})
    public String document;

    @Param({"txt", "docx"})
    public String source;

    private String text;
    private WordContent docx;
    private final DraftReader drafts = DraftReader.standard();
    private final DocxReader docxReader = DocxReader.builder().paragraphText(TextChecker::applySafeFixes).build();

    @Setup
    public void load() throws Exception {
        Path dir = Path.of(CorpusBenchmark.class.getResource("/corpus/gov-cn").toURI());
        text = Files.readString(dir.resolve(document + ".txt"), StandardCharsets.UTF_8);
        docx = WordContent.read(dir.resolve(document + ".docx"));
    }

    @Benchmark
    public void readAndWrite() {
        if ("txt".equals(source)) {
            drafts.read(TextChecker.applySafeFixes(text)).document().writeTo(OutputStream.nullOutputStream());
        } else {
            docxReader.read(docx).document().writeTo(OutputStream.nullOutputStream());
        }
    }
}
