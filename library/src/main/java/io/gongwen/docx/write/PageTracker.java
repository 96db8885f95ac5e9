package io.gongwen.docx.write;

/**
 * Follows where the writer is on the page as it writes, from the same arithmetic the layout rests
 * on: every body line is exactly one line pitch high and holds the text block's width of characters
 * (a full-width character one pitch, a half-width one half). It is an estimate — a kinsoku shift or
 * a table row can differ from the renderer by a line — used only to decide where the colophon goes
 * (the foot of an even page) and whether a blank page is needed before it.
 */
public final class PageTracker {
    private final PageGeometry page;
    private final boolean measuring;
    private final long portraitHeight;
    private final long landscapeHeight;
    private long pageHeight;
    private boolean landscape;
    private int pageNumber = 1;
    private long y;

    /**
     * @param measuring whether anything will ask where the text ends; if not, paragraphs are not
     *                  measured (it would be a second pass over every character of the document)
     */
    public PageTracker(PageGeometry page, boolean measuring) {
        this.page = page;
        this.measuring = measuring;
        this.portraitHeight = page.pageHeight - page.top - page.bottom;
        this.landscapeHeight = page.pageWidth - page.landscapeTop - page.landscapeBottom;
        this.pageHeight = portraitHeight;
    }

    /**
     * Turns to landscape pages (for a landscape table) or back to portrait: a section break, so a
     * new page, whose text block is as tall as the turned page allows. Nothing if already so.
     */
    public void turn(boolean toLandscape) {
        if (toLandscape != landscape) {
            landscape = toLandscape;
            pageHeight = toLandscape ? landscapeHeight : portraitHeight;
            newPage();
        }
    }

    /**
     * A table's rows, none split across pages: a row that does not fit starts a new page, which
     * begins with the table's header rows repeated.
     */
    public void table(long[] rowHeights, int headerRows) {
        long header = 0;
        for (int r = 0; r < headerRows && r < rowHeights.length; r++) {
            header += rowHeights[r];
        }
        for (int r = 0; r < rowHeights.length; r++) {
            if (r >= headerRows && y > 0 && y + rowHeights[r] > pageHeight) {
                newPage();
                y = Math.min(header, pageHeight / 2);
            }
            block(rowHeights[r]);
        }
    }

    /** Whether anything will ask where the text ends (a colophon will be placed). */
    boolean measuring() {
        return measuring;
    }

    public int page() {
        return pageNumber;
    }

    /** Whether nothing stands on the current page yet. */
    boolean atTopOfPage() {
        return y == 0;
    }

    /** Twips left on the current page. */
    public long remaining() {
        return pageHeight - y;
    }

    /** A block of fixed height that cannot break (a head block line, a table row). */
    void block(long height) {
        if (y + height > pageHeight && y > 0) {
            newPage();
        }
        y += height;
        while (y > pageHeight) {
            y -= pageHeight;
            pageNumber++;
        }
    }

    /** {@code n} body lines that may break across pages. */
    public void lines(int n) {
        for (int i = 0; i < n; i++) {
            block(page.linePitch);
        }
    }

    /** A one-line heading kept with the line that follows it (keepNext). */
    void heading() {
        if (y > 0 && y + 2 * page.linePitch > pageHeight) {
            newPage();
        }
        block(page.linePitch);
    }

    /** A page break before a paragraph: a new page, unless nothing stands on this one yet. */
    public void breakPage() {
        if (y > 0) {
            newPage();
        }
    }

    void newPage() {
        pageNumber++;
        y = 0;
    }

    /** The lines a paragraph takes, wrapped greedily at the text width less the indents. */
    int linesOf(String text, long firstLineIndent, long left, long right) {
        return linesOf(text, "", firstLineIndent, left, right);
    }

    /**
     * The lines a paragraph of {@code head} followed by {@code text} takes (a run-in heading and its
     * text, a label and its names), measured without joining them: this runs for every paragraph.
     */
    int linesOf(String head, String text, long firstLineIndent, long left, long right) {
        if (!measuring) {
            return 1;
        }
        long width = page.textWidth - left - right;
        long pitch = page.characterPitch;
        int lines = 1;
        long x = firstLineIndent;
        for (String part : new String[] {head, text}) {
            for (int i = 0; i < part.length(); ) {
                int cp = part.codePointAt(i);
                long w = PageGeometry.isHalfWidth(cp) ? pitch / 2 : pitch;
                if (x + w > width + pitch / 4) {
                    lines++;
                    x = 0;
                }
                x += w;
                i += Character.charCount(cp);
            }
        }
        return lines;
    }
}
