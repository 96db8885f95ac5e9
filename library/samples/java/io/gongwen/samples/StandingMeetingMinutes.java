package io.gongwen.samples;

import io.gongwen.Attendance;
import io.gongwen.DocumentFormat;
import io.gongwen.OfficialDocument;

import java.time.LocalDate;

/** 纪要 (§10.3): the mark "……纪要", the body, and the attendance lists 出席, 请假, 列席. */
public final class StandingMeetingMinutes {
    private StandingMeetingMinutes() {
    }

    public static OfficialDocument build() {
        return OfficialDocument.builder()
                .format(DocumentFormat.MINUTES)
                .issuers("XX县人民政府常务会议")
                .documentNumber("X政纪〔2021〕5号")
                .title("县政府第十二次常务会议纪要")
                .paragraph("2021年4月8日，县长张三主持召开县政府第十二次常务会议，研究农村公路建设和安全生产工作。"
                        + "现将会议议定事项纪要如下。")
                .section("关于农村公路建设", s -> s
                        .paragraph("会议原则同意县交通运输局提出的2021年农村公路建设计划，由县财政局统筹落实配套资金。"))
                .section("关于安全生产大检查", s -> s
                        .paragraph("会议要求各乡镇、各部门按照县政府办公室通知要求，认真组织开展安全生产大检查，确保整改到位。"))
                .attendance(Attendance.Kind.PRESENT, "张三", "李四", "王五", "赵六", "孙七", "周八", "吴九", "郑十",
                        "县政府办公室主任冯一", "县财政局局长陈二")
                .attendance(Attendance.Kind.ABSENT, "褚三（出差）")
                .attendance(Attendance.Kind.IN_ATTENDANCE, "县交通运输局局长卫四", "县应急管理局局长蒋五")
                .copyTo("县委办公室", "县人大常委会办公室", "县政协办公室")
                .printedBy("XX县人民政府办公室", LocalDate.of(2021, 4, 9))
                .build();
    }
}
