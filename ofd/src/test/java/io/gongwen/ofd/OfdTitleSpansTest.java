package io.gongwen.ofd;

import io.gongwen.FormattedText;
import io.gongwen.OfficialDocument;
import io.gongwen.layout.StandInFonts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The title's spans and note in the OFD, which serialises the layout's pages: the title's 10⁴ with its
 * 4 raised, its mark "1" raised after its last character, both 0.39 of the title's 22 pt higher, and its
 * note at the page's foot before the body's.
 */
class OfdTitleSpansTest {
    private static final double MM = 25.4 / 72;

    @Test
    void draws_the_titles_raised_digit_and_mark_and_prints_its_note_first_at_the_foot() throws Exception {
        OfficialDocument doc = OfficialDocument.builder()
                .title(FormattedText.builder().text("关于新增绿地10").superscript("4").text("公顷情况的报告")
                        .footnote("本报告经市人民政府常务会议审议通过。").build())
                .paragraph(FormattedText.builder().text("全市新增绿地").footnote("数据来自市园林局。").text("。").build())
                .build();

        OfdPackage ofd = new OfdPackage(OfdWriter.toBytes(doc, StandInFonts.resolver()));

        List<OfdPackage.Glyph> glyphs = ofd.pages.get(0).glyphs();
        OfdPackage.Glyph zero = glyphs.stream().filter(g -> g.codePoint() == '0').findFirst().orElseThrow();
        OfdPackage.Glyph four = glyphs.get(glyphs.indexOf(zero) + 1);
        assertThat(four.codePoint()).isEqualTo('4');
        assertThat(zero.y() - four.y()).as("raised").isCloseTo(22 * 0.39 * MM, within(0.01));
        assertThat(four.sizeMm()).isLessThan(zero.sizeMm());
        OfdPackage.Glyph end = glyphs.stream().filter(g -> g.codePoint() == '告').findFirst().orElseThrow();
        OfdPackage.Glyph mark = glyphs.get(glyphs.indexOf(end) + 1);
        assertThat(mark.codePoint()).isEqualTo('1');
        assertThat(end.y() - mark.y()).as("raised").isCloseTo(22 * 0.39 * MM, within(0.01));
        String text = ofd.pages.get(0).text().replaceAll("\\s", "").replaceAll("—\\d+—$", "");
        assertThat(text).endsWith("1本报告经市人民政府常务会议审议通过。2数据来自市园林局。");
    }
}
