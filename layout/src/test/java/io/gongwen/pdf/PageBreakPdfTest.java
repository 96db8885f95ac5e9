package io.gongwen.pdf;

import io.gongwen.OfficialDocument;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.StandInFonts;
import io.gongwen.testing.Documents;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The author's page breaks and a landscape stretch in the PDF: the pages LibreOffice gives the {@code .docx}. */
class PageBreakPdfTest {
    private static final String AFTER_BREAK = "各乡镇养护里程和资金";

    /** Each page's paper, "portrait" or "landscape", from its media box. */
    private static List<String> papers(PDDocument pdf) {
        List<String> out = new ArrayList<>();
        for (var page : pdf.getPages()) {
            PDRectangle box = page.getMediaBox();
            out.add(box.getWidth() > box.getHeight() ? "landscape" : "portrait");
        }
        return out;
    }

    @Test
    void the_break_starts_a_new_page_and_the_stretch_is_on_landscape_paper() throws Exception {
        FontResolver fonts = StandInFonts.resolver();
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(Documents.withPageBreaks(false), fonts))) {
            // page 1: the title and one paragraph; the break; page 2; the stretch on 3 and 4; 5; the colophon on 6
            assertThat(papers(pdf)).containsExactly("portrait", "portrait", "landscape", "landscape", "portrait", "portrait");
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            assertThat(text.getText(pdf)).doesNotContain(AFTER_BREAK);
            text.setStartPage(2);
            text.setEndPage(2);
            assertThat(text.getText(pdf).strip()).startsWith(AFTER_BREAK);
        }
    }

    @Tag("rendered")
    @ExtendWith(LibreOfficeRequired.class)
    @Test
    void takes_the_pages_libreoffice_gives_the_docx(@TempDir Path dir) throws Exception {
        FontResolver fonts = StandInFonts.resolver();
        Path soffice = ExternalTools.soffice().orElseThrow();
        for (boolean endInLandscape : new boolean[] {false, true}) {
            OfficialDocument doc = Documents.withPageBreaks(endInLandscape);
            Path docx = dir.resolve("breaks-" + endInLandscape + ".docx");
            doc.writeTo(docx);
            Path rendered = LibreOffice.toPdf(soffice, List.of(docx), dir).get(0);
            try (PDDocument theirs = Loader.loadPDF(rendered.toFile());
                 PDDocument ours = Loader.loadPDF(PdfWriter.toBytes(doc, fonts))) {
                assertThat(papers(ours)).as("ending in landscape: %s", endInLandscape).isEqualTo(papers(theirs));
            }
        }
    }
}
