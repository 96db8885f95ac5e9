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
    public Font {
        eastAsia = Checks.fontName("font.eastAsia", eastAsia);
        latin = Checks.fontName("font.latin", latin);
    }

    /** One face for every script. */
    public static Font of(String face) {
        return new Font(face, face);
    }

    /** A Chinese face with Times New Roman for Latin letters and digits, as most offices use. */
    public static Font chinese(String eastAsia) {
        return new Font(eastAsia, "Times New Roman");
    }
}
