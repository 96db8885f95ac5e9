package io.gongwen.cli;

import io.gongwen.check.Change;
import io.gongwen.check.Finding;
import io.gongwen.check.FormatReport;
import io.gongwen.text.DraftWarning;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code gongwen format --report} says reformatting changed, as text for the clerk or, with
 * {@code --report-json}, as one JSON object for programs. The JSON shape is stable: fields are only
 * ever added. Strings are escaped as {@code check --json} escapes them, and findings are written as it
 * writes them.
 *
 * <pre>
 * {"tool": "gongwen", "version": "0.1.0",
 *  "files": [
 *    {"path": "a.docx", "output": "b.docx", "type": "docx", "status": "formatted",
 *     "warnings": [{"line": 8, "message": "a text box is not laid out; …"}],
 *     "changes": [
 *       {"kind": "margin", "where": "page", "line": 0, "element": "top margin", "before": "25.4 mm",
 *        "after": "37 mm", "rule": null, "chinese": "上边距：25.4 mm → 37 mm", "english": "top margin: 25.4 mm → 37 mm",
 *        "paragraphs": []},
 *       {"kind": "numbering", "where": "paragraph 5", "line": 5, "element": "text", "before": "(一)",
 *        "after": "（一）", "rule": "half-width-ordinal", "chinese": "…", "english": "…", "paragraphs": []},
 *       {"kind": "indent", "where": "paragraph 12", "line": 12, "element": "body", "before": "0",
 *        "after": "2 characters", "rule": null, "chinese": "…", "english": "…", "paragraphs": [12, 40, 41]}],
 *     "findings": []},
 *    {"path": "c.txt", "output": null, "type": "text", "status": "unusable", "error": "…", "warnings": [],
 *     "changes": [], "findings": []}],
 *  "summary": {"files": 2, "formatted": 1, "unusable": 1, "changes": 2, "findings": 0, "exitCode": 2}}
 * </pre>
 */
final class ChangesReport {
    private final List<FileResult> files;

    ChangesReport(List<FileResult> files) {
        this.files = List.copyOf(files);
    }

    /**
     * One file's result.
     *
     * @param path the input as given
     * @param output where it was written; empty for standard output or when it was not written
     * @param kind read as text or as a .docx
     * @param warnings the reader's warnings
     * @param report what changed, when it was formatted
     * @param error why it could not be formatted
     * @param internalError whether that was a bug rather than the file
     */
    record FileResult(Path path, Optional<Path> output, Inputs.Kind kind, List<DraftWarning> warnings,
                      Optional<FormatReport> report, Optional<String> error, boolean internalError) {
        static FileResult formatted(Path path, Optional<Path> output, Inputs.Kind kind, List<DraftWarning> warnings,
                                    FormatReport report) {
            return new FileResult(path, output, kind, List.copyOf(warnings), Optional.of(report), Optional.empty(), false);
        }

        static FileResult failed(Path path, Inputs.Kind kind, String error, boolean internalError) {
            return new FileResult(path, Optional.empty(), kind, List.of(), Optional.empty(), Optional.of(error),
                    internalError);
        }
    }

    /**
     * The report as text, each line in Chinese and in English as {@code check} prints findings:
     * the changes, then the checker's findings on the result.
     */
    static void printHuman(PrintWriter out, FormatReport report) {
        int n = report.changes().size();
        out.println("  改动 " + n + " 项 / " + n + (n == 1 ? " change" : " changes") + ":");
        for (Change c : report.changes()) {
            out.println("    " + c);
        }
        int f = report.findings().size();
        if (f == 0) {
            out.println("  排版结果检查：未发现问题 / check of the result: no findings");
        } else {
            out.println("  排版结果检查：发现 " + f + " 个问题 / check of the result: " + f + (f == 1 ? " finding" : " findings")
                    + ":");
            for (Finding x : report.findings()) {
                out.println("    " + x);
            }
        }
    }

    String json(String version, int exitCode) {
        StringBuilder j = new StringBuilder();
        j.append("{\"tool\":\"gongwen\",\"version\":").append(CheckReport.string(version)).append(",\"files\":[");
        int changes = 0;
        int findings = 0;
        int unusable = 0;
        for (int i = 0; i < files.size(); i++) {
            FileResult f = files.get(i);
            j.append(i == 0 ? "" : ",").append("{\"path\":").append(CheckReport.string(f.path().toString()))
                    .append(",\"output\":").append(f.output().map(o -> CheckReport.string(o.toString())).orElse("null"))
                    .append(",\"type\":").append(CheckReport.string(f.kind() == Inputs.Kind.DOCX ? "docx" : "text"))
                    .append(",\"status\":").append(CheckReport.string(f.error().isPresent() ? "unusable" : "formatted"));
            f.error().ifPresent(e -> j.append(",\"error\":").append(CheckReport.string(e)));
            unusable += f.error().isPresent() ? 1 : 0;
            j.append(",\"warnings\":[");
            for (int k = 0; k < f.warnings().size(); k++) {
                DraftWarning w = f.warnings().get(k);
                j.append(k == 0 ? "" : ",").append("{\"line\":").append(w.line())
                        .append(",\"message\":").append(CheckReport.string(w.message())).append('}');
            }
            j.append("],\"changes\":[");
            List<Change> cs = f.report().map(FormatReport::changes).orElse(List.of());
            for (int k = 0; k < cs.size(); k++) {
                change(j.append(k == 0 ? "" : ","), cs.get(k));
            }
            j.append("],\"findings\":[");
            List<Finding> fs = f.report().map(FormatReport::findings).orElse(List.of());
            for (int k = 0; k < fs.size(); k++) {
                CheckReport.finding(j.append(k == 0 ? "" : ","), fs.get(k));
            }
            j.append("]}");
            changes += cs.size();
            findings += fs.size();
        }
        j.append("],\"summary\":{\"files\":").append(files.size())
                .append(",\"formatted\":").append(files.size() - unusable)
                .append(",\"unusable\":").append(unusable)
                .append(",\"changes\":").append(changes)
                .append(",\"findings\":").append(findings)
                .append(",\"exitCode\":").append(exitCode).append("}}");
        return j.toString();
    }

    private static void change(StringBuilder j, Change c) {
        j.append("{\"kind\":").append(CheckReport.string(c.kind().id()))
                .append(",\"where\":").append(CheckReport.string(c.where().toString()))
                .append(",\"line\":").append(line(c))
                .append(",\"element\":").append(CheckReport.string(c.element()))
                .append(",\"before\":").append(c.before().map(CheckReport::string).orElse("null"))
                .append(",\"after\":").append(c.after().map(CheckReport::string).orElse("null"))
                .append(",\"rule\":").append(c.rule().map(r -> CheckReport.string(r.id())).orElse("null"))
                .append(",\"chinese\":").append(CheckReport.string(c.chinese()))
                .append(",\"english\":").append(CheckReport.string(c.english()))
                .append(",\"paragraphs\":[");
        for (int i = 0; i < c.paragraphs().size(); i++) {
            j.append(i == 0 ? "" : ",").append(c.paragraphs().get(i));
        }
        j.append("]}");
    }

    /** The line or paragraph a change is at, 0 for the page set-up and the document as a whole. */
    private static int line(Change c) {
        if (c.where() instanceof io.gongwen.check.Where.Paragraph p) {
            return p.number();
        }
        return c.where() instanceof io.gongwen.check.Where.Line l ? l.number() : 0;
    }
}
