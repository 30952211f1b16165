package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.tarjama.model.TranslationUnit;
import org.tarjama.tmx.TmxFilter;
import org.tarjama.tmx.TmxFormatException;
import org.tarjama.tmx.TmxReader;
import org.tarjama.tmx.TmxWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarjama tmx filter --min-score X --lang … --prop T=V -o OUT FILE}. */
@Command(name = "filter", mixinStandardHelpOptions = true,
        description = "Keep the units of a TMX file by alignment score (x-alignment-score), prop value or language.")
public final class TmxFilterCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    TmxOutputOptions tmx;

    @Spec
    CommandSpec spec;

    @Option(names = "--min-score", paramLabel = "X",
            description = "Keep units whose x-alignment-score is at least X (units without a score are dropped).")
    Double minScore;

    @Option(names = "--lang", paramLabel = "LANG", split = ",",
            description = "Keep units having a variant in each of these languages, and only those variants (e.g. --lang en,ar).")
    List<String> langs = new ArrayList<>();

    @Option(names = "--prop", paramLabel = "TYPE=VALUE", description = "Keep units whose prop TYPE has VALUE (repeatable).")
    Map<String, String> props = new LinkedHashMap<>();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output TMX (written atomically); stdout when absent.")
    Path output;

    @Parameters(arity = "1", paramLabel = "FILE", description = "TMX file.")
    Path input;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (minScore != null && !Double.isFinite(minScore)) {
            throw new UsageException("--min-score must be a finite number, not " + minScore);
        }
        Output.refuseInputs(output, "-o", java.util.List.of(input));
        TmxFilter filter = new TmxFilter(minScore, langs, props);
        long read = 0;
        long kept;
        Map<String, Long> why = new TreeMap<>();
        try (Output out = Output.to(output, spec.commandLine().getOut());
             TmxReader r = TmxReader.open(input, tmx.lenient)) {
            try (TmxWriter w = TmxWriter.create(out.stream(), tmx.writerOptions(), d -> {
                if (!common.quiet) {
                    err.println("warning: " + TmxFormatException.format(d.location(), d.message()));
                }
            })) {
                try {
                    while (r.hasNext()) {
                        TranslationUnit tu = r.next();
                        read++;
                        String reason = filter.rejects(tu);
                        if (reason == null) {
                            w.write(filter.apply(tu));
                        } else {
                            why.merge(reason, 1L, Long::sum);
                        }
                    }
                } catch (RuntimeException e) {
                    w.abandon();
                    throw e;
                }
                kept = w.count();
            }
            out.commit();
            r.skipped().forEach(d -> err.println("skipped: " + TmxFormatException.format(d.location(), d.message())));
            r.trailingProblems().forEach(d -> err.println("error: " + TmxFormatException.format(d.location(), d.message())));
        }
        if (!common.quiet) {
            err.println(input + ": kept " + kept + " of " + read + " units" + (why.isEmpty() ? "" : "; dropped: " + why));
        }
        return ExitCodes.OK;
    }
}
