package io.gongwen.rendered;

import io.gongwen.GongwenException;
import io.gongwen.OfficialDocument;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.HostileDocuments;
import io.gongwen.testing.LibreOffice;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A sample of the hostile-but-valid documents opens in LibreOffice: each converts to a PDF with pages. */
@Tag("rendered")
class HostileRenderedTest {
    /** {@code -Dgongwen.hostile.rendered=200} for the long run. */
    private static final int SAMPLE = Integer.getInteger("gongwen.hostile.rendered", 25);

    @Test
    void hostile_documents_convert_to_pdf(@TempDir Path dir) throws Exception {
        Path soffice = ExternalTools.require(ExternalTools.soffice(), ExternalTools.LIBREOFFICE_MISSING);
        List<Path> docx = new ArrayList<>();
        for (long seed = 0; docx.size() < SAMPLE; seed++) {
            OfficialDocument doc;
            try {
                doc = HostileDocuments.attempt(seed);
            } catch (GongwenException refused) {
                continue;
            }
            Path file = dir.resolve("hostile-" + seed + ".docx");
            doc.writeTo(file);
            docx.add(file);
        }

        List<Path> pdfs = LibreOffice.toPdf(soffice, docx, dir);

        for (int i = 0; i < docx.size(); i++) {
            assertThat(pdfs.get(i)).as("PDF of %s", docx.get(i).getFileName()).exists();
            try (PDDocument pdf = Loader.loadPDF(pdfs.get(i).toFile())) {
                assertThat(pdf.getNumberOfPages()).as("%s", docx.get(i).getFileName()).isPositive();
            }
        }
    }
}
