package io.gongwen.samples;

import io.gongwen.OfficialDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Writes every sample document into the folder given as the first argument ({@code target/samples}). */
public final class WriteSamples {
    /** File name → sample; the README lists the same files. */
    public static final Map<String, Supplier<OfficialDocument>> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("county-office-summary.docx", CountyOfficeSummary::build);
        SAMPLES.put("township-office-summary.docx", TownshipOfficeSummary::build);
        SAMPLES.put("holiday-duty-notice.docx", HolidayDutyNotice::build);
        SAMPLES.put("county-notice-full-head.docx", CountyNotice::build);
        SAMPLES.put("upward-request-signers.docx", UpwardRequest::build);
        SAMPLES.put("letter-format.docx", LetterToCounterpart::build);
        SAMPLES.put("meeting-minutes.docx", StandingMeetingMinutes::build);
        SAMPLES.put("government-order.docx", GovernmentOrder::build);
        SAMPLES.put("rural-road-report.docx", RuralRoadReport::build);
        SAMPLES.put("regulation-notice.docx", RegulationNotice::build);
    }

    private WriteSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/samples").toAbsolutePath().normalize();
        Files.createDirectories(dir);
        for (Map.Entry<String, Supplier<OfficialDocument>> sample : SAMPLES.entrySet()) {
            Path file = dir.resolve(sample.getKey());
            sample.getValue().get().writeTo(file);
            System.out.println("wrote " + file);
        }
    }
}
