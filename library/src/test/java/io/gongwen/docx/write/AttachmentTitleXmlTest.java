package io.gongwen.docx.write;

import io.gongwen.OfficialDocument;
import io.gongwen.testing.DocxInspector;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** An attachment's title is broken as the document's is (TitleBreaker, §7.3.1), in one paragraph. */
class AttachmentTitleXmlTest {
    private static final String DOC = "word/document.xml";

    @Test
    void breaks_a_long_attachment_title_as_the_documents_title() {
        // GIVEN
        String title = "国务院办公厅关于加快发展体育竞赛表演产业的指导意见";
        OfficialDocument doc = OfficialDocument.builder()
                .title("关于开展安全检查的通知")
                .paragraph("现将有关事项通知如下。")
                .signature("县安全生产委员会办公室")
                .date(LocalDate.of(2020, 7, 1))
                .attachment(title, a -> a.paragraph("由县体育局负责。"))
                .build();

        // WHEN
        DocxInspector docx = new DocxInspector(doc.toBytes());

        // THEN the break falls where the document title's would: 关于加快发展 / 体育竞赛…
        String paragraph = "//w:body/w:p[string(.)='" + title + "']";
        assertThat(docx.count(DOC, paragraph + "/w:r/w:br")).isEqualTo(1);
        assertThat(docx.value(DOC, paragraph + "/w:r[1]/w:t")).isEqualTo("国务院办公厅关于加快发展");
        assertThat(docx.value(DOC, paragraph + "/w:r[2]/w:t")).isEqualTo("体育竞赛表演产业的指导意见");
    }
}
