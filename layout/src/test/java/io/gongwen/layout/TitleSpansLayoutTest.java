package io.gongwen.layout;

import io.gongwen.FormattedText;
import io.gongwen.OfficialDocument;
import io.gongwen.pdf.PdfWriter;
import io.gongwen.testing.TitledDocx;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The title's spans and note on our own pages: PM₂.₅ lowered and 10⁴ raised in the smaller size, as
 * the body's are, on the title's centred lines; the note's mark a raised number after the title's last
 * character, numbered 1, its note at the foot of the first page before the body's, numbered 2; and the
 * PDF's text with them where the layout put them.
 */
class TitleSpansLayoutTest {
    private static final double MM = 72 / 25.4;
    private static final double LEFT = 28 * MM;
    private static final double WIDTH = 156 * MM;
    private static final double TITLE_PT = 22;

    private static OfficialDocument report;
    private static List<Page> pages;

    @BeforeAll
    static void layOut() {
        // the library's TitledDocx.report(), as the reader reads it (the layout's tests have no POI to build it)
        report = OfficialDocument.builder()
                .title(FormattedText.builder().text("关于全市PM").subscript("2.5").text("平均浓度下降").build(),
                        FormattedText.builder().text("和新增绿地10").superscript("4").text("公顷情况的报告")
                                .footnote(TitledDocx.TITLE_NOTE).build())
                .addressee("市人民代表大会常务委员会：")
                .paragraph(FormattedText.builder().text(TitledDocx.BODY.substring(0, TitledDocx.BODY.indexOf("，同比")))
                        .footnote(TitledDocx.BODY_NOTE).text(TitledDocx.BODY.substring(TitledDocx.BODY.indexOf("，同比")))
                        .build())
                .paragraph("现将有关情况报告如下。")
                .signature("某某市人民政府")
                .date(java.time.LocalDate.of(2026, 12, 1))
                .build();
        pages = DocumentLayout.layOut(report, StandInFonts.resolver()).pages();
    }

    private static List<Line> title() {
        return pages.get(0).lines().stream().filter(l -> l.role() == LineRole.TITLE).toList();
    }

    private static Run run(Line line, String text) {
        return line.runs().stream().filter(r -> r.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run " + text + " in " + line.text()));
    }

    @Test
    void lowers_and_raises_the_titles_runs_in_the_smaller_size_on_its_centred_lines() {
        List<Line> title = title();

        assertThat(title).extracting(Line::text).containsExactly("关于全市PM2.5平均浓度下降", "和新增绿地104公顷情况的报告1");
        Run lowered = run(title.get(0), "2.5");
        assertThat(lowered.risePt()).as("PM₂.₅ lowered").isLessThan(0);
        assertThat(lowered.sizePt()).isLessThan(TITLE_PT);
        Run raised = run(title.get(1), "4");
        assertThat(raised.risePt()).as("10⁴ raised").isGreaterThan(0);
        assertThat(raised.sizePt()).isLessThan(TITLE_PT);
        assertThat(title.get(0).runs().get(0).sizePt()).isEqualTo(TITLE_PT);
        for (Line line : title) {
            assertThat(line.leftPt() - LEFT).as("centred").isCloseTo(LEFT + WIDTH - line.rightPt(), within(1.0));
        }
    }

    @Test
    void numbers_the_titles_note_1_and_the_bodys_2_both_at_the_foot_of_the_first_page() throws Exception {
        Line last = title().get(1);
        Run mark = last.runs().get(last.runs().size() - 1);
        assertThat(mark.text()).isEqualTo("1");
        assertThat(mark.risePt()).isGreaterThan(0);
        assertThat(mark.sizePt()).isLessThan(TITLE_PT);

        List<Line> notes = pages.get(0).lines().stream().filter(l -> l.role() == LineRole.FOOTNOTE).toList();
        assertThat(notes).extracting(Line::text).containsExactly("1 " + TitledDocx.TITLE_NOTE, "2 " + TitledDocx.BODY_NOTE);
        Line body = pages.get(0).lines().stream().filter(l -> l.text().startsWith("2026年")).findFirst().orElseThrow();
        assertThat(body.text()).contains("立方米2，同比");
        for (Line note : notes) {
            assertThat(note.baselinePt()).isGreaterThan(body.baselinePt());
        }
        // AND the PDF's first page has them where the layout put them
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(report, StandInFonts.resolver()))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\u3000]", "");
            assertThat(text).contains("关于全市PM2.5平均浓度下降和新增绿地104公顷情况的报告1", "立方米2，同比",
                    "1" + TitledDocx.TITLE_NOTE, "2" + TitledDocx.BODY_NOTE);
        }
    }
}
