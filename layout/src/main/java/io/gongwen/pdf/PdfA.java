package io.gongwen.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What makes {@link PdfWriter}'s PDF a PDF/A-2b file (ISO 19005-2:2011, level B), beyond what it
 * always is (fonts embedded, nothing encrypted, no transparency, no actions): the XMP metadata stream
 * (§6.6.2), saying what the document information says (§6.6.3: Title as {@code dc:title}, Author as
 * the one {@code dc:creator}, Producer as {@code pdf:Producer}, Creator as {@code xmp:CreatorTool};
 * no dates, as the information has none) and naming the part and level (§6.6.4); and the output
 * intent (§6.2.3) whose ICC profile, the Java platform's sRGB, is the colour space that the
 * device-RGB red and black the writer draws in mean.
 */
final class PdfA {
    /** The output condition the intent names: the ICC profile registry's name for sRGB. */
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfA() {
    }

    /** Adds the metadata and the output intent to a document about to be saved. */
    static void mark(PDDocument pdf, String title, Optional<String> issuer, String producer, String creator,
                     String language) throws IOException {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        // not filtered: a metadata stream is to be readable by tools that know nothing of PDF (§6.6.2.1)
        PDMetadata metadata = new PDMetadata(pdf, new ByteArrayInputStream(xmp(title, issuer, producer, creator, language)));
        catalog.setMetadata(metadata);
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(srgb));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    /** The XMP packet: the same bytes for the same document, no dates, no instance identifiers. */
    static byte[] xmp(String title, Optional<String> issuer, String producer, String creator, String language) {
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\"\n")
                .append("    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n")
                .append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
                .append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
                .append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("   <pdfaid:part>2</pdfaid:part>\n")
                .append("   <pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("   <dc:format>application/pdf</dc:format>\n");
        if (!title.isEmpty()) {
            x.append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(title))
                    .append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        issuer.ifPresent(i -> x.append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(i))
                .append("</rdf:li></rdf:Seq></dc:creator>\n"));
        x.append("   <dc:language><rdf:Bag><rdf:li>").append(escape(language)).append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("   <pdf:Producer>").append(escape(producer)).append("</pdf:Producer>\n")
                .append("   <xmp:CreatorTool>").append(escape(creator)).append("</xmp:CreatorTool>\n")
                .append("  </rdf:Description>\n")
                .append(" </rdf:RDF>\n")
                .append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
