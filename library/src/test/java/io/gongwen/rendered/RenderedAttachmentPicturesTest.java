package io.gongwen.rendered;

import io.gongwen.rendered.RenderedPdf.Line;
import io.gongwen.rendered.RenderedPdf.Page;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import io.gongwen.text.DocxReader;
import io.gongwen.text.PicturesFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A notice with a chart in 附件1 and a photo in 附件2, reformatted and rendered by LibreOffice: each
 * picture is drawn on its attachment's page, centred in the text block, under its attachment's text,
 * the chart at its size and the photo at the text block's width.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedAttachmentPicturesTest {
    private static Path dir;
    private static List<Page> pages;
    /** The images LibreOffice drew, in order. */
    private static List<RenderedPdf.Picture> drawn = List.of();

    @BeforeAll
    static void render() throws Exception {
        Path soffice = ExternalTools.soffice().orElse(null);
        if (soffice == null) {
            return;
        }
        dir = Files.createTempDirectory("gongwen-attachment-pictures");
        Path pdf = LibreOffice.reformatted(soffice, PicturesFixtures.noticeWithAttachments(), DocxReader.standard(), "notice", dir);
        pages = RenderedPdf.read(pdf);
        drawn = RenderedPdf.pictures(pdf);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    /** The number of the page whose first line of the text block is {@code label}. */
    private static int pageOf(String label) {
        return pages.stream().filter(p -> !TextBlock.body(p).isEmpty() && TextBlock.body(p).get(0).text().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no page starts with " + label)).number();
    }

    @Test
    void draws_each_picture_on_its_attachments_page_with_its_pixels() {
        assertThat(pages).hasSize(3);
        assertThat(pageOf("附件1")).isEqualTo(2);
        assertThat(pageOf("附件2")).isEqualTo(3);
        assertThat(drawn).hasSize(2);
        RenderedPdf.Picture chart = drawn.get(0);
        assertThat(chart.page()).isEqualTo(2);
        assertThat(chart.pixelWidth()).isEqualTo(400);
        assertThat(chart.pixelHeight()).isEqualTo(300);
        assertThat(chart.widthMm()).isCloseTo(100, within(0.5));
        assertThat(chart.heightMm()).isCloseTo(75, within(0.5));
        assertThat(chart.leftMm() + chart.widthMm() / 2).as("centred").isCloseTo((TextBlock.LEFT + TextBlock.RIGHT) / 2, within(0.5));
        RenderedPdf.Picture photo = drawn.get(1);
        assertThat(photo.page()).isEqualTo(3);
        assertThat(photo.pixelWidth()).isEqualTo(1200);
        assertThat(photo.pixelHeight()).isEqualTo(200);
        assertThat(photo.widthMm()).isCloseTo(156, within(0.5));
        assertThat(photo.heightMm()).isCloseTo(26, within(0.5));
        assertThat(photo.leftMm()).isCloseTo(TextBlock.LEFT, within(0.5));
    }

    @Test
    void the_chart_stands_between_its_paragraphs_and_the_lines_stay_on_the_grid() {
        List<Line> body = TextBlock.body(pages.get(1)).stream().filter(l -> l.sizePt() == 16).toList();
        RenderedPdf.Picture chart = drawn.get(0);
        Line before = body.stream().filter(l -> l.text().startsWith("全县地区生产总值")).findFirst().orElseThrow();
        Line after = body.stream().filter(l -> l.text().startsWith("数据来源")).findFirst().orElseThrow();
        assertThat(chart.topMm()).isGreaterThan(before.baseline());
        assertThat(after.baseline()).isGreaterThan(chart.topMm() + chart.heightMm());
        double first = body.get(0).baseline();
        for (Line line : body) {
            double rows = (line.baseline() - first) / TextBlock.PITCH_MM;
            assertThat(rows).as("line %s", line.text()).isCloseTo(Math.round(rows), within(0.05));
        }
        // the photo comes after its paragraph's text on 附件2's page
        Line text = TextBlock.body(pages.get(2)).stream().filter(l -> l.text().startsWith("县城污水处理厂")).findFirst()
                .orElseThrow();
        assertThat(drawn.get(1).topMm()).isGreaterThan(text.baseline());
    }
}
