package org.tarjama.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.tarjama.eval.ServeBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tarjama bench serve}: the TM server under concurrent HTTP load, and beside translate-toolkit's tmserver. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"TM-server benchmark on a synthetic news memory: lookups per second and p50/p99 with concurrent "
                + "HTTP clients on loopback, idle and while an import runs; with --tmserver, translate-toolkit's tmserver "
                + "side by side (throughput ratio, top-1 agreement, seconds per query as the memory grows)."},
        footer = {"", "Examples (targets at 1,000,000 units, 32 clients, 70%%: >= 2,000 lookups/s, p99 <= 20 ms):",
            "  TARJAMA_JAVA_OPTS=-Xmx3g ./tarjama bench serve --units 1000000 --clients 32",
            "  ./tarjama bench serve --tmserver --units 5000 --queries 200 --sizes 5000,20000,100000"})
public final class BenchServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    BenchMemoryOptions bench;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "2000", description = "Distinct queries (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "32", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "20", description = "Length of each load phase (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--min", paramLabel = "PCT", defaultValue = "70", description = "min_similarity (default: ${DEFAULT-VALUE}).")
    int min;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20261201", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--tmserver", description = "Compare with translate-toolkit's tmserver (needs tmserver and build_tmdb on PATH).")
    boolean tmserver;

    @Option(names = "--sizes", paramLabel = "N,N…", split = ",", defaultValue = "5000,20000,100000",
            description = "With --tmserver: memory sizes to try, the first one for ratio and agreement (default: ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", description = "With --tmserver: longest wait for one answer (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Override
    public Integer call() throws Exception {
        bench.check();
        if (clients < 1 || clients > 1024 || seconds < 1 || queries < 1) {
            throw new UsageException("--clients must be 1–1024 and --seconds, --queries at least 1");
        }
        java.util.function.Consumer<String> notes = BenchMemoryOptions.notes(spec.commandLine().getErr(), common.quiet);
        Map<String, Number> figures = tmserver
                ? ServeBenchmark.compareWithTmserver(bench.corpus, sizes, queries, seed, timeout, notes)
                : ServeBenchmark.run(bench.corpus, bench.units, queries, clients, seconds, min, seed, notes);
        bench.print(spec.commandLine().getOut(), figures, 48);
        return ExitCodes.OK;
    }
}
