package org.tarjama.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * What the memory benchmarks ({@code bench tm}, {@code bench serve}) share: the aligned corpus their
 * synthetic news memory is recombined from, its size, and how the figures are printed. Each command
 * keeps its own {@code --queries} and {@code --seed} (they mean and default to different things).
 */
final class BenchMemoryOptions {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/ntrex_dev",
            description = "Aligned corpus (*.en, *.ar, *.gold) to recombine (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--units", paramLabel = "N", defaultValue = "1000000", description = "Units to generate (default: ${DEFAULT-VALUE}).")
    int units;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    /** Refuses a format other than text or json before anything is measured. */
    void check() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, not '" + format + "'");
        }
        if (units < 1) {
            throw new UsageException("--units must be at least 1");
        }
    }

    /** Progress lines to {@code err}, unless {@code quiet}. */
    static Consumer<String> notes(PrintWriter err, boolean quiet) {
        return line -> {
            if (!quiet) {
                err.println(line);
                err.flush();
            }
        };
    }

    /** The figures as one JSON object, or one {@code name value} line each with names padded to {@code width}. */
    void print(PrintWriter out, Map<String, Number> figures, int width) throws java.io.IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode r = mapper.valueToTree(figures);
        if (format.equals("json")) {
            out.println(mapper.writeValueAsString(r));
        } else {
            r.fields().forEachRemaining(e -> out.printf(Locale.ROOT, "%-" + width + "s %s%n", e.getKey(), e.getValue()));
        }
        out.flush();
    }
}
