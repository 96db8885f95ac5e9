package io.gongwen;

/** 紧急程度: printed at the top left of the head block (GB/T 9704-2012 §7.2.3). */
public enum Urgency {
    /** 特急 */
    EXTRA_URGENT("特急"),
    /** 加急 */
    URGENT("加急");

    private final String text;

    Urgency(String text) {
        this.text = text;
    }

    /**
     * The word as printed, e.g. "特急".
     *
     * @return the word, two characters
     */
    public String text() {
        return text;
    }
}
