package io.gongwen.docx.write;

import io.gongwen.samples.CountyOfficeSummary;
import io.gongwen.testing.RandomDocuments;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {

    @Test
    void the_same_document_built_twice_gives_the_same_bytes() {
        byte[] first = CountyOfficeSummary.build().toBytes();
        byte[] second = CountyOfficeSummary.build().toBytes();

        assertThat(second).isEqualTo(first);
        for (int seed = 0; seed < 20; seed++) {
            assertThat(RandomDocuments.generate(seed).toBytes()).isEqualTo(RandomDocuments.generate(seed).toBytes());
        }
    }

    @Test
    void stream_file_and_bytes_agree() throws Exception {
        var doc = CountyOfficeSummary.build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.writeTo(out);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("determinism", ".docx");
        try {
            doc.writeTo(file);
            assertThat(out.toByteArray()).isEqualTo(doc.toBytes()).isEqualTo(java.nio.file.Files.readAllBytes(file));
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void stamps_every_zip_entry_with_a_fixed_time_not_the_clock() throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(CountyOfficeSummary.build().toBytes()))) {
            int entries = 0;
            for (ZipEntry e; (e = zip.getNextEntry()) != null; entries++) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(1980, 2, 1, 0, 0));
                assertThat(e.getExtra()).as(e.getName()).isNull();
                assertThat(e.getMethod()).as(e.getName()).isEqualTo(ZipEntry.DEFLATED);
            }
            assertThat(entries).isEqualTo(9);
        }
    }

    @Test
    void writes_no_creation_date_or_author() {
        var docx = new io.gongwen.testing.DocxInspector(CountyOfficeSummary.build().toBytes());
        String core = new String(docx.bytes("docProps/core.xml"), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(core).doesNotContain("created").doesNotContain("creator").doesNotContain("POI");
    }
}
