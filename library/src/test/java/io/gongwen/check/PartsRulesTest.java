package io.gongwen.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PartsRulesTest {
    private final TextChecker checker = new TextChecker();

    private List<String> found(String text) {
        return checker.check(text).stream().map(Finding::toString).toList();
    }

    @Test
    void finds_a_document_without_a_title() {
        assertThat(found("各主送机关：\n现将有关事项通知如下。\n县人民政府\n2024年1月5日")).containsExactly(
                "1:0 WARNING [missing-part] 缺少标题 / the document has no title");
    }

    @Test
    void finds_a_document_without_body_text() {
        assertThat(found("关于做好春节值班工作的通知\n各乡镇人民政府：\n县人民政府办公室\n2024年1月5日")).containsExactly(
                "2:0 WARNING [missing-part] 缺少正文 / the document has no body text");
    }

    @Test
    void finds_a_request_without_its_addressee_and_without_its_signer() {
        assertThat(found("县交通局文件\n县交〔2024〕3号\n关于申请资金的请示\n现将有关事项请示如下。\n县交通局\n2024年1月5日"))
                .containsExactly(
                        "2:0 WARNING [missing-part] 上行文（请示）应标注签发人 / a document to a higher body (请示) names its 签发人 "
                                + "in the head block",
                        "3:0 WARNING [missing-part] “请示”应有主送机关 / a 请示 is addressed to someone: the 主送 line is missing");
        assertThat(found("县交通局文件\n签发人：张三\n县交〔2024〕3号\n关于申请资金的请示\n市人民政府：\n现将有关事项请示如下。\n"
                + "县交通局\n2024年1月5日")).isEmpty();
    }

    @Test
    void a_report_goes_up_too_and_names_its_signer() {
        assertThat(found("县交通局文件\n县交〔2024〕3号\n关于农村公路建设情况的报告\n县人民政府：\n现将有关情况报告如下。\n"
                + "县交通局\n2024年1月5日")).containsExactly(
                "2:0 WARNING [missing-part] 上行文（报告）应标注签发人 / a document to a higher body (报告) names its 签发人 "
                        + "in the head block");
        assertThat(found("县交通局文件\n县交〔2024〕3号　签发人：张三\n关于农村公路建设情况的报告\n县人民政府：\n"
                + "现将有关情况报告如下。\n县交通局\n2024年1月5日")).isEmpty();
    }

    @Test
    void finds_a_date_without_a_signature_and_a_signature_without_a_date() {
        assertThat(found("关于做好值班工作的通知\n各单位：\n请认真落实。\n2024年1月5日")).containsExactly(
                "4:0 WARNING [missing-part] 成文日期上方缺少发文机关署名 / there is no signature above the date");
        assertThat(found("关于做好值班工作的通知\n各单位：\n请认真落实。\n县人民政府办公室")).containsExactly(
                "4:0 WARNING [missing-part] 发文机关署名下方缺少成文日期 / there is no date below the signature");
    }

    @Test
    void finds_the_date_above_the_signature() {
        assertThat(found("关于做好值班工作的通知\n各单位：\n请认真落实。\n2024年1月5日\n县人民政府办公室")).containsExactly(
                "5:0 WARNING [part-order] 成文日期应在发文机关署名之下 / the date stands below the signature, not above it");
    }

    @Test
    void finds_two_different_dates_in_one_closing() {
        assertThat(found("关于做好值班工作的通知\n各单位：\n请认真落实。\n县人民政府办公室\n2024年1月5日\n2024年1月6日"))
                .containsExactly("6:0 WARNING [closing-date] 成文日期前后不一致：“2024年1月5日”与“2024年1月6日” / two different "
                        + "dates in the closing: 2024年1月5日 and 2024年1月6日");
    }

    @Test
    void takes_the_full_stop_off_a_title() {
        String text = "关于做好春节值班工作的通知。\n各乡镇人民政府：\n现将有关事项通知如下。\n县人民政府办公室\n2024年1月5日";

        assertThat(found(text)).containsExactly(
                "1:13 WARNING [title] 标题末尾不加标点“。” / a title ends without punctuation, not with \"。\" (fix: )");
        assertThat(TextChecker.applySafeFixes(text)).startsWith("关于做好春节值班工作的通知\n");
    }

    @Test
    void holds_a_whole_document_to_its_parts_and_leaves_fragments_alone() {
        assertThat(found("关于印发《安全检查方案》的通知\n各乡镇人民政府，县直各单位：\n现将方案印发给你们，请认真贯彻执行。\n"
                + "县人民政府\n2024年1月5日\n（此件公开发布）")).isEmpty();
        assertThat(found("国务院办公厅关于推进\n政务新媒体健康有序发展的意见\n国办发〔2018〕123号\n\n各省、自治区、直辖市人民政府：\n"
                + "政务新媒体是重要渠道。\n国务院办公厅\n2018年12月7日")).isEmpty();
        assertThat(found("会议于2020年7月1日召开。\n2020年7月1日\n")).isEmpty();
        assertThat(found("一、总体要求\n（一）工作目标。\n")).isEmpty();
    }
}
