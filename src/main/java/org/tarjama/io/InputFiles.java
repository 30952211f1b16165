package org.tarjama.io;

import java.nio.file.Files;
import java.nio.file.Path;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/** Checks on the files a command is given to read, before it opens them. */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * Fails with a {@link BadInputException} at {@code path} (shown as {@link TextFiles#displayName}) when
     * it is not a regular file: a directory, something else, or nothing at all.
     */
    public static void requireRegularFile(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(SourceLocation.ofFile(TextFiles.displayName(path)), notAFile(path));
        }
    }

    /** Why {@code p}, which is not a regular file, cannot be read as an input. */
    public static String notAFile(Path p) {
        if (Files.isDirectory(p)) {
            return "is a directory, not a file";
        }
        return Files.exists(p) ? "not a regular file" : "no such file";
    }
}
