package io.gongwen.layout;

import io.gongwen.Emphasis;
import io.gongwen.FormattedText;
import io.gongwen.OfficialDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body's emphasis on our own pages, as the table cells' is: in a body paragraph, an article, a
 * heading's own text, a chapter's title and a run-in heading's text, 10⁴ is raised and CO₂ lowered in
 * the smaller size (printed level, 104 and CO2 would be other numbers and words), bold is drawn in the
 * thickened faces, underline and strike-through as rules along their runs; a note's mark among them
 * keeps its number and its note the page's foot.
 */
public class BodyEmphasisLayoutTest {
    private static final double BODY_PT = 16;
    private static FontResolver fonts;

    @BeforeAll
    static void fonts() {
        fonts = StandInFonts.resolver();
    }

    public static OfficialDocument report() {
        return OfficialDocument.builder().title("关于2020年节能减排工作情况的报告")
                .paragraph(FormattedText.builder().bold("一是").text("全年减少排放10").superscript("4")
                        .text("吨CO").subscript("2").text("，").run("超额", Emphasis.UNDERLINE).run("原定", Emphasis.STRIKE)
                        .text("完成任务").footnote("数据截至2020年底。").text("。").build())
                .section(FormattedText.builder().text("控制CO").subscript("2").text("排放").build(),
                        s -> s.paragraph("各单位要落实责任。"))
                .article("第一条", FormattedText.builder().text("新建面积超过3000m").superscript("2")
                        .text("的项目应当报批。").build())
                .chapter("第二章", FormattedText.builder().text("CO").subscript("2").text("管理").build())
                .build();
    }

    private static Run run(Line line, String text) {
        return line.runs().stream().filter(r -> r.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run " + text + " in " + line.text()));
    }

    /** The run that starts with {@code text}: the line breaker may cut a span's text into several runs. */
    private static Run starting(Line line, String text) {
        return line.runs().stream().filter(r -> r.text().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run starting " + text + " in " + line.text()));
    }

    private static Line line(Page page, String start) {
        return page.lines().stream().filter(l -> l.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + start + " on page " + page.index()));
    }

    @Test
    void a_body_paragraph_draws_its_bold_raised_lowered_underlined_and_struck_runs() {
        Page page = DocumentLayout.layOut(report(), fonts).pages().get(0);
        Line line = line(page, "一是");

        assertThat(starting(line, "一").face().emboldened()).as("bold: the thickened face").isTrue();
        assertThat(starting(line, "全").face().emboldened()).isFalse();
        Run four = run(line, "4");
        assertThat(four.risePt()).as("10⁴ raised").isGreaterThan(0);
        assertThat(four.sizePt()).isLessThan(BODY_PT);
        Run two = line.runs().stream().filter(r -> r.text().equals("2") && r.risePt() < 0).findFirst().orElseThrow();
        assertThat(two.sizePt()).as("CO₂ lowered, smaller").isLessThan(BODY_PT);
        assertThat(starting(line, "超").lines()).isEqualTo(Run.UNDERLINE);
        assertThat(starting(line, "原").lines()).isEqualTo(Run.STRIKE);
        assertThat(page.rules().stream().filter(r -> r.isHorizontal()
                && Math.abs(r.x1Pt() - starting(line, "超").x(0)) < 1e-6)).hasSize(1);
        // the note's mark keeps its number, the note its place at the foot
        assertThat(line.text()).contains("完成任务1");
        assertThat(page.lines().stream().filter(l -> l.role() == LineRole.FOOTNOTE)).extracting(Line::text)
                .containsExactly("1 数据截至2020年底。");
    }

    @Test
    void a_headings_an_articles_and_a_chapters_raised_and_lowered_runs_are_drawn_so() {
        List<Page> pages = DocumentLayout.layOut(report(), fonts).pages();
        List<Line> lines = pages.stream().flatMap(p -> p.lines().stream()).toList();

        Line heading = lines.stream().filter(l -> l.text().equals("一、控制CO2排放")).findFirst().orElseThrow();
        assertThat(heading.runs().stream().filter(r -> r.text().equals("2")).findFirst().orElseThrow().risePt())
                .as("the heading's CO₂").isLessThan(0);
        Line article = lines.stream().filter(l -> l.text().startsWith("第一条")).findFirst().orElseThrow();
        assertThat(article.runs().stream().filter(r -> r.text().equals("2")).findFirst().orElseThrow().risePt())
                .as("the article's m²").isGreaterThan(0);
        Line chapter = lines.stream().filter(l -> l.text().startsWith("第二章")).findFirst().orElseThrow();
        assertThat(chapter.runs().stream().filter(r -> r.text().equals("2")).findFirst().orElseThrow().risePt())
                .as("the chapter's CO₂").isLessThan(0);
    }
}
