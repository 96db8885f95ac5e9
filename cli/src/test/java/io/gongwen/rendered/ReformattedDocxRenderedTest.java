package io.gongwen.rendered;

import io.gongwen.rendered.RenderedPdf.Line;
import io.gongwen.rendered.RenderedPdf.Page;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.ForeignDocx;
import io.gongwen.testing.LibreOffice;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A .docx typed by a clerk (宋体 小四, Word's margins, single spacing, "一、" typed as text, a table),
 * reformatted by {@code gongwen format} and rendered by LibreOffice: 22 lines on every full page and
 * 28 characters on every full line, inside the standard's text block.
 */
@Tag("rendered")
class ReformattedDocxRenderedTest {
    @TempDir
    Path dir;

    @Test
    void a_clerks_docx_reformatted_holds_22_lines_of_28_characters() throws Exception {
        Path soffice = ExternalTools.require(ExternalTools.soffice(), ExternalTools.LIBREOFFICE_MISSING);
        Path clerk = dir.resolve("clerk.docx");
        Files.write(clerk, ForeignDocx.typedByAClerk());
        Path formatted = dir.resolve("formatted.docx");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = io.gongwen.cli.Main.run(new String[] {"format", clerk.toString(), "-o", formatted.toString()},
                OutputStream.nullOutputStream(), err, false);
        assertThat(exit).as(err.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();

        List<Path> pdfs = LibreOffice.toPdf(soffice, List.of(clerk, formatted), dir);
        List<Page> before = RenderedPdf.read(pdfs.get(0));
        List<Page> after = RenderedPdf.read(pdfs.get(1));

        // the clerk's own layout is not the standard's: Word's 31.7 mm left margin
        assertThat(TextBlock.body(before.get(0)).stream().mapToDouble(Line::left).min().orElseThrow())
                .isGreaterThan(TextBlock.LEFT + 2);
        assertThat(after).hasSizeGreaterThan(1);
        List<Double> counts = new ArrayList<>();
        for (Page page : after) {
            List<Line> body = TextBlock.body(page);
            if (page.number() < after.size()) {
                // the last page may hold only the right-aligned signature and date
                assertThat(body.stream().mapToDouble(Line::left).min().orElseThrow())
                        .as("page %d: left margin", page.number()).isBetween(TextBlock.LEFT - 1, TextBlock.LEFT + 1);
                if (page.number() < after.size() - 1) {
                    assertThat(TextBlock.rows(body)).as("page %d: grid rows", page.number()).isEqualTo(22);
                } else {
                    // the signature block (blank line, signature, date) keeps together, so the page
                    // before it may end up to three lines early
                    assertThat(TextBlock.rows(body)).as("page %d: grid rows", page.number()).isBetween(19, 22);
                }
            }
            for (Line line : body) {
                if (TextBlock.isFull(line)) {
                    counts.add(TextBlock.characters(line));
                    assertThat(TextBlock.characters(line)).as("page %d: '%s'", page.number(), line.text())
                            .isLessThanOrEqualTo(28);
                }
            }
        }
        assertThat(counts).hasSizeGreaterThan(5);
        assertThat(counts.stream().filter(c -> c == 28).count()).as("full lines of 28 characters: %s", counts)
                .isGreaterThan(counts.size() / 2);
        String text = String.join("\n", after.stream().flatMap(p -> p.lines().stream()).map(Line::text).toList());
        assertThat(text).contains("一、严格落实值班制度", "（一）明确值班人员。", "带班领导", "李四");
    }
}
