package io.gongwen.testing;

import static io.gongwen.testing.ClerkWord.run;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * A notice as Word leaves it after a few hands have been at it, built with raw POI: Word's default
 * margins (25.4 mm top and bottom, 31.75 mm left and right) and no line grid, 宋体 小四 throughout (the
 * title 宋体 18 pt), a heading numbered "(一)" with half-width parentheses, "村(社区)", a date
 * "2021年03月01日", a comment, a tracked insertion and deletion, a red run, and a text box (DrawingML,
 * with the VML copy Word writes beside it) anchored in paragraph 8.
 *
 * <p>Paragraphs: 1 title, 2 main recipients, 3 body, 4 "一、", 5 "(一)…", 6 "村(社区)" (commented),
 * 7 the date (a tracked change), 8 "详见下框。" (the red run and the text box), 9–10 the text box's two
 * paragraphs, 11 body, 12 signature, 13 date.
 */
public final class WordLikeDocx {
    /** The text box's paragraphs. */
    public static final String BOX_FIRST = "联系人：张三";
    public static final String BOX_SECOND = "联系电话：12345678";

    private WordLikeDocx() {
    }

    public static byte[] notice() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar mar = sect.addNewPgMar();
            mar.setTop(BigInteger.valueOf(1440));
            mar.setBottom(BigInteger.valueOf(1440));
            mar.setLeft(BigInteger.valueOf(1800));
            mar.setRight(BigInteger.valueOf(1800));

            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun t = run(title, "关于开展安全生产大检查的通知");
            t.setFontSize(18);
            t.setBold(true);
            paragraph(doc, "各乡镇人民政府，县政府各部门：");
            paragraph(doc, "为切实做好安全生产工作，县政府决定在全县范围内开展安全生产大检查，现将有关事项通知如下。");
            paragraph(doc, "一、检查范围");
            paragraph(doc, "(一)明确责任。各单位要落实安全生产主体责任，主要负责人要亲自抓。");

            XWPFParagraph commented = doc.createParagraph();
            XWPFComments comments = doc.createComments();
            XWPFComment comment = comments.createComment(BigInteger.ZERO);
            comment.setAuthor("李四");
            comment.createParagraph().createRun().setText("这句再斟酌");
            commented.getCTP().addNewCommentRangeStart().setId(BigInteger.ZERO);
            run(commented, "各村(社区)要做好宣传动员，确保家喻户晓。");
            commented.getCTP().addNewCommentRangeEnd().setId(BigInteger.ZERO);
            commented.getCTP().addNewR().addNewCommentReference().setId(BigInteger.ZERO);

            XWPFParagraph revised = doc.createParagraph();
            run(revised, "检查时间为2021年03月01日至3月15日，");
            CTRunTrackChange ins = revised.getCTP().addNewIns();
            ins.setId(BigInteger.ONE);
            ins.setAuthor("王五");
            ins.addNewR().addNewT().setStringValue("全面");
            CTRunTrackChange del = revised.getCTP().addNewDel();
            del.setId(BigInteger.TWO);
            del.setAuthor("王五");
            del.addNewR().addNewDelText().setStringValue("大概");
            run(revised, "覆盖所有生产经营单位。");

            XWPFParagraph anchor = doc.createParagraph();
            run(anchor, "检查结果请于月底前");
            run(anchor, "报送县应急管理局").setColor("FF0000");
            run(anchor, "，详见下框。");
            textBox(anchor, BOX_FIRST, BOX_SECOND);

            paragraph(doc, "各单位要高度重视，精心组织，确保检查工作取得实效。");
            XWPFParagraph signature = doc.createParagraph();
            signature.setAlignment(ParagraphAlignment.RIGHT);
            run(signature, "平安县人民政府办公室");
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            run(date, "2021年2月1日");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A floating text box as Word writes one: {@code mc:AlternateContent} with the DrawingML box
     * ({@code wps:txbx}) as the choice and the same text in a VML {@code v:textbox} as the fallback.
     */
    static void textBox(XWPFParagraph p, String... paragraphs) {
        StringBuilder content = new StringBuilder("<w:txbxContent>");
        for (String text : paragraphs) {
            content.append("<w:p><w:r><w:rPr><w:rFonts w:eastAsia=\"宋体\"/><w:sz w:val=\"24\"/></w:rPr><w:t>")
                    .append(text).append("</w:t></w:r></w:p>");
        }
        content.append("</w:txbxContent>");
        String xml = "<xml-fragment xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
                + " xmlns:v=\"urn:schemas-microsoft-com:vml\">"
                + "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
                + "<wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"1\""
                + " behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"2400000\" cy=\"700000\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
                + "<wp:wrapSquare wrapText=\"bothSides\"/><wp:docPr id=\"1\" name=\"文本框 1\"/><wp:cNvGraphicFramePr/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
                + "<a:ext cx=\"2400000\" cy=\"700000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr>"
                + "<wps:txbx>" + content + "</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
                + "</wp:anchor></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape type=\"#_x0000_t202\" style=\"width:189pt;height:55pt\"><v:textbox>"
                + content + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></xml-fragment>";
        try {
            p.getCTP().addNewR().set(CTR.Factory.parse(xml));
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void paragraph(XWPFDocument doc, String text) {
        run(doc.createParagraph(), text);
    }
}
