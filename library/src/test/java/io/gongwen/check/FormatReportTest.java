package io.gongwen.check;

import io.gongwen.InvalidDocumentException;
import io.gongwen.OfficialDocument;
import io.gongwen.docx.WordDocument;
import io.gongwen.samples.WriteSamples;
import io.gongwen.text.DocxReader;
import io.gongwen.text.Draft;
import io.gongwen.text.DraftReader;
import io.gongwen.testing.WordLikeDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What reformatting changed, as data: values before from the source, after from the specification. */
class FormatReportTest {
    private static final DocxReader FIXING = DocxReader.builder().paragraphText(TextChecker::applySafeFixes).build();

    @Test
    void lists_every_change_to_a_notice_from_word(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notice.docx");
        Files.write(file, WordLikeDocx.notice());
        WordDocument docx = DocxReader.open(file);
        Draft draft = FIXING.read(docx);

        FormatReport report = FormatReport.ofDocx(docx, List.of(), draft, true, List.of());

        assertThat(report.fromDocx()).isTrue();
        assertThat(report.changes().stream().map(Change::toString).toList()).containsExactly(
                "page [margin] 上边距：25.4 mm → 37 mm / top margin: 25.4 mm → 37 mm",
                "page [margin] 下边距：25.4 mm → 35 mm / bottom margin: 25.4 mm → 35 mm",
                "page [margin] 左边距：31.8 mm → 28 mm / left margin: 31.8 mm → 28 mm",
                "page [margin] 右边距：31.8 mm → 26 mm / right margin: 31.8 mm → 26 mm",
                "page [line-pitch] 行网格：无 → 28.95 pt（每页 22 行） / line grid: none → 28.95 pt (22 lines a page)",
                // the tracked insertion's run states no face or size of its own
                "document [face] 正文字体：宋体、未指定 → 仿宋_GB2312 / body face: 宋体, (not stated) → 仿宋_GB2312",
                "document [size] 正文字号：小四（12 pt）、未指定 → 三号（16 pt） / body size: 12 pt, (not stated) → 16 pt",
                "document [indent] 正文首行缩进：0 → 2 字 / body first-line indent: 0 → 2 characters",
                "document [alignment] 正文对齐方式：左对齐 → 两端对齐 / body alignment: left → justified",
                "document [line-spacing] 正文行距：单倍行距 → 固定值 28.95 磅 / body line spacing: single → exact 28.95 pt",
                "document [face] 标题字体：宋体 → 方正小标宋简体 / title face: 宋体 → 方正小标宋简体",
                "document [size] 标题字号：小二（18 pt） → 二号（22 pt） / title size: 18 pt → 22 pt",
                "document [line-spacing] 标题行距：单倍行距 → 固定值 28.95 磅 / title line spacing: single → exact 28.95 pt",
                "document [face] 一级标题字体：宋体 → 黑体 / heading 1 face: 宋体 → 黑体",
                "document [size] 一级标题字号：小四（12 pt） → 三号（16 pt） / heading 1 size: 12 pt → 16 pt",
                "document [indent] 一级标题首行缩进：0 → 2 字 / heading 1 first-line indent: 0 → 2 characters",
                "document [alignment] 一级标题对齐方式：左对齐 → 两端对齐 / heading 1 alignment: left → justified",
                "document [line-spacing] 一级标题行距：单倍行距 → 固定值 28.95 磅 / heading 1 line spacing: single → exact 28.95 pt",
                "document [face] 二级标题字体：宋体 → 楷体_GB2312 / heading 2 face: 宋体 → 楷体_GB2312",
                "document [size] 二级标题字号：小四（12 pt） → 三号（16 pt） / heading 2 size: 12 pt → 16 pt",
                "document [indent] 二级标题首行缩进：0 → 2 字 / heading 2 first-line indent: 0 → 2 characters",
                "document [alignment] 二级标题对齐方式：左对齐 → 两端对齐 / heading 2 alignment: left → justified",
                "document [line-spacing] 二级标题行距：单倍行距 → 固定值 28.95 磅 / heading 2 line spacing: single → exact 28.95 pt",
                // the parts, against what the writer writes for each: the main recipients flush left and
                // justified, the signature and the date right-aligned, the date four characters (22.2 mm)
                // from the right edge, the signature centred over it
                "document [face] 主送机关字体：宋体 → 仿宋_GB2312 / main recipients face: 宋体 → 仿宋_GB2312",
                "document [size] 主送机关字号：小四（12 pt） → 三号（16 pt） / main recipients size: 12 pt → 16 pt",
                "document [alignment] 主送机关对齐方式：左对齐 → 两端对齐 / main recipients alignment: left → justified",
                "document [line-spacing] 主送机关行距：单倍行距 → 固定值 28.95 磅 / main recipients line spacing: single → exact 28.95 pt",
                "document [face] 署名字体：宋体 → 仿宋_GB2312 / signature face: 宋体 → 仿宋_GB2312",
                "document [size] 署名字号：小四（12 pt） → 三号（16 pt） / signature size: 12 pt → 16 pt",
                "document [right-indent] 署名右缩进：0 → 11.1 mm / signature right indent: 0 → 11.1 mm",
                "document [line-spacing] 署名行距：单倍行距 → 固定值 28.95 磅 / signature line spacing: single → exact 28.95 pt",
                "document [face] 成文日期字体：宋体 → 仿宋_GB2312 / date face: 宋体 → 仿宋_GB2312",
                "document [size] 成文日期字号：小四（12 pt） → 三号（16 pt） / date size: 12 pt → 16 pt",
                "document [right-indent] 成文日期右缩进：0 → 22.2 mm / date right indent: 0 → 22.2 mm",
                "document [line-spacing] 成文日期行距：单倍行距 → 固定值 28.95 磅 / date line spacing: single → exact 28.95 pt",
                "paragraph 5 [numbering] 序号：“(一)” → “（一）” / number: \"(一)\" → \"（一）\"",
                "paragraph 6 [punctuation] 标点：“(” → “（” / punctuation: \"(\" → \"（\"",
                "paragraph 6 [punctuation] 标点：“)” → “）” / punctuation: \")\" → \"）\"",
                "paragraph 7 [date] 日期：“2021年03月01日” → “2021年3月1日” / date: \"2021年03月01日\" → \"2021年3月1日\"",
                "paragraph 8 [colour] 彩色文字（FF0000：报送县应急管理局）改为黑色 / coloured text (FF0000: 报送县应急管理局) written in black",
                "paragraph 8 [text-box] 文本框未排版，其文字保留为第 9–10 段，位于本段之后 / a text box is not laid out; its text "
                        + "is kept as paragraphs 9–10, right after this paragraph",
                "document [tracked-changes] 修订 2 处，已全部接受 / 2 tracked changes, all accepted",
                "document [comments] 批注 1 条，已删除 / 1 comment, left out");
        Change top = report.changes().get(0);
        assertThat(top.kind()).isEqualTo(Change.Kind.MARGIN);
        assertThat(top.element()).isEqualTo("top margin");
        assertThat(top.before()).contains("25.4 mm");
        assertThat(top.after()).contains("37 mm");
        Change number = report.changes().get(35);
        assertThat(number.rule()).contains(Rule.HALF_WIDTH_ORDINAL);
        assertThat(number.where()).isEqualTo(new Where.Paragraph(5));
        assertThat(number.before()).contains("(一)");
        assertThat(number.after()).contains("（一）");
    }

    @Test
    void without_the_fixes_no_text_change_is_reported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notice.docx");
        Files.write(file, WordLikeDocx.notice());
        WordDocument docx = DocxReader.open(file);
        DocxReader plain = DocxReader.standard();

        FormatReport report = FormatReport.ofDocx(docx, List.of(), plain.read(docx), false, List.of());

        assertThat(report.changes()).extracting(Change::kind).doesNotContain(Change.Kind.NUMBERING, Change.Kind.DATE,
                Change.Kind.PUNCTUATION);
    }

    @Test
    void an_indent_in_length_and_a_multiple_spacing_are_reported_as_the_source_states_them(@TempDir Path dir)
            throws Exception {
        // GIVEN body paragraphs indented 640 twips without characters, right-aligned, 1.5 lines apart, and a
        // short one indented two characters that the long ones outweigh
        String body = "<w:pPr><w:spacing w:line=\"360\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"640\"/><w:jc w:val=\"right\"/>"
                + "</w:pPr>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + io.gongwen.testing.ForeignDocx.W + "><w:body>"
                + "<w:p><w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/></w:pPr>"
                + "<w:r><w:t>关于开展检查的通知</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>各单位：</w:t></w:r></w:p>"
                + "<w:p>" + body + "<w:r><w:t>现将开展安全生产大检查的有关事项通知如下，请认真贯彻执行。</w:t></w:r></w:p>"
                + "<w:p>" + body + "<w:r><w:t>各单位要高度重视，精心组织，确保检查工作取得实效。</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:jc w:val=\"both\"/></w:pPr>"
                + "<w:r><w:t>特此通知。</w:t></w:r></w:p></w:body></w:document>";
        Path file = dir.resolve("spaced.docx");
        Files.write(file, io.gongwen.testing.ForeignDocx.withDocumentXml(xml));
        WordDocument docx = DocxReader.open(file);

        FormatReport report = FormatReport.ofDocx(docx, List.of(), DocxReader.standard().read(docx), false, List.of());

        List<String> looks = report.changes().stream().filter(c -> List.of(Change.Kind.INDENT, Change.Kind.ALIGNMENT,
                Change.Kind.LINE_SPACING).contains(c.kind())).map(Change::toString).toList();
        assertThat(looks).containsExactly(
                "document [indent] 正文首行缩进：11.3 mm → 2 字 / body first-line indent: 11.3 mm → 2 characters",
                "document [alignment] 正文对齐方式：右对齐 → 两端对齐 / body alignment: right → justified",
                "document [line-spacing] 正文行距：1.5 倍行距 → 固定值 28.95 磅 / body line spacing: multiple 1.5 → exact 28.95 pt",
                "document [line-spacing] 标题行距：固定值 28 磅 → 固定值 28.95 磅 / title line spacing: exact 28 pt → exact 28.95 pt",
                "document [alignment] 主送机关对齐方式：左对齐 → 两端对齐 / main recipients alignment: left → justified",
                "document [line-spacing] 主送机关行距：单倍行距 → 固定值 28.95 磅 / main recipients line spacing: single → exact 28.95 pt",
                // the short paragraph the long ones outweigh: its indent and alignment are the writer's, its spacing not
                "paragraph 5 [line-spacing] 正文第 5 段（3 段中的 1 段）行距：单倍行距 → 固定值 28.95 磅 / body paragraph 5 (1 of 3) "
                        + "line spacing: single → exact 28.95 pt");
        Change indent = report.changes().stream().filter(c -> c.kind() == Change.Kind.INDENT).findFirst().orElseThrow();
        assertThat(indent.element()).isEqualTo("body");
        assertThat(indent.before()).contains("11.3 mm");
        assertThat(indent.after()).contains("2 characters");
    }

    @Test
    void text_of_another_size_and_a_picture_left_out_are_reported(@TempDir Path dir) throws Exception {
        // GIVEN a paragraph with a 22 pt stretch among 12 pt, and a linked picture, whose image is not in the package
        String drawing = "<w:r><w:drawing><wp:inline><wp:extent cx=\"1800000\" cy=\"1200000\"/><wp:docPr id=\"1\" "
                + "name=\"图片 1\"/><a:graphic><a:graphicData><a:blip r:embed=\"rId9\"/></a:graphicData></a:graphic>"
                + "</wp:inline></w:drawing></w:r>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + io.gongwen.testing.ForeignDocx.W
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
                + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>关于报送统计数据的报告</w:t></w:r></w:p>"
                + "<w:p><w:r><w:rPr><w:sz w:val=\"24\"/></w:rPr><w:t>全年生产总值</w:t></w:r><w:r><w:rPr><w:sz w:val=\"44\"/>"
                + "</w:rPr><w:t>增长百分之八</w:t></w:r><w:r><w:rPr><w:sz w:val=\"24\"/></w:rPr><w:t>，详见下图。</w:t></w:r></w:p>"
                + "<w:p>" + drawing + "</w:p><w:p><w:r><w:t>特此报告。</w:t></w:r></w:p></w:body></w:document>";
        Path file = dir.resolve("report.docx");
        Files.write(file, io.gongwen.testing.ForeignDocx.withDocumentXml(xml));
        WordDocument docx = DocxReader.open(file);
        Draft draft = FIXING.read(docx);

        // WHEN the report is made
        FormatReport report = FormatReport.ofDocx(docx, List.of(), draft, true, List.of());

        // THEN both are in it, with their values
        assertThat(report.changes()).filteredOn(c -> c.kind() == Change.Kind.TEXT_SIZE).singleElement()
                .satisfies(c -> {
                    assertThat(c.where()).isEqualTo(new Where.Paragraph(2));
                    assertThat(c.before()).contains("22 pt");
                    assertThat(c.after()).contains("12 pt");
                    assertThat(c.english()).isEqualTo("text of another size (22 pt: 增长百分之八) written in the size of the "
                            + "rest of the paragraph (12 pt)");
                });
        assertThat(report.changes()).filteredOn(c -> c.kind() == Change.Kind.PICTURES).singleElement()
                .satisfies(c -> {
                    assertThat(c.before()).contains("1");
                    assertThat(c.after()).contains("0");
                    assertThat(c.chinese()).isEqualTo("图片 1 幅，保留 0 幅；其余（印章，无图像或无尺寸的图片）未保留，见警告");
                });
        assertThat(report.changes()).extracting(Change::kind).doesNotContain(Change.Kind.TEXT_BOX, Change.Kind.COMMENTS,
                Change.Kind.TRACKED_CHANGES, Change.Kind.COLOUR);
    }

    @Test
    void a_text_draft_has_no_page_set_up_or_faces_before() {
        String text = "关于开展检查的通知\n各单位：\n现将有关事项通知如下。\n(一)明确责任。各单位于2021年03月01日前完成。\n平安县人民政府\n2021年2月1日\n";
        Draft draft = DraftReader.standard().read(TextChecker.applySafeFixes(text));

        FormatReport report = FormatReport.ofText(text, draft, true, List.of());

        assertThat(report.fromDocx()).isFalse();
        assertThat(report.changes()).extracting(Change::kind).containsExactly(Change.Kind.PAGE_SET_UP, Change.Kind.FACE,
                Change.Kind.NUMBERING, Change.Kind.DATE);
        Change page = report.changes().get(0);
        assertThat(page.before()).isEmpty();
        assertThat(page.after()).contains("210 × 297 mm, margins top 37, bottom 35, left 28, right 26 mm, 22 lines of 28 characters");
        assertThat(page.chinese()).isEqualTo("文本草稿没有页面设置，按规范设置：210 × 297 mm，上边距 37 mm、下边距 35 mm、左边距 28 mm、"
                + "右边距 26 mm，每页 22 行、每行 28 字");
        assertThat(report.changes().get(1).before()).isEmpty();
        assertThat(report.changes().get(2).where()).isEqualTo(new Where.Line(4));
        assertThat(report.changes().get(3).before()).contains("2021年03月01日");
    }

    @Test
    void a_line_a_drop_pattern_left_out_is_named_with_its_text() {
        String text = "关于开展检查的通知\n各单位：\n仅供学习交流使用，请勿用于任何商业用途，违者追究法律责任。\n现将有关事项通知如下。\n"
                + "平安县人民政府\n2021年2月1日\n";
        Draft draft = DraftReader.builder().drop("仅供学习").build().read(text);

        FormatReport report = FormatReport.ofText(text, draft, false, List.of());

        assertThat(report.changes()).filteredOn(c -> c.kind() == Change.Kind.DROPPED).singleElement().satisfies(c -> {
            assertThat(c.where()).isEqualTo(new Where.Line(3));
            assertThat(c.element()).isEqualTo("line");
            assertThat(c.before()).contains("仅供学习交流使用，请勿用于任何商业用途，违者追究……");
            assertThat(c.after()).isEmpty();
            assertThat(c.chinese()).isEqualTo("第 3 行按 --drop 模式删除：“仅供学习交流使用，请勿用于任何商业用途，违者追究……”");
            assertThat(c.english()).isEqualTo("line 3 left out by a --drop pattern: \"仅供学习交流使用，请勿用于任何商业用途，违者追究……\"");
        });
        // the document has not got it, and the reader warned of it
        assertThat(draft.document().body().toString()).doesNotContain("仅供学习").contains("现将有关事项通知如下");
        assertThat(draft.warnings()).anySatisfy(w -> assertThat(w.line()).isEqualTo(3));
    }

    @Test
    void a_paragraph_a_drop_pattern_left_out_of_a_docx_is_named_with_its_text(@TempDir Path dir) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + io.gongwen.testing.ForeignDocx.W + "><w:body>"
                + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>关于开展检查的通知</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>各单位：</w:t></w:r></w:p><w:p><w:r><w:t>现将有关事项通知如下。</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>本文来自QQ群12345</w:t></w:r></w:p><w:p><w:r><w:t>特此通知。</w:t></w:r></w:p></w:body></w:document>";
        Path file = dir.resolve("dropped.docx");
        Files.write(file, io.gongwen.testing.ForeignDocx.withDocumentXml(xml));
        WordDocument docx = DocxReader.open(file);
        Draft draft = DocxReader.builder().drop("QQ群\\d+").build().read(docx);

        FormatReport report = FormatReport.ofDocx(docx, List.of("QQ群\\d+"), draft, false, List.of());

        assertThat(report.changes()).filteredOn(c -> c.kind() == Change.Kind.DROPPED).singleElement().satisfies(c -> {
            assertThat(c.where()).isEqualTo(new Where.Paragraph(4));
            assertThat(c.before()).contains("本文来自QQ群12345");
            assertThat(c.toString()).isEqualTo("paragraph 4 [dropped] 第 4 段按 --drop 模式删除：“本文来自QQ群12345” / "
                    + "paragraph 4 left out by a --drop pattern: \"本文来自QQ群12345\"");
        });
        // without the pattern nothing is dropped, and the report says so
        assertThat(FormatReport.ofDocx(docx, List.of(), DocxReader.standard().read(docx), false, List.of()).changes())
                .extracting(Change::kind).doesNotContain(Change.Kind.DROPPED);
    }

    @Test
    void headings_renumbering_changed_are_listed_with_the_numbers_written() {
        // 一、（一）（二） 二、（三） numbers its （一） on across the 一、: renumbering restarts it, and 四、 becomes 三、
        String text = "关于开展检查的通知\n各单位：\n一、总体要求\n（一）明确责任\n各单位要落实责任。\n（二）加强协调\n"
                + "各部门要加强沟通。\n二、工作安排\n（三）按时完成\n各单位按期完成任务。\n四、有关要求\n请认真执行。\n平安县人民政府\n"
                + "2021年2月1日\n";
        Draft draft = DraftReader.builder().renumber().build().read(text);

        FormatReport report = FormatReport.ofText(text, draft, false, List.of());

        assertThat(report.changes()).filteredOn(c -> c.kind() == Change.Kind.RENUMBERED).map(Change::toString)
                .containsExactly("line 9 [renumbered] 序号：“（三）” → “（一）” / number: \"（三）\" → \"（一）\"",
                        "line 11 [renumbered] 序号：“四、” → “三、” / number: \"四、\" → \"三、\"");
        Change last = report.changes().stream().filter(c -> c.kind() == Change.Kind.RENUMBERED).toList().get(1);
        assertThat(last.element()).isEqualTo("heading 1");
        assertThat(last.before()).contains("四、");
        assertThat(last.after()).contains("三、");
        // the numbers the report gives are those the document is written with
        List<io.gongwen.Section> top = draft.document().body().stream().filter(b -> b instanceof io.gongwen.Section)
                .map(b -> (io.gongwen.Section) b).toList();
        assertThat(top).extracting(io.gongwen.Section::number).containsExactly(1, 2, 3);
        io.gongwen.Section second = top.get(1);
        assertThat(second.body()).filteredOn(b -> b instanceof io.gongwen.Section).singleElement()
                .satisfies(b -> assertThat(((io.gongwen.Section) b).number()).isEqualTo(1));

        // without renumbering nothing is renumbered
        Draft kept = DraftReader.standard().read(text);
        assertThat(kept.renumbered()).isEmpty();
        assertThat(FormatReport.ofText(text, kept, false, List.of()).changes()).extracting(Change::kind)
                .doesNotContain(Change.Kind.RENUMBERED);
    }

    /**
     * Over the corpus: read once keeping the printed numbers and once renumbering, the documents differ
     * in the numbers only, and the headings whose numbers differ are those the draft lists, in order.
     */
    @Test
    void the_headings_listed_as_renumbered_are_those_written_with_another_number() throws Exception {
        DraftReader renumbering = DraftReader.builder().renumber().build();
        DocxReader docxRenumbering = DocxReader.builder().renumber().build();
        int checked = 0;
        int listed = 0;
        try (var files = Files.list(io.gongwen.testing.Repository.corpus())) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                Draft kept;
                Draft renumbered;
                if (name.endsWith(".txt")) {
                    String text = DraftReader.text(file);
                    kept = DraftReader.standard().read(text);
                    renumbered = renumbering.read(text);
                } else if (name.endsWith(".docx")) {
                    WordDocument docx = DocxReader.open(file);
                    kept = DocxReader.standard().read(docx);
                    renumbered = docxRenumbering.read(docx);
                } else {
                    continue;
                }
                List<int[]> before = new java.util.ArrayList<>();
                List<int[]> after = new java.util.ArrayList<>();
                sections(kept.document(), before);
                sections(renumbered.document(), after);
                assertThat(after).as(name).hasSameSizeAs(before);
                List<String> changed = new java.util.ArrayList<>();
                for (int i = 0; i < before.size(); i++) {
                    if (before.get(i)[1] != after.get(i)[1]) {
                        changed.add(before.get(i)[0] + ":" + before.get(i)[1] + "→" + after.get(i)[1]);
                    }
                }
                assertThat(renumbered.renumbered().stream().map(r -> (r.level().ordinal() + 1) + ":" + r.before() + "→"
                        + r.after()).toList()).as(name).isEqualTo(changed);
                checked++;
                listed += changed.size();
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(listed).as("headings renumbered over the corpus").isGreaterThan(20);
    }

    /** Every section's level and number, depth first, in the main body, issued documents and attachments. */
    private static void sections(OfficialDocument document, List<int[]> out) {
        sections(document.body(), out);
        document.issued().forEach(d -> sections(d.body(), out));
        document.attachments().forEach(a -> sections(a.body(), out));
    }

    private static void sections(List<io.gongwen.Block> blocks, List<int[]> out) {
        for (io.gongwen.Block b : blocks) {
            if (b instanceof io.gongwen.Section s) {
                out.add(new int[] {s.level().ordinal() + 1, s.number()});
                sections(s.body(), out);
            }
        }
    }

    @Test
    void headings_numbered_in_order_are_not_listed_when_renumbered() {
        String text = "关于开展检查的通知\n各单位：\n一、总体要求\n（一）明确责任\n各单位要落实责任。\n（二）加强协调\n各部门要加强沟通。\n"
                + "二、工作安排\n（一）按时完成\n各单位按期完成任务。\n"
                + "平安县人民政府\n2021年2月1日\n";
        Draft draft = DraftReader.builder().renumber().build().read(text);

        assertThat(draft.renumbered()).isEmpty();
        assertThat(FormatReport.ofText(text, draft, false, List.of()).changes()).extracting(Change::kind)
                .doesNotContain(Change.Kind.RENUMBERED);
    }

    /** The other samples keep the XX of their made-up names, which the placeholder rule rightly reports. */
    @Test
    void our_own_documents_without_placeholders_reformatted_change_nothing_and_check_clean(@TempDir Path dir) {
        for (String name : List.of("holiday-duty-notice.docx", "rural-road-report.docx")) {
            Path ours = dir.resolve(name);
            WriteSamples.SAMPLES.get(name).get().writeTo(ours);
            WordDocument docx = DocxReader.open(ours);
            Draft draft = FIXING.read(docx);
            Path again = dir.resolve("again-" + name);
            draft.document().writeTo(again);

            FormatReport report = FormatReport.ofDocx(docx, List.of(), draft, true,
                    new DocxChecker(draft.document().specification()).check(again));

            assertThat(report.changes()).as(name).isEmpty();
            assertThat(report.findings()).as(name).isEmpty();
        }
    }

    @Test
    void refuses_null_naming_the_argument() {
        Draft draft = new Draft(OfficialDocument.builder().title("关于开展检查的通知").paragraph("正文。").build(), List.of());

        assertThatThrownBy(() -> FormatReport.ofText(null, draft, true, List.of()))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> FormatReport.ofText("正文。", draft, true, null))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("findings");
        assertThatThrownBy(() -> FormatReport.ofDocx(null, null, draft, true, List.of()))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("source: must not be null");
    }
}
