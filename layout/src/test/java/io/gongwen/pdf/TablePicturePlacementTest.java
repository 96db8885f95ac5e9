package io.gongwen.pdf;

import io.gongwen.Image;
import io.gongwen.Length;
import io.gongwen.OfficialDocument;
import io.gongwen.Table;
import io.gongwen.layout.StandInFonts;
import io.gongwen.testing.CellPicturesDocx;
import io.gongwen.testing.DrawnImages;
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
import static org.assertj.core.api.Assertions.within;

/**
 * The pictures of table cells where LibreOffice puts them for the {@code .docx} of the same document:
 * each image's box as both PDFs draw it (PDFBox reads the drawing's matrix), within half a millimetre.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class TablePicturePlacementTest {
    private static final double MM_PER_PT = 25.4 / 72;

    @Test
    void puts_the_cells_pictures_where_libreoffice_puts_them_for_the_docx(@TempDir Path dir) throws Exception {
        Path soffice = ExternalTools.soffice().orElseThrow();
        Image photo = Image.of(CellPicturesDocx.PHOTO, Length.mm(100), Length.mm(75));
        Image chart = Image.of(CellPicturesDocx.CHART, Length.mm(40), Length.mm(30));
        OfficialDocument doc = OfficialDocument.builder().title("关于重点项目建设情况的报告").paragraph("各项目现场照片见下表。")
                .table(Table.builder().columns(1, 3, 4)
                        .row(Table.Cell.of("1"), Table.Cell.of("县城污水处理厂扩建"), Table.Cell.of(photo))
                        .row(Table.Cell.of("2"), Table.Cell.of("道路改造").withPicture(chart), Table.Cell.of("已完工"))
                        .build())
                .paragraph("特此报告。").build();
        Path docx = dir.resolve("cells.docx");
        doc.writeTo(docx);
        Path theirs = LibreOffice.toPdf(soffice, List.of(docx), dir).get(0);
        List<DrawnImages.Drawn> ours;
        List<DrawnImages.Drawn> libre;
        double height;
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(doc, StandInFonts.resolver()))) {
            ours = DrawnImages.on(pdf.getPage(0));
            height = pdf.getPage(0).getMediaBox().getHeight();
        }
        try (PDDocument pdf = Loader.loadPDF(theirs.toFile())) {
            libre = DrawnImages.on(pdf.getPage(0));
        }
        assertThat(ours).extracting(DrawnImages.Drawn::pixelWidth).containsExactly(800, 400);
        assertThat(libre).extracting(DrawnImages.Drawn::pixelWidth).containsExactly(800, 400);
        String[] names = {"photo", "chart"};
        for (int i = 0; i < 2; i++) {
            DrawnImages.Drawn o = ours.get(i);
            DrawnImages.Drawn l = libre.get(i);
            System.out.printf("%s: ours %.2f, %.2f, %.2f × %.2f mm; LibreOffice %.2f, %.2f, %.2f × %.2f mm%n", names[i],
                    o.xPt() * MM_PER_PT, (height - o.yPt() - o.heightPt()) * MM_PER_PT, o.widthPt() * MM_PER_PT,
                    o.heightPt() * MM_PER_PT, l.xPt() * MM_PER_PT, (height - l.yPt() - l.heightPt()) * MM_PER_PT,
                    l.widthPt() * MM_PER_PT, l.heightPt() * MM_PER_PT);
            assertThat(o.xPt() * MM_PER_PT).as("%s left, mm", names[i]).isCloseTo(l.xPt() * MM_PER_PT, within(0.5));
            assertThat(o.widthPt() * MM_PER_PT).as("%s width, mm", names[i]).isCloseTo(l.widthPt() * MM_PER_PT, within(0.5));
            assertThat(o.heightPt() * MM_PER_PT).as("%s height, mm", names[i]).isCloseTo(l.heightPt() * MM_PER_PT, within(0.5));
            assertThat((height - o.yPt() - o.heightPt()) * MM_PER_PT).as("%s top, mm", names[i])
                    .isCloseTo((height - l.yPt() - l.heightPt()) * MM_PER_PT, within(0.5));
        }
    }
}
