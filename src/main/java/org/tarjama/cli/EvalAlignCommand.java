package org.tarjama.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarjama.align.AlignerConfig;
import org.tarjama.align.AlignmentScore;
import org.tarjama.align.Lexicon;
import org.tarjama.eval.AlignEvaluation;
import org.tarjama.eval.RawAlignmentScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarjama eval align DIR…}: strict/lax F1 and per-type recall of the aligner against gold beads. */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = {"Score the sentence aligner on folders of DOC.en / DOC.ar / DOC.gold (one sentence per line, "
                + "gold beads like [1, 2]:[1]).",
            "Strict P/R/F1: exact bead match, 1-0/0-1 beads excluded. Lax F1: a bead counts when it overlaps a "
                + "gold bead on both sides. P(ok|>=.9): exact among the pairs scored >= 0.9; P(>=.9|ok): scored >= 0.9 "
                + "among the exact pairs. Recall per gold bead type, deletions (1-0/0-1) included."})
public final class EvalAlignCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Corpus folders (each scored as a set).")
    List<Path> dirs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--no-learn", description = "Do not learn a lexicon from the documents (ablation).")
    boolean noLearn;

    @Option(names = "--no-names", description = "Do not use proper-name (transliteration) anchors (ablation).")
    boolean noNames;

    @Option(names = "--docs", description = "Also print each document's scores.")
    boolean perDoc;

    @Option(names = "--dictionary", paramLabel = "FILE.tsv",
            description = "Add a domain dictionary (english<TAB>arabic|arabic…) to the built-in lexicon, as 'align --dictionary' does.")
    Path dictionary;

    @Option(names = "--raw", description = {"Score the whole path on raw documents: segment and align DOC.raw.en with "
            + "DOC.raw.ar as 'tarjama align' does, and compare the pairs with DOC.gold by their text.",
        "exact: a pair is one gold unit; consistent: a run of consecutive gold units; finer: inside one gold unit "
            + "(the gold cannot judge it); P(c|>=.9): consistent among pairs scored >= 0.9; P(>=.9|c): scored >= 0.9 "
            + "among consistent pairs; goldCover: gold units inside consistent pairs; lineCon: consistent, or finer than "
            + "a gold unit of several lines and cut only at its lines (one of the units a synthetic n-m join was "
            + "made of); P(lc|>=.9): lineCon among pairs scored >= 0.9."})
    boolean raw;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json");
        }
        AlignerConfig config = AlignEvaluation.config(!noLearn, !noNames,
                dictionary == null ? null : Lexicon.load(dictionary));
        PrintWriter out = spec.commandLine().getOut();
        if (raw) {
            return raw(AlignEvaluation.evaluateRaw(dirs, config), out);
        }
        AlignEvaluation.Result result = AlignEvaluation.evaluate(dirs, config);
        Map<String, AlignmentScore> sets = result.sets();
        Map<String, AlignmentScore> docs = result.documents();
        AlignmentScore all = result.overall();
        if (format.equals("json")) {
            Map<String, Object> root = new LinkedHashMap<>();
            Map<String, Object> js = new LinkedHashMap<>();
            sets.forEach((k, v) -> js.put(k, json(v)));
            root.put("sets", js);
            root.put("overall", json(all));
            if (perDoc) {
                Map<String, Object> jd = new LinkedHashMap<>();
                docs.forEach((k, v) -> jd.put(k, json(v)));
                root.put("documents", jd);
            }
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            if (perDoc) {
                docs.forEach((k, v) -> out.println(line(k, v)));
                out.println();
            }
            out.println(String.format(Locale.ROOT, "%-24s %6s %6s %6s %6s %10s %10s %s", "set", "P", "R", "F1", "laxF1",
                    "P(ok|>=.9)", "P(>=.9|ok)",
                    "recall per gold bead type (recalled/total)"));
            sets.forEach((k, v) -> out.println(line(k, v)));
            if (sets.size() > 1) {
                out.println(line("overall", all));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int raw(AlignEvaluation.RawResult result, PrintWriter out) {
        if (format.equals("json")) {
            Map<String, Object> root = new LinkedHashMap<>();
            Map<String, Object> js = new LinkedHashMap<>();
            result.sets().forEach((k, v) -> js.put(k, rawJson(v)));
            root.put("sets", js);
            root.put("overall", rawJson(result.overall()));
            if (perDoc) {
                Map<String, Object> jd = new LinkedHashMap<>();
                result.documents().forEach((k, v) -> jd.put(k, rawJson(v)));
                root.put("documents", jd);
            }
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            String header = String.format(Locale.ROOT, "%-24s %6s %6s %6s %6s %6s %9s %9s %9s %7s %10s", "set", "pairs",
                    "exact", "consis", "finer", ">=0.9", "P(c|>=.9)", "P(>=.9|c)", "goldCover", "lineCon", "P(lc|>=.9)");
            if (perDoc) {
                out.println(header);
                result.documents().forEach((k, v) -> out.println(rawLine(k, v)));
                out.println();
            }
            out.println(header);
            result.sets().forEach((k, v) -> out.println(rawLine(k, v)));
            if (result.sets().size() > 1) {
                out.println(rawLine("overall", result.overall()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String rawLine(String name, RawAlignmentScore s) {
        return String.format(Locale.ROOT, "%-24s %6d %6.3f %6.3f %6.3f %6d %9.3f %9.3f %9.3f %7.3f %10.3f", name, s.pairs(),
                s.exact(), s.consistent(), s.finer(), s.highPairs(), s.highConsistent(), s.consistentHigh(),
                s.goldCoverage(), s.lineConsistent(), s.highLineConsistent());
    }

    private static Map<String, Object> rawJson(RawAlignmentScore s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pairs", s.pairs());
        m.put("exact", round(s.exact()));
        m.put("consistent", round(s.consistent()));
        m.put("finer", round(s.finer()));
        m.put("pairsScoredHigh", s.highPairs());
        m.put("consistentAmongScoredHigh", round(s.highConsistent()));
        m.put("scoredHighAmongConsistent", round(s.consistentHigh()));
        m.put("goldUnitsInConsistentPairs", round(s.goldCoverage()));
        m.put("goldUnitsExact", round(s.goldExact()));
        m.put("finerAlongGoldLines", round(s.alongLines()));
        m.put("lineConsistent", round(s.lineConsistent()));
        m.put("lineConsistentAmongScoredHigh", round(s.highLineConsistent()));
        return m;
    }

    private static String line(String name, AlignmentScore s) {
        StringBuilder types = new StringBuilder();
        s.perType().forEach((t, c) -> {
            if (c[1] > 0) {
                types.append(String.format(Locale.ROOT, " %s %d/%d", t, c[0], c[1]));
            }
        });
        return String.format(Locale.ROOT, "%-24s %6.3f %6.3f %6.3f %6.3f %10.3f %10.3f %s", name, s.precision(), s.recall(),
                s.f1(), s.laxF1(), s.highPrecision(), s.highAmongRight(), types);
    }

    private static Map<String, Object> json(AlignmentScore s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(s.precision()));
        m.put("recall", round(s.recall()));
        m.put("f1", round(s.f1()));
        m.put("laxF1", round(s.laxF1()));
        m.put("exactAmongScoredHigh", round(s.highPrecision()));
        m.put("scoredHighAmongExact", round(s.highAmongRight()));
        m.put("goldBeads", s.goldCount());
        m.put("predictedBeads", s.predictedCount());
        Map<String, Object> types = new LinkedHashMap<>();
        s.perType().forEach((t, c) -> {
            if (c[1] > 0) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("recalled", c[0]);
                x.put("total", c[1]);
                x.put("recall", round((double) c[0] / c[1]));
                types.put(t, x);
            }
        });
        m.put("recallPerType", types);
        return m;
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
