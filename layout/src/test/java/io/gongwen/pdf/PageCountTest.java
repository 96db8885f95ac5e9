package io.gongwen.pdf;

import io.gongwen.OfficialDocument;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.StandInFonts;
import io.gongwen.samples.WriteSamples;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

    @Test
    void breaks_a_portrait_table_over_pages_where_libreoffice_breaks_it(@TempDir Path dir) throws Exception {
        FontResolver fonts = StandInFonts.resolver();
        Path soffice = ExternalTools.soffice().orElseThrow();
        OfficialDocument doc = TableReports.portrait();
        Path docx = dir.resolve("portrait-table.docx");
        doc.writeTo(docx);
        Path rendered = LibreOffice.toPdf(soffice, List.of(docx), dir).get(0);
        try (PDDocument theirs = Loader.loadPDF(rendered.toFile());
             PDDocument ours = Loader.loadPDF(PdfWriter.toBytes(doc, fonts))) {
            assertThat(ours.getNumberOfPages()).isEqualTo(theirs.getNumberOfPages()).isEqualTo(3);
            // the table breaks after the same row: the last row number on page 1 and the first on page 3
            PDFTextStripper stripper = new PDFTextStripper();
            List<Integer> oursLast = new java.util.ArrayList<>();
            List<Integer> theirsLast = new java.util.ArrayList<>();
            for (int p = 1; p <= 3; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                oursLast.add(lastRowNumber(stripper.getText(ours)));
                theirsLast.add(lastRowNumber(stripper.getText(theirs)));
            }
            assertThat(oursLast).isEqualTo(theirsLast);
            assertThat(oursLast.get(0)).isPositive();
            assertThat(oursLast.get(1)).isEqualTo(28);
        }
    }

    @Test
    void takes_as_many_pages_as_libreoffice_for_a_landscape_table(@TempDir Path dir) throws Exception {
        FontResolver fonts = StandInFonts.resolver();
        Path soffice = ExternalTools.soffice().orElseThrow();
        OfficialDocument doc = TableReports.landscape();
        Path docx = dir.resolve("landscape-table.docx");
        doc.writeTo(docx);
        Path rendered = LibreOffice.toPdf(soffice, List.of(docx), dir).get(0);
        try (PDDocument theirs = Loader.loadPDF(rendered.toFile());
             PDDocument ours = Loader.loadPDF(PdfWriter.toBytes(doc, fonts))) {
            // the rows per turned page differ a little (24 here, 22 there): LibreOffice's 黑体 stand-in,
            // Noto Sans CJK, sets the header's lines taller than the thickened UMing drawn here
            assertThat(ours.getNumberOfPages()).isEqualTo(theirs.getNumberOfPages()).isEqualTo(4);
            for (int p = 0; p < 4; p++) {
                boolean landscape = theirs.getPage(p).getMediaBox().getWidth() > theirs.getPage(p).getMediaBox().getHeight();
                boolean ourLandscape = ours.getPage(p).getMediaBox().getWidth() > ours.getPage(p).getMediaBox().getHeight();
                assertThat(ourLandscape).as("page %d landscape", p + 1).isEqualTo(landscape);
            }
        }
    }

    /** The last table row's number a page's text shows ("4 南坪镇 …"), or -1. */
    private static int lastRowNumber(String text) {
        int last = -1;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*(\\d+)\\s*[\\u4e00-\\u9fff]+[镇乡]").matcher(text);
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last;
    }
}
