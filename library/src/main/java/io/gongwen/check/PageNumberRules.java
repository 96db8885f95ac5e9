package io.gongwen.check;

import io.gongwen.docx.write.PageGeometry;
import io.gongwen.DocumentElement;
import io.gongwen.Length;
import io.gongwen.Specification;
import io.gongwen.docx.read.WordContent;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The page numbers ({@link Rule#PAGE_NUMBER}, with their {@link Rule#FONT} and {@link Rule#FONT_SIZE}),
 * GB/T 9704-2012 §7.5: "— N —" in 4号 宋体 in the footer, odd pages on the right and even pages on the
 * left, one character in from the text block's edge, 7 mm below it.
 */
final class PageNumberRules {
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\u2014[ \u00A0\u3000]?[0-9]*[ \u00A0\u3000]?\u2014$");

    private final Specification spec;

    PageNumberRules(Specification spec) {
        this.spec = spec;
    }

    void check(WordContent docx, List<Finding> out) {
        Optional<WordContent.Paragraph> odd = pageNumber(docx.footers().get("default"));
        // without w:evenAndOddHeaders Word prints the default footer on even pages too
        Optional<WordContent.Paragraph> even = docx.evenAndOddFooters()
                ? pageNumber(docx.footers().get("even")) : Optional.empty();
        if (odd.isEmpty()) {
            out.add(Findings.document(Rule.PAGE_NUMBER, Severity.ERROR, Where.Part.FOOTER,
                    "页脚中没有页码", "there is no page number (a PAGE field) in the footer"));
            return;
        }
        pageNumberForm(out, odd.get(), Where.Part.ODD_FOOTER);
        even.ifPresent(p -> pageNumberForm(out, p, Where.Part.EVEN_FOOTER));
        if (!odd.get().alignment().orElse("left").equals("right")) {
            out.add(Findings.document(Rule.PAGE_NUMBER, Severity.WARNING, Where.Part.ODD_FOOTER,
                    "单页码应居右", "on odd pages the page number stands on the right"));
        } else {
            pageNumberIndent(out, odd.get(), true);
        }
        if (even.isEmpty()) {
            out.add(Findings.document(Rule.PAGE_NUMBER, Severity.WARNING, Where.Part.EVEN_FOOTER,
                    "没有单独的双页页脚（或未设置“奇偶页不同”）：双页码应居左", "there is no separate even-page footer "
                            + "(or odd and even pages are not set to differ): on even pages the page number stands on the left"));
        } else if (!even.get().alignment().orElse("left").equals("left")) {
            out.add(Findings.document(Rule.PAGE_NUMBER, Severity.WARNING, Where.Part.EVEN_FOOTER,
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
    private void pageNumberIndent(List<Finding> out, WordContent.Paragraph p, boolean odd) {
        WordContent.Indent ind = p.indent();
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
        double least = Math.min(spec.pageNumberIndent().toMillimetres(), body.toMillimetres()) - Findings.MARGIN_TOLERANCE_MM;
        double most = Math.max(spec.pageNumberIndent().toMillimetres(), body.toMillimetres()) + Findings.MARGIN_TOLERANCE_MM;
        if (indent.toMillimetres() < least || indent.toMillimetres() > most) {
            String wanted = Findings.mm(spec.pageNumberIndent());
            out.add(Findings.document(Rule.PAGE_NUMBER, Severity.WARNING, odd ? Where.Part.ODD_FOOTER : Where.Part.EVEN_FOOTER,
                    (odd ? "单页码应右空一字" : "双页码应左空一字") + "（约" + wanted + "毫米），实为" + Findings.mm(indent) + "毫米",
                    "on " + (odd ? "odd" : "even") + " pages the page number stands one character (about " + wanted
                            + " mm) in from the " + (odd ? "right" : "left") + " edge of the text block, not "
                            + Findings.mm(indent) + " mm"));
        }
    }

    /** An indent given in hundredths of a (body) character, which Word prefers when not 0, or as a length. */
    private static Length chars(int hundredths, Length length, Length character) {
        return hundredths != 0 ? character.times(hundredths / 100.0) : length;
    }

    /** The page number's dashes as far below the text block as the writer puts them. */
    private void footerDistance(WordContent docx, List<Finding> out) {
        if (docx.footerDistance().isEmpty() || docx.page().isEmpty()) {
            return;
        }
        // compared below the text block, so that a wrong bottom margin (its own finding) is not counted twice
        Length drop = spec.marginBottom().minus(PageGeometry.footerDistance(spec));
        Length wanted = docx.page().get().bottom().minus(drop);
        Length actual = docx.footerDistance().get();
        if (Findings.off(actual, wanted)) {
            out.add(Findings.document(Rule.PAGE_NUMBER, Severity.WARNING, Where.Part.FOOTER,
                    "页脚距离应为" + Findings.mm(wanted) + "毫米（页码一字线在版心下" + Findings.mm(spec.pageNumberDrop()) + "毫米），实为"
                            + Findings.mm(actual) + "毫米",
                    "the footer distance should be " + Findings.mm(wanted) + " mm (the page number's dashes "
                            + Findings.mm(spec.pageNumberDrop()) + " mm below the text block), not " + Findings.mm(actual) + " mm"));
        }
    }

    private static Optional<WordContent.Paragraph> pageNumber(WordContent.Footer footer) {
        if (footer == null) {
            return Optional.empty();
        }
        return footer.paragraphs().stream().filter(WordContent.Paragraph::pageField).findFirst();
    }

    private void pageNumberForm(List<Finding> out, WordContent.Paragraph p, Where.Part where) {
        String text = p.text().strip();
        if (!PAGE_NUMBER.matcher(text).matches()) {
            out.add(Findings.document(Rule.PAGE_NUMBER, Severity.WARNING, where,
                    "页码应写作“— 1 —”（数码左右各放一条一字线），实为“" + text + "”",
                    "the page number should read \"— 1 —\" (an em dash either side), not \"" + text + "\""));
        }
        Length wanted = spec.style(DocumentElement.PAGE_NUMBER).size();
        for (WordContent.Run run : p.runs()) {
            if (run.size().isPresent() && Math.abs(run.size().get().points() - wanted.points()) > Findings.SIZE_TOLERANCE_PT) {
                out.add(Findings.document(Rule.FONT_SIZE, Severity.ERROR, where,
                        "页码字号应为" + Findings.pt(wanted) + "磅（四号），实为" + Findings.pt(run.size().get()) + "磅",
                        "page numbers should be " + Findings.pt(wanted) + " pt, not " + Findings.pt(run.size().get()) + " pt"));
                break;
            }
        }
        for (WordContent.Run run : p.runs()) {
            String face = run.eastAsiaFont().orElse("(none)");
            if (!run.text().isBlank() && !Faces.fits(spec.style(DocumentElement.PAGE_NUMBER).font().eastAsia(), face)) {
                out.add(Findings.document(Rule.FONT, Severity.ERROR, where, "页码字体应为宋体，实为“" + face + "”",
                        "page numbers should be set in 宋体 (SimSun), not \"" + face + "\""));
                break;
            }
        }
        if (p.runs().stream().anyMatch(r -> r.bold() && !r.text().isBlank())) {
            out.add(Findings.document(Rule.PAGE_NUMBER, Severity.WARNING, where, "页码不应加粗", "page numbers should not be bold"));
        }
    }

}
