package io.gongwen.docx.write;

/**
 * The styles the writer defines, with the ids the body refers to and the names Word shows. Built-in
 * styles use Word's built-in English names (Word translates them in its UI and treats them as its
 * own: "heading 1" gives the navigation pane its outline); our own use Chinese names a clerk knows.
 */
enum StyleId {
    NORMAL("Normal", "Normal"),
    TITLE("Title", "Title"),
    HEADING_1("Heading1", "heading 1"),
    HEADING_2("Heading2", "heading 2"),
    HEADING_3("Heading3", "heading 3"),
    HEADING_4("Heading4", "heading 4"),
    ADDRESSEE("Addressee", "主送机关"),
    SIGNATURE("Signature", "发文机关署名"),
    DATE("Date", "成文日期"),
    NOTE("Note", "附注"),
    FOOTER("Footer", "footer"),
    /** Table cells: the table size, single line spacing, no indent, off the page grid. */
    TABLE_TEXT("TableText", "表格文字"),
    /** Header-row cells: as {@link #TABLE_TEXT} in the header face. */
    TABLE_HEADER("TableHeader", "表头文字"),
    /** 份号, 密级, 紧急程度 at the top left of the head block. */
    HEAD_LINE("HeadLine", "版头"),
    /** 发文机关标志: red, centred. */
    MARK("Mark", "发文机关标志"),
    /** 发文字号 (and an order's 令号): centred. */
    DOCUMENT_NUMBER("DocumentNumber", "发文字号"),
    /** 附件说明: indents set per paragraph. */
    ATTACHMENT_NOTE("AttachmentNote", "附件说明"),
    /** The 附件 label on an attachment's first line. */
    ATTACHMENT_LABEL("AttachmentLabel", "附件标签"),
    /** The attendance lists of minutes. */
    ATTENDANCE("Attendance", "出席人员"),
    /** 版记 lines. */
    COLOPHON("Colophon", "版记"),
    /** Character style: 密级, 紧急程度, and the labels 出席/请假/列席 in 黑体. */
    LABEL_CHAR("LabelChar", "标签字符"),
    /** Character style: the names of 签发人 in 楷体. */
    SIGNER_CHAR("SignerChar", "签发人姓名"),
    /** The title of a document this one issues or forwards: as {@link #TITLE}, apart from the notice's own. */
    ISSUED_TITLE("IssuedTitle", "印发文件标题"),
    /** The line in parentheses under an issued document's title: centred, in 楷体. */
    ISSUED_SUBTITLE("IssuedSubtitle", "印发文件题注"),
    /** An issued document's own closing lines (a forwarded report's signature and date): right-aligned. */
    ISSUED_CLOSING("IssuedClosing", "印发文件落款"),
    /** A regulation's chapter, part or section title ("第一章　总则"): centred, in 黑体. */
    CHAPTER("Chapter", "章节标题"),
    /** Character style: an article's number ("第一条") in 黑体. */
    ARTICLE_LABEL_CHAR("ArticleLabelChar", "条文序号"),
    /** Character style: the body text that follows a run-in heading. */
    BODY_TEXT_CHAR("BodyTextChar", "正文字符"),
    /** A footnote's text: the notes' face and size, single-spaced, off the page grid, not indented. */
    FOOTNOTE_TEXT("FootnoteText", "footnote text"),
    /** An endnote's text: as {@link #FOOTNOTE_TEXT}. */
    ENDNOTE_TEXT("EndnoteText", "endnote text"),
    /** Character style: a footnote's mark, raised, in the body and before the note. */
    FOOTNOTE_REFERENCE("FootnoteReference", "footnote reference"),
    /** Character style: an endnote's mark, raised. */
    ENDNOTE_REFERENCE("EndnoteReference", "endnote reference");

    final String id;
    final String displayName;

    StyleId(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    static StyleId heading(io.gongwen.HeadingLevel level) {
        return values()[HEADING_1.ordinal() + level.ordinal()];
    }
}
