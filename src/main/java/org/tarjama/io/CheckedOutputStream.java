package org.tarjama.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream that remembers its first write error. Writers layered on top ({@link java.io.PrintWriter},
 * some XML and JSON writers) swallow or wrap I/O errors; the owner of the stream asks {@link #failure()}
 * after the work, so a write error is never lost ("disk full" written as success). Every error is
 * rethrown as an {@link OutputWriteException} naming the output.
 */
public final class CheckedOutputStream extends FilterOutputStream {
    private final String name;
    private OutputWriteException failure;

    /** {@code name}: how messages call the output ("standard output", a file name). */
    public CheckedOutputStream(OutputStream out, String name) {
        super(out);
        this.name = name;
    }

    /** The first write error, or null. */
    public OutputWriteException failure() {
        return failure;
    }

    /** Throws the first write error, if any. */
    public void check() throws OutputWriteException {
        if (failure != null) {
            throw failure;
        }
    }

    private OutputWriteException failed(IOException e) {
        OutputWriteException o = e instanceof OutputWriteException w ? w
                : new OutputWriteException("cannot write " + name + ": " + e.getMessage(), e);
        if (failure == null) {
            failure = o;
        }
        return o;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            throw failed(e);
        }
    }
}
