package io.gongwen.testing;

import static io.gongwen.testing.ClerkWord.a4;
import static io.gongwen.testing.ClerkWord.run;

import io.gongwen.Length;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A 工作报告 whose annex table holds pictures as a clerk puts them there, built with raw POI: three
 * columns in the grid's proportions 1 : 3 : 4 (Word's default margins, 8306 twips), a header row
 * (序号, 项目, 现场照片); in the first body row a photo ({@link #PHOTO}, 100 × 75 mm, wider than its
 * column) alone in its cell; in the second, a chart ({@link #CHART}, 40 × 30 mm) in a paragraph of its
 * own between the two paragraphs of the second cell, and a small plan ({@link #PLAN}, 30 × 20 mm)
 * after the text of the third cell's paragraph. 宋体 12 pt.
 */
public final class CellPicturesDocx {
    /** The photo of the first row: a JPEG of 800 × 600 pixels. */
    public static final byte[] PHOTO = image("jpeg", 800, 600, new Color(0x2E7D32));
    /** The chart of the second row: a PNG of 400 × 300 pixels. */
    public static final byte[] CHART = image("png", 400, 300, new Color(0x1F4E79));
    /** The plan after the text of the second row's last cell: a PNG of 300 × 200 pixels. */
    public static final byte[] PLAN = image("png", 300, 200, new Color(0xC62828));
    /** The grid's columns, in twips. */
    public static final int[] GRID = {1000, 3000, 4306};

    private CellPicturesDocx() {
    }

    /** The report, its pictures at the sizes the class says. */
    public static byte[] report() {
        return report(PHOTO, 100, 75);
    }

    /**
     * The report with {@code photo} in the first row at {@code widthMm} × {@code heightMm}: a hostile
     * picture, say.
     */
    public static byte[] report(byte[] photo, double widthMm, double heightMm) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, "某县2023年重点项目建设情况的报告");
            run(doc.createParagraph(), "县人民政府：");
            run(doc.createParagraph(), "现将2023年重点项目建设情况报告如下，各项目现场照片见下表。");

            XWPFTable table = doc.createTable(3, 3);
            CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                    : table.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int w : GRID) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
            table.getRow(0).setRepeatHeader(true);
            text(table.getRow(0).getCell(0), "序号");
            text(table.getRow(0).getCell(1), "项目");
            text(table.getRow(0).getCell(2), "现场照片");

            text(table.getRow(1).getCell(0), "1");
            text(table.getRow(1).getCell(1), "县城污水处理厂扩建");
            picture(table.getRow(1).getCell(2).getParagraphs().get(0).createRun(), photo, widthMm, heightMm);

            text(table.getRow(2).getCell(0), "2");
            XWPFTableCell roads = table.getRow(2).getCell(1);
            text(roads, "道路改造");
            picture(roads.addParagraph().createRun(), CHART, 40, 30);
            run(roads.addParagraph(), "（完成情况示意）");
            XWPFParagraph plan = table.getRow(2).getCell(2).getParagraphs().get(0);
            run(plan, "已完工");
            picture(plan.createRun(), PLAN, 30, 20);

            run(doc.createParagraph(), "特此报告。");
            XWPFParagraph signature = doc.createParagraph();
            signature.setAlignment(ParagraphAlignment.RIGHT);
            run(signature, "某县发展和改革局");
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            run(date, "2023年12月31日");
            a4(doc.getDocument().getBody().addNewSectPr());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A report with a table of 64 columns, one more than the model takes: its first cell holds "照片"
     * and the chart after it, in a paragraph of its own.
     */
    public static byte[] refusedTable() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, "某县2023年重点项目建设情况的报告");
            run(doc.createParagraph(), "现将有关情况报告如下。");
            XWPFTable table = doc.createTable(1, 64);
            text(table.getRow(0).getCell(0), "照片");
            picture(table.getRow(0).getCell(0).addParagraph().createRun(), CHART, 40, 30);
            text(table.getRow(0).getCell(1), "说明");
            run(doc.createParagraph(), "特此报告。");
            a4(doc.getDocument().getBody().addNewSectPr());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same .docx with every inline picture floating: {@code wp:inline} renamed {@code wp:anchor}, all a reader looks at. */
    public static byte[] floating(byte[] docx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                byte[] bytes = zin.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("wp:inline", "wp:anchor")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(bytes);
                zout.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static XWPFRun text(XWPFTableCell cell, String text) {
        return run(cell.getParagraphs().get(0), text);
    }

    private static void picture(XWPFRun run, byte[] bytes, double widthMm, double heightMm) {
        int type = bytes[0] == (byte) 0x89 ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG;
        try (ByteArrayInputStream in = new ByteArrayInputStream(bytes)) {
            run.addPicture(in, type, type == Document.PICTURE_TYPE_PNG ? "chart.png" : "photo.jpeg",
                    Units.toEMU(Length.mm(widthMm).points()), Units.toEMU(Length.mm(heightMm).points()));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A picture drawn with Java2D: a frame and bars in {@code ink} on white, so the bytes are a real image. */
    public static byte[] image(String format, int width, int height, Color ink) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(ink);
        g.fillRect(0, 0, width, height / 20);
        for (int i = 0; i < 5; i++) {
            g.fillRect(width / 12 + i * width / 6, height - (i + 1) * height / 7, width / 10, (i + 1) * height / 7);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
