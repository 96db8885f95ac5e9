package io.gongwen.testing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Converts .docx files to PDF with LibreOffice, using free stand-ins for the licensed faces. */
public final class LibreOffice {
    private LibreOffice() {
    }

    /**
     * Writes the named samples ({@code WriteSamples.SAMPLES}) into {@code outDir} and converts them
     * in one run; fails if one was not converted. Returns the PDFs in the order of {@code names}.
     */
    public static List<Path> samplesToPdf(Path soffice, List<String> names, Path outDir) throws Exception {
        List<Path> docx = new java.util.ArrayList<>();
        for (String name : names) {
            Path file = outDir.resolve(name);
            io.gongwen.samples.WriteSamples.SAMPLES.get(name).get().writeTo(file);
            docx.add(file);
        }
        List<Path> pdfs = toPdf(soffice, docx, outDir);
        for (int i = 0; i < names.size(); i++) {
            org.assertj.core.api.Assertions.assertThat(pdfs.get(i)).as("LibreOffice did not convert %s", names.get(i)).exists();
        }
        return pdfs;
    }

    /**
     * Converts every file into {@code outDir} in one LibreOffice run with a throw-away profile.
     * Returns the PDFs in the order of {@code docx}; a file LibreOffice could not convert has no PDF.
     */
    public static List<Path> toPdf(Path soffice, List<Path> docx, Path outDir) throws Exception {
        Path fonts = outDir.resolve("stand-in-fonts.conf");
        if (!Files.exists(fonts)) {
            try (InputStream in = LibreOffice.class.getResourceAsStream("stand-in-fonts.conf")) {
                Files.copy(in, fonts);
            }
        }
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + outDir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                outDir.toString()));
        docx.forEach(d -> command.add(d.toString()));
        ExternalTools.run(command, outDir, 600, "FONTCONFIG_FILE", fonts.toString());
        List<Path> pdfs = new ArrayList<>();
        for (Path d : docx) {
            pdfs.add(outDir.resolve(d.getFileName().toString().replaceFirst("\\.docx$", ".pdf")));
        }
        return pdfs;
    }

    /**
     * A .docx made elsewhere ({@code source}, as a clerk's Word saved it), read by {@code reader} and
     * written anew as {@code name}.docx in {@code outDir}, then rendered by LibreOffice: the PDF, which
     * must exist. What the rendered tests of reformatting share.
     */
    public static Path reformatted(Path soffice, byte[] source, io.gongwen.text.DocxReader reader, String name,
                                   Path outDir) throws Exception {
        Path in = outDir.resolve(name + "-in.docx");
        Files.write(in, source);
        Path docx = outDir.resolve(name + ".docx");
        reader.read(in).document().writeTo(docx);
        Path pdf = toPdf(soffice, List.of(docx), outDir).get(0);
        if (!Files.exists(pdf)) {
            throw new AssertionError("LibreOffice did not convert " + docx);
        }
        return pdf;
    }

    /**
     * Deletes a folder of renders and everything in it; null is nothing. With
     * {@code -Dgongwen.keepRendered=true} the folder is kept, to look at the PDFs.
     */
    public static void deleteRendered(Path dir) throws java.io.IOException {
        if (dir == null || Boolean.getBoolean("gongwen.keepRendered")) {
            return;
        }
        try (var files = java.nio.file.Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
