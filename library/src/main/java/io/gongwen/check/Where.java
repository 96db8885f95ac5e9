package io.gongwen.check;

/**
 * Where a finding is, as data: a line of drafted text, a paragraph or a table of a .docx, or a part
 * of the whole document (the page set-up, a footer). Its {@code toString()} says it in words: "line 3",
 * "paragraph 12", "table at paragraph 9", "page", "footer (even pages)".
 */
public sealed interface Where {
    /** A line of drafted text, 1-based. */
    record Line(int number) implements Where {
        @Override
        public String toString() {
            return "line " + number;
        }
    }

    /** A paragraph of a .docx, 1-based; every paragraph counts, empty ones and those in tables. */
    record Paragraph(int number) implements Where {
        @Override
        public String toString() {
            return "paragraph " + number;
        }
    }

    /** A table of a .docx, by the number of its first paragraph. */
    record Table(int paragraph) implements Where {
        @Override
        public String toString() {
            return "table at paragraph " + paragraph;
        }
    }

    /** A part of the whole document: the page set-up, the footers, the document as such. */
    enum Part implements Where {
        /** The page size and margins, the document grid. */
        PAGE("page"),
        /** The footers. */
        FOOTER("footer"),
        /** The footer of odd pages (the default footer). */
        ODD_FOOTER("footer (odd pages)"),
        /** The footer of even pages. */
        EVEN_FOOTER("footer (even pages)"),
        /** The document as a whole. */
        DOCUMENT("document");

        private final String words;

        Part(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }
}
