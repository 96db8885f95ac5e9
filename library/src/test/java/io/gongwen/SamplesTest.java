package io.gongwen;

import io.gongwen.samples.CountyOfficeSummary;
import io.gongwen.samples.TownshipOfficeSummary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The samples read as the seed documents do: the same headings, at the same levels, in the same places. */
class SamplesTest {

    @Test
    void county_summary_keeps_the_seeds_headings_and_their_levels() {
        OfficialDocument doc = CountyOfficeSummary.build();

        assertThat(headingsAndParagraphStarts(doc)).containsExactly(
                "标题 县政府办2020年上半年工作总结",
                "标题 和下半年工作计划",
                "¶ 2020年，在县委、县政府的正确领导下，县政府办…",
                "一、工作运转高质高效",
                "  1.办文办会细致严谨。",
                "  2.应急值守责任到位。",
                "  3.督查联络发挥实效。",
                "二、参谋助手作用凸显",
                "  1.文字综合出精品。",
                "  2.调查研究有成果。",
                "  3.政务信息上台阶。",
                "三、自身建设全面加强",
                "  1.狠抓文明创建。",
                "  2.狠抓队伍建设。",
                "  3.狠抓廉政建设。",
                "  4.狠抓党的建设。",
                "¶ 上半年，尽管办公室工作取得了一些成绩，但我们也要…",
                "¶ 下阶段，我们将着力确保实现“三个提升”，不断推动…",
                "1.在以文辅政上要有提升。",
                "2.在督查落实上要有提升。",
                "3.在队伍建设上要有提升。");
    }

    @Test
    void township_summary_keeps_the_seeds_headings_and_their_levels() {
        OfficialDocument doc = TownshipOfficeSummary.build();

        assertThat(headingsAndParagraphStarts(doc)).containsExactly(
                "标题 X镇党政办公室2020年度工作总结",
                "¶ 2020年，党政办在镇党委、政府的正确领导下，在…",
                "一、坚持以规范化操作为目标，全面完善中心工作",
                "  （一）力求办文精准化。",
                "  （二）力求记录真实化。",
                "  （三）力求档案规范化。",
                "  （四）力求政务公开化。",
                "  （五）力求办公软件正版化。",
                "  （六）力求扶贫精准化。",
                "二、坚持以统筹协调为目标，有序推进镇重点工作",
                "  （一）巡察整改任务全面落实。",
                "  （二）疫情防控及企业复工复产全面助力。",
                "  （三）重点项目和征迁攻坚工作全面推进。",
                "  （四）文明城市创建和村(社区)换届选举全面开展。",
                "三、坚持以精细化管理为目标，持续提升后勤保障能力",
                "  ¶ 党政办始终把“周到、节约、务实、精细”作为做好服…",
                "  ¶ 一是提升机关食堂水平。推行“放心、舒心、开心、安…",
                "  ¶ 二是融合第三方管理。全面推进物业管理与机关工作共…",
                "  ¶ 三是提升会务接待水平。重新布局改造全镇会议室，实…",
                "  ¶ 四是严格落实规章制度。规范加班申请、请假备案、公…");
    }

    @Test
    void the_samples_keep_the_seeds_placeholders() {
        assertThat(((Section) CountyOfficeSummary.build().body().get(1)).body().get(0))
                .isInstanceOfSatisfying(Section.class, s -> assertThat(s.runInText().orElseThrow())
                        .contains("来文来电XX余件").contains("减少发文XX%"));
    }

    /** The outline with run-in text cut after the heading, so the test reads as a table of contents. */
    private static List<String> headingsAndParagraphStarts(OfficialDocument doc) {
        return doc.outline().lines()
                .map(line -> line.contains("¶") || line.startsWith("标题") ? line : line.replaceFirst("(。).*$", "$1"))
                .toList();
    }
}
