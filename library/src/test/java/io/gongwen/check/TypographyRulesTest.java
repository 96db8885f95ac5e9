package io.gongwen.check;

import io.gongwen.samples.HolidayDutyNotice;
import io.gongwen.samples.WriteSamples;
import io.gongwen.testing.ForeignDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TypographyRulesTest {
    @TempDir
    Path dir;

    private List<Finding> check(byte[] docx, Rule... rules) throws IOException {
        Path file = dir.resolve("checked.docx");
        Files.write(file, docx);
        List<Rule> wanted = List.of(rules);
        return new DocxChecker().check(file).stream().filter(f -> wanted.contains(f.rule())).toList();
    }

    private static final String SONG = "eastAsia=\"宋体\"";

    @Test
    void takes_the_names_windows_macos_wps_and_the_founder_fonts_give_a_face_for_the_same_face() throws IOException {
        for (Map<String, String> names : List.of(
                Map.of("仿宋_GB2312", "FangSong", "黑体", "SimHei", "楷体_GB2312", "KaiTi", "方正小标宋简体", "FZXiaoBiaoSong-B05S",
                        SONG, "eastAsia=\"SimSun\""),
                Map.of("仿宋_GB2312", "方正仿宋_GBK", "黑体", "STHeiti", "楷体_GB2312", "STKaiti", "方正小标宋简体", "方正小标宋_GBK",
                        SONG, "eastAsia=\"STSong\""),
                Map.of("仿宋_GB2312", "STFangsong", "黑体", "华文黑体", "楷体_GB2312", "楷体", "方正小标宋简体", "小标宋",
                        SONG, "eastAsia=\"华文宋体\""),
                Map.of("仿宋_GB2312", "华文仿宋", "黑体", "Heiti SC", "楷体_GB2312", "华文楷体", "方正小标宋简体", "FZXBSJW--GB1-0",
                        SONG, "eastAsia=\"Songti SC\""))) {
            byte[] renamed = DocxCheckerTest.rewrite(HolidayDutyNotice.build().toBytes(), Map.of("word/styles.xml", names));

            assertThat(check(renamed, Rule.FONT)).as(names.toString()).isEmpty();
        }
    }

    @Test
    void finds_a_face_of_another_role() throws IOException {
        byte[] yaHei = DocxCheckerTest.rewrite(HolidayDutyNotice.build().toBytes(),
                Map.of("word/styles.xml", Map.of("仿宋_GB2312", "微软雅黑", "黑体", "SimSun")));

        assertThat(check(yaHei, Rule.FONT)).extracting(Finding::chinese).containsExactly(
                "正文字体应为仿宋（仿宋_GB2312），实为“微软雅黑”（共7段）", "一级标题字体应为黑体，实为“SimSun”（共3段）",
                "三级标题字体应为仿宋（仿宋_GB2312），实为“微软雅黑”（共2段）");
    }

    @Test
    void finds_latin_letters_and_digits_not_in_the_latin_face() throws IOException {
        byte[] calibri = DocxCheckerTest.rewrite(HolidayDutyNotice.build().toBytes(),
                Map.of("word/styles.xml", Map.of("w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"",
                        "w:ascii=\"Calibri\" w:hAnsi=\"Calibri\"")));

        assertThat(check(calibri, Rule.LATIN_FONT)).extracting(Finding::toString).containsExactly(
                "paragraph 1 WARNING [latin-font] 标题中的数字和西文字体应为Times New Roman，实为“Calibri” / Latin letters and "
                        + "digits in the title should be set in Times New Roman, not \"Calibri\"",
                "paragraph 11 WARNING [latin-font] 三级标题中的数字和西文字体应为Times New Roman，实为“Calibri”（共2段） / Latin "
                        + "letters and digits in level-3 headings should be set in Times New Roman, not \"Calibri\" (2 paragraphs)",
                "paragraph 17 WARNING [latin-font] 正文中的数字和西文字体应为Times New Roman，实为“Calibri” / Latin letters and "
                        + "digits in body text should be set in Times New Roman, not \"Calibri\"");
        assertThat(check(HolidayDutyNotice.build().toBytes(), Rule.LATIN_FONT)).isEmpty();
    }

    @Test
    void finds_the_faces_that_are_not_installed_once_each_when_told_what_is() throws IOException {
        Path file = dir.resolve("notice.docx");
        Files.write(file, HolidayDutyNotice.build().toBytes());

        List<Finding> found = DocxChecker.builder().installedFaces(List.of("仿宋_GB2312", "黑体", "Times New Roman", "宋体"))
                .build().check(file).stream().filter(f -> f.rule() == Rule.FONT_INSTALLED).toList();

        assertThat(found).extracting(Finding::toString).containsExactly(
                "paragraph 1 WARNING [font-installed] 字体“方正小标宋简体”未安装在本机，打开文档时将以其他字体替代 / the face "
                        + "\"方正小标宋简体\" is not installed on this machine: another takes its place when the document is opened",
                "paragraph 6 WARNING [font-installed] 字体“楷体_GB2312”未安装在本机，打开文档时将以其他字体替代 / the face "
                        + "\"楷体_GB2312\" is not installed on this machine: another takes its place when the document is opened");
        assertThat(new DocxChecker().check(file)).noneMatch(f -> f.rule() == Rule.FONT_INSTALLED);
    }

    @Test
    void leaves_the_size_and_face_of_the_mark_to_the_issuer() throws IOException {
        byte[] mark = DocxCheckerTest.rewrite(WriteSamples.SAMPLES.get("county-notice-full-head.docx").get().toBytes(),
                Map.of("word/styles.xml", Map.of("<w:sz w:val=\"84\"/><w:szCs w:val=\"84\"/>",
                        "<w:sz w:val=\"72\"/><w:szCs w:val=\"72\"/>")));

        assertThat(check(mark, Rule.FONT, Rule.FONT_SIZE)).isEmpty();
    }

    private static String paragraph(String pPr, String text) {
        return "<w:p><w:pPr>" + pPr + "</w:pPr><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    private static byte[] document(String... paragraphs) {
        return ForeignDocx.withDocumentXml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W
                + "><w:body>" + String.join("", paragraphs) + "</w:body></w:document>");
    }

    private static final String CENTRED = "<w:jc w:val=\"center\"/>";
    private static final String INDENTED = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:jc w:val=\"both\"/>";
    private static final String RIGHT = "<w:ind w:right=\"1280\"/><w:jc w:val=\"right\"/>";

    @Test
    void finds_a_title_not_centred_an_indented_addressee_unindented_body_text_and_a_closing_on_the_left()
            throws IOException {
        byte[] docx = document(paragraph("", "关于做好值班工作的通知"), paragraph(INDENTED, "各乡镇人民政府："),
                paragraph("", "现将有关事项通知如下。"), paragraph(INDENTED, "一、总体要求"), paragraph("", "县人民政府办公室"),
                paragraph("", "2024年1月5日"));

        assertThat(check(docx, Rule.INDENT, Rule.ALIGNMENT)).extracting(Finding::toString).containsExactly(
                "paragraph 1 WARNING [alignment] 标题应居中排布 / the title is centred",
                "paragraph 2 WARNING [indent] 主送机关应顶格排布，不缩进 / the main recipients (主送) start flush left, not indented",
                "paragraph 3 WARNING [indent] 正文段落首行应缩进二字（实为0字） / body paragraphs and headings are indented two "
                        + "characters on their first line, not 0",
                "paragraph 5 WARNING [alignment] 发文机关署名应居右排布（在成文日期之上居中） / the signature stands on the right, "
                        + "centred above the date",
                "paragraph 6 WARNING [alignment] 成文日期应居右排布（右空二字或四字） / the date stands on the right (two or four "
                        + "characters in from the right edge)");
    }

    @Test
    void finds_the_addressee_more_than_one_line_below_the_title() throws IOException {
        byte[] docx = document(paragraph(CENTRED, "关于做好值班工作的通知"), paragraph("", ""), paragraph("", ""),
                paragraph("", "各乡镇人民政府："), paragraph(INDENTED, "现将有关事项通知如下。"));
        byte[] one = document(paragraph(CENTRED, "关于做好值班工作的通知"), paragraph("", ""),
                paragraph("", "各乡镇人民政府："), paragraph(INDENTED, "现将有关事项通知如下。"));

        assertThat(check(docx, Rule.TITLE)).extracting(Finding::toString).containsExactly(
                "paragraph 4 WARNING [title] 主送机关应在标题下空一行，实为空2行 / the main recipients (主送) stand one blank "
                        + "line below the title, not 2");
        assertThat(check(one, Rule.TITLE)).isEmpty();
    }

    @Test
    void accepts_the_layout_of_the_standard_however_it_is_made() throws IOException {
        byte[] docx = document(paragraph(CENTRED, "关于做好值班工作的通知"), paragraph("", "各乡镇人民政府："),
                paragraph(INDENTED, "现将有关事项通知如下。"), paragraph("<w:jc w:val=\"both\"/>", "\u3000\u3000一、总体要求"),
                paragraph(RIGHT, "县人民政府办公室"), paragraph(RIGHT, "2024年1月5日"));

        assertThat(check(docx, Rule.INDENT, Rule.ALIGNMENT)).isEmpty();
    }
}
