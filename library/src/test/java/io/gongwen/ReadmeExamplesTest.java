package io.gongwen;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java example of the README compiles as it is printed there, against the library: its
 * {@code import} lines at the top of the block, the rest the body of a method. A newcomer copies a
 * block with its imports and it compiles; an example that drifts from the API fails here.
 */
class ReadmeExamplesTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("^( *)```java\\n(.*?)^\\1```$",
            Pattern.MULTILINE | Pattern.DOTALL);

    @Test
    void every_java_example_in_the_readme_compiles_with_the_imports_it_shows() throws IOException {
        String readme = Files.readString(io.gongwen.testing.Repository.file("README.md"), StandardCharsets.UTF_8);
        List<JavaFileObject> sources = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(readme);
        while (block.find()) {
            int line = (int) readme.substring(0, block.start()).lines().count() + 1;
            sources.add(source(line, block.group(1).length(), block.group(2)));
        }
        assertThat(sources).as("Java examples in the README").hasSizeGreaterThanOrEqualTo(8);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createTempDirectory("readme-examples");
        boolean compiled = javac.getTask(null, null, diagnostics,
                List.of("-classpath", classPath(), "-d", out.toString(), "-proc:none", "-Xlint:none"), null, sources).call();

        String errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
                .collect(Collectors.joining("\n"));
        assertThat(errors).as("compiler errors in README examples").isEmpty();
        assertThat(compiled).isTrue();
    }

    /**
     * The block as a class of its own: the imports at the top, the rest in a method that may throw.
     * The class is named after the README line the block starts on.
     */
    private static JavaFileObject source(int line, int indent, String block) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String l : block.split("\n", -1)) {
            String code = l.length() >= indent ? l.substring(indent) : l.strip();
            (code.startsWith("import ") ? imports : body).append(code).append('\n');
        }
        String name = "ReadmeLine" + line;
        String java = imports + "class " + name + " {\n    void example() throws Exception {\n" + body + "\n    }\n}\n";
        return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return java;
            }
        };
    }

    /** The test's class path; under Surefire's manifest-only jar, the jar's Class-Path entries. */
    private static String classPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(entry);
            Path jar = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(jar)) {
                try (java.util.jar.JarFile j = new java.util.jar.JarFile(jar.toFile())) {
                    String manifestPath = j.getManifest() == null ? null
                            : j.getManifest().getMainAttributes().getValue("Class-Path");
                    if (manifestPath != null) {
                        for (String url : manifestPath.split(" ")) {
                            if (!url.isBlank()) {
                                entries.add(Path.of(URI.create(url.startsWith("file:") ? url : jar.getParent().toUri()
                                        .resolve(url).toString())).toString());
                            }
                        }
                    }
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
