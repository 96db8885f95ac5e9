package io.gongwen.check;

import io.gongwen.DocumentElement;
import io.gongwen.Length;
import io.gongwen.Specification;
import io.gongwen.docx.read.WordContent;
import io.gongwen.internal.Numbers;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tables: {@link Rule#TABLE_WIDTH}, {@link Rule#TABLE_GRID}, {@link Rule#TABLE_FONT_SIZE},
 * {@link Rule#TABLE_LINE_SPACING} and {@link Rule#TABLE_NUMBER_SPLIT}. Cell text is checked by these rules only; a table above all text is
 * the head block's layout (a joint mark) and its cells are not checked.
 */
final class TableRules {
    private final Specification spec;

    TableRules(Specification spec) {
        this.spec = spec;
    }

    /** Width, explicit widths, cell text size and line spacing of each table of the body. */
    void check(WordContent docx, List<Finding> out) {
        Optional<Length> pageWidth = docx.page().map(p -> p.width().minus(p.left()).minus(p.right()));
        boolean text = false;
        for (WordContent.Item item : docx.body()) {
            if (item instanceof WordContent.Table table) {
                // a table above all text is the head block's layout (a joint mark), set in the mark's type
                table(table, table.textWidth().or(() -> pageWidth), text, out);
            } else {
                text |= !((WordContent.Paragraph) item).text().isBlank();
            }
        }
    }

    private void table(WordContent.Table table, Optional<Length> textWidth, boolean cells, List<Finding> out) {
        Where where = new Where.Table(table.number());
        Optional<Length> columns = table.columnWidths().stream().reduce(Length::plus);
        boolean noWidth = table.width().isEmpty();
        boolean noColumns = columns.isEmpty();
        if (noWidth || noColumns) {
            out.add(new Finding(Rule.TABLE_GRID, Severity.WARNING, table.number(), 0,
                    "表格未设定" + (noWidth && noColumns ? "表格宽度（w:tblW）和列宽（w:tblGrid/w:gridCol）"
                            : noWidth ? "表格宽度（w:tblW）" : "列宽（w:tblGrid/w:gridCol）")
                            + "：应同时设定表格宽度和列宽，WPS按列宽排版",
                    "the table states " + (noWidth && noColumns ? "neither a width (w:tblW) nor column widths (w:tblGrid/w:gridCol)"
                            : noWidth ? "no width (w:tblW)" : "no column widths (w:tblGrid/w:gridCol)")
                            + ": give both the table's and the columns' widths; WPS lays tables out by the columns",
                    Optional.empty(), where));
        }
        if (textWidth.isPresent()) {
            Optional<Length> widest = Stream.of(table.width(), columns).flatMap(Optional::stream)
                    .max(Comparator.comparingDouble(Length::points));
            if (widest.isPresent() && widest.get().toMillimetres() - textWidth.get().toMillimetres() > Findings.MARGIN_TOLERANCE_MM) {
                out.add(new Finding(Rule.TABLE_WIDTH, Severity.ERROR, table.number(), 0,
                        "表格宽" + Findings.mm(widest.get()) + "毫米，超出版心宽度" + Findings.mm(textWidth.get()) + "毫米",
                        "the table is " + Findings.mm(widest.get()) + " mm wide, wider than the text block's "
                                + Findings.mm(textWidth.get()) + " mm", Optional.empty(), where));
            }
        }
        if (!cells) {
            return;
        }
        Findings repeated = new Findings();
        double pitch = spec.linePitch().points();
        for (WordContent.Row row : table.rows()) {
            DocumentElement element = row.header() ? DocumentElement.TABLE_HEADER : DocumentElement.TABLE;
            Length wanted = spec.style(element).size();
            for (WordContent.Cell cell : row.cells()) {
                for (WordContent.Paragraph p : cell.paragraphs()) {
                    for (WordContent.Run run : p.runs()) {
                        if (!run.text().isBlank() && run.size().isPresent()
                                && Math.abs(run.size().get().points() - wanted.points()) > Findings.SIZE_TOLERANCE_PT) {
                            String actual = Findings.pt(run.size().get());
                            repeated.note(p.number(), Rule.TABLE_FONT_SIZE, Severity.WARNING, element, actual,
                                    (row.header() ? "表头" : "表格") + "文字字号应为" + Findings.pt(wanted) + "磅，实为" + actual + "磅",
                                    (row.header() ? "header cells" : "table cells") + " should be " + Findings.pt(wanted)
                                            + " pt, not " + actual + " pt");
                        }
                    }
                    Optional<Length> exact = p.lineSpacing().filter(s -> "exact".equals(s.rule()))
                            .flatMap(WordContent.LineSpacing::exact);
                    if (!p.text().isBlank() && exact.isPresent() && Math.abs(exact.get().points() - pitch) <= Findings.LINE_TOLERANCE_PT) {
                        repeated.note(p.number(), Rule.TABLE_LINE_SPACING, Severity.WARNING, DocumentElement.TABLE, "",
                                "表格内不宜使用正文的固定行距" + Findings.pt(spec.linePitch()) + "磅（行高过大）",
                                "table cells should not take the body's exact " + Findings.pt(spec.linePitch())
                                        + " pt line spacing (the rows grow as tall as body lines)");
                    }
                }
            }
        }
        repeated.report(out);
        splitNumbers(table, where, out);
    }

    /** Word's default cell margin, left and right, where a table states none: 0.19 cm. */
    private static final Length WORD_CELL_MARGIN = Length.twips(108);

    /**
     * The numbers wider than the text of their cell (the grid columns it spans less the cell margins,
     * measured at the run's size, a digit half an em as in Times New Roman, a point or comma a quarter):
     * the renderer has nowhere to break them but inside, so "13725.5845" prints as "13725.58" over
     * "45", which GB/T 15834's line-breaking rules and every 公文 style guide forbid (数字不能回行). One
     * finding per table, at the first such number, with how many there are.
     */
    private void splitNumbers(WordContent.Table table, Where where, List<Finding> out) {
        List<Length> grid = table.columnWidths();
        if (grid.isEmpty()) {
            return;
        }
        double margins = 2 * table.cellMargins().orElse(WORD_CELL_MARGIN).points();
        int count = 0;
        String first = null;
        int firstParagraph = 0;
        double firstWidth = 0;
        double firstRoom = 0;
        for (WordContent.Row row : table.rows()) {
            Length wanted = spec.style(row.header() ? DocumentElement.TABLE_HEADER : DocumentElement.TABLE).size();
            int column = 0;
            for (WordContent.Cell cell : row.cells()) {
                double room = -margins;
                for (int c = column; c < Math.min(grid.size(), column + cell.columnSpan()); c++) {
                    room += grid.get(c).points();
                }
                column += cell.columnSpan();
                if (room <= 0) {
                    continue;
                }
                for (WordContent.Paragraph p : cell.paragraphs()) {
                    // the paragraph's text whole, so that a number Word split into runs is one number,
                    // at the largest size its runs state
                    double size = p.runs().stream().map(WordContent.Run::size).flatMap(Optional::stream)
                            .mapToDouble(Length::points).max().orElse(wanted.points());
                    java.util.regex.Matcher m = Numbers.in(p.text());
                    while (m.find()) {
                        double width = Numbers.width(m.group(), size);
                        if (width > room + 0.01 && count++ == 0) {
                            first = m.group();
                            firstParagraph = p.number();
                            firstWidth = width;
                            firstRoom = room;
                        }
                    }
                }
            }
        }
        if (count == 0) {
            return;
        }
        Length wide = Length.pt(firstWidth);
        Length space = Length.pt(firstRoom);
        String more = count == 1 ? "" : "等" + count + "个数字";
        String moreEn = count == 1 ? "" : " (and " + (count - 1) + " more)";
        out.add(new Finding(Rule.TABLE_NUMBER_SPLIT, Severity.WARNING, firstParagraph, 0,
                "表格中“" + first + "”" + more + "宽于所在单元格（约" + Findings.mm(wide) + "毫米，单元格可排"
                        + Findings.mm(space) + "毫米），将被拆在两行：数字不能回行，应加宽该列或减小表格字号",
                "the number " + first + moreEn + " is wider than its cell (about " + Findings.mm(wide) + " mm where the cell holds "
                        + Findings.mm(space) + " mm): it breaks over two lines, and a number must not; widen the column or "
                        + "set the table smaller", Optional.empty(), where));
    }
}
