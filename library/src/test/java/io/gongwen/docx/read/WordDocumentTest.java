package io.gongwen.docx.read;

import io.gongwen.docx.write.PageGeometry;
import io.gongwen.Length;
import io.gongwen.Specification;
import io.gongwen.testing.ForeignDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link WordContent} reads for the checker: indents, bold, the footer distance, the grid, table widths. */
class WordDocumentTest {
    @TempDir
    Path dir;

    @Test
    void reads_indents_in_lengths_and_characters_with_hanging_ones_negative() throws IOException {
        WordContent docx = read(ForeignDocx.documentXml("标题").replace("<w:p>",
                "<w:p><w:pPr><w:ind w:start=\"280\" w:end=\"320\" w:hanging=\"100\" w:firstLineChars=\"200\"/></w:pPr>"));

        assertThat(docx.paragraphs().get(0).indent()).isEqualTo(new WordContent.Indent(
                Length.twips(280), Length.twips(320), Length.twips(-100), 0, 0, 200));
    }

    @Test
    void reads_bold_from_the_run_and_w_val_off_as_not_bold() throws IOException {
        WordContent docx = read(ForeignDocx.documentXml("标题").replace("<w:r>",
                "<w:r><w:rPr><w:b/></w:rPr><w:t>粗</w:t></w:r><w:r><w:rPr><w:b w:val=\"off\"/></w:rPr>"));

        assertThat(docx.paragraphs().get(0).runs()).extracting(WordContent.Run::bold).containsExactly(true, false);
    }

    @Test
    void reads_the_footer_distance_the_character_grid_and_table_widths() throws IOException {
        WordContent docx = WordContent.read(write(ForeignDocx.laidOutByHand()));

        assertThat(docx.footerDistance()).contains(Length.twips(567));
        assertThat(docx.characterGrid()).contains(new WordContent.CharacterGrid("linesAndChars", 0));
        WordContent.Table table = (WordContent.Table) docx.body().get(2);
        assertThat(table.width()).contains(Length.twips(10000));
        assertThat(table.textWidth()).contains(Length.twips(11906 - 1587 - 1474));
    }

    @Test
    void takes_a_percentage_of_the_text_block_of_the_tables_own_section() throws IOException {
        String landscape = "<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\"/><w:pgMar w:top=\"1587\" "
                + "w:right=\"2098\" w:bottom=\"1474\" w:left=\"1984\" w:header=\"0\" w:footer=\"0\" w:gutter=\"0\"/>"
                + "</w:sectPr></w:pPr></w:p>";
        String table = "<w:tbl><w:tblPr><w:tblW w:w=\"%s\" w:type=\"pct\"/></w:tblPr><w:tr><w:tc><w:p><w:r><w:t>格"
                + "</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
        String portrait = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" "
                + "w:bottom=\"1984\" w:left=\"1587\" w:header=\"0\" w:footer=\"0\" w:gutter=\"0\"/></w:sectPr>";
        String xml = ForeignDocx.documentXml("标题").replace("</w:body>",
                String.format(table, "2500") + landscape + String.format(table, "50%") + String.format(table, "1e400")
                        + portrait + "</w:body>");
        Length landscapeText = Length.twips(16838 - 1984 - 2098);
        Length portraitText = Length.twips(11906 - 1587 - 1474);

        WordContent docx = read(xml);

        // 2500 fiftieths and "50%" are half the text block of the table's own section; 1e400 % is no width
        assertThat(docx.body()).filteredOn(WordContent.Table.class::isInstance).map(WordContent.Table.class::cast)
                .extracting(WordContent.Table::width, WordContent.Table::textWidth, WordContent.Table::landscape)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Optional.of(landscapeText.times(0.5)), Optional.of(landscapeText), true),
                        org.assertj.core.groups.Tuple.tuple(Optional.of(portraitText.times(0.5)), Optional.of(portraitText), false),
                        org.assertj.core.groups.Tuple.tuple(Optional.empty(), Optional.of(portraitText), false));
    }

    @Test
    void tells_the_footer_distance_the_writer_writes() throws IOException {
        // what the checker expects is what the writer puts in the section (read back, not recomputed)
        Specification bigger = Specification.builder().pageNumberDrop(Length.mm(10)).build();
        for (Specification spec : new Specification[] {Specification.standard(), bigger}) {
            Path file = dir.resolve("written.docx");
            io.gongwen.OfficialDocument.builder().specification(spec).title("标题").paragraph("正文。").build().writeTo(file);

            assertThat(WordContent.read(file).footerDistance()).contains(PageGeometry.footerDistance(spec));
        }
        assertThat(PageGeometry.footerDistance(Specification.standard()))
                .isNotEqualTo(PageGeometry.footerDistance(Specification.builder().pageNumberDrop(Length.mm(10)).build()));
    }

    private WordContent read(String documentXml) throws IOException {
        return WordContent.read(write(ForeignDocx.withDocumentXml(documentXml)));
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = dir.resolve("read.docx");
        Files.write(file, bytes);
        return file;
    }
}
