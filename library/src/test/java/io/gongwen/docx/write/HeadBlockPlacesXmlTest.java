package io.gongwen.docx.write;

import io.gongwen.DocumentFormat;
import io.gongwen.Length;
import io.gongwen.OfficialDocument;
import io.gongwen.Specification;
import io.gongwen.testing.DocxInspector;
import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The head block's places come from the {@link Specification} (GB/T 9704-2012 §7.2.4, §10.1, §10.2):
 * moving one by so many millimetres moves what it places by as many twips, and nothing else.
 */
class HeadBlockPlacesXmlTest {
    private static final String DOC = "word/document.xml";
    private static final String BODY = "/w:document/w:body";
    private static final String MARK_BEFORE = BODY + "/w:p[w:pPr/w:pStyle/@w:val='Mark']/w:pPr/w:spacing/@w:before";
    private static final String RULE_BEFORE = BODY + "/w:p[w:pPr/w:pBdr/w:top/@w:color='FF0000']/w:pPr/w:spacing/@w:before";

    private static OfficialDocument document(DocumentFormat format, Specification spec) {
        OfficialDocument.Builder b = OfficialDocument.builder().specification(spec).format(format)
                .issuers("XX县人民政府").addressee("各乡镇人民政府：");
        if (format == DocumentFormat.ORDER) {
            b.orderNumber(3);
        } else {
            b.documentNumber(format == DocumentFormat.LETTER ? "X政函〔2021〕8号" : "X政发〔2021〕8号")
                    .title("XX县人民政府关于开展检查的通知");
        }
        return b.paragraph("正文。").signature("XX县人民政府").date(java.time.LocalDate.of(2021, 3, 20)).build();
    }

    private static long value(DocumentFormat format, UnaryOperator<Specification.Builder> change, String part,
                              String expression) {
        OfficialDocument doc = document(format, change.apply(Specification.standard().toBuilder()).build());
        return Long.parseLong(new DocxInspector(doc.toBytes()).value(part, expression));
    }

    private static long moved(DocumentFormat format, UnaryOperator<Specification.Builder> change, String part,
                              String expression) {
        return value(format, change, part, expression) - value(format, b -> b, part, expression);
    }

    @Test
    void the_mark_moves_with_its_drop_for_documents_and_orders() {
        assertThat(moved(DocumentFormat.GENERAL, b -> b.markDrop(Length.mm(45), Length.mm(20)), DOC, MARK_BEFORE))
                .isEqualTo(Length.mm(10).toTwips());
        assertThat(moved(DocumentFormat.ORDER, b -> b.markDrop(Length.mm(35), Length.mm(25)), DOC, MARK_BEFORE))
                .isEqualTo(Length.mm(5).toTwips());
        assertThat(moved(DocumentFormat.ORDER, b -> b.markDrop(Length.mm(45), Length.mm(20)), DOC, MARK_BEFORE))
                .as("an order's mark does not follow the documents' drop").isZero();
    }

    @Test
    void the_red_rule_moves_with_its_gap_under_the_number() {
        assertThat(moved(DocumentFormat.GENERAL, b -> b.ruleGap(Length.mm(6)), DOC, RULE_BEFORE))
                .isEqualTo(Length.mm(6).toTwips() - Length.mm(4).toTwips());
    }

    @Test
    void the_letters_mark_and_double_lines_move_with_their_places() {
        String header = "word/header1.xml";
        String markBefore = "//w:p[w:pPr/w:pStyle/@w:val='Mark']/w:pPr/w:spacing/@w:before";
        String lineBefore = "//w:p[w:pPr/w:pBdr/w:top]/w:pPr/w:spacing/@w:before";
        String lowerY = BODY + "/w:p[1]/w:pPr/w:framePr/@w:y";

        assertThat(moved(DocumentFormat.LETTER, b -> b.letter(Length.mm(33), Length.mm(4), Length.mm(20)), header, markBefore))
                .isEqualTo(Length.mm(33).toTwips() - Length.mm(30).toTwips());
        assertThat(moved(DocumentFormat.LETTER, b -> b.letter(Length.mm(30), Length.mm(6), Length.mm(20)), header, lineBefore))
                .isEqualTo(Length.mm(6).toTwips() - Length.mm(4).toTwips());
        assertThat(moved(DocumentFormat.LETTER, b -> b.letter(Length.mm(30), Length.mm(4), Length.mm(25)), DOC, lowerY))
                .as("lifted from the paper's foot").isEqualTo(-(Length.mm(25).toTwips() - Length.mm(20).toTwips()));
    }
}
