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
    private final CheckedOutputStream stream;
    private boolean committed;

    /** How temporary files are named: {@code .NAME.tarjama-PID-RANDOM.part}, hidden, next to the target. */
    static final String TEMP_MARK = ".tarjama-";
    static final String TEMP_SUFFIX = ".part";
    /** A temporary file this much older than now whose process is gone is a leftover of a killed run. */
    private static final long STALE_MILLIS = 10_000;

    private AtomicOutput(Path target, Path temp, OutputStream stream) {
        this.target = target;
        this.temp = temp;
        this.stream = new CheckedOutputStream(stream, target.toString());
    }

    public static AtomicOutput create(Path target) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new UncheckedIOException("cannot write " + target + ": it is a directory",
                    new java.nio.file.FileSystemException(target.toString()));
        }
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            // A device or a pipe (-o /dev/null, /dev/stdout, a FIFO): written in place; renaming a
            // temporary file over it would replace the device node with a plain file.
            try {
                return new AtomicOutput(abs, null, new java.io.BufferedOutputStream(Files.newOutputStream(abs), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target + ": " + reason(e, dir), e);
            }
        }
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UncheckedIOException("cannot write " + target + ": " + dir + " is not a directory",
                    new java.nio.file.NotDirectoryException(dir.toString()));
        }
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UncheckedIOException("cannot write " + target + ": folder " + dir + " does not exist",
                    new java.nio.file.NoSuchFileException(dir.toString()));
        }
        removeStale(abs);
        try {
            Path temp = Files.createTempFile(dir, tempPrefix(abs), TEMP_SUFFIX);
            return new AtomicOutput(abs, temp, new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + reason(e, dir), e);
        }
    }

    private static String tempPrefix(Path abs) {
        return "." + abs.getFileName() + TEMP_MARK + ProcessHandle.current().pid() + "-";
    }

    /**
     * Deletes the temporary files that killed runs ({@code kill -9}, power loss) left next to
     * {@code abs}: those whose process no longer runs and that were not touched for a while. A run that
     * is still writing keeps its file (its process is alive); the target itself is never touched.
     */
    static void removeStale(Path abs) {
        Path dir = abs.getParent();
        String head = "." + abs.getFileName() + TEMP_MARK;
        if (dir == null) {
            return;
        }
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().startsWith(head) && p.getFileName().toString().endsWith(TEMP_SUFFIX))) {
            for (Path p : ds) {
                String rest = p.getFileName().toString().substring(head.length());
                int dash = rest.indexOf('-');
                long pid;
                try {
                    pid = Long.parseLong(dash < 0 ? "" : rest.substring(0, dash));
                } catch (NumberFormatException e) {
                    continue;
                }
                boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!alive && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && System.currentTimeMillis() - Files.getLastModifiedTime(p).toMillis() > STALE_MILLIS) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | SecurityException e) {
            // best effort: a leftover is hidden and named as temporary; it never replaces the output
        }
    }

    /** A reason a person can act on (the JDK's message is often only the temporary file's name). */
    private static String reason(IOException e, Path dir) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied in " + dir;
        }
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.FileSystemException fse
                && fse.getReason() == null) {
            return "cannot create a file in " + dir;
        }
        if (e instanceof java.nio.file.FileSystemException fse) {
            return fse.getReason() + " (" + dir + ")";
        }
        return e.getMessage();
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
            stream.check();
            stream.close();
            stream.check();
            if (temp == null) {
                committed = true;
                return;
            }
            keepPermissions();
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            throw new UncheckedIOException(m.startsWith("cannot write ") ? m : "cannot write " + target + ": " + m, e);
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
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
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
