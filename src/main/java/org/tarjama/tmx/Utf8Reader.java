package org.tarjama.tmx;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;

/**
 * A strict UTF-8 decoder: overlong forms, surrogate code points, stray continuation bytes and
 * truncated sequences are errors naming the byte offset. Hand-written because the JDK's
 * InputStreamReader was the largest single cost of reading TMX (Arabic text is two bytes per
 * letter); this one decodes straight from its byte buffer with a fast path for ASCII.
 */
final class Utf8Reader extends Reader {
    /** Undecodable bytes, with their offset in the stream. */
    static final class MalformedUtf8Exception extends CharacterCodingException {
        private final String message;

        MalformedUtf8Exception(long offset, int b) {
            this.message = String.format(Locale.ROOT, "byte 0x%02X at byte offset %d", b & 0xFF, offset);
        }

        @Override
        public String getMessage() {
            return message;
        }
    }

    private final InputStream in;
    private final byte[] b = new byte[1 << 16];
    private int bp;
    private int bl;
    private boolean eof;
    private long base;
    private char pendingLow;
    private MalformedUtf8Exception pending;

    /** {@code offset}: bytes already consumed before {@code in} (a byte-order mark), for messages. */
    Utf8Reader(InputStream in, long offset) {
        this.in = in;
        this.base = offset;
    }

    private void refill() throws IOException {
        if (bp > 0) {
            System.arraycopy(b, bp, b, 0, bl - bp);
            base += bp;
            bl -= bp;
            bp = 0;
        }
        while (bl < 4 && !eof) {
            int k = in.read(b, bl, b.length - bl);
            if (k < 0) {
                eof = true;
            } else {
                bl += k;
            }
        }
    }

    /**
     * At undecodable bytes: the chars decoded before them are returned first and the error is thrown by
     * the next call, so the caller knows exactly where (which line) the bad bytes are.
     */
    private int fail(int at, int produced) throws MalformedUtf8Exception {
        MalformedUtf8Exception e = malformed(at);
        if (produced == 0) {
            throw e;
        }
        bp = at;
        pending = e;
        return produced;
    }

    private MalformedUtf8Exception malformed(int at) {
        return new MalformedUtf8Exception(base + at, b[at]);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pending != null) {
            MalformedUtf8Exception e = pending;
            pending = null;
            throw e;
        }
        int o = off;
        int end = off + len;
        if (pendingLow != 0) {
            cbuf[o++] = pendingLow;
            pendingLow = 0;
        }
        while (o < end) {
            if (bl - bp < 4 && !eof) {
                refill();
            }
            int p = bp;
            int limit = bl;
            if (p >= limit) {
                break;
            }
            // ASCII fast path
            while (o < end && p < limit && b[p] >= 0) {
                cbuf[o++] = (char) b[p++];
            }
            bp = p;
            if (o >= end || p >= limit || (limit - p < 4 && !eof)) {
                continue; // the loop head refills when fewer than 4 bytes are left
            }
            int c = b[p] & 0xFF;
            int avail = limit - p;
            if ((c & 0xE0) == 0xC0) {
                if (avail < 2) {
                    return fail(p, o - off);
                }
                int b1 = b[p + 1];
                if ((b1 & 0xC0) != 0x80 || c < 0xC2) {
                    return fail(p, o - off);
                }
                cbuf[o++] = (char) (((c & 0x1F) << 6) | (b1 & 0x3F));
                bp = p + 2;
            } else if ((c & 0xF0) == 0xE0) {
                if (avail < 3) {
                    return fail(p, o - off);
                }
                int b1 = b[p + 1];
                int b2 = b[p + 2];
                if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) {
                    return fail(p, o - off);
                }
                int cp = ((c & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
                if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    return fail(p, o - off);
                }
                cbuf[o++] = (char) cp;
                bp = p + 3;
            } else if ((c & 0xF8) == 0xF0) {
                if (avail < 4) {
                    return fail(p, o - off);
                }
                int b1 = b[p + 1];
                int b2 = b[p + 2];
                int b3 = b[p + 3];
                if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80) {
                    return fail(p, o - off);
                }
                int cp = ((c & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F);
                if (cp < 0x10000 || cp > 0x10FFFF) {
                    return fail(p, o - off);
                }
                cbuf[o++] = Character.highSurrogate(cp);
                if (o < end) {
                    cbuf[o++] = Character.lowSurrogate(cp);
                } else {
                    pendingLow = Character.lowSurrogate(cp);
                }
                bp = p + 4;
            } else {
                return fail(p, o - off);
            }
        }
        return o == off ? -1 : o - off;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
