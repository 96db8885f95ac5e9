package io.gongwen.samples;

import io.gongwen.OfficialDocument;
import io.gongwen.Secrecy;
import io.gongwen.Urgency;

import java.time.LocalDate;

/**
 * A 通知 with every part of the general format: the head block (份号, 密级, 紧急程度, the red mark and
 * the document number over the red rule), an attachment note and two bound attachments, a sealed
 * signature, a note, and the colophon on an even last page.
 */
public final class CountyNotice {
    private CountyNotice() {
    }

    public static OfficialDocument build() {
        return OfficialDocument.builder()
                .copyNumber(1)
                .secrecy(Secrecy.CONFIDENTIAL, "1年")
                .urgency(Urgency.URGENT)
                .issuers("XX县人民政府办公室")
                .markSuffix("文件")
                .documentNumber("X政办发〔2021〕3号")
                .title("XX县人民政府办公室关于开展2021年度安全生产大检查的通知")
                .addressee("各乡镇人民政府，县政府各部门、各直属机构")
                .paragraph("为深入贯彻落实安全生产工作部署，全面排查治理各类事故隐患，有效防范和坚决遏制重特大事故发生，"
                        + "经县政府同意，决定在全县范围内开展2021年度安全生产大检查。现将有关事项通知如下。")
                .section("检查时间和范围", s -> s
                        .paragraph("检查自2021年3月1日起至5月31日止，覆盖全县各乡镇、各行业领域的生产经营单位。"))
                .section("检查重点", s -> s
                        .runIn("道路交通。", "重点检查客运车辆、校车、危险货物运输车辆的安全技术状况和驾驶人资质。")
                        .runIn("建筑施工。", "重点检查深基坑、高支模、起重机械等危险性较大的分部分项工程。")
                        .runIn("人员密集场所。", "重点检查商场、学校、医院、养老机构的消防设施和疏散通道。"))
                .section("工作要求", s -> s
                        .paragraph("各单位要高度重视，主要负责同志亲自部署、亲自督促，确保检查不走过场、整改落到实处。"
                                + "检查情况请于6月10日前书面报县安委会办公室。"))
                .attachment("2021年度安全生产大检查责任分工", a -> a
                        .paragraph("县安委会办公室负责大检查的统筹协调和督促指导，各行业主管部门按照“管行业必须管安全”的要求，"
                                + "负责本行业领域的检查工作。")
                        .section("道路交通领域", s -> s.paragraph("由县公安局、县交通运输局负责。"))
                        .section("建筑施工领域", s -> s.paragraph("由县住房和城乡建设局负责。")))
                .attachment("安全生产大检查情况报告提纲", a -> a
                        .paragraph("一是基本情况；二是发现的主要问题和隐患；三是整改落实情况；四是下一步工作打算。"))
                .signature("XX县人民政府办公室", SampleSeal.round("XX县人民政府办公室"))
                .date(LocalDate.of(2021, 2, 26))
                .note("此件公开发布")
                .copyTo("县委办公室，县人大常委会办公室，县政协办公室", "县法院，县检察院")
                .printedBy("XX县人民政府办公室", LocalDate.of(2021, 2, 26))
                .build();
    }
}
