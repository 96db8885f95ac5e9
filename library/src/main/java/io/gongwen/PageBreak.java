package io.gongwen;

/**
 * A page break the author put in the body on purpose: what follows starts on a new page. Two of the
 * three kinds also turn the page: the pages from a {@link #LANDSCAPE} break to the next
 * {@link #PORTRAIT} one are landscape pages, as a landscape table's are (GB/T 9704-2012 §8: A4
 * turned, its head on the paper's left edge, the text block covering the portrait one exactly, the
 * page numbers running on where they print on every other page). Build a landscape stretch with
 * {@link BodyBuilder#landscape}, which puts the two breaks round it.
 *
 * <p>The breaks of a body (the document's, an attachment's, an issued document's) follow each
 * other as its pages do, read in order through its sections; {@link OfficialDocument.Builder#build()}
 * refuses what would leave a page empty or the orientation undecided: two breaks with nothing
 * between them, a {@link #PAGE} break with nothing after it in its body (what follows a body, the
 * closing or an attachment, is placed by the writer), a landscape stretch inside another or one not
 * ended before its body ends, a {@link #PORTRAIT} break outside a stretch, and a page break right
 * before or after a landscape table, which has pages of its own already. A {@link #PORTRAIT} break
 * may end a body: the closing then starts a portrait page.
 */
public enum PageBreak implements Block {
    /** A new page, turned as the page before it: portrait, or landscape within a landscape stretch. */
    PAGE,
    /** A new page, and landscape pages from here on: a landscape stretch starts. */
    LANDSCAPE,
    /** A new page, and portrait pages again: the landscape stretch ends. */
    PORTRAIT
}
