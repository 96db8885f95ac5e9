package io.gongwen;

/**
 * The Chinese named font sizes (字号) in the mapping Word, WPS and LibreOffice share. GB/T 9704-2012
 * names sizes this way: the body is 三号 (16 pt), the title 二号 (22 pt), page numbers and the
 * colophon 四号 (14 pt).
 */
public enum FontSize {
    CHU_HAO("初号", 42),
    XIAO_CHU("小初", 36),
    YI_HAO("一号", 26),
    XIAO_YI("小一", 24),
    ER_HAO("二号", 22),
    XIAO_ER("小二", 18),
    SAN_HAO("三号", 16),
    XIAO_SAN("小三", 15),
    SI_HAO("四号", 14),
    XIAO_SI("小四", 12),
    WU_HAO("五号", 10.5),
    XIAO_WU("小五", 9);

    private final String chineseName;
    private final double points;

    FontSize(String chineseName, double points) {
        this.chineseName = chineseName;
        this.points = points;
    }

    /** The name a clerk uses, such as {@code 三号}. */
    public String chineseName() {
        return chineseName;
    }

    public Length length() {
        return Length.pt(points);
    }
}
