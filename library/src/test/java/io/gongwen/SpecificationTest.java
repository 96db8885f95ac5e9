package io.gongwen;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SpecificationTest {

    @Test
    void defaults_to_the_standards_page_of_22_lines_by_28_characters() {
        Specification spec = Specification.standard();

        assertThat(spec.pageWidth().toMillimetres()).isCloseTo(210, within(1e-9));
        assertThat(spec.pageHeight().toMillimetres()).isCloseTo(297, within(1e-9));
        assertThat(spec.marginTop().toTwips()).isEqualTo(2098);
        assertThat(spec.marginBottom().toTwips()).isEqualTo(1984);
        assertThat(spec.marginLeft().toTwips()).isEqualTo(1587);
        assertThat(spec.marginRight().toTwips()).isEqualTo(1474);
        assertThat(spec.textWidth().toMillimetres()).isCloseTo(156, within(1e-9));
        assertThat(spec.textHeight().toMillimetres()).isCloseTo(225, within(1e-9));
        assertThat(spec.linePitch().toTwips()).isEqualTo(579);
        assertThat(spec.linesPerPage()).isEqualTo(22);
        assertThat(spec.charactersPerLine()).isEqualTo(28);
    }

    @Test
    void defaults_to_the_standards_type() {
        Specification spec = Specification.standard();

        assertThat(spec.style(DocumentElement.BODY).font().eastAsia()).isEqualTo("仿宋_GB2312");
        assertThat(spec.style(DocumentElement.BODY).size().points()).isEqualTo(16);
        assertThat(spec.style(DocumentElement.TITLE).font().eastAsia()).isEqualTo("方正小标宋简体");
        assertThat(spec.style(DocumentElement.TITLE).size().points()).isEqualTo(22);
        assertThat(spec.style(DocumentElement.HEADING_1).font().eastAsia()).isEqualTo("黑体");
        assertThat(spec.style(DocumentElement.HEADING_2).font().eastAsia()).isEqualTo("楷体_GB2312");
        assertThat(spec.style(DocumentElement.HEADING_3).font().eastAsia()).isEqualTo("仿宋_GB2312");
        assertThat(spec.style(DocumentElement.PAGE_NUMBER)).isEqualTo(TextStyle.of(Font.of("宋体"), FontSize.SI_HAO));
        for (DocumentElement e : DocumentElement.values()) {
            assertThat(spec.style(e).bold()).as(e.name()).isFalse();
        }
    }

    @Test
    void overrides_one_value_and_keeps_the_rest() {
        Specification spec = Specification.standard().toBuilder()
                .font(DocumentElement.BODY, Font.chinese("仿宋"))
                .linePitch(Length.pt(28))
                .build();

        assertThat(spec.style(DocumentElement.BODY).font()).isEqualTo(new Font("仿宋", "Times New Roman"));
        assertThat(spec.style(DocumentElement.BODY).size().points()).isEqualTo(16);
        assertThat(spec.linePitch().toTwips()).isEqualTo(560);
        assertThat(spec.linesPerPage()).isEqualTo(22);
        assertThat(spec.marginTop()).isEqualTo(Specification.standard().marginTop());
        assertThat(Specification.standard().linePitch().toTwips()).isEqualTo(579);
    }

    @Test
    void counts_27_characters_without_condensed_spacing() {
        Specification spec = Specification.standard().toBuilder().characterSpacing(Length.pt(0)).build();

        assertThat(spec.charactersPerLine()).isEqualTo(27);
    }

    @Test
    void rejects_a_line_pitch_smaller_than_the_body_text() {
        assertThatThrownBy(() -> Specification.builder().linePitch(Length.pt(12)).build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("linePitch: must be between the body size and four times it (5.64 mm (16.00 pt)): "
                        + "4.23 mm (12.00 pt)");
    }

    @Test
    void rejects_margins_that_leave_no_text_block() {
        assertThatThrownBy(() -> Specification.builder()
                .margins(Length.mm(37), Length.mm(100), Length.mm(35), Length.mm(100)).build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("marginLeft/marginRight: leave a text block narrower than four characters");
        assertThatThrownBy(() -> Specification.builder()
                .margins(Length.mm(-1), Length.mm(26), Length.mm(35), Length.mm(28)).build())
                .hasMessage("marginTop: must not be negative: -1.00 mm (-2.83 pt)");
    }

    @Test
    void rejects_a_page_larger_than_word_holds_naming_the_side() {
        // 600 × 600 mm gave two Open XML SDK errors; 1e9 mm wrote w:w="56692913386"
        assertThatThrownBy(() -> Specification.builder().pageSize(Length.mm(600), Length.mm(600)).build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("pageWidth: must be between 2.54 mm (7.20 pt) and 558.80 mm (1584.00 pt) (22 inches, the "
                        + "largest page Word holds): 600.00 mm (1700.79 pt)");
        assertThatThrownBy(() -> Specification.builder().pageSize(Length.mm(210), Length.mm(1e9)).build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("pageHeight: must be between 2.54 mm (7.20 pt) and 558.80 mm");
        assertThatThrownBy(() -> Specification.builder().pageSize(Length.mm(-210), Length.mm(297)).build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("pageWidth: must be between");
    }

    @Test
    void takes_the_largest_page_word_holds() {
        Specification spec = Specification.builder().pageSize(Length.mm(558.8), Length.mm(558.8)).build();

        assertThat(spec.pageWidth().toTwips()).isEqualTo(31_680);
    }

    @Test
    void rejects_a_page_number_below_the_paper() {
        assertThatThrownBy(() -> Specification.builder().pageNumberDrop(Length.mm(40)).build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("pageNumberDrop: must lie between the text block and the paper edge");
    }

    @Test
    void keeps_the_head_blocks_places_within_the_page_naming_the_field() {
        Specification standard = Specification.standard();
        assertThat(standard.markDrop()).isEqualTo(Length.mm(35));
        assertThat(standard.orderMarkDrop()).isEqualTo(Length.mm(20));
        assertThat(standard.ruleGap()).isEqualTo(Length.mm(4));
        assertThat(standard.letterMarkTop()).isEqualTo(Length.mm(30));
        assertThat(standard.letterRuleGap()).isEqualTo(Length.mm(4));
        assertThat(standard.letterLowerRuleRise()).isEqualTo(Length.mm(20));

        assertThatThrownBy(() -> Specification.builder().markDrop(Length.mm(-1), Length.mm(20)).build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("markDrop: must be between 0 and the largest page Word holds");
        assertThatThrownBy(() -> Specification.builder().markDrop(Length.mm(35), Length.mm(600)).build())
                .isInstanceOf(InvalidDocumentException.class).hasMessageStartingWith("orderMarkDrop: must be between 0 and");
        assertThatThrownBy(() -> Specification.builder().ruleGap(Length.mm(1e9)).build())
                .isInstanceOf(InvalidDocumentException.class).hasMessageStartingWith("ruleGap: must be between 0 and");
        assertThatThrownBy(() -> Specification.builder().letter(Length.mm(-30), Length.mm(4), Length.mm(20)).build())
                .isInstanceOf(InvalidDocumentException.class).hasMessageStartingWith("letterMarkTop: must be between 0 and");
        assertThatThrownBy(() -> Specification.builder().letter(Length.mm(30), Length.mm(4), Length.mm(700)).build())
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("letterLowerRuleRise: must be between 0 and");
        assertThatThrownBy(() -> Specification.builder().letter(null, Length.mm(4), Length.mm(20)))
                .isInstanceOf(InvalidDocumentException.class).hasMessageStartingWith("letterMarkTop");
        assertThat(standard.toBuilder().ruleGap(Length.mm(5)).build()).isNotEqualTo(standard);
        assertThat(standard.toBuilder().ruleGap(Length.mm(4)).build()).isEqualTo(standard).hasSameHashCodeAs(standard);
    }

    @Test
    void rejects_blank_font_names_and_null_values() {
        assertThatThrownBy(() -> Font.chinese(" "))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("font.eastAsia: must not be blank: \" \"");
        assertThatThrownBy(() -> Specification.builder().font(DocumentElement.TITLE, null))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("font(TITLE): must not be null");
    }

    @Test
    void is_a_value() {
        assertThat(Specification.standard().toBuilder().build()).isEqualTo(Specification.standard())
                .hasSameHashCodeAs(Specification.standard());
    }

    @Test
    void trims_font_names() {
        assertThat(new Font(" 仿宋 ", "Times New Roman ")).isEqualTo(new Font("仿宋", "Times New Roman"));
    }
}
