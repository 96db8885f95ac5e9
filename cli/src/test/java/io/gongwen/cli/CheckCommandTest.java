package io.gongwen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gongwen check}'s rule ids in JSON and its style advice. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        Gongwen.Run run = Gongwen.run(args);
        return new String[]{Integer.toString(run.exitCode()), run.out(), run.err()};
    }

    @Test
    void prints_the_ids_of_the_new_rules_in_json() throws IOException {
        Path draft = dir.resolve("draft.txt");
        Files.writeString(draft, "会议定于二〇二六年六月十三日召开，请\"准时\"参加...\n", StandardCharsets.UTF_8);

        String[] run = run("check", draft.toString(), "--json");

        assertThat(run[0]).isEqualTo("1");
        assertThat(run[1]).contains("{\"rule\":\"date\",\"severity\":\"warning\",\"line\":1,\"offset\":4,\"where\":\"line 1\","
                        + "\"chinese\":\"日期应写作“2026年6月13日”（用阿拉伯数字，年份写全，月、日不编虚位）\"")
                .contains("{\"rule\":\"quotes\",").contains("{\"rule\":\"ellipsis\",")
                .contains("\"fix\":{\"offset\":4,\"length\":10,\"replacement\":\"2026年6月13日\"}");
    }

    @Test
    void gives_style_advice_with_style_only() throws IOException {
        Path draft = dir.resolve("draft.txt");
        Files.writeString(draft, "众所周知，安全是发展的前提。\n", StandardCharsets.UTF_8);

        String[] plain = run("check", draft.toString());
        String[] style = run("check", draft.toString(), "--style");

        assertThat(plain[0]).isEqualTo("0");
        assertThat(style[0]).isEqualTo("1");
        assertThat(style[1]).contains("1:0 INFO [stock-phrase] 套话“众所周知”可删去 / the stock phrase \"众所周知\" can go");
    }

    @Test
    void reports_faces_not_installed_on_this_machine_only_when_asked() throws IOException {
        Path docx = dir.resolve("notice.docx");
        io.gongwen.samples.HolidayDutyNotice.build().writeTo(docx);
        java.util.Set<String> here = java.util.Set.of(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames());

        String[] plain = run("check", docx.toString(), "--json");
        String[] asked = run("check", docx.toString(), "--json", "--installed-fonts");

        assertThat(plain[1]).doesNotContain("font-installed");
        if (!here.contains("方正小标宋简体")) {
            assertThat(asked[1]).contains("{\"rule\":\"font-installed\",\"severity\":\"warning\",\"line\":1,")
                    .contains("字体“方正小标宋简体”未安装在本机");
        }
    }
}
