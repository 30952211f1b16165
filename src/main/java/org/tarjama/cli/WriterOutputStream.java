package org.tarjama.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes to a Writer (the command's stdout as picocli gives it), so byte-oriented writers (TMX,
 * spools) can print to stdout and still be captured by in-process tests.
 */
final class WriterOutputStream extends OutputStream {
    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    private final ByteBuffer in = ByteBuffer.allocate(1 << 16);
    private final CharBuffer out = CharBuffer.allocate(1 << 16);

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
            in.flip();
            while (true) {
                CoderResult r = decoder.decode(in, out, false);
                out.flip();
                writer.write(out.array(), 0, out.limit());
                out.clear();
                if (r.isUnderflow()) {
                    break;
                }
            }
            in.compact();
        }
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }
}
