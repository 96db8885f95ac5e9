package io.gongwen.pdf;

import io.gongwen.layout.FontResolver;
import io.gongwen.layout.StandInFonts;
import io.gongwen.samples.WriteSamples;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our pages against LibreOffice's: each sample the layout supports takes as many pages as
 * LibreOffice gives its {@code .docx} (with the same stand-in fonts), so the PDF and the Word
 * file of one document do not disagree on where it ends.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class PageCountTest {
    @Test
    void takes_as_many_pages_as_libreoffice_gives_the_docx(@TempDir Path dir) throws Exception {
        FontResolver fonts = StandInFonts.resolver();
        Path soffice = ExternalTools.soffice().orElseThrow();
        List<Path> rendered = LibreOffice.samplesToPdf(soffice, PdfWriterTest.LAID_OUT, dir);
        for (int i = 0; i < rendered.size(); i++) {
            String name = PdfWriterTest.LAID_OUT.get(i);
            try (PDDocument theirs = Loader.loadPDF(rendered.get(i).toFile());
                 PDDocument ours = Loader.loadPDF(PdfWriter.toBytes(WriteSamples.SAMPLES.get(name).get(), fonts))) {
                assertThat(ours.getNumberOfPages()).as(name).isEqualTo(theirs.getNumberOfPages());
            }
        }
    }
}
