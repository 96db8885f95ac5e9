package io.gongwen.text;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.io.ByteArrayOutputStream;

/** The pictures tests' documents for tests in other packages (the validator's, the rendered ones). */
public final class PicturesFixtures {
    /** The chart of the report and of the first attachment: a PNG of 400 × 300 pixels. */
    public static final byte[] CHART = PicturesTest.CHART;
    /** The photo of the report and of the second attachment: a JPEG of 1200 × 200 pixels. */
    public static final byte[] PHOTO = PicturesTest.WIDE;

    private PicturesFixtures() {
    }

    /** A report with a PNG chart 100 × 75 mm alone in its paragraph and a JPEG 300 × 50 mm after text. */
    public static byte[] report() throws Exception {
        return PicturesTest.report(PicturesTest.CHART, 100, 75, PicturesTest.WIDE, 300, 50);
    }

    /**
     * A notice with two bound attachments, made with raw POI as Word saves one: the body has no
     * picture; 附件1 holds the chart (100 × 75 mm) alone in its paragraph between two paragraphs of
     * text, 附件2 the photo (300 × 50 mm) after the text of its last paragraph.
     */
    public static byte[] noticeWithAttachments() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            centred(doc, "关于报送2023年主要经济指标的通知");
            doc.createParagraph().createRun().setText("各乡镇人民政府，县直各部门：");
            doc.createParagraph().createRun().setText("　　现将2023年全县主要经济指标和重点项目进展情况印发给你们，请结合实际抓好落实。");
            doc.createParagraph().createRun().setText("　　附件：1.2023年全县主要经济指标");
            doc.createParagraph().createRun().setText("　　　　　2.重点项目现场照片");
            right(doc, "某县人民政府办公室");
            right(doc, "2023年12月31日");
            doc.createParagraph().createRun().setText("附件1");
            centred(doc, "2023年全县主要经济指标");
            doc.createParagraph().createRun().setText("　　全县地区生产总值、财政收入等主要指标见下图。");
            PicturesTest.picture(doc.createParagraph().createRun(), CHART, 100, 75);
            doc.createParagraph().createRun().setText("　　数据来源：县统计局。");
            doc.createParagraph().createRun().setText("附件2");
            centred(doc, "重点项目现场照片");
            XWPFParagraph mixed = doc.createParagraph();
            mixed.createRun().setText("　　县城污水处理厂扩建工程现场照片如下。");
            PicturesTest.picture(mixed.createRun(), PHOTO, 300, 50);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A notice issuing a 方案, made with raw POI: the notice's own body has no picture; the 方案's body
     * holds the chart (100 × 75 mm) alone in its paragraph between two of its paragraphs, and a small
     * picture (20 × 20 mm) stands in the paragraph of the 方案's signature.
     */
    public static byte[] noticeIssuingAPlan() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            centred(doc, "关于印发《2024年县城道路改造实施方案》的通知");
            doc.createParagraph().createRun().setText("各乡镇人民政府，县直各部门：");
            doc.createParagraph().createRun().setText("　　现将《2024年县城道路改造实施方案》印发给你们，请认真贯彻执行。");
            right(doc, "某县人民政府办公室");
            right(doc, "2024年3月1日");
            doc.createParagraph();
            centred(doc, "2024年县城道路改造实施方案");
            doc.createParagraph().createRun().setText("　　为改善县城交通条件，制定本方案。改造路段分布见下图。");
            PicturesTest.picture(doc.createParagraph().createRun(), CHART, 100, 75);
            doc.createParagraph().createRun().setText("　　各有关单位要按照职责分工，确保改造工程按期完成。");
            XWPFParagraph sign = doc.createParagraph();
            sign.setAlignment(ParagraphAlignment.RIGHT);
            sign.createRun().setText("某县住房和城乡建设局");
            PicturesTest.picture(sign.createRun(), PicturesTest.image("png", 60, 60), 20, 20);
            right(doc, "2024年2月20日");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void centred(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText(text);
    }

    private static void right(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        p.createRun().setText(text);
    }
}
