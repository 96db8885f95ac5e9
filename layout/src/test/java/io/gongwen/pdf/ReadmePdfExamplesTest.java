package io.gongwen.pdf;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's PDF examples, fenced {@code ```java pdf} because they need this module (the library's
 * ReadmeExamplesTest compiles the plain {@code ```java} blocks against the library alone), compile
 * as printed: imports at the top, the rest the body of a method.
 */
class ReadmePdfExamplesTest {
    private static final Pattern BLOCK = Pattern.compile("^```java pdf\\n(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);

    @Test
    void every_pdf_example_in_the_readme_compiles_with_the_imports_it_shows() throws Exception {
        String readme = Files.readString(io.gongwen.testing.Repository.file("README.md"));
        List<JavaFileObject> sources = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            int line = (int) readme.substring(0, m.start()).lines().count() + 1;
            StringBuilder imports = new StringBuilder();
            StringBuilder body = new StringBuilder();
            for (String l : m.group(1).split("\n")) {
                (l.startsWith("import ") ? imports : body).append(l).append('\n');
            }
            String java = imports + "class ReadmeLine" + line + " {\n void example() throws Exception {\n" + body + "}\n}\n";
            sources.add(new SimpleJavaFileObject(URI.create("string:///ReadmeLine" + line + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return java;
                }
            });
        }
        assertThat(sources).as("PDF examples in the README").isNotEmpty();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createTempDirectory("readme-pdf-examples");
        boolean compiled = javac.getTask(null, null, diagnostics, List.of("-classpath", System.getProperty("java.class.path"),
                "-d", out.toString(), "-proc:none", "-Xlint:none"), null, sources).call();
        String errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
                .collect(Collectors.joining("\n"));
        assertThat(errors).isEmpty();
        assertThat(compiled).isTrue();
    }
}
