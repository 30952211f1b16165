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

    /**
     * The translation-memory directory {@code output} would write into (the directory itself, or a
     * file such as {@code TM/MANIFEST} or {@code TM/seg-000001-000.dat} inside it), or null. A memory
     * directory is recognised by its {@code MANIFEST} or its segment files.
     */
    public static Path memoryDirectory(Path output) {
        if (output == null || output.toString().isEmpty() || output.toString().equals("-")) {
            return null;
        }
        Path abs = output.toAbsolutePath().normalize();
        if (Files.isDirectory(abs) && isMemory(abs)) {
            return abs;
        }
        Path dir = abs.getParent();
        return dir != null && isMemory(dir) ? dir : null;
    }

    private static boolean isMemory(Path dir) {
        if (Files.isRegularFile(dir.resolve("MANIFEST"))) {
            return true;
        }
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "seg-*.dat")) {
            return ds.iterator().hasNext();
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            return false;
        }
    }

    /**
     * Why {@code output} (given with {@code option}) must not be written, or null when it may: an
     * empty name, one of {@code inputs} (any spelling or link of it), a file inside a translation memory.
     */
    public static String problem(Path output, String option, Collection<Path> inputs) {
        if (output == null || output.toString().equals("-")) {
            return null;
        }
        if (output.toString().isEmpty()) {
            return option + " was given an empty file name; name a file, or leave " + option + " out to write to standard output";
        }
        Path in = collision(output, inputs);
        if (in != null) {
            return option + " " + output + " is an input file (" + in + "); writing there would replace it: write the output elsewhere";
        }
        Path tm = memoryDirectory(output);
        if (tm != null) {
            return option + " " + output + " is inside the translation memory " + tm
                    + "; writing there would damage the memory: write the output elsewhere";
        }
        return null;
    }
}
