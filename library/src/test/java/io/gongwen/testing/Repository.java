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
}
