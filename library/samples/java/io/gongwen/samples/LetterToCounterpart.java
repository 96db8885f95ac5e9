package io.gongwen.samples;

import io.gongwen.DocumentFormat;
import io.gongwen.OfficialDocument;

import java.time.LocalDate;

/**
 * A 函 in the letter format (信函格式, §10.1): the mark 30 mm from the paper's top, red double lines
 * under it and near the foot of the first page, the number flush right, no page number on page one,
 * a sealed signature and a colophon without printing office.
 */
public final class LetterToCounterpart {
    private LetterToCounterpart() {
    }

    public static OfficialDocument build() {
        OfficialDocument.Builder b = OfficialDocument.builder()
                .format(DocumentFormat.LETTER)
                .issuers("XX县人民政府办公室")
                .documentNumber("X政办函〔2021〕8号")
                .title("XX县人民政府办公室关于商请支持开展跨区域联合执法的函")
                .addressee("YY县人民政府办公室：");
        b.paragraph("为加强两县交界地区的道路运输市场管理，维护群众合法权益，我县拟于2021年4月至6月开展跨区域联合执法行动。"
                + "现商请贵县给予支持，派员参加联合执法，并协调交通、公安等部门做好配合工作。");
        for (int i = 0; i < 5; i++) {
            b.paragraph("联合执法期间，两县将建立信息互通、案件移交和执法结果互认机制，对非法营运、超限超载等违法行为依法"
                    + "从严查处，形成监管合力。相关费用由两县按照属地原则各自承担。");
        }
        return b.paragraph("请予支持为盼。")
                .signature("XX县人民政府办公室", SampleSeal.round("XX县人民政府办公室"))
                .date(LocalDate.of(2021, 3, 20))
                .copyTo("XX市交通运输局")
                .build();
    }
}
