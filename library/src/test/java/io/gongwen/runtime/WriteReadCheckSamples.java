package io.gongwen.runtime;

import io.gongwen.OfficialDocument;
import io.gongwen.check.DocxChecker;
import io.gongwen.check.Finding;
import io.gongwen.check.Severity;
import io.gongwen.samples.WriteSamples;
import io.gongwen.text.Draft;
import io.gongwen.text.DocxReader;
import io.gongwen.text.DraftReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The program {@link MinimalRuntimeClasspathTest} runs in a JVM of its own, on the library's classes,
 * the samples' classes and the run-time jars a library user gets, nothing else: no JUnit, no AssertJ,
 * no test-scope jar. It writes every sample ({@link WriteSamples#SAMPLES}, seals and the letter format
 * included) into the folder given as the first argument, checks that {@link OfficialDocument#toBytes()}
 * gives the same bytes, reads each file back with {@link DocxReader} and checks it with
 * {@link DocxChecker}; then reads a drafted text with front matter ({@link DraftReader}, SnakeYAML
 * Engine), writes it and checks it. It prints one line per sample and exits with 0 when all is well, 1 otherwise.
 */
public final class WriteReadCheckSamples {
    private WriteReadCheckSamples() {
    }

    /** A drafted text with front matter (read with SnakeYAML Engine), laid out and checked. */
    private static int draft(Path dir) {
        Draft draft = DraftReader.standard().read("""
                ---
                份号: 000100
                发文机关: XX县人民政府办公室
                发文字号: X政办发〔2021〕1号
                ---
                关于开展安全生产大检查的通知
                各乡镇人民政府：
                现将有关事项通知如下。
                县人民政府办公室
                2021年2月26日
                """);
        Path file = dir.resolve("drafted-text.docx");
        draft.document().writeTo(file);
        if (!draft.document().headBlock().copyNumber().equals(java.util.Optional.of("000100"))
                || DocxReader.standard().read(file).document().headBlock().documentNumber().isEmpty()
                || new DocxChecker().check(file).stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            System.out.println("FAIL drafted text with front matter");
            return 1;
        }
        System.out.println("ok drafted text with front matter");
        return 0;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        int failures = 0;
        for (Map.Entry<String, Supplier<OfficialDocument>> sample : WriteSamples.SAMPLES.entrySet()) {
            String name = sample.getKey();
            OfficialDocument doc = sample.getValue().get();
            Path file = dir.resolve(name);
            doc.writeTo(file);
            byte[] written = Files.readAllBytes(file);
            if (!Arrays.equals(written, doc.toBytes())) {
                failures++;
                System.out.println("FAIL " + name + ": writeTo and toBytes give different bytes");
                continue;
            }
            Draft read = DocxReader.standard().read(file);
            if (!read.warnings().isEmpty()) {
                failures++;
                System.out.println("FAIL " + name + ": read back with warnings " + read.warnings());
                continue;
            }
            String title = String.join("", read.document().title());
            if (!title.equals(String.join("", doc.title()))) {
                failures++;
                System.out.println("FAIL " + name + ": read back the title \"" + title + "\"");
                continue;
            }
            List<Finding> errors = new DocxChecker().check(file).stream()
                    .filter(f -> f.severity() == Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                failures++;
                System.out.println("FAIL " + name + ": " + errors);
                continue;
            }
            System.out.println("ok " + name + " " + written.length + " bytes");
        }
        failures += draft(dir);
        System.out.println(failures == 0 ? "all " + WriteSamples.SAMPLES.size() + " samples ok" : failures + " failed");
        System.exit(failures == 0 ? 0 : 1);
    }
}
