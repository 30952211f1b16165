package org.tarjama.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.hadoop.fs.Path;

/**
 * A small side file of a job (a dictionary, a glossary) read once on the driver and shipped to the
 * tasks with their closure, so executors need no access to where it was. {@link #local} gives the core
 * a local file of the same name to load.
 */
record Shipped(String name, String display, byte[] bytes) implements Serializable {
    /** Reads {@code p} (any Hadoop file system) on the driver. */
    static Shipped read(HadoopIO io, Path p) {
        String problem = io.problem(p);
        if (problem != null) {
            throw new org.tarjama.model.BadInputException(org.tarjama.model.SourceLocation.ofFile(HadoopIO.display(p)),
                    problem);
        }
        try (InputStream in = io.open(p)) {
            return new Shipped(p.getName(), HadoopIO.display(p), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(HadoopIO.display(p) + ": " + e.getMessage(), e);
        }
    }

    /** The file on the local disk: the original when it is local, else a temporary copy (deleted on exit). */
    java.nio.file.Path local() {
        java.nio.file.Path original = java.nio.file.Path.of(display);
        try {
            if (Files.isRegularFile(original) && Files.size(original) == bytes.length) {
                return original;
            }
            java.nio.file.Path dir = Files.createTempDirectory("tarjama-spark-");
            java.nio.file.Path f = dir.resolve(name);
            Files.write(f, bytes);
            f.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return f;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new IllegalStateException("cannot write a local copy of " + display + ": " + e.getMessage(), e);
        }
    }
}
