package io.gongwen.samples;

import io.gongwen.DocumentFormat;
import io.gongwen.OfficialDocument;

import java.time.LocalDate;

/**
 * A 令 (§10.2): the mark "XX市人民政府令" 20 mm below the text block's top, the order number, the text,
 * and the mayor's title beside a signature seal (§7.3.5.3).
 */
public final class GovernmentOrder {
    private GovernmentOrder() {
    }

    public static OfficialDocument build() {
        return OfficialDocument.builder()
                .format(DocumentFormat.ORDER)
                .issuers("XX市人民政府")
                .orderNumber(56)
                .paragraph("《XX市农村公路管理办法》已经2021年3月30日市人民政府第二十次常务会议通过，现予公布，"
                        + "自2021年6月1日起施行。")
                .signatory("市长", SampleSeal.signature("张三"))
                .date(LocalDate.of(2021, 4, 12))
                .build();
    }
}
