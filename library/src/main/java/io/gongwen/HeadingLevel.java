package io.gongwen;

/**
 * The four levels of the body's structure (GB/T 9704-2012 §7.3.3). The level decides the ordinal form
 * and the font: 一、 in 黑体, （一） in 楷体, 1. and （1） in 仿宋 (see {@link Specification}).
 */
public enum HeadingLevel {
    ONE, TWO, THREE, FOUR;

    /** 1 to 4. */
    public int number() {
        return ordinal() + 1;
    }

    /** The level for 1 to 4. */
    public static HeadingLevel of(int number) {
        if (number < 1 || number > 4) {
            throw new InvalidDocumentException("level", "must be 1..4: " + number);
        }
        return values()[number - 1];
    }
}
