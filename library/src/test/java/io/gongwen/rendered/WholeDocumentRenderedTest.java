package io.gongwen.rendered;

import io.gongwen.rendered.RenderedPdf.Glyph;
import io.gongwen.rendered.RenderedPdf.Line;
import io.gongwen.rendered.RenderedPdf.Page;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole document (issue 3) as LibreOffice renders it, measured on the page: where the red mark and
 * red rule sit, that the seal covers the date, that attachments start pages, that the colophon closes an
 * even page at the foot of the text block, and the letter's first page. Red ink is found by rendering
 * pages at 300 dpi; text by its glyph positions. All lengths in mm from the paper's top-left corner.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class WholeDocumentRenderedTest {
    private static final float DPI = 300;
    private static final double MM_PER_PX = 25.4 / DPI;
    private static final double BLOCK_BOTTOM = 37 + 225;
    private static final List<String> NAMES = List.of("county-notice-full-head.docx", "government-order.docx",
            "letter-format.docx", "meeting-minutes.docx", "upward-request-signers.docx", "rural-road-report.docx");

    private static Path dir;
    private static final Map<String, List<Page>> TEXT = new LinkedHashMap<>();
    private static final Map<String, List<BufferedImage>> IMAGES = new LinkedHashMap<>();

    @BeforeAll
    static void render() throws Exception {
        Path soffice = ExternalTools.soffice().orElse(null);
        if (soffice == null) {
            return;
        }
        dir = Files.createTempDirectory("gongwen-whole");
        List<Path> pdfs = LibreOffice.samplesToPdf(soffice, NAMES, dir);
        for (int i = 0; i < NAMES.size(); i++) {
            Path pdf = pdfs.get(i);
            TEXT.put(NAMES.get(i), RenderedPdf.read(pdf));
            List<BufferedImage> images = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int p = 0; p < doc.getNumberOfPages(); p++) {
                    images.add(renderer.renderImageWithDPI(p, DPI, ImageType.RGB));
                }
            }
            IMAGES.put(NAMES.get(i), images);
        }
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    @Test
    void places_the_red_mark_35_mm_below_the_text_top_and_20_mm_for_an_order() {
        double notice = topOfRed(IMAGES.get("county-notice-full-head.docx").get(0));
        double order = topOfRed(IMAGES.get("government-order.docx").get(0));
        System.out.printf("[whole] mark top: notice %.2f mm, order %.2f mm%n", notice, order);

        assertThat(notice).as("CountyNotice mark top").isBetween(71.0, 73.0);
        assertThat(order).as("GovernmentOrder mark top").isBetween(56.0, 58.0);
    }

    @Test
    void draws_the_red_rule_4_mm_under_the_document_number_across_the_block() {
        BufferedImage page = IMAGES.get("county-notice-full-head.docx").get(0);
        Line number = line(TEXT.get("county-notice-full-head.docx").get(0), "X政办发〔2021〕3号");
        Band rule = wideRedBands(page).get(0);
        double inkBottom = inkBottom(page, number);
        System.out.printf("[whole] rule top %.2f mm, number ink bottom %.2f mm, gap %.2f mm, rule %.2f..%.2f mm%n",
                rule.top, inkBottom, rule.top - inkBottom, rule.left, rule.right);

        assertThat(rule.top - inkBottom).as("gap between number and rule").isBetween(3.3, 4.7);
        assertThat(rule.left).as("rule left").isBetween(27.0, 29.0);
        assertThat(rule.right - rule.left).as("rule width").isBetween(154.5, 157.5);
    }

    @Test
    void covers_the_date_with_the_seal() {
        String name = "county-notice-full-head.docx";
        List<Page> pages = TEXT.get(name);
        Page page = pages.stream().filter(p -> find(p, "2021年2月26日") != null && find(p, "印发") == null)
                .findFirst().orElseThrow();
        Line date = find(page, "2021年2月26日");
        BufferedImage image = IMAGES.get(name).get(page.number() - 1);
        Box seal = redBox(image, date.baseline() - 60, date.baseline() + 40);
        double dateTop = date.baseline() - 0.88 * date.sizePt() * RenderedPdf.MM_PER_PT;
        double dateBottom = date.baseline() + 0.12 * date.sizePt() * RenderedPdf.MM_PER_PT;
        System.out.printf("[whole] seal %.1f..%.1f x %.1f..%.1f mm; date %.1f..%.1f x %.1f..%.1f mm%n",
                seal.left, seal.right, seal.top, seal.bottom, date.left(), date.right(), dateTop, dateBottom);

        assertThat(seal.right - seal.left).as("seal width").isBetween(35.0, 45.0);
        assertThat(seal.left).as("seal overlaps the date horizontally").isLessThan(date.right());
        assertThat(seal.right).isGreaterThan(date.left());
        assertThat(seal.top).as("seal overlaps the date vertically").isLessThan(dateBottom);
        assertThat(seal.bottom).isGreaterThan(dateTop);
        double middle = (dateTop + dateBottom) / 2;
        assertThat(middle).as("the date lies in the seal's lower half")
                .isBetween((seal.top + seal.bottom) / 2, seal.bottom);
    }

    @Test
    void starts_each_attachment_at_the_top_of_a_page() {
        List<Page> pages = TEXT.get("county-notice-full-head.docx");
        for (String label : List.of("附件1", "附件2")) {
            Page page = pages.stream().filter(p -> p.lines().stream().anyMatch(l -> l.text().equals(label)))
                    .findFirst().orElseThrow(() -> new AssertionError("no page with " + label));
            assertThat(page.lines().get(0).text()).as("first text on page %d", page.number()).isEqualTo(label);
        }
    }

    @Test
    void ends_with_the_colophon_at_the_foot_of_an_even_page() {
        // the report's landscape table takes two pages the page count has to foresee
        for (String name : List.of("county-notice-full-head.docx", "meeting-minutes.docx", "rural-road-report.docx")) {
            List<BufferedImage> images = IMAGES.get(name);
            assertThat(images.size() % 2).as("%s: last page is even (%d pages)", name, images.size()).isZero();
            List<Band> rules = wideDarkBands(images.get(images.size() - 1));
            assertThat(rules).as(name).isNotEmpty();
            Band last = rules.get(rules.size() - 1);
            System.out.printf("[whole] %s: colophon last rule %.2f..%.2f mm on page %d%n", name, last.top, last.bottom,
                    images.size());
            assertThat((last.top + last.bottom) / 2).as("%s: last rule against the block bottom", name)
                    .isBetween(BLOCK_BOTTOM - 2, BLOCK_BOTTOM + 2);
            assertThat(find(TEXT.get(name).get(images.size() - 1), "印发")).as(name).isNotNull();
        }
    }

    @Test
    void letter_numbers_from_page_two_and_draws_its_red_line_wider_than_the_block() {
        List<Page> pages = TEXT.get("letter-format.docx");
        assertThat(pages).hasSizeGreaterThan(1);
        assertThat(pages.get(0).lines()).noneMatch(l -> l.text().replace(" ", "").equals("—1—"));
        assertThat(pages.get(1).lines()).anyMatch(l -> l.text().replace(" ", "").equals("—2—"));
        Band top = wideRedBands(IMAGES.get("letter-format.docx").get(0)).get(0);
        System.out.printf("[whole] letter top line %.2f..%.2f mm at %.2f mm%n", top.left, top.right, top.top);

        assertThat(top.left).isBetween(20.0, 22.0);
        assertThat(top.right).isBetween(190.0, 192.0);
    }

    @Test
    void letter_draws_thick_over_thin_under_the_mark_and_thin_over_thick_20_mm_above_the_foot() {
        List<Band> bands = wideRedBands(IMAGES.get("letter-format.docx").get(0));
        assertThat(bands).as("two double lines").hasSize(4);
        Band upperFirst = bands.get(0);
        Band upperSecond = bands.get(1);
        Band lowerFirst = bands.get(2);
        Band lowerSecond = bands.get(3);
        System.out.printf("[whole] letter lower line %.2f..%.2f mm, bottom %.2f mm%n",
                lowerSecond.left, lowerSecond.right, lowerSecond.bottom);

        assertThat(thickness(upperFirst)).as("上粗下细").isGreaterThan(thickness(upperSecond) * 2);
        assertThat(thickness(lowerSecond)).as("上细下粗").isGreaterThan(thickness(lowerFirst) * 2);
        assertThat(lowerSecond.bottom).as("20 mm above the paper's foot").isBetween(276.3, 277.7);
        assertThat(lowerSecond.left).isBetween(20.0, 22.0);
        assertThat(lowerSecond.right).isBetween(190.0, 192.0);
    }

    private static double thickness(Band band) {
        return band.bottom - band.top;
    }

    @Test
    void keeps_22_lines_of_28_characters_on_full_body_pages() {
        int checked = 0;
        for (String name : List.of("county-notice-full-head.docx", "letter-format.docx")) {
            List<Page> pages = TEXT.get(name);
            for (Page page : pages) {
                List<Line> body = page.lines().stream().filter(l -> l.baseline() <= BLOCK_BOTTOM).toList();
                boolean full = page.number() > 1 && body.size() >= 2
                        && body.get(body.size() - 1).baseline() > BLOCK_BOTTOM - 8;
                if (!full) {
                    continue;
                }
                double pitch = 28.95 * RenderedPdf.MM_PER_PT;
                long rows = Math.round((body.get(body.size() - 1).baseline() - body.get(0).baseline()) / pitch) + 1;
                assertThat(rows).as("%s page %d rows", name, page.number()).isEqualTo(22);
                checked++;
                for (Line line : body) {
                    if (Math.abs(line.left() - 28) < 1 && line.right() > 28 + 156 - 3
                            && line.glyphs().stream().allMatch(Glyph::fullWidth)) {
                        long chars = line.glyphs().stream().filter(g -> g.x() < 28 + 156 - 1).count();
                        assertThat(chars).as("%s page %d: '%s'", name, page.number(), line.text()).isBetween(27L, 28L);
                    }
                }
            }
        }
        assertThat(checked).as("full body pages measured").isPositive();
    }

    // ---- measuring

    private record Band(double top, double bottom, double left, double right) {
    }

    private record Box(double left, double right, double top, double bottom) {
    }

    private static boolean red(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r > 180 && g < 90 && b < 90;
    }

    private static boolean dark(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r < 100 && g < 100 && b < 100;
    }

    private static double topOfRed(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (red(image.getRGB(x, y))) {
                    return y * MM_PER_PX;
                }
            }
        }
        throw new AssertionError("no red on the page");
    }

    private interface Ink {
        boolean test(int rgb);
    }

    /** Horizontal rules: runs of rows where one colour spans more than 140 mm, top to bottom. */
    private static List<Band> bands(BufferedImage image, Ink ink) {
        int minRun = (int) (140 / MM_PER_PX);
        List<Band> bands = new ArrayList<>();
        int start = -1;
        int left = Integer.MAX_VALUE;
        int right = 0;
        for (int y = 0; y <= image.getHeight(); y++) {
            int first = -1;
            int last = -1;
            int count = 0;
            if (y < image.getHeight()) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if (ink.test(image.getRGB(x, y))) {
                        if (first < 0) {
                            first = x;
                        }
                        last = x;
                        count++;
                    }
                }
            }
            boolean rule = count > minRun;
            if (rule) {
                if (start < 0) {
                    start = y;
                    left = Integer.MAX_VALUE;
                    right = 0;
                }
                left = Math.min(left, first);
                right = Math.max(right, last + 1);
            } else if (start >= 0) {
                bands.add(new Band(start * MM_PER_PX, y * MM_PER_PX, left * MM_PER_PX, right * MM_PER_PX));
                start = -1;
            }
        }
        return bands;
    }

    private static List<Band> wideRedBands(BufferedImage image) {
        List<Band> bands = bands(image, WholeDocumentRenderedTest::red);
        assertThat(bands).as("a red rule").isNotEmpty();
        return bands;
    }

    private static List<Band> wideDarkBands(BufferedImage image) {
        return bands(image, WholeDocumentRenderedTest::dark);
    }

    /** The lowest row of dark ink within the line's horizontal extent, near its baseline. */
    private static double inkBottom(BufferedImage image, Line line) {
        int x0 = (int) (line.left() / MM_PER_PX);
        int x1 = (int) (line.right() / MM_PER_PX);
        int y0 = (int) ((line.baseline() - 5) / MM_PER_PX);
        int y1 = (int) ((line.baseline() + 3) / MM_PER_PX);
        int bottom = -1;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (dark(image.getRGB(x, y))) {
                    bottom = y;
                    break;
                }
            }
        }
        assertThat(bottom).as("ink of '%s'", line.text()).isPositive();
        return (bottom + 1) * MM_PER_PX;
    }

    /** The bounding box of the red pixels between two heights. */
    private static Box redBox(BufferedImage image, double fromMm, double toMm) {
        int x0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y0 = Integer.MAX_VALUE;
        int y1 = -1;
        for (int y = Math.max(0, (int) (fromMm / MM_PER_PX)); y < Math.min(image.getHeight(), toMm / MM_PER_PX); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (red(image.getRGB(x, y))) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        assertThat(x1).as("red pixels between %.0f and %.0f mm", fromMm, toMm).isPositive();
        return new Box(x0 * MM_PER_PX, (x1 + 1) * MM_PER_PX, y0 * MM_PER_PX, (y1 + 1) * MM_PER_PX);
    }

    private static Line find(Page page, String text) {
        return page.lines().stream().filter(l -> l.text().replace(" ", "").contains(text)).findFirst().orElse(null);
    }

    private static Line line(Page page, String text) {
        Line line = find(page, text);
        assertThat(line).as("a line with '%s' on page %d", text, page.number()).isNotNull();
        return line;
    }
}
