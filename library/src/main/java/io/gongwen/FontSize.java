package io.gongwen;

/**
 * The Chinese named font sizes (字号) in the mapping Word, WPS and LibreOffice share. GB/T 9704-2012
 * names sizes this way: the body is 三号 (16 pt), the title 二号 (22 pt), page numbers and the
 * colophon 四号 (14 pt).
 */
public enum FontSize {
    /** 初号, 42 pt. */
    CHU_HAO("初号", 42),
    /** 小初, 36 pt. */
    XIAO_CHU("小初", 36),
    /** 一号, 26 pt. */
    YI_HAO("一号", 26),
    /** 小一, 24 pt. */
    XIAO_YI("小一", 24),
    /** 二号, 22 pt; the title's size. */
    ER_HAO("二号", 22),
    /** 小二, 18 pt. */
    XIAO_ER("小二", 18),
    /** 三号, 16 pt; the body's size. */
    SAN_HAO("三号", 16),
    /** 小三, 15 pt. */
    XIAO_SAN("小三", 15),
    /** 四号, 14 pt; the size of page numbers and the colophon. */
    SI_HAO("四号", 14),
    /** 小四, 12 pt. */
    XIAO_SI("小四", 12),
    /** 五号, 10.5 pt. */
    WU_HAO("五号", 10.5),
    /** 小五, 9 pt. */
    XIAO_WU("小五", 9);

    private final String chineseName;
    private final double points;

    FontSize(String chineseName, double points) {
        this.chineseName = chineseName;
        this.points = points;
    }

    /**
     * The name a clerk uses, such as {@code 三号}.
     *
     * @return the size's Chinese name, e.g. 三号 or 小四
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * The size in points, as Word, WPS and LibreOffice map the name.
     *
     * @return the size, e.g. 16 pt for 三号
     */
    public Length length() {
        return Length.pt(points);
    }
}
