package org.tarjama.tm;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;

/**
 * One immutable segment file of the memory: units appended by one import, each with its matching
 * keys already computed so that opening a memory never re-tokenises it.
 *
 * <pre>
 * unit record : long hash | str tuid | str english | str arabic
 *               | int n | n × int english key id | int k | k × int arabic form id
 * after units : int V | V × str (english keys) | int W | W × str (arabic forms)
 * footer      : long offset of the key tables | int units | int MAGIC | long CRC-32C of all before
 * str         : int byte length | UTF-8 bytes
 * </pre>
 * Key ids are local to the segment; the reader maps them to the memory-wide vocabulary. The file is
 * written completely, forced to disk and only then named in the manifest, so a segment that a
 * crash cut short is never read (and the CRC catches later damage).
 */
final class Segment {
    static final int MAGIC = 0x544A5331; // "TJS1"
    static final int FOOTER = 8 + 4 + 4 + 8;

    private Segment() {
    }

    /**
     * The key vocabulary of one import, shared by the threads that encode records (ids are assigned
     * concurrently, in no particular order; each segment written stores the table it needs).
     */
    static final class Vocabulary {
        private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
        private final AtomicInteger next = new AtomicInteger();

        int id(String key) {
            Integer i = ids.get(key);
            return i != null ? i : ids.computeIfAbsent(key, k -> next.getAndIncrement());
        }

        /**
         * Id → key for every id assigned so far. Ids being assigned concurrently may show as empty
         * strings (no key is empty); the records already encoded only use ids that are present.
         */
        String[] table() {
            String[] t = new String[next.get()];
            Arrays.fill(t, "");
            ids.forEach((k, v) -> {
                if (v < t.length) {
                    t[v] = k;
                }
            });
            return t;
        }
    }

    /** A unit record encoded ({@code unit record} above) with ids from the import's vocabularies. */
    static byte[] encode(PreparedUnit u, Vocabulary en, Vocabulary ar) {
        byte[] tuid = u.tuid().getBytes(StandardCharsets.UTF_8);
        byte[] src = u.source().getBytes(StandardCharsets.UTF_8);
        byte[] tgt = u.target().getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + 12 + tuid.length + src.length + tgt.length
                + 8 + 4 * (u.enKeys().length + u.arForms().length));
        b.putLong(u.hash());
        b.putInt(tuid.length).put(tuid);
        b.putInt(src.length).put(src);
        b.putInt(tgt.length).put(tgt);
        b.putInt(u.enKeys().length);
        for (String k : u.enKeys()) {
            b.putInt(en.id(k));
        }
        b.putInt(u.arForms().length);
        for (String k : u.arForms()) {
            b.putInt(ar.id(k));
        }
        return b.array();
    }

    /** Streaming writer of one segment. */
    static final class Writer implements AutoCloseable {
        private final Path file;
        private final CountingCrcStream counting;
        private final DataOutputStream out;
        private int units;
        private boolean finished;

        Writer(Path file) throws IOException {
            this.file = file;
            this.counting = new CountingCrcStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE));
            this.out = new DataOutputStream(new BufferedOutputStream(counting, 1 << 20));
        }

        Path file() {
            return file;
        }

        int units() {
            return units;
        }

        /** Bytes written so far (segments stay under 2 GB, see {@link TmImporter}). */
        long bytes() {
            return out.size();
        }

        /** Appends one record made by {@link Segment#encode}. */
        void add(byte[] record) throws IOException {
            out.write(record);
            units++;
        }

        /** Writes the key tables and footer and forces the file to disk. */
        void finish(String[] enTable, String[] arTable) throws IOException {
            long tables = out.size();
            for (String[] table : new String[][] {enTable, arTable}) {
                out.writeInt(table.length);
                for (String s : table) {
                    writeStr(out, s);
                }
            }
            out.writeLong(tables);
            out.writeInt(units);
            out.writeInt(MAGIC);
            out.flush();
            counting.out().write(ByteBuffer.allocate(8).putLong(counting.crc.getValue()).array());
            out.close();
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            finished = true;
        }

        @Override
        public void close() throws IOException {
            if (!finished) {
                out.close();
                Files.deleteIfExists(file);
            }
        }
    }

    static void writeStr(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** A byte counter and CRC-32C over everything written. */
    private static final class CountingCrcStream extends java.io.FilterOutputStream {
        final CRC32C crc = new CRC32C();
        long count;

        CountingCrcStream(OutputStream out) {
            super(out);
        }

        /** The stream under the checksum (for the checksum itself). */
        OutputStream out() {
            return out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            crc.update(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            crc.update(b, off, len);
            count += len;
        }
    }

    /** A segment opened for reading (memory-mapped, read-only; texts are decoded on demand). */
    static final class Reader {
        final Path file;
        final ByteBuffer buf;
        final int units;
        final long tables;

        private Reader(Path file, ByteBuffer buf, int units, long tables) {
            this.file = file;
            this.buf = buf;
            this.units = units;
            this.tables = tables;
        }

        /** Maps and checks {@code file}: size, magic and CRC. */
        static Reader open(Path file, long expectedBytes) throws IOException {
            MappedByteBuffer b;
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = ch.size();
                if (size != expectedBytes || size < FOOTER || size > Integer.MAX_VALUE) {
                    throw new IOException(file + ": segment is " + size + " bytes, the manifest says " + expectedBytes);
                }
                b = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            }
            b.order(ByteOrder.BIG_ENDIAN);
            int size = b.capacity();
            int magic = b.getInt(size - 12);
            long crc = b.getLong(size - 8);
            CRC32C c = new CRC32C();
            c.update(b.duplicate().limit(size - 8).position(0));
            if (magic != MAGIC || c.getValue() != crc) {
                throw new IOException(file + ": segment is damaged (checksum mismatch)");
            }
            return new Reader(file, b, b.getInt(size - 16), b.getLong(size - 24));
        }

        String str(int at) {
            int n = buf.getInt(at);
            byte[] b = new byte[n];
            buf.get(at + 4, b, 0, n);
            return new String(b, StandardCharsets.UTF_8);
        }

        int skipStr(int at) {
            return at + 4 + buf.getInt(at);
        }

        /** The key tables: [0] English keys, [1] Arabic forms. */
        String[][] tables() {
            int at = (int) tables;
            String[][] out = new String[2][];
            for (int t = 0; t < 2; t++) {
                int n = buf.getInt(at);
                at += 4;
                String[] s = new String[n];
                for (int i = 0; i < n; i++) {
                    s[i] = str(at);
                    at = skipStr(at);
                }
                out[t] = s;
            }
            return out;
        }
    }
}
