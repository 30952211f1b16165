package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarjama.eval.NamesBenchmark;
import org.tarjama.names.NameReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tarjama bench names}: throughput and memory of the names check on a synthetic memory. */
@Command(name = "names", mixinStandardHelpOptions = true,
        description = {"Names consistency throughput benchmark: streams a synthetic memory (the seed article's "
                + "sentence pairs, each with an extra sentence naming a person from the name-pair files, "
                + "Zipf-distributed, 2%% mis-rendered) through the names check and reports units/s and heap. "
                + "With --corpus, the units are recombined from an aligned corpus's sentence pairs instead "
                + "(as bench tm builds its memory), each with the same added sentence: a fairer load for the "
                + "checker's caches than 22 cycled sentences.",
            "Target: 1,000,000 units in under 2 minutes on 2 cores, memory bounded by distinct names."})
public final class BenchNamesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--units", paramLabel = "N", description = "Units to generate (default: ${DEFAULT-VALUE}).")
    long units = 1_000_000;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = 2;

    @Option(names = "--seed-dir", paramLabel = "DIR",
            description = "Directory with seed.en, seed.ar, seed.gold (default: ${DEFAULT-VALUE}).")
    Path seedDir = Path.of("..", "shared", "corpora", "seed-news");

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Recombine the units from this folder's aligned DOC.en, DOC.ar, DOC.gold (1-1 beads), "
                    + "e.g. ../shared/corpora/ntrex_dev, instead of cycling the seed pairs (default: the seed pairs).")
    Path corpus;

    @Option(names = "--names-dir", paramLabel = "DIR",
            description = "Directory of name-pair *.tsv files (default: ${DEFAULT-VALUE}).")
    Path namesDir = Path.of("..", "shared", "corpora", "names");

    @Option(names = "--distinct", paramLabel = "N", description = "Distinct names to draw from (default: ${DEFAULT-VALUE}).")
    int distinct = 20_000;

    @Override
    public Integer call() {
        NamesBenchmark.Result r = NamesBenchmark.run(seedDir, corpus, namesDir, units, threads, distinct);
        NameReport report = r.report();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "names: %,d units in %.1f s with %d threads = %,.0f units/s (target: 1,000,000 in < 120 s)%n",
                r.units(), r.seconds(), r.threads(), r.units() / r.seconds());
        out.printf(Locale.ROOT, "process CPU: %.1f s (%.1f s per core over %d threads: the wall time on an idle machine); "
                + "system load average at the end: %.1f%n", r.cpuSeconds(), r.cpuSeconds() / r.threads(), r.threads(),
                r.loadAverage());
        out.printf(Locale.ROOT, "names found: %,d (%,d inconsistent, %,d spelling, %,d unrendered); distinct names drawn from: %,d%n",
                report.names().size(), report.count(NameReport.Status.INCONSISTENT),
                report.count(NameReport.Status.SPELLING), report.count(NameReport.Status.UNRENDERED), r.distinctNames());
        out.printf(Locale.ROOT, "heap: %.1f MB before, %.1f MB after (report held), max heap %.0f MB%n",
                r.heapBeforeBytes() / 1e6, r.heapAfterBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        if (corpus != null) {
            out.printf(Locale.ROOT, "units recombined from the aligned sentence pairs of %s%n", corpus);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
