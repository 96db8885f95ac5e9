package io.gongwen;

import java.util.List;

/**
 * The rules that tie a body's page breaks together (see {@link PageBreak}): walked in reading order
 * through the sections, as the pages follow each other.
 */
final class PageBreaks {
    /** The landscape stretch open, the path of its start; null on portrait pages. */
    private String landscape;
    /** The break just passed with nothing after it yet, and where it stands; null after content. */
    private PageBreak pending;
    private String pendingPath;
    /** Where the landscape table just passed (outside a stretch) stands; null after anything else. */
    private String landscapeTable;

    /** The body's name, and the index of the block at each depth of the walk: a path is made only when it is needed. */
    private final String body;
    private int[] trail = new int[8];

    private PageBreaks(String body) {
        this.body = body;
    }

    /** The path of the block at {@code depth}, as "body[3].body[0]", for a message or a place to remember. */
    private String at(int depth) {
        StringBuilder path = new StringBuilder(body);
        for (int d = 0; d <= depth; d++) {
            path.append(d == 0 ? "" : ".body").append('[').append(trail[d]).append(']');
        }
        return path.toString();
    }

    /**
     * Checks the breaks of one body.
     *
     * @param body the body's field, "body" or "attachments[0].body"
     * @throws InvalidDocumentException naming the break that leaves a page empty or the orientation undecided
     */
    static void check(String body, List<Block> blocks) {
        PageBreaks walk = new PageBreaks(body);
        walk.blocks(blocks, 0);
        if (walk.landscape != null) {
            throw new InvalidDocumentException(walk.landscape, "the landscape stretch that starts here is not ended "
                    + "before its body ends: end it with pageBreak(PageBreak.PORTRAIT), or build it with landscape(...)");
        }
        if (walk.pending == PageBreak.PAGE) {
            throw new InvalidDocumentException(walk.pendingPath, "nothing follows the page break in " + body
                    + ": what comes after a body (the closing, an attachment) is placed by the writer, and an "
                    + "attachment, an issued document and the colophon start new pages of their own");
        }
    }

    private void blocks(List<Block> blocks, int depth) {
        if (depth == trail.length) {
            trail = java.util.Arrays.copyOf(trail, 2 * depth);
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            trail[depth] = i;
            if (b instanceof PageBreak kind) {
                pageBreak(kind, at(depth));
                continue;
            }
            if (b instanceof Table t && t.landscape() && landscape == null) {
                if (pending != null) {
                    throw new InvalidDocumentException(pendingPath, "the landscape table right after this page break "
                            + "starts a new page of its own (" + at(depth) + "), so the break would leave a page empty");
                }
                landscapeTable = at(depth);
                continue;
            }
            pending = null;
            landscapeTable = null;
            if (b instanceof Section s) {
                blocks(s.body(), depth + 1);
            }
        }
    }

    private void pageBreak(PageBreak kind, String at) {
        if (pending != null) {
            throw new InvalidDocumentException(at, "two page breaks in a row (" + pendingPath + " and this one) would "
                    + "leave a page empty" + (kind == PageBreak.LANDSCAPE && pending == PageBreak.PORTRAIT
                    ? ": put both landscape stretches in one landscape(...), with pageBreak() between them" : ""));
        }
        if (landscapeTable != null) {
            throw new InvalidDocumentException(at, "the landscape table right before this page break (" + landscapeTable
                    + ") has pages of its own, and the body goes on on a new page after it: the break would leave "
                    + "a page empty");
        }
        if (kind == PageBreak.LANDSCAPE && landscape != null) {
            throw new InvalidDocumentException(at, "a landscape stretch is open already (from " + landscape
                    + "): end it with PageBreak.PORTRAIT before starting another");
        }
        if (kind == PageBreak.PORTRAIT && landscape == null) {
            throw new InvalidDocumentException(at, "PageBreak.PORTRAIT ends a landscape stretch, and none is open here");
        }
        landscape = kind == PageBreak.LANDSCAPE ? at : kind == PageBreak.PORTRAIT ? null : landscape;
        pending = kind;
        pendingPath = at;
    }
}
