package io.gongwen.docx;

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
    /** Character style: the body text that follows a run-in heading. */
    BODY_TEXT_CHAR("BodyTextChar", "正文字符");

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
