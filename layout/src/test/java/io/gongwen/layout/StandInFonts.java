package io.gongwen.layout;

import io.gongwen.testing.ExternalTools;

import java.util.Optional;

/**
 * The free stand-ins the tests lay documents out with, one per role as in
 * {@code ../shared/tools/docx-layout-fonts.conf}, where PDFBox can embed them. The CI machine
 * ({@code .ci/run}) has AR PL UMing and UKai (TrueType collections), Liberation (TrueType) and Noto
 * CJK; Noto CJK has CFF outlines, which PDFBox 3 cannot embed, so 黑体 and 小标宋 — Noto Sans and
 * Noto Serif Bold for LibreOffice — are drawn here from AR PL UMing CN with thickened outlines.
 */
public final class StandInFonts {
    public static final String MISSING = "The stand-in fonts AR PL UMing CN, AR PL UKai CN and Liberation Serif are not"
            + " installed, so the layout tests are skipped. Install them with: apt-get install fonts-arphic-uming"
            + " fonts-arphic-ukai fonts-liberation2 (see .ci/run)";

    private static final FontResolver RESOLVER = FontResolver.builder()
            .systemFolders()
            .alias("仿宋_GB2312", "AR PL UMing CN")
            .alias("仿宋", "AR PL UMing CN")
            .alias("宋体", "AR PL UMing CN")
            .alias("楷体_GB2312", "AR PL UKai CN")
            .alias("楷体", "AR PL UKai CN")
            .alias("黑体", "AR PL UMing CN", true)
            .alias("方正小标宋简体", "AR PL UMing CN", true)
            .alias("Times New Roman", "Liberation Serif")
            .build();

    private StandInFonts() {
    }

    /** The stand-ins; skips the test (or fails it under CI) where they are not installed. */
    public static FontResolver resolver() {
        boolean installed = true;
        try {
            RESOLVER.resolve("Times New Roman");
            RESOLVER.resolve("仿宋_GB2312");
            RESOLVER.resolve("楷体_GB2312");
        } catch (FontNotFoundException e) {
            installed = false;
        }
        return ExternalTools.require(installed ? Optional.of(RESOLVER) : Optional.empty(), MISSING);
    }
}
