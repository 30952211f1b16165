package org.tarjama.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
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

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/ntrex_dev",
            description = "Aligned corpus (*.en, *.ar, *.gold) to recombine (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--units", paramLabel = "N", defaultValue = "1000000", description = "Units to generate (default: ${DEFAULT-VALUE}).")
    int units;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "1000", description = "Timed lookups per threshold (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20261124", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Keep the generated memory.tsv, queries.tsv and the memory in DIR (for the Pensieve comparison).")
    Path keep;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Number> figures = TmBenchmark.run(corpus, units, queries, seed, keep, line -> {
            if (!common.quiet) {
                err.println(line);
                err.flush();
            }
        });
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode r = mapper.valueToTree(figures);
        if (format.equals("json")) {
            out.println(mapper.writeValueAsString(r));
        } else {
            r.fields().forEachRemaining(e -> out.printf(Locale.ROOT, "%-32s %s%n", e.getKey(), e.getValue()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
