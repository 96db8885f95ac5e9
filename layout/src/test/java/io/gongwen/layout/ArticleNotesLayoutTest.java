package io.gongwen.layout;

import io.gongwen.Emphasis;
import io.gongwen.FormattedText;
import io.gongwen.OfficialDocument;
import io.gongwen.pdf.PdfWriter;
import io.gongwen.testing.NotedDocx;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The notes of an article (第一条) and of a chapter's title on our own pages, as a body paragraph's:
 * the mark a raised, smaller number after its character, in the article's line and in the chapter's;
 * both footnotes at the foot of the first page, in order, below the body, in 12 pt; and the PDF's text
 * with them where the layout put them.
 */
class ArticleNotesLayoutTest {
    private static final double MM = 72 / 25.4;
    private static final double LEFT = 28 * MM;
    private static final double WIDTH = 156 * MM;

    private static OfficialDocument regulation;
    private static List<Page> pages;

    @BeforeAll
    static void layOut() {
        // the measures of the library's NotedDocx.regulation(), as the reader reads them (the layout's tests
        // have no POI to build the .docx with)
        regulation = OfficialDocument.builder().title("某某市温室气体排放管理办法")
                .chapter("第一章", "总则")
                .article("第一条", FormattedText.builder().text("为了规范二氧化碳（CO").subscript("2")
                        .text("）排放管理，根据《中华人民共和国大气污染防治法》").footnote(NotedDocx.REGULATION_FOOTNOTES[0])
                        .text("，制定本办法。").build())
                .article("第二条", FormattedText.builder().text("重点单位的建筑面积以m").superscript("2").text("计，")
                        .run("应当", Emphasis.ITALIC).run("按时", Emphasis.UNDERLINE).text("报送排放报告。").build())
                .chapter("第二章", FormattedText.builder().text("CO").subscript("2").text("排放管理")
                        .footnote(NotedDocx.REGULATION_FOOTNOTES[1]).build())
                .article("第三条", "本办法自2021年3月1日起施行。")
                .build();
        pages = DocumentLayout.layOut(regulation, StandInFonts.resolver()).pages();
    }

    private static Line line(String start) {
        return pages.get(0).lines().stream().filter(l -> l.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + start));
    }

    @Test
    void sets_an_articles_mark_raised_and_smaller_after_its_character_inside_the_block() {
        Line first = line("第一条");
        Run mark = first.runs().stream().filter(r -> r.risePt() > 0).findFirst()
                .orElseGet(() -> line("人民共和国").runs().stream().filter(r -> r.risePt() > 0).findFirst().orElseThrow());
        Line marked = first.runs().contains(mark) ? first : line("人民共和国");
        Run before = marked.runs().get(marked.runs().indexOf(mark) - 1);

        assertThat(mark.text()).isEqualTo("1");
        assertThat(mark.sizePt()).isCloseTo(16 * 0.58, within(1e-9));
        assertThat(before.text()).endsWith("》");
        assertThat(marked.role()).isEqualTo(LineRole.BODY);
        assertThat(marked.rightPt()).isLessThanOrEqualTo(LEFT + WIDTH + 0.01);
        // AND the number stays in 黑体 before it: the line's first run is the label
        assertThat(first.runs().get(0).text()).startsWith("第一条");
    }

    @Test
    void sets_a_chapters_mark_after_its_title_on_its_centred_line() {
        Line chapter = line("第二章");
        Run mark = chapter.runs().get(chapter.runs().size() - 1);

        assertThat(chapter.text()).isEqualTo("第二章\u3000CO2排放管理2");
        assertThat(mark.text()).isEqualTo("2");
        assertThat(mark.risePt()).isGreaterThan(0);
        assertThat(mark.sizePt()).isLessThan(chapter.runs().get(0).sizePt());
        // centred: as far from the left edge as from the right
        assertThat(chapter.leftPt() - LEFT).isCloseTo(LEFT + WIDTH - chapter.rightPt(), within(1.0));
    }

    @Test
    void prints_both_footnotes_at_the_foot_of_the_first_page_in_order_below_the_body_in_12_pt() throws Exception {
        List<Line> notes = pages.get(0).lines().stream().filter(l -> l.role() == LineRole.FOOTNOTE).toList();
        List<Line> body = pages.get(0).lines().stream().filter(l -> l.role() == LineRole.BODY
                || l.role() == LineRole.HEADING).toList();

        assertThat(notes).extracting(Line::text).containsExactly("1 " + NotedDocx.REGULATION_FOOTNOTES[0],
                "2 " + NotedDocx.REGULATION_FOOTNOTES[1]);
        for (Line note : notes) {
            assertThat(note.baselinePt()).isGreaterThan(body.get(body.size() - 1).baselinePt());
            assertThat(note.runs()).allSatisfy(r -> assertThat(r.sizePt()).isIn(12.0, 12 * 0.58));
        }
        // AND the PDF's first page has them, after the body's words with the marks' numbers where they stand
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(regulation, StandInFonts.resolver()))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\u3000]", "");
            assertThat(text).contains("大气污染防治法》1，制定本办法。", "CO2排放管理2",
                    "1" + NotedDocx.REGULATION_FOOTNOTES[0], "2" + NotedDocx.REGULATION_FOOTNOTES[1]);
        }
    }
}
