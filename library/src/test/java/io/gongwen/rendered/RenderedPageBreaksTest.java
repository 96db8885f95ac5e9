package io.gongwen.rendered;

import io.gongwen.OfficialDocument;
import io.gongwen.Table;
import io.gongwen.rendered.RenderedPdf.Line;
import io.gongwen.rendered.RenderedPdf.Page;
import io.gongwen.testing.BrokenPagesDocx;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import io.gongwen.text.DocxReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The author's page breaks and a landscape stretch as LibreOffice renders them (issue 15): the text
 * after a break starts a new page on the grid's first row, the stretch's pages are A4 turned, and
 * every portrait page keeps 22 lines of 28 characters.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedPageBreaksTest {
    /** 31 characters; six make a paragraph of seven lines. */
    private static final String SENTENCE = "各乡镇要落实养护主体责任，将养护资金纳入年度预算，确保专款专用。";
    private static final String AFTER_BREAK = "县交通运输局要加强业务指导，";
    private static final String IN_LANDSCAPE = "附表说明：";
    private static final String BACK = "各乡镇要按照上表确定的里程和资金，";

    private static Path dir;
    private static List<Page> built;
    private static List<Page> reformatted;
    private static List<Page> brokenBetweenWords;

    @BeforeAll
    static void render() throws Exception {
        Path soffice = ExternalTools.soffice().orElse(null);
        if (soffice == null) {
            return;
        }
        dir = Files.createTempDirectory("gongwen-page-breaks");
        Path builtFile = dir.resolve("built.docx");
        document().writeTo(builtFile);
        Path source = dir.resolve("source.docx");
        Files.write(source, BrokenPagesDocx.notice());
        Path reformattedFile = dir.resolve("reformatted.docx");
        DocxReader.standard().read(source).document().writeTo(reformattedFile);
        Path between = dir.resolve("between.docx");
        Files.write(between, BrokenPagesDocx.breaksAmongLines());
        Path betweenFile = dir.resolve("between-reformatted.docx");
        DocxReader.standard().read(between).document().writeTo(betweenFile);
        List<Path> pdfs = LibreOffice.toPdf(soffice, List.of(builtFile, reformattedFile, betweenFile), dir);
        built = RenderedPdf.read(pdfs.get(0));
        reformatted = RenderedPdf.read(pdfs.get(1));
        brokenBetweenWords = RenderedPdf.read(pdfs.get(2));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    /**
     * Page 1: the title and a short paragraph; a page break; pages 2 and 3: 28 lines of text (22 and
     * 6); a landscape stretch (page 4): a paragraph and a table; page 5, portrait: a paragraph and the
     * closing.
     */
    private static OfficialDocument document() {
        return OfficialDocument.builder()
                .title("关于做好2021年农村公路养护工作的通知")
                .addressee("各乡镇人民政府")
                .paragraph(SENTENCE.repeat(2))
                .pageBreak()
                .paragraph(AFTER_BREAK + SENTENCE.repeat(6))
                .paragraph(SENTENCE.repeat(6))
                .paragraph(SENTENCE.repeat(6))
                .paragraph(SENTENCE.repeat(6))
                .landscape(l -> l
                        .paragraph(IN_LANDSCAPE + SENTENCE.repeat(3))
                        .table(Table.builder().columns(1, 2, 2).header("乡镇", "里程（公里）", "资金（万元）")
                                .row("城关镇", "120", "36").row("河口镇", "86", "25").build()))
                .paragraph(BACK + SENTENCE)
                .signature("XX县交通运输局")
                .date(LocalDate.of(2021, 3, 1))
                .build();
    }

    private static String first(Page page) {
        return TextBlock.body(page).get(0).text();
    }

    @Test
    void the_text_after_a_break_starts_a_new_page_on_the_first_row_of_the_grid() {
        assertThat(built).extracting(Page::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(first(built.get(1))).startsWith(AFTER_BREAK);
        // page 1 holds only the title, the main recipients and the paragraph before the break
        assertThat(TextBlock.body(built.get(0))).hasSizeLessThan(8);
        // a page begun by the break and a page the text ran onto start on the same row
        double broken = TextBlock.body(built.get(1)).get(0).baseline();
        double ranOn = TextBlock.body(built.get(2)).get(0).baseline();
        assertThat(broken).isCloseTo(ranOn, within(0.3));
        assertThat(broken - TextBlock.TOP).isBetween(0.0, TextBlock.PITCH_MM);
    }

    @Test
    void the_stretch_is_on_a_turned_page_and_the_others_stay_portrait() {
        assertThat(built).extracting(Page::landscape).containsExactly(false, false, false, true, false);
        Page turned = built.get(3);
        assertThat(turned.widthMm()).isCloseTo(297, within(0.5));
        assertThat(turned.heightMm()).isCloseTo(210, within(0.5));
        assertThat(first(turned)).startsWith(IN_LANDSCAPE);
        // a line of the turned block runs 225 mm from 35 mm in (the portrait bottom margin turned): 40
        // characters of 3号 where a portrait one has 28
        Line second = TextBlock.body(turned).get(1);
        assertThat(second.left()).isCloseTo(35, within(1.0));
        assertThat(second.right()).isCloseTo(35 + 225, within(1.5));
        assertThat(second.glyphs()).hasSize(40);
        assertThat(first(built.get(4))).startsWith(BACK);
        for (Page page : built) {
            if (!page.landscape()) {
                assertThat(page.widthMm()).isCloseTo(210, within(0.5));
                assertThat(page.heightMm()).isCloseTo(297, within(0.5));
            }
        }
    }

    @Test
    void full_portrait_pages_keep_22_lines_of_28_characters() {
        Page full = built.get(1);
        List<Line> body = TextBlock.body(full);
        assertThat(TextBlock.rows(body)).isEqualTo(22);
        assertThat(body).hasSize(22);
        for (Page page : built) {
            if (page.landscape()) {
                continue;
            }
            for (Line line : TextBlock.body(page)) {
                if (TextBlock.isFull(line)) {
                    assertThat(TextBlock.characters(line)).as("page %d: %s", page.number(), line.text()).isEqualTo(28);
                }
            }
            assertThat(TextBlock.rows(TextBlock.body(page))).as("page %d", page.number()).isLessThanOrEqualTo(22);
        }
    }

    @Test
    void a_reformatted_docx_keeps_its_break_and_its_landscape_section_and_breaks_nowhere_else() {
        // page 1: title, addressee, the first paragraph; the Ctrl+Enter break; page 2: two paragraphs, the
        // second with Word's lastRenderedPageBreak in it, no break; page 3 turned; 4 portrait; the
        // pageBreakBefore; 5 with the closing
        assertThat(reformatted).extracting(Page::landscape).containsExactly(false, false, true, false, false);
        assertThat(first(reformatted.get(1))).startsWith(BrokenPagesDocx.AFTER_BREAK.substring(0, 10));
        assertThat(TextBlock.body(reformatted.get(1))).extracting(Line::text)
                .anyMatch(t -> t.startsWith(BrokenPagesDocx.CACHED.substring(0, 10)));
        assertThat(first(reformatted.get(2))).startsWith(BrokenPagesDocx.LANDSCAPE_FIRST.substring(0, 10));
        assertThat(first(reformatted.get(3))).startsWith(BrokenPagesDocx.BACK.substring(0, 10));
        assertThat(first(reformatted.get(4))).startsWith(BrokenPagesDocx.BEFORE.substring(0, 10));
    }

    @Test
    void a_break_between_the_words_of_a_paragraph_puts_the_words_after_it_on_the_next_page() {
        // page 1: the title (its break not kept), the addressee and the two lines before the break; page 2:
        // the words after it on the grid's first row, the last paragraph and the closing
        assertThat(brokenBetweenWords).hasSize(2);
        assertThat(TextBlock.body(brokenBetweenWords.get(0))).extracting(Line::text)
                .anyMatch(t -> t.startsWith(BrokenPagesDocx.CACHED.substring(0, 10)))
                .noneMatch(t -> t.contains("各乡镇要落实"));
        assertThat(first(brokenBetweenWords.get(1))).startsWith(BrokenPagesDocx.AFTER_BREAK.substring(0, 10));
        double top = TextBlock.body(brokenBetweenWords.get(1)).get(0).baseline();
        assertThat(top - TextBlock.TOP).isBetween(0.0, TextBlock.PITCH_MM);
    }
}
