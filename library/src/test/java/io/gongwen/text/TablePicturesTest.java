package io.gongwen.text;

import io.gongwen.Block;
import io.gongwen.Image;
import io.gongwen.InvalidDocumentException;
import io.gongwen.Length;
import io.gongwen.OfficialDocument;
import io.gongwen.Specification;
import io.gongwen.Table;
import io.gongwen.docx.write.TableWriter;
import io.gongwen.testing.CellPicturesDocx;
import io.gongwen.testing.DocxInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Pictures in table cells survive reformatting (issue 15): read from a report made with raw POI into
 * the cells' pictures, written centred in their cells, scaled to the column, the same bytes in
 * {@code word/media}, read back into the same table.
 */
class TablePicturesTest {
    private static final long EMU_PER_TWIP = 635;

    @Test
    void the_pictures_of_an_annex_table_are_read_into_their_cells_where_they_stood(@TempDir Path dir) throws Exception {
        // GIVEN a report whose table holds a photo alone in a cell, a chart between a cell's two paragraphs
        // and a plan after a cell's text
        Path in = dir.resolve("report.docx");
        Files.write(in, CellPicturesDocx.report());
        // WHEN it is read
        Draft draft = DocxReader.standard().read(in);
        // THEN the table's cells hold them, with their bytes and sizes, after the lines they followed
        Table table = onlyTable(draft.document());
        Table.Cell photo = table.rows().get(1).get(2);
        assertThat(photo.text()).isEmpty();
        assertThat(photo.picturesOnly()).isTrue();
        assertThat(photo.pictures()).hasSize(1);
        assertThat(photo.pictures().get(0).after()).isZero();
        Image p = photo.pictures().get(0).image();
        assertThat(p.bytes()).isEqualTo(CellPicturesDocx.PHOTO);
        assertThat(p.format()).isEqualTo(Image.Format.JPEG);
        assertThat(p.width().toMillimetres()).isCloseTo(100, within(0.01));
        assertThat(p.height().toMillimetres()).isCloseTo(75, within(0.01));
        Table.Cell roads = table.rows().get(2).get(1);
        assertThat(roads.text()).isEqualTo("道路改造\n（完成情况示意）");
        assertThat(roads.pictures()).singleElement().satisfies(c -> {
            assertThat(c.after()).isEqualTo(1);
            assertThat(c.image().bytes()).isEqualTo(CellPicturesDocx.CHART);
            assertThat(c.image().width().toMillimetres()).isCloseTo(40, within(0.01));
        });
        Table.Cell plan = table.rows().get(2).get(2);
        assertThat(plan.text()).isEqualTo("已完工");
        assertThat(plan.pictures()).singleElement().satisfies(c -> {
            assertThat(c.after()).isEqualTo(1);
            assertThat(c.image().bytes()).isEqualTo(CellPicturesDocx.PLAN);
        });
        // AND the words of the table are the ones it had; only the plan among text is warned of
        assertThat(table.rows().get(0)).extracting(Table.Cell::text).containsExactly("序号", "项目", "现场照片");
        assertThat(table.rows().get(1)).extracting(Table.Cell::text).containsExactly("1", "县城污水处理厂扩建", "");
        assertThat(draft.warnings()).extracting(DraftWarning::message)
                .noneMatch(m -> m.contains("left out"))
                .filteredOn(m -> m.contains("picture")).singleElement().asString()
                .contains("stands among the text of a table cell's paragraph; it is kept centred on a line of its own");
    }

    @Test
    void the_reformatted_cells_hold_centred_drawings_the_photo_scaled_to_its_column_with_the_same_bytes(@TempDir Path dir)
            throws Exception {
        // GIVEN the report, read
        Path in = dir.resolve("report.docx");
        Files.write(in, CellPicturesDocx.report());
        Draft draft = DocxReader.standard().read(in);
        Table table = onlyTable(draft.document());
        // WHEN it is written
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        draft.document().writeTo(out);
        DocxInspector docx = new DocxInspector(out.toByteArray());
        // THEN each of the three cells holds one centred paragraph with an inline drawing
        List<Element> cells = docx.elements("word/document.xml", "//w:tbl/w:tr/w:tc");
        assertThat(docx.count("word/document.xml", "//w:tbl//w:drawing/wp:inline")).isEqualTo(3);
        Element photoCell = cells.get(5);
        assertThat(docx.value(photoCell, "count(w:p)")).isEqualTo("1");
        assertThat(docx.value(photoCell, "w:p/w:pPr/w:jc/@w:val")).isEqualTo("center");
        assertThat(docx.value(photoCell, "w:p/w:pPr/w:pStyle/@w:val")).isEqualTo("TableText");
        // AND the photo, 100 mm wide in a column narrower than that, is as wide as the cell inside its margins,
        // its proportions kept
        long cellWidth = Long.parseLong(docx.value(photoCell, "w:tcPr/w:tcW/@w:w"));
        long[] columns = TableWriter.columnWidths(table.columnWeights(), Specification.standard().textWidth().toTwips());
        assertThat(cellWidth).isCloseTo(columns[2], within(1L));
        long inside = (cellWidth - 2 * Length.mm(1).toTwips()) * EMU_PER_TWIP;
        long cx = Long.parseLong(docx.value(photoCell, "w:p/w:r/w:drawing/wp:inline/wp:extent/@cx"));
        long cy = Long.parseLong(docx.value(photoCell, "w:p/w:r/w:drawing/wp:inline/wp:extent/@cy"));
        assertThat(cx).isEqualTo(inside);
        assertThat((double) cx / cy).isCloseTo(4.0 / 3, within(0.001));
        // AND the chart, narrower than its column, keeps its own size to the EMU, between the cell's two paragraphs
        Element roads = cells.get(7);
        assertThat(docx.value(roads, "count(w:p)")).isEqualTo("3");
        assertThat(docx.value(roads, "w:p[1]")).isEqualTo("道路改造");
        assertThat(docx.value(roads, "w:p[2]/w:r/w:drawing/wp:inline/wp:extent/@cx"))
                .isEqualTo(Long.toString(Length.mm(40).toEmu()));
        assertThat(docx.value(roads, "w:p[3]")).isEqualTo("（完成情况示意）");
        Element plan = cells.get(8);
        assertThat(docx.value(plan, "w:p[1]")).isEqualTo("已完工");
        assertThat(docx.value(plan, "count(w:p[2]/w:r/w:drawing)")).isEqualTo("1");
        // AND the image parts hold the source's bytes: the same pixels
        String photoRel = docx.value(photoCell, "w:p/w:r/w:drawing/wp:inline//a:blip/@r:embed");
        String target = docx.value("word/_rels/document.xml.rels",
                "/*[local-name()='Relationships']/*[@Id='" + photoRel + "']/@Target");
        assertThat(docx.bytes("word/" + target)).isEqualTo(CellPicturesDocx.PHOTO);
        assertThat(docx.partNames()).filteredOn(n -> n.startsWith("word/media/")).hasSize(3);
        // AND the drawings' ids are unique in the document
        assertThat(docx.elements("word/document.xml", "//wp:docPr")).extracting(e -> e.getAttribute("id"))
                .doesNotHaveDuplicates();
        // AND the checker finds nothing in our own output, the cells of pictures only included
        Path written = dir.resolve("out.docx");
        Files.write(written, out.toByteArray());
        assertThat(new io.gongwen.check.DocxChecker().check(written)).isEmpty();
    }

    @Test
    void the_written_report_reads_back_into_the_same_table_and_writes_the_same_bytes(@TempDir Path dir) throws Exception {
        // GIVEN the report read and written
        Path in = dir.resolve("report.docx");
        Files.write(in, CellPicturesDocx.report());
        OfficialDocument first = DocxReader.standard().read(in).document();
        Path out = dir.resolve("out.docx");
        first.writeTo(out);
        // WHEN the written file is read again
        Draft again = DocxReader.standard().read(out);
        // THEN its table is the same, pictures and places included, the photo at the size it was written
        // (its column's width), with no warning about them
        Table read = onlyTable(first);
        Table.Cell photo = read.rows().get(1).get(2);
        Image written = onlyTable(again.document()).rows().get(1).get(2).pictures().get(0).image();
        assertThat(written.bytes()).isEqualTo(CellPicturesDocx.PHOTO);
        assertThat(written.width().toMillimetres()).isCloseTo(78.9, within(0.05));
        assertThat(written.width().points() / written.height().points()).isCloseTo(4.0 / 3, within(0.001));
        List<List<Table.Cell>> rows = new java.util.ArrayList<>(read.rows());
        rows.set(1, List.of(read.rows().get(1).get(0), read.rows().get(1).get(1),
                new Table.Cell(photo.text(), photo.spans(), photo.notes(), List.of(new Table.CellPicture(0, written)),
                        photo.columnSpan(), photo.rowSpan())));
        assertThat(onlyTable(again.document())).isEqualTo(new Table(read.columnWeights(), read.alignments(),
                read.headerRows(), rows, read.landscape()));
        assertThat(again.warnings()).extracting(DraftWarning::message).noneMatch(m -> m.contains("picture"));
        // AND written again it gives the same bytes: the written size is read and written back exactly
        Path twice = dir.resolve("twice.docx");
        again.document().writeTo(twice);
        assertThat(Files.readAllBytes(twice)).isEqualTo(Files.readAllBytes(out));
        Path thrice = dir.resolve("thrice.docx");
        first.writeTo(thrice);
        assertThat(Files.readAllBytes(thrice)).isEqualTo(Files.readAllBytes(out));
    }

    @Test
    void floating_pictures_in_cells_are_kept_inline_in_their_cells_with_a_warning(@TempDir Path dir) throws Exception {
        // GIVEN the report with every picture floating (wp:anchor)
        Path in = dir.resolve("floating.docx");
        Files.write(in, CellPicturesDocx.floating(CellPicturesDocx.report()));
        // WHEN it is read
        Draft draft = DocxReader.standard().read(in);
        // THEN the cells hold the same pictures, and each floating one is warned of
        Table table = onlyTable(draft.document());
        assertThat(table.rows().get(1).get(2).pictures()).singleElement()
                .satisfies(c -> assertThat(c.image().bytes()).isEqualTo(CellPicturesDocx.PHOTO));
        assertThat(table.rows().get(2).get(1).pictures()).hasSize(1);
        assertThat(draft.warnings()).extracting(DraftWarning::message)
                .filteredOn(m -> m.contains("floats over the text of a table cell; it is kept in the cell")).hasSize(3);
    }

    @Test
    void a_floating_seal_in_a_cell_is_left_out_without_a_warning_as_in_the_body(@TempDir Path dir) throws Exception {
        // GIVEN the report whose photo is a 42 mm square, floating as a seal does
        Path in = dir.resolve("seal.docx");
        Files.write(in, CellPicturesDocx.floating(CellPicturesDocx.report(PicturesTest.image("png", 200, 200), 42, 42)));
        // WHEN it is read THEN its cell is empty, and only the two other floating pictures are warned of
        Draft draft = DocxReader.standard().read(in);
        Table table = onlyTable(draft.document());
        assertThat(table.rows().get(1).get(2).pictures()).isEmpty();
        assertThat(table.rows().get(2).get(1).pictures()).hasSize(1);
        assertThat(draft.warnings()).extracting(DraftWarning::message)
                .filteredOn(m -> m.contains("picture")).hasSize(2)
                .allMatch(m -> m.contains("floats over the text of a table cell"));
    }

    @Test
    void a_table_the_model_refuses_keeps_its_cells_pictures_after_its_paragraphs(@TempDir Path dir) throws Exception {
        // GIVEN a table of 64 columns whose first cell holds a word and the chart
        Path in = dir.resolve("wide.docx");
        Files.write(in, CellPicturesDocx.refusedTable());
        // WHEN it is read THEN its cells are paragraphs, and the chart a picture of the body after them
        Draft draft = DocxReader.standard().read(in);
        List<Block> body = draft.document().body();
        int photo = -1;
        int words = -1;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Image image && image.bytes().length == CellPicturesDocx.CHART.length) {
                photo = i;
            } else if (body.get(i) instanceof io.gongwen.Paragraph p && p.text().equals("说明")) {
                words = i;
            }
        }
        assertThat(words).isNotNegative();
        assertThat(photo).isGreaterThan(words);
        assertThat(((Image) body.get(photo)).bytes()).isEqualTo(CellPicturesDocx.CHART);
        assertThat(draft.warnings()).extracting(DraftWarning::message)
                .anyMatch(m -> m.contains("could not be kept as a table") && m.endsWith("and its cells' pictures after them"));
    }

    @Test
    void a_picture_of_20000_by_20000_pixels_in_a_cell_is_left_out_with_the_bodys_warning(@TempDir Path dir)
            throws Exception {
        // GIVEN a PNG whose header says 20,000 × 20,000 pixels, in the photo's cell
        Path in = dir.resolve("pixels.docx");
        Files.write(in, CellPicturesDocx.report(PicturesTest.pngHeader(20_000, 20_000), 100, 100));
        // WHEN it is read THEN it is left out of its cell, and the reader says why; the other pictures stay
        Draft draft = DocxReader.standard().read(in);
        Table table = onlyTable(draft.document());
        assertThat(table.rows().get(1).get(2).pictures()).isEmpty();
        assertThat(table.rows().get(1).get(2).text()).isEmpty();
        assertThat(table.rows().get(2).get(1).pictures()).hasSize(1);
        assertThat(draft.warnings()).extracting(DraftWarning::message)
                .anyMatch(m -> m.contains("has 20000 × 20000 pixels, more than the 50,000,000 a picture may have"));
    }

    @Test
    void a_cell_picture_declaring_20_metres_is_scaled_to_a_metre_then_written_at_its_columns_width(@TempDir Path dir)
            throws Exception {
        // GIVEN the photo declaring 20 m × 20 m
        Path in = dir.resolve("huge.docx");
        Files.write(in, CellPicturesDocx.report(CellPicturesDocx.PHOTO, 20_000, 20_000));
        // WHEN it is read and written
        Draft draft = DocxReader.standard().read(in);
        Image photo = onlyTable(draft.document()).rows().get(1).get(2).pictures().get(0).image();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        draft.document().writeTo(out);
        // THEN it is a metre square in the model, with a warning, and as wide as its cell on the page
        assertThat(photo.width()).isEqualTo(photo.height());
        assertThat(photo.width().toMillimetres()).isCloseTo(Image.LARGEST_SIDE.toMillimetres(), within(0.01));
        assertThat(draft.warnings()).extracting(DraftWarning::message).anyMatch(m -> m.contains("scaled down to fit 1000 mm"));
        DocxInspector docx = new DocxInspector(out.toByteArray());
        Element cell = docx.elements("word/document.xml", "//w:tc[.//wp:extent]").get(0);
        long inside = (Long.parseLong(docx.value(cell, "w:tcPr/w:tcW/@w:w")) - 2 * Length.mm(1).toTwips()) * EMU_PER_TWIP;
        long cx = Long.parseLong(docx.value(cell, ".//wp:extent/@cx"));
        long cy = Long.parseLong(docx.value(cell, ".//wp:extent/@cy"));
        assertThat(cx).isEqualTo(cy);
        assertThat(cx).isEqualTo(inside);
    }

    @Test
    void the_builder_puts_pictures_in_cells_and_refuses_them_out_of_place() {
        Image chart = Image.of(CellPicturesDocx.CHART, Length.mm(40), Length.mm(30));
        // a cell of a picture only, and a picture after a cell's text
        Table table = Table.builder().columns(1, 2).header("项目", "示意图")
                .row(Table.Cell.of("道路改造"), Table.Cell.of(chart))
                .row(Table.Cell.of("桥梁"), Table.Cell.of("见下图").withPicture(chart).spanRows(1))
                .build();
        assertThat(table.rows().get(1).get(1).pictures()).containsExactly(new Table.CellPicture(0, chart));
        assertThat(table.rows().get(1).get(1).picturesOnly()).isTrue();
        assertThat(table.rows().get(2).get(1).pictures()).containsExactly(new Table.CellPicture(1, chart));
        assertThat(table.rows().get(2).get(1).picturesOnly()).isFalse();
        assertThat(Table.Cell.of("甲\n乙").withPicture(0, chart).withPicture(2, chart).pictures())
                .extracting(Table.CellPicture::after).containsExactly(0, 2);
        // two pictures in a cell without text stand one under the other, with no empty line between
        Table.Cell two = Table.Cell.of(chart).withPicture(chart);
        assertThat(two.pictures()).extracting(Table.CellPicture::after).containsExactly(0, 0);
        assertThat(two.picturesOnly()).isTrue();
        assertThat(Table.Cell.of("").withPicture(1, chart).withPicture(chart).pictures())
                .extracting(Table.CellPicture::after).containsExactly(1, 1);
        // refused, naming the field and the value
        assertThatThrownBy(() -> Table.Cell.of("甲\n乙").withPicture(3, chart))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("table.cell.pictures[0]: stands after paragraph 3, but the cell has 2: \"甲\\u000A乙\"");
        assertThatThrownBy(() -> Table.Cell.of("甲\n乙").withPicture(2, chart).withPicture(1, chart))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("table.cell.pictures[1]: stands after paragraph 1, before the picture ahead of it "
                        + "(after paragraph 2): give the pictures in order");
        assertThatThrownBy(() -> new Table.CellPicture(-1, chart))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("table.cell.picture.after: must be 0 or more: -1");
        assertThatThrownBy(() -> Table.Cell.of("甲").withPicture(null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("table.cell.pictures[]");
        // the cells are equal by their pictures too
        assertThat(Table.Cell.of(chart)).isEqualTo(Table.Cell.of(Image.of(CellPicturesDocx.CHART, Length.mm(40), Length.mm(30))))
                .isNotEqualTo(Table.Cell.of(""));
    }

    @Test
    void a_built_table_with_a_picture_cell_is_written_with_no_empty_paragraph_after_the_picture() {
        Image chart = Image.of(CellPicturesDocx.CHART, Length.mm(40), Length.mm(30));
        OfficialDocument doc = OfficialDocument.builder().title("关于道路改造情况的报告").paragraph("改造情况见下表。")
                .table(Table.builder().columns(1, 2).header("项目", "示意图")
                        .row(Table.Cell.of("道路改造"), Table.Cell.of(chart)).build())
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.writeTo(out);
        DocxInspector docx = new DocxInspector(out.toByteArray());
        Element cell = docx.elements("word/document.xml", "//w:tbl/w:tr[2]/w:tc[2]").get(0);
        assertThat(docx.value(cell, "count(w:p)")).isEqualTo("1");
        assertThat(docx.value(cell, "w:p/w:r/w:drawing/wp:inline/wp:extent/@cx")).isEqualTo(Long.toString(Length.mm(40).toEmu()));
        assertThat(docx.value(cell, "w:p/w:r/w:drawing/wp:inline/wp:extent/@cy")).isEqualTo(Long.toString(Length.mm(30).toEmu()));
    }

    @Test
    void the_writers_page_tracker_counts_a_cells_picture_in_its_rows_height() {
        // the colophon's page is found with these estimates: a row of a 30 mm chart is at least 30 mm high
        Image chart = Image.of(CellPicturesDocx.CHART, Length.mm(40), Length.mm(30));
        Table plain = Table.builder().columns(1, 2).row(Table.Cell.of("道路改造"), Table.Cell.of("")).build();
        Table pictured = Table.builder().columns(1, 2).row(Table.Cell.of("道路改造"), Table.Cell.of(chart)).build();
        long[] columns = TableWriter.columnWidths(List.of(1, 2), Specification.standard().textWidth().toTwips());
        long margin = Length.mm(1).toTwips();
        long one = io.gongwen.docx.write.TableEstimate.rowHeights(plain, columns, margin, Specification.standard())[0];
        long row = io.gongwen.docx.write.TableEstimate.rowHeights(pictured, columns, margin, Specification.standard())[0];
        assertThat(row).isBetween(Length.mm(30).toTwips(), Length.mm(30).toTwips() + 1).isGreaterThan(one);
        // scaled to the column when wider: 120 mm wide and 90 high in a column of about 100 mm
        Image wide = Image.of(CellPicturesDocx.CHART, Length.mm(120), Length.mm(90));
        long scaled = io.gongwen.docx.write.TableEstimate.rowHeights(Table.builder().columns(1, 2)
                .row(Table.Cell.of("道路改造"), Table.Cell.of(wide)).build(), columns, margin, Specification.standard())[0];
        assertThat(scaled).isCloseTo((columns[1] - 2 * margin) * 3 / 4, within(2L));
    }

    private static Table onlyTable(OfficialDocument doc) {
        List<Block> tables = doc.body().stream().filter(b -> b instanceof Table).toList();
        assertThat(tables).hasSize(1);
        return (Table) tables.get(0);
    }
}
