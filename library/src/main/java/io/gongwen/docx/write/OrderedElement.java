package io.gongwen.docx.write;

import java.util.EnumMap;
import java.util.function.Consumer;

/**
 * A WordprocessingML properties element ({@code w:pPr}, {@code w:rPr}, {@code w:sectPr}, and the
 * tables' {@code w:tblPr}, {@code w:trPr}, {@code w:tcPr}) whose children are written in the order the
 * schema demands, whatever order they were set in.
 *
 * <p>This is the one mechanism behind schema order: each properties element has an enum that lists
 * its children in the order of the schema's {@code xsd:sequence}, and the children are kept in an
 * {@link EnumMap}, which iterates in declaration order. Setting a child twice replaces it. Word and
 * the Open XML SDK validator reject out-of-order children (e.g. {@code w:spacing} after {@code w:sz}
 * in {@code w:rPr}); POI's setters append in call order and its own validation does not notice.
 *
 * @param <E> the enum of the element's children in schema order; each constant's name is the child's
 *            local name
 */
@SuppressWarnings("unchecked")
final class OrderedElement<E extends Enum<E>> {
    private final String name;
    private final EnumMap<E, Consumer<WordXml>> children;
    /** The children in schema order, taken from the map when first written (the body reuses one instance for many paragraphs). */
    private Consumer<WordXml>[] inOrder;

    private OrderedElement(String name, Class<E> childKinds) {
        this.name = name;
        this.children = new EnumMap<>(childKinds);
    }

    /** An empty {@code w:pPr}. */
    static OrderedElement<Paragraph> pPr() {
        return new OrderedElement<>("pPr", Paragraph.class);
    }

    /** An empty {@code w:rPr}. */
    static OrderedElement<Run> rPr() {
        return new OrderedElement<>("rPr", Run.class);
    }

    /** An empty {@code w:sectPr}. */
    static OrderedElement<Section> sectPr() {
        return new OrderedElement<>("sectPr", Section.class);
    }

    /** An empty {@code w:tblPr}. */
    static OrderedElement<TableProperties> tblPr() {
        return new OrderedElement<>("tblPr", TableProperties.class);
    }

    /** An empty {@code w:trPr}. */
    static OrderedElement<RowProperties> trPr() {
        return new OrderedElement<>("trPr", RowProperties.class);
    }

    /** An empty {@code w:tcPr}. */
    static OrderedElement<CellProperties> tcPr() {
        return new OrderedElement<>("tcPr", CellProperties.class);
    }

    /** The children of {@code w:settings}; write them with {@link #writeChildrenTo}. */
    static OrderedElement<Settings> settings() {
        return new OrderedElement<>("settings", Settings.class);
    }

    /** Sets the child {@code kind} to an empty element with the given attribute name/value pairs. */
    OrderedElement<E> set(E kind, String... attributes) {
        return set(kind, xml -> xml.empty(kind.name(), attributes));
    }

    /** Sets the child {@code kind} to whatever {@code writer} writes (for children with content). */
    OrderedElement<E> set(E kind, Consumer<WordXml> writer) {
        children.put(kind, writer);
        inOrder = null;
        return this;
    }

    private OrderedElement(String name, EnumMap<E, Consumer<WordXml>> children) {
        this.name = name;
        this.children = new EnumMap<>(children);
    }

    /** A copy with the same children, to set one more on without changing a shared instance. */
    OrderedElement<E> copy() {
        return new OrderedElement<>(name, children);
    }

    boolean isEmpty() {
        return children.isEmpty();
    }

    /** Writes the children alone, in schema order, into an element the caller has opened. */
    void writeChildrenTo(WordXml xml) {
        Consumer<WordXml>[] writers = inOrder;
        if (writers == null) {
            writers = children.values().toArray(new Consumer[0]);
            inOrder = writers;
        }
        for (Consumer<WordXml> child : writers) {
            child.accept(xml);
        }
    }

    /** Writes the element with its children in schema order; writes nothing if it has none. */
    void writeTo(WordXml xml) {
        if (children.isEmpty()) {
            return;
        }
        xml.start(name);
        writeChildrenTo(xml);
        xml.end();
    }

    /** Children of {@code w:pPr} in the order of CT_PPr (ECMA-376 Part 1, §17.3.1.26). */
    enum Paragraph {
        pStyle, keepNext, keepLines, pageBreakBefore, framePr, widowControl, numPr, suppressLineNumbers,
        pBdr, shd, tabs, suppressAutoHyphens, kinsoku, wordWrap, overflowPunct, topLinePunct, autoSpaceDE,
        autoSpaceDN, bidi, adjustRightInd, snapToGrid, spacing, ind, contextualSpacing, mirrorIndents,
        suppressOverlap, jc, textDirection, textAlignment, textboxTightWrap, outlineLvl, divId, cnfStyle,
        rPr, sectPr, pPrChange
    }

    /** Children of {@code w:rPr} in the order of CT_RPr / EG_RPrBase (§17.3.2.28). */
    enum Run {
        rStyle, rFonts, b, bCs, i, iCs, caps, smallCaps, strike, dstrike, outline, shadow, emboss, imprint,
        noProof, snapToGrid, vanish, webHidden, color, spacing, w, kern, position, sz, szCs, highlight, u,
        effect, bdr, shd, fitText, vertAlign, rtl, cs, em, lang, eastAsianLayout, specVanish, oMath
    }

    /**
     * Children of {@code w:sectPr} in the order of CT_SectPr (§17.6.17). The header and footer
     * references are one repeated group; {@code hdrFtrReferences} writes them all.
     */
    enum Section {
        hdrFtrReferences, footnotePr, endnotePr, type, pgSz, pgMar, paperSrc, pgBorders, lnNumType,
        pgNumType, cols, formProt, vAlign, noEndnote, titlePg, textDirection, bidi, rtlGutter, docGrid,
        printerSettings, sectPrChange
    }

    /** Children of {@code w:tblPr} in the order of CT_TblPr (§17.4.60). */
    enum TableProperties {
        tblStyle, tblpPr, tblOverlap, bidiVisual, tblStyleRowBandSize, tblStyleColBandSize, tblW, jc,
        tblCellSpacing, tblInd, tblBorders, shd, tblLayout, tblCellMar, tblLook, tblCaption, tblDescription,
        tblPrChange
    }

    /**
     * Children of {@code w:trPr} in the order CT_TrPrBase lists them (§17.4.82). The schema makes them
     * a repeated choice, so any order validates; we keep the schema's listing order anyway.
     */
    enum RowProperties {
        cnfStyle, divId, gridBefore, gridAfter, wBefore, wAfter, cantSplit, trHeight, tblHeader,
        tblCellSpacing, jc, hidden, ins, del, trPrChange
    }

    /** Children of {@code w:tcPr} in the order of CT_TcPr (§17.4.70). */
    enum CellProperties {
        cnfStyle, tcW, gridSpan, hMerge, vMerge, tcBorders, shd, noWrap, tcMar, textDirection, tcFitText,
        vAlign, hideMark, headers, cellIns, cellDel, cellMerge, tcPrChange
    }

    /** Children of {@code w:settings} that we write, in the order of CT_Settings (§17.15.1.78). */
    enum Settings {
        zoom, defaultTabStop, evenAndOddHeaders, characterSpacingControl, footnotePr, endnotePr, compat,
        themeFontLang
    }
}
