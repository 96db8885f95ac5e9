package io.gongwen.docx.write;

import io.gongwen.Image;
import io.gongwen.Table;
import io.gongwen.Table.Cell;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;

import static io.gongwen.docx.write.OrderedElement.CellProperties.gridSpan;
import static io.gongwen.docx.write.OrderedElement.CellProperties.tcW;
import static io.gongwen.docx.write.OrderedElement.CellProperties.vAlign;
import static io.gongwen.docx.write.OrderedElement.CellProperties.vMerge;
import static io.gongwen.docx.write.OrderedElement.RowProperties.cantSplit;
import static io.gongwen.docx.write.OrderedElement.RowProperties.tblHeader;

/**
 * Writes the body's tables as {@code w:tbl} elements (GB/T 9704-2012 §8), and the section breaks
 * around a landscape table. One instance per body part; it remembers what it wrote last, so the body
 * must tell it about everything else it writes:
 *
 * <ul>
 *   <li>{@link #write} for each table,</li>
 *   <li>{@link #beforeParagraph} before every other paragraph of the body (headings included),</li>
 *   <li>{@link #finish} in place of the body's final {@code w:sectPr}.</li>
 * </ul>
 *
 * <p>A table fills the text block's width: {@code w:tblW} and every {@code w:gridCol} are given in
 * twips (WPS draws a table by its grid columns, Word by its width; spec §9), the columns share the
 * width in the table's proportions, and every cell states its width. Rules are single, black, 0.5 pt,
 * all round and inside; text is centred vertically one millimetre in from the rules. Header rows
 * repeat at the top of every page the table runs onto, and no row is split across pages.
 *
 * <p>Two rules of Word's shape how tables meet the rest of the body. Two tables with nothing between
 * them are one table to Word: it joins them on opening, and their different grids then break the
 * columns (python-docx #1072, pandoc #4315). And the body ends with a paragraph: Word and LibreOffice
 * add one after a final table anyway, and a section break needs a paragraph to carry its
 * {@code w:sectPr}. So an empty paragraph in the Normal style follows a table wherever nothing else
 * would.
 *
 * <p>A landscape table gets pages of its own in a section of its own: see {@link #write}. A landscape
 * stretch of the body ({@link io.gongwen.PageBreak#LANDSCAPE}) is such a section too, opened and
 * closed by {@link #beforeParagraph(WordXml, boolean)} and shared by the tables in it.
 */
public final class TableWriter {
    private final PageGeometry page;
    private final Consumer<WordXml> portraitSection;
    private final Consumer<WordXml> landscapeSection;
    private final String turnedOddFooterId;
    private final String turnedEvenFooterId;
    /** Writes a note's mark in a cell and numbers the note, as in the body. */
    private final Paragraphs.NoteMarks marks;
    /** The relationship id of a picture's image part, shared with the body's pictures. */
    private final Function<Image, String> pictureIds;
    /** The next {@code wp:docPr/@id}, counted with the body's pictures. */
    private final IntSupplier drawingIds;
    private final OrderedElement<OrderedElement.Paragraph> headerPicturePPr =
            styled(StyleId.TABLE_HEADER).set(OrderedElement.Paragraph.jc, "val", "center");
    private final OrderedElement<OrderedElement.Paragraph> bodyPicturePPr =
            styled(StyleId.TABLE_TEXT).set(OrderedElement.Paragraph.jc, "val", "center");
    private final OrderedElement<OrderedElement.Paragraph> headerPPr = styled(StyleId.TABLE_HEADER);
    private final Map<Table.Alignment, OrderedElement<OrderedElement.Paragraph>> bodyPPr =
            new EnumMap<>(Table.Alignment.class);
    private final OrderedElement<OrderedElement.RowProperties> headerRow =
            OrderedElement.trPr().set(cantSplit).set(tblHeader);
    private final OrderedElement<OrderedElement.RowProperties> bodyRow = OrderedElement.trPr().set(cantSplit);
    /** Whether the last thing written was a table, which must not meet another table or the section's end. */
    private boolean afterTable;
    /** Whether a landscape section is open, i.e. the last thing written was a landscape table. */
    private boolean landscape;

    /**
     * A writer for one body part.
     *
     * @param portraitSection writes the body's own {@code w:sectPr}; it closes each portrait section
     * @param turnedOddFooterId the relationship id of the landscape pages' odd footer (null if the
     *                          document has no landscape table)
     * @param turnedEvenFooterId the same for even pages
     * @param marks writes the mark of a note that stands in a cell, as the body's marks are written
     * @param pictureIds the relationship id of each picture's image part
     * @param drawingIds gives each picture of a cell its {@code wp:docPr/@id}, unique in the document
     */
    TableWriter(PageGeometry page, Consumer<WordXml> portraitSection, String turnedOddFooterId,
                String turnedEvenFooterId, Paragraphs.NoteMarks marks, Function<Image, String> pictureIds,
                IntSupplier drawingIds) {
        this.page = page;
        this.marks = marks;
        this.pictureIds = pictureIds;
        this.drawingIds = drawingIds;
        this.portraitSection = portraitSection;
        this.turnedOddFooterId = turnedOddFooterId;
        this.turnedEvenFooterId = turnedEvenFooterId;
        this.landscapeSection = this::landscapeSection;
        bodyPPr.put(Table.Alignment.LEFT, styled(StyleId.TABLE_TEXT).set(OrderedElement.Paragraph.jc, "val", "left"));
        bodyPPr.put(Table.Alignment.CENTER, styled(StyleId.TABLE_TEXT).set(OrderedElement.Paragraph.jc, "val", "center"));
        bodyPPr.put(Table.Alignment.RIGHT, styled(StyleId.TABLE_TEXT).set(OrderedElement.Paragraph.jc, "val", "right"));
        bodyPPr.put(Table.Alignment.JUSTIFIED, styled(StyleId.TABLE_TEXT).set(OrderedElement.Paragraph.jc, "val", "both"));
    }

    private static OrderedElement<OrderedElement.Paragraph> styled(StyleId style) {
        return OrderedElement.pPr().set(OrderedElement.Paragraph.pStyle, "val", style.id);
    }

    /**
     * Writes the table. A landscape table starts a landscape section: the portrait section before it
     * is closed on a new page, and the next paragraph that is not a landscape table closes the
     * landscape section and returns to portrait. Landscape tables in a row share the section.
     */
    void write(WordXml xml, Table table) {
        write(xml, table, false);
    }

    /**
     * Writes the table, on landscape pages if it is a landscape table or {@code landscapePages} (it
     * stands in a landscape stretch of the body, whose pages it shares).
     */
    void write(WordXml xml, Table table, boolean landscapePages) {
        if ((table.landscape() || landscapePages) != landscape) {
            breakSection(xml);
        } else if (afterTable) {
            xml.empty("p");
        }
        long width = landscape ? page.landscapeTextWidth : page.textWidth;
        long[] columns = columnWidths(table.columnWeights(), width);
        xml.start("tbl");
        tableProperties(width).writeTo(xml);
        xml.start("tblGrid");
        for (long column : columns) {
            xml.empty("gridCol", "w", Long.toString(column));
        }
        xml.end();
        rows(xml, table, columns);
        xml.end();
        afterTable = true;
    }

    /** Call before any body paragraph that is not part of a table: leaves a landscape section. */
    void beforeParagraph(WordXml xml) {
        beforeParagraph(xml, false);
    }

    /**
     * Call before any body paragraph that is not part of a table: turns to landscape pages (a
     * landscape stretch of the body) or back to portrait ones with a section break, if they are not so.
     */
    void beforeParagraph(WordXml xml, boolean landscapePages) {
        if (landscape != landscapePages) {
            breakSection(xml);
        }
        afterTable = false;
    }

    /** Writes the paragraph a final table needs, then the body's final {@code w:sectPr}. */
    void finish(WordXml xml) {
        if (afterTable) {
            xml.empty("p");
            afterTable = false;
        }
        (landscape ? landscapeSection : portraitSection).accept(xml);
    }

    /**
     * The columns' widths in twips: {@code total} shared in proportion to {@code weights}, rounded
     * down, and the last column takes what rounding left, so the widths sum to {@code total} exactly.
     */
    public static long[] columnWidths(List<Integer> weights, long total) {
        long sum = 0;
        for (int w : weights) {
            sum += w;
        }
        long[] widths = new long[weights.size()];
        long given = 0;
        for (int i = 0; i < widths.length - 1; i++) {
            widths[i] = total * weights.get(i) / sum;
            given += widths[i];
        }
        widths[widths.length - 1] = total - given;
        return widths;
    }

    private OrderedElement<OrderedElement.TableProperties> tableProperties(long width) {
        String rule = Long.toString(page.tableBorder);
        String margin = Long.toString(page.cellMargin);
        // fixed layout: the widths are the ones we computed, not what Word makes of the content;
        // centred at full width, the outer rules lie on the text block's edges
        return OrderedElement.tblPr()
                .set(OrderedElement.TableProperties.tblW, "w", Long.toString(width), "type", "dxa")
                .set(OrderedElement.TableProperties.jc, "val", "center")
                .set(OrderedElement.TableProperties.tblInd, "w", "0", "type", "dxa")
                .set(OrderedElement.TableProperties.tblBorders, x -> {
                    x.start("tblBorders");
                    for (String edge : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
                        x.empty(edge, "val", "single", "sz", rule, "space", "0", "color", "000000");
                    }
                    x.end();
                })
                .set(OrderedElement.TableProperties.tblLayout, "type", "fixed")
                .set(OrderedElement.TableProperties.tblCellMar, x -> {
                    x.start("tblCellMar");
                    x.empty("left", "w", margin, "type", "dxa");
                    x.empty("right", "w", margin, "type", "dxa");
                    x.end();
                });
    }

    private void rows(WordXml xml, Table table, long[] columns) {
        Cell[][] grid = table.grid();
        int columnCount = columns.length;
        // the cell spanning down over each position it covers below its own row; Word wants a
        // continuation cell (vMerge without a value) there, which the model leaves out
        Cell[][] coveredBy = new Cell[grid.length][columnCount];
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < columnCount; c++) {
                Cell cell = grid[r][c];
                for (int down = 1; cell != null && down < cell.rowSpan(); down++) {
                    coveredBy[r + down][c] = cell;
                }
            }
        }
        for (int r = 0; r < grid.length; r++) {
            boolean header = r < table.headerRows();
            xml.start("tr");
            (header ? headerRow : bodyRow).writeTo(xml);
            for (int c = 0; c < columnCount; ) {
                Cell cell = grid[r][c];
                if (cell != null) {
                    OrderedElement<OrderedElement.Paragraph> pPr =
                            header ? headerPPr : bodyPPr.get(table.alignments().get(c));
                    cell(xml, width(columns, c, cell.columnSpan()), cell.columnSpan(),
                            cell.rowSpan() > 1 ? "restart" : null, pPr, header ? headerPicturePPr : bodyPicturePPr, cell);
                    c += cell.columnSpan();
                } else {
                    Cell above = coveredBy[r][c];
                    if (above == null) {
                        throw new IllegalStateException("table grid: row " + r + " column " + c + " is not covered");
                    }
                    cell(xml, width(columns, c, above.columnSpan()), above.columnSpan(), "continue",
                            header ? headerPPr : bodyPPr.get(table.alignments().get(c)), null, EMPTY);
                    c += above.columnSpan();
                }
            }
            xml.end();
        }
    }

    private static long width(long[] columns, int first, int span) {
        long width = 0;
        for (int c = first; c < first + span; c++) {
            width += columns[c];
        }
        return width;
    }

    /** The empty cell Word wants where a cell spanning rows covers a row below its own. */
    private static final Cell EMPTY = Cell.of("");

    /**
     * A {@code w:tc}; {@code merge} is "restart", "continue" or null for a cell spanning one row. A
     * plain paragraph of the cell is one run in the paragraph's style; one with spans or notes has a
     * run for each stretch, carrying only what its span changes, and its notes' marks between them,
     * as a body paragraph's ({@link Paragraphs#formatted}). Each picture is a centred paragraph of its
     * own between them ({@link PictureParagraph}), scaled down to the cell's width inside its margins
     * and to the text block's height less one line; a cell of pictures only has no empty paragraph
     * after them.
     */
    private void cell(WordXml xml, long width, int span, String merge,
                      OrderedElement<OrderedElement.Paragraph> pPr,
                      OrderedElement<OrderedElement.Paragraph> picturePPr, Cell cell) {
        xml.start("tc");
        OrderedElement<OrderedElement.CellProperties> tcPr = OrderedElement.tcPr()
                .set(tcW, "w", Long.toString(width), "type", "dxa")
                .set(vAlign, "val", "center");
        if (span > 1) {
            tcPr.set(gridSpan, "val", Integer.toString(span));
        }
        if ("restart".equals(merge)) {
            tcPr.set(vMerge, "val", "restart");
        } else if (merge != null) {
            // no value means "continue" (ST_Merge's default)
            tcPr.set(vMerge);
        }
        tcPr.writeTo(xml);
        List<io.gongwen.FormattedText> paragraphs = cell.formattedParagraphs();
        List<Table.CellPicture> pictures = cell.pictures();
        int next = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            io.gongwen.FormattedText text = paragraphs.get(i);
            for (; next < pictures.size() && pictures.get(next).after() == i; next++) {
                picture(xml, pictures.get(next).image(), width, picturePPr);
            }
            if (cell.picturesOnly()) {
                continue; // the pictures' paragraphs are the cell's
            }
            xml.start("p");
            pPr.writeTo(xml);
            if (!text.isPlain()) {
                Paragraphs.formatted(xml, OrderedElement::rPr, text, marks);
            } else if (!text.text().isEmpty()) {
                xml.start("r");
                Paragraphs.text(xml, text.text());
                xml.end();
            }
            xml.end();
        }
        for (; next < pictures.size(); next++) {
            picture(xml, pictures.get(next).image(), width, picturePPr);
        }
        xml.end();
    }

    /** A cell's picture in a paragraph of its own, no wider than the cell {@code width} twips wide inside its margins. */
    private void picture(WordXml xml, Image image, long width, OrderedElement<OrderedElement.Paragraph> pPr) {
        long[] size = PictureParagraph.size(image, cellPictureWidth(width, page), cellPictureHeight(landscape, page));
        PictureParagraph.write(xml, pPr, drawingIds.getAsInt(), pictureIds.apply(image), image.format(), size);
    }

    /** The widest a cell's picture is printed, in twips: the cell's width less its margins. */
    static long cellPictureWidth(long cellWidth, PageGeometry page) {
        return cellWidth - 2 * page.cellMargin;
    }

    /** The tallest a cell's picture is printed, in twips: the text block's height, portrait or turned, less one line. */
    static long cellPictureHeight(boolean landscape, PageGeometry page) {
        return landscape ? page.pageWidth - page.landscapeTop - page.landscapeBottom - page.linePitch
                : page.pageHeight - page.top - page.bottom - page.linePitch;
    }

    /**
     * Ends the open section with a paragraph carrying its {@code w:sectPr} and switches orientation;
     * the next section starts on a new page. The paragraph is one point high, so that it does not
     * push a blank page of its own when the text before it fills its page to the last line.
     */
    private void breakSection(WordXml xml) {
        Consumer<WordXml> section = landscape ? landscapeSection : portraitSection;
        xml.start("p");
        OrderedElement.pPr()
                .set(OrderedElement.Paragraph.snapToGrid, "val", "0")
                .set(OrderedElement.Paragraph.spacing, "before", "0", "after", "0", "line", "20", "lineRule", "exact")
                .set(OrderedElement.Paragraph.rPr, x -> OrderedElement.rPr()
                        .set(OrderedElement.Run.sz, "val", "2").set(OrderedElement.Run.szCs, "val", "2").writeTo(x))
                .set(OrderedElement.Paragraph.sectPr, section)
                .writeTo(xml);
        xml.end();
        landscape = !landscape;
        afterTable = false;
    }

    /**
     * The landscape section: A4 turned, margins turned with it (see {@link PageGeometry#landscapeTop}).
     *
     * <p>Turned so that the table's head lies on the paper's left edge when the printed page is held
     * upright: that is the binding edge of an odd page and the fore-edge of an even one, as GB/T
     * 9704-2012 §8 asks ("on odd pages the table head faces the binding edge, on even pages the
     * fore-edge"). Which way a printer turns a landscape page onto portrait paper is the device's
     * choice (spec §9 could not confirm a convention); the margins are right for this turn.
     *
     * <p>Page numbers: the standard keeps the number where it is on the other pages, i.e. 7 mm under
     * the portrait text block, which on the turned page is 7 mm left of the landscape text block,
     * turned a quarter turn clockwise and read top to bottom; near the landscape block's bottom on odd
     * pages (the paper's right side) and near its top on even pages (the paper's left side). The
     * section has footers of its own that draw it so ({@link FooterPart#writeTurned}); the portrait
     * section after it names the normal footers again. Numbering continues across sections (no
     * {@code w:pgNumType/@w:start}), so parity and numbers stay right. The section has no
     * {@code w:titlePg} (only a letter's first section has one), so it needs no first-page footer.
     */
    private void landscapeSection(WordXml xml) {
        if (turnedOddFooterId == null) {
            throw new IllegalStateException("a landscape section, but no landscape footers were added to the package");
        }
        OrderedElement.sectPr()
                .set(OrderedElement.Section.hdrFtrReferences, x -> {
                    x.start("footerReference").attr("type", "default").attr("r", "id", turnedOddFooterId).end();
                    x.start("footerReference").attr("type", "even").attr("r", "id", turnedEvenFooterId).end();
                })
                .set(OrderedElement.Section.pgSz, "w", Long.toString(page.pageHeight), "h", Long.toString(page.pageWidth),
                        "orient", "landscape")
                .set(OrderedElement.Section.pgMar, "top", Long.toString(page.landscapeTop),
                        "right", Long.toString(page.landscapeRight), "bottom", Long.toString(page.landscapeBottom),
                        "left", Long.toString(page.landscapeLeft), "header", Long.toString(Math.min(page.header, page.landscapeTop)),
                        "footer", Long.toString(page.landscapeFooter), "gutter", "0")
                .set(OrderedElement.Section.docGrid, "type", "lines", "linePitch", Long.toString(page.linePitch))
                .writeTo(xml);
    }
}
