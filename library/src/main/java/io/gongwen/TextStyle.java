package io.gongwen;

/**
 * The type of one element of the document: face, size and weight. The standard makes nothing bold;
 * some local rules do (e.g. level-two headings in bold 楷体), hence the option.
 *
 * @param font the faces per script
 * @param size the font size, 1 to 200 pt
 * @param bold whether the text is bold
 */
public record TextStyle(Font font, Length size, boolean bold) {
    /**
     * Checks the components.
     *
     * @param font the faces per script; not null
     * @param size the font size, 1 to 200 pt
     * @param bold whether the text is bold
     * @throws InvalidDocumentException naming {@code style.font} or {@code style.size} if one is null or the
     *                                  size out of range
     */
    public TextStyle {
        if (font == null) {
            throw new InvalidDocumentException("style.font", "must not be null");
        }
        if (size == null || size.points() < 1 || size.points() > 200) {
            throw new InvalidDocumentException("style.size", "must be 1..200 pt: " + size);
        }
    }

    /**
     * A style in a named size, not bold.
     *
     * @param font the faces per script
     * @param size the named size (字号)
     * @return the style
     */
    public static TextStyle of(Font font, FontSize size) {
        return new TextStyle(font, size.length(), false);
    }

    /**
     * This style with other faces.
     *
     * @param newFont the faces per script
     * @return a new style of the same size and weight
     */
    public TextStyle withFont(Font newFont) {
        return new TextStyle(newFont, size, bold);
    }

    /**
     * This style in another size.
     *
     * @param newSize the font size, 1 to 200 pt
     * @return a new style with the same faces and weight
     */
    public TextStyle withSize(Length newSize) {
        return new TextStyle(font, newSize, bold);
    }

    /**
     * This style bold or not.
     *
     * @param newBold {@code true} for bold
     * @return a new style with the same faces and size
     */
    public TextStyle withBold(boolean newBold) {
        return new TextStyle(font, size, newBold);
    }
}
