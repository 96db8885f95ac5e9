package io.gongwen.pdf;

import io.gongwen.OfficialDocument;

import java.util.List;

/** The PDF tests' samples and model text, for the OFD tests: the two formats are held to the same words. */
public final class PdfTestText {
    private PdfTestText() {
    }

    /** The samples the layout lays out ({@code PdfWriterTest.LAID_OUT}). */
    public static List<String> laidOutSamples() {
        return PdfWriterTest.LAID_OUT;
    }

    /** The model's words in reading order, as the PDF test compares PDFBox's text with them. */
    public static String modelText(OfficialDocument doc) {
        return PdfWriterTest.modelText(doc);
    }

    /** A portrait table over three pages. */
    public static OfficialDocument portraitTable() {
        return TableReports.portrait();
    }

    /** A landscape table on turned pages. */
    public static OfficialDocument landscapeTable() {
        return TableReports.landscape();
    }
}
