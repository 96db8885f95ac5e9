package io.gongwen.runtime;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the tests that start a JVM of their own put on its paths. */
final class RuntimePaths {
    private RuntimePaths() {
    }

    /** The jars Maven resolved for run time, from the file the pom's {@code runtime-classpath} execution writes. */
    static List<Path> runtimeJars() throws IOException {
        Path file = Path.of(System.getProperty("gongwen.runtimeClasspath", "target/runtime-classpath.txt"));
        assertThat(file).as("written by mvn's generate-test-resources phase (dependency:build-classpath)").isRegularFile();
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        return Arrays.stream(text.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    /**
     * The samples' classes and this package's programs, copied out of {@code target/test-classes} into
     * {@code dir/classes}, so that no test class is on the forked JVM's path.
     */
    static Path samplesOnly(Path dir) throws IOException, URISyntaxException {
        Path testClasses = Path.of(RuntimePaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path copy = dir.resolve("classes");
        for (String pkg : List.of("io/gongwen/samples", "io/gongwen/runtime")) {
            try (Stream<Path> files = Files.walk(testClasses.resolve(pkg))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    if (name.startsWith("ModulePathTest") || name.startsWith("MinimalRuntimeClasspathTest")) {
                        continue;
                    }
                    Path to = copy.resolve(testClasses.relativize(f).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                }
            }
        }
        return copy;
    }
}
