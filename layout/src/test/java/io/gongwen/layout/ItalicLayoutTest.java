package io.gongwen.layout;

import io.gongwen.Emphasis;
import io.gongwen.FormattedText;
import io.gongwen.OfficialDocument;
import io.gongwen.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Italic on our own pages: a body paragraph's, a run-in heading's text's, a table cell's and a
 * footnote's italic stretch is drawn italic — its CJK characters in their own face slanted by tan 15°
 * (no CJK face has an italic; LibreOffice slants them so), its Latin letters in the family's italic
 * face (Liberation Serif Italic) — and every character keeps the place it has upright, so the lines
 * break where they break without italic.
 */
public class ItalicLayoutTest {
    private static FontResolver fonts;

    @BeforeAll
    static void fonts() {
        fonts = StandInFonts.resolver();
    }

    private static final String LONG = "各地区、各部门要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局，"
            + "着力推动高质量发展，统筹发展和安全，确保各项工作落到实处。";

    /**
     * A report whose body paragraph (a stretch across its first line break), run-in heading's text,
     * table cell and footnote hold italic stretches, and a paragraph with a Latin italic name;
     * {@code italic} false gives the same text upright.
     */
    public static OfficialDocument report(boolean italic) {
        Emphasis[] it = italic ? new Emphasis[] {Emphasis.ITALIC} : new Emphasis[0];
        Table table = Table.builder().columns(2, 3).header("项目", "说明")
                .row(Table.Cell.of(FormattedText.of("县财政局")),
                        Table.Cell.of(FormattedText.builder().text("已").run("按期完成", it).text("任务").build()))
                .build();
        return OfficialDocument.builder().title("关于2020年节能减排工作情况的报告")
                .paragraph(FormattedText.builder().text(LONG.substring(0, 20)).run(LONG.substring(20, 40), it)
                        .text(LONG.substring(40))
                        .footnote(FormattedText.builder().text("见").run("《节能减排实施方案》", it).text("。").build())
                        .build())
                .runIn("总体要求。", FormattedText.builder().run("坚持节约优先", it).text("，保护环境。").build())
                .table(table)
                .paragraph(FormattedText.builder().text("参考").run("Green Development", it).text("一书。").build())
                .build();
    }

    private static List<Line> lines(LaidOutDocument laid) {
        return laid.pages().stream().flatMap(p -> p.lines().stream()).toList();
    }

    private static Run starting(List<Line> lines, String text) {
        return lines.stream().flatMap(l -> l.runs().stream()).filter(r -> r.text().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run starting " + text));
    }

    @Test
    void an_italic_cjk_stretch_is_its_face_slanted_by_tan_15_degrees_and_the_rest_upright() {
        List<Line> lines = lines(DocumentLayout.layOut(report(true), fonts));

        for (String italic : new String[] {LONG.substring(20, 25), "坚持节约优先", "按期完成", "《节能减排实施方案》"}) {
            Run run = starting(lines, italic);
            assertThat(run.italic()).as(italic).isTrue();
            assertThat(run.face().slant()).as(italic).isCloseTo(0.2679, within(1e-4));
            assertThat(run.face().italic()).as("%s: the CJK face has no italic", italic).isFalse();
        }
        for (String upright : new String[] {LONG.substring(0, 5), "，保护环境", "任务", "见", "县财政局"}) {
            Run run = starting(lines, upright);
            assertThat(run.italic()).as(upright).isFalse();
            assertThat(run.face().slant()).as(upright).isZero();
        }
    }

    @Test
    void an_italic_latin_stretch_is_set_in_the_familys_italic_face_unslanted() {
        List<Line> lines = lines(DocumentLayout.layOut(report(true), fonts));

        Run latin = starting(lines, "Green");
        assertThat(latin.italic()).isTrue();
        assertThat(latin.face().italic()).as("Liberation Serif Italic: %s", latin.face()).isTrue();
        assertThat(latin.face().postScriptName()).isEqualTo("LiberationSerif-Italic");
        assertThat(latin.face().slant()).as("an italic face is drawn as it is").isZero();
        assertThat(starting(lines, "参考").face().italic()).isFalse();
    }

    @Test
    void italic_characters_keep_their_upright_places_and_the_lines_break_where_they_do_upright() {
        List<Line> italic = lines(DocumentLayout.layOut(report(true), fonts)).stream()
                .filter(l -> !l.text().contains("Green")).toList();
        List<Line> upright = lines(DocumentLayout.layOut(report(false), fonts)).stream()
                .filter(l -> !l.text().contains("Green")).toList();

        assertThat(italic).extracting(Line::text).isEqualTo(upright.stream().map(Line::text).toList());
        // the stretch crosses the body paragraph's first line break
        assertThat(italic.stream().filter(l -> l.text().startsWith(LONG.substring(0, 20)))).singleElement()
                .satisfies(l -> assertThat(l.text().length()).isBetween(21, 39));
        for (int i = 0; i < italic.size(); i++) {
            Line a = italic.get(i);
            Line b = upright.get(i);
            assertThat(a.baselinePt()).isEqualTo(b.baselinePt());
            double[] xa = a.runs().stream().flatMapToDouble(r -> java.util.stream.IntStream.range(0, r.length())
                    .mapToDouble(r::x)).toArray();
            double[] xb = b.runs().stream().flatMapToDouble(r -> java.util.stream.IntStream.range(0, r.length())
                    .mapToDouble(r::x)).toArray();
            assertThat(xa).as(a.text()).containsExactly(xb, within(1e-9));
        }
    }

    @Test
    void a_font_without_an_italic_face_slants_latin_too() {
        // GIVEN the Latin face resolved to a family the folders hold no italic of (AR PL UMing CN)
        FontResolver noItalic = FontResolver.builder().systemFolders()
                .alias("仿宋_GB2312", "AR PL UMing CN").alias("仿宋", "AR PL UMing CN").alias("宋体", "AR PL UMing CN")
                .alias("楷体_GB2312", "AR PL UKai CN").alias("楷体", "AR PL UKai CN")
                .alias("黑体", "AR PL UMing CN", true).alias("方正小标宋简体", "AR PL UMing CN", true)
                .alias("Times New Roman", "AR PL UMing CN").build();

        List<Line> lines = lines(DocumentLayout.layOut(report(true), noItalic));

        Run latin = starting(lines, "Green");
        assertThat(latin.face().italic()).isFalse();
        assertThat(latin.face().slant()).isCloseTo(FontFace.SYNTHETIC_SLANT, within(1e-12));
    }
}
