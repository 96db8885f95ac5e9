package io.gongwen.layout;

import io.gongwen.FormattedText;
import io.gongwen.OfficialDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents with footnotes and endnotes for the layout's, the PDF's and the OFD's tests, each with
 * the text it prints, so that a test can hold the output to the words without reading the layout:
 * the body's text with every mark's number where the mark stands, and each note as it prints ("1 "
 * and its text), in order.
 *
 * @param document the document
 * @param body the text of the title, body and closing in reading order, each mark's number in it
 * @param footnotes each footnote as printed, its number, a space and its text, in order
 * @param endnotes each endnote as printed, in order
 */
public record NotedDocuments(OfficialDocument document, String body, List<String> footnotes, List<String> endnotes) {
    public static final String FIRST = "2020年6月20日第十三届全国人民代表大会常务委员会第十九次会议修订。";
    public static final String SECOND = "指《党政机关公文处理工作条例》。";
    public static final String THIRD = "见县档案局2021年第1号文件。";
    /** A note of 600 characters, longer than the foot of its page holds: 17 lines of 36. */
    public static final String LONG = "这是一个很长的脚注。".repeat(60);
    public static final String LAST = "检查办法由县档案局另行制定。";
    public static final String END = "总结格式见县档案局网站。";
    /** The long note's paragraph follows this many of the repeated ones: its mark lands low on page 3. */
    static final int LONG_AFTER = 17;
    public static final String REPEATED = "各单位要高度重视档案工作，把档案工作纳入本单位工作计划，明确分管领导和专职人员，落实经费保障，"
            + "确保档案收集齐全、整理规范、保管安全、利用便捷。";

    /**
     * Seven pages or so: three footnotes on the first page (two in one paragraph, one in a run-in
     * heading's text), 40 paragraphs of three lines with, among them, a paragraph whose note of 17
     * lines runs on to the next page's foot, then a paragraph with a short footnote and an endnote,
     * and the closing.
     */
    public static NotedDocuments report() {
        StringBuilder body = new StringBuilder("关于加强档案管理工作的通知");
        OfficialDocument.Builder b = OfficialDocument.builder().title("关于加强档案管理工作的通知")
                .paragraph(FormattedText.builder().text("根据《中华人民共和国档案法》").footnote(FIRST)
                        .text("，为进一步做好全县档案管理工作，现就有关事项通知如下。").build())
                .footnote(SECOND)
                .section("工作要求", s -> s.runIn("明确责任。", "各单位主要负责人是档案工作第一责任人。").footnote(THIRD));
        body.append("根据《中华人民共和国档案法》1，为进一步做好全县档案管理工作，现就有关事项通知如下。2")
                .append("一、工作要求（一）明确责任。各单位主要负责人是档案工作第一责任人。3");
        for (int i = 0; i < 40; i++) {
            if (i == LONG_AFTER) {
                b.paragraph("各单位要定期开展档案安全检查，发现问题及时整改。").footnote(LONG);
                body.append("各单位要定期开展档案安全检查，发现问题及时整改。4");
            }
            b.paragraph(REPEATED);
            body.append(REPEATED);
        }
        b.paragraph("请各单位于每年年底前报送档案工作总结。").footnote(LAST).endnote(END)
                .signature("县人民政府办公室").date(LocalDate.of(2021, 2, 1));
        body.append("请各单位于每年年底前报送档案工作总结。51")
                .append("县人民政府办公室2021年2月1日");
        return new NotedDocuments(b.build(), body.toString(),
                List.of("1 " + FIRST, "2 " + SECOND, "3 " + THIRD, "4 " + LONG, "5 " + LAST), List.of("1 " + END));
    }

    /**
     * A title, a blank row and {@code rows} one-line paragraphs, then a one-line paragraph with a
     * footnote of one line: its line is the body's row {@code rows + 3} on page one, if it goes there.
     */
    public static NotedDocuments markOnRow(int rows) {
        StringBuilder body = new StringBuilder("关于工作的通知");
        OfficialDocument.Builder b = OfficialDocument.builder().title("关于工作的通知");
        for (int i = 0; i < rows; i++) {
            String text = "第" + (i + 1) + "段正文。";
            b.paragraph(text);
            body.append(text);
        }
        b.paragraph("请各单位遵照执行。").footnote(LAST).paragraph("特此通知。");
        body.append("请各单位遵照执行。1特此通知。");
        return new NotedDocuments(b.build(), body.toString(), List.of("1 " + LAST), List.of());
    }

    /** Each footnote's text as it prints, in order, from the pages' footnote lines (one note's lines joined). */
    public static List<String> printed(List<Page> pages, LineRole role) {
        List<String> notes = new ArrayList<>();
        StringBuilder note = null;
        int next = 1;
        for (Page page : pages) {
            for (Line line : page.lines()) {
                if (line.role() != role) {
                    continue;
                }
                String text = line.text();
                if (text.startsWith(next + " ")) {
                    if (note != null) {
                        notes.add(note.toString());
                    }
                    note = new StringBuilder();
                    next++;
                }
                note.append(text);
            }
        }
        if (note != null) {
            notes.add(note.toString());
        }
        return notes;
    }

    /** All the pages' text but the notes and the page numbers, in reading order. */
    public static String bodyText(List<Page> pages) {
        StringBuilder b = new StringBuilder();
        for (Page page : pages) {
            for (Line line : page.lines()) {
                if (line.role() != LineRole.FOOTNOTE && line.role() != LineRole.ENDNOTE && line.role() != LineRole.PAGE_NUMBER) {
                    b.append(line.text());
                }
            }
        }
        return b.toString();
    }
}
