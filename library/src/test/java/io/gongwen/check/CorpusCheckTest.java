package io.gongwen.check;

import io.gongwen.text.DocxReader;
import io.gongwen.text.DraftReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clean controls of the real world: the 30 State Council documents of the corpus, formatted as
 * {@code gongwen format} formats them (safe fixes, then the reader and the writer) from the copied text
 * and from the page saved as a .docx, check clean of everything but placeholders and what the source
 * prints otherwise than the standard and reading keeps (named per document below); the copied text has
 * nothing wrong that formatting does not fix.
 */
class CorpusCheckTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus/gov-cn");
    /** What a formatted real document may still have: placeholders are the clerk's to fill. */
    private static final Set<Rule> ALLOWED = Set.of(Rule.PLACEHOLDER);
    /**
     * What a formatted document keeps because its source prints it so and reading never changes what a
     * document says: 21 prints its attachment note "附件1.……" without the colon, so the note is written
     * as printed and {@code check} says the colon is missing (a fix that {@code format} does not apply,
     * as it inserts text; see {@link TextChecker#applySafeFixes}).
     */
    private static final Map<String, Set<Rule>> KNOWN_TODAY = Map.of("21-approval.txt", Set.of(Rule.ATTACHMENT_NOTE));
    /** The same for the documents formatted from the page saved as a .docx. */
    private static final Map<String, Set<Rule>> KNOWN_TODAY_FROM_DOCX = KNOWN_TODAY;

    @TempDir
    Path dir;

    @Test
    void the_formatted_corpus_documents_check_clean_but_for_placeholders() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        for (Path txt : texts()) {
            String name = txt.getFileName().toString();
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            Path docx = dir.resolve(name.replace(".txt", ".docx"));
            DraftReader.standard().read(TextChecker.applySafeFixes(text)).document().writeTo(docx);

            List<String> left = new ArrayList<>();
            Set<Rule> known = KNOWN_TODAY.getOrDefault(name, Set.of());
            for (Finding f : new DocxChecker().check(docx)) {
                if (!ALLOWED.contains(f.rule()) && !known.contains(f.rule())) {
                    left.add("docx " + f);
                }
            }
            // the page saved as a .docx, formatted as gongwen format formats a .docx
            Path saved = CORPUS.resolve(name.replace(".txt", ".docx"));
            Path fromDocx = dir.resolve(name.replace(".txt", ".from-docx.docx"));
            DocxReader.builder().paragraphText(TextChecker::applySafeFixes).build().read(saved).document().writeTo(fromDocx);
            Set<Rule> knownDocx = KNOWN_TODAY_FROM_DOCX.getOrDefault(name, Set.of());
            for (Finding f : new DocxChecker().check(fromDocx)) {
                if (!ALLOWED.contains(f.rule()) && !knownDocx.contains(f.rule())) {
                    left.add("from .docx " + f);
                }
            }
            // the text as gongwen format reads it: with the safe fixes
            for (Finding f : new TextChecker().check(TextChecker.applySafeFixes(text))) {
                if (!ALLOWED.contains(f.rule()) && !known.contains(f.rule())) {
                    left.add("text " + f);
                }
            }
            // and what the text as copied has wrong, formatting fixes: every finding has a safe fix
            for (Finding f : new TextChecker().check(text)) {
                if (!ALLOWED.contains(f.rule()) && f.fix().isEmpty()) {
                    left.add("copied text, no fix: " + f);
                }
            }
            if (!left.isEmpty()) {
                found.put(name, left);
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<Path> texts() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
