package io.gongwen.pdf;

import io.gongwen.InvalidDocumentException;
import io.gongwen.layout.FontResolver;

/**
 * How {@link PdfWriter} writes a PDF: the fonts that print the document's faces, and whether the
 * file is PDF/A-2b (ISO 19005-2, level B), the archival profile of PDF.
 *
 * <pre>{@code
 * PdfOptions archival = PdfOptions.builder()
 *     .fonts(FontResolver.builder().systemFolders().face("方正小标宋简体", Path.of("/opt/fonts/FZXBSJW.TTF")).build())
 *     .pdfA(true)
 *     .build();
 * PdfWriter.write(doc, Path.of("notice.pdf"), archival);
 * }</pre>
 *
 * <p>A PDF/A-2b file carries, beyond what every PDF of this writer has (every face embedded as a
 * subset, no encryption, no transparency, no JavaScript, no annotations): an XMP metadata stream that
 * says the same as the document information (title as {@code dc:title}, issuer as
 * {@code dc:creator}, producer and creator tool) and names the file PDF/A-2B ({@code pdfaid:part} 2,
 * {@code pdfaid:conformance} B), and an sRGB output intent (the Java platform's sRGB ICC profile)
 * for the colours it draws in, the red of the head block included. Like every PDF of this writer it
 * has no dates, so the same document gives the same bytes.
 *
 * <p>Immutable; {@link #newBuilder()} gives a builder to change a copy.
 */
public final class PdfOptions {
    private static final PdfOptions DEFAULTS = builder().build();

    private final FontResolver fonts;
    private final boolean pdfA;

    private PdfOptions(Builder b) {
        this.fonts = b.fonts;
        this.pdfA = b.pdfA;
    }

    /** The system's fonts ({@link FontResolver#system()}), a plain PDF. */
    public static PdfOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder newBuilder() {
        Builder b = new Builder();
        b.fonts = fonts;
        b.pdfA = pdfA;
        return b;
    }

    /** The fonts that print the document's faces. */
    public FontResolver fonts() {
        return fonts;
    }

    /** Whether the PDF is written as PDF/A-2b. */
    public boolean pdfA() {
        return pdfA;
    }

    @Override
    public String toString() {
        return "PdfOptions{pdfA=" + pdfA + ", fonts=" + (fonts == FontResolver.system() ? "system" : "custom") + "}";
    }

    /** Builds {@link PdfOptions}; reusable, {@link #build()} has no side effects. */
    public static final class Builder {
        private FontResolver fonts = FontResolver.system();
        private boolean pdfA;

        private Builder() {
        }

        /** The fonts that print the document's faces; the system's by default. */
        public Builder fonts(FontResolver fonts) {
            if (fonts == null) {
                throw new InvalidDocumentException("fonts", "must not be null");
            }
            this.fonts = fonts;
            return this;
        }

        /** Whether to write PDF/A-2b (ISO 19005-2, level B); false by default. */
        public Builder pdfA(boolean pdfA) {
            this.pdfA = pdfA;
            return this;
        }

        public PdfOptions build() {
            return new PdfOptions(this);
        }
    }
}
