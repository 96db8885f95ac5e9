package io.gongwen.docx.write;

import java.io.OutputStream;

import static io.gongwen.docx.write.OrderedElement.Settings;

/** Writes {@code word/settings.xml}. */
final class SettingsPart {
    private SettingsPart() {
    }

    static void write(OutputStream out, PageGeometry page) {
        try (WordXml xml = new WordXml(out, "word/settings.xml", "settings")) {
            OrderedElement.settings()
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
}
