package io.gongwen;

import io.gongwen.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A document that a notice issues or forwards (印发, 转发, 公布): the 方案, 规定, 办法 or 报告 printed
 * after the notice's own closing, or the regulation an order publishes. Offices print it from a new
 * page with its own title, then, if it has them, a line in parentheses under the title ("（2019年1月
 * 24日国务院第37次常务会议通过）"), its own main recipients, its body, and its own closing lines (the
 * signature and date of a forwarded report), which are printed as written: they belong to the issued
 * document, not to the notice.
 *
 * @param title the title's lines, centred
 * @param subtitle the line in parentheses under the title, if any
 * @param addressees the issued document's own main recipients (a forwarded 报告's "国务院："), if any
 * @param body the content: paragraphs, sections, articles, chapters, tables
 * @param closing its own closing lines (signature, date) as printed, right-aligned; often none
 */
public record IssuedDocument(List<String> title, Optional<String> subtitle, List<String> addressees,
                             List<Block> body, List<String> closing) {
    /**
     * Checks the components.
     *
     * @param title at least one line
     * @param subtitle the line in parentheses, or empty
     * @param addressees possibly empty
     * @param body possibly empty
     * @param closing possibly empty
     * @throws InvalidDocumentException naming {@code issued.title} if there is no title line, or the
     *                                  component that is null
     */
    public IssuedDocument {
        title = List.copyOf(Checks.present("issued.title", title));
        if (title.isEmpty()) {
            throw new InvalidDocumentException("issued.title", "an issued document needs a title");
        }
        Checks.present("issued.subtitle", subtitle);
        addressees = List.copyOf(Checks.present("issued.addressees", addressees));
        body = List.copyOf(Checks.present("issued.body", body));
        closing = List.copyOf(Checks.present("issued.closing", closing));
    }

    /**
     * The title's lines joined, as a table of contents names it.
     *
     * @return the title on one line, nothing added between the lines
     */
    public String titleText() {
        return String.join("", title);
    }
}
