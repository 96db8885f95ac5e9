package io.gongwen.testing;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.function.Consumer;

/**
 * .docx files with the author's page breaks and a landscape section of text, built with raw POI as a
 * clerk's Word would save them: a page break in a paragraph of its own (Word's Ctrl+Enter), one as
 * {@code w:pageBreakBefore}, Word's {@code w:lastRenderedPageBreak} where no break is, and a section
 * of paragraphs and a small table on landscape pages between two portrait ones.
 */
public final class BrokenPagesDocx {
    public static final String TITLE = "关于做好2021年农村公路养护工作的通知";
    public static final String ADDRESSEE = "各乡镇人民政府：";
    public static final String FIRST = "为进一步加强农村公路养护管理，巩固“四好农村路”建设成果，现就有关事项通知如下。";
    /** The paragraph after the Ctrl+Enter break. */
    public static final String AFTER_BREAK = "各乡镇要落实养护主体责任，将养护资金纳入年度预算，确保专款专用。";
    /** The paragraph Word's layout cache broke a page in: no break. */
    public static final String CACHED = "县交通运输局要加强业务指导，每季度开展一次养护质量检查，检查结果予以通报。";
    public static final String LANDSCAPE_FIRST = "附表说明：各乡镇养护里程和资金按2020年底统计数填报，单位为公里和万元。";
    public static final String LANDSCAPE_LAST = "以上数据由县交通运输局会同县财政局核定，如有出入以核定数为准。";
    public static final String BACK = "各乡镇要按照上表确定的里程和资金，于3月底前制定本乡镇养护实施方案。";
    /** The paragraph with {@code w:pageBreakBefore}. */
    public static final String BEFORE = "本通知自印发之日起施行，执行中遇到的问题请及时报县交通运输局。";
    public static final String SIGNATURE = "XX县交通运输局";
    public static final String DATE = "2021年3月1日";

    private BrokenPagesDocx() {
    }

    /** The notice with every kind of break: see the class comment. */
    public static byte[] notice() {
        return build(doc -> {
            centred(doc, TITLE);
            text(doc, ADDRESSEE);
            text(doc, FIRST);
            doc.createParagraph().createRun().addBreak(BreakType.PAGE); // Ctrl+Enter: the break alone in its paragraph
            text(doc, AFTER_BREAK);
            XWPFParagraph cached = doc.createParagraph();
            cached.createRun().setText(CACHED.substring(0, 20));
            cached.createRun().getCTR().addNewLastRenderedPageBreak();
            cached.getRuns().get(1).setText(CACHED.substring(20));
            // the portrait section ends on the paragraph before the landscape one
            section(doc.getParagraphs().get(doc.getParagraphs().size() - 1).getCTP().addNewPPr().addNewSectPr(), false);
            text(doc, LANDSCAPE_FIRST);
            XWPFTable table = doc.createTable(2, 3);
            String[][] cells = {{"乡镇", "里程（公里）", "资金（万元）"}, {"城关镇", "120", "36"}};
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            XWPFParagraph last = text(doc, LANDSCAPE_LAST);
            section(last.getCTP().addNewPPr().addNewSectPr(), true);
            text(doc, BACK);
            text(doc, BEFORE).setPageBreak(true);
            closing(doc);
        });
    }

    /** A notice whose only "break" is Word's layout cache, {@code w:lastRenderedPageBreak}. */
    public static byte[] cachedBreakOnly() {
        return build(doc -> {
            centred(doc, TITLE);
            text(doc, ADDRESSEE);
            text(doc, FIRST);
            XWPFParagraph cached = doc.createParagraph();
            cached.createRun().getCTR().addNewLastRenderedPageBreak();
            cached.getRuns().get(0).setText(CACHED);
            text(doc, AFTER_BREAK);
            closing(doc);
        });
    }

    /**
     * A paragraph of three lines: a line break after the first, a page break after the second, with
     * a bold word after the page break; and a title broken across pages between its words.
     */
    public static byte[] breaksAmongLines() {
        return build(doc -> {
            XWPFParagraph title = centred(doc, "关于做好2021年");
            title.createRun().addBreak(BreakType.PAGE);
            title.createRun().setText("农村公路养护工作的通知");
            text(doc, ADDRESSEE);
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText(FIRST);
            p.createRun().addBreak();
            p.createRun().setText(CACHED);
            p.createRun().addBreak(BreakType.PAGE);
            XWPFRun bold = p.createRun();
            bold.setText("各乡镇");
            bold.setBold(true);
            p.createRun().setText(AFTER_BREAK.substring(3));
            text(doc, BACK);
            closing(doc);
        });
    }

    /**
     * A notice with page breaks where the writer places things itself or a body has none: between the
     * title and the body, inside the closing, and before the attachment's label.
     */
    public static byte[] breaksOutsideTheBody() {
        return build(doc -> {
            centred(doc, TITLE);
            text(doc, ADDRESSEE);
            text(doc, FIRST).setPageBreak(true); // the body starts on a new page, after the title's
            text(doc, AFTER_BREAK);
            text(doc, "附件：2021年农村公路养护资金分配表");
            right(doc, SIGNATURE);
            right(doc, DATE).setPageBreak(true); // inside the closing
            doc.createParagraph().createRun().addBreak(BreakType.PAGE); // before the attachment's label
            text(doc, "附件");
            centred(doc, "2021年农村公路养护资金分配表");
            text(doc, CACHED);
        });
    }

    /** A paragraph with a page break between its words. */
    public static byte[] breakInsideAParagraph() {
        return build(doc -> {
            centred(doc, TITLE);
            text(doc, ADDRESSEE);
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText(FIRST);
            p.createRun().addBreak(BreakType.PAGE);
            p.createRun().setText(AFTER_BREAK);
            closing(doc);
        });
    }

    /**
     * A notice whose breaks come from a paragraph style: "新页" is based on "新页基", which sets
     * {@code w:pageBreakBefore}. {@link #AFTER_BREAK} has the style, so it starts a new page;
     * {@link #BACK} has it too but switches the break off itself ({@code w:val="0"}); {@link #CACHED}
     * has a style that breaks nothing.
     */
    public static byte[] breaksFromAStyle() {
        return build(doc -> {
            XWPFStyles styles = doc.createStyles();
            styles.addStyle(style("新页基", null, true));
            styles.addStyle(style("新页", "新页基", false));
            styles.addStyle(style("正文段", null, false));
            centred(doc, TITLE);
            text(doc, ADDRESSEE);
            text(doc, FIRST);
            text(doc, AFTER_BREAK).setStyle("新页");
            text(doc, CACHED).setStyle("正文段");
            XWPFParagraph back = text(doc, BACK);
            back.setStyle("新页");
            back.getCTP().getPPr().addNewPageBreakBefore().setVal(Boolean.FALSE);
            closing(doc);
        });
    }

    /** A paragraph style with only a name, a base and, if {@code breaks}, a page break before. */
    private static XWPFStyle style(String id, String basedOn, boolean breaks) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(id);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        if (breaks) {
            style.addNewPPr().addNewPageBreakBefore();
        }
        return new XWPFStyle(style);
    }

    private static byte[] build(Consumer<XWPFDocument> content) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(doc);
            section(doc.getDocument().getBody().addNewSectPr(), false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closing(XWPFDocument doc) {
        right(doc, SIGNATURE);
        right(doc, DATE);
    }

    private static XWPFParagraph text(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(text);
        return p;
    }

    private static XWPFParagraph centred(XWPFDocument doc, String text) {
        XWPFParagraph p = text(doc, text);
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static XWPFParagraph right(XWPFDocument doc, String text) {
        XWPFParagraph p = text(doc, text);
        p.setAlignment(ParagraphAlignment.RIGHT);
        return p;
    }

    /** A4, Word's default margins, portrait or turned (and said so, {@code w:orient}). */
    private static void section(CTSectPr sect, boolean landscape) {
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
        size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1440));
        mar.setBottom(BigInteger.valueOf(1440));
        mar.setLeft(BigInteger.valueOf(1800));
        mar.setRight(BigInteger.valueOf(1800));
    }
}
