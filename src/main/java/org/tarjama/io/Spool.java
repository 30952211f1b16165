package org.tarjama.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Holds a command's output until the command has succeeded, so that bad input found late in a long
 * file leaves nothing on standard output. Small outputs stay in memory; past {@code threshold} bytes
 * the spool moves to a temporary file, so memory stays flat whatever the output size.
 */
public final class Spool extends OutputStream {
    private final int threshold;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileStream;

    public Spool(int threshold) {
        this.threshold = threshold;
    }

    @Override
    public void write(int b) throws IOException {
        target(1).write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        target(len).write(b, off, len);
    }

    private OutputStream target(int more) throws IOException {
        if (fileStream == null && memory.size() + more > threshold) {
            file = Files.createTempFile("tarjama-spool", ".tmp");
            file.toFile().deleteOnExit();
            fileStream = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            memory.writeTo(fileStream);
            memory = null;
        }
        return fileStream != null ? fileStream : memory;
    }

    /** Copies everything spooled to {@code out} and releases the spool. */
    public void drainTo(OutputStream out) {
        try {
            if (fileStream != null) {
                fileStream.close();
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(out);
                }
            } else {
                memory.writeTo(out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            discard();
        }
    }

    /** Drops what was spooled. */
    public void discard() {
        try {
            if (fileStream != null) {
                fileStream.close();
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary file we could not delete is removed at exit
        }
        memory = new ByteArrayOutputStream();
        fileStream = null;
        file = null;
    }

    @Override
    public void close() {
        // the spool is drained or discarded explicitly
    }
}
