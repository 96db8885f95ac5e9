package io.gongwen.layout;

/** What a laid-out line is, for the writers (bookmarks, tagging) and for tests that ask where things are. */
public enum LineRole {
    /** 份号, 密级 or 紧急程度 at the head block's top left. */
    HEAD,
    /** The red mark (发文机关标志). */
    MARK,
    /** The document number (发文字号), with the 签发人 on its line if any. */
    DOCUMENT_NUMBER,
    /** A line of the title (标题), centred. */
    TITLE,
    /** The line in parentheses under an issued document's title ("（……通过）"), centred. */
    SUBTITLE,
    /** A line of the main recipients (主送机关), flush left. */
    ADDRESSEE,
    /** A line of a body paragraph, a run-in heading's paragraph or an article. */
    BODY,
    /** A line of a heading that stands on its own, or a chapter title. */
    HEADING,
    /** A line of text in a table's body cell. */
    TABLE_CELL,
    /** A line of text in a table's header cell, on every page the table runs onto. */
    TABLE_HEADER,
    /** A line of minutes' attendance lists (出席, 请假, 列席). */
    ATTENDANCE,
    /** A line of the attachment note (附件说明). */
    ATTACHMENT_NOTE,
    /** The issuing body's signature (发文机关署名), a signatory's title beside a signature seal, or a closing line of an issued document. */
    SIGNATURE,
    /** The date (成文日期). */
    DATE,
    /** An attachment's label, "附件" or "附件2", on the first row of its first page. */
    ATTACHMENT_LABEL,
    /** A line of the note (附注). */
    NOTE,
    /** A line of a footnote (脚注), at the foot of the page that carries its mark, below the separator rule. */
    FOOTNOTE,
    /** A line of an endnote (尾注), after the document's last text, below the separator rule. */
    ENDNOTE,
    /** A line of the colophon (版记): 抄送, or 印发机关 with 印发日期. */
    COLOPHON,
    /** The page number "— N —" below the text block. */
    PAGE_NUMBER
}
