package io.gongwen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongwen.OfficialDocument;
import io.gongwen.check.TextChecker;
import io.gongwen.testing.CorpusScore;
import io.gongwen.text.DocxReader;
import io.gongwen.text.DraftReader;
import io.gongwen.testing.CorpusScore.Criterion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 30 real State Council documents of the shared corpus, each formatted by {@code gongwen format}
 * from the text a clerk copies from the web page and from the .docx a clerk saves, and scored against
 * its ground truth criterion by criterion (see {@link CorpusScore}). Prints one score line per input
 * kind; every criterion must hold for every document. The note, the attachments and the documents
 * issued after the closing are compared at the model level.
 */
class CorpusFormatTest {
    @TempDir
    Path dir;

    static Path corpus() throws URISyntaxException {
        return io.gongwen.testing.Repository.corpus();
    }

    static List<String> names() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected.json"))
                    .map(n -> n.substring(0, n.length() - ".expected.json".length())).sorted().toList();
        }
    }

    @Test
    void every_document_comes_out_right_from_its_text() throws Exception {
        assertAllPass(score(".txt"));
    }

    @Test
    void every_document_comes_out_right_from_its_docx() throws Exception {
        assertAllPass(score(".docx"));
    }

    @Test
    void every_document_keeps_its_note_attachments_and_issued_documents() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> wrong = new ArrayList<>();
        for (String name : names()) {
            JsonNode exp = json.readTree(corpus().resolve(name + ".expected.json").toFile());
            String text = TextChecker.applySafeFixes(Files.readString(corpus().resolve(name + ".txt")));
            OfficialDocument fromText = DraftReader.standard().read(text).document();
            OfficialDocument fromDocx = DocxReader.builder().paragraphText(TextChecker::applySafeFixes).build()
                    .read(corpus().resolve(name + ".docx")).document();
            for (OfficialDocument doc : List.of(fromText, fromDocx)) {
                String source = doc == fromText ? ".txt" : ".docx";
                String note = exp.path("note").isNull() ? "" : exp.path("note").asText();
                if (!doc.closing().note().orElse("").equals(note)) {
                    wrong.add(name + source + ": note " + doc.closing().note());
                }
                List<String> attachments = new ArrayList<>();
                exp.path("attachments").forEach(a -> attachments.add(nows(a.path("title").asText())));
                List<String> got = doc.attachments().stream().map(a -> nows(a.title())).toList();
                if (!got.equals(attachments)) {
                    wrong.add(name + source + ": attachments " + got);
                }
                List<String> issued = new ArrayList<>();
                exp.path("embedded").forEach(e -> issued.add(nows(e.path("title").asText())));
                List<String> gotIssued = doc.issued().stream().map(d -> nows(d.titleText())).toList();
                if (!gotIssued.equals(issued)) {
                    wrong.add(name + source + ": issued " + gotIssued);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static String nows(String s) {
        return s.replaceAll("[\\s\\u3000\\u00a0]", "");
    }

    private List<CorpusScore.Result> score(String extension) throws Exception {
        List<CorpusScore.Result> results = new ArrayList<>();
        for (String name : names()) {
            Path out = dir.resolve(name + extension + ".out.docx");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(new String[] {"format", corpus().resolve(name + extension).toString(), "-o", out.toString()},
                    new ByteArrayOutputStream(), err, false);
            assertThat(code).as(name + extension + ": " + err.toString(StandardCharsets.UTF_8)).isZero();
            results.add(CorpusScore.score(name, corpus().resolve(name + ".expected.json"),
                    corpus().resolve(name + ".txt"), out));
        }
        Map<Criterion, Long> counts = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            counts.put(c, results.stream().filter(r -> r.passed().get(c)).count());
        }
        System.out.println("corpus " + extension + ": " + results.stream().filter(CorpusScore.Result::pass).count()
                + " of " + results.size() + " documents pass ("
                + counts.entrySet().stream().map(e -> e.getKey().name().toLowerCase() + " " + e.getValue() + "/" + results.size())
                .collect(Collectors.joining(", ")) + ")");
        return results;
    }

    private static void assertAllPass(List<CorpusScore.Result> results) {
        assertThat(results).hasSize(30);
        assertThat(results).filteredOn(r -> !r.pass()).isEmpty();
    }
}
