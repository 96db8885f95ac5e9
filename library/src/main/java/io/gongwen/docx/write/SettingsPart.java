package io.gongwen.docx.write;

import java.io.OutputStream;

import static io.gongwen.docx.write.OrderedElement.Settings;

/** Writes {@code word/settings.xml}. */
final class SettingsPart {
    private SettingsPart() {
    }

    static void write(OutputStream out, PageGeometry page) {
        write(out, page, null, null);
    }

    /**
     * The settings, with the numbering of footnotes and endnotes when the document has them (null
     * when it has none): as the document numbers them, by default Arabic numerals from 1 on through
     * the document (Word's default for both, but for the roman numerals Word gives endnotes, which a
     * 公文 does not use), footnotes at the page's foot, endnotes at the document's end, each naming
     * the part's two separator notes.
     */
    static void write(OutputStream out, PageGeometry page, io.gongwen.NoteNumbering footnotes,
                      io.gongwen.NoteNumbering endnotes) {
        try (WordXml xml = new WordXml(out, "word/settings.xml", "settings")) {
            OrderedElement<Settings> settings = OrderedElement.settings();
            if (footnotes != null) {
                settings.set(Settings.footnotePr, x -> notes(x, "footnote", "pageBottom", footnotes));
            }
            if (endnotes != null) {
                settings.set(Settings.endnotePr, x -> notes(x, "endnote", "docEnd", endnotes));
            }
            settings
                    .set(Settings.zoom, "percent", "100")
                    .set(Settings.defaultTabStop, "val", Long.toString(2 * page.characterPitch))
                    // without this, Word and LibreOffice ignore the even-page footer (spec §8.2)
                    .set(Settings.evenAndOddHeaders)
                    // no punctuation compression: every character keeps one grid cell, 28 to a line
                    .set(Settings.characterSpacingControl, "val", "doNotCompress")
                    .set(Settings.compat, x -> x.start("compat").start("compatSetting")
                            .attr("name", "compatibilityMode").attr("uri", "http://schemas.microsoft.com/office/word")
                            .attr("val", "15").end().end())
                    .set(Settings.themeFontLang, "val", "en-US", "eastAsia", "zh-CN")
                    .writeChildrenTo(xml);
        }
    }

    /** {@code w:footnotePr} or {@code w:endnotePr} of the settings (CT_FtnDocProps, §17.11.12). */
    private static void notes(WordXml xml, String kind, String position, io.gongwen.NoteNumbering numbering) {
        xml.start(kind + "Pr");
        xml.empty("pos", "val", position);
        NotesPart.numbering(xml, numbering);
        xml.empty(kind, "id", "-1");
        xml.empty(kind, "id", "0");
        xml.end();
    }
}
