package io.gongwen.layout;

import io.gongwen.GongwenException;

/**
 * A face the document names (仿宋_GB2312, 黑体, 方正小标宋简体 …) resolves to no font file: none of
 * the folders searched has a font of that family, and the caller mapped no file to it. The library
 * never ships fonts; map the face with {@link FontResolver.Builder#face(String, java.nio.file.Path)}
 * or install the font.
 */
public final class FontNotFoundException extends GongwenException {
    private static final long serialVersionUID = 1L;

    private final String face;

    /**
     * @param face the face as the document names it
     * @param message what was searched, and how to map the face
     */
    public FontNotFoundException(String face, String message) {
        super(message);
        this.face = face;
    }

    /** The face that could not be resolved, as the document names it. */
    public String face() {
        return face;
    }
}
