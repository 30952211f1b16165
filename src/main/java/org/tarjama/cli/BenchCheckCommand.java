package org.tarjama.cli;

import java.io.OutputStream;
import java.util.concurrent.Callable;
import org.tarjama.glossary.CheckBenchmark;
import org.tarjama.glossary.CheckRun;
import org.tarjama.glossary.GlossaryChecker;
import org.tarjama.report.ReportFormat;
import org.tarjama.report.ReportSummary;
import org.tarjama.report.ReportWriter;
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
        long t0 = System.nanoTime();
        CheckBenchmark data = CheckBenchmark.generate(terms, 42);
        GlossaryChecker checker = new GlossaryChecker(data.glossary());
        long t1 = System.nanoTime();
        ReportSummary summary = new ReportSummary();
        ReportWriter w = ReportWriter.create(ReportFormat.JSON, OutputStream.nullOutputStream(), "bench");
        long count = CheckRun.run(data.units(units), "generated", checker, n, f -> {
            summary.count(f);
            w.add(f);
        }, null);
        summary.countUnits(count);
        w.finish(summary);
        long t2 = System.nanoTime();
        double build = (t1 - t0) / 1e9;
        double check = (t2 - t1) / 1e9;
        var out = spec.commandLine().getOut();
        out.printf("bench check: %d terms, %d units, %d threads%n", terms, count, n);
        out.printf("  glossary + data generation: %.2f s%n", build);
        out.printf("  check + JSON rendering:     %.2f s (%.0f units/s)%n", check, count / check);
        out.printf("  findings: %s%n", summary.line());
        out.printf("  target: < 60 s for 1,000,000 units x 10,000 terms on 2 cores -> %s%n",
                units == 1_000_000 && terms == 10_000 ? (check < 60 ? "MET" : "MISSED") : "n/a (other sizes)");
        if (writeData != null) {
            java.nio.file.Files.createDirectories(writeData);
            data.write(writeData.resolve("glossary.tsv"), writeData.resolve("units.tsv"), units);
            out.printf("  data written: %s, %s%n", writeData.resolve("glossary.tsv"), writeData.resolve("units.tsv"));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
