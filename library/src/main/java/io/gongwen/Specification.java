package io.gongwen;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every measurement, face, size and numbering form the writer uses, in one immutable object whose
 * defaults ({@link #standard()}) are GB/T 9704-2012. Change what your office does differently with
 * {@link #toBuilder()}:
 *
 * <pre>{@code
 * Specification spec = Specification.standard().toBuilder()
 *     .font(DocumentElement.BODY, Font.chinese("仿宋"))   // 仿宋 instead of 仿宋_GB2312
 *     .linePitch(Length.pt(28))
 *     .build();
 * }</pre>
 *
 * <p>The standard's page: A4, white edges 37 mm top, 28 mm left (binding side), a 156 × 225 mm text
 * block (so 26 mm right, 35 mm bottom), 22 lines of 28 characters. Word and LibreOffice reach 28
 * characters of a 16 pt face in 156 mm only with condensed spacing: the default −0.25 pt per
 * character gives a 15.75 pt pitch (28 × 15.75 = 441 pt ≤ 442.2 pt). The line pitch is exactly
 * 28.95 pt, Word's own pitch for 22 lines in 225 mm.
 *
 * <p>Instances are immutable and safe to share between threads; the builder is not.
 */
public final class Specification {
    private static final Specification STANDARD = new Builder().build();

    private final Length pageWidth;
    private final Length pageHeight;
    private final Length marginTop;
    private final Length marginBottom;
    private final Length marginLeft;
    private final Length marginRight;
    private final Length linePitch;
    private final Length characterSpacing;
    private final Length pageNumberDrop;
    private final Length pageNumberIndent;
    private final Length markDrop;
    private final Length orderMarkDrop;
    private final Length ruleGap;
    private final Length letterMarkTop;
    private final Length letterRuleGap;
    private final Length letterLowerRuleRise;
    private final String red;
    private final Map<DocumentElement, TextStyle> styles;
    private final Map<HeadingLevel, OrdinalFormat> ordinals;

    private Specification(Builder b) {
        this.pageWidth = b.pageWidth;
        this.pageHeight = b.pageHeight;
        this.marginTop = b.marginTop;
        this.marginBottom = b.marginBottom;
        this.marginLeft = b.marginLeft;
        this.marginRight = b.marginRight;
        this.linePitch = b.linePitch;
        this.characterSpacing = b.characterSpacing;
        this.pageNumberDrop = b.pageNumberDrop;
        this.pageNumberIndent = b.pageNumberIndent;
        this.markDrop = b.markDrop;
        this.orderMarkDrop = b.orderMarkDrop;
        this.ruleGap = b.ruleGap;
        this.letterMarkTop = b.letterMarkTop;
        this.letterRuleGap = b.letterRuleGap;
        this.letterLowerRuleRise = b.letterLowerRuleRise;
        this.red = b.red;
        this.styles = Collections.unmodifiableMap(new EnumMap<>(b.styles));
        this.ordinals = Collections.unmodifiableMap(new EnumMap<>(b.ordinals));
        validate();
    }

    /**
     * The defaults of GB/T 9704-2012.
     *
     * @return the one shared instance with the standard's values
     */
    public static Specification standard() {
        return STANDARD;
    }

    /**
     * A builder that starts from the standard.
     *
     * @return a builder holding the standard's values
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this specification.
     *
     * @return a builder holding this specification's values; changing it leaves this one as it is
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private void validate() {
        pageSide("pageWidth", pageWidth);
        pageSide("pageHeight", pageHeight);
        for (var m : Map.of("marginTop", marginTop, "marginBottom", marginBottom,
                "marginLeft", marginLeft, "marginRight", marginRight).entrySet()) {
            if (m.getValue().points() < 0) {
                throw new InvalidDocumentException(m.getKey(), "must not be negative: " + m.getValue());
            }
        }
        Length body = style(DocumentElement.BODY).size();
        if (textWidth().compareTo(body.times(4)) < 0) {
            throw new InvalidDocumentException("marginLeft/marginRight",
                    "leave a text block narrower than four characters: " + textWidth());
        }
        if (textHeight().compareTo(linePitch.times(4)) < 0) {
            throw new InvalidDocumentException("marginTop/marginBottom",
                    "leave a text block lower than four lines: " + textHeight());
        }
        if (linePitch.compareTo(body) < 0 || linePitch.compareTo(body.times(4)) > 0) {
            throw new InvalidDocumentException("linePitch",
                    "must be between the body size and four times it (" + body + "): " + linePitch);
        }
        if (Math.abs(characterSpacing.points()) > body.points() / 2) {
            throw new InvalidDocumentException("characterSpacing",
                    "must be within half the body size either way: " + characterSpacing);
        }
        if (pageNumberDrop.points() < 0 || pageNumberDrop.compareTo(marginBottom) >= 0) {
            throw new InvalidDocumentException("pageNumberDrop",
                    "must lie between the text block and the paper edge (0 to " + marginBottom + "): "
                            + pageNumberDrop);
        }
        // the head block's places are lengths of the standard, not of this page: a small page may put
        // the mark on the next one, as Word would; they are bounded by what a .docx can hold
        Length largest = Length.twips(LARGEST_PAGE_TWIPS);
        for (var m : new java.util.TreeMap<>(Map.of("markDrop", markDrop, "orderMarkDrop", orderMarkDrop, "ruleGap", ruleGap,
                "letterMarkTop", letterMarkTop, "letterRuleGap", letterRuleGap,
                "letterLowerRuleRise", letterLowerRuleRise)).entrySet()) {
            within(m.getKey(), m.getValue(), largest, "the largest page Word holds");
        }
        if (pageNumberIndent.points() < 0 || pageNumberIndent.compareTo(textWidth().times(0.5)) > 0) {
            throw new InvalidDocumentException("pageNumberIndent",
                    "must be between 0 and half the text width: " + pageNumberIndent);
        }
    }

    private static void within(String field, Length value, Length most, String what) {
        if (value.points() < 0 || value.compareTo(most) > 0) {
            throw new InvalidDocumentException(field, "must be between 0 and " + what + " (" + most + "): " + value);
        }
    }

    /**
     * Word holds a page of at most 22 inches a side (31680 twips, 558.8 mm: the schema's bound on
     * {@code w:pgSz}, which the Open XML SDK validator enforces), and its page set-up takes no less
     * than 0.1 inch (144 twips). Every other length is
     * bounded by the page: margins and the page number's place by the text block they leave, the
     * line pitch and character spacing by the body size, which is bounded by {@link TextStyle}.
     */
    private static void pageSide(String field, Length value) {
        if (value.toTwips() < SMALLEST_PAGE_TWIPS || value.toTwips() > LARGEST_PAGE_TWIPS) {
            throw new InvalidDocumentException(field, "must be between " + Length.twips(SMALLEST_PAGE_TWIPS)
                    + " and " + Length.twips(LARGEST_PAGE_TWIPS) + " (22 inches, the largest page Word holds): " + value);
        }
    }

    private static final long SMALLEST_PAGE_TWIPS = 144;
    private static final long LARGEST_PAGE_TWIPS = 31_680;

    /**
     * The paper's width. Standard: 210 mm (A4).
     *
     * @return the width, 2.54 to 558.8 mm
     */
    public Length pageWidth() {
        return pageWidth;
    }

    /**
     * The paper's height. Standard: 297 mm (A4).
     *
     * @return the height, 2.54 to 558.8 mm
     */
    public Length pageHeight() {
        return pageHeight;
    }

    /**
     * 天头: paper edge to the top of the text block. Standard: 37 mm.
     *
     * @return the top margin, not negative
     */
    public Length marginTop() {
        return marginTop;
    }

    /**
     * Paper edge to the bottom of the text block. Standard: 297 − 37 − 225 = 35 mm.
     *
     * @return the bottom margin, not negative
     */
    public Length marginBottom() {
        return marginBottom;
    }

    /**
     * 订口: the binding edge. Standard: 28 mm.
     *
     * @return the left margin, not negative
     */
    public Length marginLeft() {
        return marginLeft;
    }

    /**
     * Paper edge to the right edge of the text block. Standard: 210 − 28 − 156 = 26 mm.
     *
     * @return the right margin, not negative
     */
    public Length marginRight() {
        return marginRight;
    }

    /**
     * Baseline to baseline, exact. Standard: 28.95 pt, so that 22 lines fill the 225 mm block.
     *
     * @return the line pitch, between the body size and four times it
     */
    public Length linePitch() {
        return linePitch;
    }

    /**
     * Added to every character's advance. Standard: −0.25 pt, so that 28 three-号 characters fit 156 mm.
     *
     * @return the spacing; negative condenses, and it is within half the body size either way
     */
    public Length characterSpacing() {
        return characterSpacing;
    }

    /**
     * From the bottom of the text block down to the page number's dashes. Standard: 7 mm.
     *
     * @return the distance, less than the bottom margin
     */
    public Length pageNumberDrop() {
        return pageNumberDrop;
    }

    /**
     * From the text block's edge in to the page number (right on odd pages, left on even). Standard: one 4号
     * character, 14 pt.
     *
     * @return the indent, from 0 to half the text width
     */
    public Length pageNumberIndent() {
        return pageNumberIndent;
    }

    /**
     * From the text block's top down to the top edge of the red mark (发文机关标志). Standard: 35 mm (§7.2.4).
     *
     * @return the distance, 0 to 558.8 mm
     */
    public Length markDrop() {
        return markDrop;
    }

    /**
     * From the text block's top down to the top edge of an order's mark (令). Standard: 20 mm (§10.2).
     *
     * @return the distance, 0 to 558.8 mm
     */
    public Length orderMarkDrop() {
        return orderMarkDrop;
    }

    /**
     * From the foot of the 发文字号 down to the red rule under it. Standard: 4 mm (§7.2.4).
     *
     * @return the gap, 0 to 558.8 mm
     */
    public Length ruleGap() {
        return ruleGap;
    }

    /**
     * From the paper's top edge down to the top edge of a letter's mark. Standard: 30 mm (§10.1).
     *
     * @return the distance, 0 to 558.8 mm
     */
    public Length letterMarkTop() {
        return letterMarkTop;
    }

    /**
     * From the foot of a letter's mark down to its upper red double line. Standard: 4 mm (§10.1).
     *
     * @return the gap, 0 to 558.8 mm
     */
    public Length letterRuleGap() {
        return letterRuleGap;
    }

    /**
     * From the paper's bottom edge up to a letter's lower red double line. Standard: 20 mm (§10.1).
     *
     * @return the distance, 0 to 558.8 mm
     */
    public Length letterLowerRuleRise() {
        return letterLowerRuleRise;
    }

    /**
     * The red of the mark, the red rule and the letter's double lines, as RGB hex ("FF0000" by default).
     *
     * @return six upper-case hex digits RRGGBB
     */
    public String red() {
        return red;
    }

    /**
     * The type of one element.
     *
     * @param element which part of the document: the body, the title, a heading level, …
     * @return its faces, size and weight; every element has one
     */
    public TextStyle style(DocumentElement element) {
        return styles.get(element);
    }

    /**
     * How headings of a level are numbered.
     *
     * @param level the heading level
     * @return the form of its numbers; every level has one
     */
    public OrdinalFormat ordinalFormat(HeadingLevel level) {
        return ordinals.get(level);
    }

    /**
     * The text block's width: page width less left and right margins.
     *
     * @return the width, 156 mm by default
     */
    public Length textWidth() {
        return pageWidth.minus(marginLeft).minus(marginRight);
    }

    /**
     * The text block's height: page height less top and bottom margins.
     *
     * @return the height, 225 mm by default
     */
    public Length textHeight() {
        return pageHeight.minus(marginTop).minus(marginBottom);
    }

    /**
     * The advance of one body character: body size plus character spacing (15.75 pt by default).
     *
     * @return the advance, at least half the body size
     */
    public Length characterPitch() {
        return style(DocumentElement.BODY).size().plus(characterSpacing);
    }

    /**
     * Body characters on a full line, as Word and LibreOffice fit them (28 by default).
     *
     * @return the number of whole characters that fit the text width
     */
    public int charactersPerLine() {
        return (int) Math.floor(textWidth().toTwips() / (double) characterPitch().toTwips());
    }

    /**
     * Title characters on a full line: the text width over the title's size (20 by default).
     *
     * @return the number of whole title characters that fit the text width
     */
    public int titleCharactersPerLine() {
        return (int) Math.floor(textWidth().points() / style(DocumentElement.TITLE).size().points());
    }

    /**
     * Body lines on a full page (22 by default).
     *
     * @return the number of whole line pitches that fit the text height
     */
    public int linesPerPage() {
        return (int) Math.floor(textHeight().toTwips() / (double) linePitch.toTwips());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Specification s && pageWidth.equals(s.pageWidth) && pageHeight.equals(s.pageHeight)
                && marginTop.equals(s.marginTop) && marginBottom.equals(s.marginBottom)
                && marginLeft.equals(s.marginLeft) && marginRight.equals(s.marginRight)
                && linePitch.equals(s.linePitch) && characterSpacing.equals(s.characterSpacing)
                && pageNumberDrop.equals(s.pageNumberDrop) && pageNumberIndent.equals(s.pageNumberIndent)
                && markDrop.equals(s.markDrop) && orderMarkDrop.equals(s.orderMarkDrop) && ruleGap.equals(s.ruleGap)
                && letterMarkTop.equals(s.letterMarkTop) && letterRuleGap.equals(s.letterRuleGap)
                && letterLowerRuleRise.equals(s.letterLowerRuleRise)
                && red.equals(s.red) && styles.equals(s.styles) && ordinals.equals(s.ordinals);
    }

    @Override
    public int hashCode() {
        // immutable, and the writer looks its package parts up by specification for every document
        int h = hash;
        if (h == 0) {
            h = java.util.Objects.hash(pageWidth, pageHeight, marginTop, marginBottom, marginLeft, marginRight,
                    linePitch, characterSpacing, pageNumberDrop, pageNumberIndent, markDrop, orderMarkDrop, ruleGap,
                    letterMarkTop, letterRuleGap, letterLowerRuleRise, red, styles, ordinals);
            hash = h;
        }
        return h;
    }

    private int hash;

    /** Builds a {@link Specification}; starts from the standard. Not thread-safe. */
    public static final class Builder {
        private Length pageWidth = Length.mm(210);
        private Length pageHeight = Length.mm(297);
        private Length marginTop = Length.mm(37);
        private Length marginBottom = Length.mm(35);
        private Length marginLeft = Length.mm(28);
        private Length marginRight = Length.mm(26);
        private Length linePitch = Length.pt(28.95);
        private Length characterSpacing = Length.pt(-0.25);
        private Length pageNumberDrop = Length.mm(7);
        private Length pageNumberIndent = FontSize.SI_HAO.length();
        private Length markDrop = Length.mm(35);
        private Length orderMarkDrop = Length.mm(20);
        private Length ruleGap = Length.mm(4);
        private Length letterMarkTop = Length.mm(30);
        private Length letterRuleGap = Length.mm(4);
        private Length letterLowerRuleRise = Length.mm(20);
        private String red = "FF0000";
        private final Map<DocumentElement, TextStyle> styles = new EnumMap<>(DocumentElement.class);
        private final Map<HeadingLevel, OrdinalFormat> ordinals = new EnumMap<>(HeadingLevel.class);

        private Builder() {
            Font fangSong = Font.chinese("仿宋_GB2312");
            styles.put(DocumentElement.BODY, TextStyle.of(fangSong, FontSize.SAN_HAO));
            styles.put(DocumentElement.TITLE, TextStyle.of(Font.chinese("方正小标宋简体"), FontSize.ER_HAO));
            styles.put(DocumentElement.HEADING_1, TextStyle.of(Font.chinese("黑体"), FontSize.SAN_HAO));
            styles.put(DocumentElement.HEADING_2, TextStyle.of(Font.chinese("楷体_GB2312"), FontSize.SAN_HAO));
            styles.put(DocumentElement.HEADING_3, TextStyle.of(fangSong, FontSize.SAN_HAO));
            styles.put(DocumentElement.HEADING_4, TextStyle.of(fangSong, FontSize.SAN_HAO));
            styles.put(DocumentElement.PAGE_NUMBER, TextStyle.of(Font.of("宋体"), FontSize.SI_HAO));
            styles.put(DocumentElement.TABLE, TextStyle.of(fangSong, FontSize.SI_HAO));
            styles.put(DocumentElement.TABLE_HEADER, TextStyle.of(Font.chinese("黑体"), FontSize.SI_HAO));
            styles.put(DocumentElement.MARK, TextStyle.of(Font.chinese("方正小标宋简体"), FontSize.CHU_HAO));
            styles.put(DocumentElement.LABEL, TextStyle.of(Font.chinese("黑体"), FontSize.SAN_HAO));
            styles.put(DocumentElement.SIGNER, TextStyle.of(Font.chinese("楷体_GB2312"), FontSize.SAN_HAO));
            styles.put(DocumentElement.COLOPHON, TextStyle.of(fangSong, FontSize.SI_HAO));
            // the standard is silent on notes: the body's face, 小四
            styles.put(DocumentElement.NOTE, TextStyle.of(fangSong, FontSize.XIAO_SI));
            ordinals.put(HeadingLevel.ONE, OrdinalFormat.CHINESE_COMMA);
            ordinals.put(HeadingLevel.TWO, OrdinalFormat.CHINESE_PARENTHESIZED);
            ordinals.put(HeadingLevel.THREE, OrdinalFormat.ARABIC_PERIOD);
            ordinals.put(HeadingLevel.FOUR, OrdinalFormat.ARABIC_PARENTHESIZED);
        }

        private Builder(Specification s) {
            pageWidth = s.pageWidth;
            pageHeight = s.pageHeight;
            marginTop = s.marginTop;
            marginBottom = s.marginBottom;
            marginLeft = s.marginLeft;
            marginRight = s.marginRight;
            linePitch = s.linePitch;
            characterSpacing = s.characterSpacing;
            pageNumberDrop = s.pageNumberDrop;
            pageNumberIndent = s.pageNumberIndent;
            markDrop = s.markDrop;
            orderMarkDrop = s.orderMarkDrop;
            ruleGap = s.ruleGap;
            letterMarkTop = s.letterMarkTop;
            letterRuleGap = s.letterRuleGap;
            letterLowerRuleRise = s.letterLowerRuleRise;
            red = s.red;
            styles.putAll(s.styles);
            ordinals.putAll(s.ordinals);
        }

        /**
         * Paper size. Standard: A4, 210 × 297 mm. Each side must be 2.54 mm (0.1 inch) to 558.8 mm
         * (22 inches, the largest page Word holds); {@link #build()} checks it.
         *
         * @param width the paper's width
         * @param height the paper's height
         * @return this builder
         */
        public Builder pageSize(Length width, Length height) {
            pageWidth = require("pageWidth", width);
            pageHeight = require("pageHeight", height);
            return this;
        }

        /**
         * The four white edges around the text block. Standard: 37, 26, 35, 28 mm.
         *
         * @param top paper edge to the text block's top (天头)
         * @param right paper edge to the text block's right edge
         * @param bottom paper edge to the text block's bottom
         * @param left paper edge to the text block's left edge, the binding side (订口)
         * @return this builder
         */
        public Builder margins(Length top, Length right, Length bottom, Length left) {
            marginTop = require("marginTop", top);
            marginRight = require("marginRight", right);
            marginBottom = require("marginBottom", bottom);
            marginLeft = require("marginLeft", left);
            return this;
        }

        /**
         * Exact baseline-to-baseline distance. Standard: 28.95 pt; 28 pt is common practice.
         *
         * @param pitch the distance; between the body size and four times it
         * @return this builder
         */
        public Builder linePitch(Length pitch) {
            linePitch = require("linePitch", pitch);
            return this;
        }

        /**
         * Spacing added to each character (negative condenses). Standard: −0.25 pt.
         *
         * @param spacing added to each character's advance; within half the body size either way
         * @return this builder
         */
        public Builder characterSpacing(Length spacing) {
            characterSpacing = require("characterSpacing", spacing);
            return this;
        }

        /**
         * Text block bottom to the page number's dashes. Standard: 7 mm.
         *
         * @param drop the distance; from 0 to less than the bottom margin
         * @return this builder
         */
        public Builder pageNumberDrop(Length drop) {
            pageNumberDrop = require("pageNumberDrop", drop);
            return this;
        }

        /**
         * Text block edge to the page number. Standard: one 4号 character (14 pt).
         *
         * @param indent the distance in from the text block's edge; from 0 to half the text width
         * @return this builder
         */
        public Builder pageNumberIndent(Length indent) {
            pageNumberIndent = require("pageNumberIndent", indent);
            return this;
        }

        /**
         * Where the red mark stands: its top edge below the text block's top, for documents and for
         * orders. Standard: 35 mm and 20 mm; each from 0 to 558.8 mm (the largest page Word holds).
         *
         * @param document the drop of the mark of every format but orders
         * @param order the drop of an order's mark
         * @return this builder
         */
        public Builder markDrop(Length document, Length order) {
            markDrop = require("markDrop", document);
            orderMarkDrop = require("orderMarkDrop", order);
            return this;
        }

        /**
         * From the 发文字号 down to the red rule. Standard: 4 mm; from 0 to 558.8 mm.
         *
         * @param gap the distance, 0 to 558.8 mm
         * @return this builder
         */
        public Builder ruleGap(Length gap) {
            ruleGap = require("ruleGap", gap);
            return this;
        }

        /**
         * The letter format's (信函格式) places: the mark's top edge below the paper's top edge, the
         * upper double line below the mark, the lower double line above the paper's bottom edge.
         * Standard: 30, 4 and 20 mm; each from 0 to 558.8 mm.
         *
         * @param markTop paper's top edge to the mark's top edge
         * @param ruleGap the mark's foot to the upper double line
         * @param lowerRuleRise paper's bottom edge up to the lower double line
         * @return this builder
         */
        public Builder letter(Length markTop, Length ruleGap, Length lowerRuleRise) {
            letterMarkTop = require("letterMarkTop", markTop);
            letterRuleGap = require("letterRuleGap", ruleGap);
            letterLowerRuleRise = require("letterLowerRuleRise", lowerRuleRise);
            return this;
        }

        /**
         * The red of the mark and the rules, as six hex digits RRGGBB. Standard: red, "FF0000".
         *
         * @param rgbHex six hex digits, either case, without "#"
         * @return this builder
         */
        public Builder red(String rgbHex) {
            String v = require("red", rgbHex);
            if (!v.matches("[0-9A-Fa-f]{6}")) {
                throw new InvalidDocumentException("red", "must be six hex digits RRGGBB, e.g. FF0000: \"" + v + "\"");
            }
            red = v.toUpperCase(java.util.Locale.ROOT);
            return this;
        }

        /**
         * The whole type style of one element.
         *
         * @param element which part of the document the style is for
         * @param style its faces, size and weight
         * @return this builder
         */
        public Builder style(DocumentElement element, TextStyle style) {
            styles.put(require("element", element), require("style(" + element + ")", style));
            return this;
        }

        /**
         * The faces of one element, keeping its size and weight.
         *
         * @param element which part of the document the faces are for
         * @param font its faces
         * @return this builder
         */
        public Builder font(DocumentElement element, Font font) {
            return style(element, style(element).withFont(require("font(" + element + ")", font)));
        }

        /**
         * The size of one element, keeping its faces and weight.
         *
         * @param element which part of the document the size is for
         * @param size its size, 1 to 200 pt
         * @return this builder
         */
        public Builder size(DocumentElement element, Length size) {
            return style(element, style(element).withSize(require("size(" + element + ")", size)));
        }

        /**
         * Whether one element is bold (the standard makes nothing bold).
         *
         * @param element which part of the document is bold or not
         * @param bold {@code true} for bold
         * @return this builder
         */
        public Builder bold(DocumentElement element, boolean bold) {
            return style(element, style(element).withBold(bold));
        }

        /**
         * How headings of one level are numbered.
         *
         * @param level the heading level
         * @param format the form of its numbers
         * @return this builder
         */
        public Builder ordinalFormat(HeadingLevel level, OrdinalFormat format) {
            ordinals.put(require("level", level), require("ordinalFormat(" + level + ")", format));
            return this;
        }

        private TextStyle style(DocumentElement element) {
            return styles.get(require("element", element));
        }

        private static <T> T require(String field, T value) {
            if (value == null) {
                throw new InvalidDocumentException(field, "must not be null");
            }
            return value;
        }

        /**
         * Validates and builds; throws {@link InvalidDocumentException} naming the field at fault.
         *
         * @return a new specification; the builder can go on and build others
         */
        public Specification build() {
            return new Specification(this);
        }
    }
}
