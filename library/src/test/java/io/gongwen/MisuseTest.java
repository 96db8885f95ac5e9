package io.gongwen;

import io.gongwen.check.TextChecker;
import io.gongwen.samples.HolidayDutyNotice;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Misuses of the API that a hostile-input campaign found (issue 14): each gives the library's
 * exception with the argument named, or the result the document prints, never a bare
 * NullPointerException or a message blaming gongwen4j.
 */
class MisuseTest {
    private static final OfficialDocument DOC = HolidayDutyNotice.build();

    @Test
    void names_a_null_file_to_write_to() {
        assertThatThrownBy(() -> DOC.writeTo((Path) null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("file: must not be null");
    }

    @Test
    void names_a_null_stream_instead_of_calling_itself_faulty() {
        assertThatThrownBy(() -> DOC.writeTo((OutputStream) null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("out: must not be null");
    }

    @Test
    void names_a_null_date_to_format() {
        assertThatThrownBy(() -> OfficialDocument.formatDate(null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("date: must not be null");
    }

    @Test
    void names_null_text_or_findings_to_fix() {
        assertThatThrownBy(() -> TextChecker.applyFixes(null, List.of()))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("draft: must not be null");
        assertThatThrownBy(() -> TextChecker.applyFixes("标题", null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("findings: must not be null");
    }

    @Test
    void a_note_in_half_width_parentheses_gets_full_width_ones_not_a_second_pair() {
        OfficialDocument doc = OfficialDocument.builder().title("标题").paragraph("正文。").note("(此件公开发布)").build();

        assertThat(doc.closing().note()).contains("（此件公开发布）");
    }

    @Test
    void a_note_of_parentheses_alone_is_blank() {
        assertThatThrownBy(() -> OfficialDocument.builder().note("（）"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("note: must not be blank inside its parentheses: \"（）\"");
    }

    @Test
    void an_addressee_of_a_colon_alone_names_no_one() {
        for (String colon : List.of("：", ":", " ： ")) {
            assertThatThrownBy(() -> OfficialDocument.builder().addressee(colon))
                    .isInstanceOf(InvalidDocumentException.class)
                    .hasMessage("addressee[0]: must name the recipients, not only a colon: \"" + colon.strip() + "\"");
        }
        assertThatThrownBy(() -> OfficialDocument.builder().addressee("各部门", "："))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("addressee[1]: ");
    }

    @Test
    void the_outline_numbers_a_single_attachment_as_the_document_prints_it() {
        OfficialDocument doc = OfficialDocument.builder().title("标题").paragraph("正文。")
                .attachment("责任分工", a -> a.paragraph("由县公安局负责。"))
                .signature("县人民政府办公室").date(LocalDate.of(2021, 2, 26)).build();

        assertThat(doc.outline()).contains("附件说明 责任分工\n", "附件 责任分工\n")
                .doesNotContain("附件说明 1.", "附件1");
    }
}
