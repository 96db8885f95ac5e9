package io.gongwen.bench;

import io.gongwen.internal.ChineseNumerals;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;

/**
 * Raw POI XWPF written the way a competent user writes the same work report: the body face and
 * size as document defaults (a style where a user would use one), headings with per-run fonts,
 * paragraph spacing and indents per paragraph, page geometry and odd/even page-number footers. It
 * gets POI's best case: {@code getPackage().revert()} instead of {@code close()}, which would save
 * the whole package a second time.
 */
final class RawPoiContestant {
    private RawPoiContestant() {
    }

    static void write(WorkReport report, OutputStream out) throws IOException {
        XWPFDocument doc = new XWPFDocument();
        try {
            defaults(doc);
            page(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = title.createRun();
            run.setText(report.title());
            run.setFontFamily("方正小标宋简体");
            run.setFontSize(22);
            int n = 0;
            for (WorkReport.Part part : report.sections()) {
                XWPFParagraph heading = body(doc);
                heading.setKeepNext(true);
                XWPFRun h = heading.createRun();
                h.setText(ChineseNumerals.of(++n) + "、" + part.heading());
                h.setFontFamily("黑体");
                int i = 0;
                for (WorkReport.Item item : part.items()) {
                    XWPFParagraph p = body(doc);
                    p.createRun().setText(++i + "." + item.heading());
                    p.createRun().setText(item.text());
                }
            }
            footer(doc, HeaderFooterType.DEFAULT, ParagraphAlignment.RIGHT);
            footer(doc, HeaderFooterType.EVEN, ParagraphAlignment.LEFT);
            doc.setEvenAndOddHeadings(true);
            doc.write(out);
        } finally {
            doc.getPackage().revert();
        }
    }

    private static XWPFParagraph body(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBetween(28.95, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        p.setIndentationFirstLine(640);
        p.setAlignment(ParagraphAlignment.BOTH);
        return p;
    }

    private static void defaults(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr rPr = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rPr.addNewRFonts();
        fonts.setEastAsia("仿宋_GB2312");
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        rPr.addNewSz().setVal(BigInteger.valueOf(32));
        rPr.addNewSpacing().setVal(BigInteger.valueOf(-5));
        doc.createStyles().setStyles(styles);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setRight(BigInteger.valueOf(1474));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1587));
        margins.setFooter(BigInteger.valueOf(1425));
        sect.addNewDocGrid().setLinePitch(BigInteger.valueOf(579));
    }

    private static void footer(XWPFDocument doc, HeaderFooterType type, ParagraphAlignment alignment) {
        XWPFFooter footer = doc.createFooter(type);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(alignment);
        p.getCTP().addNewPPr().addNewSpacing().setLineRule(STLineSpacingRule.AUTO);
        pageRun(p, "\u2014 ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        pageRun(p, " \u2014");
    }

    private static void pageRun(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily("宋体");
        run.setFontSize(14);
    }
}
