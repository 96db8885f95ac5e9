package io.gongwen.testing;

import io.gongwen.Attendance;
import io.gongwen.DocumentFormat;
import io.gongwen.OfficialDocument;
import io.gongwen.Secrecy;
import io.gongwen.Urgency;
import io.gongwen.samples.SampleSeal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Documents exercising the whole-document options (issue 3) one at a time, beyond the samples. */
public final class WholeDocuments {
    private static final LocalDate DAY = LocalDate.of(2021, 5, 10);

    private WholeDocuments() {
    }

    /** Two issuers sharing one suffix: a joint mark. */
    public static OfficialDocument jointMark() {
        return OfficialDocument.builder()
                .issuers("XX县人民政府", "XX县人民武装部")
                .markSuffix("文件")
                .documentNumber("X政发〔2021〕20号")
                .title("关于做好2021年征兵工作的通知")
                .paragraph("现将有关事项通知如下。")
                .signature("XX县人民政府", SampleSeal.round("XX县人民政府"))
                .signature("XX县人民武装部", SampleSeal.round("XX县人民武装部"))
                .date(DAY)
                .build();
    }

    /** One attachment, labelled "附件" without a number. */
    public static OfficialDocument singleAttachment() {
        return OfficialDocument.builder()
                .issuers("XX县应急管理局")
                .documentNumber("X应急〔2021〕7号")
                .title("关于报送检查情况的通知")
                .paragraph("请按附件格式报送。")
                .attachment("检查表", a -> a.paragraph("单位名称、检查时间、发现问题、整改情况。"))
                .signature("XX县应急管理局")
                .date(DAY)
                .build();
    }

    /** Every option of the head block without a mark: 份号, 密级 without a period, 特急. */
    public static OfficialDocument headLinesOnly() {
        return OfficialDocument.builder()
                .copyNumber("000123")
                .secrecy(Secrecy.SECRET)
                .urgency(Urgency.EXTRA_URGENT)
                .title("关于一项事项的通知")
                .paragraph("正文。")
                .signature("XX县人民政府")
                .date(DAY)
                .copyTo("县委办公室")
                .printedBy("XX县人民政府办公室", DAY)
                .build();
    }

    /** A minutes document with every attendance kind and a preprinted letterhead. */
    public static OfficialDocument preprintedMinutes() {
        return OfficialDocument.builder()
                .format(DocumentFormat.MINUTES)
                .preprintedLetterhead()
                .title("专题会议纪要")
                .paragraph("会议议定如下。")
                .attendance(Attendance.Kind.PRESENT, "张三", "李四")
                .attendance(Attendance.Kind.ABSENT, "王五")
                .attendance(Attendance.Kind.IN_ATTENDANCE, "赵六")
                .build();
    }

    /** Two signatories each with a signature seal. */
    public static OfficialDocument twoSignatories() {
        return OfficialDocument.builder()
                .issuers("XX县人民政府", "XX县人民武装部")
                .markSuffix("文件")
                .documentNumber("X政发〔2021〕21号")
                .title("关于联合表彰的决定")
                .paragraph("决定如下。")
                .signatory("县长", SampleSeal.signature("张三"))
                .signatory("政委", SampleSeal.signature("李四"))
                .date(DAY)
                .build();
    }

    /** A letter with a copy list and no body beyond one page. */
    public static OfficialDocument shortLetter() {
        return OfficialDocument.builder()
                .format(DocumentFormat.LETTER)
                .issuers("XX县人民政府办公室")
                .documentNumber("X政办函〔2021〕9号")
                .secrecy(Secrecy.CONFIDENTIAL, "6个月")
                .urgency(Urgency.URGENT)
                .title("关于商请协助的函")
                .addressee("YY县人民政府办公室")
                .paragraph("请予协助。")
                .signature("XX县人民政府办公室")
                .date(DAY)
                .build();
    }

    /** Each option document by name. */
    public static Map<String, Supplier<OfficialDocument>> all() {
        Map<String, Supplier<OfficialDocument>> all = new LinkedHashMap<>();
        all.put("joint-mark.docx", WholeDocuments::jointMark);
        all.put("single-attachment.docx", WholeDocuments::singleAttachment);
        all.put("head-lines-only.docx", WholeDocuments::headLinesOnly);
        all.put("preprinted-minutes.docx", WholeDocuments::preprintedMinutes);
        all.put("two-signatories.docx", WholeDocuments::twoSignatories);
        all.put("short-letter.docx", WholeDocuments::shortLetter);
        return all;
    }
}
