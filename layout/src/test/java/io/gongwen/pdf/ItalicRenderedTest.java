package io.gongwen.pdf;

import io.gongwen.OfficialDocument;
import io.gongwen.layout.FontResolver;
import io.gongwen.layout.ItalicLayoutTest;
import io.gongwen.layout.StandInFonts;
import io.gongwen.testing.ExternalTools;
import io.gongwen.testing.LibreOffice;
import io.gongwen.testing.LibreOfficeRequired;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Our italic against LibreOffice's: the {@code .docx} of the italic report rendered by LibreOffice
 * 7.4 slants the same characters as our PDF does, by the same shear (its text matrix
 * {@code 1 0 0.2679491924 1}: tan 15°), and sets the Latin italic in the same face, Liberation
 * Serif Italic. Both PDFs and their first pages as pictures are left in {@code target/italic-pages/}.
 */
@Tag("rendered")
@ExtendWith(LibreOfficeRequired.class)
class ItalicRenderedTest {
    @Test
    void libreoffice_slants_the_same_characters_by_the_same_shear_and_sets_latin_in_the_same_italic_face() throws Exception {
        FontResolver fonts = StandInFonts.resolver();
        Path soffice = ExternalTools.soffice().orElseThrow();
        Path dir = Files.createDirectories(Path.of("target", "italic-pages").toAbsolutePath());
        OfficialDocument doc = ItalicLayoutTest.report(true);
        Path docx = dir.resolve("italic.docx");
        doc.writeTo(docx);
        byte[] ours = PdfWriter.toBytes(doc, fonts);
        Files.write(dir.resolve("italic.pdf"), ours);
        Path theirs = LibreOffice.toPdf(soffice, List.of(docx), Files.createDirectories(dir.resolve("libreoffice"))).get(0);

        List<ItalicPdfTest.Drawn> lo = ItalicPdfTest.drawn(Files.readAllBytes(theirs));
        List<ItalicPdfTest.Drawn> we = ItalicPdfTest.drawn(ours);

        List<String> slantedByLo = lo.stream().filter(g -> g.shear() != 0).map(ItalicPdfTest.Drawn::text).toList();
        List<String> slantedByUs = we.stream().filter(g -> g.shear() != 0).map(ItalicPdfTest.Drawn::text).toList();
        assertThat(slantedByUs).as("the italic stretches' characters, as ItalicPdfTest counts them").hasSize(20 + 6 + 4 + 10);
        assertThat(String.join("", slantedByUs)).isEqualTo(String.join("", slantedByLo));
        assertThat(lo.stream().filter(g -> g.shear() != 0)).allSatisfy(g ->
                assertThat(g.shear()).isCloseTo(io.gongwen.layout.FontFace.SYNTHETIC_SLANT, within(1e-4)));
        assertThat(lo.stream().filter(g -> "Green".contains(g.text()) && g.font().endsWith("LiberationSerif-Italic")))
                .as("LibreOffice's Green in Liberation Serif Italic").hasSizeGreaterThanOrEqualTo(5);
    }
}
