package io.gongwen;

/** The parts of a document that have a type style of their own in {@link Specification}. */
public enum DocumentElement {
    /** 正文 and everything that follows its type: 主送机关, 署名, 成文日期, 附注. Standard: 3号 仿宋. */
    BODY,
    /** 标题. Standard: 2号 小标宋. */
    TITLE,
    /** 一、 headings. Standard: 3号 黑体. */
    HEADING_1,
    /** （一） headings. Standard: 3号 楷体. */
    HEADING_2,
    /** 1. headings. Standard: 3号 仿宋. */
    HEADING_3,
    /** （1） headings. Standard: 3号 仿宋. */
    HEADING_4,
    /** 页码 "— 1 —". Standard: 4号 宋体. */
    PAGE_NUMBER,
    /** Text in table cells. The standard is silent; practice: 4号 仿宋. */
    TABLE,
    /** Text in table header rows. Practice: 4号 黑体. */
    TABLE_HEADER,
    /**
     * 发文机关标志, the red mark. Standard: 小标宋, size left to the issuer; default 初号 (42 pt), condensed
     * horizontally when a long name would not fit the text width.
     */
    MARK,
    /** 密级, 紧急程度, the 附件 label of an attachment and the 出席/请假/列席 labels of minutes. Standard: 3号 黑体. */
    LABEL,
    /** The names of 签发人. Standard: 3号 楷体. */
    SIGNER,
    /** 版记: 抄送机关, 印发机关和印发日期. Standard: 4号 仿宋. */
    COLOPHON,
    /**
     * The text of footnotes and endnotes ({@link Note}). GB/T 9704-2012 says nothing of them; the
     * default is 小四 (12 pt) 仿宋, the body's face a size smaller, as offices print them.
     */
    NOTE;

    /**
     * The heading element of a level.
     *
     * @param level the heading level
     * @return {@link #HEADING_1} to {@link #HEADING_4}
     */
    public static DocumentElement heading(HeadingLevel level) {
        return values()[HEADING_1.ordinal() + level.ordinal()];
    }
}
