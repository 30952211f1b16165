package org.tarjama.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarjama.eval.TmBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tarjama bench tm}: builds a synthetic memory, imports it, and times lookups at 70% and 50%,
 * concordance, and the heap the opened memory holds.
 */
@Command(name = "tm", mixinStandardHelpOptions = true,
        description = {"Translation-memory benchmark on a synthetic news memory recombined from an aligned corpus:",
            "import rate, lookup p50/p99 at 70%% and 50%%, recall of the true source, concordance p95, heap in use."},
        footer = {"", "Example (targets at 1,000,000 units: lookup p50 <= 1 ms and p99 <= 10 ms at 70%%, p50 <= 12 ms at 50%%,",
            "import >= 100,000 units/s, heap <= 512 MB, concordance p95 <= 20 ms):",
            "  TARJAMA_JAVA_OPTS=-Xmx2g ./tarjama bench tm --units 1000000 --keep /tmp/tm-bench"})
public final class BenchTmCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    BenchMemoryOptions bench;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "1000", description = "Timed lookups per threshold (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20261124", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Keep the generated memory.tsv, queries.tsv and the memory in DIR (for the Pensieve comparison).")
    Path keep;

    @Option(names = "--tm", paramLabel = "LOCATION",
            description = {"Import into and look up in this memory store instead of an embedded memory in the work folder",
                "(e.g. opensearch://127.0.0.1:PORT/bench; an existing memory there gets the units added, see docs/opensearch.md)."})
    String tm;

    @Override
    public Integer call() throws IOException {
        bench.check();
        Map<String, Number> figures = TmBenchmark.run(bench.corpus, bench.units, queries, seed, keep, tm,
                BenchMemoryOptions.notes(spec.commandLine().getErr(), common.quiet));
        bench.print(spec.commandLine().getOut(), figures, 32);
        return ExitCodes.OK;
    }
}
