package io.gongwen.testing;

import static io.gongwen.testing.ClerkWord.a4;
import static io.gongwen.testing.ClerkWord.mark;
import static io.gongwen.testing.ClerkWord.note;
import static io.gongwen.testing.ClerkWord.run;
import static io.gongwen.testing.ClerkWord.separators;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A report whose title carries what the author formatted in it, built with raw POI as a clerk's Word
 * saves it: a centred title, bold throughout (its look), on two lines broken by hand (a {@code w:br}),
 * "PM₂.₅" with its "2.5" lowered, "10⁴" with its "4" raised, and a footnote on the title after its last
 * character, as a speech or report published with a note on its title has; then a body paragraph with
 * a footnote of its own, which Word numbers 2. 宋体 12 pt, Word's margins.
 */
public final class TitledDocx {
    /** The title's two lines as read: its text, without the spans. */
    public static final String[] TITLE = {"关于全市PM2.5平均浓度下降", "和新增绿地104公顷情况的报告"};
    /** The note on the title. */
    public static final String TITLE_NOTE = "本报告于2026年12月1日经市人民政府常务会议审议通过。";
    /** The note on the body's first paragraph. */
    public static final String BODY_NOTE = "监测数据来自市生态环境监测中心。";
    /** The body's first paragraph, its note's mark after 微克/立方米. */
    public static final String BODY = "2026年，全市细颗粒物平均浓度为30微克/立方米，同比下降6.3%。";

    private TitledDocx() {
    }

    public static byte[] report() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFFootnotes footnotes = doc.createFootnotes();
            separators(footnotes.createFootnote(), footnotes.createFootnote());

            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            titleRun(title, "关于全市PM");
            titleRun(title, "2.5").setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUBSCRIPT);
            titleRun(title, "平均浓度下降").addBreak();
            titleRun(title, "和新增绿地10");
            titleRun(title, "4").setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
            titleRun(title, "公顷情况的报告");
            mark(title, note(footnotes.createFootnote(), TITLE_NOTE));

            run(doc.createParagraph(), "市人民代表大会常务委员会：");
            XWPFParagraph first = doc.createParagraph();
            String before = BODY.substring(0, BODY.indexOf("，同比"));
            run(first, before);
            mark(first, note(footnotes.createFootnote(), BODY_NOTE));
            run(first, BODY.substring(before.length()));
            run(doc.createParagraph(), "现将有关情况报告如下。");

            XWPFParagraph signature = doc.createParagraph();
            signature.setAlignment(ParagraphAlignment.RIGHT);
            run(signature, "某某市人民政府");
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            run(date, "2026年12月1日");
            a4(doc.getDocument().getBody().addNewSectPr());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A run of the title: bold, as a clerk sets a title by hand, and larger. */
    private static XWPFRun titleRun(XWPFParagraph p, String text) {
        XWPFRun r = run(p, text);
        r.setBold(true);
        r.setFontSize(22);
        return r;
    }
}
