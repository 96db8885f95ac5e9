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
 * A 工作报告 with a chart and a wide photograph, reformatted and rendered by LibreOffice: both are
 * drawn, the chart at its own size and the photograph at the text block's width, and the body's lines
 * around them stay on the line grid.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedPicturesTest {
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
        dir = Files.createTempDirectory("gongwen-pictures");
        Path pdf = LibreOffice.reformatted(soffice, PicturesFixtures.report(), DocxReader.standard(), "report", dir);
        pages = RenderedPdf.read(pdf);
        drawn = RenderedPdf.pictures(pdf);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        LibreOffice.deleteRendered(dir);
    }

    @Test
    void draws_the_chart_at_its_size_and_the_photo_at_the_text_width_with_their_pixels() {
        assertThat(drawn).hasSize(2);
        RenderedPdf.Picture chart = drawn.get(0);
        assertThat(chart.pixelWidth()).isEqualTo(400);
        assertThat(chart.pixelHeight()).isEqualTo(300);
        assertThat(chart.widthMm()).isCloseTo(100, within(0.5));
        assertThat(chart.heightMm()).isCloseTo(75, within(0.5));
        RenderedPdf.Picture photo = drawn.get(1);
        assertThat(photo.pixelWidth()).isEqualTo(1200);
        assertThat(photo.pixelHeight()).isEqualTo(200);
        assertThat(photo.widthMm()).isCloseTo(156, within(0.5));
        assertThat(photo.heightMm()).isCloseTo(26, within(0.5));
    }

    @Test
    void the_body_lines_around_the_pictures_stay_on_the_line_grid() {
        List<Line> body = TextBlock.body(pages.get(0)).stream().filter(l -> l.sizePt() == 16).toList();
        assertThat(body).hasSizeGreaterThan(2);
        double first = body.get(0).baseline();
        for (Line line : body) {
            double rows = (line.baseline() - first) / TextBlock.PITCH_MM;
            assertThat(rows).as("line %s", line.text()).isCloseTo(Math.round(rows), within(0.05));
        }
        // the text after the chart starts below it, on the next grid line
        assertThat(body.stream().filter(l -> l.text().startsWith("重点项目")).findFirst().orElseThrow().baseline())
                .isGreaterThan(drawn.get(0).topMm() + drawn.get(0).heightMm());
    }
}
