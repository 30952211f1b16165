package org.tarjama.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written to a temporary sibling and renamed into place on {@link #commit()}; if the
 * work fails and {@link #close()} is called without a commit, the temporary file is deleted and the
 * target is left untouched. Use with try-with-resources:
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.create(path)) {
 *     write(out.stream());
 *     out.commit();
 * }
 * }</pre>
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, OutputStream stream) {
        this.target = target;
        this.temp = temp;
        this.stream = stream;
    }

    public static AtomicOutput create(Path target) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new UncheckedIOException("cannot write " + target + ": it is a directory",
                    new java.nio.file.FileSystemException(abs.toString()));
        }
        if (dir != null && !Files.isDirectory(dir)) {
            // a typo in -o must not create directories: say so, write nothing
            throw new UncheckedIOException("cannot write " + target + ": " + (Files.exists(dir)
                    ? dir + " is not a directory" : "directory " + dir + " does not exist"), new java.nio.file.NoSuchFileException(dir.toString()));
        }
        try {
            Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
            return new AtomicOutput(abs, temp, new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
        } catch (java.nio.file.AccessDeniedException e) {
            throw new UncheckedIOException("cannot write " + target + ": permission denied in " + dir, e);
        } catch (java.nio.file.FileSystemException e) {
            throw new UncheckedIOException("cannot write " + target + ": cannot create a file in " + dir
                    + (e.getReason() != null ? " (" + e.getReason() + ")" : ""), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    public Path target() {
        return target;
    }

    /** The raw stream to the temporary file. */
    public OutputStream stream() {
        return stream;
    }

    /** A UTF-8 writer over {@link #stream()}; flushed by {@link #commit()}. */
    public Writer writer() {
        return new BufferedWriter(new OutputStreamWriter(new NonClosing(stream), StandardCharsets.UTF_8));
    }

    /** Flushes, closes and renames the temporary file into place. */
    public void commit() {
        try {
            stream.close();
            keepPermissions();
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * A temporary file is created private (0600); the output should get the permissions of the file
     * it replaces, or the usual rw-r--r-- for a new file.
     */
    private void keepPermissions() throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, perms);
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // the temporary file is deleted below either way
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more can be done; the target was never touched
            }
        }
    }

    /** Lets a writer be closed without closing the underlying temp-file stream before commit. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
