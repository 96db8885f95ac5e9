package io.gongwen.testing;

import static io.gongwen.testing.ClerkWord.a4;
import static io.gongwen.testing.ClerkWord.mark;
import static io.gongwen.testing.ClerkWord.note;
import static io.gongwen.testing.ClerkWord.run;
import static io.gongwen.testing.ClerkWord.separators;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * A report with a table whose cells are formatted as a clerk formats them, built with raw POI: a
 * header row repeated on each page ({@code w:tblHeader}) bold throughout, as Word's table styles and
 * clerks set it; in the rows below, a bold word ({@link #BOLD}), m² with its 2 raised, CO₂ with its 2
 * lowered, an italic, an underlined and a struck-through word, a cell of two paragraphs, and a
 * footnote whose mark stands after 合计 ({@link #FOOTNOTE}). 宋体 12 pt, Word's margins.
 */
public final class FormattedTableDocx {
    /** The footnote in the table's last row. */
    public static final String FOOTNOTE = "含县本级和各乡镇，按2020年底统计数。";
    /** The bold word in a body cell. */
    public static final String BOLD = "重点";

    private FormattedTableDocx() {
    }

    public static byte[] report() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFFootnotes footnotes = doc.createFootnotes();
            separators(footnotes.createFootnote(), footnotes.createFootnote());

            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, "关于2020年节能减排工作情况的报告").setBold(true);
            run(doc.createParagraph(), "县人民政府：");
            run(doc.createParagraph(), "现将2020年全县节能减排工作情况报告如下。");

            XWPFTable table = doc.createTable(4, 3);
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            text(head.getCell(0), "项目").setBold(true);
            text(head.getCell(1), "面积（m").setBold(true);
            XWPFRun sup = run(head.getCell(1).getParagraphs().get(0), "2");
            sup.setBold(true);
            sup.setVerticalAlignment("superscript");
            run(head.getCell(1).getParagraphs().get(0), "）").setBold(true);
            text(head.getCell(2), "说明").setBold(true);

            XWPFTableRow one = table.getRow(1);
            text(one.getCell(0), "绿地");
            XWPFParagraph area = one.getCell(1).getParagraphs().get(0);
            run(area, "3000");
            XWPFParagraph note = one.getCell(2).getParagraphs().get(0);
            run(note, BOLD).setBold(true);
            run(note, "是公园绿地");
            run(note, "（新建）").setItalic(true);
            XWPFParagraph second = one.getCell(2).addParagraph();
            run(second, "已");
            run(second, "验收").setUnderline(UnderlinePatterns.SINGLE);

            XWPFTableRow two = table.getRow(2);
            XWPFParagraph gas = two.getCell(0).getParagraphs().get(0);
            run(gas, "CO");
            run(gas, "2").setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUBSCRIPT);
            run(gas, "减排");
            text(two.getCell(1), "120");
            XWPFParagraph struck = two.getCell(2).getParagraphs().get(0);
            run(struck, "原定");
            run(struck, "100").setStrikeThrough(true);
            run(struck, "，调为120");

            XWPFTableRow total = table.getRow(3);
            XWPFParagraph sum = total.getCell(0).getParagraphs().get(0);
            run(sum, "合计");
            mark(sum, note(footnotes.createFootnote(), FOOTNOTE));
            text(total.getCell(1), "3120");
            text(total.getCell(2), "");

            run(doc.createParagraph(), "特此报告。");
            XWPFParagraph signature = doc.createParagraph();
            signature.setAlignment(ParagraphAlignment.RIGHT);
            run(signature, "某某县发展和改革局");
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            run(date, "2021年1月15日");
            a4(doc.getDocument().getBody().addNewSectPr());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFRun text(XWPFTableCell cell, String text) {
        return run(cell.getParagraphs().get(0), text);
    }
}
