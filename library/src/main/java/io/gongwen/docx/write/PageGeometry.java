package io.gongwen.docx.write;

import io.gongwen.DocumentElement;
import io.gongwen.Length;
import io.gongwen.Specification;

/**
 * The specification's page in WordprocessingML units (twips), computed once per document. Nothing
 * else in the writer converts lengths.
 */
public final class PageGeometry {
    /** The space a table cell keeps between its left and right edges and its text, each side ({@code w:tblCellMar}). */
    public static final Length CELL_MARGIN = Length.mm(1);

    /**
     * How far the centre of an em dash sits above the bottom of a single-spaced footer line, in ems of
     * the page-number font. Measured in LibreOffice 7.4 with the 宋体 stand-in: {@code w:footer="1446"}
     * put the dash 6.6 mm below the text block (spec §8.2), i.e. 2.9 mm = 0.58 em of 14 pt above the line
     * bottom.
     */
    private static final double DASH_ABOVE_LINE_BOTTOM_EM = 0.58;
    /**
     * How far the centre of an em dash sits from the middle of a line of 14 pt text towards the line's
     * bottom, in ems: measured in LibreOffice 7.4 with the 宋体 stand-in on a turned page number (a text
     * box centred on 28.0 mm put the dash's ink at 27.16 mm, 0.84 mm = 0.17 em off).
     */
    private static final double DASH_BELOW_LINE_MIDDLE_EM = 0.17;
    /** The turned page number's box: two ems across the line, eight along it ("— 99999 —" is 5.5). */
    private static final double TURNED_NUMBER_DEPTH_EM = 2;
    private static final double TURNED_NUMBER_LENGTH_EM = 8;

    final long pageWidth;
    final long pageHeight;
    final long top;
    final long bottom;
    final long left;
    final long right;
    final long header;
    public final long footer;
    final long textWidth;
    final long linePitch;
    /** The advance of one body character, spacing included: 315 twips by default. */
    final long characterPitch;
    /** Body character spacing in twips (−5 by default). */
    final long characterSpacing;
    final long pageNumberIndent;

    /**
     * The landscape page a turned table is printed on (GB/T 9704-2012 §8): the portrait page turned a
     * quarter turn so that its top edge lies on the paper's left (binding) edge. Each margin is the
     * portrait margin that lies on the same edge of the paper, so the turned text block covers the
     * portrait text block exactly: top = portrait left, bottom = portrait right, left = portrait
     * bottom, right = portrait top.
     */
    final long landscapeTop;
    final long landscapeBottom;
    final long landscapeLeft;
    final long landscapeRight;
    final long landscapeTextWidth;
    /**
     * The landscape section's footer distance. Its footers hold nothing that takes room (the number is
     * a box placed on the page, see {@link #turnedNumberLeft}); this keeps their empty paragraph where
     * the footer of a portrait page would stand relative to its text block.
     */
    final long landscapeFooter;

    /**
     * The page number of a landscape page, a text box placed on the page (twips from the landscape
     * page's left and top edges) so that the number prints where it prints on a portrait page
     * (GB/T 9704-2012 §8). The turned page's left edge is the paper's bottom edge and its top edge the
     * paper's left edge (see {@link #landscapeTop}). So the number stands in the landscape page's left
     * margin, its dash {@code pageNumberDrop} (7 mm) left of the text block, running top to bottom with
     * its letters turned a quarter turn clockwise (their tops towards the text block): upright when the
     * paper is held upright. On an odd page it ends {@code pageNumberIndent} above the text block's
     * bottom edge (the paper's right side), on an even page it starts that far below the block's top
     * edge (the paper's left side).
     */
    final long turnedNumberLeft;
    /** The box's extent across the line (landscape horizontal). */
    final long turnedNumberDepth;
    /** The box's extent along the line (landscape vertical). */
    final long turnedNumberLength;
    /** The box's top on an odd page: the number, aligned to the box's end, ends one character above the block's bottom. */
    final long turnedNumberOddTop;
    /** The box's top on an even page: the number, aligned to the box's start, starts one character below the block's top. */
    final long turnedNumberEvenTop;

    /** Table rules: 0.5 pt, in eighths of a point (the unit of border {@code w:sz}). */
    final long tableBorder;
    /** The white space left and right of a cell's text: 1 mm (57 twips). */
    final long cellMargin;

    public PageGeometry(Specification spec) {
        pageWidth = spec.pageWidth().toTwips();
        pageHeight = spec.pageHeight().toTwips();
        top = spec.marginTop().toTwips();
        bottom = spec.marginBottom().toTwips();
        left = spec.marginLeft().toTwips();
        right = spec.marginRight().toTwips();
        textWidth = pageWidth - left - right;
        linePitch = spec.linePitch().toTwips();
        characterPitch = spec.characterPitch().toTwips();
        characterSpacing = spec.characterSpacing().toTwips();
        pageNumberIndent = spec.pageNumberIndent().toTwips();
        Length pageNumberSize = spec.style(DocumentElement.PAGE_NUMBER).size();
        Length footerDistance = spec.marginBottom().minus(spec.pageNumberDrop())
                .minus(pageNumberSize.times(DASH_ABOVE_LINE_BOTTOM_EM));
        footer = Math.max(0, footerDistance.toTwips());
        // Word's default header distance (15 mm); nothing is written in the header
        header = Math.min(top, Length.mm(15).toTwips());

        landscapeTop = left;
        landscapeBottom = right;
        landscapeLeft = bottom;
        landscapeRight = top;
        landscapeTextWidth = pageHeight - landscapeLeft - landscapeRight;
        landscapeFooter = Math.max(0, landscapeBottom - (bottom - footer));
        long numberSize = pageNumberSize.toTwips();
        turnedNumberDepth = Math.round(numberSize * TURNED_NUMBER_DEPTH_EM);
        turnedNumberLength = Math.round(numberSize * TURNED_NUMBER_LENGTH_EM);
        // the line is centred across the box; the dash sits a little off the line's middle, towards
        // the letters' feet, i.e. towards the paper's bottom edge, the landscape page's left
        long dashX = landscapeLeft - spec.pageNumberDrop().toTwips();
        turnedNumberLeft = dashX + Math.round(numberSize * DASH_BELOW_LINE_MIDDLE_EM) - turnedNumberDepth / 2;
        turnedNumberOddTop = pageWidth - landscapeBottom - pageNumberIndent - turnedNumberLength;
        turnedNumberEvenTop = landscapeTop + pageNumberIndent;
        tableBorder = Math.round(Length.pt(0.5).points() * 8);
        cellMargin = CELL_MARGIN.toTwips();
    }

    /** Whether a character takes half a grid cell: Latin letters, ASCII digits, half-width forms. */
    static boolean isHalfWidth(int codePoint) {
        return codePoint < 0x2E80 || (codePoint >= 0xFF61 && codePoint <= 0xFFDC);
    }

    /**
     * The width of a line of body text in twips, counting a full-width character as one character
     * pitch and a half-width one (ASCII, half-width digits) as half of it.
     */
    long textWidth(String text) {
        return textWidth(text, characterPitch);
    }

    /** As {@link #textWidth(String)}, for a full-width character pitch of {@code pitch} twips. */
    static long textWidth(String text, long pitch) {
        long halves = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            halves += isHalfWidth(cp) ? 1 : 2;
            i += Character.charCount(cp);
        }
        return halves * pitch / 2;
    }

    /**
     * The footer distance the writer writes for a specification: the page number's em dashes
     * {@link Specification#pageNumberDrop()} below the text block, for a single-spaced footer line in the
     * page number's size. For checking a .docx against what the writer would have done.
     */
    public static Length footerDistance(Specification spec) {
        if (spec == null) {
            throw new io.gongwen.InvalidDocumentException("specification", "must not be null");
        }
        return Length.twips(new PageGeometry(spec).footer);
    }
}
