package org.tarjama.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarjama.eval.CheckBenchmark;
import org.tarjama.report.ReportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tarjama bench check}: glossary-check throughput on generated data. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Glossary check throughput: checks generated units (names with proclitics, article, vowel marks, "
                + "tatweel; one in ten left untranslated) against a generated glossary and renders the findings as "
                + "JSON to a null sink. Target: 1,000,000 units against 10,000 terms in under 60 s on 2 cores."})
public final class BenchCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--units", paramLabel = "N", defaultValue = "1000000", description = "Units to check. Default: ${DEFAULT-VALUE}.")
    long units;

    @Option(names = "--terms", paramLabel = "N", defaultValue = "10000", description = "Glossary entries. Default: ${DEFAULT-VALUE}.")
    int terms;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--write-data", paramLabel = "DIR",
            description = "Also write the generated glossary (DIR/glossary.tsv) and units (DIR/units.tsv) so that the "
                    + "real command can be timed: time tarjama check --glossary DIR/glossary.tsv DIR/units.tsv --format json -o /dev/null")
    java.nio.file.Path writeData;

    @Override
    public Integer call() throws java.io.IOException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || units < 1 || terms < 1) {
            throw new UsageException("--units, --terms and --threads must be at least 1");
        }
        CheckBenchmark.Run run = CheckBenchmark.run(terms, units, n);
        ReportSummary summary = run.summary();
        long count = run.units();
        double build = run.generationSeconds();
        double check = run.checkSeconds();
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "bench check: %d terms, %d units, %d threads%n", terms, count, n);
        out.printf(Locale.ROOT, "  glossary + data generation: %.2f s%n", build);
        out.printf(Locale.ROOT, "  check + JSON rendering:     %.2f s (%.0f units/s)%n", check, count / check);
        out.printf(Locale.ROOT, "  findings: %s%n", summary.line());
        out.printf(Locale.ROOT, "  target: < 60 s for 1,000,000 units x 10,000 terms on 2 cores -> %s%n",
                units == 1_000_000 && terms == 10_000 ? (check < 60 ? "MET" : "MISSED") : "n/a (other sizes)");
        if (writeData != null) {
            java.nio.file.Files.createDirectories(writeData);
            run.data().write(writeData.resolve("glossary.tsv"), writeData.resolve("units.tsv"), units);
            out.printf(Locale.ROOT, "  data written: %s, %s%n", writeData.resolve("glossary.tsv"), writeData.resolve("units.tsv"));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
