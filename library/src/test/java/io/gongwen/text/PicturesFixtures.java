package io.gongwen.text;

/** The pictures test's 工作报告 for tests in other packages (the validator's). */
public final class PicturesFixtures {
    private PicturesFixtures() {
    }

    /** A report with a PNG chart 100 × 75 mm alone in its paragraph and a JPEG 300 × 50 mm after text. */
    public static byte[] report() throws Exception {
        return PicturesTest.report(PicturesTest.CHART, 100, 75, PicturesTest.WIDE, 300, 50);
    }
}
