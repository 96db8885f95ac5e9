package io.gongwen.check;

import io.gongwen.DocumentElement;
import io.gongwen.Length;
import io.gongwen.Specification;
import io.gongwen.docx.read.WordContent;

import java.util.List;
import java.util.Locale;

/**
 * The page: {@link Rule#PAGE_SIZE} (A4 ± 1 mm), {@link Rule#MARGINS} (37 / 35 / 28 / 26 mm ± 1 mm) and
 * {@link Rule#CHARACTERS_PER_LINE} (a character grid of 28 characters a line), GB/T 9704-2012 §5.2.
 */
final class PageRules {
    private final Specification spec;

    PageRules(Specification spec) {
        this.spec = spec;
    }

    void check(WordContent docx, List<Finding> out) {
        page(docx, out);
        characterGrid(docx, out);
    }

    private void page(WordContent docx, List<Finding> out) {
        if (docx.page().isEmpty()) {
            out.add(Findings.document(Rule.PAGE_SIZE, Severity.ERROR, Where.Part.PAGE,
                    "未设置页面尺寸和页边距（应为A4纸，天头37毫米，订口28毫米）",
                    "the document states no page size or margins (A4, top 37 mm, left 28 mm)"));
            return;
        }
        WordContent.Page page = docx.page().get();
        // a document that ends with a landscape table ends with the portrait page turned a quarter turn:
        // each margin is the portrait margin on the same edge of the paper (top = left, left = bottom)
        boolean turned = page.width().compareTo(page.height()) > 0;
        Length width = turned ? spec.pageHeight() : spec.pageWidth();
        Length height = turned ? spec.pageWidth() : spec.pageHeight();
        if (Findings.off(page.width(), width) || Findings.off(page.height(), height)) {
            out.add(Findings.document(Rule.PAGE_SIZE, Severity.ERROR, Where.Part.PAGE,
                    "纸张应为A4（" + Findings.mm(width) + "×" + Findings.mm(height) + "毫米），实为"
                            + Findings.mm(page.width()) + "×" + Findings.mm(page.height()) + "毫米",
                    "the paper should be A4 (" + Findings.mm(width) + " × " + Findings.mm(height) + " mm), not "
                            + Findings.mm(page.width()) + " × " + Findings.mm(page.height()) + " mm"));
        }
        margin(out, "上", "top", page.top(), turned ? spec.marginLeft() : spec.marginTop());
        margin(out, "下", "bottom", page.bottom(), turned ? spec.marginRight() : spec.marginBottom());
        margin(out, "左", "left", page.left(), turned ? spec.marginBottom() : spec.marginLeft());
        margin(out, "右", "right", page.right(), turned ? spec.marginTop() : spec.marginRight());
    }

    private static void margin(List<Finding> out, String chinese, String english, Length actual, Length wanted) {
        if (Findings.off(actual, wanted)) {
            out.add(Findings.document(Rule.MARGINS, Severity.ERROR, Where.Part.PAGE,
                    chinese + "页边距应为" + Findings.mm(wanted) + "毫米（±1毫米），实为" + Findings.mm(actual) + "毫米",
                    "the " + english + " margin should be " + Findings.mm(wanted) + " mm (± 1 mm), not " + Findings.mm(actual) + " mm"));
        }
    }

    /** A character grid, where there is one, that gives the standard's 28 characters a line. */
    private void characterGrid(WordContent docx, List<Finding> out) {
        if (docx.characterGrid().isEmpty() || docx.page().isEmpty()) {
            return;
        }
        WordContent.Page page = docx.page().get();
        // on a turned last page (a landscape table) the lines of the portrait pages run across its height
        boolean turned = page.width().compareTo(page.height()) > 0;
        double width = turned ? page.height().points() - page.top().points() - page.bottom().points()
                : page.width().points() - page.left().points() - page.right().points();
        // Word's character pitch is the Normal style's size plus charSpace, in 4096ths of a point
        double pitch = spec.style(DocumentElement.BODY).size().points() + docx.characterGrid().get().charSpace() / 4096.0;
        int perLine = pitch > 0 ? (int) Math.floor(width / pitch + 1e-3) : 0;
        if (perLine != spec.charactersPerLine()) {
            String p = String.format(Locale.ROOT, "%.2f", pitch);
            out.add(Findings.document(Rule.CHARACTERS_PER_LINE, Severity.WARNING, Where.Part.PAGE,
                    "文档网格应每行" + spec.charactersPerLine() + "字，实为每行" + perLine + "字（字符跨度" + p + "磅）",
                    "the document grid should give " + spec.charactersPerLine() + " characters a line, not " + perLine
                            + " (a pitch of " + p + " pt)"));
        }
    }

}
