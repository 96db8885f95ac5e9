package io.gongwen.testing;

import static io.gongwen.testing.ClerkWord.a4;
import static io.gongwen.testing.ClerkWord.mark;
import static io.gongwen.testing.ClerkWord.note;
import static io.gongwen.testing.ClerkWord.run;
import static io.gongwen.testing.ClerkWord.separators;
import static io.gongwen.testing.ClerkWord.start;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFEndnotes;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
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
 * A .docx with footnotes and endnotes as Word makes them, built with raw POI: Word's separator notes
 * (ids -1 and 0), each note's own number ({@code w:footnoteRef}) and a space before its text, the
 * marks in runs of the FootnoteReference style, a footnote with a bold word, an endnote, a run-in
 * heading's text with a footnote, and two sections (the first ends after 一、's paragraphs), numbered
 * on across them as Word numbers by default. 宋体 12 pt, Word's margins.
 */
public final class NotedDocx {
    /** The footnotes' texts, in the order of their marks. */
    public static final String[] FOOTNOTES = {
            "2020年6月20日第十三届全国人民代表大会常务委员会第十九次会议修订。",
            "重点是纸质档案和电子档案同步归档。",
            "制度范本见县档案馆网站。",
            "含防火、防水、防盗、防虫措施。"};
    /** The endnotes' texts, in order. */
    public static final String[] ENDNOTES = {"数字化率按馆藏档案计算。", "检查结果报县档案局。"};
    /** The bold word of the second footnote. */
    public static final String BOLD = "重点";

    private NotedDocx() {
    }

    public static byte[] notice() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFFootnotes footnotes = doc.createFootnotes();
            XWPFEndnotes endnotes = doc.createEndnotes();
            separators(footnotes.createFootnote(), footnotes.createFootnote());
            separators(endnotes.createEndnote(), endnotes.createEndnote());

            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, "关于加强档案管理工作的通知").setBold(true);
            run(doc.createParagraph(), "各乡镇人民政府，县政府各部门：");

            XWPFParagraph first = doc.createParagraph();
            run(first, "根据《中华人民共和国档案法》");
            mark(first, note(footnotes.createFootnote(), FOOTNOTES[0]));
            run(first, "，现就加强档案管理工作通知如下。");

            run(doc.createParagraph(), "一、总体要求");
            XWPFParagraph second = doc.createParagraph();
            run(second, "各单位要高度重视档案工作");
            XWPFFootnote bold = footnotes.createFootnote();
            XWPFParagraph boldText = start(bold);
            run(boldText, BOLD).setBold(true);
            run(boldText, FOOTNOTES[1].substring(BOLD.length()));
            mark(second, bold);
            run(second, "，切实履行档案管理职责。");
            XWPFParagraph third = doc.createParagraph();
            run(third, "到2025年，全县档案数字化率要达到90%");
            mark(third, note(endnotes.createEndnote(), ENDNOTES[0]));
            run(third, "。");
            // the first section ends with this paragraph
            sectionBreak(third);

            run(doc.createParagraph(), "二、工作措施");
            XWPFParagraph runIn = doc.createParagraph();
            run(runIn, "（一）健全制度。").setBold(true);
            run(runIn, "各单位要建立健全档案管理制度");
            mark(runIn, note(footnotes.createFootnote(), FOOTNOTES[2]));
            run(runIn, "。");
            XWPFParagraph last = doc.createParagraph();
            run(last, "（二）加强保护。").setBold(true);
            run(last, "各单位要加强档案安全保护");
            mark(last, note(footnotes.createFootnote(), FOOTNOTES[3]));
            run(last, "，定期开展安全检查。");
            mark(last, note(endnotes.createEndnote(), ENDNOTES[1]));

            XWPFParagraph signature = doc.createParagraph();
            signature.setAlignment(ParagraphAlignment.RIGHT);
            run(signature, "某某县人民政府办公室");
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            run(date, "2021年3月1日");
            a4(doc.getDocument().getBody().addNewSectPr());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The footnotes of {@link #headingNotice()}, in the order of their marks. */
    public static final String[] HEADING_FOOTNOTES = {
            "依据《中华人民共和国档案法》第十条。",
            "含纸质档案和电子档案。",
            "制度范本见县档案馆网站。",
            "含防火、防水、防盗措施。"};

    /**
     * A notice whose headings carry notes, made with raw POI: a footnote after "一、总体要求" (a heading
     * on its own line), one inside "二、数字化建设" after 数字化, one in the run-in heading
     * "（一）健全制度。" before its 。, and one in that heading's text.
     */
    public static byte[] headingNotice() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFFootnotes footnotes = doc.createFootnotes();
            separators(footnotes.createFootnote(), footnotes.createFootnote());
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, "关于加强档案管理工作的通知").setBold(true);
            run(doc.createParagraph(), "各乡镇人民政府，县政府各部门：");
            run(doc.createParagraph(), "根据有关规定，现就加强档案管理工作通知如下。");
            XWPFParagraph one = doc.createParagraph();
            run(one, "一、总体要求");
            mark(one, note(footnotes.createFootnote(), HEADING_FOOTNOTES[0]));
            run(doc.createParagraph(), "各单位要高度重视档案工作，切实履行档案管理职责。");
            XWPFParagraph two = doc.createParagraph();
            run(two, "二、数字化");
            mark(two, note(footnotes.createFootnote(), HEADING_FOOTNOTES[1]));
            run(two, "建设");
            XWPFParagraph runIn = doc.createParagraph();
            run(runIn, "（一）健全制度").setBold(true);
            mark(runIn, note(footnotes.createFootnote(), HEADING_FOOTNOTES[2]));
            run(runIn, "。").setBold(true);
            run(runIn, "各单位要建立健全档案管理制度");
            mark(runIn, note(footnotes.createFootnote(), HEADING_FOOTNOTES[3]));
            run(runIn, "。");
            XWPFParagraph last = doc.createParagraph();
            run(last, "（二）加强保护。").setBold(true);
            run(last, "各单位要加强档案安全保护，定期开展安全检查。");
            XWPFParagraph signature = doc.createParagraph();
            signature.setAlignment(ParagraphAlignment.RIGHT);
            run(signature, "某某县人民政府办公室");
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            run(date, "2021年3月1日");
            a4(doc.getDocument().getBody().addNewSectPr());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The footnotes of {@link #regulation()}, in the order of their marks. */
    public static final String[] REGULATION_FOOTNOTES = {
            "2015年8月29日第十二届全国人民代表大会常务委员会第十六次会议修订。",
            "含二氧化碳以外的其他温室气体。"};

    /**
     * Measures written in articles, made with raw POI, whose articles and chapter titles carry spans
     * and notes: "第一章　总则" bold throughout (its bold is the chapter's style); 第一条 with its number
     * bold, CO₂ with a subscript and a footnote after 《大气污染防治法》; 第二条 with m² raised, an italic
     * 应当 and an underlined 按时; "第二章　CO₂排放管理", bold, its 2 lowered and a footnote after 管理;
     * 第三条 plain. 宋体 12 pt, Word's margins.
     */
    public static byte[] regulation() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFFootnotes footnotes = doc.createFootnotes();
            separators(footnotes.createFootnote(), footnotes.createFootnote());
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, "某某市温室气体排放管理办法").setBold(true);
            XWPFParagraph one = doc.createParagraph();
            one.setAlignment(ParagraphAlignment.CENTER);
            run(one, "第一章　总则").setBold(true);
            XWPFParagraph first = doc.createParagraph();
            run(first, "第一条").setBold(true);
            run(first, "　为了规范二氧化碳（CO");
            run(first, "2").setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUBSCRIPT);
            run(first, "）排放管理，根据《中华人民共和国大气污染防治法》");
            mark(first, note(footnotes.createFootnote(), REGULATION_FOOTNOTES[0]));
            run(first, "，制定本办法。");
            XWPFParagraph second = doc.createParagraph();
            run(second, "第二条").setBold(true);
            run(second, "　重点单位的建筑面积以m");
            run(second, "2").setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
            run(second, "计，");
            run(second, "应当").setItalic(true);
            run(second, "按时").setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            run(second, "报送排放报告。");
            XWPFParagraph two = doc.createParagraph();
            two.setAlignment(ParagraphAlignment.CENTER);
            run(two, "第二章　CO").setBold(true);
            XWPFRun sub = run(two, "2");
            sub.setBold(true);
            sub.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUBSCRIPT);
            run(two, "排放管理").setBold(true);
            mark(two, note(footnotes.createFootnote(), REGULATION_FOOTNOTES[1]));
            XWPFParagraph third = doc.createParagraph();
            run(third, "第三条").setBold(true);
            run(third, "　本办法自2021年3月1日起施行。");
            a4(doc.getDocument().getBody().addNewSectPr());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A notice whose headings carry spans, made with raw POI: "一、总体要求" bold throughout (no span:
     * its bold is the heading's), "二、CO₂减排" bold with its 2 lowered, "（一）推进绿色发展" in 楷体 with
     * an italic 绿色 (the 楷体 is the heading's face), and the run-in "（二）控制m²面积。" bold with its 2
     * raised, followed by its text. 宋体 12 pt, Word's margins.
     */
    public static byte[] headingSpans() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, "关于做好节能减排工作的通知").setBold(true);
            run(doc.createParagraph(), "各乡镇人民政府，县政府各部门：");
            run(doc.createParagraph(), "根据有关规定，现就做好节能减排工作通知如下。");
            run(doc.createParagraph(), "一、总体要求").setBold(true);
            run(doc.createParagraph(), "各单位要高度重视节能减排工作。");
            XWPFParagraph two = doc.createParagraph();
            run(two, "二、CO").setBold(true);
            XWPFRun sub = run(two, "2");
            sub.setBold(true);
            sub.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUBSCRIPT);
            run(two, "减排").setBold(true);
            XWPFParagraph green = doc.createParagraph();
            kai(run(green, "（一）推进"));
            kai(run(green, "绿色")).setItalic(true);
            kai(run(green, "发展"));
            run(doc.createParagraph(), "各单位要推进绿色低碳发展。");
            XWPFParagraph area = doc.createParagraph();
            run(area, "（二）控制m").setBold(true);
            XWPFRun sup = run(area, "2");
            sup.setBold(true);
            sup.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
            run(area, "面积。").setBold(true);
            run(area, "新建公共建筑面积要严格控制。");
            XWPFParagraph signature = doc.createParagraph();
            signature.setAlignment(ParagraphAlignment.RIGHT);
            run(signature, "某某县人民政府办公室");
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            run(date, "2021年3月1日");
            a4(doc.getDocument().getBody().addNewSectPr());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFRun kai(XWPFRun r) {
        r.setFontFamily("楷体_GB2312", XWPFRun.FontCharRange.eastAsia);
        return r;
    }

    /**
     * The POI-made notice with {@code settings} as its settings and {@code section} at
     * the start of its last section's properties.
     */
    public static byte[] withNumbering(String settings, String section) throws IOException {
        java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(notice()))) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        String body = new String(parts.get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
        int last = body.lastIndexOf("<w:sectPr");
        int open = body.indexOf('>', last) + 1;
        parts.put("word/document.xml", (body.substring(0, open) + section + body.substring(open)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (!settings.isEmpty()) {
            // POI's settings of a new document say nothing the reader asks about: these replace them
            parts.put("word/settings.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:settings " + ForeignDocx.W + ">"
                    + settings + "</w:settings>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return ForeignDocx.zip(parts);
    }

    private static void sectionBreak(XWPFParagraph p) {
        CTSectPr sect = (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewSectPr();
        a4(sect);
    }

}
