package io.gongwen.cli;

import io.gongwen.cli.Gongwen.Run;
import io.gongwen.samples.WriteSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code format} and {@code check} of a .doc, .wps, .rtf or .odt file: converted by LibreOffice
 * (here a stand-in that behaves as it does; {@code ConvertedInputsRenderedTest} in the library runs
 * the real one), or refused with how to install it.
 */
class ConvertedInputTest {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    @TempDir
    Path dir;

    @AfterEach
    void forgetTheStandIn() {
        System.clearProperty("gongwen.soffice");
    }

    @Test
    void without_libreoffice_a_doc_is_refused_saying_how_to_install_it() throws IOException {
        Path doc = Files.write(dir.resolve("old.doc"), oleFile());
        System.setProperty("gongwen.soffice", dir.resolve("no-soffice").toString());

        Run format = Gongwen.run("format", doc.toString(), "-o", dir.resolve("new.docx").toString());
        Run check = Gongwen.run("check", doc.toString());

        String why = "could not read " + doc + ": it is a Word 97-2003 .doc or WPS .wps file (or a password-protected "
                + ".docx), which gongwen reads by converting it with LibreOffice, and LibreOffice was not found; "
                + "install it (Debian, Ubuntu: apt install libreoffice-writer-nogui) or name its soffice in the "
                + "environment variable GONGWEN_SOFFICE\n";
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).isEqualTo("gongwen format: " + why);
        assertThat(dir.resolve("new.docx")).doesNotExist();
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).isEqualTo("gongwen check: " + why);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void a_doc_and_an_rtf_named_txt_are_converted_and_formatted_one_by_one_and_in_a_folder() throws IOException {
        Path made = Files.write(dir.resolve("made.docx"), WriteSamples.SAMPLES.get("holiday-duty-notice.docx").get().toBytes());
        Path soffice = dir.resolve("soffice");
        Files.writeString(soffice, "#!/bin/sh\nwhile [ \"$1\" != \"--outdir\" ]; do shift; done; cp '" + made + "' \"$2/in.docx\"\n");
        Files.setPosixFilePermissions(soffice, PosixFilePermissions.fromString("rwx------"));
        System.setProperty("gongwen.soffice", soffice.toString());
        Path folder = Files.createDirectory(dir.resolve("old"));
        Path doc = Files.write(folder.resolve("a.doc"), oleFile());
        Files.writeString(folder.resolve("b.rtf"), "{\\rtf1 …}");
        Path rtfAsText = Files.writeString(dir.resolve("c.txt"), "{\\rtf1 …}");

        Run one = Gongwen.run("format", doc.toString(), "-o", dir.resolve("a.docx").toString());
        Run named = Gongwen.run("format", rtfAsText.toString(), "-o", dir.resolve("c.docx").toString());
        Run all = Gongwen.run("format", folder.toString(), "-o", dir.resolve("new").toString());

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(dir.resolve("new").resolve("a.docx")).isRegularFile();
        assertThat(dir.resolve("new").resolve("b.docx")).isRegularFile();
        assertThat(io.gongwen.text.DocxReader.standard().read(dir.resolve("a.docx")).document().title())
                .isEqualTo(io.gongwen.text.DocxReader.standard().read(made).document().title());
    }

    private static byte[] oleFile() {
        byte[] b = new byte[1024];
        System.arraycopy(OLE2, 0, b, 0, OLE2.length);
        return b;
    }
}
