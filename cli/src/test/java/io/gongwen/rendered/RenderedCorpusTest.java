package io.gongwen.rendered;

import io.gongwen.cli.Main;
import io.gongwen.rendered.RenderedPdf.Line;
import io.gongwen.rendered.RenderedPdf.Page;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real State Council documents of the corpus, formatted by {@code gongwen format} from the text a
 * clerk copies and rendered by LibreOffice: a notice with the 方案 it issues (02), an order with the
 * regulation it publishes in articles (16) and a reply with attachments and tables (21). Every page
 * that text fills holds 22 lines of at most 28 characters; the issued document starts a page with its
 * title in the title's face; an article's number is set in 黑体 and its text in 仿宋.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedCorpusTest {
    private static final List<String> DOCUMENTS = List.of("02-notice", "16-order", "21-approval");
    private static Path dir;
    private static final Map<String, List<Page>> RENDERED = new LinkedHashMap<>();

    @BeforeAll
    static void render() throws Exception {
        Path soffice = ExternalTools.soffice().orElse(null);
        if (soffice == null) {
            return;
        }
        dir = Files.createTempDirectory("gongwen-rendered-corpus");
        Path corpus = io.gongwen.testing.Repository.corpus();
        List<Path> docx = new ArrayList<>();
        for (String name : DOCUMENTS) {
            Path out = dir.resolve(name + ".docx");
            int code = Main.run(new String[] {"format", corpus.resolve(name + ".txt").toString(), "-o", out.toString()},
                    new ByteArrayOutputStream(), new ByteArrayOutputStream(), false);
            assertThat(code).as(name).isZero();
            docx.add(out);
        }
        List<Path> pdfs = LibreOffice.toPdf(soffice, docx, dir);
        for (int i = 0; i < DOCUMENTS.size(); i++) {
            RENDERED.put(DOCUMENTS.get(i), RenderedPdf.read(pdfs.get(i)));
        }
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    @Test
    void the_issued_document_starts_a_page_with_its_title() {
        assertThat(firstLine(page(RENDERED.get("02-notice"), "国家职业教育改革实施方案")).sizePt()).isEqualTo(22);
        assertThat(firstLine(page(RENDERED.get("16-order"), "中华人民共和国个人所得税法实施条例")).sizePt()).isEqualTo(22);
        // the notice itself ends on the page before: its date and note, not the issued text
        List<Page> notice = RENDERED.get("02-notice");
        Page first = notice.get(0);
        assertThat(first.lines().stream().map(Line::text)).anyMatch(t -> t.contains("2019年1月24日"))
                .noneMatch(t -> t.contains("国家职业教育改革实施方案") && !t.contains("《"));
    }

    @Test
    void every_page_that_text_fills_holds_22_lines_of_at_most_28_characters() {
        RENDERED.forEach((name, pages) -> {
            int measured = 0;
            for (int i = 0; i < pages.size() - 1; i++) {
                Page page = pages.get(i);
                List<Line> body = TextBlock.body(page);
                boolean breaksAfter = startsPart(pages.get(i + 1)) || page.landscape() || hasTable(page);
                if (!breaksAfter && body.stream().allMatch(l -> l.sizePt() == 16)) {
                    // a heading keeps with what follows it (keepNext): a page may end up to three
                    // lines early so that a heading never stands alone at its foot
                    int atLeast = startsWithHeading(pages.get(i + 1)) ? 19 : 22;
                    assertThat(TextBlock.rows(body)).as("%s page %d: grid rows", name, page.number())
                            .isBetween(atLeast, 22);
                    measured++;
                }
                for (Line line : body) {
                    if (TextBlock.isFull(line)) {
                        assertThat(TextBlock.characters(line)).as("%s page %d: '%s'", name, page.number(), line.text())
                                .isLessThanOrEqualTo(28);
                    }
                }
            }
            if (!"21-approval".equals(name)) { // 21 is mostly tables
                assertThat(measured).as("%s: full pages measured", name).isGreaterThan(5);
            }
        });
    }

    @Test
    void an_article_number_is_set_in_heiti_and_its_text_in_fangsong() {
        Line article = RENDERED.get("16-order").stream().flatMap(p -> p.lines().stream())
                .filter(l -> l.text().startsWith("第一条")).findFirst().orElseThrow();

        assertThat(article.glyphs().get(0).font()).contains("NotoSansCJK");
        assertThat(article.glyphs().get(article.glyphs().size() - 1).font()).contains("UMing");
    }

    private static Page page(List<Page> pages, String title) {
        return pages.stream().filter(p -> !p.lines().isEmpty() && firstLine(p).text().replace(" ", "").equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no page starts with " + title));
    }

    private static Line firstLine(Page page) {
        return page.lines().get(0);
    }

    /** A page that starts a part of its own: an issued document's title or an attachment's label. */
    private static boolean startsPart(Page page) {
        return !page.lines().isEmpty() && (firstLine(page).sizePt() == 22 || firstLine(page).text().startsWith("附件"));
    }

    /** Whether a page starts with a heading, in 黑体 or 楷体. */
    private static boolean startsWithHeading(Page page) {
        String font = firstLine(page).glyphs().get(0).font();
        return font.contains("NotoSansCJK") || font.contains("UKai");
    }

    private static boolean hasTable(Page page) {
        return TextBlock.body(page).stream().anyMatch(l -> l.sizePt() < 16);
    }
}
