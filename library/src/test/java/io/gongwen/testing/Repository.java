package io.gongwen.testing;

import java.nio.file.Path;

/** Files at the repository's root, seen from a module's tests (Maven runs them in the module's directory). */
public final class Repository {
    private Repository() {
    }

    /** {@code name} in the repository's root, such as {@code README.md}. */
    public static Path file(String name) {
        return Path.of("..").resolve(name).normalize();
    }

    /**
     * The folder of the corpus (the 30 State Council documents and their ground truth) in the
     * library's test resources. The other modules' tests find it here rather than on the class path:
     * under {@code mvn verify} the library's test classes reach them as a jar, whose entries are not
     * files.
     */
    public static Path corpus() {
        return file("library/src/test/resources/corpus/gov-cn");
    }
}
