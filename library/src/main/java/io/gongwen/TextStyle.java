package io.gongwen;

/**
 * The type of one element of the document: face, size and weight. The standard makes nothing bold;
 * some local rules do (e.g. level-two headings in bold 楷体), hence the option.
 *
 * @param font the faces per script
 * @param size the font size; positive
 * @param bold whether the text is bold
 */
public record TextStyle(Font font, Length size, boolean bold) {
    public TextStyle {
        if (font == null) {
            throw new InvalidDocumentException("style.font", "must not be null");
        }
        if (size == null || size.points() < 1 || size.points() > 200) {
            throw new InvalidDocumentException("style.size", "must be 1..200 pt: " + size);
        }
    }

    public static TextStyle of(Font font, FontSize size) {
        return new TextStyle(font, size.length(), false);
    }

    public TextStyle withFont(Font newFont) {
        return new TextStyle(newFont, size, bold);
    }

    public TextStyle withSize(Length newSize) {
        return new TextStyle(font, newSize, bold);
    }

    public TextStyle withBold(boolean newBold) {
        return new TextStyle(font, size, newBold);
    }
}
