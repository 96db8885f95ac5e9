package io.gongwen.cli;

import io.gongwen.testing.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code gongwen format draft.txt -o out.ofd}: the OFD chosen by the extension, its faces mapped with
 * {@code --font} as for a PDF (the draft and stand-ins of {@link PdfOutputTest}), or refused naming the face that is missing, with nothing written.
 */
class OfdOutputTest {
    private static final String DRAFT = PdfOutputTest.DRAFT;

    @TempDir
    Path dir;

    @Test
    void writes_an_ofd_with_the_faces_mapped_to_installed_fonts() throws IOException {
        ExternalTools.require(Optional.of(PdfOutputTest.UMING).filter(Files::isRegularFile),
                "The stand-in fonts (fonts-arphic-uming, fonts-arphic-ukai, fonts-liberation2) are not installed, so "
                        + "the OFD is not written; .ci/run installs them");
        Path draft = Files.writeString(dir.resolve("notice.txt"), DRAFT);
        Path ofd = dir.resolve("notice.ofd");
        List<String> args = new ArrayList<>(List.of("format", draft.toString(), "-o", ofd.toString()));
        args.addAll(PdfOutputTest.standIns());

        Gongwen.Run run = Gongwen.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(draft + " → " + ofd);
        Map<String, byte[]> entries = entries(Files.readAllBytes(ofd));
        assertThat(entries).containsKeys("OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml", "Doc_0/Pages/Page_0/Content.xml");
        assertThat(new String(entries.get("OFD.xml"), StandardCharsets.UTF_8))
                .contains("<ofd:Title>关于做好春节期间值班工作的通知</ofd:Title>")
                .contains("<ofd:Author>XX县人民政府办公室</ofd:Author>").contains("<ofd:CreationDate>2026-01-20</ofd:CreationDate>");
        String page = new String(entries.get("Doc_0/Pages/Page_0/Content.xml"), StandardCharsets.UTF_8);
        assertThat(page).contains(">关于做好春节期间值班工作的通知</ofd:TextCode>").contains(">一、加强领导</ofd:TextCode>");
        assertThat(entries.keySet()).anyMatch(n -> n.startsWith("Doc_0/Res/font_") && n.endsWith(".ttf"));
    }

    @Test
    void a_face_without_a_font_is_refused_naming_it_and_writes_nothing() throws IOException {
        Path draft = Files.writeString(dir.resolve("notice.txt"), DRAFT);
        Path ofd = dir.resolve("notice.ofd");

        Gongwen.Run run = Gongwen.run("format", draft.toString(), "-o", ofd.toString(),
                "--font", "仿宋_GB2312=No Such Family 123");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("gongwen format: " + draft + ": the font face ")
                .contains("could not be resolved")
                .containsPattern("map it to an installed family or a font file with --font \\S+=FONT\n$");
        assertThat(ofd).doesNotExist();
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }
}
