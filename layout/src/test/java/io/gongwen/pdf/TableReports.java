package io.gongwen.pdf;

import io.gongwen.OfficialDocument;
import io.gongwen.Table;

import java.time.LocalDate;

/**
 * Reports with tables, to measure the PDF layout's tables against LibreOffice's rendering of the
 * same documents' {@code .docx}: a portrait table long enough to run over two pages, some of its
 * cells wrapping, one spanning columns, and body text after it; and the sample
 * {@code rural-road-report}'s ten-column landscape table alone, without the sample's head block and
 * colophon (the sample itself is measured whole in {@code PdfWriterTest} and {@code PageCountTest}).
 */
final class TableReports {
    private static final String[] TOWNS = {
        "城关镇", "东河镇", "西岭镇", "南坪镇", "北山镇", "青石镇", "龙泉镇", "白沙镇", "石门乡", "柳林乡",
        "杨家乡", "高桥乡", "马鞍乡", "红岩乡", "双河乡", "清水乡", "黄坪乡", "金竹乡", "桃源乡", "松林乡",
        "岔口乡", "凤凰乡", "官渡乡", "三合乡", "新华乡", "和平乡", "永安乡", "长滩乡"
    };

    private TableReports() {
    }

    static OfficialDocument portrait() {
        Table.Builder table = Table.builder().columns(2, 4, 3, 3, 8).align(4, Table.Alignment.JUSTIFIED)
                .header("序号", "乡镇", "计划里程（公里）", "已完工（公里）", "备注");
        int planned = 0;
        int done = 0;
        for (int i = 0; i < TOWNS.length; i++) {
            int p = 12 + (i * 7) % 19;
            int d = p * (55 + (i * 13) % 45) / 100;
            planned += p;
            done += d;
            String note = i % 5 == 2 ? "受雨季影响，路基工程延后，已调整施工计划，预计年底前完工。" : i % 7 == 0 ? "已验收" : "";
            table.row(Integer.toString(i + 1), TOWNS[i], Integer.toString(p), Integer.toString(d), note);
        }
        table.row(Table.Cell.of("合计").spanColumns(2), Table.Cell.of(Integer.toString(planned)),
                Table.Cell.of(Integer.toString(done)), Table.Cell.of(""));
        return OfficialDocument.builder()
                .issuers("某某县交通运输局").documentNumber("某交发〔2021〕12号")
                .title("关于2021年农村公路建设进展情况的报告")
                .addressee("县人民政府：")
                .paragraph("按照县政府工作安排，我局组织各乡镇对2021年农村公路建设项目进行了全面梳理，现将进展情况报告如下。")
                .section("项目进展", s -> s.paragraph("截至11月底，全县各乡镇农村公路建设进展情况见下表。").table(table.build()))
                .section("下一步工作", s -> s.paragraph("督促各乡镇抢抓晴好天气，加快施工进度，确保年底前全面完成建设任务。"))
                .paragraph("特此报告。")
                .signature("某某县交通运输局").date(LocalDate.of(2021, 12, 3))
                .build();
    }

    /** The sample's landscape table, with the sample's text around it; no colophon. */
    static OfficialDocument landscape() {
        Table table = io.gongwen.samples.RuralRoadReport.build().body().stream().filter(Table.class::isInstance)
                .map(Table.class::cast).findFirst().orElseThrow();
        return OfficialDocument.builder()
                .issuers("县交通运输局").documentNumber("县交〔2023〕41号").signers("李明")
                .title("县交通运输局关于2023年农村公路建设", "进展情况的报告")
                .addressee("县人民政府：")
                .paragraph("根据县政府关于加快推进农村公路建设的部署，我局会同各乡镇对今年农村公路建设项目进行了全面核查。"
                        + "截至9月底，全县计划实施的农村公路建设项目进展总体平稳，现将各乡镇完成情况报告如下（见下表）。")
                .table(table)
                .section("主要问题", s -> s.paragraph("部分乡镇受汛期影响，路基施工推迟，在建里程偏多；个别乡镇配套资金到位较慢，影响工程进度。"))
                .paragraph("特此报告。")
                .signature("县交通运输局").date(LocalDate.of(2023, 10, 9))
                .build();
    }
}
