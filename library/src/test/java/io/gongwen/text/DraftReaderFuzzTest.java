package io.gongwen.text;

import io.gongwen.GongwenException;
import io.gongwen.testing.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated drafts: the seeds with bytes flipped, lines shuffled, cut short, doubled, and made huge,
 * with head-block, attachment and colophon lines put in at random and a random front matter on top.
 * Every read gives a document that writes schema-valid, or the library's exception; nothing else.
 * The text checker and its fixes run over the same drafts.
 */
class DraftReaderFuzzTest {
    /** {@code -Dgongwen.draft.mutations=20000} for the long run. */
    private static final int MUTATIONS = Integer.getInteger("gongwen.draft.mutations", 1000);

    @Test
    @Timeout(300)
    void mutated_drafts_read_into_valid_documents_or_the_librarys_exception() throws IOException {
        List<byte[]> seeds = List.of(seed("seed-000.txt"), seed("seed-001.txt"));
        Map<Integer, String> escapes = new TreeMap<>();
        int read = 0;
        int refused = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            Random r = new Random(i);
            String text = mutate(seeds.get(i % 2), r);
            try {
                // the checker and its fixes take the same untrusted text
                var findings = new io.gongwen.check.TextChecker().check(text);
                io.gongwen.check.TextChecker.applyFixes(text, findings);
                Draft draft = DraftReader.standard().read(text);
                List<String> errors = Schemas.errors(draft.document().toBytes());
                if (!errors.isEmpty()) {
                    escapes.put(i, "schema errors: " + errors);
                }
                read++;
            } catch (GongwenException e) {
                refused++;
            } catch (Throwable t) {
                escapes.put(i, t.toString());
            }
        }
        System.out.printf("mutated drafts: %d tried, %d read and written valid, %d refused%n", MUTATIONS, read, refused);
        assertThat(escapes).isEmpty();
        assertThat(read).isGreaterThan(MUTATIONS / 3);
    }

    private static String mutate(byte[] seed, Random r) {
        byte[] bytes = Arrays.copyOf(seed, seed.length);
        switch (r.nextInt(5)) {
            case 0 -> {
                for (int k = 0; k < 1 + r.nextInt(8); k++) {
                    bytes[r.nextInt(bytes.length)] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 1 -> bytes = Arrays.copyOf(bytes, r.nextInt(bytes.length));
            default -> {
            }
        }
        // decoding flipped bytes gives U+FFFD and whatever control characters the flips made
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        switch (r.nextInt(4)) {
            case 0 -> Collections.shuffle(lines, r);
            case 1 -> lines.add(r.nextInt(lines.size() + 1), "国".repeat(50_000 + r.nextInt(100_000)));
            case 2 -> lines.addAll(new ArrayList<>(lines));
            default -> {
            }
        }
        // the whole-document lines the recogniser looks for, at random places
        for (int k = r.nextInt(4); k > 0; k--) {
            lines.add(r.nextInt(lines.size() + 1), WHOLE_DOCUMENT_LINES[r.nextInt(WHOLE_DOCUMENT_LINES.length)]);
        }
        String body = String.join("\n", lines);
        return r.nextInt(3) == 0 ? frontMatter(r) + body : body;
    }

    private static final String[] WHOLE_DOCUMENT_LINES = {"000001", "机密★1年", "特急", "XX县人民政府文件",
            "X政发〔2021〕12号", "签发人：张三　李四", "X政发〔2021〕12号\t\t王五", "秘密\tX政函〔2021〕3号", "XX市人民政府令",
            "第56号", "附件：1.责任分工", "2.报告提纲", "附件：检查表", "附件", "附件1", "附件2", "出席：张三、李四",
            "请假：王五", "抄送：县委办公室，县人大常委会办公室。", "XX县人民政府办公室　　2021年2月26日印发",
            "XX县人民政府\tXX县人民武装部", "2021年2月30日", "（此件公开发布）"};

    private static final String[] FRONT_MATTER_LINES = {"份号: 000001", "份号: 12", "copyNumber: 0", "密级: 机密★1年",
            "密级: 秘密", "保密期限: 6个月", "紧急程度: 特急", "发文机关: [XX县人民政府, XX县财政局]", "issuers: XX",
            "标志后缀: 文件", "发文字号: X政发〔2021〕12号", "documentNumber: X[2021]012号", "签发人: [张三, 李四]",
            "抄送: 县委办公室，县政协办公室。", "印发机关: XX办公室", "印发日期: 2021-02-26", "printDate: 2021年2月30日",
            "格式: 纪要", "format: order", "令号: 5", "出席: [张三]", "成文日期: 2021年3月1日", "套红信纸: 是",
            "unknown: x", "抄送: [[a]]", "抄送: &a [b]", "抄送: *a", "份号: !!int 1", "  - x", "{", "]", "'", "\"",
            "抄送:\n  - a\n  - b", "# 注释", ""};

    /** A front matter block of random lines, some of them wrong, sometimes without its closing line. */
    private static String frontMatter(Random r) {
        StringBuilder yaml = new StringBuilder("---\n");
        for (int k = r.nextInt(8); k > 0; k--) {
            yaml.append(FRONT_MATTER_LINES[r.nextInt(FRONT_MATTER_LINES.length)]).append('\n');
        }
        return r.nextInt(10) == 0 ? yaml.toString() : yaml.append("---\n").toString();
    }

    private static byte[] seed(String name) throws IOException {
        try (InputStream in = DraftReaderFuzzTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
