package org.tarjama.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tarjama.align.AlignerConfig;
import org.tarjama.align.Alignment;
import org.tarjama.align.NameMatcher;
import org.tarjama.align.ParallelText;
import org.tarjama.align.SentenceAligner;
import org.tarjama.align.TransliterationNames;
import org.tarjama.io.TextFiles;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * Alignment time and heap on a long document pair made by repeating the documents of a corpus folder
 * ({@code DOC.en}/{@code DOC.ar}) to a given number of English sentences: lexicon learning included,
 * file reading excluded; the best of several runs after a JIT warm-up.
 */
public final class AlignBenchmark {
    /** One size: the best wall and CPU time of the runs, the peak heap over them, and the unaligned beads. */
    public record Run(int enSentences, int arSentences, double seconds, double cpuSeconds, long peakHeapBytes,
                      long unaligned) {
    }

    private final List<String[]> docsEn;
    private final List<String[]> docsAr;
    private final SentenceAligner aligner;

    private AlignBenchmark(List<String[]> docsEn, List<String[]> docsAr, SentenceAligner aligner) {
        this.docsEn = docsEn;
        this.docsAr = docsAr;
        this.aligner = aligner;
    }

    /**
     * Reads every {@code DOC.en} of {@code corpus} (not {@code DOC.raw.en}) with its {@code DOC.ar}.
     *
     * @param names with proper-name (transliteration) anchors, as {@code align} uses them
     * @throws BadInputException when the folder does not exist or holds no documents
     */
    public static AlignBenchmark load(Path corpus, boolean names) {
        List<String[]> docsEn = new ArrayList<>();
        List<String[]> docsAr = new ArrayList<>();
        if (!Files.isDirectory(corpus)) {
            throw new BadInputException(SourceLocation.ofFile(corpus.toString()), "no such folder (give --corpus)");
        }
        try (Stream<Path> s = Files.list(corpus)) {
            for (Path en : s.filter(p -> p.toString().endsWith(".en") && !p.toString().endsWith(".raw.en")).sorted().toList()) {
                Path ar = Path.of(en.toString().replaceFirst("\\.en$", ".ar"));
                docsEn.add(ParallelText.lines(TextFiles.readString(en, null)).toArray(String[]::new));
                docsAr.add(ParallelText.lines(TextFiles.readString(ar, null)).toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (docsEn.isEmpty()) {
            throw new BadInputException(SourceLocation.ofFile(corpus.toString()), "no DOC.en files");
        }
        SentenceAligner aligner = new SentenceAligner(AlignerConfig.defaults()
                .withNames(names ? new TransliterationNames() : NameMatcher.NONE));
        return new AlignBenchmark(docsEn, docsAr, aligner);
    }

    /** Aligns a 2,000-sentence pair three times so that the JIT has compiled the hot paths. */
    public void warmUp() {
        List<List<String>> warm = build(docsEn, docsAr, 2000);
        for (int k = 0; k < 3; k++) {
            aligner.align(warm.get(0), warm.get(1));
        }
    }

    /** Aligns a pair of {@code size} English sentences {@code repeat} times (at least once). */
    public Run run(int size, int repeat) {
        List<List<String>> pair = build(docsEn, docsAr, size);
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        long peak = 0;
        Alignment a = null;
        for (int r = 0; r < Math.max(1, repeat); r++) {
            System.gc();
            Measurements.resetPeakHeap();
            long t0 = System.nanoTime();
            long c0 = Measurements.threadCpuNanos();
            a = aligner.align(pair.get(0), pair.get(1));
            double t = (System.nanoTime() - t0) / 1e9;
            best = Math.min(best, t);
            bestCpu = Math.min(bestCpu, (Measurements.threadCpuNanos() - c0) / 1e9);
            peak = Math.max(peak, Measurements.peakHeap());
        }
        return new Run(pair.get(0).size(), pair.get(1).size(), best, bestCpu, peak, a.unalignedCount());
    }

    /** Whole documents repeated until the English side has {@code size} sentences (the last document cut on both sides proportionally). */
    static List<List<String>> build(List<String[]> en, List<String[]> ar, int size) {
        List<String> e = new ArrayList<>(size);
        List<String> a = new ArrayList<>(size + size / 5);
        int d = 0;
        while (e.size() < size) {
            String[] de = en.get(d % en.size());
            String[] da = ar.get(d % ar.size());
            int take = Math.min(de.length, size - e.size());
            int takeAr = take == de.length ? da.length : (int) Math.round((double) take * da.length / de.length);
            for (int k = 0; k < take; k++) {
                e.add(de[k]);
            }
            for (int k = 0; k < takeAr; k++) {
                a.add(da[k]);
            }
            d++;
        }
        return List.of(e, a);
    }
}
