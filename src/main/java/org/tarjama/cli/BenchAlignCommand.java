package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarjama.eval.AlignBenchmark;
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
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AlignBenchmark bench = AlignBenchmark.load(corpus, !noNames);
        bench.warmUp();
        out.printf(Locale.ROOT, "%10s %10s %10s %10s %12s %14s %10s%n", "en sents", "ar sents", "time (s)", "cpu (s)",
                "sents/s", "peak heap (MB)", "unaligned");
        double firstTime = 0;
        int firstSize = 0;
        for (int size : sizes) {
            AlignBenchmark.Run run = bench.run(size, repeat);
            out.printf(Locale.ROOT, "%10d %10d %10.3f %10.3f %12.0f %14.1f %10d%n", run.enSentences(), run.arSentences(),
                    run.seconds(), run.cpuSeconds(), run.enSentences() / run.seconds(), run.peakHeapBytes() / 1e6,
                    run.unaligned());
            if (firstSize == 0) {
                firstSize = run.enSentences();
                firstTime = run.seconds();
            } else {
                out.printf(Locale.ROOT, "  growth vs %d: %.1fx the sentences, %.1fx the time%n", firstSize,
                        (double) run.enSentences() / firstSize, run.seconds() / firstTime);
            }
            out.flush();
        }
        out.printf(Locale.ROOT, "max heap %.0f MB%n", Runtime.getRuntime().maxMemory() / 1e6);
        return ExitCodes.OK;
    }
}
