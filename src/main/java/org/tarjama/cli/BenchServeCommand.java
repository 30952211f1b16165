package org.tarjama.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
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

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/ntrex_dev",
            description = "Aligned corpus (*.en, *.ar, *.gold) to recombine (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--units", paramLabel = "N", defaultValue = "1000000", description = "Units to generate (default: ${DEFAULT-VALUE}).")
    int units;

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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || clients > 1024 || seconds < 1 || units < 1 || queries < 1) {
            throw new UsageException("--clients must be 1–1024 and --seconds, --units, --queries at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.util.function.Consumer<String> notes = line -> {
            if (!common.quiet) {
                err.println(line);
                err.flush();
            }
        };
        Map<String, Number> figures = tmserver
                ? ServeBenchmark.compareWithTmserver(corpus, sizes, queries, seed, timeout, notes)
                : ServeBenchmark.run(corpus, units, queries, clients, seconds, min, seed, notes);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode r = mapper.valueToTree(figures);
        if (format.equals("json")) {
            out.println(mapper.writeValueAsString(r));
        } else {
            r.fields().forEachRemaining(e -> out.printf(Locale.ROOT, "%-48s %s%n", e.getKey(), e.getValue()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
