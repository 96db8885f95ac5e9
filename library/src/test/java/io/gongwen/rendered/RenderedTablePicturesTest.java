package io.gongwen.rendered;

import io.gongwen.rendered.RenderedPdf.Line;
import io.gongwen.rendered.RenderedPdf.Page;
import io.gongwen.testing.CellPicturesDocx;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import io.gongwen.text.DocxReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A report whose annex table holds a photo, a chart and a plan in its cells, reformatted and rendered
 * by LibreOffice: each picture is drawn with its own pixels inside its cell's column, centred, the
 * photo at the column's width inside the cell margins, the chart at its 40 × 30 mm between its cell's
 * two paragraphs.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedTablePicturesTest {
    private static Path dir;
    private static List<Page> pages;
    private static List<RenderedPdf.Picture> drawn = List.of();
    /** The columns' left edges and the table's right edge, in mm from the page's left, as the .docx states them. */
    private static double[] edges;

    @BeforeAll
    static void render() throws Exception {
        Path soffice = ExternalTools.soffice().orElse(null);
        if (soffice == null) {
            return;
        }
        dir = Files.createTempDirectory("gongwen-table-pictures");
        Path pdf = LibreOffice.reformatted(soffice, CellPicturesDocx.report(), DocxReader.standard(), "report", dir);
        pages = RenderedPdf.read(pdf);
        drawn = RenderedPdf.pictures(pdf);
        DocxInspector docx = new DocxInspector(Files.readAllBytes(dir.resolve("report.docx")));
        List<String> widths = docx.elements("word/document.xml", "//w:tbl/w:tblGrid/w:gridCol").stream()
                .map(e -> e.getAttributeNS(DocxInspector.W, "w")).toList();
        edges = new double[widths.size() + 1];
        edges[0] = TextBlock.LEFT;
        for (int i = 0; i < widths.size(); i++) {
            edges[i + 1] = edges[i] + Long.parseLong(widths.get(i)) / 20.0 * RenderedPdf.MM_PER_PT;
        }
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    @Test
    void draws_each_picture_with_its_pixels_inside_its_cells_column_centred() {
        assertThat(drawn).hasSize(3);
        assertThat(drawn).extracting(RenderedPdf.Picture::pixelWidth).containsExactly(800, 400, 300);
        assertThat(drawn).extracting(RenderedPdf.Picture::page).containsOnly(1);
        RenderedPdf.Picture photo = drawn.get(0);
        double inside = edges[3] - edges[2] - 2;
        assertThat(photo.widthMm()).as("the column's width inside its 1 mm margins").isCloseTo(inside, within(0.3));
        assertThat(photo.heightMm()).isCloseTo(inside * 3 / 4, within(0.3));
        assertCentredIn(photo, 2);
        RenderedPdf.Picture chart = drawn.get(1);
        assertThat(chart.widthMm()).isCloseTo(40, within(0.3));
        assertThat(chart.heightMm()).isCloseTo(30, within(0.3));
        assertCentredIn(chart, 1);
        RenderedPdf.Picture plan = drawn.get(2);
        assertThat(plan.widthMm()).isCloseTo(30, within(0.3));
        assertCentredIn(plan, 2);
    }

    @Test
    void the_chart_stands_between_its_cells_paragraphs_and_the_plan_after_its_text() {
        List<Line> lines = pages.get(0).lines();
        RenderedPdf.Picture chart = drawn.get(1);
        Line before = line(lines, "道路改造");
        Line after = line(lines, "（完成情况示意）");
        assertThat(chart.topMm()).isGreaterThan(before.baseline());
        assertThat(after.baseline()).isGreaterThan(chart.topMm() + chart.heightMm());
        RenderedPdf.Picture plan = drawn.get(2);
        assertThat(plan.topMm()).isGreaterThan(line(lines, "已完工").baseline());
        // the photo's row is above the chart's, and the text after the table below every picture
        assertThat(drawn.get(0).topMm() + drawn.get(0).heightMm()).isLessThan(chart.topMm());
        Line closing = line(lines, "特此报告。");
        assertThat(closing.baseline()).isGreaterThan(chart.topMm() + chart.heightMm());
        System.out.printf("photo %.2f × %.2f mm at (%.2f, %.2f); chart at (%.2f, %.2f); plan at (%.2f, %.2f); "
                        + "道路改造 %.2f, （完成情况示意） %.2f, 特此报告 %.2f%n", drawn.get(0).widthMm(), drawn.get(0).heightMm(),
                drawn.get(0).leftMm(), drawn.get(0).topMm(), chart.leftMm(), chart.topMm(), plan.leftMm(), plan.topMm(),
                before.baseline(), after.baseline(), closing.baseline());
    }

    private static void assertCentredIn(RenderedPdf.Picture p, int column) {
        assertThat(p.leftMm()).isGreaterThan(edges[column]);
        assertThat(p.leftMm() + p.widthMm()).isLessThan(edges[column + 1]);
        assertThat(p.leftMm() + p.widthMm() / 2).as("centred in column %d", column)
                .isCloseTo((edges[column] + edges[column + 1]) / 2, within(0.3));
    }

    private static Line line(List<Line> lines, String text) {
        return lines.stream().filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + text + " in " + lines.stream().map(Line::text).toList()));
    }
}
