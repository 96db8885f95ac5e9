package io.gongwen.runtime;

import io.gongwen.OfficialDocument;
import io.gongwen.samples.WriteSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library as a JPMS module: its descriptor ({@code src/module/module-info.java}, which the pom's
 * {@code module-descriptor} execution compiles into the jar as {@code META-INF/versions/17/module-info.class},
 * and this test compiles the same way against the classes under test) exports the API packages and
 * nothing else, and the samples run with the library on the module path: a JVM
 * started on the library's classes as an exploded module, the run-time jars and
 * {@code poi-ooxml-lite} (which POI's own descriptor requires) on the module path, and the samples on
 * the class path, writes, reads back and checks every sample.
 */
class ModulePathTest {
    private static final Set<String> API = Set.of("io.gongwen", "io.gongwen.text", "io.gongwen.check", "io.gongwen.docx");

    @TempDir
    Path dir;

    @Test
    void the_descriptor_exports_the_api_packages_and_nothing_else() throws Exception {
        ModuleDescriptor d = descriptor();
        assertThat(d.name()).isEqualTo("io.gongwen");
        assertThat(d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source))
                .containsExactlyInAnyOrderElementsOf(API);
        assertThat(d.exports().stream().filter(ModuleDescriptor.Exports::isQualified))
                .singleElement().satisfies(e -> {
                    assertThat(e.source()).isEqualTo("io.gongwen.internal");
                    assertThat(e.targets()).containsExactlyInAnyOrder("io.gongwen.layout", "io.gongwen.ofd");
                });
        assertThat(d.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("io.gongwen.DocumentWriter");
            assertThat(p.providers()).containsExactly("io.gongwen.docx.write.DocxFormat");
        });
        assertThat(d.uses()).containsExactly("io.gongwen.DocumentWriter");
        assertThat(d.opens()).isEmpty();
        // every package of the library is in the descriptor: one added later is hidden until it is exported on purpose
        Set<String> packages = packagesOf(classes());
        assertThat(d.packages()).containsExactlyInAnyOrderElementsOf(packages);
        System.out.println("[ModulePathTest] public types: " + publicTypes(classes(), API) + " in the exported packages, "
                + publicTypes(classes(), packages) + " in all");
    }

    @Test
    void the_samples_run_with_the_library_on_the_module_path() throws Exception {
        Path module = explodedModule();
        List<String> modulePath = new ArrayList<>(List.of(module.toString()));
        RuntimePaths.runtimeJars().forEach(jar -> modulePath.add(jar.toString()));
        modulePath.add(ooxmlLite().toString());
        Path samples = RuntimePaths.samplesOnly(dir);

        Path out = dir.resolve("samples");
        Path log = dir.resolve("run.log");
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", "io.gongwen",
                "-cp", samples.toString(),
                ModuleProbe.class.getName(), out.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("finished within 5 minutes; output:%n%s", output).isTrue();
        assertThat(process.exitValue()).as("exit value; output:%n%s", output).isZero();

        assertThat(output).as("the library ran as the named module, not from the class path")
                .contains("module io.gongwen\n")
                .contains("exports " + new TreeSet<>(API))
                .contains("writer .docx io.gongwen.docx.write.DocxFormat in io.gongwen\n")
                .contains("package io.gongwen.docx.write hidden")
                .contains("package io.gongwen.docx.read hidden")
                .contains("package io.gongwen.internal hidden")
                .contains("package io.gongwen.text.recognition hidden")
                .contains("package io.gongwen.text exported");
        assertThat(output).contains("all " + WriteSamples.SAMPLES.size() + " samples ok");
        for (String name : WriteSamples.SAMPLES.keySet()) {
            assertThat(output).contains("ok " + name + " ");
            assertThat(out.resolve(name)).isNotEmptyFile();
        }
    }

    private ModuleDescriptor descriptor() throws Exception {
        try (var in = Files.newInputStream(compiledDescriptor())) {
            return ModuleDescriptor.read(in, () -> packagesOf(classesUnchecked()));
        }
    }

    /**
     * {@code src/module/module-info.java} compiled as the pom compiles it: against the library's classes
     * ({@code --patch-module}) with the run-time jars and {@code poi-ooxml-lite} on the module path.
     */
    private Path compiledDescriptor() throws Exception {
        Path out = dir.resolve("descriptor");
        Path file = out.resolve("module-info.class");
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path source = Path.of("src/module/module-info.java");
        assertThat(source).as("run in the library module's folder, as Maven runs the tests").isRegularFile();
        List<String> modulePath = new ArrayList<>();
        RuntimePaths.runtimeJars().forEach(jar -> modulePath.add(jar.toString()));
        modulePath.add(ooxmlLite().toString());
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler").isNotNull();
        java.io.ByteArrayOutputStream messages = new java.io.ByteArrayOutputStream();
        int status = javac.run(null, messages, messages,
                "--release", "17", "-d", out.toString(),
                "--module-path", String.join(File.pathSeparator, modulePath),
                "--patch-module", "io.gongwen=" + classes(),
                source.toString());
        assertThat(status).as("javac on module-info.java:%n%s", messages.toString(StandardCharsets.UTF_8)).isZero();
        return file;
    }

    /** The library's classes with the descriptor at the top: a module as a folder. */
    private Path explodedModule() throws Exception {
        Path module = dir.resolve("io.gongwen");
        Path classes = classes();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = classes.relativize(f).toString().replace(File.separatorChar, '/');
                if (rel.startsWith("META-INF/versions/")) {
                    continue; // a descriptor a packaging build left there
                }
                Path target = module.resolve(rel);
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        Files.copy(compiledDescriptor(), module.resolve("module-info.class"));
        ModuleReference ref = ModuleFinder.of(module).find("io.gongwen").orElseThrow();
        assertThat(ref.descriptor().isAutomatic()).isFalse();
        return module;
    }

    private static Set<String> packagesOf(Path classes) {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(classes::relativize).map(Path::getParent).filter(p -> p != null)
                    .map(p -> p.toString().replace(File.separatorChar, '.'))
                    .filter(p -> !p.startsWith("META-INF"))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Public top-level and nested types in these packages, as {@code javap} would list them. */
    private static long publicTypes(Path classes, Set<String> packages) throws IOException {
        long n = 0;
        for (String pkg : packages) {
            try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', File.separatorChar)))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String name = pkg + "." + f.getFileName().toString().replace(".class", "");
                    if (name.endsWith("module-info") || name.matches(".*\\$\\d.*")) {
                        continue;
                    }
                    try {
                        Class<?> c = Class.forName(name.replace('/', '.'), false, ModulePathTest.class.getClassLoader());
                        if (isPublicAllTheWay(c)) {
                            n++;
                        }
                    } catch (ClassNotFoundException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        return n;
    }

    private static boolean isPublicAllTheWay(Class<?> c) {
        for (Class<?> t = c; t != null; t = t.getEnclosingClass()) {
            if (!java.lang.reflect.Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static Path classes() throws URISyntaxException {
        return Path.of(OfficialDocument.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Path classesUnchecked() {
        try {
            return classes();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** poi-ooxml-lite, a provided dependency: the pom passes its path. */
    private static Path ooxmlLite() {
        String path = System.getProperty("gongwen.ooxmlLite");
        assertThat(path).as("the pom's surefire configuration passes gongwen.ooxmlLite").isNotBlank();
        Path jar = Path.of(path);
        assertThat(jar).isRegularFile();
        return jar;
    }
}
