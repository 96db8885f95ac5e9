package io.gongwen;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The formats {@link OfficialDocument#writeTo(Path)} chooses among, found with ServiceLoader. */
class WritersTest {
    @Test
    void the_library_brings_the_docx_writer_through_its_service_file() {
        assertThat(Writers.docx().extension()).isEqualTo(".docx");
        assertThat(Writers.docx().getClass().getName()).isEqualTo("io.gongwen.docx.write.DocxFormat");
        assertThat(Writers.forFile(Path.of("a/b/通知.DOCX"))).containsSame(Writers.docx());
    }

    @Test
    void a_name_without_an_extension_a_dot_file_and_an_unknown_one_have_no_writer_of_their_own() {
        assertThat(Writers.forFile(Path.of("report"))).isEmpty();
        assertThat(Writers.forFile(Path.of(".docx"))).isEmpty();
        assertThat(Writers.forFile(Path.of("report.2026"))).isEmpty();
        assertThat(Writers.extension(Path.of("/"))).isEmpty();
        assertThat(Writers.extension(Path.of("x.tar.GZ"))).isEqualTo(".gz");
    }
}
