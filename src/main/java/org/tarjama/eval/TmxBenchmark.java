package org.tarjama.eval;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.tarjama.model.Property;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;
import org.tarjama.tmx.TmxReader;
import org.tarjama.tmx.TmxWriter;
import org.tarjama.tmx.TmxWriterOptions;

/**
 * Measures TMX write and read throughput on generated news-length units (about 25 English and 22
 * Arabic words, with the four alignment props), and streams a large file through read → write to
 * show that memory does not grow with the file.
 */
public final class TmxBenchmark {
    /** Figures of one run. */
    public record Figures(long units, long bytes, double seconds, double cpuSeconds) {
        /** Units per second of this thread's CPU time: comparable when the machine is shared. */
        public double unitsPerCpuSecond() {
            return units / cpuSeconds;
        }

        public double unitsPerSecond() {
            return units / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    private static final String[] EN = ("the government said on tuesday that talks with the palestinian delegation in cairo "
            + "would resume after a ceasefire held for a third day while rockets fell near ashkelon and the security "
            + "council met in new york to discuss aid reconstruction border crossings and the future of the gaza strip").split(" ");
    private static final String[] AR = ("قالت الحكومة يوم الثلاثاء إن المحادثات مع الوفد الفلسطيني في القاهرة ستستأنف بعد أن صمدت "
            + "الهدنة لليوم الثالث بينما سقطت صواريخ قرب عسقلان واجتمع مجلس الأمن في نيويورك لبحث المساعدات وإعادة الإعمار "
            + "والمعابر ومستقبل قطاع غزة").split(" ");

    private static final String[] SCORES = new String[100];

    static {
        for (int i = 0; i < 100; i++) {
            SCORES[i] = (i < 10 ? "0.0" : "0.") + i;
        }
    }

    private TmxBenchmark() {
    }

    /** A news-length unit, different for every {@code n}. */
    public static TranslationUnit unit(long n, SplittableRandom rnd) {
        return new TranslationUnit(Long.toString(n), List.of(Variant.of("en", sentence(EN, 25, rnd, n)), Variant.of("ar", sentence(AR, 22, rnd, n))),
                List.of(new Property("x-alignment-score", SCORES[rnd.nextInt(100)]), new Property("x-bead", "1-1"),
                        new Property("x-source-doc", "news-" + (n / 40) + ".en"), new Property("x-target-doc", "news-" + (n / 40) + ".ar")),
                List.of());
    }

    private static String sentence(String[] words, int length, SplittableRandom rnd, long n) {
        StringBuilder sb = new StringBuilder(length * 7);
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(words[rnd.nextInt(words.length)]);
        }
        return sb.append(' ').append(n).append('.').toString();
    }

    /**
     * Writes {@code units} units to {@code file}, cycling through 8,192 generated ones with new tuids so
     * that the figure measures the writer, not the text generator.
     */
    public static Figures write(Path file, long units) {
        SplittableRandom rnd = new SplittableRandom(42);
        TranslationUnit[] pool = new TranslationUnit[8192];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = unit(i, rnd);
        }
        long t0 = System.nanoTime();
        long c0 = cpu();
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             TmxWriter w = TmxWriter.create(o, TmxWriterOptions.defaults())) {
            for (long i = 1; i <= units; i++) {
                w.write(pool[(int) (i & 8191)].withTuid(Long.toString(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Figures(units, size(file), (System.nanoTime() - t0) / 1e9, (cpu() - c0) / 1e9);
    }

    /** Writes generated units until the file reaches {@code bytes}. */
    public static Figures writeBytes(Path file, long bytes) {
        SplittableRandom rnd = new SplittableRandom(7);
        long t0 = System.nanoTime();
        long c0 = cpu();
        long n = 0;
        try (OutputStream raw = Files.newOutputStream(file);
             CountingStream o = new CountingStream(new BufferedOutputStream(raw, 1 << 16));
             TmxWriter w = TmxWriter.create(o, TmxWriterOptions.defaults())) {
            while (o.count < bytes) {
                w.write(unit(++n, rnd));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Figures(n, size(file), (System.nanoTime() - t0) / 1e9, (cpu() - c0) / 1e9);
    }

    /** Reads every unit of {@code file}. */
    public static Figures read(Path file) {
        long t0 = System.nanoTime();
        long c0 = cpu();
        long n = 0;
        long chars = 0;
        try (TmxReader r = TmxReader.open(file)) {
            while (r.hasNext()) {
                TranslationUnit tu = r.next();
                chars += tu.variants().get(0).text().length();
                n++;
            }
        }
        if (chars == 0 && n > 0) {
            throw new IllegalStateException("no text read");
        }
        return new Figures(n, size(file), (System.nanoTime() - t0) / 1e9, (cpu() - c0) / 1e9);
    }

    /** Reads {@code in} and writes every unit to {@code out} (a streaming copy). */
    public static Figures copy(Path in, Path out) {
        long t0 = System.nanoTime();
        long c0 = cpu();
        long n;
        try (TmxReader r = TmxReader.open(in);
             OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             TmxWriter w = TmxWriter.create(o, TmxWriterOptions.defaults())) {
            while (r.hasNext()) {
                w.write(r.next());
            }
            n = w.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Figures(n, size(in), (System.nanoTime() - t0) / 1e9, (cpu() - c0) / 1e9);
    }

    private static long cpu() {
        return Measurements.threadCpuNanos();
    }

    /** The best write and the best read of several rounds, each round's figures given to {@code perRound}. */
    public record Best(Figures write, Figures read) {
    }

    /**
     * Writes and reads {@code units} units in a temporary file of {@code dir} (deleted afterwards):
     * one untimed warm-up of up to 50,000 units, then {@code rounds} timed rounds.
     */
    public static Best rounds(Path dir, long units, int rounds, java.util.function.BiConsumer<Figures, Figures> perRound)
            throws IOException {
        Path file = Files.createTempFile(dir, "tarjama-bench-", ".tmx");
        try {
            write(file, Math.min(units, 50_000));
            read(file);
            Figures bestW = null;
            Figures bestR = null;
            for (int i = 0; i < rounds; i++) {
                Figures w = write(file, units);
                Figures r = read(file);
                bestW = bestW == null || w.seconds() < bestW.seconds() ? w : bestW;
                bestR = bestR == null || r.seconds() < bestR.seconds() ? r : bestR;
                perRound.accept(w, r);
            }
            return new Best(bestW, bestR);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A large file generated, then read and re-written: the figures of both, the peak heap of the copy and the copy's size. */
    public record Big(Figures generated, Figures copied, long peakHeapBytes, long outputBytes) {
    }

    /** Generates a TMX of about {@code bytes} in {@code dir}, reads it and re-writes it; both files are deleted afterwards. */
    public static Big big(Path dir, long bytes) throws IOException {
        Path in = Files.createTempFile(dir, "tarjama-big-", ".tmx");
        Path copy = Files.createTempFile(dir, "tarjama-big-copy-", ".tmx");
        try {
            Figures g = writeBytes(in, bytes);
            System.gc();
            Measurements.resetPeakHeap();
            Figures c = copy(in, copy);
            return new Big(g, c, Measurements.peakHeap(), Files.size(copy));
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(copy);
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }
    }
}
