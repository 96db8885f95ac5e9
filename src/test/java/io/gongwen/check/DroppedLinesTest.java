package io.gongwen.check;

import io.gongwen.InvalidDocumentException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DroppedLinesTest {
    @Test
    void blanks_the_lines_a_pattern_finds_keeping_line_breaks_and_lengths() {
        DroppedLines dropped = DroppedLines.matching(List.of("QQ", "^仅供"));

        String text = dropped.blank("标题\r\n　　仅供学习\n咨询QQ123\n正文。");

        assertThat(text).isEqualTo("标题\r\n      \n       \n正文。");
    }

    @Test
    void drops_nothing_without_patterns() {
        assertThat(DroppedLines.none().blank("仅供学习\nQQ")).isEqualTo("仅供学习\nQQ");
        assertThat(DroppedLines.matching(List.of()).regexes()).isEmpty();
    }

    @Test
    void rejects_a_pattern_as_the_readers_do() {
        assertThatThrownBy(() -> DroppedLines.matching(List.of("(QQ")))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("drop: is not a regular expression: Unclosed group");
        assertThatThrownBy(() -> DroppedLines.matching(List.of("")))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("drop: must not be empty");
    }
}
