package io.gongwen.cli;

import io.gongwen.OfficialDocument;
import io.gongwen.cli.Gongwen.Run;
import io.gongwen.samples.CountyOfficeSummary;
import io.gongwen.samples.TownshipOfficeSummary;
import io.gongwen.testing.DocxInspector;
import io.gongwen.testing.ForeignDocx;
import io.gongwen.text.DocxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {
    /** The advertising around the seed documents, as DraftReaderTest drops it. */
    private static final List<String> DROP_ADS = List.of("--drop", "酷乐文行", "--drop", "仅供学习", "--drop", "自建平台",
            "--drop", "不断迭代", "--drop", "订阅", "--drop", "倒卖", "--drop", "会员");

    @TempDir
    Path dir;

    private static Run gongwen(boolean terminal, String... args) {
        return Gongwen.run(terminal, args);
    }

    private static Run gongwen(String... args) {
        return Gongwen.run(args);
    }

    @Test
    void prints_its_version_and_help_for_every_command() {
        assertThat(gongwen("--version")).isEqualTo(new Run(0, "gongwen 0.1.0-SNAPSHOT\n", ""));
        assertThat(gongwen("--help").out()).startsWith("Usage: gongwen [-hV] [COMMAND]").contains("Exit codes:");
        assertThat(gongwen("format", "--help").out()).startsWith("Usage: gongwen format")
                .contains("--no-fixes", "-o, --output=OUTPUT", "INPUT", "--drop=REGEX", "a .txt draft, a .docx, or a folder of them",
                        "leave out lines (paragraphs) in which this regular");
        assertThat(gongwen("check", "--help").out()).startsWith("Usage: gongwen check")
                .contains("--severity=LEVEL", "(default: warning)", "--json", "INPUT", "--drop=REGEX",
                        "a .txt draft, a .docx, or a folder of them", "leave out lines (paragraphs) in which this regular");
        assertThat(gongwen("help", "check").out()).startsWith("Usage: gongwen check");
    }

    @Test
    void a_wrong_command_line_exits_with_2() {
        assertThat(gongwen().exitCode()).isEqualTo(2);
        assertThat(gongwen("format", "x.txt").err()).contains("Missing required option: '--output=OUTPUT'");
        assertThat(gongwen("check", "x.txt", "--severity", "fatal").exitCode()).isEqualTo(2);
    }

    @Test
    void formats_each_seed_into_the_samples_document() throws IOException {
        for (var seed : List.of(new Object[] {"seed-000.txt", CountyOfficeSummary.build()},
                new Object[] {"seed-001.txt", TownshipOfficeSummary.build()})) {
            Path draft = write((String) seed[0], seed((String) seed[0]));
            Path docx = dir.resolve(seed[0] + ".docx");
            List<String> args = new ArrayList<>(List.of("format", draft.toString(), "-o", docx.toString(), "--no-fixes"));
            args.addAll(DROP_ADS);

            Run run = gongwen(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(run.err()).isZero();
            OfficialDocument sample = (OfficialDocument) seed[1];
            DocxInspector written = new DocxInspector(Files.readAllBytes(docx));
            DocxInspector expected = new DocxInspector(sample.toBytes());
            assertThat(written.paragraphTexts()).containsExactlyElementsOf(expected.paragraphTexts());
            assertThat(written.paragraphStyles()).containsExactlyElementsOf(expected.paragraphStyles());
            // and the .docx reads back into the model it was written from
            assertThat(java.util.Arrays.equals(DocxReader.standard().read(docx).document().toBytes(),
                    Files.readAllBytes(docx))).isTrue();
        }
    }

    @Test
    void applies_the_safe_fixes_to_text_unless_told_not_to() throws IOException {
        Path draft = write("seed-001.txt", seed("seed-001.txt"));
        Path docx = dir.resolve("fixed.docx");
        List<String> args = new ArrayList<>(List.of("format", draft.toString(), "-o", docx.toString()));
        args.addAll(DROP_ADS);

        assertThat(gongwen(args.toArray(String[]::new)).exitCode()).isZero();

        List<String> fixed = new DocxInspector(Files.readAllBytes(docx)).paragraphTexts();
        List<String> sample = new DocxInspector(TownshipOfficeSummary.build().toBytes()).paragraphTexts();
        assertThat(fixed).isNotEqualTo(sample).anyMatch(p -> p.contains("村（社区）"));
        assertThat(fixed.stream().map(CommandLineTest::halfWidth).toList())
                .isEqualTo(sample.stream().map(CommandLineTest::halfWidth).toList());
    }

    @Test
    void applies_the_safe_fixes_to_the_paragraphs_of_a_docx_unless_told_not_to() throws IOException {
        Path old = write("old.docx", ForeignDocx.withDocumentXml(ForeignDocx.documentXml(
                "关于村(社区)换届的通知", "各乡镇:", "村(社区)换届工作于2020年07月01日开始。")));
        Path fixed = dir.resolve("fixed.docx");
        Path kept = dir.resolve("kept.docx");

        assertThat(gongwen("format", old.toString(), "-o", fixed.toString()).exitCode()).isZero();
        assertThat(gongwen("format", old.toString(), "-o", kept.toString(), "--no-fixes").exitCode()).isZero();

        assertThat(new DocxInspector(Files.readAllBytes(fixed)).paragraphTexts())
                .contains("各乡镇：", "村（社区）换届工作于2020年7月1日开始。");
        assertThat(new DocxInspector(Files.readAllBytes(kept)).paragraphTexts())
                .contains("村(社区)换届工作于2020年07月01日开始。");
    }

    @Test
    void formats_a_draft_with_front_matter_and_names_the_key_of_a_bad_value() throws IOException {
        String body = "关于开展检查的通知\n各乡镇：\n请认真组织实施。\n县人民政府办公室\n2021年2月26日\n";
        Path good = write("good.txt", "---\n发文机关: XX县人民政府办公室\n标志后缀: 文件\n发文字号: X政办发〔2021〕3号\n"
                + "抄送: 县委办公室\n印发机关: XX县人民政府办公室\n印发日期: 2021-02-26\n---\n" + body);
        Path bad = write("bad.txt", "---\n份号: 1234567\n---\n" + body);
        Path out = dir.resolve("good.docx");

        assertThat(gongwen("format", good.toString(), "-o", out.toString()).exitCode()).isZero();
        assertThat(new DocxInspector(Files.readAllBytes(out)).paragraphTexts())
                .contains("XX县人民政府办公室文件", "X政办发〔2021〕3号", "抄送：县委办公室。");

        Run run = gongwen("format", bad.toString(), "-o", dir.resolve("bad.docx").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("front matter 份号 (line 2)");
        assertThat(dir.resolve("bad.docx")).doesNotExist();
    }

    @Test
    void reformats_a_docx() throws IOException {
        Path old = write("old.docx", ForeignDocx.typedByAClerk());
        Path formatted = dir.resolve("new.docx");

        Run run = gongwen("format", old.toString(), "-o", formatted.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(old + " → " + formatted + "\n");
        assertThat(new DocxInspector(Files.readAllBytes(formatted)).count("word/document.xml", "//w:tbl")).isEqualTo(1);
        assertThat(gongwen("check", formatted.toString(), "--severity", "error").exitCode()).isZero();
        assertThat(gongwen("check", old.toString(), "--severity", "error").exitCode()).isEqualTo(1);
    }

    @Test
    void check_exits_0_when_clean_1_with_findings_at_the_severity_and_2_for_unusable_input() throws IOException {
        Path clean = write("clean.txt", "关于开展安全检查的通知\n（一）总体要求。按时完成检查。\n");
        Path ordinal = write("ordinal.txt", "关于开展安全检查的通知\n(一)总体要求。按时完成检查。\n");
        Path notDocx = write("not.docx", "文字".getBytes(StandardCharsets.UTF_8));
        Path gbk = write("gbk.txt", "关于开展安全检查的通知".getBytes(Charset.forName("GBK")));

        assertThat(gongwen("check", clean.toString())).isEqualTo(new Run(0,
                clean + ": clean\n1 file checked, 0 unusable; 0 findings at or above warning\n", ""));
        assertThat(gongwen("check", ordinal.toString()).exitCode()).isEqualTo(1);
        assertThat(gongwen("check", ordinal.toString(), "--severity", "ERROR").exitCode()).isZero();
        Run notADocx = gongwen("check", notDocx.toString());
        assertThat(notADocx.exitCode()).isEqualTo(2);
        assertThat(notADocx.err()).isEqualTo("gongwen check: could not read " + notDocx
                + ": it is not a .docx (not a zip archive)\n");
        Run gbkRun = gongwen("check", gbk.toString());
        assertThat(gbkRun.exitCode()).isEqualTo(2);
        assertThat(gbkRun.err()).startsWith("gongwen check: could not read " + gbk + ": it is not UTF-8 text; it reads "
                + "as GBK/GB18030, so convert it first, e.g. iconv -f GB18030 -t UTF-8");
        assertThat(gongwen("format", gbk.toString(), "-o", dir.resolve("gbk.docx").toString()).exitCode()).isEqualTo(2);
        assertThat(dir.resolve("gbk.docx")).doesNotExist();
    }

    @Test
    void check_prints_one_json_object_of_a_stable_shape() throws IOException {
        Path ordinal = write("ordinal.txt", "关于开展安全检查的通知\n(一)总体要求。按时完成检查。\n");
        Path broken = write("broken.docx", "文字".getBytes(StandardCharsets.UTF_8));

        Run run = gongwen("check", ordinal.toString(), "--json");
        Run both = gongwen("check", dir.toString(), "--json", "--severity", "error");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("{\"tool\":\"gongwen\",\"version\":\"0.1.0-SNAPSHOT\",\"severity\":\"warning\","
                + "\"files\":[{\"path\":\"" + ordinal + "\",\"type\":\"text\",\"status\":\"checked\",\"findings\":["
                + "{\"rule\":\"half-width-ordinal\",\"severity\":\"warning\",\"line\":2,\"offset\":0,\"where\":\"line 2\","
                + "\"chinese\":\"序号括号应为全角：“（一）”\",\"english\":\"ordinal brackets should be full-width: （一）\","
                + "\"fix\":{\"offset\":0,\"length\":3,\"replacement\":\"（一）\"}}]}],"
                + "\"summary\":{\"files\":1,\"checked\":1,\"unusable\":0,\"findings\":1,\"exitCode\":1}}\n");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.out()).isEqualTo("{\"tool\":\"gongwen\",\"version\":\"0.1.0-SNAPSHOT\",\"severity\":\"error\","
                + "\"files\":[{\"path\":\"" + broken + "\",\"type\":\"docx\",\"status\":\"unusable\",\"error\":"
                + "\"could not read " + broken + ": it is not a .docx (not a zip archive)\",\"findings\":[]},"
                + "{\"path\":\"" + ordinal + "\",\"type\":\"text\",\"status\":\"checked\",\"findings\":[]}],"
                + "\"summary\":{\"files\":2,\"checked\":1,\"unusable\":1,\"findings\":0,\"exitCode\":2}}\n");
        assertThat(both.err()).isEmpty();
    }

    @Test
    void a_batch_reports_and_skips_a_broken_file_and_leaves_no_partial_output() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Path out = dir.resolve("out");
        Files.writeString(in.resolve("a-notice.txt"), "关于开展安全检查的通知\n一、总体要求\n按时完成检查。\n");
        Files.write(in.resolve("b-broken.docx"), java.util.Arrays.copyOf(ForeignDocx.typedByAClerk(), 300));
        Files.write(in.resolve("c-clerk.docx"), ForeignDocx.typedByAClerk());
        Files.writeString(in.resolve("notes.md"), "not a document");

        Run run = gongwen("format", in.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("gongwen format: could not read " + in.resolve("b-broken.docx")
                + ": it is not a .docx, or the archive is damaged or truncated (");
        assertThat(run.out()).endsWith("2 of 3 files formatted into " + out + "; 1 could not be used (see above)\n");
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("a-notice.docx", "c-clerk.docx");
        }
        Run check = gongwen("check", in.toString());
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.out()).contains(in.resolve("a-notice.txt") + ": clean\n")
                .endsWith("3 files checked, 1 unusable; 20 findings at or above warning\n");
    }

    @Test
    void draws_a_progress_bar_on_a_terminal_only() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "标题\n正文。\n");
        Files.writeString(in.resolve("b.txt"), "标题\n正文。\n");

        assertThat(gongwen(false, "check", in.toString()).err()).isEmpty();
        assertThat(gongwen(true, "check", in.toString()).err()).contains("\r[", "] 2/2 b.txt");
        assertThat(gongwen(true, "check", in.toString(), "--json").err()).isEmpty();
    }

    @Test
    void refuses_a_drop_pattern_that_is_not_a_regular_expression() throws IOException {
        Path draft = write("draft.txt", "标题\n正文。\n");

        Run run = gongwen("format", draft.toString(), "-o", dir.resolve("out.docx").toString(), "--drop", "(QQ");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("gongwen format: drop: is not a regular expression: Unclosed group");
        assertThat(dir.resolve("out.docx")).doesNotExist();
    }

    @Test
    void check_leaves_out_the_lines_a_drop_pattern_matches_in_a_draft_and_in_a_docx() throws IOException {
        String ad = "酷乐文行整理，更新于2020-7-1，其他途径获取的资料均不完整";
        Path draft = write("draft.txt", "仅供学习 禁止外传\n" + ad + "\n关于开展安全检查的通知\n（一）总体要求。按时完成检查。\n");
        Path docx = write("draft.docx", ForeignDocx.withDocumentXml(ForeignDocx.documentXml(
                ad, "关于开展安全检查的通知", "（一）总体要求。按时完成检查。")));

        Run kept = gongwen("check", draft.toString());
        Run dropped = gongwen("check", draft.toString(), "--drop", "酷乐文行", "--drop", "仅供学习");
        Run keptDocx = gongwen("check", docx.toString(), "--json");
        Run droppedDocx = gongwen("check", docx.toString(), "--json", "--drop", "酷乐文行");

        assertThat(kept.exitCode()).isEqualTo(1);
        assertThat(kept.out()).contains("  2:10 WARNING [date] ");
        assertThat(dropped).isEqualTo(new Run(0,
                draft + ": clean\n1 file checked, 0 unusable; 0 findings at or above warning\n", ""));
        assertThat(keptDocx.out()).contains("{\"rule\":\"date\",\"severity\":\"warning\",\"line\":1,");
        assertThat(droppedDocx.out()).doesNotContain("\"rule\":\"date\"")
                // the title is the first paragraph kept
                .contains("\"where\":\"paragraph 2\",\"chinese\":\"标题字");
        assertThat(keptDocx.out()).contains("\"where\":\"paragraph 1\",\"chinese\":\"标题字");
    }

    @Test
    void check_refuses_a_drop_pattern_that_is_not_a_regular_expression() throws IOException {
        Path draft = write("draft.txt", "标题\n正文。\n");

        Run run = gongwen("check", draft.toString(), "--drop", "(QQ");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("gongwen check: drop: is not a regular expression: Unclosed group");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void reformats_a_docx_in_place() throws IOException {
        Path docx = write("notice.docx", ForeignDocx.typedByAClerk());

        assertThat(gongwen("format", docx.toString(), "-o", docx.toString()).exitCode()).isZero();

        assertThat(gongwen("check", docx.toString(), "--severity", "error").exitCode()).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(docx);
        }
    }

    @Test
    void refuses_to_write_a_batch_into_its_input_folder() {
        Run run = gongwen("format", dir.toString(), "-o", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("gongwen format: the output folder must not be the input folder: " + dir + "\n");
    }

    private static String halfWidth(String s) {
        return s.replace('（', '(').replace('）', ')').replace('，', ',').replace('：', ':').replace('；', ';');
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = CommandLineTest.class.getResourceAsStream("/io/gongwen/text/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
