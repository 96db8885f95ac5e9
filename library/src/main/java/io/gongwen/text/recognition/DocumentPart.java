package io.gongwen.text.recognition;

/**
 * What a paragraph of the head block, the closing or the colophon was recognised as, finer than its
 * {@link io.gongwen.DocumentElement} (份号, 发文字号, 署名 and 成文日期 all take the body's type, but
 * each has a place and an alignment of its own), and the parts of the body and the attachments that
 * the writer sets apart: attendance lists, attachments' labels and titles, chapters and articles. The
 * report of what reformatting changed compares each part's faces, sizes and layout with the writer's.
 */
public enum DocumentPart {
    /** 份号. */
    COPY_NUMBER,
    /** 密级和保密期限. */
    SECRECY,
    /** 紧急程度. */
    URGENCY,
    /** 发文机关标志. */
    MARK,
    /** 发文字号 (or the number of minutes). */
    DOCUMENT_NUMBER,
    /** A line of 签发人 (with the 发文字号 when they share it). */
    SIGNERS,
    /** 主送机关. */
    ADDRESSEE,
    /** 附件说明, each of its lines. */
    ATTACHMENT_NOTE,
    /** 署名. */
    SIGNATURE,
    /** 成文日期. */
    DATE,
    /** 附注. */
    NOTE,
    /** The closing of a document this one issues or forwards (its signature and date). */
    ISSUED_CLOSING,
    /** 抄送机关. */
    COPY_TO,
    /** 印发机关和印发日期. */
    PRINTED_BY,
    /** A line of the attendance lists of minutes (出席, 请假, 列席: a label in 黑体, then the names). */
    ATTENDANCE,
    /** The 附件 label on an attachment's first line ("附件1"). */
    ATTACHMENT_LABEL,
    /** A line of an attachment's title, on its first page. */
    ATTACHMENT_TITLE,
    /** A chapter's, part's or section's title ("第一章　总则"). */
    CHAPTER,
    /** An article ("第一条　……": its number in 黑体, then body text). */
    ARTICLE
}
