package io.gongwen;

import io.gongwen.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 版记, the colophon at the foot of the last page (GB/T 9704-2012 §7.4): the copy recipients (抄送机关)
 * and the printing office with the printing date (印发机关和印发日期), between a thick rule above and a
 * thick rule on the text block's bottom edge, a thin rule between them. Printed on an even page.
 *
 * @param copyTo the copy recipients, in order; each entry a name or a group ("市委各部门、各人民团体")
 * @param printer 印发机关
 * @param printDate 印发日期
 */
public record Colophon(List<String> copyTo, Optional<String> printer, Optional<LocalDate> printDate) {
    /** A document without a colophon. */
    public static final Colophon NONE = new Colophon(List.of(), Optional.empty(), Optional.empty());

    /**
     * Checks the components.
     *
     * @param copyTo the copy recipients in order; possibly empty
     * @param printer 印发机关, or empty
     * @param printDate 印发日期, or empty; present exactly when {@code printer} is
     * @throws InvalidDocumentException naming {@code printedBy} if only one of the printing office and date
     *                                  is given, or the component that is null
     */
    public Colophon {
        copyTo = List.copyOf(Checks.present("copyTo", copyTo));
        Checks.present("printer", printer);
        Checks.present("printDate", printDate);
        if (printer.isPresent() != printDate.isPresent()) {
            throw new InvalidDocumentException("printedBy", "give both the printing office and the date");
        }
    }

    /**
     * Whether there is anything to print.
     *
     * @return {@code true} if there are no copy recipients and no printing office
     */
    public boolean isEmpty() {
        return copyTo.isEmpty() && printer.isEmpty();
    }

    /**
     * The copy line as printed: "抄送：A，B。" (a full stop after the last name), or empty.
     *
     * @return the line, or empty if there are no copy recipients
     */
    public Optional<String> copyToText() {
        if (copyTo.isEmpty()) {
            return Optional.empty();
        }
        String names = String.join("，", copyTo);
        return Optional.of("抄送：" + (names.endsWith("。") ? names : names + "。"));
    }

    /**
     * The printing date as printed: "2012年7月1日印发".
     *
     * @return the date followed by 印发, or empty if there is no printing date
     */
    public Optional<String> printDateText() {
        return printDate.map(d -> OfficialDocument.formatDate(d) + "印发");
    }
}
