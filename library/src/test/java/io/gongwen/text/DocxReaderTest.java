package io.gongwen.text;

import io.gongwen.DocumentReadException;
import io.gongwen.OfficialDocument;
import io.gongwen.Section;
import io.gongwen.Table;
import io.gongwen.samples.CountyOfficeSummary;
import io.gongwen.samples.HolidayDutyNotice;
import io.gongwen.samples.TownshipOfficeSummary;
import io.gongwen.testing.ForeignDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocxReaderTest {
    @TempDir
    Path dir;

    static Stream<OfficialDocument> samples() {
        return Stream.of(CountyOfficeSummary.build(), TownshipOfficeSummary.build(), HolidayDutyNotice.build());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void reads_what_the_writer_wrote_into_the_same_document(OfficialDocument sample) throws IOException {
        Path file = write("sample.docx", sample.toBytes());

        Draft draft = DocxReader.standard().read(file);

        assertThat(draft.document().toBytes()).isEqualTo(sample.toBytes());
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void reads_a_clerks_document_with_numbers_typed_as_text() throws IOException {
        Path file = write("clerk.docx", ForeignDocx.typedByAClerk());

        Draft draft = DocxReader.standard().read(file);

        assertThat(draft.document().outline()).startsWith("""
                标题 关于做好2021年春节期间值班工作的通知
                主送 各乡镇人民政府，县政府各部门：
                ¶ 春节将至，为确保全县节日期间社会稳定、工作运转有…
                一、严格落实值班制度
                  （一）明确值班人员。各单位实行领导带班和24小时专人值班制度，带班领…
                  （二）保持通讯畅通。值班人员不得擅离岗位，遇有突发事件要及时报告。
                二、值班安排
                  ¶ 值班安排如下表。
                """);
        assertThat(draft.document().closing().signature()).contains("县人民政府办公室");
        assertThat(draft.document().closing().dateText()).contains("2021年2月1日");
    }

    @Test
    void keeps_a_table_as_a_table_with_its_cells() throws IOException {
        Path file = write("clerk.docx", ForeignDocx.typedByAClerk());

        Draft draft = DocxReader.standard().read(file);

        Section second = (Section) draft.document().body().get(2);
        Table table = (Table) second.body().get(1);
        assertThat(table.rows()).extracting(row -> row.stream().map(Table.Cell::text).toList())
                .containsExactly(List.of("日期", "带班领导"), List.of("2月11日", "张三"), List.of("2月12日", "李四"));
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void keeps_a_tables_column_proportions_spans_and_header_rows() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body>"
                + "<w:p><w:r><w:t>标题</w:t></w:r></w:p>"
                + "<w:tbl><w:tblGrid><w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"4000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>"
                + "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell("序号", "") + cell("单位", "") + cell("金额", "") + "</w:tr>"
                + "<w:tr>" + cell("1", "") + cell("县财政局", "<w:vMerge w:val=\"restart\"/>") + cell("120", "") + "</w:tr>"
                + "<w:tr>" + cell("2", "") + cell("", "<w:vMerge/>") + cell("80", "") + "</w:tr>"
                + "<w:tr>" + cell("合计", "<w:gridSpan w:val=\"2\"/>") + cell("200", "") + "</w:tr>"
                + "<w:tr>" + cell("备注", "") + "</w:tr>"
                + "</w:tbl></w:body></w:document>";
        Path file = write("table.docx", ForeignDocx.withDocumentXml(xml));

        Draft draft = DocxReader.standard().read(file);

        Table table = (Table) draft.document().body().get(0);
        assertThat(table.columnWeights()).containsExactly(250, 1000, 500);
        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.rows()).containsExactly(
                List.of(Table.Cell.of("序号"), Table.Cell.of("单位"), Table.Cell.of("金额")),
                List.of(Table.Cell.of("1"), Table.Cell.of("县财政局").spanRows(2), Table.Cell.of("120")),
                List.of(Table.Cell.of("2"), Table.Cell.of("80")),
                List.of(Table.Cell.of("合计").spanColumns(2), Table.Cell.of("200")),
                List.of(Table.Cell.of("备注"), Table.Cell.of(""), Table.Cell.of("")));
        assertThat(draft.document().toBytes()).isNotEmpty();
    }

    @Test
    void keeps_the_cells_of_a_table_the_model_refuses_as_paragraphs_and_says_so() throws IOException {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= 64; i++) {
            row.append(cell("列" + i, ""));
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body>"
                + "<w:p><w:r><w:t>标题</w:t></w:r></w:p><w:tbl><w:tr>" + row + "</w:tr></w:tbl></w:body></w:document>";
        Path file = write("wide.docx", ForeignDocx.withDocumentXml(xml));

        Draft draft = DocxReader.standard().read(file);

        assertThat(draft.document().body()).hasSize(64).first().isEqualTo(new io.gongwen.Paragraph("列1"));
        assertThat(draft.warnings()).extracting(DraftWarning::toString).containsExactly("line 2: a table of 1 rows could "
                + "not be kept as a table (table.columns: give 1..63 columns: 64); its non-empty cells are kept as "
                + "paragraphs, row by row");
    }

    @Test
    void reads_a_signers_line_right_aligned_under_the_document_number() throws IOException {
        // GIVEN a request typed in Word: the mark centred, the number on its line, "签发人：张三" right-aligned
        // on the next, then the centred title
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body>"
                + aligned("XX县人民政府文件", "center") + aligned("X政发〔2021〕12号", null) + aligned("签发人：张三", "right")
                + aligned("关于申请补助资金的请示", "center") + aligned("XX市人民政府：", null) + aligned("恳请批准。", null)
                + aligned("XX县人民政府", "right") + aligned("2021年3月1日", "right") + "</w:body></w:document>";
        Path file = write("signers.docx", ForeignDocx.withDocumentXml(xml));

        Draft draft = DocxReader.standard().read(file);

        // THEN the names are the signers, and the title holds no word of the head block
        assertThat(draft.document().headBlock().signers()).containsExactly("张三");
        assertThat(draft.document().title()).containsExactly("关于申请补助资金的请示");
        assertThat(draft.warnings()).isEmpty();
    }

    private static String aligned(String text, String jc) {
        return "<w:p>" + (jc == null ? "" : "<w:pPr><w:jc w:val=\"" + jc + "\"/></w:pPr>") + "<w:r><w:t>" + text
                + "</w:t></w:r></w:p>";
    }

    @Test
    void refuses_a_table_before_the_title_naming_its_paragraph() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body>"
                + "<w:tbl><w:tr>" + cell("甲", "") + "</w:tr></w:tbl><w:p><w:r><w:t>标题</w:t></w:r></w:p></w:body></w:document>";
        Path file = write("table-first.docx", ForeignDocx.withDocumentXml(xml));

        assertThatThrownBy(() -> DocxReader.standard().read(file))
                .isInstanceOf(io.gongwen.InvalidDocumentException.class)
                .hasMessage("line 1: a table comes before the title, but a document starts with its title");
    }

    private static String cell(String text, String properties) {
        return "<w:tc><w:tcPr>" + properties + "</w:tcPr><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
    }

    @Test
    void prints_words_automatic_numbers_and_reads_them_like_typed_ones() throws IOException {
        String numbering = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " + ForeignDocx.W + ">"
                + "<w:abstractNum w:abstractNumId=\"7\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
                + "</w:abstractNum><w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/></w:num></w:numbering>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body>"
                + "<w:p><w:r><w:t>标题</w:t></w:r></w:p>"
                + numbered(0, "总体要求") + numbered(1, "工作目标。按时完成。") + numbered(1, "工作要求。从严从实。")
                + numbered(0, "组织实施")
                + "</w:body></w:document>";
        Path file = write("numbered.docx", ForeignDocx.withNumbering(xml, numbering));

        Draft draft = DocxReader.standard().read(file);

        assertThat(draft.document().outline()).isEqualTo("""
                标题 标题
                一、总体要求
                  （一）工作目标。按时完成。
                  （二）工作要求。从严从实。
                二、组织实施
                """);
        assertThat(draft.warnings()).isEmpty();
    }

    private static String numbered(int level, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr>"
                + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    @Test
    void says_when_it_cannot_print_an_automatic_number() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ForeignDocx.W + "><w:body>"
                + "<w:p><w:r><w:t>标题</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>第一项</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        Path file = write("numbered.docx", ForeignDocx.withDocumentXml(xml));

        Draft draft = DocxReader.standard().read(file);

        assertThat(draft.document().outline()).isEqualTo("标题 标题\n¶ 第一项\n");
        assertThat(draft.warnings()).extracting(DraftWarning::toString)
                .containsExactly("line 2: Word numbers this paragraph automatically in a way the reader cannot "
                        + "print; only the text is read: 第一项");
    }

    @Test
    void refuses_a_file_that_is_not_a_zip() throws IOException {
        Path file = write("notes.docx", "这不是文档".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> DocxReader.standard().read(file))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("could not read " + file + ": it is not a .docx (not a zip archive)");
    }

    @Test
    void refuses_an_empty_file() throws IOException {
        Path file = write("empty.docx", new byte[0]);

        assertThatThrownBy(() -> DocxReader.standard().read(file))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("could not read " + file + ": the file is empty");
    }

    @Test
    void refuses_a_truncated_archive() throws IOException {
        byte[] whole = CountyOfficeSummary.build().toBytes();
        Path file = write("cut.docx", Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> DocxReader.standard().read(file))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageStartingWith("could not read " + file + ": it is not a .docx, or the archive is damaged or truncated (");
    }

    @Test
    void refuses_a_word_97_document_or_an_encrypted_one() throws IOException {
        byte[] ole2 = new byte[4096];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0, ole2, 0, 8);
        Path file = write("old.doc", ole2);

        assertThatThrownBy(() -> DocxReader.standard().read(file))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("could not read " + file + ": it is an OLE2 compound file, that is a Word 97-2003 .doc "
                        + "or a password-protected .docx; save it as an unprotected .docx, or have LibreOffice convert a "
                        + ".doc (DocxReader.Builder.convertWith)");
    }

    @Test
    void refuses_a_password_protected_docx() throws Exception {
        org.apache.poi.poifs.crypt.EncryptionInfo info =
                new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
        org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("机密");
        Path file = dir.resolve("protected.docx");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            try (java.io.OutputStream out = encryptor.getDataStream(fs)) {
                out.write(CountyOfficeSummary.build().toBytes());
            }
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> DocxReader.standard().read(file))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("could not read " + file + ": it is an OLE2 compound file, that is a Word 97-2003 .doc "
                        + "or a password-protected .docx; save it as an unprotected .docx, or have LibreOffice convert a "
                        + ".doc (DocxReader.Builder.convertWith)");
    }

    @Test
    void refuses_a_package_without_a_main_document() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ForeignDocx.CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>").getBytes(StandardCharsets.UTF_8));
        Path file = write("hollow.docx", ForeignDocx.zip(parts));

        assertThatThrownBy(() -> DocxReader.standard().read(file))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("could not read " + file + ": it has no main document part (word/document.xml), "
                        + "so it is not a Word document");
    }

    @Test
    void refuses_a_zip_bomb() throws IOException {
        Path file = dir.resolve("bomb.docx");
        ForeignDocx.bomb(file, 100);

        assertThatThrownBy(() -> DocxReader.standard().read(file))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageStartingWith("could not read " + file + ": ")
                .hasMessageContaining("a part inflates to more than the limits allow (zip bomb or a part over 64 MB)");
    }

    @Test
    void refuses_a_200_mb_part() throws IOException {
        Path file = dir.resolve("huge.docx");
        ForeignDocx.hugePart(file, 200);

        assertThatThrownBy(() -> DocxReader.standard().read(file))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageStartingWith("could not read " + file + ": ")
                .hasMessageContaining("a part inflates to more than the limits allow (zip bomb or a part over 64 MB)");
    }

    @Test
    void never_resolves_an_external_entity() throws IOException {
        Path secret = write("secret.txt", "机密内容".getBytes(StandardCharsets.UTF_8));
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]><w:document " + ForeignDocx.W + "><w:body>"
                + "<w:p><w:r><w:t>标题&xxe;</w:t></w:r></w:p></w:body></w:document>";
        Path file = write("xxe.docx", ForeignDocx.withDocumentXml(xml));

        assertThatThrownBy(() -> DocxReader.standard().read(file))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("could not read " + file + ": /word/document.xml: it declares a DTD (<!DOCTYPE …>), "
                        + "which a .docx part never has; its entities are not read");
    }

    @Test
    void refuses_xml_that_is_not_well_formed() throws IOException {
        Path file = write("broken.docx", ForeignDocx.withDocumentXml("<w:document " + ForeignDocx.W + "><w:body><w:p>"));

        assertThatThrownBy(() -> DocxReader.standard().read(file))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("could not read " + file + ": /word/document.xml: the XML is not well-formed at line 1, "
                        + "column 97: XML document structures must start and end within the same entity.");
    }

    @Test
    void says_what_the_parser_found_wrong() throws IOException {
        Path file = write("mismatch.docx", ForeignDocx.withDocumentXml("<w:document " + ForeignDocx.W
                + "><w:body><w:p></w:r></w:body></w:document>"));

        assertThatThrownBy(() -> DocxReader.standard().read(file))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("could not read " + file + ": /word/document.xml: the XML is not well-formed at line 1, "
                        + "column 99: The element type \"w:p\" must be terminated by the matching end-tag \"</w:p>\".");
    }

    @Test
    void says_in_its_own_words_what_a_misnamed_part_is() throws IOException {
        // POI's own text would be "A segment shall not end with a dot ('.') character [M1.9]"
        java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(
                ForeignDocx.withDocumentXml(ForeignDocx.documentXml("标题"))))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        parts.put("word/_rels/document.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.\"/>"
                + "</Relationships>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path file = write("dot.docx", ForeignDocx.zip(parts));

        assertThatThrownBy(() -> DocxReader.standard().read(file))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("could not read " + file + ": a part of the archive has a name a .docx may not have "
                        + "(Open Packaging Conventions rule M1.9)");
    }

    @Test
    void refuses_a_missing_file_naming_it() {
        Path file = dir.resolve("missing.docx");

        assertThatThrownBy(() -> DocxReader.standard().read(file))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("could not read " + file + ": it does not exist");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
