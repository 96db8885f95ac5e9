package io.gongwen.rendered;

import io.gongwen.OfficialDocument;
import io.gongwen.Table;
import io.gongwen.rendered.RenderedPdf.Page;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The colophon after landscape tables, as LibreOffice renders it: always at the foot of an even
 * page, however many pages the tables take; and when the portrait pages resume on an odd page with
 * nothing to put on it, that page stays blank and it and the colophon's page carry no number (§7.5).
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedColophonAfterLandscapeTest {
    /** Rows of a ten-column landscape table; 26 take two landscape pages, 45 three. */
    private static final int[] ROWS = {8, 26, 45};

    private static Path dir;
    private static final Map<String, List<Page>> RENDERED = new TreeMap<>();

    @BeforeAll
    static void render() throws Exception {
        Path soffice = ExternalTools.soffice().orElse(null);
        if (soffice == null) {
            return;
        }
        dir = Files.createTempDirectory("gongwen-colophon-landscape");
        List<Path> files = new ArrayList<>();
        for (int rows : ROWS) {
            for (boolean closing : new boolean[] {true, false}) {
                Path file = dir.resolve((closing ? "closing-" : "table-last-") + rows + ".docx");
                document(rows, closing).writeTo(file);
                files.add(file);
            }
        }
        List<Path> pdfs = LibreOffice.toPdf(soffice, files, dir);
        for (int i = 0; i < files.size(); i++) {
            RENDERED.put(files.get(i).getFileName().toString(), RenderedPdf.read(pdfs.get(i)));
        }
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    @Test
    void ends_on_an_even_page_with_the_colophon_whatever_the_tables_take() {
        RENDERED.forEach((name, pages) -> {
            assertThat(pages.size() % 2).as("%s: %d pages", name, pages.size()).isZero();
            assertThat(text(pages.get(pages.size() - 1))).as(name).contains("印发");
        });
    }

    @Test
    void a_blank_page_before_the_colophon_and_the_colophon_page_are_unnumbered() {
        // two landscape pages (3 and 4) end on an even page: portrait resumes on page 5 with nothing for it
        List<Page> pages = RENDERED.get("table-last-26.docx");
        assertThat(pages).hasSize(6);
        assertThat(text(pages.get(4)).strip()).as("page 5").isEmpty();
        assertThat(text(pages.get(5))).as("page 6").contains("印发").doesNotContainPattern("—\\s*6\\s*—");
        assertThat(text(pages.get(3))).as("page 4, landscape").doesNotContain("印发");
    }

    private static String text(Page page) {
        StringBuilder out = new StringBuilder();
        page.lines().forEach(l -> out.append(l.text()).append('\n'));
        return out.toString();
    }

    private static OfficialDocument document(int rows, boolean closing) {
        Table.Builder table = Table.builder().columns(1, 3, 2, 2, 2, 2, 2, 2, 2, 4)
                .header(cells("序号", "乡镇", "计划里程（公里）", "已完工", "在建", "未开工", "完成率", "计划投资", "完成投资", "备注"));
        for (int r = 1; r <= rows; r++) {
            table.row(cells(Integer.toString(r), "乡镇" + r, "12", "6", "4", "2", "50", "1020", "630",
                    r % 5 == 0 ? "受汛期影响进度滞后" : ""));
        }
        OfficialDocument.Builder doc = OfficialDocument.builder().issuers("县交通运输局").documentNumber("县交〔2023〕41号")
                .title("关于农村公路建设进展情况的报告").addressee("县人民政府");
        for (int i = 0; i < 3; i++) {
            doc.paragraph("根据县政府关于加快推进农村公路建设的部署，我局会同各乡镇对今年农村公路建设项目进行了全面核查，"
                    + "现将各乡镇完成情况报告如下。");
        }
        doc.table(table.landscape().build());
        if (closing) {
            doc.paragraph("特此报告。").signature("县交通运输局").date(LocalDate.of(2023, 10, 9));
        }
        return doc.copyTo("县委办公室").printedBy("县交通运输局办公室", LocalDate.of(2023, 10, 9)).build();
    }

    private static Table.Cell[] cells(String... texts) {
        Table.Cell[] cells = new Table.Cell[texts.length];
        for (int i = 0; i < texts.length; i++) {
            cells[i] = Table.Cell.of(texts[i]);
        }
        return cells;
    }
}
