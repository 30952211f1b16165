package org.tarjama.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;
import org.tarjama.eval.NamePairEvaluation;
import org.tarjama.text.Transliteration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarjama eval names}: transliteration-similarity precision/recall/F1 on name-pair files. */
@Command(name = "names", mixinStandardHelpOptions = true,
        description = {"Transliteration-similarity precision/recall/F1 on name-pair files "
                + "(english<TAB>arabic[<TAB>type]), and how often the right rendering ranks first in a sentence.",
            "Negatives: each English name with the Arabic of another random pair of similar length (±1 letter, "
                + "fixed seed). Ranking: the true Arabic hidden in a synthetic sentence with filler words, two "
                + "distractor names and sometimes a proclitic."})
public final class EvalNamesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Name-pair TSV files (default: ../shared/corpora/names/*.tsv).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--threshold", paramLabel = "T", description = "Decision threshold (default: ${DEFAULT-VALUE}).")
    double threshold = Transliteration.DEFAULT_THRESHOLD;

    @Option(names = "--rank-sample", paramLabel = "N", description = "Synthetic sentences per file for the ranking test (default: ${DEFAULT-VALUE}).")
    int rankSample = 2000;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed for negatives and sentences (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--show-misses", description = "Also print examples of ranking misses.")
    boolean showMisses;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json");
        }
        if (files.isEmpty()) {
            Path dir = Path.of("..", "shared", "corpora", "names");
            if (!Files.isDirectory(dir)) {
                throw new BadInputException(SourceLocation.ofFile(dir.toString()), "no FILE given and the default directory does not exist");
            }
            files.addAll(NamePairEvaluation.filesIn(dir));
        }
        Map<String, NamePairEvaluation.Result> results = NamePairEvaluation.evaluate(files, threshold, rankSample, seed);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
        } else {
            out.println("negatives: each English name paired with the Arabic of another random pair of similar length (±1 letter), seed " + seed);
            out.printf(Locale.ROOT, "%-36s %7s %9s %7s %7s %7s   %-34s %9s%n", "file", "pairs", "threshold", "P", "R", "F1",
                    "best threshold (P/R/F1)", "rank@1");
            for (NamePairEvaluation.Result r : results.values()) {
                var a = r.atThreshold();
                var b = r.best();
                out.printf(Locale.ROOT, "%-36s %7d %9.2f %7.4f %7.4f %7.4f   %.2f (%.4f/%.4f/%.4f)       %6.2f%% of %d%n", r.name(),
                        r.pairs(), a.threshold(), a.precision(), a.recall(), a.f1(), b.threshold(), b.precision(),
                        b.recall(), b.f1(), 100 * r.rankAccuracy(), r.rankTrials());
            }
            NamePairEvaluation.Result last = results.values().stream().reduce((a, b) -> b).orElseThrow();
            out.printf(Locale.ROOT, "scoring speed (%s, single thread, compile + normalise + DP per pair): %,.0f pairs/s%n",
                    last.name(), last.pairsPerSecond());
            if (showMisses) {
                for (NamePairEvaluation.Result r : results.values()) {
                    r.rankMisses().forEach(m -> out.println(r.name() + "\t" + m));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
