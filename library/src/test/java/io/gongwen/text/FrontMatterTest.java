package io.gongwen.text;

import io.gongwen.DocumentFormat;
import io.gongwen.InvalidDocumentException;
import io.gongwen.OfficialDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrontMatterTest {
    private static final String BODY = """
            关于开展安全生产大检查的通知
            各乡镇人民政府：
            现将有关事项通知如下。
            县人民政府办公室
            2021年2月26日
            """;

    @Test
    void sets_every_head_block_and_colophon_field_from_chinese_keys() {
        Draft draft = DraftReader.standard().read("""
                ---
                份号: 000001
                密级: 秘密★1年
                紧急程度: 加急
                发文机关: XX县人民政府办公室
                标志后缀: 文件
                发文字号: X政办发〔2021〕3号
                签发人: [张三, 李四]
                抄送: 县委办公室，县人大常委会办公室。
                印发机关: XX县人民政府办公室
                印发日期: 2021年2月26日
                ---
                """ + BODY);
        OfficialDocument doc = draft.document();

        assertThat(doc.headBlock().copyNumber()).contains("000001");
        assertThat(doc.outline()).startsWith("""
                版头 000001
                版头 秘密★1年
                版头 加急
                机关 XX县人民政府办公室文件
                文号 X政办发〔2021〕3号
                签发 张三、李四
                标题 关于开展安全生产大检查的通知
                """);
        assertThat(doc.colophon().copyTo()).containsExactly("县委办公室", "县人大常委会办公室");
        assertThat(doc.colophon().printDate()).contains(LocalDate.of(2021, 2, 26));
        assertThat(doc.closing().date()).contains(LocalDate.of(2021, 2, 26));
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void takes_english_keys_lists_iso_dates_and_the_special_formats() {
        Draft draft = DraftReader.standard().read("""
                ---
                format: minutes
                issuers:
                  - XX县人民政府常务会议
                copyNumber: 12
                secrecy: 机密
                secrecyPeriod: 6个月
                present: [张三, 李四]
                absent: 王五
                date: 2021-04-09
                ---
                县政府第十二次常务会议纪要
                会议议定如下。
                """);
        OfficialDocument doc = draft.document();

        assertThat(doc.format()).isEqualTo(DocumentFormat.MINUTES);
        assertThat(doc.outline()).startsWith("版头 000012\n版头 机密★6个月\n机关 XX县人民政府常务会议纪要\n");
        assertThat(doc.attendances()).hasSize(2);
        assertThat(doc.closing().date()).contains(LocalDate.of(2021, 4, 9));
    }

    @Test
    void counts_lines_of_the_file_after_the_front_matter() {
        assertThatThrownBy(() -> DraftReader.standard().read("---\n发文字号: X政发〔2021〕1号\n---\n标题\n正文\u0001。\n"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("line 5:");
    }

    @Test
    void the_front_matter_wins_over_head_lines_in_the_text_and_says_so() {
        Draft draft = DraftReader.standard().read("""
                ---
                发文字号: X政发〔2021〕9号
                ---
                XX县人民政府文件
                X政发〔2021〕1号
                """ + BODY);

        assertThat(draft.document().headBlock().documentNumber().orElseThrow().serial()).isEqualTo(9);
        assertThat(draft.warnings()).extracting(DraftWarning::toString)
                .containsExactly("line 1: the front matter's 发文字号 replaces the 发文字号 read from the text");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key          | 发文单位: XX                  | front matter 发文单位 (line 2): is not a key the front matter knows
            the same key twice   | 份号: 000001\\ncopyNumber: 2   | front matter copyNumber (line 3): is given twice
            a copy number        | 份号: 1234567                 | front matter 份号 (line 2): copyNumber: must be six digits
            a document number    | 发文字号: 国办发[2012]第10号   | front matter 发文字号 (line 2): documentNumber: the serial takes no 第
            a period alone       | 保密期限: 1年                 | front matter 保密期限 (line 2): 保密期限 needs 密级
            a printer alone      | 印发机关: XX办公室             | front matter 印发机关 (line 2): needs 印发日期
            a date               | 印发日期: 2021年2月30日\\n印发机关: X | front matter 印发日期 (line 2): is not a real date
            an urgency           | 紧急程度: 急                  | front matter 紧急程度 (line 2): must be 特急 or 加急
            a mapping as value   | 抄送: {a: b}                  | front matter 抄送 (line 2): must be a value or a list
            not YAML             | 份号: [1                      | front matter: is not valid YAML
            not a mapping        | just text                     | front matter: must be lines of the form key: value
            """)
    void reports_what_is_wrong_at_its_key_and_line(String what, String yaml, String message) {
        String text = "---\n" + yaml.replace("\\n", "\n") + "\n---\n" + BODY;

        assertThatThrownBy(() -> DraftReader.standard().read(text))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void needs_its_closing_line() {
        assertThatThrownBy(() -> DraftReader.standard().read("---\n份号: 000001\n" + BODY))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("front matter: starts with --- on line 1 but has no closing --- line");
    }

    @Test
    void values_stay_text_under_the_failsafe_schema() {
        // YAML's core schema would read 000001 as the number 1 and "yes" as true
        Draft draft = DraftReader.standard().read("---\n份号: 000100\n标志后缀: yes\n发文机关: XX\n发文字号: X〔2021〕1号\n---\n" + BODY);

        assertThat(draft.document().headBlock().copyNumber()).contains("000100");
        assertThat(draft.document().headBlock().markSuffix()).contains("yes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nested lists       | 抄送: [[a]]                    | front matter 抄送 (line 2): must list names, one per item
            an alias           | 抄送: &a [a]                   | front matter line 2: takes no anchors or aliases
            a tag              | 抄送: !!java.lang.Runtime x    | front matter line 2: takes no tags
            """)
    void refuses_what_front_matter_has_no_use_for(String what, String yaml, String message) {
        String text = "---\n" + yaml + "\n---\n" + BODY;

        assertThatThrownBy(() -> DraftReader.standard().read(text))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void hostile_nesting_and_size_fail_cleanly_and_fast() {
        for (String yaml : new String[] {"抄送: " + "[".repeat(30_000), "抄送:\n" + "- ".repeat(20_000) + "x",
                "抄送: {" + "a: {".repeat(10_000)}) {
            assertThatThrownBy(() -> DraftReader.standard().read("---\n" + yaml + "\n---\n" + BODY))
                    .isInstanceOf(InvalidDocumentException.class)
                    .hasMessageStartingWith("front matter 抄送 (line 2): must");
        }
        assertThatThrownBy(() -> DraftReader.standard().read("---\n" + "# 注释\n".repeat(20_000) + "---\n" + BODY))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("front matter: is larger than 64 KB");
    }

    @Test
    void the_readme_example_reads_as_it_says() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(io.gongwen.testing.Repository.file("README.md"));
        int start = readme.indexOf("```\n---\n") + 4;
        String example = readme.substring(start, readme.indexOf("…\n```", start)) + "现将有关事项通知如下。\n";

        OfficialDocument doc = DraftReader.standard().read(example).document();

        assertThat(doc.outline()).startsWith("""
                版头 000001
                版头 秘密★1年
                版头 加急
                机关 XX县人民政府、XX县财政局文件
                文号 X政办发〔2021〕3号
                签发 张三、李四
                标题 关于开展安全生产大检查的通知
                """);
        assertThat(doc.colophon().copyTo()).containsExactly("县委办公室", "县人大常委会办公室");
        assertThat(doc.colophon().printer()).contains("XX县人民政府办公室");
    }
}
