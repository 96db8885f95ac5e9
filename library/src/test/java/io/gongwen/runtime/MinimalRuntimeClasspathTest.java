package io.gongwen.runtime;

import io.gongwen.OfficialDocument;
import io.gongwen.samples.WriteSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a library user's application needs at run time is exactly what the pom gives it. Maven writes
 * the run-time class path ({@code dependency:build-classpath}, compile and runtime scope, the optional
 * picocli left out) to {@code target/runtime-classpath.txt} before the tests; this test starts a JVM on
 * the library's classes, the samples' classes and those jars alone, and runs
 * {@link WriteReadCheckSamples}: every sample written (seals and the letter format included), read
 * back with {@code DocxReader} and checked with {@code DocxChecker}. Neither {@code poi-ooxml-full}
 * nor {@code poi-ooxml-lite} (POI's XMLBeans schema classes) is on that class path.
 */
class MinimalRuntimeClasspathTest {
    @TempDir
    Path dir;

    @Test
    void the_samples_write_read_back_and_check_on_the_run_time_class_path_alone() throws Exception {
        List<Path> jars = RuntimePaths.runtimeJars();
        assertThat(jars).allSatisfy(jar -> assertThat(jar).isRegularFile());
        assertThat(jars).extracting(jar -> jar.getFileName().toString())
                .anyMatch(name -> name.startsWith("poi-ooxml-"))
                .noneMatch(name -> name.startsWith("poi-ooxml-full") || name.startsWith("poi-ooxml-lite")
                        || name.startsWith("picocli") || name.startsWith("junit") || name.startsWith("assertj"));

        Path classes = codeSource(OfficialDocument.class);
        Path samples = RuntimePaths.samplesOnly(dir);
        List<String> classPath = new ArrayList<>(List.of(classes.toString(), samples.toString()));
        jars.forEach(jar -> classPath.add(jar.toString()));

        Path out = dir.resolve("samples");
        Path log = dir.resolve("run.log");
        Path loaded = dir.resolve("class-load.log"); // named relative to the working directory: -Xlog splits at ':'
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-Xlog:class+load=info:file=" + loaded.getFileName(),
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-cp", String.join(File.pathSeparator, classPath),
                WriteReadCheckSamples.class.getName(), out.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(finished).as("finished within 5 minutes; output:%n%s", output).isTrue();
        assertThat(process.exitValue()).as("exit value; output:%n%s", output).isZero();
        assertThat(output).contains("ok drafted text with front matter")
                .contains("all " + WriteSamples.SAMPLES.size() + " samples ok");
        for (String name : WriteSamples.SAMPLES.keySet()) {
            assertThat(output).contains("ok " + name + " ");
            assertThat(out.resolve(name)).isNotEmptyFile();
        }
        // for the record (README: Dependencies): how many classes the run loaded from each jar
        Map<String, Long> perJar = new TreeMap<>();
        jars.forEach(jar -> perJar.put(jar.getFileName().toString(), 0L));
        for (String line : Files.readAllLines(loaded, StandardCharsets.UTF_8)) {
            int at = line.indexOf("source: file:");
            if (at >= 0 && line.endsWith(".jar")) {
                perJar.merge(Path.of(line.substring(at + "source: file:".length())).getFileName().toString(), 1L, Long::sum);
            }
        }
        System.out.println("[MinimalRuntimeClasspathTest] classes loaded per run-time jar: " + perJar);
        assertThat(perJar.entrySet()).as("the library reads and writes through POI's OPC layer")
                .anyMatch(e -> e.getKey().startsWith("poi-ooxml-") && e.getValue() > 0);
        assertThat(perJar.keySet()).as("nothing loaded from outside the run-time class path")
                .containsExactlyInAnyOrderElementsOf(jars.stream().map(jar -> jar.getFileName().toString()).toList());
    }

    /** The folder (or jar) a class was loaded from: {@code target/classes}, {@code target/test-classes}. */
    private static Path codeSource(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
