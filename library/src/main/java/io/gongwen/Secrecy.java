package io.gongwen;

/** 密级: the classification printed at the top left of the head block (GB/T 9704-2012 §7.2.2). */
public enum Secrecy {
    /** 绝密 */
    TOP_SECRET("绝密"),
    /** 机密 */
    SECRET("机密"),
    /** 秘密 */
    CONFIDENTIAL("秘密");

    private final String text;

    Secrecy(String text) {
        this.text = text;
    }

    /**
     * The word as printed, e.g. "机密".
     *
     * @return the word, two characters
     */
    public String text() {
        return text;
    }
}
