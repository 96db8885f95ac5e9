package io.gongwen.cli;

import io.gongwen.check.Finding;
import io.gongwen.check.Severity;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The result of {@code gongwen check}, as text for people or as one JSON object for programs. The
 * JSON shape is stable: fields are only ever added.
 *
 * <pre>
 * {"tool": "gongwen", "version": "0.1.0", "severity": "warning",
 *  "files": [
 *    {"path": "a.docx", "type": "docx", "status": "checked", "findings": [
 *      {"rule": "margins", "severity": "error", "line": 0, "offset": 0, "where": "page",
 *       "chinese": "…", "english": "…", "fix": null},
 *      {"rule": "half-width-ordinal", "severity": "warning", "line": 3, "offset": 0, "where": "paragraph 3",
 *       "chinese": "…", "english": "…", "fix": {"offset": 0, "length": 3, "replacement": "（一）"}}]},
 *    {"path": "b.txt", "type": "text", "status": "unusable", "error": "could not read b.txt: …", "findings": []}],
 *  "summary": {"files": 2, "checked": 1, "unusable": 1, "findings": 2, "exitCode": 2}}
 * </pre>
 */
final class CheckReport {
    private final List<FileResult> files;
    private final Severity severity;

    CheckReport(List<FileResult> files, Severity severity) {
        this.files = List.copyOf(files);
        this.severity = severity;
    }

    /**
     * One file's result.
     *
     * @param path the file as given
     * @param kind read as text or as a .docx
     * @param findings the findings at or above the severity
     * @param error why the file could not be used
     * @param internalError whether that was a bug rather than the file
     */
    record FileResult(Path path, Inputs.Kind kind, List<Finding> findings, Optional<String> error,
                      boolean internalError) {
        static FileResult checked(Path path, Inputs.Kind kind, List<Finding> findings) {
            return new FileResult(path, kind, List.copyOf(findings), Optional.empty(), false);
        }

        static FileResult unusable(Path path, Inputs.Kind kind, String error) {
            return new FileResult(path, kind, List.of(), Optional.of(error), false);
        }

        /** A bug stopped the check: reported like an unusable file, and the exit code is 3. */
        static FileResult internalError(Path path, Inputs.Kind kind, String error) {
            return new FileResult(path, kind, List.of(), Optional.of(error), true);
        }
    }

    int exitCode() {
        if (files.stream().anyMatch(FileResult::internalError)) {
            return Main.INTERNAL_ERROR;
        }
        if (files.stream().anyMatch(f -> f.error().isPresent())) {
            return Main.UNUSABLE;
        }
        return findings() > 0 ? Main.FINDINGS : Main.CLEAN;
    }

    private int findings() {
        return files.stream().mapToInt(f -> f.findings().size()).sum();
    }

    private long unusable() {
        return files.stream().filter(f -> f.error().isPresent()).count();
    }

    static void printHuman(PrintWriter out, PrintWriter err, FileResult result) {
        if (result.error().isPresent()) {
            err.println("gongwen check: " + result.error().get());
            return;
        }
        int n = result.findings().size();
        out.println(result.path() + ": " + (n == 0 ? "clean" : n == 1 ? "1 finding" : n + " findings"));
        for (Finding f : result.findings()) {
            out.println("  " + f);
        }
    }

    String summary() {
        return files.size() + (files.size() == 1 ? " file" : " files") + " checked, " + unusable() + " unusable; "
                + findings() + " findings at or above " + name(severity);
    }

    String json(String version) {
        StringBuilder j = new StringBuilder();
        j.append("{\"tool\":\"gongwen\",\"version\":").append(string(version))
                .append(",\"severity\":").append(string(name(severity))).append(",\"files\":[");
        for (int i = 0; i < files.size(); i++) {
            FileResult f = files.get(i);
            j.append(i == 0 ? "" : ",").append("{\"path\":").append(string(f.path().toString()))
                    .append(",\"type\":").append(string(f.kind() == Inputs.Kind.DOCX ? "docx" : "text"))
                    .append(",\"status\":").append(string(f.error().isPresent() ? "unusable" : "checked"));
            f.error().ifPresent(e -> j.append(",\"error\":").append(string(e)));
            j.append(",\"findings\":[");
            for (int k = 0; k < f.findings().size(); k++) {
                finding(j.append(k == 0 ? "" : ","), f.findings().get(k));
            }
            j.append("]}");
        }
        j.append("],\"summary\":{\"files\":").append(files.size())
                .append(",\"checked\":").append(files.size() - unusable())
                .append(",\"unusable\":").append(unusable())
                .append(",\"findings\":").append(findings())
                .append(",\"exitCode\":").append(exitCode()).append("}}");
        return j.toString();
    }

    /** One finding as a JSON object, as {@code check --json} and {@code format --report-json} write it. */
    static StringBuilder finding(StringBuilder j, Finding x) {
        j.append("{\"rule\":").append(string(x.rule().id()))
                .append(",\"severity\":").append(string(name(x.severity())))
                .append(",\"line\":").append(x.line())
                .append(",\"offset\":").append(x.offset())
                .append(",\"where\":").append(string(x.where().toString()))
                .append(",\"chinese\":").append(string(x.chinese()))
                .append(",\"english\":").append(string(x.english()))
                .append(",\"fix\":");
        if (x.fix().isPresent()) {
            j.append("{\"offset\":").append(x.fix().get().offset())
                    .append(",\"length\":").append(x.fix().get().length())
                    .append(",\"replacement\":").append(string(x.fix().get().replacement())).append('}');
        } else {
            j.append("null");
        }
        return j.append('}');
    }

    private static String name(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    /** A JSON string: quotes, backslashes and control characters escaped; everything else as it is (UTF-8). */
    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
