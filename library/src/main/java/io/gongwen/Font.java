package io.gongwen;

import io.gongwen.internal.Checks;

/**
 * A typeface per script. Word picks the face per character: {@code eastAsia} for Chinese characters,
 * {@code latin} (written to both {@code w:ascii} and {@code w:hAnsi}) for Latin letters and digits.
 * The document names the faces; the machine that opens it must have them installed.
 *
 * @param eastAsia the Chinese face, e.g. {@code 仿宋_GB2312}
 * @param latin the face for Latin letters and digits, e.g. {@code Times New Roman}
 */
public record Font(String eastAsia, String latin) {
    /**
     * Checks the face names.
     *
     * @param eastAsia the Chinese face; not blank, at most 31 characters (Word cuts longer names)
     * @param latin the face for Latin letters and digits; not blank, at most 31 characters
     * @throws InvalidDocumentException naming {@code font.eastAsia} or {@code font.latin} if a name is blank
     *                                  or too long
     */
    public Font {
        eastAsia = Checks.fontName("font.eastAsia", eastAsia);
        latin = Checks.fontName("font.latin", latin);
    }

    /**
     * One face for every script.
     *
     * @param face the face's name, e.g. {@code 宋体}; not blank, at most 31 characters
     * @return the font, {@code face} for both scripts
     */
    public static Font of(String face) {
        return new Font(face, face);
    }

    /**
     * A Chinese face with Times New Roman for Latin letters and digits, as most offices use.
     *
     * @param eastAsia the Chinese face's name, e.g. {@code 仿宋_GB2312}; not blank, at most 31 characters
     * @return the font
     */
    public static Font chinese(String eastAsia) {
        return new Font(eastAsia, "Times New Roman");
    }
}
