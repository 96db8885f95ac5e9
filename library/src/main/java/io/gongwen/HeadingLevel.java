package io.gongwen;

/**
 * The four levels of the body's structure (GB/T 9704-2012 §7.3.3). The level decides the ordinal form
 * and the font: 一、 in 黑体, （一） in 楷体, 1. and （1） in 仿宋 (see {@link Specification}).
 */
public enum HeadingLevel {
    /** The first level; the standard numbers it 一、 in 黑体. */
    ONE,
    /** The second level; the standard numbers it （一） in 楷体. */
    TWO,
    /** The third level; the standard numbers it 1. in 仿宋. */
    THREE,
    /** The fourth level; the standard numbers it （1） in 仿宋. */
    FOUR;

    /**
     * The level's number.
     *
     * @return 1 to 4, 1 for the top level
     */
    public int number() {
        return ordinal() + 1;
    }

    /**
     * The level for 1 to 4.
     *
     * @param number the level's number, 1 to 4
     * @return {@link #ONE} for 1 to {@link #FOUR} for 4
     * @throws InvalidDocumentException naming {@code level} if the number is out of range
     */
    public static HeadingLevel of(int number) {
        if (number < 1 || number > 4) {
            throw new InvalidDocumentException("level", "must be 1..4: " + number);
        }
        return values()[number - 1];
    }
}
