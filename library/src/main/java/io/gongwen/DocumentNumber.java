package io.gongwen;

import io.gongwen.internal.Checks;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 发文字号 (GB/T 9704-2012 §7.2.5): the issuer's code (机关代字), the year in 六角括号 〔〕, and the
 * serial number followed by 号, e.g. "国办发〔2012〕10号".
 *
 * <p>{@link #parse(String)} corrects what does not change the meaning — brackets typed as
 * [ ] ［ ］ 【 】 ( ) （ ） 〖 〗 become 〔 〕, full-width digits become ASCII digits, spaces go — and
 * rejects what does: a serial with 第 or with leading zeros ("第10号", "010号"), a year that is not
 * four digits, a missing 号 or a missing code.
 *
 * @param agencyCode 机关代字, e.g. "国办发"
 * @param year the four-digit year
 * @param serial the serial number, from 1
 */
public record DocumentNumber(String agencyCode, int year, int serial) {
    private static final Pattern FORM = Pattern.compile(
            "(.+?)[〔\\[［【(（〖]([0-9０-９]+)[〕\\]］】)）〗](第?)([0-9０-９]+)(号?)");

    /**
     * Checks the components.
     *
     * @param agencyCode 机关代字; not blank
     * @param year the year, 1000 to 9999
     * @param serial the serial number, at least 1
     * @throws InvalidDocumentException naming {@code documentNumber} and saying which part is wrong
     */
    public DocumentNumber {
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new InvalidDocumentException("documentNumber", "needs the issuer's code (机关代字) before the year");
        }
        if (year < 1000 || year > 9999) {
            throw new InvalidDocumentException("documentNumber", "year must have four digits: " + year);
        }
        if (serial < 1) {
            throw new InvalidDocumentException("documentNumber", "serial must be at least 1: " + serial);
        }
    }

    /**
     * Reads a document number as typed, e.g. "国办发〔2012〕10号" or "国办发[2012]10号".
     *
     * @param text the document number as typed
     * @return the document number, brackets and digits corrected
     * @throws InvalidDocumentException naming {@code documentNumber} and saying what is wrong
     */
    public static DocumentNumber parse(String text) {
        Checks.present("documentNumber", text);
        String compact = text.replaceAll("[\\s\\u3000]+", "");
        Matcher m = FORM.matcher(compact);
        if (!m.matches()) {
            throw new InvalidDocumentException("documentNumber",
                    "must read code〔year〕serial号, e.g. 国办发〔2012〕10号: " + Checks.quote(text));
        }
        String code = Checks.text("documentNumber", m.group(1));
        String year = ascii(m.group(2));
        String serial = ascii(m.group(4));
        if (!m.group(3).isEmpty()) {
            throw new InvalidDocumentException("documentNumber",
                    "the serial takes no 第 (write " + code + "〔" + year + "〕" + serial.replaceFirst("^0+(?=.)", "")
                            + "号): " + Checks.quote(text));
        }
        if (m.group(5).isEmpty()) {
            throw new InvalidDocumentException("documentNumber", "must end with 号: " + Checks.quote(text));
        }
        if (year.length() != 4) {
            throw new InvalidDocumentException("documentNumber", "the year must have four digits: " + Checks.quote(text));
        }
        if (serial.startsWith("0")) {
            throw new InvalidDocumentException("documentNumber",
                    "the serial takes no leading zeros (write " + code + "〔" + year + "〕"
                            + serial.replaceFirst("^0+(?=.)", "") + "号): " + Checks.quote(text));
        }
        if (serial.length() > 9) {
            throw new InvalidDocumentException("documentNumber", "the serial is too long: " + Checks.quote(text));
        }
        return new DocumentNumber(code, Integer.parseInt(year), Integer.parseInt(serial));
    }

    private static String ascii(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return out.toString();
    }

    /** As printed: "国办发〔2012〕10号". */
    @Override
    public String toString() {
        return agencyCode + "〔" + year + "〕" + serial + "号";
    }
}
