package org.tarjama.tm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.tarjama.concurrent.OrderedPipeline;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;

/**
 * Adds units to a memory. Units stream through: they are tokenised in batches on worker threads and
 * appended to a new segment file; nothing becomes visible until {@link #commit()} publishes the new
 * manifest. Closing without committing (an error, an interrupted run) deletes the unfinished
 * segment; if the process dies instead, the orphan file is ignored by readers and removed by the next
 * import. Units whose English and Arabic are both already in the memory are skipped, so importing
 * the same file twice changes nothing. One importer at a time per directory (a file lock).
 */
public final class TmImporter implements MemoryImport {
    /** A new segment file is started after this many units, keeping each file well under 2 GB. */
    static final int SEGMENT_UNITS = 1 << 20;
    /** ... or after this many bytes: a segment is memory-mapped as one buffer, which must stay under 2 GB. */
    static final long SEGMENT_BYTES = 1L << 30;
    private static final int BATCH = 2048;

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Manifest before;
    private final LongHashSet hashes = new LongHashSet();
    private final List<Manifest.Entry> written = new ArrayList<>();
    private final OrderedPipeline<List<String[]>, Encoded[]> pipeline;
    private final Segment.Vocabulary enVocab = new Segment.Vocabulary();
    private final Segment.Vocabulary arVocab = new Segment.Vocabulary();

    /** A unit's dedup hash and its encoded record. */
    private record Encoded(long hash, byte[] record) {
    }
    private final String srcLang;
    private final String tgtLang;
    private List<String[]> batch = new ArrayList<>(BATCH);
    private Segment.Writer writer;
    private long read;
    private long added;
    private long duplicates;
    private long skipped;
    private LongConsumer progress = n -> { };
    private boolean committed;

    private TmImporter(Path dir, FileChannel lockChannel, FileLock lock, Manifest before, String srcLang, String tgtLang) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.before = before;
        this.srcLang = srcLang;
        this.tgtLang = tgtLang;
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        // Encoding runs on the workers; dedup and writing stay on the importing thread, in input order.
        this.pipeline = OrderedPipeline.start("tm-import", workers, 6, this::encode, this::store);
    }

    /** Opens {@code dir} for import (creating it), English source and Arabic target. */
    public static TmImporter open(Path dir) {
        return open(dir, "en", "ar");
    }

    public static TmImporter open(Path dir, String srcLang, String tgtLang) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new IOException("not a directory (a translation memory is a directory)");
            }
            Files.createDirectories(dir);
            refuseForeignDirectory(dir);
            FileChannel ch = FileChannel.open(dir.resolve("write.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                ch.close();
                throw new IOException("another import is writing to this memory; try again when it has finished");
            }
            Manifest m = Manifest.read(dir);
            removeOrphans(dir, m);
            TmImporter imp = new TmImporter(dir, ch, l, m, srcLang, tgtLang);
            for (Manifest.Entry e : m.segments()) {
                Segment.Reader r = Segment.Reader.open(dir.resolve(e.file()), e.bytes());
                int at = 0;
                for (int u = 0; u < r.units; u++) {
                    imp.hashes.add(r.buf.getLong(at));
                    at = EmbeddedMemory.skipRecord(r, at);
                }
            }
            return imp;
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A memory is created only in a new or empty directory: one holding other files (a project folder
     * given to {@code --tm} by mistake) is refused rather than filled with segment files.
     */
    private static void refuseForeignDirectory(Path dir) throws IOException {
        if (Files.exists(dir.resolve(Manifest.NAME))) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                // hidden files (.DS_Store, .gitkeep) do not make a directory someone else's
                if (!n.startsWith(".") && !n.equals("write.lock") && !n.equals(Manifest.NAME + ".tmp")
                        && !Manifest.SEGMENT_FILE.matcher(n).matches()) {
                    throw new IOException("not a translation memory and not empty (it holds " + n
                            + "); give --tm a new or empty directory");
                }
            }
        }
    }

    /** Files a crash left behind: segments no manifest names, a manifest never renamed. */
    private static void removeOrphans(Path dir, Manifest m) throws IOException {
        List<String> live = new ArrayList<>();
        for (Manifest.Entry e : m.segments()) {
            live.add(e.file());
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "{seg-*.dat,MANIFEST.tmp}")) {
            for (Path p : ds) {
                if (!live.contains(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Called with the number of units read so far, after each batch. */
    @Override
    public TmImporter onProgress(LongConsumer progress) {
        this.progress = progress;
        return this;
    }

    /** Adds one unit (its first English and first Arabic variant). */
    @Override
    public void add(TranslationUnit tu) {
        Variant s = tu.variant(srcLang).orElse(null);
        Variant t = tu.variant(tgtLang).orElse(null);
        if (s == null || t == null || s.text().isBlank() || t.text().isBlank()) {
            read++;
            skipped++;
            return;
        }
        add(tu.tuid(), s.text(), t.text());
    }

    /** Adds one English/Arabic pair. */
    public void add(String tuid, String source, String target) {
        read++;
        batch.add(new String[] {tuid, source, target});
        if (batch.size() == BATCH) {
            submit();
        }
    }

    private void submit() {
        List<String[]> b = batch;
        batch = new ArrayList<>(BATCH);
        pipeline.submit(b);
    }

    private Encoded[] encode(List<String[]> b) {
        Encoded[] out = new Encoded[b.size()];
        for (int i = 0; i < out.length; i++) {
            String[] u = b.get(i);
            PreparedUnit p = PreparedUnit.of(u[0], u[1], u[2]);
            out[i] = new Encoded(p.hash(), Segment.encode(p, enVocab, arVocab));
        }
        return out;
    }

    private void store(Encoded[] units) {
        try {
            for (Encoded u : units) {
                if (!hashes.add(u.hash())) {
                    duplicates++;
                    continue;
                }
                if (writer == null || writer.units() >= SEGMENT_UNITS || writer.bytes() > SEGMENT_BYTES) {
                    rollSegment();
                }
                writer.add(u.record());
                added++;
            }
            progress.accept(read);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
    }

    private void rollSegment() throws IOException {
        if (writer != null) {
            finishSegment();
        }
        long gen = before.generation() + 1;
        writer = new Segment.Writer(dir.resolve(Manifest.segmentFileName(gen, written.size())));
    }

    private void finishSegment() throws IOException {
        writer.finish(enVocab.table(), arVocab.table());
        written.add(new Manifest.Entry(writer.file().getFileName().toString(), writer.units(), Files.size(writer.file())));
        writer = null;
    }

    /** Publishes everything added: after this returns, readers opening the memory see the new units. */
    @Override
    public ImportResult commit() {
        if (!batch.isEmpty()) {
            submit();
        }
        pipeline.finish();
        try {
            if (writer != null) {
                finishSegment();
            }
            if (!written.isEmpty() || !Files.exists(dir.resolve(Manifest.NAME))) {
                List<Manifest.Entry> all = new ArrayList<>(before.segments());
                all.addAll(written);
                Manifest.forceDirectory(dir);
                new Manifest(before.generation() + 1, all).commit(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
        committed = true;
        return new ImportResult(read, added, duplicates, skipped, before.units() + added);
    }

    /** Releases the lock; without a {@link #commit()} the units added are discarded. */
    @Override
    public void close() {
        pipeline.close();
        try {
            if (writer != null) {
                writer.close();
            }
            if (!committed) {
                for (Manifest.Entry e : written) {
                    Files.deleteIfExists(dir.resolve(e.file()));
                }
            }
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
    }
}
