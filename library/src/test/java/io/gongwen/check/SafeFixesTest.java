package io.gongwen.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TextChecker#applySafeFixes} runs only the work whose findings it may apply (a group's
 * {@code fixes}, not its {@code check}); it must apply exactly what the whole check finds and would
 * apply: every fix that neither renumbers nor inserts.
 */
class SafeFixesTest {
    /** A draft with something for every rule that has a fix, and for several that have none. */
    private static final String EVERYTHING_WRONG = String.join("\n",
            "关于开展安全生产大检查的通知。",
            "特急",
            "各乡镇人民政府，县政府各部门:",
            "(一)力求办文精准化。为全面推进无纸化办公模式,提高效率。",
            "一.总体要求",
            "1、第一项。2020-7-1前完成,于2020年07月01日召开，下午14:30到会。",
            "（一）、工作目标",
            "(1),第二项。\"你好\"，等等...。。。再见--完毕！！真的？？",
            "本次共检查ＡＢＣ公司２０２４家，It is fine，yes.明天 下周一 2026年6月13日（星期一）",
            "**重点** ## 标题",
            "- 列表项目",
            "四、丁",
            "附件:1.检查方案",
            "2.人员名单",
            "XX县人民政府办公室",
            "二〇二六年六月十三日",
            "抄送：县委办公室,县人大常委会办公室");

    /** The rules of the groups that read the parts of a whole document, which one line cannot show. */
    private static final java.util.Set<Rule> WHOLE_DOCUMENT = java.util.EnumSet.of(Rule.TITLE, Rule.MISSING_PART,
            Rule.PART_ORDER, Rule.CLOSING_DATE, Rule.SECRECY, Rule.URGENCY, Rule.RECIPIENTS);

    static Stream<String> drafts() throws IOException {
        List<String> drafts = new ArrayList<>(List.of(EVERYTHING_WRONG, EVERYTHING_WRONG.replace('\n', '\r')));
        Path corpus = Path.of("src/test/resources/corpus/gov-cn");
        try (Stream<Path> files = Files.list(corpus)) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> drafts.add(read(p)));
        }
        drafts.add(read(Path.of("src/test/resources/io/gongwen/text/seed-000.txt")));
        drafts.add(read(Path.of("src/test/resources/io/gongwen/text/seed-001.txt")));
        return drafts.stream();
    }

    @ParameterizedTest
    @MethodSource("drafts")
    void applies_exactly_the_safe_fixes_that_the_whole_check_finds(String draft) {
        List<Finding> safe = new TextChecker().check(draft).stream()
                .filter(f -> !f.rule().renumbers() && f.fix().map(x -> x.length() > 0).orElse(true))
                .toList();

        assertThat(TextChecker.applySafeFixes(draft)).isEqualTo(TextChecker.applyFixes(draft, safe));
    }

    @ParameterizedTest
    @MethodSource("drafts")
    void fixes_each_line_on_its_own_as_the_line_rules_find(String draft) {
        for (String line : draft.split("\\R")) {
            List<Finding> safe = new TextChecker().check(List.of(line)).stream()
                    .filter(f -> !WHOLE_DOCUMENT.contains(f.rule()))
                    .filter(f -> !f.rule().renumbers() && f.fix().map(x -> x.length() > 0).orElse(true))
                    .toList();

            assertThat(TextChecker.applySafeFixes(line)).as(line).isEqualTo(TextChecker.applyFixes(line, safe));
        }
    }

    @org.junit.jupiter.api.Test
    void the_draft_with_everything_wrong_has_fixes_of_many_rules() {
        // so that the comparison above compares something
        assertThat(new TextChecker().check(EVERYTHING_WRONG).stream().filter(f -> f.fix().isPresent())
                .map(f -> f.rule()).distinct().count()).isGreaterThanOrEqualTo(12);
        assertThat(TextChecker.applySafeFixes(EVERYTHING_WRONG)).isNotEqualTo(EVERYTHING_WRONG);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
