package io.gongwen.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongwen.OfficialDocument;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.NotedDocuments;
import io.gongwen.layout.StandInFonts;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our PDF of documents with notes against LibreOffice's rendering of their {@code .docx}: the same
 * footnotes start on the same pages, with as many of their lines on each page (the long note split
 * after the same line), the marks on the same pages, and as many pages, but for the page of its own
 * LibreOffice gives the endnotes, which the layout prints after the closing as Word does. Both PDFs
 * measured by {@code ../shared/tools/docx-layout}: ours passes every check LibreOffice's passes. The
 * pages are left as pictures in {@code target/notes-pages/} (ours and LibreOffice's) to be looked at.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class NotesRenderedTest {
    @Test
    void footnotes_fall_on_the_pages_libreoffice_gives_them_and_the_pdf_measures_as_the_docx() throws Exception {
        FontResolver fonts = StandInFonts.resolver();
        Path soffice = ExternalTools.soffice().orElseThrow();
        Path measure = ExternalTools.require(CorpusPdfTest.docxLayout(), "../shared/tools/docx-layout is not there"
                + " (set DOCX_LAYOUT to it), so the PDFs with notes are not measured");
        Path dir = Files.createDirectories(Path.of("target", "notes-pages").toAbsolutePath());
        List<String> names = List.of("report", "mark-on-row-21", "mark-on-row-22");
        List<OfficialDocument> docs = List.of(NotedDocuments.report().document(), NotedDocuments.markOnRow(18).document(),
                NotedDocuments.markOnRow(19).document());
        List<Path> docx = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Path written = dir.resolve(names.get(i) + ".docx");
            docs.get(i).writeTo(written);
            docx.add(written);
            Files.write(dir.resolve(names.get(i) + ".pdf"), PdfWriter.toBytes(docs.get(i), fonts));
        }
        Path theirs = Files.createDirectories(dir.resolve("libreoffice"));
        List<Path> rendered = LibreOffice.toPdf(soffice, docx, theirs);

        StringBuilder report = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            List<PdfMeasure.Page> ours = PdfMeasure.read(Files.readAllBytes(dir.resolve(names.get(i) + ".pdf")), 37 + 225);
            List<PdfMeasure.Page> lo = PdfMeasure.read(Files.readAllBytes(rendered.get(i)), 37 + 225);
            boolean endnotes = i == 0;
            report.append(names.get(i)).append(": ").append(ours.size()).append(" pages, LibreOffice ").append(lo.size())
                    .append(endnotes ? " (its last page the endnote's)" : "").append('\n');
            assertThat(ours.size()).as(names.get(i)).isEqualTo(lo.size() - (endnotes ? 1 : 0));
            for (int p = 0; p < ours.size(); p++) {
                List<String> numbers = new ArrayList<>(noteNumbers(ours.get(p)));
                long lines = noteLines(ours.get(p));
                if (endnotes && p == ours.size() - 1) {
                    // the endnote's one line, printed here after the closing, is on LibreOffice's extra page
                    assertThat(numbers.remove(0)).isEqualTo("1");
                    lines--;
                }
                assertThat(numbers).as("%s page %d: the footnotes starting there", names.get(i), p + 1)
                        .isEqualTo(noteNumbers(lo.get(p)));
                assertThat(lines).as("%s page %d: footnote lines", names.get(i), p + 1).isEqualTo(noteLines(lo.get(p)));
                assertThat(marks(ours.get(p))).as("%s page %d: the marks in the text", names.get(i), p + 1)
                        .isEqualTo(marks(lo.get(p)));
                if (!numbers.isEmpty()) {
                    // a page with footnotes starting on it holds their marks: the measure sees them
                    assertThat(marks(ours.get(p))).as("%s page %d: marks found", names.get(i), p + 1).isNotEmpty();
                }
                report.append("  page ").append(p + 1).append(": notes ").append(noteNumbers(ours.get(p))).append(", ")
                        .append(noteLines(ours.get(p))).append(" note lines\n");
            }
        }
        // the endnote: after the closing here, on a page of its own in LibreOffice
        List<PdfMeasure.Page> lo = PdfMeasure.read(Files.readAllBytes(rendered.get(0)), 37 + 225);
        assertThat(lo.get(lo.size() - 1).text()).extracting(PdfMeasure.Line::text).anyMatch(t -> t.contains(NotedDocuments.END));

        JsonNode ourMeasure = measured(measure, dir.resolve("report.pdf"), dir.resolve("png-ours"));
        JsonNode theirMeasure = measured(measure, rendered.get(0), dir.resolve("png-libreoffice"));
        report.append("docx-layout: ours ").append(checks(ourMeasure)).append(", LibreOffice ").append(checks(theirMeasure))
                .append('\n');
        Files.writeString(dir.resolve("pages.txt"), report);
        System.out.print(report);
        for (JsonNode check : theirMeasure.path("verdict")) {
            if (check.path("info").asBoolean() || !check.path("ok").asBoolean()) {
                continue;
            }
            JsonNode mine = null;
            for (JsonNode c : ourMeasure.path("verdict")) {
                if (c.path("check").asText().equals(check.path("check").asText())) {
                    mine = c;
                }
            }
            assertThat(mine).as(check.path("check").asText()).isNotNull();
            assertThat(mine.path("ok").asBoolean()).as("%s: got %s", check.path("check").asText(), mine.path("got")).isTrue();
        }
    }

    /** The numbers of the notes that start on a page: the raised 7 pt digits at the block's left edge. */
    private static List<String> noteNumbers(PdfMeasure.Page page) {
        List<String> numbers = new ArrayList<>();
        for (PdfMeasure.Line line : page.text()) {
            PdfMeasure.Glyph first = line.glyphs().get(0);
            // (PDFBox gives sizes in whole points, cut: 6 for our 6.96 pt, 7 for LibreOffice's 7)
            if (first.sizePt() > 5.5 && first.sizePt() < 8.5 && Math.abs(first.left() - 28) < 0.5) {
                numbers.add(line.text().strip());
            }
        }
        return numbers;
    }

    /**
     * The note marks in a page's text, in reading order: the 9 pt raised glyphs of the body's lines (a
     * note's own number, in the note area, is 7 pt).
     */
    private static List<String> marks(PdfMeasure.Page page) {
        List<String> marks = new ArrayList<>();
        for (PdfMeasure.Line line : page.text()) {
            for (PdfMeasure.Glyph g : line.glyphs()) {
                if (g.sizePt() > 8.5 && g.sizePt() < 11.5 && !g.text().isBlank()) {
                    marks.add(g.text());
                }
            }
        }
        return marks;
    }

    /** The lines of note text on a page: the 12 pt ones (the body is 16 pt, the page number 14). */
    private static long noteLines(PdfMeasure.Page page) {
        return page.text().stream().filter(l -> Math.round(l.sizePt()) == 12).count();
    }

    private static JsonNode measured(Path measure, Path pdf, Path png) throws Exception {
        Files.createDirectories(png);
        ExternalTools.Result r = ExternalTools.run(List.of(measure.toString(), pdf.toString(), "--json", "--png", png.toString()),
                pdf.getParent(), 600);
        assertThat(r.exitCode()).as("docx-layout %s: %s", pdf, r.stderr()).isZero();
        return new ObjectMapper().readTree(r.stdout());
    }

    private static String checks(JsonNode measured) {
        int all = 0;
        int ok = 0;
        for (JsonNode check : measured.path("verdict")) {
            if (!check.path("info").asBoolean()) {
                all++;
                ok += check.path("ok").asBoolean() ? 1 : 0;
            }
        }
        return ok + "/" + all;
    }
}
