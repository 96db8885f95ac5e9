package io.gongwen.text;

import io.gongwen.DocumentReadException;
import io.gongwen.GongwenException;
import io.gongwen.check.DocxChecker;
import io.gongwen.samples.HolidayDutyNotice;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.ForeignDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damaged .docx files: the sample and a clerk's document with bytes of the archive flipped, the
 * archive cut short, and the XML of the document part cut, doubled and spliced. Reading and
 * checking each gives a result or the library's exception, whose message names the file; nothing
 * else escapes.
 */
class DocxReaderFuzzTest {
    /** {@code -Dgongwen.docx.mutations=5000} for a long run. */
    private static final int MUTATIONS = Integer.getInteger("gongwen.docx.mutations", 300);

    @TempDir
    Path dir;

    @Test
    @Timeout(300)
    void damaged_docx_files_read_or_give_the_librarys_exception_naming_the_file() throws IOException {
        List<byte[]> originals = List.of(HolidayDutyNotice.build().toBytes(), ForeignDocx.typedByAClerk());
        Map<Integer, String> escapes = new TreeMap<>();
        int read = 0;
        int refused = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            Random r = new Random(i);
            Path file = dir.resolve("mutation-" + i + ".docx");
            Files.write(file, mutate(originals.get(i % 2), r));
            try {
                DocxReader.standard().read(file);
                new DocxChecker().check(file);
                read++;
            } catch (DocumentReadException e) {
                if (!e.getMessage().startsWith("could not read " + file + ": ")) {
                    escapes.put(i, "message does not name the file: " + e.getMessage());
                }
                refused++;
            } catch (GongwenException e) {
                refused++;
            } catch (Throwable t) {
                escapes.put(i, t.toString());
            }
            Files.delete(file);
        }
        System.out.printf("damaged .docx files: %d tried, %d read, %d refused%n", MUTATIONS, read, refused);
        assertThat(escapes).isEmpty();
        assertThat(read).isPositive();
        assertThat(refused).isPositive();
    }

    private static byte[] mutate(byte[] docx, Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> {
                byte[] flipped = docx.clone();
                for (int k = 1 + r.nextInt(4); k > 0; k--) {
                    flipped[r.nextInt(flipped.length)] ^= (byte) (1 + r.nextInt(255));
                }
                yield flipped;
            }
            case 1 -> java.util.Arrays.copyOf(docx, r.nextInt(docx.length));
            default -> withDocumentXml(docx, mutateXml(documentXml(docx), r));
        };
    }

    private static String documentXml(byte[] docx) {
        return new String(new DocxInspector(docx).bytes("word/document.xml"), StandardCharsets.UTF_8);
    }

    private static String mutateXml(String xml, Random r) {
        int a = r.nextInt(xml.length());
        int b = r.nextInt(xml.length());
        return switch (r.nextInt(3)) {
            case 0 -> xml.substring(0, a);
            case 1 -> xml.substring(0, Math.min(a, b)) + xml.substring(Math.min(a, b));
            default -> xml.substring(0, a) + xml.substring(b);
        };
    }

    private static byte[] withDocumentXml(byte[] docx, String xml) {
        DocxInspector parts = new DocxInspector(docx);
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String part : parts.partNames()) {
            out.put(part, part.equals("word/document.xml") ? xml.getBytes(StandardCharsets.UTF_8) : parts.bytes(part));
        }
        return ForeignDocx.zip(out);
    }
}
