package org.tarjama.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tarjama.model.BadInputException;

/**
 * What the fuzz targets (issue 15, item 5) share: the one outcome a reader may have on hostile bytes besides
 * success is {@link BadInputException} (exit 3, with the file and position); any other exception, a hang or an
 * out-of-memory is a finding. Targets run on files when the reader under test takes a path.
 */
public final class FuzzSupport {
    private static Path dir;

    private FuzzSupport() {
    }

    /** Runs {@code body}; a BadInputException with a message is the documented refusal and passes. */
    public static void expectOnlyBadInput(ThrowingRunnable body) throws Exception {
        try {
            body.run();
        } catch (BadInputException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("bad input refused without a message", e);
            }
        }
    }

    /** {@code bytes} as a file named {@code name} in this JVM's scratch directory (overwritten each run). */
    public static synchronized Path file(String name, byte[] bytes) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("tarjama-fuzz");
                dir.toFile().deleteOnExit();
            }
            Path f = dir.resolve(name);
            Files.write(f, bytes);
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A body that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
