package io.gongwen.docx.write;

import io.gongwen.OfficialDocument;
import io.gongwen.samples.WriteSamples;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.Documents;
import io.gongwen.testing.RandomDocuments;
import io.gongwen.testing.Schemas;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every part we write validates against the OOXML schemas POI compiles (XMLBeans {@code validate()}).
 * Word's own rules are stricter; {@code OpenXmlSdkValidationTest} checks those.
 */
class SchemaValidationTest {

    @TestFactory
    Stream<DynamicTest> every_sample_validates() {
        return WriteSamples.SAMPLES.entrySet().stream().map(sample -> DynamicTest.dynamicTest(sample.getKey(),
                () -> assertThat(schemaErrors(sample.getValue().get())).isEmpty()));
    }

    @Test
    void two_hundred_generated_documents_validate() {
        List<String> failures = new ArrayList<>();
        IntStream.range(0, 200).forEach(seed -> {
            List<String> errors = schemaErrors(RandomDocuments.generate(seed));
            if (!errors.isEmpty()) {
                failures.add("seed " + seed + ": " + errors);
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void documents_with_tables_and_landscape_sections_validate() {
        assertThat(schemaErrors(Documents.withTables(false))).isEmpty();
        assertThat(schemaErrors(Documents.withTables(true))).isEmpty();
    }

    /**
     * Shows the check can fail. POI's schemas model {@code w:rPr} as a choice, so a misordered run
     * property passes here (OpenXmlSdkValidationTest catches that one); a misordered section does not.
     */
    @Test
    void a_misordered_element_is_caught() throws Exception {
        DocxInspector docx = new DocxInspector(Documents.everyElement().toBytes());
        String body = new String(docx.bytes("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
        String broken = body.replaceFirst("(<w:pgSz[^>]*/>)(<w:pgMar[^>]*/>)", "$2$1");
        assertThat(broken).isNotEqualTo(body);

        assertThat(errors(DocumentDocument.Factory.parse(broken))).isNotEmpty();
    }

    private static List<String> schemaErrors(OfficialDocument doc) {
        return Schemas.errors(doc.toBytes());
    }

    private static List<String> errors(org.apache.xmlbeans.XmlObject xml) {
        return Schemas.errors(xml);
    }
}
