package io.gongwen.docx;

import io.gongwen.DocumentElement;
import io.gongwen.Length;
import io.gongwen.Specification;

/**
 * The specification's page in WordprocessingML units (twips), computed once per document. Nothing
 * else in the writer converts lengths.
 */
final class PageGeometry {
    /**
     * How far the centre of an em dash sits above the bottom of a single-spaced footer line, in ems of
     * the page-number font. Measured in LibreOffice 7.4 with the 宋体 stand-in: {@code w:footer="1446"}
     * put the dash 6.6 mm below the text block (spec §8.2), i.e. 2.9 mm = 0.58 em of 14 pt above the line
     * bottom.
     */
    private static final double DASH_ABOVE_LINE_BOTTOM_EM = 0.58;

    final long pageWidth;
    final long pageHeight;
    final long top;
    final long bottom;
    final long left;
    final long right;
    final long header;
    final long footer;
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
    /** The footer distance that keeps the page number as far below a landscape text block as below a portrait one. */
    final long landscapeFooter;

    /** Table rules: 0.5 pt, in eighths of a point (the unit of border {@code w:sz}). */
    final long tableBorder;
    /** The white space left and right of a cell's text: 1 mm (57 twips). */
    final long cellMargin;

    PageGeometry(Specification spec) {
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
        tableBorder = Math.round(Length.pt(0.5).points() * 8);
        cellMargin = Length.mm(1).toTwips();
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
}
