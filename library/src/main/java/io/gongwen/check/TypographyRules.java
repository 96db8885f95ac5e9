package io.gongwen.check;

import io.gongwen.DocumentElement;
import io.gongwen.Length;
import io.gongwen.Specification;
import io.gongwen.docx.read.WordContent;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The type of each paragraph, by the element the reader recognises it as: {@link Rule#FONT} (the
 * Chinese face's role: 仿宋_GB2312, 仿宋, FangSong and 方正仿宋_GBK are one face), {@link Rule#FONT_SIZE},
 * {@link Rule#LINE_SPACING}, {@link Rule#LATIN_FONT} (letters and digits in the specification's Latin
 * face, Times New Roman), and where the paragraph stands: {@link Rule#ALIGNMENT} (a centred title,
 * GB/T 9704-2012 §7.3.1; signature and date on the right, §7.3.5) and {@link Rule#INDENT} (body text
 * and headings two characters in, §7.3.3; 主送 flush left, §7.3.2). The mark's size and face are the
 * issuer's (§7.2.4 fixes neither) and are not checked.
 */
final class TypographyRules {
    private static final java.util.regex.Pattern LATIN = java.util.regex.Pattern.compile("[A-Za-z0-9]");
    private static final Set<String> CENTRED = Set.of("center");
    private static final Set<String> RIGHT = Set.of("right", "end");
    private static final Set<String> FLOWING = Set.of("both", "left", "start", "distribute", "justify", "lowKashida",
            "mediumKashida", "highKashida", "thaiDistribute");
    /** How far off two characters a first-line indent may be, in characters. */
    private static final double INDENT_TOLERANCE = 0.5;

    private final Specification spec;

    TypographyRules(Specification spec) {
        this.spec = spec;
    }

    /** Fonts, sizes, line spacing, alignment and indents; a finding that repeats is reported once with its count. */
    void check(WordContent docx, Map<Integer, DocumentElement> elements, Parts parts, List<Finding> out) {
        Findings repeated = new Findings();
        for (WordContent.Paragraph p : docx.paragraphs()) {
            DocumentElement element = elements.get(p.number());
            if (element == null || p.runs().isEmpty() || element == DocumentElement.MARK) {
                continue;
            }
            boolean heading = element.name().startsWith("HEADING");
            // a heading's face is its first run's: the text after a run-in heading is body text
            List<WordContent.Run> runs = heading ? p.runs().subList(0, 1) : p.runs();
            String wantedFace = spec.style(element).font().eastAsia();
            for (WordContent.Run run : runs) {
                if (run.text().isBlank()) {
                    continue;
                }
                String face = run.eastAsiaFont().orElse("(none)");
                if (!Faces.fits(wantedFace, face)) {
                    repeated.note(p.number(), Rule.FONT, Severity.ERROR, element, face,
                            name(element) + "字体应为" + faceName(wantedFace) + "，实为“" + face + "”",
                            english(element) + " should be set in " + faceEnglish(wantedFace) + ", not \"" + face + "\"");
                }
                latin(p, element, run, repeated);
                Length wanted = spec.style(element).size();
                if (run.size().isPresent() && Math.abs(run.size().get().points() - wanted.points()) > Findings.SIZE_TOLERANCE_PT) {
                    String actual = Findings.pt(run.size().get());
                    repeated.note(p.number(), Rule.FONT_SIZE, Severity.ERROR, element, actual,
                            name(element) + "字号应为" + Findings.pt(wanted) + "磅，实为" + actual + "磅",
                            english(element) + " should be " + Findings.pt(wanted) + " pt, not " + actual + " pt");
                }
            }
            // body text and headings keep the 22-line grid; the title, mark, labels and colophon have their own
            if (element == DocumentElement.BODY || heading) {
                lineSpacing(docx, p).ifPresent(actual -> repeated.note(p.number(), Rule.LINE_SPACING, Severity.WARNING,
                        DocumentElement.BODY, actual,
                        "正文行距应为固定值" + Findings.pt(spec.linePitch()) + "磅（每页22行），实为" + actual,
                        "body text should have exact " + Findings.pt(spec.linePitch()) + " pt line spacing (22 lines a "
                                + "page), not " + actual));
            }
            position(p, element, parts, repeated);
        }
        repeated.report(out);
    }

    /**
     * The 主送 one blank line below the title (§7.3.2): more than one empty paragraph between them is
     * reported. None is not: the space may be the paragraphs' own spacing, which the reader does not see.
     */
    void spacing(WordContent docx, Parts parts, List<Finding> out) {
        if (parts.title.isEmpty() || parts.addressees.isEmpty()) {
            return;
        }
        int from = parts.title.get(parts.title.size() - 1);
        int to = parts.addressees.get(0);
        long empty = docx.paragraphs().stream().filter(p -> p.number() > from && p.number() < to)
                .filter(p -> p.text().isBlank()).count();
        if (empty > 1) {
            out.add(new Finding(Rule.TITLE, Severity.WARNING, to, 0,
                    "主送机关应在标题下空一行，实为空" + empty + "行", "the main recipients (主送) stand one blank line below the "
                            + "title, not " + empty, Optional.empty(), new Where.Paragraph(to)));
        }
    }

    /**
     * Latin letters and digits in the specification's Latin face (Times New Roman), where the run
     * has any and names its face; a run that names none takes Word's default, Times New Roman.
     */
    private void latin(WordContent.Paragraph p, DocumentElement element, WordContent.Run run, Findings repeated) {
        String wanted = spec.style(element).font().latin();
        if (run.latinFont().isEmpty() || !LATIN.matcher(run.text()).find()) {
            return;
        }
        String face = run.latinFont().get();
        if (!plain(face).equals(plain(wanted)) && !Faces.fits(wanted, face)) {
            repeated.note(p.number(), Rule.LATIN_FONT, Severity.WARNING, element, face,
                    name(element) + "中的数字和西文字体应为" + wanted + "，实为“" + face + "”",
                    "Latin letters and digits in " + english(element) + " should be set in " + wanted + ", not \""
                            + face + "\"");
        }
    }

    private static String plain(String face) {
        return face.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** Alignment and indents of the title, 主送, body text, headings, signature and date. */
    private void position(WordContent.Paragraph p, DocumentElement element, Parts parts, Findings repeated) {
        String jc = p.alignment().orElse("left");
        int n = p.number();
        if (element == DocumentElement.TITLE) {
            if (!CENTRED.contains(jc)) {
                repeated.note(n, Rule.ALIGNMENT, Severity.WARNING, element, jc, "标题应居中排布",
                        "the title is centred");
            }
            return;
        }
        if (element != DocumentElement.BODY && !element.name().startsWith("HEADING")) {
            return;
        }
        double start = firstLineStart(p);
        if (parts.addressees.contains(n)) {
            if (start > INDENT_TOLERANCE && FLOWING.contains(jc)) {
                repeated.note(n, Rule.INDENT, Severity.WARNING, "addressee", "", "主送机关应顶格排布，不缩进",
                        "the main recipients (主送) start flush left, not indented");
            }
            return;
        }
        if (n == parts.date || parts.signature.contains(n)) {
            double half = spec.charactersPerLine() / 2.0;
            // a signature may stand on a tab stop ("\t署名", centred above the date)
            boolean tab = p.text().startsWith("\t");
            if (!RIGHT.contains(jc) && !tab && !(CENTRED.contains(jc) && n != parts.date) && start < half
                    && chars(p.indent().rightChars(), p.indent().right()) < 1) {
                boolean date = n == parts.date;
                repeated.note(n, Rule.ALIGNMENT, Severity.WARNING, date ? "date" : "signature", "",
                        date ? "成文日期应居右排布（右空二字或四字）" : "发文机关署名应居右排布（在成文日期之上居中）",
                        date ? "the date stands on the right (two or four characters in from the right edge)"
                                : "the signature stands on the right, centred above the date");
            }
            return;
        }
        // Word's own numbering indents by the list's level, which the reader does not resolve
        if (n < parts.titleStart || parts.head.contains(n) || !FLOWING.contains(jc) || parts.title.contains(n)
                || p.autoNumbered()
                || n > (parts.date == 0 ? Integer.MAX_VALUE : parts.date)) {
            return;
        }
        if (Math.abs(start - 2) > INDENT_TOLERANCE && !(start > 2 && hanging(p))) {
            String actual = String.format(Locale.ROOT, "%.1f", start).replace(".0", "");
            repeated.note(n, Rule.INDENT, Severity.WARNING, "body", actual, "正文段落首行应缩进二字（实为" + actual + "字）",
                    "body paragraphs and headings are indented two characters on their first line, not " + actual);
        }
    }

    /**
     * Each face the body's runs name, Chinese or Latin, that is not installed: once per face, with the
     * first paragraph that uses it. Theme fonts ("(theme …)") are the theme's business and are left out.
     */
    static void installed(WordContent docx, Set<String> installed, List<Finding> out) {
        Map<String, Integer> missing = new java.util.LinkedHashMap<>();
        for (WordContent.Paragraph p : docx.paragraphs()) {
            for (WordContent.Run run : p.runs()) {
                if (run.text().isBlank()) {
                    continue;
                }
                for (Optional<String> face : List.of(run.eastAsiaFont(), run.latinFont())) {
                    face.filter(f -> !f.startsWith("(") && !installed.contains(f.strip().toLowerCase(Locale.ROOT)))
                            .ifPresent(f -> missing.putIfAbsent(f, p.number()));
                }
            }
        }
        missing.forEach((face, paragraph) -> out.add(new Finding(Rule.FONT_INSTALLED, Severity.WARNING, paragraph, 0,
                "字体“" + face + "”未安装在本机，打开文档时将以其他字体替代",
                "the face \"" + face + "\" is not installed on this machine: another takes its place when the document is opened",
                Optional.empty(), new Where.Paragraph(paragraph))));
    }

    /** A list item laid out with a hanging indent (an attachment note's second item). */
    private boolean hanging(WordContent.Paragraph p) {
        return p.indent().firstLine().points() < 0 || p.indent().firstLineChars() < 0;
    }

    /** Where the first line starts, in body characters: indents plus leading spaces. */
    private double firstLineStart(WordContent.Paragraph p) {
        WordContent.Indent ind = p.indent();
        double start = chars(ind.leftChars(), ind.left()) + chars(ind.firstLineChars(), ind.firstLine());
        String text = p.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u3000') {
                start += 1;
            } else if (c == ' ' || c == '\u00A0') {
                start += 0.5;
            } else if (c == '\t') {
                start += 2;
            } else {
                break;
            }
        }
        return start;
    }

    private double chars(int hundredths, Length length) {
        return hundredths != 0 ? hundredths / 100.0 : length.points() / spec.style(DocumentElement.BODY).size().points();
    }

    /** What is wrong with the paragraph's line spacing, or empty if it gives the standard's 22 lines. */
    private Optional<String> lineSpacing(WordContent docx, WordContent.Paragraph p) {
        double wanted = spec.linePitch().points();
        if (p.lineSpacing().isEmpty()) {
            return gridGives22(docx, 1.0) ? Optional.empty() : Optional.of("单倍行距 / single");
        }
        WordContent.LineSpacing s = p.lineSpacing().get();
        if (s.exact().isPresent()) {
            double points = s.exact().get().points();
            return "exact".equals(s.rule()) && Math.abs(points - wanted) <= Findings.LINE_TOLERANCE_PT
                    ? Optional.empty() : Optional.of(s.rule() + " " + Findings.pt(s.exact().get()) + " pt");
        }
        return gridGives22(docx, s.lines()) ? Optional.empty()
                : Optional.of(String.format(Locale.ROOT, "%.2f倍行距 / %.2f lines", s.lines(), s.lines()));
    }

    /** Single spacing on a line grid whose pitch fits the text block's height 22 times. */
    private boolean gridGives22(WordContent docx, double lines) {
        if (lines > 1.0 || docx.page().isEmpty() || docx.page().get().gridLinePitch().isEmpty()) {
            return false;
        }
        WordContent.Page page = docx.page().get();
        double height = page.height().points() - page.top().points() - page.bottom().points();
        double pitch = docx.page().get().gridLinePitch().get().points();
        return pitch > 0 && (int) Math.floor(height / pitch + 1e-6) == spec.linesPerPage();
    }

    private static String faceName(String face) {
        return Faces.of(face).map(Faces::chinese).orElse(face);
    }

    private static String faceEnglish(String face) {
        return Faces.of(face).map(Faces::english).orElse(face);
    }

    private static String name(DocumentElement element) {
        return switch (element) {
            case TITLE -> "标题";
            case HEADING_1 -> "一级标题";
            case HEADING_2 -> "二级标题";
            case HEADING_3 -> "三级标题";
            case HEADING_4 -> "四级标题";
            case LABEL -> "密级、紧急程度和附件标识";
            case SIGNER -> "签发人姓名";
            case COLOPHON -> "版记";
            case NOTE -> "脚注和尾注";
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
            case LABEL -> "labels (密级, 紧急程度, 附件)";
            case SIGNER -> "the signers' names";
            case COLOPHON -> "the colophon";
            case NOTE -> "footnotes and endnotes";
            default -> "body text";
        };
    }
}
