package io.gongwen.text;

import io.gongwen.OfficialDocument;
import io.gongwen.samples.WriteSamples;
import io.gongwen.testing.WholeDocuments;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every document the writer makes, read back by {@link DocxReader}, gives the model it was written
 * from: head block, title, body, attachment note, closing, attachments, attendance and colophon,
 * compared as outlines. What a .docx cannot give back is named here with its reason.
 */
class WholeDocumentReadingTest {
    /** The letter format's mark is in the first page's header, which readers do not read. */
    private static final java.util.Set<String> MARK_IN_HEADER = java.util.Set.of("letter-format.docx", "short-letter.docx");
    /** A signatory signs with a seal image; the reader sees the title alone and compares the head only. */
    private static final java.util.Set<String> SIGNATORIES = java.util.Set.of("government-order.docx", "two-signatories.docx");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> reads_back_every_document_the_writer_makes() {
        Map<String, Supplier<OfficialDocument>> all = new LinkedHashMap<>(WriteSamples.SAMPLES);
        all.putAll(WholeDocuments.all());
        return all.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            OfficialDocument written = e.getValue().get();
            Path file = dir.resolve(e.getKey());
            written.writeTo(file);

            Draft read = DocxReader.standard().read(file);

            String expected = written.outline().replace(" [印章]", "");
            String actual = read.document().outline();
            if (MARK_IN_HEADER.contains(e.getKey())) {
                expected = without(expected, "机关 ");
            }
            if (SIGNATORIES.contains(e.getKey())) {
                expected = head(expected);
                actual = head(actual);
            }
            // a paragraph after the last numbered item may close that item or belong to the level
            // above; both print the same and text cannot tell them apart, so paragraphs compare unindented
            assertThat(unindentParagraphs(actual)).isEqualTo(unindentParagraphs(expected));
            assertThat(read.warnings()).isEmpty();
            // and the checker, which reads through the same recogniser, finds nothing against the standard
            assertThat(new io.gongwen.check.DocxChecker().check(file))
                    .filteredOn(f -> f.severity() == io.gongwen.check.Severity.ERROR).isEmpty();
            assertThat(read.document().format()).isEqualTo(MARK_IN_HEADER.contains(e.getKey())
                    ? io.gongwen.DocumentFormat.GENERAL : written.format());
        }));
    }

    private static String unindentParagraphs(String outline) {
        return outline.replaceAll("(?m)^ +(¶ )", "$1");
    }

    private static String without(String outline, String prefix) {
        return Arrays.stream(outline.split("\n")).filter(l -> !l.startsWith(prefix))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String head(String outline) {
        return Arrays.stream(outline.split("\n")).takeWhile(l -> !l.startsWith("¶ "))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
