package io.gongwen;

import io.gongwen.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 版头, the head block above the red rule (GB/T 9704-2012 §7.2): copy number, classification and
 * urgency stacked at the top left, the issuer's red mark, the document number and, on a document to a
 * higher authority (上行文), the signers. Built through {@link OfficialDocument.Builder}; every part is
 * optional.
 *
 * @param copyNumber 份号, six digits, e.g. "000001"
 * @param secrecy 密级
 * @param secrecyPeriod 保密期限, e.g. "1年", "6个月"; only with a secrecy level
 * @param urgency 紧急程度
 * @param issuers the names in the red mark (发文机关标志), host first; several make a joint mark
 * @param markSuffix the word after the names, usually "文件" (or "命令", "令", "纪要" in those formats)
 * @param preprinted whether the mark and the red rule are pre-printed on the paper: the writer then
 *                   keeps their space empty
 * @param documentNumber 发文字号
 * @param signers 签发人 of a document to a higher authority, in order
 */
public record HeadBlock(Optional<String> copyNumber, Optional<Secrecy> secrecy, Optional<String> secrecyPeriod,
                        Optional<Urgency> urgency, List<String> issuers, Optional<String> markSuffix,
                        boolean preprinted, Optional<DocumentNumber> documentNumber, List<String> signers) {
    /** A document without a head block. */
    public static final HeadBlock NONE = new HeadBlock(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of(), Optional.empty(), false, Optional.empty(), List.of());

    /**
     * Checks the components and how they depend on each other.
     *
     * @param copyNumber 份号, or empty
     * @param secrecy 密级, or empty
     * @param secrecyPeriod 保密期限, or empty; only with a secrecy level
     * @param urgency 紧急程度, or empty
     * @param issuers the names in the red mark, host first; possibly empty
     * @param markSuffix the word after the names, or empty; only with issuers
     * @param preprinted whether the mark and the red rule are pre-printed on the paper
     * @param documentNumber 发文字号, or empty
     * @param signers 签发人, in order; possibly empty
     * @throws InvalidDocumentException naming {@code secrecyPeriod} or {@code markSuffix} if it is given
     *                                  without what it belongs to, or the component that is null
     */
    public HeadBlock {
        Checks.present("copyNumber", copyNumber);
        Checks.present("secrecy", secrecy);
        Checks.present("secrecyPeriod", secrecyPeriod);
        Checks.present("urgency", urgency);
        issuers = List.copyOf(Checks.present("issuers", issuers));
        Checks.present("markSuffix", markSuffix);
        Checks.present("documentNumber", documentNumber);
        signers = List.copyOf(Checks.present("signers", signers));
        if (secrecyPeriod.isPresent() && secrecy.isEmpty()) {
            throw new InvalidDocumentException("secrecyPeriod", "needs a secrecy level: " + secrecyPeriod.get());
        }
        if (markSuffix.isPresent() && issuers.isEmpty()) {
            throw new InvalidDocumentException("markSuffix", "needs the issuers' names: " + markSuffix.get());
        }
    }

    /**
     * The classification as printed: "机密★1年", or "机密" without a period.
     *
     * @return the level and the period joined by ★, or empty if there is no secrecy level
     */
    public Optional<String> secrecyText() {
        return secrecy.map(s -> s.text() + secrecyPeriod.map(p -> "★" + p).orElse(""));
    }

    /**
     * The lines at the top left, in the standard's order: 份号, 密级和保密期限, 紧急程度.
     *
     * @return the lines present, top first: none to three
     */
    public List<String> topLeftLines() {
        List<String> lines = new ArrayList<>(3);
        copyNumber.ifPresent(lines::add);
        secrecyText().ifPresent(lines::add);
        urgency.map(Urgency::text).ifPresent(lines::add);
        return lines;
    }

    /**
     * Whether the document has a mark, printed or pre-printed.
     *
     * @return {@code true} if there are issuers' names or the letterhead is pre-printed
     */
    public boolean hasMark() {
        return !issuers.isEmpty() || preprinted;
    }

    /**
     * Whether anything at all is in the head block.
     *
     * @return {@code true} if the head block prints nothing and keeps no space for a pre-printed mark
     */
    public boolean isEmpty() {
        return topLeftLines().isEmpty() && !hasMark() && documentNumber.isEmpty() && signers.isEmpty();
    }
}
