package io.gongwen.samples;

import io.gongwen.OfficialDocument;

import java.time.LocalDate;

/**
 * A 印发 notice with the measures it issues: the notice's own title, 发文字号, main recipients, text,
 * signature, date and note, then, from a new page, the issued 办法 with its own title, the line in
 * parentheses under it, and its chapters (第一章　总则, centred in 黑体) and articles (第一条 in 黑体,
 * run on with its text), whose items are paragraphs.
 */
public final class RegulationNotice {
    private RegulationNotice() {
    }

    public static OfficialDocument build() {
        return OfficialDocument.builder()
                .documentNumber("X政发〔2021〕8号")
                .title("XX县人民政府关于印发", "XX县农村公路养护管理办法的通知")
                .addressee("各乡镇人民政府，县政府各部门、各直属机构")
                .paragraph("现将《XX县农村公路养护管理办法》印发给你们，请认真贯彻执行。")
                .signature("XX县人民政府")
                .date(LocalDate.of(2021, 5, 10))
                .note("此件公开发布")
                .issued("XX县农村公路养护管理办法", d -> d
                        .subtitle("2021年4月28日县人民政府第十二次常务会议通过")
                        .chapter("第一章", "总则")
                        .article("第一条", "为了加强农村公路养护管理，保障农村公路完好、安全、畅通，根据有关法律法规，"
                                + "结合本县实际，制定本办法。")
                        .article("第二条", "本办法所称农村公路，包括下列公路：")
                        .paragraph("（一）县道；")
                        .paragraph("（二）乡道；")
                        .paragraph("（三）村道。")
                        .article("第三条", "农村公路养护管理坚持政府主导、分级负责、群众参与的原则。")
                        .chapter("第二章", "养护责任")
                        .article("第四条", "县交通运输局负责县道的养护管理，并对乡道、村道的养护工作进行指导和监督。")
                        .article("第五条", "乡镇人民政府负责本行政区域内乡道的养护管理，组织村民委员会做好村道的日常养护。")
                        .article("第六条", "养护资金按照公路里程和技术等级核定，专款专用，任何单位和个人不得截留、挤占、挪用。")
                        .chapter("第三章", "附则")
                        .article("第七条", "本办法自2021年6月1日起施行。"))
                .build();
    }
}
