package io.gongwen.bench;

import io.gongwen.internal.ChineseNumerals;
import io.gongwen.OfficialDocument;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The floor: the least code that produces the same package. The small parts are constant bytes
 * (taken once from a gongwen4j document); the body is written with string concatenation into a
 * buffered UTF-8 writer inside a {@link ZipOutputStream} at gongwen4j's compression level, with no model,
 * no validation and no escaping.
 */
final class FloorContestant {
    private static final Map<String, byte[]> SMALL_PARTS = smallParts();

    private FloorContestant() {
    }

    static void write(WorkReport report, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                this.out.write(b, off, len);
            }
        });
        zip.setLevel(java.util.zip.Deflater.BEST_SPEED); // the same bytes as gongwen4j
        for (Map.Entry<String, byte[]> part : SMALL_PARTS.entrySet()) {
            zip.putNextEntry(new ZipEntry(part.getKey()));
            if (part.getKey().equals("word/document.xml")) {
                body(report, zip);
            } else {
                zip.write(part.getValue());
            }
            zip.closeEntry();
        }
        zip.finish();
    }

    private static void body(WorkReport report, OutputStream zip) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\""
                + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>");
        w.write("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>" + report.title() + "</w:t></w:r></w:p><w:p/>");
        int n = 0;
        for (WorkReport.Part part : report.sections()) {
            w.write("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:keepNext/></w:pPr><w:r><w:t>");
            w.write(ChineseNumerals.of(++n) + "、" + part.heading());
            w.write("</w:t></w:r></w:p>");
            int i = 0;
            for (WorkReport.Item item : part.items()) {
                w.write("<w:p><w:pPr><w:pStyle w:val=\"Heading3\"/></w:pPr><w:r><w:t>" + ++i + "." + item.heading()
                        + "</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"BodyTextChar\"/></w:rPr><w:t>");
                w.write(item.text());
                w.write("</w:t></w:r></w:p>");
            }
        }
        w.write("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId3\"/><w:footerReference w:type=\"even\" "
                + "r:id=\"rId4\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" "
                + "w:bottom=\"1984\" w:left=\"1587\" w:header=\"850\" w:footer=\"1425\" w:gutter=\"0\"/>"
                + "<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/></w:sectPr></w:body></w:document>");
        w.flush();
    }

    /** The parts of a gongwen4j package other than the body, in package order. */
    private static Map<String, byte[]> smallParts() {
        byte[] docx = OfficialDocument.builder().title("标题").build().toBytes();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }
}
