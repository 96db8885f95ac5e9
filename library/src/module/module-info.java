/**
 * gongwen4j: Chinese official documents (党政机关公文) laid out to GB/T 9704-2012.
 *
 * <p>The API is four packages: {@code io.gongwen} (the model, its builder and the specification),
 * {@code io.gongwen.text} (reading drafts and existing .docx files into the model),
 * {@code io.gongwen.check} (checking text and .docx files against the standard) and
 * {@code io.gongwen.docx} ({@link io.gongwen.docx.WordDocument}, a .docx opened once for the reader
 * and the checker). The .docx writer, the .docx reader's parsing, the recognisers and the argument checks
 * are in packages that are not exported.
 *
 * <p>On the module path POI's own descriptor requires {@code org.apache.poi.ooxml.schemas}: add
 * {@code poi-ooxml-lite} beside {@code poi-ooxml} there. On the class path the library needs neither
 * {@code poi-ooxml-lite} nor {@code poi-ooxml-full}.
 */
module io.gongwen {
    requires org.apache.poi.ooxml;
    requires java.xml;
    requires java.desktop;
    requires org.snakeyaml.engine;
    requires hanlp.portable;

    exports io.gongwen;
    exports io.gongwen.text;
    exports io.gongwen.check;
    exports io.gongwen.docx;

    // the page modules (PDF, OFD) replace files as the .docx writer does
    exports io.gongwen.internal to io.gongwen.layout, io.gongwen.ofd;

    uses io.gongwen.DocumentWriter;
    provides io.gongwen.DocumentWriter with io.gongwen.docx.write.DocxFormat;
}
