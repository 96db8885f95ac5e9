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

    @Test
    void outlines_the_head_block_attachments_seals_and_colophon() {
        String outline = io.gongwen.samples.CountyNotice.build().outline();

        assertThat(outline).startsWith("版头 000001\n版头 秘密★1年\n版头 加急\n机关 XX县人民政府办公室文件\n"
                + "文号 X政办发〔2021〕3号\n标题 ");
        assertThat(outline).contains("附件说明 1. 2021年度安全生产大检查责任分工\n",
                "署名 XX县人民政府办公室 [印章]\n日期 2021年2月26日\n附注 （此件公开发布）\n",
                "附件1 2021年度安全生产大检查责任分工\n  ¶ ",
                "版记 抄送：县委办公室，县人大常委会办公室，县政协办公室，县法院，县检察院。\n"
                        + "版记 XX县人民政府办公室 2021年2月26日印发\n");
    }
}
