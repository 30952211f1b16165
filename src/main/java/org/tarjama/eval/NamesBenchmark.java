package org.tarjama.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;
import org.tarjama.names.NameChecker;
import org.tarjama.names.NameReport;

/**
 * Throughput and heap of the names check on a {@link SyntheticNamesMemory}: the seed article's sentence
 * pairs, each with an extra sentence naming a person from the name-pair files (Zipf-distributed, 2%
 * mis-rendered), streamed twice through {@link NameChecker#check} (learning, then checking) without a glossary.
 * With a corpus folder, the units are recombined from its aligned sentence pairs
 * ({@link SyntheticNewsMemory.Recombiner}, as {@code bench tm} builds its memory) instead of cycling the seed
 * article's 22: the same Arabic words and n-grams then recur far less often, as in a real memory, so the
 * checker's caches flatter it less.
 */
public final class NamesBenchmark {
    /**
     * The run: units checked, wall and process CPU time, threads, the report (held while the heap after
     * was read), the distinct names drawn from, the heap before and after and the load average at the end.
     */
    public record Result(long units, double seconds, double cpuSeconds, int threads, NameReport report,
                         int distinctNames, long heapBeforeBytes, long heapAfterBytes, double loadAverage) {
    }

    private NamesBenchmark() {
    }

    /**
     * @param seedDir  folder with {@code seed.en}, {@code seed.ar}, {@code seed.gold}
     * @param namesDir folder of name-pair {@code *.tsv} files
     * @param distinct at most this many names (a fixed-seed shuffle of all of them) are drawn from
     * @throws BadInputException when a folder does not exist
     */
    public static Result run(Path seedDir, Path namesDir, long units, int threads, int distinct) {
        return run(seedDir, null, namesDir, units, threads, distinct);
    }

    /**
     * As {@link #run(Path, Path, long, int, int)}, with the units recombined from the aligned corpus in
     * {@code corpusDir} ({@code DOC.en}, {@code DOC.ar}, {@code DOC.gold}; {@link SyntheticNewsMemory#pairs})
     * instead of the seed article's pairs, when it is not null ({@code seedDir} is then not read).
     */
    public static Result run(Path seedDir, Path corpusDir, Path namesDir, long units, int threads, int distinct) {
        Path templates = corpusDir != null ? corpusDir : seedDir;
        if (!Files.isDirectory(templates)) {
            throw new BadInputException(SourceLocation.ofFile(templates.toString()), "no such directory");
        }
        if (!Files.isDirectory(namesDir)) {
            throw new BadInputException(SourceLocation.ofFile(namesDir.toString()), "no such directory");
        }
        List<SyntheticNamesMemory.Pair> names = SyntheticNamesMemory.namePairs(NamePairEvaluation.filesIn(namesDir));
        Collections.shuffle(names, new Random(7));
        names = names.subList(0, Math.min(distinct, names.size()));
        List<SyntheticNamesMemory.Pair> seed = corpusDir != null ? null : SyntheticNamesMemory.seedPairs(seedDir);
        SyntheticNewsMemory.Recombiner corpus = corpusDir != null
                ? new SyntheticNewsMemory.Recombiner(SyntheticNewsMemory.pairs(corpusDir)) : null;
        List<SyntheticNamesMemory.Pair> drawn = names;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long cpu0 = Measurements.processCpuNanos();
        long t0 = System.nanoTime();
        // both passes of the real command: co-occurrence learning, then the check
        NameReport report = NameChecker.check(null, org.tarjama.text.Transliteration.DEFAULT_THRESHOLD,
                () -> corpus != null ? new SyntheticNamesMemory(corpus, drawn, units, 42)
                        : new SyntheticNamesMemory(seed, drawn, units, 42), threads, n -> { });
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (Measurements.processCpuNanos() - cpu0) / 1e9;
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        return new Result(units, seconds, cpuSeconds, threads, report, names.size(), heapBefore, heapAfter,
                Measurements.loadAverage());
    }
}
