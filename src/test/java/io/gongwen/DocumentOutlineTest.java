package io.gongwen;

import io.gongwen.testing.Documents;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentOutlineTest {

    @Test
    void shows_every_element_with_headings_numbered_as_printed() {
        assertThat(Documents.everyElement().outline()).isEqualTo("""
                标题 关于开展安全检查的
                标题 通知
                主送 各乡镇人民政府
                主送 县直各单位：
                ¶ 为切实做好安全生产工作，现将有关事项通知如下。
                一、总体要求
                  （一）工作目标
                    1.全面排查。排查各类隐患。
                      （1）重点行业。突出重点行业领域。
                二、工作安排。按时完成检查。
                署名 县安全生产委员会办公室
                日期 2020年7月1日
                附注 （此件公开发布）
                """);
    }

    @Test
    void shortens_long_paragraphs_to_their_start() {
        OfficialDocument doc = OfficialDocument.builder().title("标题").paragraph("一二三四五六七八九十".repeat(5)).build();

        assertThat(doc.outline()).endsWith("¶ 一二三四五六七八九十一二三四五六七八九十一二三四…\n");
    }
}
