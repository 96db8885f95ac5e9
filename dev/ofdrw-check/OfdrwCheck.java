import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ofdrw.converter.export.ImageExporter;
import org.ofdrw.converter.export.PDFExporterIText;
import org.ofdrw.converter.export.PDFExporterPDFBox;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Opens every {@code NAME.ofd} of a folder with ofdrw's reader, compares its page count and its text
 * (ofdrw's ContentExtractor) with gongwen4j's own {@code NAME.pdf} beside it (PDFBox's text), and
 * converts it back to PDF with both of ofdrw's converters ({@code NAME.pdfbox.pdf},
 * {@code NAME.itext.pdf} in the output folder), for docx-layout to measure. With a third argument,
 * a regular expression, the pages of the documents it matches are also drawn as PNGs by ofdrw.
 *
 * <p>Not part of the build: ofdrw is not in the registry the project builds from, so {@code run}
 * compiles this against an ofdrw built from its sources.
 */
public final class OfdrwCheck {
    private OfdrwCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String pictures = args.length > 2 ? args[2] : "(?!)";
        Files.createDirectories(out);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(in)) {
            list.filter(p -> p.toString().endsWith(".ofd")).sorted().forEach(files::add);
        }
        int failures = 0;
        for (Path ofd : files) {
            String name = ofd.getFileName().toString().replaceFirst("\\.ofd$", "");
            StringBuilder line = new StringBuilder(name);
            boolean ok = true;
            try (OFDReader reader = new OFDReader(ofd)) {
                int pages = reader.getNumberOfPages();
                String text = squeeze(String.join("", new ContentExtractor(reader).extractAll()));
                try (PDDocument pdf = PDDocument.load(in.resolve(name + ".pdf").toFile())) {
                    String pdfText = squeeze(new PDFTextStripper().getText(pdf));
                    boolean samePages = pages == pdf.getNumberOfPages();
                    boolean sameText = text.equals(pdfText);
                    ok = samePages && sameText;
                    line.append(" | pages ").append(pages).append(samePages ? " = PDF" : " ≠ PDF " + pdf.getNumberOfPages());
                    line.append(" | text ").append(sameText ? "= PDF" : "≠ PDF at " + firstDifference(text, pdfText));
                }
            } catch (Exception | LinkageError e) {
                ok = false;
                line.append(" | ofdrw could not read it: ").append(e);
            }
            try (PDFExporterPDFBox exporter = new PDFExporterPDFBox(ofd, out.resolve(name + ".pdfbox.pdf"))) {
                exporter.export();
                line.append(" | PDFBox converter ok");
            } catch (Exception | LinkageError e) {
                ok = false;
                line.append(" | PDFBox converter failed: ").append(e);
            }
            try (PDFExporterIText exporter = new PDFExporterIText(ofd, out.resolve(name + ".itext.pdf"))) {
                exporter.export();
                line.append(" | iText converter ok");
            } catch (Exception | LinkageError e) {
                ok = false;
                line.append(" | iText converter failed: ").append(e);
            }
            if (name.matches(pictures)) {
                try (ImageExporter exporter = new ImageExporter(ofd, out.resolve(name + "-png"), "PNG", 5d)) {
                    exporter.export();
                    line.append(" | pages drawn as PNG");
                }
            }
            if (!ok) {
                failures++;
            }
            System.out.println(line);
        }
        System.out.println(files.size() + " OFD files, " + failures + " with a difference or a failure");
        System.exit(failures == 0 ? 0 : 1);
    }

    /** The text without white space: the two extractors space and break lines differently. */
    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000\\u00a0]", "");
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
