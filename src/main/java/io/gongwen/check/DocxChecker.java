package io.gongwen.check;

import io.gongwen.DocumentElement;
import io.gongwen.InvalidDocumentException;
import io.gongwen.Length;
import io.gongwen.Specification;
import io.gongwen.docx.WordDocument;
import io.gongwen.text.DocxReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks an existing .docx against the geometry and typography of GB/T 9704-2012 (or another
 * {@link Specification}), and its text against the {@link TextChecker}'s rules. Elements are
 * recognised as {@link DocxReader} recognises them: the title is the first paragraph, headings by
 * their typed ordinals, the rest is body text.
 *
 * <p>Rules, beside the text rules (found at the paragraph):
 * <ul>
 * <li>{@code page-size}: A4, 210 × 297 mm, ± 1 mm (error).</li>
 * <li>{@code margins}: 37 / 35 / 28 / 26 mm top, bottom, left, right, ± 1 mm (error).</li>
 * <li>{@code line-spacing}: body text exactly 28.95 pt ± 0.5 pt, or single spacing on a line grid of
 * 22 lines per page (warning).</li>
 * <li>{@code font}: the Chinese face of each element: body 仿宋 / 仿宋_GB2312, title a 小标宋 face,
 * level-1 headings 黑体, level-2 楷体, levels 3 and 4 仿宋 (error).</li>
 * <li>{@code font-size}: body and headings 16 pt (三号), title 22 pt (二号), page numbers 14 pt (四号),
 * ± 0.25 pt (error).</li>
 * <li>{@code page-number}: a footer with a PAGE field written "— N —" with em dashes (error when
 * missing, warning for the form), odd pages on the right and even pages on the left, with odd and even
 * pages set to differ ({@code w:evenAndOddHeaders}), one character in from the text block's edge
 * (indent or full-width spaces, between the specification's indent and one body character, ± 1 mm),
 * not bold, and a footer distance that puts the dashes the specification's 7 mm below the text block,
 * as the writer computes it (± 1 mm) (warning). The page number's face is a 宋体 face ({@code font}).</li>
 * <li>{@code characters-per-line}: a character grid ({@code w:docGrid} {@code linesAndChars} or
 * {@code snapToChars}) whose pitch, the body size plus {@code w:charSpace}, fits the text block's width
 * other than 28 times (warning).</li>
 * <li>{@code table-width}: a table wider than its section's text block, by its {@code w:tblW} or the sum
 * of its {@code w:gridCol} widths, ± 1 mm (error).</li>
 * <li>{@code table-grid}: a table without a width ({@code w:tblW}, auto or 0) or without column widths
 * ({@code w:tblGrid/w:gridCol}); WPS lays tables out by the columns (warning).</li>
 * <li>{@code table-font-size}: cell text other than the size of {@code TABLE} (and {@code TABLE_HEADER} in
 * header rows), ± 0.25 pt (warning).</li>
 * <li>{@code table-line-spacing}: cell paragraphs with the body's exact line pitch (28.95 pt), which makes
 * rows as tall as body lines (warning).</li>
 * </ul>
 * {@code structure} (error): the text cannot be read as a document at all (no text, characters a
 * document cannot carry); typography is then not checked.
 * A typographic finding that repeats is reported once, at its first paragraph, with the count.
 *
 * <p>Paragraphs that a drop pattern ({@link Builder#drop(String)}) matches are left out, as
 * {@link DocxReader} leaves them out: they take no part in recognising the structure and are not
 * checked.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocxChecker {
    private static final double MARGIN_TOLERANCE_MM = 1;
    private static final double LINE_TOLERANCE_PT = 0.5;
    private static final double SIZE_TOLERANCE_PT = 0.25;
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\u2014[ \u00A0\u3000]?[0-9]*[ \u00A0\u3000]?\u2014$");

    private final Specification spec;
    private final DocxReader reader;

    /** A checker against the standard (GB/T 9704-2012). */
    public DocxChecker() {
        this(Specification.standard());
    }

    /** A checker against a specification: its page, margins, line pitch, faces and sizes. */
    public DocxChecker(Specification spec) {
        this(builder().specification(spec));
    }

    private DocxChecker(Builder b) {
        this.spec = b.spec;
        this.reader = b.reader.specification(b.spec).build();
    }

    /** A builder for a checker with drop patterns or another specification. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and checks a .docx; findings ordered by paragraph, document-wide ones (line 0) first.
     *
     * @throws io.gongwen.DocumentReadException if the file cannot be read or is not a usable .docx
     */
    public List<Finding> check(Path file) {
        return check(WordDocument.read(file));
    }

    /** Checks a .docx already read. */
    public List<Finding> check(WordDocument docx) {
        List<Finding> out = new ArrayList<>();
        page(docx, out);
        characterGrid(docx, out);
        footers(docx, out);
        DocxReader.Structure structure;
        try {
            structure = reader.structure(docx);
        } catch (InvalidDocumentException e) {
            out.add(document("structure", Severity.ERROR, "document", "无法识别文档结构：" + e.getMessage(),
                    "the document's structure cannot be recognised: " + e.getMessage()));
            structure = null;
        }
        if (structure != null) {
            typography(docx, structure.elements(), out);
        }
        tables(docx, out);
        text(docx, structure == null ? java.util.Set.of() : structure.dropped(), out);
        out.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::offset));
        return out;
    }

    private void page(WordDocument docx, List<Finding> out) {
        if (docx.page().isEmpty()) {
            out.add(document("page-size", Severity.ERROR, "page",
                    "未设置页面尺寸和页边距（应为A4纸，天头37毫米，订口28毫米）",
                    "the document states no page size or margins (A4, top 37 mm, left 28 mm)"));
            return;
        }
        WordDocument.Page page = docx.page().get();
        // a document that ends with a landscape table ends with the portrait page turned a quarter turn:
        // each margin is the portrait margin on the same edge of the paper (top = left, left = bottom)
        boolean turned = page.width().compareTo(page.height()) > 0;
        Length width = turned ? spec.pageHeight() : spec.pageWidth();
        Length height = turned ? spec.pageWidth() : spec.pageHeight();
        if (off(page.width(), width) || off(page.height(), height)) {
            out.add(document("page-size", Severity.ERROR, "page",
                    "纸张应为A4（" + mm(width) + "×" + mm(height) + "毫米），实为"
                            + mm(page.width()) + "×" + mm(page.height()) + "毫米",
                    "the paper should be A4 (" + mm(width) + " × " + mm(height) + " mm), not "
                            + mm(page.width()) + " × " + mm(page.height()) + " mm"));
        }
        margin(out, "上", "top", page.top(), turned ? spec.marginLeft() : spec.marginTop());
        margin(out, "下", "bottom", page.bottom(), turned ? spec.marginRight() : spec.marginBottom());
        margin(out, "左", "left", page.left(), turned ? spec.marginBottom() : spec.marginLeft());
        margin(out, "右", "right", page.right(), turned ? spec.marginTop() : spec.marginRight());
    }

    private static void margin(List<Finding> out, String chinese, String english, Length actual, Length wanted) {
        if (off(actual, wanted)) {
            out.add(document("margins", Severity.ERROR, "page",
                    chinese + "页边距应为" + mm(wanted) + "毫米（±1毫米），实为" + mm(actual) + "毫米",
                    "the " + english + " margin should be " + mm(wanted) + " mm (± 1 mm), not " + mm(actual) + " mm"));
        }
    }

    private static boolean off(Length actual, Length wanted) {
        return Math.abs(actual.toMillimetres() - wanted.toMillimetres()) > MARGIN_TOLERANCE_MM;
    }

    private void footers(WordDocument docx, List<Finding> out) {
        Optional<WordDocument.Paragraph> odd = pageNumber(docx.footers().get("default"));
        // without w:evenAndOddHeaders Word prints the default footer on even pages too
        Optional<WordDocument.Paragraph> even = docx.evenAndOddFooters()
                ? pageNumber(docx.footers().get("even")) : Optional.empty();
        if (odd.isEmpty()) {
            out.add(document("page-number", Severity.ERROR, "footer",
                    "页脚中没有页码", "there is no page number (a PAGE field) in the footer"));
            return;
        }
        pageNumberForm(out, odd.get(), "footer (odd pages)");
        even.ifPresent(p -> pageNumberForm(out, p, "footer (even pages)"));
        if (!odd.get().alignment().orElse("left").equals("right")) {
            out.add(document("page-number", Severity.WARNING, "footer (odd pages)",
                    "单页码应居右", "on odd pages the page number stands on the right"));
        } else {
            pageNumberIndent(out, odd.get(), true);
        }
        if (even.isEmpty()) {
            out.add(document("page-number", Severity.WARNING, "footer (even pages)",
                    "没有单独的双页页脚（或未设置“奇偶页不同”）：双页码应居左", "there is no separate even-page footer "
                            + "(or odd and even pages are not set to differ): on even pages the page number stands on the left"));
        } else if (!even.get().alignment().orElse("left").equals("left")) {
            out.add(document("page-number", Severity.WARNING, "footer (even pages)",
                    "双页码应居左", "on even pages the page number stands on the left"));
        } else {
            pageNumberIndent(out, even.get(), false);
        }
        footerDistance(docx, out);
    }

    /**
     * One character in from the text block's edge: the standard's 字 is ambiguous between the page
     * number's own 4号 character (the specification's default indent) and a body character, so
     * anything between the two passes. Full-width spaces on the outer side count as characters.
     */
    private void pageNumberIndent(List<Finding> out, WordDocument.Paragraph p, boolean odd) {
        WordDocument.Indent ind = p.indent();
        Length body = spec.style(DocumentElement.BODY).size();
        Length size = spec.style(DocumentElement.PAGE_NUMBER).size();
        Length indent = odd
                ? chars(ind.rightChars(), ind.right(), body)
                : chars(ind.leftChars(), ind.left(), body).plus(chars(ind.firstLineChars(), ind.firstLine(), body));
        String text = p.text();
        int spaces = 0;
        for (int i = odd ? text.length() - 1 : 0; i >= 0 && i < text.length(); i += odd ? -1 : 1) {
            char c = text.charAt(i);
            if (c == '\u3000') {
                spaces++;
            } else if (c != ' ' && c != '\u00A0') {
                break;
            }
        }
        indent = indent.plus(size.times(spaces));
        double least = Math.min(spec.pageNumberIndent().toMillimetres(), body.toMillimetres()) - MARGIN_TOLERANCE_MM;
        double most = Math.max(spec.pageNumberIndent().toMillimetres(), body.toMillimetres()) + MARGIN_TOLERANCE_MM;
        if (indent.toMillimetres() < least || indent.toMillimetres() > most) {
            String wanted = mm(spec.pageNumberIndent());
            out.add(document("page-number", Severity.WARNING, odd ? "footer (odd pages)" : "footer (even pages)",
                    (odd ? "单页码应右空一字" : "双页码应左空一字") + "（约" + wanted + "毫米），实为" + mm(indent) + "毫米",
                    "on " + (odd ? "odd" : "even") + " pages the page number stands one character (about " + wanted
                            + " mm) in from the " + (odd ? "right" : "left") + " edge of the text block, not "
                            + mm(indent) + " mm"));
        }
    }

    /** An indent given in hundredths of a (body) character, which Word prefers when not 0, or as a length. */
    private static Length chars(int hundredths, Length length, Length character) {
        return hundredths != 0 ? character.times(hundredths / 100.0) : length;
    }

    /** The page number's dashes as far below the text block as the writer puts them. */
    private void footerDistance(WordDocument docx, List<Finding> out) {
        if (docx.footerDistance().isEmpty() || docx.page().isEmpty()) {
            return;
        }
        // compared below the text block, so that a wrong bottom margin (its own finding) is not counted twice
        Length drop = spec.marginBottom().minus(WordDocument.footerDistance(spec));
        Length wanted = docx.page().get().bottom().minus(drop);
        Length actual = docx.footerDistance().get();
        if (off(actual, wanted)) {
            out.add(document("page-number", Severity.WARNING, "footer",
                    "页脚距离应为" + mm(wanted) + "毫米（页码一字线在版心下" + mm(spec.pageNumberDrop()) + "毫米），实为"
                            + mm(actual) + "毫米",
                    "the footer distance should be " + mm(wanted) + " mm (the page number's dashes "
                            + mm(spec.pageNumberDrop()) + " mm below the text block), not " + mm(actual) + " mm"));
        }
    }

    /** A character grid, where there is one, that gives the standard's 28 characters a line. */
    private void characterGrid(WordDocument docx, List<Finding> out) {
        if (docx.characterGrid().isEmpty() || docx.page().isEmpty()) {
            return;
        }
        WordDocument.Page page = docx.page().get();
        // on a turned last page (a landscape table) the lines of the portrait pages run across its height
        boolean turned = page.width().compareTo(page.height()) > 0;
        double width = turned ? page.height().points() - page.top().points() - page.bottom().points()
                : page.width().points() - page.left().points() - page.right().points();
        // Word's character pitch is the Normal style's size plus charSpace, in 4096ths of a point
        double pitch = spec.style(DocumentElement.BODY).size().points() + docx.characterGrid().get().charSpace() / 4096.0;
        int perLine = pitch > 0 ? (int) Math.floor(width / pitch + 1e-3) : 0;
        if (perLine != spec.charactersPerLine()) {
            String p = String.format(Locale.ROOT, "%.2f", pitch);
            out.add(document("characters-per-line", Severity.WARNING, "page",
                    "文档网格应每行" + spec.charactersPerLine() + "字，实为每行" + perLine + "字（字符跨度" + p + "磅）",
                    "the document grid should give " + spec.charactersPerLine() + " characters a line, not " + perLine
                            + " (a pitch of " + p + " pt)"));
        }
    }

    private static Optional<WordDocument.Paragraph> pageNumber(WordDocument.Footer footer) {
        if (footer == null) {
            return Optional.empty();
        }
        return footer.paragraphs().stream().filter(WordDocument.Paragraph::pageField).findFirst();
    }

    private void pageNumberForm(List<Finding> out, WordDocument.Paragraph p, String where) {
        String text = p.text().strip();
        if (!PAGE_NUMBER.matcher(text).matches()) {
            out.add(document("page-number", Severity.WARNING, where,
                    "页码应写作“— 1 —”（数码左右各放一条一字线），实为“" + text + "”",
                    "the page number should read \"— 1 —\" (an em dash either side), not \"" + text + "\""));
        }
        Length wanted = spec.style(DocumentElement.PAGE_NUMBER).size();
        for (WordDocument.Run run : p.runs()) {
            if (run.size().isPresent() && Math.abs(run.size().get().points() - wanted.points()) > SIZE_TOLERANCE_PT) {
                out.add(document("font-size", Severity.ERROR, where,
                        "页码字号应为" + pt(wanted) + "磅（四号），实为" + pt(run.size().get()) + "磅",
                        "page numbers should be " + pt(wanted) + " pt, not " + pt(run.size().get()) + " pt"));
                break;
            }
        }
        for (WordDocument.Run run : p.runs()) {
            String face = run.eastAsiaFont().orElse("(none)");
            if (!run.text().isBlank() && !faceFits(DocumentElement.PAGE_NUMBER, face)) {
                out.add(document("font", Severity.ERROR, where, "页码字体应为宋体，实为“" + face + "”",
                        "page numbers should be set in 宋体 (SimSun), not \"" + face + "\""));
                break;
            }
        }
        if (p.runs().stream().anyMatch(r -> r.bold() && !r.text().isBlank())) {
            out.add(document("page-number", Severity.WARNING, where, "页码不应加粗", "page numbers should not be bold"));
        }
    }

    /** Fonts, sizes and line spacing per element; a finding that repeats is reported once with its count. */
    private void typography(WordDocument docx, Map<Integer, DocumentElement> elements, List<Finding> out) {
        Map<String, Repeated> repeated = new LinkedHashMap<>();
        for (WordDocument.Paragraph p : docx.paragraphs()) {
            DocumentElement element = elements.get(p.number());
            if (element == null || p.runs().isEmpty()) {
                continue;
            }
            // a heading's face is its first run's: the text after a run-in heading is body text
            List<WordDocument.Run> runs = element.name().startsWith("HEADING") ? p.runs().subList(0, 1) : p.runs();
            for (WordDocument.Run run : runs) {
                if (run.text().isBlank()) {
                    continue;
                }
                String face = run.eastAsiaFont().orElse("(none)");
                if (!faceFits(element, face)) {
                    note(repeated, p, "font", Severity.ERROR, element, face,
                            name(element) + "字体应为" + faceName(element) + "，实为“" + face + "”",
                            english(element) + " should be set in " + faceEnglish(element) + ", not \"" + face + "\"");
                }
                Length wanted = spec.style(element).size();
                if (run.size().isPresent() && Math.abs(run.size().get().points() - wanted.points()) > SIZE_TOLERANCE_PT) {
                    String actual = pt(run.size().get());
                    note(repeated, p, "font-size", Severity.ERROR, element, actual,
                            name(element) + "字号应为" + pt(wanted) + "磅，实为" + actual + "磅",
                            english(element) + " should be " + pt(wanted) + " pt, not " + actual + " pt");
                }
            }
            // body text and headings keep the 22-line grid; the title, mark, labels and colophon have their own
            if (element == DocumentElement.BODY || element.name().startsWith("HEADING")) {
                lineSpacing(docx, p).ifPresent(actual -> note(repeated, p, "line-spacing", Severity.WARNING,
                        DocumentElement.BODY, actual,
                        "正文行距应为固定值" + pt(spec.linePitch()) + "磅（每页22行），实为" + actual,
                        "body text should have exact " + pt(spec.linePitch()) + " pt line spacing (22 lines a "
                                + "page), not " + actual));
            }
        }
        report(repeated, out);
    }

    /** Each repeated finding once, at its first paragraph, with the count. */
    private static void report(Map<String, Repeated> repeated, List<Finding> out) {
        for (Repeated r : repeated.values()) {
            String times = r.count == 1 ? "" : "（共" + r.count + "段）";
            String timesEnglish = r.count == 1 ? "" : " (" + r.count + " paragraphs)";
            out.add(new Finding(r.rule, r.severity, r.paragraph, 0, r.chinese + times, r.english + timesEnglish,
                    Optional.empty(), "paragraph " + r.paragraph));
        }
    }

    /** What is wrong with the paragraph's line spacing, or empty if it gives the standard's 22 lines. */
    private Optional<String> lineSpacing(WordDocument docx, WordDocument.Paragraph p) {
        double wanted = spec.linePitch().points();
        if (p.lineSpacing().isEmpty()) {
            return gridGives22(docx, 1.0) ? Optional.empty() : Optional.of("单倍行距 / single");
        }
        WordDocument.LineSpacing s = p.lineSpacing().get();
        if (s.exact().isPresent()) {
            double points = s.exact().get().points();
            return "exact".equals(s.rule()) && Math.abs(points - wanted) <= LINE_TOLERANCE_PT
                    ? Optional.empty() : Optional.of(s.rule() + " " + pt(s.exact().get()) + " pt");
        }
        return gridGives22(docx, s.lines()) ? Optional.empty()
                : Optional.of(String.format(Locale.ROOT, "%.2f倍行距 / %.2f lines", s.lines(), s.lines()));
    }

    /** Single spacing on a line grid whose pitch fits the text block's height 22 times. */
    private boolean gridGives22(WordDocument docx, double lines) {
        if (lines > 1.0 || docx.page().isEmpty() || docx.page().get().gridLinePitch().isEmpty()) {
            return false;
        }
        WordDocument.Page page = docx.page().get();
        double height = page.height().points() - page.top().points() - page.bottom().points();
        double pitch = docx.page().get().gridLinePitch().get().points();
        return pitch > 0 && (int) Math.floor(height / pitch + 1e-6) == spec.linesPerPage();
    }

    private boolean faceFits(DocumentElement element, String face) {
        if (face.equals(spec.style(element).font().eastAsia())) {
            return true;
        }
        String f = face.toLowerCase(Locale.ROOT);
        return switch (element) {
            case TITLE -> f.contains("小标宋") || f.contains("xiaobiaosong");
            case HEADING_1 -> f.contains("黑体") || f.contains("simhei") || f.contains("heiti");
            case HEADING_2 -> f.contains("楷体") || f.contains("kaiti");
            case PAGE_NUMBER -> (f.contains("宋") && !f.contains("仿宋") && !f.contains("小标宋"))
                    || f.contains("simsun") || f.contains("songti");
            default -> f.contains("仿宋") || f.contains("fangsong");
        };
    }

    private static String faceName(DocumentElement element) {
        return switch (element) {
            case TITLE -> "小标宋体";
            case HEADING_1 -> "黑体";
            case HEADING_2 -> "楷体";
            default -> "仿宋（仿宋_GB2312）";
        };
    }

    private static String faceEnglish(DocumentElement element) {
        return switch (element) {
            case TITLE -> "a 小标宋 (XiaoBiaoSong) face";
            case HEADING_1 -> "黑体 (SimHei)";
            case HEADING_2 -> "楷体 (KaiTi)";
            default -> "仿宋 (FangSong)";
        };
    }

    private static String name(DocumentElement element) {
        return switch (element) {
            case TITLE -> "标题";
            case HEADING_1 -> "一级标题";
            case HEADING_2 -> "二级标题";
            case HEADING_3 -> "三级标题";
            case HEADING_4 -> "四级标题";
            default -> "正文";
        };
    }

    private static String english(DocumentElement element) {
        return switch (element) {
            case TITLE -> "the title";
            case HEADING_1 -> "level-1 headings";
            case HEADING_2 -> "level-2 headings";
            case HEADING_3 -> "level-3 headings";
            case HEADING_4 -> "level-4 headings";
            default -> "body text";
        };
    }

    private static void note(Map<String, Repeated> repeated, WordDocument.Paragraph p, String rule, Severity severity,
                             DocumentElement element, String actual, String chinese, String english) {
        repeated.computeIfAbsent(rule + "|" + element + "|" + actual,
                k -> new Repeated(rule, severity, p.number(), chinese, english)).count++;
    }

    /** Width, explicit widths, cell text size and line spacing of each table of the body. */
    private void tables(WordDocument docx, List<Finding> out) {
        Optional<Length> pageWidth = docx.page().map(p -> p.width().minus(p.left()).minus(p.right()));
        boolean text = false;
        for (WordDocument.Item item : docx.body()) {
            if (item instanceof WordDocument.Table table) {
                // a table above all text is the head block's layout (a joint mark), set in the mark's type
                table(table, table.textWidth().or(() -> pageWidth), text, out);
            } else {
                text |= !((WordDocument.Paragraph) item).text().isBlank();
            }
        }
    }

    private void table(WordDocument.Table table, Optional<Length> textWidth, boolean cells, List<Finding> out) {
        String where = "table at paragraph " + table.number();
        Optional<Length> columns = table.columnWidths().stream().reduce(Length::plus);
        boolean noWidth = table.width().isEmpty();
        boolean noColumns = columns.isEmpty();
        if (noWidth || noColumns) {
            out.add(new Finding("table-grid", Severity.WARNING, table.number(), 0,
                    "表格未设定" + (noWidth && noColumns ? "表格宽度（w:tblW）和列宽（w:tblGrid/w:gridCol）"
                            : noWidth ? "表格宽度（w:tblW）" : "列宽（w:tblGrid/w:gridCol）")
                            + "：应同时设定表格宽度和列宽，WPS按列宽排版",
                    "the table states " + (noWidth && noColumns ? "neither a width (w:tblW) nor column widths (w:tblGrid/w:gridCol)"
                            : noWidth ? "no width (w:tblW)" : "no column widths (w:tblGrid/w:gridCol)")
                            + ": give both the table's and the columns' widths; WPS lays tables out by the columns",
                    Optional.empty(), where));
        }
        if (textWidth.isPresent()) {
            Optional<Length> widest = Stream.of(table.width(), columns).flatMap(Optional::stream)
                    .max(Comparator.comparingDouble(Length::points));
            if (widest.isPresent() && widest.get().toMillimetres() - textWidth.get().toMillimetres() > MARGIN_TOLERANCE_MM) {
                out.add(new Finding("table-width", Severity.ERROR, table.number(), 0,
                        "表格宽" + mm(widest.get()) + "毫米，超出版心宽度" + mm(textWidth.get()) + "毫米",
                        "the table is " + mm(widest.get()) + " mm wide, wider than the text block's "
                                + mm(textWidth.get()) + " mm", Optional.empty(), where));
            }
        }
        if (!cells) {
            return;
        }
        Map<String, Repeated> repeated = new LinkedHashMap<>();
        double pitch = spec.linePitch().points();
        for (WordDocument.Row row : table.rows()) {
            DocumentElement element = row.header() ? DocumentElement.TABLE_HEADER : DocumentElement.TABLE;
            Length wanted = spec.style(element).size();
            for (WordDocument.Cell cell : row.cells()) {
                for (WordDocument.Paragraph p : cell.paragraphs()) {
                    for (WordDocument.Run run : p.runs()) {
                        if (!run.text().isBlank() && run.size().isPresent()
                                && Math.abs(run.size().get().points() - wanted.points()) > SIZE_TOLERANCE_PT) {
                            String actual = pt(run.size().get());
                            note(repeated, p, "table-font-size", Severity.WARNING, element, actual,
                                    (row.header() ? "表头" : "表格") + "文字字号应为" + pt(wanted) + "磅，实为" + actual + "磅",
                                    (row.header() ? "header cells" : "table cells") + " should be " + pt(wanted)
                                            + " pt, not " + actual + " pt");
                        }
                    }
                    Optional<Length> exact = p.lineSpacing().filter(s -> "exact".equals(s.rule()))
                            .flatMap(WordDocument.LineSpacing::exact);
                    if (!p.text().isBlank() && exact.isPresent() && Math.abs(exact.get().points() - pitch) <= LINE_TOLERANCE_PT) {
                        note(repeated, p, "table-line-spacing", Severity.WARNING, DocumentElement.TABLE, "",
                                "表格内不宜使用正文的固定行距" + pt(spec.linePitch()) + "磅（行高过大）",
                                "table cells should not take the body's exact " + pt(spec.linePitch())
                                        + " pt line spacing (the rows grow as tall as body lines)");
                    }
                }
            }
        }
        report(repeated, out);
    }

    /**
     * The text rules, run over the paragraphs; a paragraph's number is its line. The paragraphs the
     * reader dropped are left out, as blank lines.
     */
    private void text(WordDocument docx, java.util.Set<Integer> dropped, List<Finding> out) {
        List<WordDocument.Paragraph> paragraphs = docx.paragraphs();
        int last = paragraphs.isEmpty() ? 0 : paragraphs.get(paragraphs.size() - 1).number();
        String[] lines = new String[last];
        java.util.Arrays.fill(lines, "");
        for (WordDocument.Paragraph p : paragraphs) {
            // one line per paragraph, so that line numbers are paragraph numbers and offsets stay
            lines[p.number() - 1] = dropped.contains(p.number()) ? "" : p.text().replace('\n', ' ').replace('\r', ' ');
        }
        for (Finding f : new TextChecker().check(String.join("\n", lines))) {
            out.add(f.atParagraph());
        }
    }

    private static Finding document(String rule, Severity severity, String where, String chinese, String english) {
        return new Finding(rule, severity, 0, 0, chinese, english, Optional.empty(), where);
    }

    private static String mm(Length length) {
        return String.format(Locale.ROOT, "%.1f", length.toMillimetres()).replace(".0", "");
    }

    private static String pt(Length length) {
        String s = String.format(Locale.ROOT, "%.2f", length.points());
        return s.replaceAll("\\.?0+$", "");
    }

    /** Builds a {@link DocxChecker}. Not thread-safe; can be reused. */
    public static final class Builder {
        private final DocxReader.Builder reader = DocxReader.builder();
        private Specification spec = Specification.standard();

        private Builder() {
        }

        /**
         * Leaves out every paragraph in which the regular expression finds a match: the reader drops it
         * ({@link DocxReader.Builder#drop(String)}), so it takes no part in the structure, and it is not
         * checked.
         *
         * @throws InvalidDocumentException if it is empty or not a regular expression
         */
        public Builder drop(String regex) {
            reader.drop(regex);
            return this;
        }

        /** The specification checked against; the standard's unless set. */
        public Builder specification(Specification spec) {
            if (spec == null) {
                throw new InvalidDocumentException("specification", "must not be null");
            }
            this.spec = spec;
            return this;
        }

        /** A checker with these settings; the builder can go on being used. */
        public DocxChecker build() {
            return new DocxChecker(this);
        }
    }

    /** A typographic finding and how often it occurs. */
    private static final class Repeated {
        final String rule;
        final Severity severity;
        final int paragraph;
        final String chinese;
        final String english;
        int count;

        Repeated(String rule, Severity severity, int paragraph, String chinese, String english) {
            this.rule = rule;
            this.severity = severity;
            this.paragraph = paragraph;
            this.chinese = chinese;
            this.english = english;
        }
    }
}
