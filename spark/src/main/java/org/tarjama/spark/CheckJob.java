package org.tarjama.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.tarjama.glossary.CheckRun;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryChecker;
import org.tarjama.glossary.GlossaryLoader;
import org.tarjama.model.BadInputException;
import org.tarjama.model.Severity;
import org.tarjama.model.SourceLocation;
import org.tarjama.report.ReportFormat;
import org.tarjama.report.ReportSummary;
import org.tarjama.report.ReportWriter;
import org.tarjama.tmx.UnitFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tarjama-spark check --glossary FILE --out DIR MEMORY…}: the glossary check of single-machine
 * {@code tarjama check} on each memory part (one partition per part, units numbered within the part as
 * {@code check} numbers them): {@code part-NNNNN.json} holds the part's findings and summary in the
 * format of {@code check --format json}; {@code summary.json} sums them (units, findings by severity
 * and code, and each part's counts).
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Glossary check of memories in many parts: part-NNNNN.json (as tarjama check --format json, one per "
                + "memory part), summary.json, _SUCCESS under DIR.")
public final class CheckJob implements Callable<Integer> {
    @Mixin
    SparkOptions spark;

    @Spec
    CommandSpec spec;

    @Option(names = {"-g", "--glossary"}, required = true, paramLabel = "FILE", description = "The glossary (.tsv, .csv, .tbx, .json).")
    String glossary;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (new or empty).")
    String out;

    @Parameters(arity = "1..*", paramLabel = "MEMORY", description = "Memory files (.tmx, or .tsv en<TAB>ar), directories or globs.")
    List<String> inputs;

    /** One part's counts, for the summary. */
    record PartResult(int part, String input, long units, Map<String, Long> bySeverity, Map<String, Long> byCode)
            implements Serializable {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        JavaSparkContext sc = spark.context("check");
        try {
            HadoopIO io = new HadoopIO(sc.hadoopConfiguration());
            List<String> files = io.inputs(inputs).stream().map(Path::toString).toList();
            Shipped g = Shipped.read(io, AlignJob.qualified(io, glossary));
            Glossary loaded = GlossaryLoader.load(g.local());
            if (loaded.entries().isEmpty()) {
                throw new BadInputException(SourceLocation.ofFile(g.display()), "the glossary has no entries: nothing to check against");
            }
            if (!spark.quiet) {
                loaded.warnings().forEach(w -> err.println("tarjama-spark: warning: " + w));
            }
            Path outDir = AlignJob.qualified(io, out);
            io.prepareOutput(outDir);
            HadoopIO.Conf conf = new HadoopIO.Conf(sc.hadoopConfiguration());
            String outName = outDir.toString();
            try {
                List<Integer> indices = new ArrayList<>();
                for (int i = 0; i < files.size(); i++) {
                    indices.add(i);
                }
                List<PartResult> results = sc.parallelize(indices, files.size())
                        .map(i -> checkPart(i, files.get(i), g, conf, outName)).collect();
                Map<String, Object> total = new LinkedHashMap<>();
                long units = 0;
                Map<String, Long> bySeverity = new TreeMap<>();
                Map<String, Long> byCode = new TreeMap<>();
                for (PartResult r : results) {
                    units += r.units();
                    r.bySeverity().forEach((k, v) -> bySeverity.merge(k, v, Long::sum));
                    r.byCode().forEach((k, v) -> byCode.merge(k, v, Long::sum));
                }
                long findings = bySeverity.values().stream().mapToLong(Long::longValue).sum();
                total.put("glossary", g.display());
                total.put("entries", loaded.entries().size());
                total.put("parts", results.size());
                total.put("units", units);
                total.put("findings", findings);
                for (Severity s : Severity.values()) {
                    total.put(s.label().equals("error") ? "errors" : s.label().equals("warning") ? "warnings" : s.label(),
                            bySeverity.getOrDefault(s.label(), 0L));
                }
                total.put("by_code", byCode);
                total.put("by_part", results);
                io.write(outDir, "summary.json", (new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(total) + "\n").getBytes(StandardCharsets.UTF_8));
                io.succeed(outDir);
                spark.say(err, String.format(Locale.ROOT, "check: %d parts, %d units, %d findings (%d errors, %d warnings, "
                                + "%d info) → %s", results.size(), units, findings, bySeverity.getOrDefault("error", 0L),
                        bySeverity.getOrDefault("warning", 0L), bySeverity.getOrDefault("info", 0L), HadoopIO.display(outDir)));
            } catch (RuntimeException e) {
                io.abandon(outDir);
                throw e;
            } catch (java.io.IOException e) {
                io.abandon(outDir);
                throw new java.io.UncheckedIOException(e);
            }
        } finally {
            SparkOptions.release(sc);
        }
        return 0;
    }

    /** Checks one memory part and writes its report. */
    static PartResult checkPart(int part, String file, Shipped glossary, HadoopIO.Conf conf, String outDir) {
        Glossary g = GlossaryLoader.load(glossary.local());
        GlossaryChecker checker = new GlossaryChecker(g);
        Path p = new Path(file);
        String input = HadoopIO.display(p);
        ReportSummary summary = new ReportSummary();
        summary.put("glossary", glossary.display());
        summary.put("entries", g.entries().size());
        summary.put("input", input);
        Map<String, Long> bySeverity = new TreeMap<>();
        Map<String, Long> byCode = new TreeMap<>();
        String name = String.format(Locale.ROOT, "part-%05d.json", part);
        try (HadoopIO io = new HadoopIO(conf);
             HadoopIO.AtomicFile f = io.create(new Path(outDir), name, AlignJob.attempt());
             UnitFiles.UnitIterator units = UnitFiles.open(io.localize(p))) {
            ReportWriter w = ReportWriter.create(ReportFormat.JSON, f.stream(),
                    "Glossary check of " + p.getName() + " against " + glossary.name());
            long count = CheckRun.run(units, input, checker, 1, finding -> {
                summary.count(finding);
                bySeverity.merge(finding.severity().label(), 1L, Long::sum);
                byCode.merge(finding.code(), 1L, Long::sum);
                w.add(finding);
            }, null);
            summary.countUnits(count);
            w.finish(summary);
            f.commit();
            return new PartResult(part, input, count, bySeverity, byCode);
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
