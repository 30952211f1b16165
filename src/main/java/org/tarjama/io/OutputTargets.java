package org.tarjama.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Whether an output would overwrite an input: the check every command makes before it writes, so that
 * {@code -o} (or a report) naming an input never destroys it. {@code "-"} (standard output) is never a file.
 */
public final class OutputTargets {
    private OutputTargets() {
    }

    /**
     * Whether two paths name the same file: the same file on disk when both exist (links and
     * different spellings included), else the same normalised absolute path.
     */
    public static boolean sameFile(Path a, Path b) {
        if (a == null || b == null || a.toString().equals("-") || b.toString().equals("-")) {
            return false;
        }
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to the path comparison
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** The first of {@code inputs} that writing {@code output} would replace, or null (also for a null or "-" output). */
    public static Path collision(Path output, Collection<Path> inputs) {
        if (output == null || output.toString().equals("-")) {
            return null;
        }
        for (Path in : inputs) {
            if (sameFile(output, in)) {
                return in;
            }
        }
        return null;
    }
}
