package io.gongwen;

/** The layouts GB/T 9704-2012 defines: the general one (§5–§9) and the special formats of §10. */
public enum DocumentFormat {
    /** 通用格式: the head block with the red mark 35 mm below the text block's top, the red rule, the body. */
    GENERAL,
    /**
     * 信函格式 (§10.1): the mark 30 mm from the paper's top edge, red double lines 170 mm long under it and
     * 20 mm above the paper's bottom edge, the document number flush right, no page number on the first
     * page, and a colophon without 印发机关 and 印发日期.
     */
    LETTER,
    /**
     * 命令（令）格式 (§10.2): the mark (the issuer's name followed by 命令 or 令) 20 mm below the text
     * block's top, the order number (令号, "第N号") centred two lines below it, the text two lines below
     * that, closed by the signatory's title and signature seal.
     */
    ORDER,
    /**
     * 纪要格式 (§10.3): the mark "……纪要" 35 mm below the text block's top, and after the text the
     * attendance lists (出席, 请假, 列席).
     */
    MINUTES
}
