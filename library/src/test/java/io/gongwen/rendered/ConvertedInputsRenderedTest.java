package io.gongwen.rendered;

import io.gongwen.samples.WriteSamples;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOfficeRequired;
import io.gongwen.text.DocxReader;
import io.gongwen.text.LibreOfficeConverter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Word 97-2003 .doc, WPS .wps, .rtf and .odt files, made by the real LibreOffice from the samples,
 * read back through {@link LibreOfficeConverter} into the samples' documents: the same outline
 * (every element and its text) as the sample's own .docx read by the same reader.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class ConvertedInputsRenderedTest {
    /** Samples of several shapes: two summaries, a notice with four levels and a note, a 印发 notice. */
    private static final List<String> SAMPLES = List.of("county-office-summary.docx", "township-office-summary.docx",
            "holiday-duty-notice.docx", "regulation-notice.docx");

    @Test
    void doc_wps_rtf_and_odt_made_from_the_samples_read_back_into_the_samples(@TempDir Path dir) throws Exception {
        Path soffice = ExternalTools.soffice().orElseThrow();
        LibreOfficeConverter converter = LibreOfficeConverter.at(soffice);
        DocxReader reader = DocxReader.builder().convertWith(converter).build();
        for (String name : SAMPLES) {
            Path docx = dir.resolve(name);
            WriteSamples.SAMPLES.get(name).get().writeTo(docx);
            String expected = DocxReader.standard().read(docx).document().outline();
            for (String format : List.of("doc", "rtf", "odt")) {
                Path converted = saveAs(soffice, docx, format, dir.resolve(format));

                assertThat(reader.read(converted).document().outline()).as("%s as .%s", name, format).isEqualTo(expected);
            }
            // WPS Writer's .wps is Word's binary format under another name
            Path wps = Files.copy(dir.resolve("doc").resolve(name.replace(".docx", ".doc")),
                    dir.resolve(name.replace(".docx", ".wps")));
            assertThat(reader.read(wps).document().outline()).as("%s as .wps", name).isEqualTo(expected);
        }
    }

    /** What an office does when it saves a .docx in another format. */
    private static Path saveAs(Path soffice, Path docx, String format, Path outDir) throws Exception {
        Files.createDirectories(outDir);
        ExternalTools.run(List.of(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + outDir.resolve("profile").toUri(), "--convert-to", format, "--outdir",
                outDir.toString(), docx.toString()), outDir, 180);
        Path out = outDir.resolve(docx.getFileName().toString().replace(".docx", "." + format));
        assertThat(out).as("LibreOffice saved %s as .%s", docx.getFileName(), format).exists();
        return out;
    }
}
