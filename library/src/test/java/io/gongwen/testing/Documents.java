package io.gongwen.testing;

import io.gongwen.OfficialDocument;
import io.gongwen.Specification;
import io.gongwen.Table;
import io.gongwen.Table.Cell;

import java.time.LocalDate;

/** Small documents for tests. */
public final class Documents {
    private Documents() {
    }

    /** Every element the core writes, once. */
    public static OfficialDocument everyElement() {
        return everyElement(Specification.standard());
    }

    public static OfficialDocument everyElement(Specification spec) {
        return OfficialDocument.builder()
                .specification(spec)
                .title("关于开展安全检查的", "通知")
                .addressee("各乡镇人民政府", "县直各单位")
                .paragraph("为切实做好安全生产工作，现将有关事项通知如下。")
                .section("总体要求", s -> s
                        .section("工作目标", t -> t
                                .runIn("全面排查。", "排查各类隐患。", u -> u
                                        .runIn("重点行业。", "突出重点行业领域。"))))
                .runIn("工作安排。", "按时完成检查。")
                .signature("县安全生产委员会办公室")
                .date(LocalDate.of(2020, 7, 1))
                .note("此件公开发布")
                .build();
    }

    /**
     * A table with every feature: proportional columns, a header row, column and row spans, a cell of
     * two paragraphs, a column of each alignment.
     */
    public static Table everyTableFeature() {
        return Table.builder()
                .columns(1, 4, 2, 2)
                .align(1, Table.Alignment.LEFT)
                .align(2, Table.Alignment.RIGHT)
                .align(3, Table.Alignment.JUSTIFIED)
                .header("序号", "单位", "金额（万元）", "备注")
                .row(Cell.of("1").spanRows(2), Cell.of("县财政局"), Cell.of("120"), Cell.of("第一行\n第二行"))
                .row(Cell.of("县教育局"), Cell.of("80"), Cell.of(""))
                .row(Cell.of("合计").spanColumns(2), Cell.of("200"), Cell.of(""))
                .build();
    }

    /**
     * Tables where the body needs help around them: two tables touching, a landscape table between
     * paragraphs, and (with {@code endInLandscape}) a landscape table as the very last block.
     */
    public static OfficialDocument withTables(boolean endInLandscape) {
        Table small = Table.builder().columns(1, 1).header("项目", "数量").row("检查", "3").build();
        Table wide = Table.builder().columns(1, 3, 3, 3, 3, 3).landscape()
                .header("序号", "一月", "二月", "三月", "四月", "五月").row("1", "10", "20", "30", "40", "50").build();
        OfficialDocument.Builder b = OfficialDocument.builder()
                .title("关于报送统计数据的通知")
                .addressee("各乡镇人民政府")
                .paragraph("现将有关数据汇总如下。")
                .table(everyTableFeature())
                .table(small)
                .paragraph("各月数据如下。")
                .table(wide)
                .paragraph("请各单位核对。");
        if (endInLandscape) {
            return b.table(wide).build();
        }
        return b.signature("县统计局").date(LocalDate.of(2021, 3, 1)).build();
    }

    /**
     * The author's page breaks and a landscape stretch (issue 15): two pages of portrait text broken
     * by hand, a landscape stretch of a heading, a paragraph, a table and a second turned page, the body
     * back on portrait pages, the closing and a colophon; with {@code endInLandscape}, a stretch is
     * the body's end and nothing follows it.
     */
    public static OfficialDocument withPageBreaks(boolean endInLandscape) {
        Table wide = Table.builder().columns(1, 3, 3, 3, 3, 3)
                .header("序号", "一月", "二月", "三月", "四月", "五月").row("1", "10", "20", "30", "40", "50").build();
        OfficialDocument.Builder b = OfficialDocument.builder()
                .title("关于报送农村公路养护数据的通知")
                .addressee("各乡镇人民政府")
                .paragraph("现将2021年农村公路养护有关数据汇总如下，请各乡镇认真核对。")
                .pageBreak()
                .paragraph("各乡镇养护里程和资金按2020年底统计数填报，由县交通运输局会同县财政局核定。")
                .landscape(l -> l
                        .section("各月养护资金到位情况", s -> s.paragraph("各月到位资金见下表，单位为万元。").table(wide))
                        .pageBreak()
                        .paragraph("以上数据如有出入，以县财政局核定数为准。"));
        if (endInLandscape) {
            return b.build();
        }
        return b.paragraph("请各乡镇于3月底前将核对意见报县交通运输局。")
                .signature("县交通运输局").date(LocalDate.of(2021, 3, 1))
                .copyTo("县财政局").printedBy("县交通运输局办公室", LocalDate.of(2021, 3, 1))
                .build();
    }

    /** A report with a table of coordinates: a narrow first column of numbers beside wide ones, or even columns. */
    public static OfficialDocument coordinates(int... weights) {
        return OfficialDocument.builder().title("关于报送界址点坐标的报告").addressee("市自然资源局")
                .paragraph("现将界址点坐标报告如下。")
                .table(io.gongwen.Table.builder().columns(weights).header("横坐标", "纵坐标", "说明")
                        .row("13725.5845", "3512.25", "界址点一").row("13726.1", "3513.75", "界址点二").build())
                .signature("县自然资源局").date(LocalDate.of(2021, 3, 1)).build();
    }
}
