package io.gongwen.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongwen.OfficialDocument;
import io.gongwen.check.TextChecker;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.StandInFonts;
import io.gongwen.layout.UnsupportedElementException;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import io.gongwen.text.DocxReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 30 real State Council documents of the corpus, read from the pages saved as .docx as
 * {@code gongwen format} reads them (safe fixes, then {@link DocxReader}), written as PDF by
 * gongwen4j and as .docx, the .docx converted by LibreOffice 7.4 in one run, and both PDFs measured
 * by {@code ../shared/tools/docx-layout}: our PDF passes every check of the verdict wherever
 * LibreOffice's rendering of our .docx does, and takes as many pages in every document (three took
 * one page more until the layout hung stops and pauses in the margin as LibreOffice does). A document
 * with an element the layout does not place yet is refused by name and counted apart.
 *
 * <p>The table of every document's figures is written to {@code target/corpus-pdf.txt}.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class CorpusPdfTest {
    @Test
    void every_corpus_document_as_pdf_measures_as_its_docx_and_takes_as_many_pages() throws Exception {
        FontResolver fonts = StandInFonts.resolver();
        Path soffice = ExternalTools.soffice().orElseThrow();
        Path measure = ExternalTools.require(docxLayout(), "../shared/tools/docx-layout is not there (set DOCX_LAYOUT"
                + " to it), so the corpus PDFs are not measured");
        Path dir = Files.createDirectories(Path.of("target", "corpus-pdf").toAbsolutePath());
        Path ours = Files.createDirectories(dir.resolve("ours"));
        Path docxDir = Files.createDirectories(dir.resolve("docx"));
        Path theirs = Files.createDirectories(dir.resolve("libreoffice"));

        Map<String, String> refused = new TreeMap<>();
        List<String> laidOut = new ArrayList<>();
        List<Path> docx = new ArrayList<>();
        for (Path saved : corpus()) {
            String name = saved.getFileName().toString().replaceFirst("\\.docx$", "");
            OfficialDocument doc = DocxReader.builder().paragraphText(TextChecker::applySafeFixes).build()
                    .read(saved).document();
            byte[] pdf;
            try {
                pdf = PdfWriter.toBytes(doc, fonts);
            } catch (UnsupportedElementException e) {
                refused.put(name, e.getMessage());
                continue;
            }
            Files.write(ours.resolve(name + ".pdf"), pdf);
            Path written = docxDir.resolve(name + ".docx");
            doc.writeTo(written);
            docx.add(written);
            laidOut.add(name);
        }
        List<Path> rendered = LibreOffice.toPdf(soffice, docx, theirs);

        // docx-layout reads a page at 600 dpi for the page number's dash: two at a time on two cores
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<String, Future<JsonNode>> oursMeasured = new TreeMap<>();
        Map<String, Future<JsonNode>> theirsMeasured = new TreeMap<>();
        try {
            for (int i = 0; i < laidOut.size(); i++) {
                String name = laidOut.get(i);
                Path theirPdf = rendered.get(i);
                assertThat(theirPdf).as("LibreOffice did not convert %s", name).exists();
                oursMeasured.put(name, pool.submit(() -> measured(measure, ours.resolve(name + ".pdf"))));
                theirsMeasured.put(name, pool.submit(() -> measured(measure, theirPdf)));
            }
            StringBuilder report = new StringBuilder("document | our PDF: checks, pages | LibreOffice from our .docx: "
                    + "checks, pages\n");
            List<String> worse = new ArrayList<>();
            Map<String, String> differ = new TreeMap<>();
            for (String name : laidOut) {
                JsonNode o = oursMeasured.get(name).get();
                JsonNode t = theirsMeasured.get(name).get();
                int oursPages = o.path("pages").size();
                int theirPages = t.path("pages").size();
                report.append(name).append(" | ").append(checks(o)).append(", ").append(oursPages).append(" | ")
                        .append(checks(t)).append(", ").append(theirPages).append('\n');
                if (t.path("pass").asBoolean() && !o.path("pass").asBoolean()) {
                    worse.add(name + ": " + failed(o));
                }
                if (oursPages != theirPages) {
                    differ.put(name, oursPages + " pages, LibreOffice " + theirPages);
                }
            }
            refused.forEach((name, why) -> report.append(name).append(" | refused: ").append(why).append('\n'));
            report.append(laidOut.size()).append(" laid out, ").append(refused.size()).append(" refused; pages differ in ")
                    .append(differ.size()).append(": ").append(differ).append('\n');
            Files.writeString(Path.of("target", "corpus-pdf.txt"), report);
            System.out.print(report);

            assertThat(laidOut.size() + refused.size()).isEqualTo(30);
            assertThat(laidOut).isNotEmpty();
            assertThat(refused.values()).allMatch(why -> why.contains("does not lay out"));
            assertThat(worse).as("our PDF fails checks that LibreOffice's rendering of our .docx passes").isEmpty();
            assertThat(differ).as("documents whose page count is not LibreOffice's").isEmpty();
        } finally {
            pool.shutdownNow();
        }
        LibreOffice.deleteRendered(dir);
    }

    /** docx-layout's figures for one PDF, as JSON. */
    private static JsonNode measured(Path measure, Path pdf) throws Exception {
        ExternalTools.Result r = ExternalTools.run(List.of(measure.toString(), pdf.toString(), "--json"), pdf.getParent(), 600);
        assertThat(r.exitCode()).as("docx-layout %s: %s", pdf, r.stderr()).isZero();
        return new ObjectMapper().readTree(r.stdout());
    }

    /** "16/16": the verdict's checks passed, of those that count (not the informative ones). */
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

    private static List<String> failed(JsonNode measured) {
        List<String> failed = new ArrayList<>();
        for (JsonNode check : measured.path("verdict")) {
            if (!check.path("info").asBoolean() && !check.path("ok").asBoolean()) {
                failed.add(check.path("check").asText() + ": got " + check.path("got"));
            }
        }
        return failed;
    }

    private static List<Path> corpus() throws Exception {
        Path folder = io.gongwen.testing.Repository.corpus();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".docx")).sorted().toList();
        }
    }

    /**
     * The measuring tool: {@code DOCX_LAYOUT}, or {@code shared/tools/docx-layout} beside the
     * repository (where CI and the developers' machines have it).
     */
    static Optional<Path> docxLayout() {
        String explicit = System.getenv("DOCX_LAYOUT");
        if (explicit != null && Files.isExecutable(Path.of(explicit))) {
            return Optional.of(Path.of(explicit));
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path tool = p.resolve("shared/tools/docx-layout");
            if (Files.isExecutable(tool)) {
                return Optional.of(tool);
            }
        }
        return Optional.empty();
    }
}
