package io.gongwen.testing;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * .docx files that gongwen4j did not write: one a clerk typed in Word, built with raw POI, and
 * hostile ones built byte by byte.
 */
public final class ForeignDocx {
    public static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "</Types>";
    public static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "</Relationships>";
    public static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private ForeignDocx() {
    }

    /**
     * A work notice as a clerk types it in Word: 宋体 12 pt everywhere, Word's default margins, single
     * line spacing, the numbers "一、" and "（一）" typed as text, and a table of three rows.
     */
    public static byte[] typedByAClerk() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc, 1440, 1440, 1800, 1800);
            paragraph(doc, "关于做好2021年春节期间值班工作的通知");
            paragraph(doc, "各乡镇人民政府，县政府各部门：");
            paragraph(doc, "    春节将至，为确保全县节日期间社会稳定、工作运转有序，现就有关事项通知如下。");
            paragraph(doc, "一、严格落实值班制度");
            paragraph(doc, "（一）明确值班人员。各单位实行领导带班和24小时专人值班制度，带班领导和值班人员要坚守岗位。");
            paragraph(doc, "（二）保持通讯畅通。值班人员不得擅离岗位，遇有突发事件要及时报告。");
            paragraph(doc, "二、值班安排");
            paragraph(doc, "值班安排如下表。");
            XWPFTable table = doc.createTable(3, 2);
            String[][] cells = {{"日期", "带班领导"}, {"2月11日", "张三"}, {"2月12日", "李四"}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 2; c++) {
                    XWPFParagraph p = table.getRow(r).getCell(c).getParagraphs().get(0);
                    run(p, cells[r][c]);
                }
            }
            for (int i = 0; i < 30; i++) {
                paragraph(doc, "各单位要组织开展节前安全检查，对排查出的隐患，要明确责任、限期整改，确保节日期间不发生重大安全事故"
                        + "，切实保障人民群众生命财产安全。");
            }
            paragraph(doc, "县人民政府办公室");
            paragraph(doc, "2021年2月1日");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A notice a clerk laid out by hand in Word on the standard's page, with what the hand gets wrong:
     * Word's character grid with {@code w:charSpace="0"} (27 characters a line), a 1 cm footer
     * distance, the odd page number flush right without an indent and bold, and a table of 16 pt
     * text on the body's exact 28.95 pt, wider than the text block. The even page number is right:
     * flush left, one 4号 character (280 twips) in, 宋体 14 pt.
     */
    public static byte[] laidOutByHand() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTSectPr sect = a4(doc, 2098, 1984, 1587, 1474);
            CTPageMar mar = sect.getPgMar();
            mar.setHeader(BigInteger.valueOf(851));
            mar.setFooter(BigInteger.valueOf(567));
            CTDocGrid grid = sect.addNewDocGrid();
            grid.setType(STDocGrid.LINES_AND_CHARS);
            grid.setLinePitch(BigInteger.valueOf(579));
            grid.setCharSpace(BigInteger.ZERO);
            doc.setEvenAndOddHeadings(true);
            pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT, 0, true);
            pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT, 280, false);
            paragraph(doc, "关于做好2021年春节期间值班工作的通知");
            paragraph(doc, "值班安排如下表。");
            XWPFTable table = doc.createTable(2, 2);
            table.setWidthType(TableWidthType.DXA);
            table.setWidth("10000");
            CTTblGrid columns = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            columns.addNewGridCol().setW(BigInteger.valueOf(5000));
            columns.addNewGridCol().setW(BigInteger.valueOf(5000));
            String[][] cells = {{"日期", "带班领导"}, {"2月11日", "张三"}};
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 2; c++) {
                    XWPFParagraph p = table.getRow(r).getCell(c).getParagraphs().get(0);
                    p.setSpacingBetween(28.95, LineSpacingRule.EXACT);
                    run(p, cells[r][c]).setFontSize(16);
                }
            }
            paragraph(doc, "请各单位认真落实。");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A 总结 as a clerk writes it in Word, 宋体 12 pt on Word's default page, with the character
     * formatting a reformat must keep: bold lead-ins 一是 and 二是, 10⁴, CO₂ and m², a run-in heading
     * bold up to its 。 (heading evidence, not emphasis) with a bold word in its text, italic,
     * underline and a 楷体 quotation, then 30 plain paragraphs to fill full pages.
     */
    public static byte[] summaryWithEmphasis() {
        java.util.List<String[]> paragraphs = new java.util.ArrayList<>(java.util.List.of(
                new String[] {"某县2023年工作总结"},
                new String[] {"2023年，全县上下认真贯彻落实县委决策部署，各项工作取得新成效。现总结如下。"},
                new String[] {"一、主要成效"},
                new String[] {"b|一是", "经济稳步增长。全县生产总值达到1.2×10", "^|4", "亿元。"},
                new String[] {"b|二是", "生态持续改善。CO", "_|2", "排放下降，新增绿地3000m", "^|2", "。"},
                new String[] {"b|（一）强化组织领导。", "各单位", "b|务必", "落实主体责任。"},
                new String[] {"正如文件指出：", "i|“发展是第一要务”", "，", "u|必须牢记", "。"},
                new String[] {"总书记强调：", "k|“绿水青山就是金山银山。”", "我们要久久为功。"},
                new String[] {"二、下一步打算"}));
        for (int i = 0; i < 30; i++) {
            paragraphs.add(new String[] {"各单位要组织开展节前安全检查，对排查出的隐患，要明确责任、限期整改，确保节日期间不发生重大"
                    + "安全事故，切实保障人民群众生命财产安全。"});
        }
        paragraphs.add(new String[] {"某县人民政府"});
        paragraphs.add(new String[] {"2023年12月31日"});
        return withRuns(paragraphs.toArray(String[][]::new));
    }

    /**
     * A document made with raw POI, 宋体 12 pt, one paragraph per array, one run per string. A run
     * "flags|text" is formatted by its flags: {@code b} bold, {@code i} italic, {@code u} underline,
     * {@code ^} superscript, {@code _} subscript, {@code k} in 楷体, {@code r} red, {@code L} 22 pt,
     * {@code s} struck through, {@code d} struck through twice, {@code h} highlighted yellow, {@code c}
     * small capitals, {@code w} spaced 2 pt; a run without "|" is plain.
     */
    public static byte[] withRuns(String[]... paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc, 1440, 1440, 1800, 1800);
            for (String[] runs : paragraphs) {
                XWPFParagraph p = doc.createParagraph();
                for (String r : runs) {
                    int bar = r.indexOf('|');
                    String flags = bar < 0 ? "" : r.substring(0, bar);
                    XWPFRun run = run(p, r.substring(bar + 1));
                    run.setBold(flags.contains("b"));
                    run.setItalic(flags.contains("i"));
                    if (flags.contains("u")) {
                        run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                    }
                    if (flags.contains("^")) {
                        run.setVerticalAlignment("superscript");
                    } else if (flags.contains("_")) {
                        run.setVerticalAlignment("subscript");
                    }
                    if (flags.contains("r")) {
                        run.setColor("FF0000");
                    }
                    if (flags.contains("L")) {
                        run.setFontSize(22);
                    }
                    if (flags.contains("s")) {
                        run.setStrikeThrough(true);
                    }
                    if (flags.contains("d")) {
                        run.setDoubleStrikethrough(true);
                    }
                    if (flags.contains("h")) {
                        run.setTextHighlightColor("yellow");
                    }
                    if (flags.contains("c")) {
                        run.setSmallCaps(true);
                    }
                    if (flags.contains("w")) {
                        run.setCharacterSpacing(40);
                    }
                    if (flags.contains("k")) {
                        run.setFontFamily("楷体_GB2312", XWPFRun.FontCharRange.eastAsia);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body's section: an A4 page with these margins, in twips. */
    private static CTSectPr a4(XWPFDocument doc, int top, int bottom, int left, int right) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(top));
        mar.setBottom(BigInteger.valueOf(bottom));
        mar.setLeft(BigInteger.valueOf(left));
        mar.setRight(BigInteger.valueOf(right));
        return sect;
    }

    /** "— N —" with a PAGE field, 宋体 14 pt. */
    private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment, int indent, boolean bold) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(alignment);
        if (alignment == ParagraphAlignment.LEFT) {
            p.setIndentationLeft(indent);
        } else {
            p.setIndentationRight(indent);
        }
        pageNumberRun(p, bold).setText("\u2014 ");
        pageNumberRun(p, bold).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        pageNumberRun(p, bold).getCTR().addNewInstrText().setStringValue(" PAGE ");
        pageNumberRun(p, bold).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        pageNumberRun(p, bold).setText("1");
        pageNumberRun(p, bold).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        pageNumberRun(p, bold).setText(" \u2014");
    }

    private static XWPFRun pageNumberRun(XWPFParagraph p, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily("宋体", XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(14);
        r.setBold(bold);
        return r;
    }

    private static void paragraph(XWPFDocument doc, String text) {
        run(doc.createParagraph(), text);
    }

    private static XWPFRun run(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily("宋体", XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        r.setFontSize(12);
        return r;
    }

    /** A package of the minimal parts with this {@code word/document.xml}. */
    public static byte[] withDocumentXml(String documentXml) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ROOT_RELS.getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    /** A package with this {@code word/document.xml} and {@code word/footnotes.xml}. */
    public static byte[] withNotes(String documentXml, String footnotesXml) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES.replace("</Types>", "<Override PartName=\"/word/footnotes.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ROOT_RELS.getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
        parts.put("word/_rels/document.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" "
                + "Target=\"footnotes.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/footnotes.xml", footnotesXml.getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    /** A package with this {@code word/document.xml} and {@code word/numbering.xml}. */
    public static byte[] withNumbering(String documentXml, String numberingXml) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES.replace("</Types>", "<Override PartName=\"/word/numbering.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ROOT_RELS.getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
        parts.put("word/_rels/document.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" "
                + "Target=\"numbering.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/numbering.xml", numberingXml.getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    /** A document.xml holding these paragraphs' text. */
    public static String documentXml(String... paragraphs) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>");
        for (String p : paragraphs) {
            xml.append("<w:p><w:r><w:t>").append(p).append("</w:t></w:r></w:p>");
        }
        return xml.append("</w:body></w:document>").toString();
    }

    /**
     * A document.xml of {@code n} one-character paragraphs whose marks are all deleted (tracked), which
     * read with the changes accepted join into one paragraph; random ids, so it does not deflate a
     * hundredfold.
     */
    public static String deletedParagraphMarks(int n) {
        java.util.Random random = new java.util.Random(n);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>");
        for (int i = 0; i < n; i++) {
            xml.append("<w:p><w:pPr><w:rPr><w:del w:id=\"").append(Integer.toString(random.nextInt(1 << 20), 36))
                    .append("\"/></w:rPr></w:pPr><w:r><w:t>字</w:t></w:r></w:p>");
        }
        return xml.append("</w:body></w:document>").toString();
    }

    public static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A zip bomb: a well-formed document.xml whose paragraph holds {@code megabytes} MB of spaces,
     * deflated about 1000 to 1.
     */
    public static void bomb(Path file, int megabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", ROOT_RELS);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document " + W + "><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** A document.xml of {@code megabytes} MB of bookmarks stored without compression, so no ratio gives it away. */
    public static void hugePart(Path file, int megabytes) throws IOException {
        byte[] head = ("<w:document " + W + "><w:body>").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</w:body></w:document>".getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[1024 * 1024];
        // bookmarks: neither paragraphs nor text, so only the size limit can stop it
        byte[] paragraph = "<w:bookmarkStart w:id=\"0\" w:name=\"x\"/>".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + paragraph.length <= chunk.length; i += paragraph.length) {
            System.arraycopy(paragraph, 0, chunk, i, paragraph.length);
        }
        int fill = chunk.length - chunk.length % paragraph.length;
        CRC32 crc = new CRC32();
        crc.update(head);
        for (int i = 0; i < megabytes; i++) {
            crc.update(chunk, 0, fill);
        }
        crc.update(tail);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", ROOT_RELS);
            ZipEntry e = new ZipEntry("word/document.xml");
            e.setMethod(ZipEntry.STORED);
            e.setSize(head.length + (long) fill * megabytes + tail.length);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            OutputStream out = zip;
            out.write(head);
            for (int i = 0; i < megabytes; i++) {
                out.write(chunk, 0, fill);
            }
            out.write(tail);
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
