package io.gongwen.samples;

import io.gongwen.OfficialDocument;
import io.gongwen.Table;

import java.time.LocalDate;

/**
 * A report (报告) whose statistics table is too wide for a portrait page: ten columns on landscape
 * pages of their own (GB/T 9704-2012 §8), long enough to run over two of them, so that the page
 * number shows at its odd-page and its even-page position on a turned page.
 */
public final class RuralRoadReport {
    private static final String[] TOWNS = {
        "城关镇", "东河镇", "西岭镇", "南坪镇", "北山镇", "青石镇", "龙泉镇", "白沙镇", "石门乡", "柳林乡",
        "杨家乡", "高桥乡", "马鞍乡", "红岩乡", "双河乡", "清水乡", "黄坪乡", "金竹乡", "桃源乡", "松林乡",
        "岔口乡", "凤凰乡", "官渡乡", "三合乡", "新华乡", "和平乡", "永安乡", "长滩乡"
    };

    private RuralRoadReport() {
    }

    public static OfficialDocument build() {
        Table.Builder table = Table.builder().columns(3, 5, 4, 4, 4, 4, 4, 5, 5, 7).landscape()
                .header("序号", "乡镇", "计划里程（公里）", "已完工（公里）", "在建（公里）", "未开工（公里）",
                        "完成率（%）", "计划投资（万元）", "完成投资（万元）", "备注");
        int plannedKm = 0;
        int doneKm = 0;
        int buildingKm = 0;
        int plannedMoney = 0;
        int spentMoney = 0;
        for (int i = 0; i < TOWNS.length; i++) {
            // made-up but consistent figures: done + building + not started = planned
            int planned = 12 + (i * 7) % 19;
            int done = planned * (55 + (i * 13) % 45) / 100;
            int building = (planned - done) * 2 / 3;
            int money = planned * 85;
            int spent = money * done / planned + building * 30;
            table.row(Integer.toString(i + 1), TOWNS[i], Integer.toString(planned), Integer.toString(done),
                    Integer.toString(building), Integer.toString(planned - done - building),
                    Integer.toString(100 * done / planned), Integer.toString(money), Integer.toString(spent),
                    done == planned ? "已完工" : i % 5 == 2 ? "受汛期影响" : "");
            plannedKm += planned;
            doneKm += done;
            buildingKm += building;
            plannedMoney += money;
            spentMoney += spent;
        }
        table.row("", "合计", Integer.toString(plannedKm), Integer.toString(doneKm), Integer.toString(buildingKm),
                Integer.toString(plannedKm - doneKm - buildingKm), Integer.toString(100 * doneKm / plannedKm),
                Integer.toString(plannedMoney), Integer.toString(spentMoney), "");
        return OfficialDocument.builder()
                .issuers("县交通运输局")
                .documentNumber("县交〔2023〕41号")
                .signers("李明") // a 报告 goes up: 签发人 beside the number (§7.2.6)
                .title("县交通运输局关于2023年农村公路建设", "进展情况的报告")
                .addressee("县人民政府：")
                .paragraph("根据县政府关于加快推进农村公路建设的部署，我局会同各乡镇对今年农村公路建设项目进行了全面核查。"
                        + "截至9月底，全县计划实施的农村公路建设项目进展总体平稳，现将各乡镇完成情况报告如下（见下表）。")
                .table(table.build())
                .section("主要问题", s -> s
                        .paragraph("部分乡镇受汛期影响，路基施工推迟，在建里程偏多；个别乡镇配套资金到位较慢，影响工程进度。"))
                .section("下一步工作", s -> s
                        .paragraph("我局将对进度滞后的乡镇实行周调度、月通报，督促施工单位在确保质量和安全的前提下加快进度，"
                                + "力争11月底前全面完成年度建设任务。"))
                .paragraph("特此报告。")
                .signature("县交通运输局")
                .date(LocalDate.of(2023, 10, 9))
                // the colophon goes to the foot of an even page: the page count has to know how many
                // pages the landscape table takes
                .copyTo("县发展和改革局", "县财政局")
                .printedBy("县交通运输局办公室", LocalDate.of(2023, 10, 9))
                .build();
    }
}
