package io.gongwen;

/**
 * How footnotes (or endnotes) are numbered: where the numbers start again, in which form, from which
 * number. Word's default, and the writer's unless the document says otherwise, is 1, 2, 3, … on
 * through the whole document; Chinese documents often start again on each page (每页重新编号), and
 * print the numbers in circles (①, ②). GB/T 9704-2012 says nothing of notes. Written as
 * {@code w:footnotePr} ({@code w:endnotePr}) in the settings and in each section: {@code w:numFmt},
 * {@code w:numStart}, {@code w:numRestart}. Immutable.
 *
 * @param restart where the numbers start again
 * @param format the form of the numbers
 * @param start the first number, 0 to 32,767
 */
public record NoteNumbering(Restart restart, Format format, int start) {
    /** The highest first number Word takes. */
    public static final int LARGEST_START = 32_767;

    /** Where the numbers start again ({@code w:numRestart}). */
    public enum Restart {
        /** Numbered on through the whole document ({@code continuous}). */
        CONTINUOUS("continuous"),
        /** From the first number again in each section ({@code eachSect}). */
        EACH_SECTION("eachSect"),
        /** From the first number again on each page ({@code eachPage}); footnotes only. */
        EACH_PAGE("eachPage");

        private final String value;

        Restart(String value) {
            this.value = value;
        }

        /**
         * The value of {@code w:numRestart/@w:val}.
         *
         * @return "continuous", "eachSect" or "eachPage"
         */
        public String value() {
            return value;
        }
    }

    /** The form of the numbers ({@code w:numFmt}): those a 公文's notes use. */
    public enum Format {
        /** 1, 2, 3 ({@code decimal}). */
        DECIMAL("decimal"),
        /** ①, ②, ③ ({@code decimalEnclosedCircle}; past ⑳ applications differ: LibreOffice, and the page layout with it, print ㉑–㊿, then decimals). */
        DECIMAL_ENCLOSED_CIRCLE("decimalEnclosedCircle"),
        /** 一, 二, 三 ({@code chineseCounting}). */
        CHINESE_COUNTING("chineseCounting"),
        /** i, ii, iii ({@code lowerRoman}, Word's default for endnotes). */
        LOWER_ROMAN("lowerRoman"),
        /** I, II, III ({@code upperRoman}). */
        UPPER_ROMAN("upperRoman"),
        /** a, b, c ({@code lowerLetter}). */
        LOWER_LETTER("lowerLetter"),
        /** A, B, C ({@code upperLetter}). */
        UPPER_LETTER("upperLetter"),
        /** １, ２, ３, full-width ({@code decimalFullWidth}). */
        DECIMAL_FULL_WIDTH("decimalFullWidth"),
        /** 甲, 乙, 丙 ({@code ideographTraditional}). */
        IDEOGRAPH_TRADITIONAL("ideographTraditional"),
        /** *, †, ‡, § ({@code chicago}). */
        CHICAGO("chicago");

        private final String value;

        Format(String value) {
            this.value = value;
        }

        /**
         * The value of {@code w:numFmt/@w:val}.
         *
         * @return "decimal", "decimalEnclosedCircle", …
         */
        public String value() {
            return value;
        }
    }

    /**
     * Checks the parts.
     *
     * @param restart where the numbers start again; not null
     * @param format the form of the numbers; not null
     * @param start the first number, 0 to {@value #LARGEST_START}
     * @throws InvalidDocumentException naming {@code noteNumbering.restart}, {@code noteNumbering.format}
     *                                  or {@code noteNumbering.start} if one is null or out of range
     */
    public NoteNumbering {
        io.gongwen.internal.Checks.present("noteNumbering.restart", restart);
        io.gongwen.internal.Checks.present("noteNumbering.format", format);
        if (start < 0 || start > LARGEST_START) {
            throw new InvalidDocumentException("noteNumbering.start", "must be 0.." + LARGEST_START + ": " + start);
        }
    }

    /**
     * Word's default: 1, 2, 3 on through the document.
     *
     * @return continuous decimal numbers from 1
     */
    public static NoteNumbering continuous() {
        return new NoteNumbering(Restart.CONTINUOUS, Format.DECIMAL, 1);
    }

    /**
     * 1, 2, 3 again on each page, as many Chinese documents number their footnotes.
     *
     * @return decimal numbers from 1 on each page
     */
    public static NoteNumbering eachPage() {
        return new NoteNumbering(Restart.EACH_PAGE, Format.DECIMAL, 1);
    }
}
