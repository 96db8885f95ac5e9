package io.gongwen.bench;

import java.io.OutputStream;

/** gongwen4j as its README shows it: the builder, then {@code writeTo}. The build is part of the work. */
final class GongwenContestant {
    private GongwenContestant() {
    }

    static void write(WorkReport report, OutputStream out) {
        report.document().writeTo(out);
    }
}
