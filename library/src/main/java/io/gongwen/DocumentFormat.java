package io.gongwen;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The layouts GB/T 9704-2012 defines: the general one (§5–§9) and the special formats of §10. Each
 * knows its printed names and what sets it apart, so that the builder, the writers and the readers ask
 * it rather than branching on it; the lengths it is laid out with are the {@link Specification}'s
 * ({@link Specification#markDrop()}, {@link Specification#orderMarkDrop()},
 * {@link Specification#letterMarkTop()}, …), which a user may change.
 */
public enum DocumentFormat {
    /** 通用格式: the head block with the red mark 35 mm below the text block's top, the red rule, the body. */
    GENERAL("通用格式", Optional.empty(), List.of("通用", "GENERAL")),
    /**
     * 信函格式 (§10.1): the mark 30 mm from the paper's top edge, red double lines 170 mm long under it and
     * 20 mm above the paper's bottom edge, the document number flush right, no page number on the first
     * page, and a colophon without 印发机关 and 印发日期.
     */
    LETTER("信函格式", Optional.empty(), List.of("信函", "LETTER")),
    /**
     * 命令（令）格式 (§10.2): the mark (the issuer's name followed by 命令 or 令) 20 mm below the text
     * block's top, the order number (令号, "第N号") centred two lines below it, the text two lines below
     * that, closed by the signatory's title and signature seal.
     */
    ORDER("命令（令）格式", Optional.of("令"), List.of("命令", "令", "ORDER")),
    /**
     * 纪要格式 (§10.3): the mark "……纪要" 35 mm below the text block's top, and after the text the
     * attendance lists (出席, 请假, 列席).
     */
    MINUTES("纪要格式", Optional.of("纪要"), List.of("纪要", "MINUTES"));

    private final String printedName;
    private final Optional<String> markSuffix;
    private final List<String> names;

    DocumentFormat(String printedName, Optional<String> markSuffix, List<String> names) {
        this.printedName = printedName;
        this.markSuffix = markSuffix;
        this.names = names;
    }

    /**
     * The format's name as the standard prints it.
     *
     * @return "通用格式", "信函格式", "命令（令）格式" or "纪要格式"
     */
    public String printedName() {
        return printedName;
    }

    /**
     * What follows the issuer's name in the mark unless the document sets its own suffix.
     *
     * @return "令" for an order, "纪要" for minutes; empty for the general and the letter format
     */
    public Optional<String> markSuffix() {
        return markSuffix;
    }

    /**
     * The format a name gives, as a draft's front matter writes it ({@code 格式: 信函}).
     *
     * @param name 通用, 信函, 命令, 令 or 纪要, or the constant's name in any case
     * @return the format; empty if the name is none of those
     */
    public static Optional<DocumentFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toUpperCase(Locale.ROOT);
        for (DocumentFormat f : values()) {
            if (f.names.contains(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a document of this format needs a title: an order's mark and number stand in for one.
     *
     * @return false for {@link #ORDER}
     */
    public boolean needsTitle() {
        return this != ORDER;
    }

    /**
     * Whether the first page carries a page number: a letter's does not (§10.1).
     *
     * @return false for {@link #LETTER}
     */
    public boolean numbersFirstPage() {
        return this != LETTER;
    }

    /**
     * Whether the colophon has the rules between and around its parts and the line of 印发机关 and
     * 印发日期: a letter's colophon has neither (§10.1).
     *
     * @return false for {@link #LETTER}
     */
    public boolean hasFullColophon() {
        return this != LETTER;
    }
}
