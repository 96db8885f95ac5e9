package io.gongwen.samples;

import io.gongwen.OfficialDocument;

import java.time.LocalDate;

/**
 * A short notice with the closing elements the two summaries lack: main recipients (主送机关), a
 * two-line title, a signature without a seal, the date and a note. It is the README's builder example.
 */
public final class HolidayDutyNotice {
    private HolidayDutyNotice() {
    }

    public static OfficialDocument build() {
        return OfficialDocument.builder()
                .title("关于做好2021年春节期间", "值班和安全工作的通知")
                .addressee("各乡镇人民政府，县政府各部门、各直属机构")
                .paragraph("春节将至，为确保全县节日期间社会稳定、工作运转有序，及时妥善处置各类突发事件，"
                        + "切实保障人民群众度过一个欢乐祥和的节日，经县政府同意，现就做好春节期间值班和安全工作有关事项通知如下。")
                .section("严格落实值班制度", s -> s
                        .runIn("明确值班人员。", "各单位实行领导带班和24小时专人值班制度，带班领导和值班人员要坚守岗位、"
                                + "认真履职，确保信息畅通、处置及时。值班安排表请于2月5日前报县政府办公室，人员如有调整须及时报告。")
                        .runIn("保持通讯畅通。", "值班人员不得擅离岗位，遇有重大情况须在30分钟内报告。"))
                .section("切实抓好安全生产", s -> s
                        .paragraph("各单位要组织开展节前安全检查，重点排查人员密集场所、道路交通、危险化学品、"
                                + "燃放烟花爆竹和森林防火等领域的风险隐患，做到排查不留死角、整改不留尾巴，坚决防范和遏制各类事故发生。")
                        .section("加强源头管控", t -> t
                                .runIn("全面排查。", "对排查出的隐患，逐项明确整改责任和时限。")
                                .runIn("跟踪督办。", "县安委会办公室对重大隐患实行挂牌督办。")))
                .section("及时报送重要信息", s -> s
                        .paragraph("节日期间发生重大突发事件和重要情况，各单位要在第一时间向县政府总值班室报告，"
                                + "并按规定做好续报工作，不得迟报、漏报、瞒报。对因值班脱岗、信息报送不及时造成严重后果的，"
                                + "将依法依规严肃追究相关单位和人员的责任。"))
                .signature("县人民政府办公室")
                .date(LocalDate.of(2021, 2, 1))
                .note("此件公开发布")
                .build();
    }
}
