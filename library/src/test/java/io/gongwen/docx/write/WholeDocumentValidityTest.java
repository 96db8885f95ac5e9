package io.gongwen.docx.write;

import io.gongwen.OfficialDocument;
import io.gongwen.samples.WriteSamples;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.Schemas;
import io.gongwen.testing.WholeDocuments;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sample and a document for each whole-document option (joint mark, single attachment, head lines
 * without a mark, preprinted minutes, signatories, letter) validates against the XMLBeans schemas and,
 * where installed, Microsoft's Open XML SDK validator.
 */
class WholeDocumentValidityTest {

    private static Map<String, Supplier<OfficialDocument>> documents() {
        Map<String, Supplier<OfficialDocument>> all = new LinkedHashMap<>(WriteSamples.SAMPLES);
        all.putAll(WholeDocuments.all());
        return all;
    }

    @Test
    void every_sample_and_option_passes_schema_validation() {
        Map<String, List<String>> failures = new LinkedHashMap<>();
        documents().forEach((name, doc) -> {
            List<String> errors = Schemas.errors(doc.get().toBytes());
            if (!errors.isEmpty()) {
                failures.put(name, errors);
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    @Tag("validator")
    void every_sample_and_option_passes_the_open_xml_sdk_validator(@TempDir Path dir) throws Exception {
        Path validator = ExternalTools.require(ExternalTools.ooxmlValidator(), ExternalTools.VALIDATOR_MISSING);
        Map<String, String> failures = new LinkedHashMap<>();
        for (var doc : documents().entrySet()) {
            Path file = dir.resolve(doc.getKey());
            doc.getValue().get().writeTo(file);
            ExternalTools.Result result = ExternalTools.run(List.of(validator.toString(), file.toString()), dir, 120);
            if (result.exitCode() > 1) {
                throw new AssertionError("the validator could not run (exit " + result.exitCode() + "): " + result.stderr());
            }
            if (result.exitCode() != 0 || !result.stdout().replaceAll("\\s", "").contains("\"ok\":true")) {
                failures.put(doc.getKey(), result.stdout());
            }
        }
        assertThat(failures).isEmpty();
    }
}
