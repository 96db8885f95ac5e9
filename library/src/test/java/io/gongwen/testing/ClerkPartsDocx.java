package io.gongwen.testing;

import static io.gongwen.testing.ClerkWord.a4;
import static io.gongwen.testing.ClerkWord.mark;
import static io.gongwen.testing.ClerkWord.note;
import static io.gongwen.testing.ClerkWord.run;
import static io.gongwen.testing.ClerkWord.separators;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnotes;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The parts the writer sets apart, as a clerk's Word leaves them, built with raw POI: everything in
 * 宋体 小四 (12 pt), footnotes in 宋体 9 pt, titles in 宋体 18 pt bold, A4 with Word's margins.
 */
public final class ClerkPartsDocx {
    /** The footnote's text in each document. */
    public static final String FOOTNOTE = "指2023年度全县安全生产检查工作。";
    /** The endnote's text in the minutes. */
    public static final String ENDNOTE = "会议材料由县政府办公室存档。";

    private ClerkPartsDocx() {
    }

    /**
     * Minutes: paragraphs 1 the title (…纪要), 2–3 body (2 with a footnote, 3 with an endnote), 4 出席
     * and 5 列席, each label and names in one run.
     */
    public static byte[] minutes() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc.getDocument().getBody().addNewSectPr());
            XWPFFootnotes footnotes = doc.createFootnotes();
            separators(footnotes.createFootnote(), footnotes.createFootnote());
            XWPFEndnotes endnotes = doc.createEndnotes();
            separators(endnotes.createEndnote(), endnotes.createEndnote());
            title(doc, "县政府第十次常务会议纪要");
            XWPFParagraph first = doc.createParagraph();
            run(first, "2024年3月1日，县长张三主持召开县政府第十次常务会议，研究安全生产检查工作");
            mark(first, note(footnotes.createFootnote(), FOOTNOTE));
            run(first, "。");
            XWPFParagraph second = doc.createParagraph();
            run(second, "会议要求，各单位要高度重视，精心组织，确保检查工作取得实效。");
            mark(second, note(endnotes.createEndnote(), ENDNOTE));
            run(doc.createParagraph(), "出席：张三、李四、王五");
            run(doc.createParagraph(), "列席：县应急管理局、县交通运输局");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A notice with a bound regulation: paragraphs 1 the title, 2 the main recipients, 3 body with a
     * footnote, 4 the attachment note, 5 signature, 6 date, 7 the label 附件, 8 the attachment's title,
     * 9 第一章 (centred, bold), 10–11 第一条 and 第二条, 12 第二章, 13 第三条.
     */
    public static byte[] regulation() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc.getDocument().getBody().addNewSectPr());
            XWPFFootnotes footnotes = doc.createFootnotes();
            separators(footnotes.createFootnote(), footnotes.createFootnote());
            title(doc, "关于印发安全生产检查办法的通知");
            run(doc.createParagraph(), "各乡镇人民政府，县政府各部门：");
            XWPFParagraph body = doc.createParagraph();
            run(body, "现将《平安县安全生产检查办法》印发给你们，请结合本单位实际");
            mark(body, note(footnotes.createFootnote(), FOOTNOTE));
            run(body, "认真贯彻执行。");
            run(doc.createParagraph(), "附件：平安县安全生产检查办法");
            right(doc, "平安县人民政府");
            right(doc, "2024年3月1日");
            run(doc.createParagraph(), "附件");
            title(doc, "平安县安全生产检查办法");
            chapter(doc, "第一章　总则");
            run(doc.createParagraph(), "第一条　为了加强安全生产检查工作，根据有关规定，制定本办法。");
            run(doc.createParagraph(), "第二条　本办法适用于本县行政区域内的生产经营单位。");
            chapter(doc, "第二章　检查");
            run(doc.createParagraph(), "第三条　县应急管理局负责组织实施全县的安全生产检查。");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void title(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text).setFontSize(18);
        p.getRuns().get(0).setBold(true);
    }

    private static void chapter(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text).setBold(true);
    }

    private static void right(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        run(p, text);
    }
}
