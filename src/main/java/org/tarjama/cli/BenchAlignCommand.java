package org.tarjama.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tarjama.align.AlignerConfig;
import org.tarjama.align.Alignment;
import org.tarjama.align.ParallelText;
import org.tarjama.align.SentenceAligner;
import org.tarjama.io.TextFiles;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tarjama bench align}: alignment time and heap on a long document pair made by repeating the
 * ntrex_dev documents, at several sizes, to show linear growth.
 */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = {"Sentence-alignment time, wall clock and CPU of the aligning thread (lexicon learning included, "
                + "JVM start and file reading excluded) and peak heap, on the ntrex_dev documents concatenated and repeated to N sentences per side.",
            "Targets: 8,000 sentences in <= 1 s with -Xmx256m; 10x the sentences in <= 12x the time."},
        footer = {"", "Examples:",
            "  TARJAMA_JAVA_OPTS=-Xmx256m ./tarjama bench align",
            "  TARJAMA_JAVA_OPTS=-Xmx1g ./tarjama bench align --sizes 8000,80000,100000"})
public final class BenchAlignCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/ntrex_dev",
            description = "Folder of DOC.en/DOC.ar files to repeat (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--sizes", paramLabel = "N,N…", split = ",", defaultValue = "8000",
            description = "English sentences per run (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "3", description = "Timed runs per size; the best is reported (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--no-names", description = "Without proper-name anchors (to see their cost).")
    boolean noNames;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
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
        }
        if (docsEn.isEmpty()) {
            throw new BadInputException(SourceLocation.ofFile(corpus.toString()), "no DOC.en files");
        }
        SentenceAligner aligner = new SentenceAligner(AlignerConfig.defaults()
                .withNames(noNames ? org.tarjama.align.NameMatcher.NONE : AlignCommand.nameMatcher()));
        // warm-up so that the JIT has compiled the hot paths
        List<List<String>> warm = build(docsEn, docsAr, 2000);
        for (int k = 0; k < 3; k++) {
            aligner.align(warm.get(0), warm.get(1));
        }
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        out.printf(Locale.ROOT, "%10s %10s %10s %10s %12s %14s %10s%n", "en sents", "ar sents", "time (s)", "cpu (s)",
                "sents/s", "peak heap (MB)", "unaligned");
        double firstTime = 0;
        int firstSize = 0;
        for (int size : sizes) {
            List<List<String>> pair = build(docsEn, docsAr, size);
            double best = Double.MAX_VALUE;
            double bestCpu = Double.MAX_VALUE;
            long peak = 0;
            Alignment a = null;
            for (int r = 0; r < Math.max(1, repeat); r++) {
                System.gc();
                resetPeaks();
                long t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                a = aligner.align(pair.get(0), pair.get(1));
                double t = (System.nanoTime() - t0) / 1e9;
                best = Math.min(best, t);
                bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
                peak = Math.max(peak, peakHeap());
            }
            out.printf(Locale.ROOT, "%10d %10d %10.3f %10.3f %12.0f %14.1f %10d%n", pair.get(0).size(), pair.get(1).size(), best,
                    bestCpu, pair.get(0).size() / best, peak / 1e6, a.unalignedCount());
            if (firstSize == 0) {
                firstSize = pair.get(0).size();
                firstTime = best;
            } else {
                out.printf(Locale.ROOT, "  growth vs %d: %.1fx the sentences, %.1fx the time%n", firstSize,
                        (double) pair.get(0).size() / firstSize, best / firstTime);
            }
            out.flush();
        }
        out.printf(Locale.ROOT, "max heap %.0f MB%n", Runtime.getRuntime().maxMemory() / 1e6);
        return ExitCodes.OK;
    }

    /** Whole documents repeated until the English side has {@code size} sentences (the last document cut on both sides proportionally). */
    private static List<List<String>> build(List<String[]> en, List<String[]> ar, int size) {
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

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
