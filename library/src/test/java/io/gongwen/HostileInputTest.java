package io.gongwen;

import io.gongwen.testing.HostileDocuments;
import io.gongwen.testing.Schemas;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the input, building and writing either gives a document that passes schema validation or
 * throws the library's exception with a message that starts with the field. Nothing else escapes.
 */
class HostileInputTest {
    /** {@code -Dgongwen.hostile.documents=50000} for the long run. */
    static final int DOCUMENTS = Integer.getInteger("gongwen.hostile.documents", 3000);
    private static final Pattern FIELD_FIRST = Pattern.compile("^[A-Za-z][\\w.\\[\\]()/]*: \\S.*", Pattern.DOTALL);

    @Test
    void every_input_gives_a_valid_document_or_names_the_field() {
        Map<Long, String> escapes = new ConcurrentSkipListMap<>();
        Map<String, AtomicInteger> refusedBy = new ConcurrentHashMap<>();
        AtomicInteger written = new AtomicInteger();
        IntStream.range(0, DOCUMENTS).parallel().forEach(i -> {
            long seed = i;
            try {
                OfficialDocument doc = HostileDocuments.attempt(seed);
                doc.outline();
                var errors = Schemas.errors(doc.toBytes());
                if (!errors.isEmpty()) {
                    escapes.put(seed, "schema errors: " + errors);
                }
                written.incrementAndGet();
            } catch (InvalidDocumentException e) {
                if (!FIELD_FIRST.matcher(e.getMessage()).matches() || !e.getMessage().startsWith(e.field() + ": ")) {
                    escapes.put(seed, "message does not start with the field: " + e.getMessage());
                }
                refusedBy.computeIfAbsent(e.field().replaceAll("\\[\\d+]", "[]"), k -> new AtomicInteger()).incrementAndGet();
            } catch (Throwable t) {
                escapes.put(seed, t.toString());
            }
        });

        assertThat(escapes).as("seeds that gave something other than a valid file or a named field").isEmpty();
        int refused = DOCUMENTS - written.get();
        System.out.printf("hostile input: %d documents tried, %d written and schema-valid, %d refused %s%n",
                DOCUMENTS, written.get(), refused, new TreeMap<>(refusedBy));
        assertThat(written.get()).as("valid documents among the hostile ones").isGreaterThan(DOCUMENTS / 5);
        assertThat(refused).as("refused inputs").isGreaterThan(DOCUMENTS / 5);
    }

    @Test
    void writes_a_paragraph_of_100000_characters() {
        String huge = "国".repeat(100_000);
        OfficialDocument doc = OfficialDocument.builder().title("标题").paragraph(huge).build();

        byte[] bytes = doc.toBytes();

        assertThat(Schemas.errors(bytes)).isEmpty();
        assertThat(new io.gongwen.testing.DocxInspector(bytes).paragraphTexts()).contains(huge);
    }

    @Test
    void writes_two_thousand_sections_numbered_to_two_thousand() {
        OfficialDocument.Builder b = OfficialDocument.builder().title("标题");
        for (int i = 0; i < 2000; i++) {
            b.section("部分", s -> s.runIn("要求。", "内容。"));
        }
        OfficialDocument doc = b.build();

        byte[] bytes = doc.toBytes();

        assertThat(Schemas.errors(bytes)).isEmpty();
        assertThat(doc.outline()).contains("二千、部分").contains("一千九百九十九、部分");
    }

    @Test
    void writes_empty_sections() {
        OfficialDocument doc = OfficialDocument.builder().title("标题")
                .section("甲", s -> { }).section("乙", s -> s.section("丙", t -> { })).build();

        assertThat(Schemas.errors(doc.toBytes())).isEmpty();
        assertThat(doc.outline()).isEqualTo("标题 标题\n一、甲\n二、乙\n  （一）丙\n");
    }

    @Test
    void keeps_right_to_left_text_emoji_and_combining_marks_as_given() {
        String text = "عربي עברית \u202Eمقلوب\u202C 😀👍🏽 e\u0301\u0302 ﬁ";
        OfficialDocument doc = OfficialDocument.builder().title("标题").paragraph(text).build();

        byte[] bytes = doc.toBytes();

        assertThat(Schemas.errors(bytes)).isEmpty();
        assertThat(new io.gongwen.testing.DocxInspector(bytes).paragraphTexts()).contains(text);
    }
}
