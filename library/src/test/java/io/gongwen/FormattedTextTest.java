package io.gongwen;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spans and formatted text: validated values, and the builder's paragraph that keeps them. */
class FormattedTextTest {
    private static final Set<Emphasis> BOLD = Set.of(Emphasis.BOLD);

    @Test
    void rejects_spans_that_overlap_leave_the_text_or_touch_alike() {
        assertThatThrownBy(() -> new FormattedText("一是加强", List.of(new Span(0, 3, BOLD), new Span(2, 4, BOLD))))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("spans[1]: must start after the span before ends: 2 < 3");
        assertThatThrownBy(() -> new FormattedText("一是", List.of(new Span(0, 3, BOLD))))
                .hasMessage("spans[0]: must end inside the text of 2 characters: 3");
        assertThatThrownBy(() -> new FormattedText("一是加强", List.of(new Span(0, 2, BOLD), new Span(2, 4, BOLD))))
                .hasMessage("spans[1]: formats like the span before it and touches it: give one span");
    }

    @Test
    void rejects_a_span_that_is_empty_changes_nothing_or_is_raised_and_lowered() {
        assertThatThrownBy(() -> new Span(2, 2, BOLD)).hasMessage("span: must cover at least one character from 0: 2..2");
        assertThatThrownBy(() -> new Span(0, 2, Set.of())).hasMessage("span: must set an emphasis or a face: 0..2");
        assertThatThrownBy(() -> new Span(0, 1, Set.of(Emphasis.SUPERSCRIPT, Emphasis.SUBSCRIPT)))
                .hasMessage("span.emphasis: cannot be both superscript and subscript");
        assertThatThrownBy(() -> new Span(0, 1, BOLD, null)).hasMessage("span.face: must not be null");
    }

    @Test
    void a_paragraph_drops_its_indentation_and_its_spans_move_with_the_text() {
        OfficialDocument doc = OfficialDocument.builder().title("关于做好值班工作的通知")
                .paragraph(FormattedText.builder().text("\u3000\u3000").bold("一是").text("加强领导。  ").build())
                .build();

        assertThat(doc.body()).containsExactly(new Paragraph("一是加强领导。", List.of(new Span(0, 2, BOLD))));
    }

    @Test
    void a_run_in_headings_text_keeps_its_spans_and_a_record_checks_them() {
        OfficialDocument doc = OfficialDocument.builder().title("关于做好值班工作的通知")
                .runIn("落实责任。", FormattedText.builder().text("各单位").bold("务必").text("落实。").build())
                .build();

        Section s = (Section) doc.body().get(0);
        assertThat(s.runInFormatted()).contains(new FormattedText("各单位务必落实。", List.of(new Span(3, 5, BOLD))));
        assertThatThrownBy(() -> new Section(HeadingLevel.ONE, 1, "落实责任", Optional.empty(), List.of(new Span(0, 1, BOLD)),
                List.of())).hasMessage("section.runInSpans: must be empty when there is no run-in text");
    }

    @Test
    void a_plain_paragraph_is_the_simple_case() {
        assertThat(new Paragraph("正文。")).isEqualTo(new Paragraph("正文。", List.of()));
        assertThat(new Paragraph("正文。").formatted()).isEqualTo(FormattedText.of("正文。"));
    }
}
