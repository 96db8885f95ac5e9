package io.gongwen;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WholeDocumentBuilderTest {
    /** A 1 × 1 transparent PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static OfficialDocument.Builder base() {
        return OfficialDocument.builder().title("关于开展安全检查的通知").paragraph("现将有关事项通知如下。");
    }

    @Test
    void parses_and_prints_a_document_number() {
        assertThat(DocumentNumber.parse("国办发〔2012〕10号")).hasToString("国办发〔2012〕10号");
        assertThat(DocumentNumber.parse("国办发〔2012〕10号").serial()).isEqualTo(10);
    }

    @Test
    void corrects_bracket_lookalikes_and_full_width_digits_in_a_document_number() {
        assertThat(DocumentNumber.parse("国办发[2012]10号")).hasToString("国办发〔2012〕10号");
        assertThat(DocumentNumber.parse("国办发【2012】10号")).hasToString("国办发〔2012〕10号");
        assertThat(DocumentNumber.parse("国办发（２０１２）１０号")).hasToString("国办发〔2012〕10号");
        assertThat(DocumentNumber.parse(" 国办发 〔2012〕 10号 ")).hasToString("国办发〔2012〕10号");
    }

    @Test
    void rejects_a_malformed_document_number_naming_the_field_and_the_fix() {
        assertThatThrownBy(() -> DocumentNumber.parse("国办发〔2012〕第10号"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("documentNumber: the serial takes no 第 (write 国办发〔2012〕10号): \"国办发〔2012〕第10号\"");
        assertThatThrownBy(() -> DocumentNumber.parse("国办发〔2012〕010号"))
                .hasMessage("documentNumber: the serial takes no leading zeros (write 国办发〔2012〕10号): \"国办发〔2012〕010号\"");
        assertThatThrownBy(() -> DocumentNumber.parse("国办发〔12〕10号"))
                .hasMessageStartingWith("documentNumber: the year must have four digits");
        assertThatThrownBy(() -> DocumentNumber.parse("国办发〔2012〕10"))
                .hasMessageStartingWith("documentNumber: must end with 号");
        assertThatThrownBy(() -> DocumentNumber.parse("2012年10号"))
                .hasMessageStartingWith("documentNumber: must read code〔year〕serial号");
        assertThatThrownBy(() -> base().documentNumber("〔2012〕10号"))
                .hasMessageStartingWith("documentNumber: must read code〔year〕serial号");
    }

    @Test
    void pads_a_copy_number_to_six_digits_and_rejects_the_wrong_length() {
        assertThat(base().copyNumber(1).build().headBlock().copyNumber()).contains("000001");
        assertThat(base().copyNumber("000123").build().headBlock().copyNumber()).contains("000123");
        assertThatThrownBy(() -> base().copyNumber("00012"))
                .hasMessage("copyNumber: must be six digits such as 000001: \"00012\"");
        assertThatThrownBy(() -> base().copyNumber(1_000_000))
                .hasMessage("copyNumber: must be 1..999999 (printed as six digits): 1000000");
    }

    @Test
    void prints_secrecy_with_its_period_and_rejects_a_bad_period() {
        assertThat(base().secrecy(Secrecy.SECRET, "1年").build().headBlock().secrecyText()).contains("机密★1年");
        assertThat(base().secrecy(Secrecy.TOP_SECRET).build().headBlock().secrecyText()).contains("绝密");
        assertThatThrownBy(() -> base().secrecy(Secrecy.SECRET, "一年"))
                .hasMessageStartingWith("secrecyPeriod: must be Arabic digits followed by 年 or 个月");
    }

    @Test
    void rejects_a_seal_that_is_not_a_png_image(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Seal.png("GIF89a not a png at all....................".getBytes()))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("seal: is not a PNG image (43 bytes, starting 47 49 46 38 39 61 20 6E)");
        Path text = Files.writeString(dir.resolve("seal.png"), "hello");
        assertThatThrownBy(() -> Seal.png(text))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("seal: " + text + " is not a PNG image");
        assertThatThrownBy(() -> Seal.png(dir.resolve("missing.png")))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("missing.png");
        assertThatThrownBy(() -> Seal.png(PNG).withWidth(Length.mm(500)))
                .hasMessageStartingWith("seal.width: must be 5..100 mm");
    }

    @Test
    void reads_the_size_of_a_png_seal() {
        Seal seal = Seal.png(PNG);
        assertThat(seal.pixelWidth()).isEqualTo(1);
        assertThat(seal.height()).isEqualTo(Seal.DEFAULT_WIDTH);
    }

    @Test
    void builds_the_attachment_note_from_the_attachments() {
        OfficialDocument doc = base()
                .attachment("责任分工", a -> a.paragraph("由县安委会负责。"))
                .attachment("报告提纲", a -> a.paragraph("一是基本情况。"))
                .build();
        assertThat(doc.closing().attachmentNote()).containsExactly("责任分工", "报告提纲");
        assertThatThrownBy(() -> base().attachmentNote("别的附件")
                .attachment("责任分工", a -> a.paragraph("由县安委会负责。")).build())
                .hasMessageStartingWith("attachmentNote: does not match the attachments' titles");
        assertThatThrownBy(() -> base().attachmentNote("责任分工。"))
                .hasMessageStartingWith("attachmentNote[0]: takes no punctuation after the name");
    }

    @Test
    void rejects_a_sealed_document_without_a_date_and_mixed_seals() {
        Seal seal = Seal.png(PNG);
        assertThatThrownBy(() -> base().signature("县政府", seal).build())
                .hasMessageStartingWith("date: a sealed or signature-sealed document needs its date");
        assertThatThrownBy(() -> base().signature("县政府", seal).signature("县委").date(LocalDate.of(2021, 1, 1)).build())
                .hasMessageStartingWith("signature: seal every signature of a jointly sealed document or none (1 of 2 sealed)");
        assertThatThrownBy(() -> base().signature("县政府").signatory("县长", seal).date(LocalDate.of(2021, 1, 1)).build())
                .hasMessageStartingWith("signatory: a document is signed either by bodies");
    }

    @Test
    void ties_format_specific_fields_to_their_format() {
        assertThatThrownBy(() -> base().orderNumber(3).build())
                .hasMessage("orderNumber: belongs to the ORDER format; this document is GENERAL");
        assertThatThrownBy(() -> base().attendance(Attendance.Kind.PRESENT, "张三").build())
                .hasMessage("attendance: belongs to the MINUTES format; this document is GENERAL");
        assertThatThrownBy(() -> base().signers("张三").build())
                .hasMessage("signers: need the document number: the two share a line");
        assertThatThrownBy(() -> OfficialDocument.builder().format(DocumentFormat.ORDER).orderNumber(1)
                .paragraph("现予公布。").build())
                .hasMessage("issuers: an order needs the issuer's name for its mark");
        assertThatThrownBy(() -> base().format(DocumentFormat.LETTER).printedBy("县政府办", LocalDate.of(2021, 1, 1)).build())
                .hasMessageStartingWith("printedBy: a letter's colophon has no printing office");
    }

    @Test
    void an_order_needs_no_title_and_gets_the_order_suffix() {
        OfficialDocument order = OfficialDocument.builder().format(DocumentFormat.ORDER).issuers("XX市人民政府")
                .orderNumber(56).paragraph("现予公布。").build();
        assertThat(order.title()).isEmpty();
        assertThat(order.headBlock().markSuffix()).contains("令");
    }

    @Test
    void breaks_a_long_title_automatically_and_keeps_explicit_lines() {
        OfficialDocument auto = OfficialDocument.builder()
                .title("XX县人民政府办公室关于开展2021年度安全生产大检查的通知").paragraph("正文。").build();
        assertThat(auto.title()).hasSizeGreaterThan(1);
        assertThat(String.join("", auto.title())).isEqualTo("XX县人民政府办公室关于开展2021年度安全生产大检查的通知");
        OfficialDocument explicit = OfficialDocument.builder()
                .title("XX县人民政府办公室关于开展", "2021年度安全生产大检查的通知").paragraph("正文。").build();
        assertThat(explicit.title()).containsExactly("XX县人民政府办公室关于开展", "2021年度安全生产大检查的通知");
    }

    @Test
    void prints_the_colophon_lines() {
        Colophon c = base().copyTo("县委办公室，县人大常委会办公室", "县法院")
                .printedBy("县政府办公室", LocalDate.of(2021, 2, 26)).build().colophon();
        assertThat(c.copyToText()).contains("抄送：县委办公室，县人大常委会办公室，县法院。");
        assertThat(c.printDateText()).contains("2021年2月26日印发");
    }
}
