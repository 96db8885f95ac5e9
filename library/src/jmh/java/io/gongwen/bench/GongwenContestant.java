package io.gongwen.bench;

import io.gongwen.HeadingLevel;
import io.gongwen.OfficialDocument;

import java.io.OutputStream;

/** gongwen4j as its README shows it: the builder, then {@code writeTo}. The build is part of the work. */
final class GongwenContestant {
    private GongwenContestant() {
    }

    static void write(WorkReport report, OutputStream out) {
        OfficialDocument.Builder builder = OfficialDocument.builder()
                .title(report.title())
                .headingLevels(HeadingLevel.ONE, HeadingLevel.THREE);
        for (WorkReport.Part part : report.sections()) {
            builder.section(part.heading(), s -> {
                for (WorkReport.Item item : part.items()) {
                    s.runIn(item.heading(), item.text());
                }
            });
        }
        builder.build().writeTo(out);
    }
}
