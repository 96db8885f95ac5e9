package io.gongwen.rendered;

import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the checker's {@code table-number-split} warns of is what LibreOffice prints: in a column
 * too narrow for it, a number breaks over two lines; in a wide enough one it stays whole.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class RenderedNumberSplitTest {
    @Test
    void a_number_the_checker_finds_too_wide_breaks_over_two_lines_and_one_it_does_not_stays_whole() throws Exception {
        Path soffice = ExternalTools.soffice().orElseThrow();
        Path dir = Files.createTempDirectory("gongwen-number-split");
        try {
            Path narrow = dir.resolve("narrow.docx");
            Path even = dir.resolve("even.docx");
            io.gongwen.testing.Documents.coordinates(1, 4, 4).writeTo(narrow);
            io.gongwen.testing.Documents.coordinates(1, 1, 1).writeTo(even);
            List<Path> pdfs = LibreOffice.toPdf(soffice, List.of(narrow, even), dir);

            List<String> narrowLines = lines(pdfs.get(0));
            List<String> evenLines = lines(pdfs.get(1));
            // the 15.3 mm cell: 13725.5845 and 13726.1 each broken, no line holds either whole
            assertThat(narrowLines).noneMatch(l -> l.contains("13725.5845")).noneMatch(l -> l.contains("13726.1"));
            assertThat(narrowLines).anyMatch(l -> l.startsWith("1372"));
            // (but printed, over two lines: "13725." on the cell's first line, "5845" on its next)
            assertThat(narrowLines).contains("13725.", "13726.").anyMatch(l -> l.startsWith("5845"));
            // the 50 mm cell: both whole
            assertThat(evenLines).anyMatch(l -> l.contains("13725.5845")).anyMatch(l -> l.contains("13726.1"));
        } finally {
            LibreOffice.deleteRendered(dir);
        }
    }

    private static List<String> lines(Path pdf) throws Exception {
        return RenderedPdf.read(pdf).stream().flatMap(p -> p.lines().stream()).map(l -> l.text().strip()).toList();
    }

    @Test
    void the_coordinates_of_the_corpus_s_21_reformatted_print_whole() throws Exception {
        // GIVEN the corpus's 21, whose seven tables of coordinates (13725.5845 …) are set at 10 pt in narrow
        // columns, read and written at the table's 14 pt
        Path soffice = ExternalTools.soffice().orElseThrow();
        Path dir = Files.createTempDirectory("gongwen-number-split-21");
        try {
            Path source = Path.of("src/test/resources/corpus/gov-cn/21-approval.docx");
            Path pdf = LibreOffice.reformatted(soffice, Files.readAllBytes(source), io.gongwen.text.DocxReader.standard(),
                    "21", dir);
            // WHEN LibreOffice prints it THEN every coordinate of the source stands whole on one line
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b\\d{4,6}\\.\\d{3,4}\\b")
                    .matcher(io.gongwen.docx.read.WordContent.read(source).body().stream()
                            .filter(i -> i instanceof io.gongwen.docx.read.WordContent.Table)
                            .map(i -> String.join(" ", ((io.gongwen.docx.read.WordContent.Table) i).cellTexts().stream()
                                    .flatMap(List::stream).toList()))
                            .reduce("", (a, b) -> a + " " + b));
            List<String> coordinates = new java.util.ArrayList<>();
            while (m.find()) {
                coordinates.add(m.group());
            }
            assertThat(coordinates).hasSizeGreaterThan(100);
            String printed = String.join("\n", lines(pdf));
            assertThat(coordinates).allSatisfy(c -> assertThat(printed).contains(c));
        } finally {
            LibreOffice.deleteRendered(dir);
        }
    }
}
