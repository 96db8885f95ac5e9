package io.gongwen.testing;

import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Validates the parts we write against the OOXML schemas POI compiles (XMLBeans {@code validate()}). */
public final class Schemas {
    private Schemas() {
    }

    /** Every schema error in the .docx's parts; empty if it is valid. */
    public static List<String> errors(byte[] docxBytes) {
        DocxInspector docx = new DocxInspector(docxBytes);
        List<String> errors = new ArrayList<>();
        try {
            errors.addAll(errors(DocumentDocument.Factory.parse(stream(docx, "word/document.xml"))));
            errors.addAll(errors(StylesDocument.Factory.parse(stream(docx, "word/styles.xml"))));
            errors.addAll(errors(SettingsDocument.Factory.parse(stream(docx, "word/settings.xml"))));
            errors.addAll(errors(FtrDocument.Factory.parse(stream(docx, "word/footer1.xml"))));
            errors.addAll(errors(FtrDocument.Factory.parse(stream(docx, "word/footer2.xml"))));
        } catch (XmlException | IOException e) {
            errors.add(e.toString());
        }
        return errors;
    }

    public static List<String> errors(XmlObject xml) {
        List<XmlError> found = new ArrayList<>();
        xml.validate(new XmlOptions().setErrorListener(found));
        return found.stream().map(Object::toString).toList();
    }

    private static ByteArrayInputStream stream(DocxInspector docx, String part) {
        return new ByteArrayInputStream(docx.bytes(part));
    }
}
