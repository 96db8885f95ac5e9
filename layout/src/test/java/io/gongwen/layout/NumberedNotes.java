package io.gongwen.layout;

import io.gongwen.FormattedText;
import io.gongwen.NoteNumbering;
import io.gongwen.OfficialDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Documents whose notes are numbered otherwise than 1, 2, 3 on through the document, for the
 * layout's, the PDF's and the OFD's tests, and what reads their numbers back off the laid-out pages.
 */
public final class NumberedNotes {
    /** The text of the paragraph that runs over a page with marks on both sides of the break: 12 sentences without punctuation (where LibreOffice would hang a 。 past the edge that the layout carries down). */
    public static final String SENTENCE = "各单位要把档案工作纳入本单位工作计划并落实经费保障";

    private NumberedNotes() {
    }

    /** A title and {@code count} one-line paragraphs, "第N段正文。", each with the footnote "注N。", then one with an endnote. */
    public static OfficialDocument oneEach(NoteNumbering footnotes, NoteNumbering endnotes, int count) {
        OfficialDocument.Builder b = OfficialDocument.builder().title("关于工作的通知")
                .footnoteNumbering(footnotes).endnoteNumbering(endnotes);
        for (int i = 1; i <= count; i++) {
            b.paragraph("第" + i + "段正文。").footnote("注" + i + "。");
        }
        b.paragraph("请遵照执行。").endnote("尾注一。").paragraph("特此通知。").endnote("尾注二。");
        return b.build();
    }

    /**
     * A title, {@code plain} one-line paragraphs, {@code noted} one-line paragraphs with a footnote
     * each, then one paragraph of {@code sentences} sentences, a footnote after each: it starts low
     * on page one and runs over to page two, its marks on both pages. Then a note of 17 lines
     * ({@link NotedDocuments#LONG}) and a paragraph with a note after it.
     */
    public static OfficialDocument acrossPage(NoteNumbering footnotes, int plain, int noted, int sentences) {
        OfficialDocument.Builder b = OfficialDocument.builder().title("关于工作的通知").footnoteNumbering(footnotes);
        for (int i = 1; i <= plain; i++) {
            b.paragraph("第" + i + "段正文。");
        }
        for (int i = 1; i <= noted; i++) {
            b.paragraph("第" + (plain + i) + "段正文。").footnote("注" + i + "。");
        }
        FormattedText.Builder text = FormattedText.builder();
        for (int i = 1; i <= sentences; i++) {
            text.text(SENTENCE).footnote("句注" + i + "。");
        }
        b.paragraph(text.build());
        b.paragraph("各单位要定期开展档案安全检查。").footnote(NotedDocuments.LONG);
        b.paragraph("请遵照执行。").footnote("末注。");
        return b.build();
    }

    /**
     * Two paragraphs with a footnote each, a landscape stretch of two more, and one after it: three
     * sections of the {@code .docx}, the stretch the second.
     */
    public static OfficialDocument landscape(NoteNumbering footnotes, NoteNumbering endnotes) {
        return OfficialDocument.builder().title("关于工作的通知").footnoteNumbering(footnotes).endnoteNumbering(endnotes)
                .paragraph("竖页第一段。").footnote("竖注一。").paragraph("竖页第二段。").footnote("竖注二。").endnote("尾注一。")
                .landscape(l -> l.paragraph("横页第一段。").footnote("横注一。")
                        .paragraph("横页第二段。" + NotedDocuments.REPEATED).footnote("横注二。").endnote("尾注二。"))
                .paragraph("竖页第三段。").footnote("竖注三。").endnote("尾注三。")
                .build();
    }

    /** The marks' numbers a page prints in its body, in reading order: its raised runs outside the notes. */
    public static List<String> marks(Page page) {
        List<String> marks = new ArrayList<>();
        for (Line line : page.lines()) {
            if (line.role() == LineRole.FOOTNOTE || line.role() == LineRole.ENDNOTE) {
                continue;
            }
            for (Run r : line.runs()) {
                if (r.risePt() > 0) {
                    marks.add(r.text());
                }
            }
        }
        return marks;
    }

    /** The numbers of the notes of {@code role} that start on a page: the raised run their first line opens with. */
    public static List<String> notes(Page page, LineRole role) {
        List<String> numbers = new ArrayList<>();
        for (Line line : page.lines()) {
            if (line.role() == role && line.runs().get(0).risePt() > 0) {
                numbers.add(line.runs().get(0).text());
            }
        }
        return numbers;
    }
}
