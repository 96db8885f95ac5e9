package io.gongwen.testing;

import io.gongwen.OfficialDocument;
import io.gongwen.Specification;

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
}
