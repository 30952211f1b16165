package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;
import org.tarjama.names.NameChecker;
import org.tarjama.names.NameReport;
import org.tarjama.names.SyntheticMemory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tarjama bench names}: throughput and memory of the names check on a synthetic memory. */
@Command(name = "names", mixinStandardHelpOptions = true,
        description = {"Names consistency throughput benchmark: streams a synthetic memory (the seed article's "
                + "sentence pairs, each with an extra sentence naming a person from the name-pair files, "
                + "Zipf-distributed, 2%% mis-rendered) through the names check and reports units/s and heap.",
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

    @Option(names = "--names-dir", paramLabel = "DIR",
            description = "Directory of name-pair *.tsv files (default: ${DEFAULT-VALUE}).")
    Path namesDir = Path.of("..", "shared", "corpora", "names");

    @Option(names = "--distinct", paramLabel = "N", description = "Distinct names to draw from (default: ${DEFAULT-VALUE}).")
    int distinct = 20_000;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(seedDir)) {
            throw new BadInputException(SourceLocation.ofFile(seedDir.toString()), "no such directory");
        }
        if (!Files.isDirectory(namesDir)) {
            throw new BadInputException(SourceLocation.ofFile(namesDir.toString()), "no such directory");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(namesDir, "*.tsv")) {
            ds.forEach(files::add);
        }
        files.sort(null);
        List<SyntheticMemory.Pair> names = SyntheticMemory.namePairs(files);
        java.util.Collections.shuffle(names, new java.util.Random(7));
        names = names.subList(0, Math.min(distinct, names.size()));
        SyntheticMemory memory = new SyntheticMemory(SyntheticMemory.seedPairs(seedDir), names, units, 42);
        PrintWriter out = spec.commandLine().getOut();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        NameReport report = new NameChecker(null).run(memory, threads);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        out.printf(Locale.ROOT, "names: %,d units in %.1f s with %d threads = %,.0f units/s (target: 1,000,000 in < 120 s)%n",
                units, seconds, threads, units / seconds);
        out.printf(Locale.ROOT, "process CPU: %.1f s (%.1f s per core over %d threads: the wall time on an idle machine); "
                + "system load average at the end: %.1f%n", cpuSeconds, cpuSeconds / threads, threads,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf(Locale.ROOT, "names found: %,d (%,d inconsistent, %,d spelling, %,d unrendered); distinct names drawn from: %,d%n",
                report.names().size(), report.count(NameReport.Status.INCONSISTENT),
                report.count(NameReport.Status.SPELLING), report.count(NameReport.Status.UNRENDERED), names.size());
        out.printf(Locale.ROOT, "heap: %.1f MB before, %.1f MB after (report held), max heap %.0f MB%n",
                heapBefore / 1e6, heapAfter / 1e6, rt.maxMemory() / 1e6);
        out.flush();
        return ExitCodes.OK;
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }
}
