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
 * pages set to differ ({@code w:evenAndOddHeaders}) (warning).</li>
 * </ul>
 * {@code structure} (error): the text cannot be read as a document at all (no text, characters a
 * document cannot carry); typography is then not checked.
 * A typographic finding that repeats is reported once, at its first paragraph, with the count.
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
        if (spec == null) {
            throw new InvalidDocumentException("specification", "must not be null");
        }
        this.spec = spec;
        this.reader = DocxReader.builder().specification(spec).build();
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
        footers(docx, out);
        typography(docx, out);
        text(docx, out);
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
        if (off(page.width(), spec.pageWidth()) || off(page.height(), spec.pageHeight())) {
            out.add(document("page-size", Severity.ERROR, "page",
                    "纸张应为A4（" + mm(spec.pageWidth()) + "×" + mm(spec.pageHeight()) + "毫米），实为"
                            + mm(page.width()) + "×" + mm(page.height()) + "毫米",
                    "the paper should be A4 (" + mm(spec.pageWidth()) + " × " + mm(spec.pageHeight()) + " mm), not "
                            + mm(page.width()) + " × " + mm(page.height()) + " mm"));
        }
        margin(out, "上", "top", page.top(), spec.marginTop());
        margin(out, "下", "bottom", page.bottom(), spec.marginBottom());
        margin(out, "左", "left", page.left(), spec.marginLeft());
        margin(out, "右", "right", page.right(), spec.marginRight());
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
        }
        if (even.isEmpty()) {
            out.add(document("page-number", Severity.WARNING, "footer (even pages)",
                    "没有单独的双页页脚（或未设置“奇偶页不同”）：双页码应居左", "there is no separate even-page footer "
                            + "(or odd and even pages are not set to differ): on even pages the page number stands on the left"));
        } else if (!even.get().alignment().orElse("left").equals("left")) {
            out.add(document("page-number", Severity.WARNING, "footer (even pages)",
                    "双页码应居左", "on even pages the page number stands on the left"));
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
                return;
            }
        }
    }

    /** Fonts, sizes and line spacing per element; a finding that repeats is reported once with its count. */
    private void typography(WordDocument docx, List<Finding> out) {
        Map<Integer, DocumentElement> elements;
        try {
            elements = reader.elements(docx);
        } catch (InvalidDocumentException e) {
            out.add(document("structure", Severity.ERROR, "document", "无法识别文档结构：" + e.getMessage(),
                    "the document's structure cannot be recognised: " + e.getMessage()));
            return;
        }
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

    /** The text rules, run over the paragraphs; a paragraph's number is its line. */
    private static void text(WordDocument docx, List<Finding> out) {
        List<WordDocument.Paragraph> paragraphs = docx.paragraphs();
        int last = paragraphs.isEmpty() ? 0 : paragraphs.get(paragraphs.size() - 1).number();
        String[] lines = new String[last];
        java.util.Arrays.fill(lines, "");
        for (WordDocument.Paragraph p : paragraphs) {
            // one line per paragraph, so that line numbers are paragraph numbers and offsets stay
            lines[p.number() - 1] = p.text().replace('\n', ' ').replace('\r', ' ');
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
