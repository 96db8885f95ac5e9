package io.gongwen.pdf;

import io.gongwen.Image;
import io.gongwen.Length;
import io.gongwen.OfficialDocument;
import io.gongwen.Table;
import io.gongwen.layout.DocumentLayout;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.LineRole;
import io.gongwen.layout.Page;
import io.gongwen.layout.Picture;
import io.gongwen.layout.Rule;
import io.gongwen.layout.StandInFonts;
import io.gongwen.layout.UnsupportedElementException;
import io.gongwen.testing.CellPicturesDocx;
import io.gongwen.testing.DrawnImages;
import io.gongwen.text.DocxReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Pictures in table cells on our own pages (issue 15): drawn inside their cells' rules, centred, the
 * row grown to hold them, a picture wider than its column scaled to the cell, the PDF drawing each
 * with its own pixels; a row of pictures taller than a page refused by name.
 */
class TablePicturesPdfTest {
    private static final double MM = 72 / 25.4;
    private static FontResolver fonts;

    @BeforeAll
    static void fonts() {
        fonts = StandInFonts.resolver();
    }

    private static final Image CHART = Image.of(CellPicturesDocx.CHART, Length.mm(40), Length.mm(30));
    private static final Image PHOTO = Image.of(CellPicturesDocx.PHOTO, Length.mm(100), Length.mm(75));

    private static OfficialDocument report(Table table) {
        return OfficialDocument.builder().title("关于重点项目建设情况的报告").paragraph("各项目现场照片见下表。")
                .table(table).paragraph("特此报告。").build();
    }

    private static Table annex() {
        return Table.builder().columns(1, 3, 4).header("序号", "项目", "现场照片")
                .row(Table.Cell.of("1"), Table.Cell.of("县城污水处理厂扩建"), Table.Cell.of(PHOTO))
                .row(Table.Cell.of("2"), Table.Cell.of("道路改造").withPicture(CHART), Table.Cell.of("已完工"))
                .build();
    }

    @Test
    void draws_each_cells_picture_inside_its_rules_centred_the_row_as_tall_as_the_picture_alone() {
        // GIVEN a table with a photo wider than its column, and a chart after a cell's text
        Page page = DocumentLayout.layOut(report(annex()), fonts).pages().get(0);
        // WHEN it is laid out THEN both are on the page, in front of the text
        List<Picture> pictures = page.pictures();
        assertThat(pictures).hasSize(2).allMatch(p -> p.role() == Picture.Role.IMAGE);
        Picture photo = pictures.get(0);
        Picture chart = pictures.get(1);
        // AND the photo is as wide as its cell inside the 1 mm margins, its proportions kept, centred between its rules
        List<Double> verticals = page.rules().stream().filter(r -> !r.isHorizontal()).map(Rule::x1Pt).distinct()
                .sorted().toList();
        assertThat(verticals).hasSize(4);
        double left = verticals.get(2);
        double right = verticals.get(3);
        assertThat(photo.widthPt()).isCloseTo(right - left - 2 * MM, within(1e-6));
        assertThat(photo.widthPt() / photo.heightPt()).isCloseTo(4.0 / 3, within(1e-9));
        assertThat(photo.centreXPt()).isCloseTo((left + right) / 2, within(1e-6));
        // AND it lies between the rules above and below its row, which is taller than its text alone
        List<Double> horizontals = page.rules().stream().filter(Rule::isHorizontal).map(Rule::y1Pt).distinct()
                .sorted().toList();
        assertThat(horizontals).hasSize(4);
        double rowTop = horizontals.get(1);
        double rowBottom = horizontals.get(2);
        assertThat(photo.yPt()).isGreaterThanOrEqualTo(rowTop);
        // (as LibreOffice sets it: the picture's line is the picture's height, nothing below it; measured
        // 59.4 mm there for this 59.17 mm photo)
        assertThat(photo.yPt() + photo.heightPt()).isLessThanOrEqualTo(rowBottom + 1e-9);
        assertThat(rowBottom - rowTop).isCloseTo(photo.heightPt(), within(1e-6));
        double textLine = page.lines().stream().filter(l -> l.text().equals("2")).findFirst().orElseThrow()
                .runs().get(0).sizePt();
        assertThat(rowBottom - rowTop).as("taller than the text alone").isGreaterThan(10 * textLine);
        // AND the chart keeps its 40 × 30 mm, below its cell's text, in the middle column, inside the last row
        assertThat(chart.widthPt()).isCloseTo(40 * MM, within(1e-6));
        assertThat(chart.heightPt()).isCloseTo(30 * MM, within(1e-6));
        assertThat(chart.centreXPt()).isCloseTo((verticals.get(1) + verticals.get(2)) / 2, within(1e-6));
        double text = page.lines().stream().filter(l -> l.role() == LineRole.TABLE_CELL && l.text().equals("道路改造"))
                .findFirst().orElseThrow().baselinePt();
        assertThat(chart.yPt()).isGreaterThan(text).isGreaterThan(horizontals.get(2));
        // the chart's cell, a line and the chart, is the row's fullest: the chart ends on the rule below
        assertThat(chart.yPt() + chart.heightPt()).isCloseTo(horizontals.get(3), within(1e-6));
        // AND the row's other cells are centred vertically in it
        double one = page.lines().stream().filter(l -> l.text().equals("1")).findFirst().orElseThrow().baselinePt();
        assertThat(one).isGreaterThan(rowTop + (rowBottom - rowTop) / 2 - 10).isLessThan(rowTop + (rowBottom - rowTop) / 2 + 10);
    }

    @Test
    void the_pdf_draws_the_cells_pictures_with_their_own_pixels_where_the_layout_put_them() throws Exception {
        OfficialDocument doc = report(annex());
        Page page = DocumentLayout.layOut(doc, fonts).pages().get(0);
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(doc, fonts))) {
            List<DrawnImages.Drawn> drawn = DrawnImages.on(pdf.getPage(0));
            assertThat(drawn).extracting(DrawnImages.Drawn::pixelWidth).containsExactly(800, 400);
            double pageHeight = pdf.getPage(0).getMediaBox().getHeight();
            for (int i = 0; i < 2; i++) {
                Picture laid = page.pictures().get(i);
                DrawnImages.Drawn d = drawn.get(i);
                assertThat(d.xPt()).isCloseTo(laid.xPt(), within(0.01));
                assertThat(pageHeight - d.yPt() - d.heightPt()).isCloseTo(laid.yPt(), within(0.01));
                assertThat(d.widthPt()).isCloseTo(laid.widthPt(), within(0.01));
            }
        }
    }

    @Test
    void a_docx_with_pictures_in_its_table_cells_reads_back_and_is_laid_out_with_them(@TempDir Path dir) {
        // GIVEN the table written to a .docx and read back
        Path docx = dir.resolve("report.docx");
        report(annex()).writeTo(docx);
        OfficialDocument doc = DocxReader.standard().read(docx).document();
        // WHEN it is laid out THEN both pictures are drawn, with their bytes, within the text block
        List<Page> pages = DocumentLayout.layOut(doc, fonts).pages();
        List<Picture> pictures = pages.stream().flatMap(p -> p.pictures().stream()).toList();
        assertThat(pictures).extracting(p -> p.bytes().length)
                .containsExactly(CellPicturesDocx.PHOTO.length, CellPicturesDocx.CHART.length);
        for (Picture p : pictures) {
            assertThat(p.xPt()).isGreaterThan(28 * MM);
            assertThat(p.xPt() + p.widthPt()).isLessThan(28 * MM + 156 * MM);
        }
        // AND at the places and sizes of the table as built: the photo was written at its cell's width
        List<Picture> built = DocumentLayout.layOut(report(annex()), fonts).pages().get(0).pictures();
        for (int i = 0; i < 2; i++) {
            assertThat(pictures.get(i).xPt()).isCloseTo(built.get(i).xPt(), within(0.01));
            assertThat(pictures.get(i).widthPt()).isCloseTo(built.get(i).widthPt(), within(0.01));
        }
    }

    @Test
    void a_row_of_pictures_taller_than_a_page_is_refused_by_name() {
        // GIVEN a cell of three pictures each 150 mm high (each alone would fit a page)
        Image tall = Image.of(CellPicturesDocx.CHART, Length.mm(100), Length.mm(150));
        Table table = Table.builder().columns(1, 3).header("序号", "示意图")
                .row(Table.Cell.of("1"), Table.Cell.of(tall).withPicture(tall).withPicture(tall)).build();
        // WHEN it is laid out THEN the layout refuses it, saying how tall the row is and what to do
        assertThatThrownBy(() -> DocumentLayout.layOut(report(table), fonts))
                .isInstanceOf(UnsupportedElementException.class)
                .hasMessageContaining("a table row with pictures")
                .hasMessageContaining("taller than the 225.0 mm of a page's text block (row 2 of the table")
                .hasMessageContaining("so make its pictures smaller or give them rows of their own)");
    }

    @Test
    void a_row_that_fits_a_page_alone_but_not_under_its_repeated_header_is_refused_naming_the_header() {
        // GIVEN a cell of a line of text and a picture as tall as a page allows (the block less a line)
        Image tall = Image.of(CellPicturesDocx.CHART, Length.mm(50), Length.mm(400));
        Table.Cell cell = Table.Cell.of("示意图").withPicture(tall);
        // WHEN the table has no header row THEN the row fits a page and is laid out
        Table bare = Table.builder().columns(1, 3).row(Table.Cell.of("1"), cell).build();
        assertThat(DocumentLayout.layOut(report(bare), fonts).pages().stream().mapToLong(p -> p.pictures().size()).sum())
                .isEqualTo(1);
        // WHEN a header row is repeated above it on its page THEN it does not, and the layout says why
        Table headed = Table.builder().columns(1, 3).header("序号", "示意图").row(Table.Cell.of("1"), cell).build();
        assertThatThrownBy(() -> DocumentLayout.layOut(report(headed), fonts))
                .isInstanceOf(UnsupportedElementException.class)
                .hasMessageMatching("the page layout \\(PDF, OFD\\) does not lay out a table row with pictures 2\\d\\d\\.\\d mm "
                        + "high under \\d\\.\\d mm of header rows, taller than the 225\\.0 mm of a page's text block "
                        + "\\(row 2 of the table; rows are not split across pages, so make its pictures smaller or give "
                        + "them rows of their own\\) yet; .*");
    }

    @Test
    void a_picture_taller_than_a_page_in_a_cell_is_scaled_to_the_text_block_less_a_line() {
        Image tall = Image.of(CellPicturesDocx.CHART, Length.mm(50), Length.mm(400));
        Table table = Table.builder().columns(1, 3).row(Table.Cell.of("1"), Table.Cell.of(tall)).build();
        List<Page> pages = DocumentLayout.layOut(report(table), fonts).pages();
        Picture p = pages.stream().flatMap(page -> page.pictures().stream()).findFirst().orElseThrow();
        assertThat(p.heightPt()).isCloseTo(225 * MM - 28.95, within(0.01));
        assertThat(p.widthPt() / p.heightPt()).isCloseTo(50.0 / 400, within(1e-9));
    }
}
