package io.gongwen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongwen.testing.ClerkPartsDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code gongwen format --report} and {@code --report-json} on the parts the writer sets apart: the
 * attendance lists of minutes and their labels, footnotes and endnotes, an attachment's label and title,
 * chapters and articles.
 */
class FormatReportPartsCommandTest {
    @Test
    void the_text_report_lists_the_attendance_labels_and_the_notes(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("minutes.docx");
        Files.write(in, ClerkPartsDocx.minutes());
        Path out = dir.resolve("out.docx");

        Gongwen.Run run = Gongwen.run("format", in.toString(), "-o", out.toString(), "--report");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).containsSubsequence(
                "    document [face] 出席人员字体：宋体 → 仿宋_GB2312 / attendance lists face: 宋体 → 仿宋_GB2312",
                "    document [face] 出席人员标签字体：宋体 → 黑体 / attendance labels face: 宋体 → 黑体",
                "    document [size] 出席人员标签字号：小四（12 pt） → 三号（16 pt） / attendance labels size: 12 pt → 16 pt",
                "    document [size] 脚注字号：小五（9 pt） → 小四（12 pt） / footnotes size: 9 pt → 12 pt",
                "    document [size] 尾注字号：小五（9 pt） → 小四（12 pt） / endnotes size: 9 pt → 12 pt",
                "  排版结果检查：未发现问题 / check of the result: no findings");
    }

    @Test
    void the_json_report_has_each_part_with_the_keys_of_the_others(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("regulation.docx");
        Files.write(in, ClerkPartsDocx.regulation());
        Path out = dir.resolve("out.docx");

        Gongwen.Run run = Gongwen.run("format", in.toString(), "-o", out.toString(), "--report-json");

        assertThat(run.exitCode()).isZero();
        JsonNode file = new ObjectMapper().readTree(run.out()).get("files").get(0);
        List<String> rows = new ArrayList<>();
        for (JsonNode c : file.get("changes")) {
            String element = c.get("element").asText();
            if (List.of("attachment label", "attachment title", "chapter titles", "article numbers", "footnotes")
                    .contains(element) && List.of("face", "size").contains(c.get("kind").asText())) {
                rows.add(c.get("kind").asText() + "|" + c.get("where").asText() + "|" + c.get("line").asInt() + "|"
                        + element + "|" + c.get("before").asText() + "|" + c.get("after").asText() + "|"
                        + c.get("rule").isNull() + "|" + c.get("paragraphs").size());
                assertThat(c.get("chinese").asText()).isNotBlank();
                assertThat(c.get("english").asText()).startsWith(element + " ");
            }
        }
        assertThat(rows).containsExactly(
                "face|document|0|attachment label|宋体|黑体|true|0",
                "size|document|0|attachment label|12 pt|16 pt|true|0",
                "face|document|0|attachment title|宋体|方正小标宋简体|true|0",
                "size|document|0|attachment title|18 pt|22 pt|true|0",
                "face|document|0|chapter titles|宋体|黑体|true|0",
                "size|document|0|chapter titles|12 pt|16 pt|true|0",
                "face|document|0|article numbers|宋体|黑体|true|0",
                "size|document|0|article numbers|12 pt|16 pt|true|0",
                "face|document|0|footnotes|宋体|仿宋_GB2312|true|0",
                "size|document|0|footnotes|9 pt|12 pt|true|0");
        assertThat(file.get("findings")).isEmpty();
    }
}
