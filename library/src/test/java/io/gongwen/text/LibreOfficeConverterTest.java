package io.gongwen.text;

import io.gongwen.DocumentReadException;
import io.gongwen.InvalidDocumentException;
import io.gongwen.samples.WriteSamples;
import io.gongwen.testing.ForeignDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The conversion of .doc, .wps, .rtf and .odt files, with stand-ins for LibreOffice that behave as it
 * does and as it fails (shell scripts, so POSIX systems only); {@code ConvertedInputsRenderedTest}
 * runs the real one.
 */
class LibreOfficeConverterTest {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    @TempDir
    Path dir;

    @Test
    void tells_the_formats_by_their_first_bytes_whatever_the_name() throws IOException {
        byte[] ole2 = new byte[512];
        System.arraycopy(OLE2, 0, ole2, 0, OLE2.length);
        Path doc = Files.write(dir.resolve("a.bin"), ole2);
        Path rtf = Files.writeString(dir.resolve("b.txt"), "{\\rtf1\\ansi 关于……}");
        Path odt = Files.write(dir.resolve("c"), odt());
        Path docx = Files.write(dir.resolve("d.doc"), ForeignDocx.typedByAClerk());
        Path text = Files.writeString(dir.resolve("e.doc"), "关于开展检查的通知\n");

        assertThat(LibreOfficeConverter.formatOf(doc)).contains(LibreOfficeConverter.Format.WORD_97);
        assertThat(LibreOfficeConverter.formatOf(rtf)).contains(LibreOfficeConverter.Format.RTF);
        assertThat(LibreOfficeConverter.formatOf(odt)).contains(LibreOfficeConverter.Format.ODT);
        assertThat(LibreOfficeConverter.formatOf(docx)).isEmpty();
        assertThat(LibreOfficeConverter.formatOf(text)).isEmpty();
        assertThat(LibreOfficeConverter.formatOf(dir)).isEmpty();
        assertThat(LibreOfficeConverter.formatOf(dir.resolve("missing.doc"))).isEmpty();
    }

    @Test
    void refuses_what_is_not_an_executable_and_a_timeout_that_is_not_positive() throws IOException {
        Path plain = Files.writeString(dir.resolve("soffice"), "#!/bin/sh\n");

        assertThatThrownBy(() -> LibreOfficeConverter.at(plain)).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("soffice").hasMessageContaining(plain.toString());
        assertThatThrownBy(() -> LibreOfficeConverter.at(null)).isInstanceOf(InvalidDocumentException.class);
        LibreOfficeConverter converter = LibreOfficeConverter.at(script("exit 0"));
        assertThatThrownBy(() -> converter.timeout(Duration.ZERO)).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("timeout");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void reads_what_libreoffice_writes_into_its_output_folder_and_leaves_nothing_behind() throws IOException {
        Path made = Files.write(dir.resolve("made.docx"), WriteSamples.SAMPLES.get("county-office-summary.docx").get().toBytes());
        // what soffice does: the input is the last argument, the .docx goes to --outdir with the input's name
        Path soffice = script("while [ \"$1\" != \"--outdir\" ]; do shift; done; cp '" + made + "' \"$2/in.docx\"");
        Path input = Files.write(dir.resolve("old.doc"), oleFile());
        byte[] before = Files.readAllBytes(input);
        long leftBefore = leftovers();

        Draft draft = DocxReader.builder().convertWith(LibreOfficeConverter.at(soffice)).build().read(input);

        assertThat(draft.document().title()).isEqualTo(DocxReader.standard().read(made).document().title());
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        assertThat(leftovers()).isEqualTo(leftBefore);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void a_conversion_over_its_time_is_killed_and_says_so() throws IOException {
        Path soffice = script("sleep 60");
        Path input = Files.write(dir.resolve("old.doc"), oleFile());
        LibreOfficeConverter converter = LibreOfficeConverter.at(soffice).timeout(Duration.ofSeconds(1));

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> converter.read(input))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("could not read " + input + ": converting it with LibreOffice took longer than 1 s, the limit"));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void a_file_libreoffice_cannot_convert_is_refused_with_what_it_said() throws IOException {
        Path soffice = script("echo 'Error: source file could not be loaded' >&2; exit 1");
        Path input = Files.write(dir.resolve("broken.wps"), oleFile());

        assertThatThrownBy(() -> LibreOfficeConverter.at(soffice).read(input)).isInstanceOf(DocumentReadException.class)
                .hasMessage("could not read " + input + ": LibreOffice could not convert it to .docx "
                        + "(Error: source file could not be loaded)");
    }

    @Test
    void without_a_converter_a_doc_is_refused_saying_how_to_read_it() throws IOException {
        Path input = Files.write(dir.resolve("old.doc"), oleFile());

        assertThatThrownBy(() -> DocxReader.standard().read(input)).isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("Word 97-2003 .doc").hasMessageContaining("DocxReader.Builder.convertWith");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void a_device_or_a_folder_is_not_converted() {
        LibreOfficeConverter converter = LibreOfficeConverter.at(Path.of("/bin/sh"));

        assertThatThrownBy(() -> converter.read(dir)).isInstanceOf(DocumentReadException.class).hasMessageContaining("folder");
        assertThatThrownBy(() -> converter.read(Path.of("/dev/zero"))).isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("not a regular file");
    }

    @Test
    void looks_for_the_soffice_it_is_told_of_first() throws IOException {
        Path soffice = script("exit 0");
        String before = System.getProperty("gongwen.soffice");
        try {
            System.setProperty("gongwen.soffice", soffice.toString());
            assertThat(LibreOfficeConverter.find()).map(LibreOfficeConverter::soffice).contains(soffice);
            System.setProperty("gongwen.soffice", dir.resolve("none").toString());
            assertThat(LibreOfficeConverter.find()).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty("gongwen.soffice");
            } else {
                System.setProperty("gongwen.soffice", before);
            }
        }
    }

    /** A file that starts like an OLE2 compound file. */
    private static byte[] oleFile() {
        byte[] b = new byte[1024];
        System.arraycopy(OLE2, 0, b, 0, OLE2.length);
        return b;
    }

    /** The start of an OpenDocument text: a stored first entry "mimetype" with its media type. */
    private static byte[] odt() {
        byte[] header = new byte[30];
        header[0] = 'P';
        header[1] = 'K';
        header[2] = 3;
        header[3] = 4;
        byte[] name = "mimetypeapplication/vnd.oasis.opendocument.text".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[header.length + name.length + 16];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(name, 0, all, header.length, name.length);
        return all;
    }

    private Path script(String body) throws IOException {
        Path p = dir.resolve("soffice-" + Integer.toHexString(body.hashCode()));
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            p.toFile().setExecutable(true);
        }
        return p;
    }

    /** The conversion folders in the temporary folder. */
    private static long leftovers() throws IOException {
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(p -> p.getFileName().toString().startsWith("gongwen-convert-")).count();
        }
    }
}
