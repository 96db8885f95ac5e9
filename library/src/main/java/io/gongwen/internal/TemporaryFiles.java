package io.gongwen.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The temporary files of the atomic replaces under way, deleted if the JVM shuts down before they
 * are moved into place (Ctrl-C, SIGTERM, {@code System.exit} from another thread), so that an
 * interrupted batch leaves nothing but complete outputs behind. A JVM killed outright (SIGKILL, a
 * power cut) runs no code at all: its temporary files stay, named {@code .<name>.<digits>.tmp}.
 *
 * <p>The shutdown hook is registered once, when the first file is written.
 */
public final class TemporaryFiles {
    private static final Set<Path> IN_FLIGHT = new HashSet<>();
    private static boolean hookRegistered;
    private static boolean shuttingDown;

    private TemporaryFiles() {
    }

    /**
     * Creates a temporary file and remembers it until {@link #moved}. Creation and registration happen
     * under the lock the shutdown hook takes, so a file is either deleted by the hook or never created.
     *
     * @throws IOException if the JVM is shutting down, or the file cannot be created
     */
    static Path create(AtomicReplace.Steps steps, Path dir, String prefix) throws IOException {
        synchronized (IN_FLIGHT) {
            if (shuttingDown) {
                throw new IOException("the JVM is shutting down");
            }
            if (!hookRegistered) {
                Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::deleteAll, "gongwen4j temporary files"));
                hookRegistered = true;
            }
            Path temp = steps.createTemp(dir, prefix);
            IN_FLIGHT.add(temp);
            return temp;
        }
    }

    /** The temporary file has been moved into place, or deleted: nothing is left to clean up. */
    static void moved(Path temp) {
        synchronized (IN_FLIGHT) {
            IN_FLIGHT.remove(temp);
        }
    }

    /** The files under way, for tests. */
    public static Set<Path> inFlight() {
        synchronized (IN_FLIGHT) {
            return Set.copyOf(IN_FLIGHT);
        }
    }

    private static void deleteAll() {
        synchronized (IN_FLIGHT) {
            shuttingDown = true;
            for (Path temp : IN_FLIGHT) {
                try {
                    // if the writer moves it first, the move wins and this deletes nothing
                    Files.deleteIfExists(temp);
                } catch (IOException | RuntimeException e) {
                    // nothing can be reported during shutdown; the next file is still worth trying
                }
            }
            IN_FLIGHT.clear();
        }
    }
}
