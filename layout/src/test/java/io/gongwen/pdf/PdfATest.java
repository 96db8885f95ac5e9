package io.gongwen.pdf;

import io.gongwen.OfficialDocument;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.StandInFonts;
import io.gongwen.layout.UnsupportedElementException;
import io.gongwen.samples.WriteSamples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PDF/A-2b on request ({@link PdfOptions.Builder#pdfA}), checked by veraPDF, the PDF Association's
 * reference validator, against its PDF/A-2B profile: every sample the layout lays out (and the
 * table reports, portrait and landscape) passes every rule, and the same documents written without
 * the option fail it, so that the check is known to be able to fail.
 */
class PdfATest {
    private static final Map<String, Supplier<OfficialDocument>> LAID_OUT = new LinkedHashMap<>();
    private static FontResolver fonts;

    @BeforeAll
    static void documents() {
        VeraGreenfieldFoundryProvider.initialise();
        fonts = StandInFonts.resolver();
        WriteSamples.SAMPLES.forEach((name, sample) -> {
            try {
                io.gongwen.layout.DocumentLayout.layOut(sample.get(), fonts);
                LAID_OUT.put(name, sample);
            } catch (UnsupportedElementException e) {
                // refused by name: MeasuredPdfTest counts those
            }
        });
        LAID_OUT.put("portrait-table", TableReports::portrait);
        LAID_OUT.put("landscape-table", TableReports::landscape);
        LAID_OUT.put("italic", () -> io.gongwen.layout.ItalicLayoutTest.report(true));
    }

    @Test
    void every_laid_out_sample_is_pdf_a_2b_with_no_failed_rule() throws Exception {
        assertThat(LAID_OUT.keySet()).containsAll(PdfWriterTest.LAID_OUT);
        PdfOptions archival = PdfOptions.builder().fonts(fonts).pdfA(true).build();
        for (Map.Entry<String, Supplier<OfficialDocument>> sample : LAID_OUT.entrySet()) {
            ValidationResult result = validate(PdfWriter.toBytes(sample.getValue().get(), archival));
            assertThat(failures(result)).as(sample.getKey()).isEmpty();
            assertThat(result.isCompliant()).as(sample.getKey()).isTrue();
            assertThat(result.getTotalAssertions()).as(sample.getKey()).isPositive();
        }
    }

    @Test
    void a_pdf_written_without_the_option_is_not_pdf_a() throws Exception {
        for (Map.Entry<String, Supplier<OfficialDocument>> sample : LAID_OUT.entrySet()) {
            ValidationResult result = validate(PdfWriter.toBytes(sample.getValue().get(), fonts));
            assertThat(result.isCompliant()).as(sample.getKey()).isFalse();
            // what the option adds is what is missing: the metadata (6.6.2.1) and the output intent (6.2.4.3)
            assertThat(failures(result)).as(sample.getKey())
                    .anyMatch(f -> f.startsWith("6.6.2.1"))
                    .anyMatch(f -> f.startsWith("6.2.4.3"));
        }
    }

    @Test
    void the_metadata_says_what_the_document_information_says() throws Exception {
        OfficialDocument doc = PdfWriterTest.LAID_OUT.stream().map(n -> WriteSamples.SAMPLES.get(n).get())
                .filter(d -> d.closing().signature().isPresent() && !d.title().isEmpty()).findFirst().orElseThrow();
        byte[] pdf = PdfWriter.toBytes(doc, PdfOptions.builder().fonts(fonts).pdfA(true).build());
        try (PDDocument read = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = read.getDocumentCatalog();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            String title = String.join("", doc.title());
            assertThat(read.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(xmp).contains("<rdf:li xml:lang=\"x-default\">" + title + "</rdf:li>")
                    .contains("<rdf:li>" + doc.closing().signature().orElseThrow() + "</rdf:li>")
                    .contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>")
                    .contains("<pdf:Producer>gongwen4j</pdf:Producer>", "<xmp:CreatorTool>gongwen4j-layout</xmp:CreatorTool>")
                    .doesNotContain("Date");
            assertThat(read.getDocumentInformation().getAuthor()).isEqualTo(doc.closing().signature().orElseThrow());
            List<PDOutputIntent> intents = catalog.getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
            assertThat(intents.get(0).getDestOutputIntent().createInputStream().readAllBytes())
                    .isEqualTo(java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData());
        }
    }

    @Test
    void the_same_document_gives_the_same_pdf_a_bytes_and_a_plain_pdf_has_no_metadata() throws Exception {
        OfficialDocument doc = WriteSamples.SAMPLES.get(PdfWriterTest.LAID_OUT.get(0)).get();
        PdfOptions archival = PdfOptions.builder().fonts(fonts).pdfA(true).build();
        assertThat(PdfWriter.toBytes(doc, archival)).isEqualTo(PdfWriter.toBytes(doc, archival));
        try (PDDocument plain = Loader.loadPDF(PdfWriter.toBytes(doc, fonts))) {
            assertThat(plain.getDocumentCatalog().getMetadata()).isNull();
            assertThat(plain.getDocumentCatalog().getOutputIntents()).isEmpty();
        }
    }

    @Test
    void writes_a_pdf_a_file_atomically(@TempDir Path dir) throws Exception {
        OfficialDocument doc = WriteSamples.SAMPLES.get(PdfWriterTest.LAID_OUT.get(0)).get();
        Path file = Files.writeString(dir.resolve("notice.pdf"), "old");
        PdfOptions archival = PdfOptions.builder().fonts(fonts).pdfA(true).build();
        PdfWriter.write(doc, file, archival);
        assertThat(Files.readAllBytes(file)).isEqualTo(PdfWriter.toBytes(doc, archival));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void options_refuse_null_fonts_by_name() {
        assertThatThrownBy(() -> PdfOptions.builder().fonts(null))
                .isInstanceOf(io.gongwen.InvalidDocumentException.class).hasMessageContaining("fonts");
        assertThat(PdfOptions.defaults().pdfA()).isFalse();
        assertThat(PdfOptions.defaults().fonts()).isSameAs(FontResolver.system());
        PdfOptions archival = PdfOptions.defaults().newBuilder().pdfA(true).build();
        assertThat(archival.pdfA()).isTrue();
        assertThat(PdfOptions.defaults().pdfA()).isFalse();
    }

    private static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser);
        }
    }

    /** The failed rules: "6.2.11.4.1-1 message (location)". */
    private static List<String> failures(ValidationResult result) {
        List<String> failed = new ArrayList<>();
        for (TestAssertion a : result.getTestAssertions()) {
            if (a.getStatus() == TestAssertion.Status.FAILED) {
                failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                        + " (" + a.getLocation().getContext() + ")");
            }
        }
        return failed;
    }
}
