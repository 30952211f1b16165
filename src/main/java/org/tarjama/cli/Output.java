package org.tarjama.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.tarjama.io.AtomicOutput;

/**
 * Where a command's result goes: a file given with {@code -o} (written atomically: temporary file
 * then rename, so a failure never leaves a half-written file) or the command's standard output.
 */
public final class Output implements AutoCloseable {
    private final AtomicOutput file;
    private final OutputStream stream;

    private Output(AtomicOutput file, OutputStream stream) {
        this.file = file;
        this.stream = stream;
    }

    /** {@code -o FILE}, or stdout when {@code path} is null or "-". */
    public static Output to(Path path, PrintWriter stdout) {
        if (path == null || path.toString().equals("-")) {
            return new Output(null, new WriterOutputStream(stdout));
        }
        AtomicOutput a = AtomicOutput.create(path);
        return new Output(a, a.stream());
    }

    public OutputStream stream() {
        return stream;
    }

    /** A UTF-8 writer on the output; flush it before {@link #commit()}. */
    public PrintWriter writer() {
        return new PrintWriter(new java.io.OutputStreamWriter(new java.io.FilterOutputStream(stream) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        }, StandardCharsets.UTF_8), false);
    }

    /** Makes the output final (renames the file into place). */
    public void commit() {
        try {
            stream.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (file != null) {
            file.commit();
        }
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }

    /** Bytes to a PrintWriter (stdout as picocli gives it), decoding UTF-8. */
    private static final class WriterOutputStream extends OutputStream {
        private final Writer writer;
        private final java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        private final java.nio.ByteBuffer in = java.nio.ByteBuffer.allocate(8192);
        private final java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);

        WriterOutputStream(Writer writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int k = Math.min(len, in.remaining());
                in.put(b, off, k);
                off += k;
                len -= k;
                drain();
            }
        }

        private void drain() throws IOException {
            in.flip();
            while (true) {
                java.nio.charset.CoderResult r = decoder.decode(in, out, false);
                out.flip();
                writer.write(out.array(), 0, out.limit());
                out.clear();
                if (r.isUnderflow()) {
                    break;
                }
            }
            in.compact();
        }

        @Override
        public void flush() throws IOException {
            writer.flush();
        }
    }
}
