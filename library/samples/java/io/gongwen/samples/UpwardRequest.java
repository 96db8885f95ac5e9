package io.gongwen.samples;

import io.gongwen.OfficialDocument;

import java.time.LocalDate;

/**
 * A 请示 to a higher authority (上行文): the document number flush left on the line of the last
 * signer, three signers (签发人) right-aligned in 楷体, an unsealed signature.
 */
public final class UpwardRequest {
    private UpwardRequest() {
    }

    public static OfficialDocument build() {
        return OfficialDocument.builder()
                .issuers("XX县人民政府")
                .markSuffix("文件")
                .documentNumber("X政发〔2021〕12号")
                .signers("张三", "李四", "王五")
                .title("XX县人民政府关于申请2021年度农村公路建设补助资金的请示")
                .addressee("XX市人民政府：")
                .paragraph("我县现有农村公路1260公里，其中等级以下道路占比较高，部分路段年久失修，群众出行不便。"
                        + "为加快补齐农村交通短板，我县计划于2021年新改建农村公路120公里，总投资约1.8亿元。")
                .paragraph("目前县级财政已筹措配套资金6000万元，尚有较大资金缺口。恳请市政府给予补助资金3000万元，"
                        + "用于项目建设。")
                .paragraph("妥否，请批示。")
                .signature("XX县人民政府")
                .date(LocalDate.of(2021, 3, 15))
                .note("联系人：赵六，电话：0000-1234567")
                .build();
    }
}
