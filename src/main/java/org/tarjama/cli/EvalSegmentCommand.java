package org.tarjama.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarjama.eval.BoundaryEvaluation;
import org.tarjama.eval.CorpusSegmentation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tarjama eval segment}: sentence-boundary precision, recall and F1 on corpus folders. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {"Sentence-boundary precision/recall/F1 of the segmenter on corpus folders: every DOC.raw.LANG "
                + "(paragraphs) is segmented and compared with DOC.LANG (gold sentences, one per line).",
            "Where DOC.gold alignment beads show that a gold line is several sentences joined (1-n or n-1 beads of "
                + "a perturbed evaluation set), boundaries predicted inside it are counted as 'ignored', not as false; "
                + "the strict figures (counting them as false) are printed too."},
        footer = {"", "Examples:", "  tarjama eval segment ../shared/corpora/ntrex_dev ../shared/corpora/seed-news",
            "  tarjama eval segment --golden        (the Golden Rules: Tarjama vs Okapi's default rules, ICU4J, JDK)"})
public final class EvalSegmentCommand implements Callable<Integer> {
    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--lang", split = ",", defaultValue = "en,ar", paramLabel = "<lang>",
            description = "Languages to evaluate (default: en,ar).")
    List<String> langs;

    @Option(names = "--format", defaultValue = "text", paramLabel = "<text|json>", description = "text or json.")
    Format format;

    @Option(names = "--golden", description = "Run the Golden Rules of pragmatic_segmenter/pySBD (52 English, 5 Arabic "
            + "cases, bundled) and print exact-match counts of Tarjama, Okapi's defaultSegmentation.srx, ICU4J and the JDK "
            + "BreakIterator; with --verbose, every case Tarjama gets wrong.")
    boolean golden;

    @Option(names = "--headlines", description = "Add the opt-in English rule for headlines run into their paragraph "
            + "without a stop (news text such as NTREX's raw files); off by default because it also splits real sentences.")
    boolean headlines;

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "Corpus folders with DOC.raw.LANG and DOC.LANG files.")
    List<Path> dirs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (golden) {
            return golden(out);
        }
        if (dirs == null || dirs.isEmpty()) {
            throw new UsageException("give corpus folders (DIR...) or --golden");
        }
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode rows = mapper.createArrayNode();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-28s %-4s %6s %6s %6s   %6s %6s %6s %5s %5s %5s %5s", "corpus", "lang", "P", "R", "F1",
                "P*", "R*", "F1*", "tp", "fp", "fn", "ign"));
        for (CorpusSegmentation.Row row : CorpusSegmentation.evaluate(dirs, langs, headlines)) {
            lines.add(row(row.name(), row.lang(), row.counts()));
            rows.add(json(mapper, row.corpus(), row.lang(), row.counts()));
        }
        if (format == Format.json) {
            ObjectNode root = mapper.createObjectNode();
            root.set("results", rows);
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            lines.forEach(out::println);
            out.println("P/R/F1: boundaries inside known joined gold lines ignored; P*/R*/F1*: counted as false.");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int golden(PrintWriter out) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        out.println(String.format(Locale.ROOT, "%-22s %8s %14s %8s %8s", "golden rules", "tarjama", "okapi-default", "icu4j", "jdk"));
        for (String lang : langs) {
            java.util.Map<String, Long> c = org.tarjama.eval.GoldenRules.counts(lang);
            int n = org.tarjama.eval.GoldenRules.cases(lang).size();
            ObjectNode j = root.putObject(lang);
            j.put("cases", n);
            c.forEach(j::put);
            if (format == Format.text) {
                out.println(String.format(Locale.ROOT, "%-22s %8d %14d %8d %8d", (lang.equals("en") ? "English" : lang.equals("ar") ? "Arabic" : lang)
                        + " (" + n + ")", c.get("tarjama"), c.get("okapi-default"), c.get("icu4j"), c.get("jdk")));
            }
            if (common.verbose) {
                for (org.tarjama.eval.GoldenRules.Outcome o : org.tarjama.eval.GoldenRules.run("tarjama", lang)) {
                    if (!o.exact()) {
                        out.println("  " + lang + " #" + o.goldenCase().id() + " " + o.goldenCase().name() + ": got " + o.got());
                    }
                }
            }
        }
        if (format == Format.json) {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            out.println("Exact-match cases (sentences compared with white space collapsed).");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String row(String name, String lang, BoundaryEvaluation e) {
        BoundaryEvaluation s = e.strict();
        return String.format(Locale.ROOT, "%-28s %-4s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f %5d %5d %5d %5d", name, lang,
                e.precision(), e.recall(), e.f1(), s.precision(), s.recall(), s.f1(),
                e.truePositives(), e.falsePositives(), e.falseNegatives(), e.ignored());
    }

    private static ObjectNode json(ObjectMapper m, String corpus, String lang, BoundaryEvaluation e) {
        BoundaryEvaluation s = e.strict();
        ObjectNode n = m.createObjectNode();
        n.put("corpus", corpus).put("lang", lang)
                .put("precision", e.precision()).put("recall", e.recall()).put("f1", e.f1())
                .put("strictPrecision", s.precision()).put("strictRecall", s.recall()).put("strictF1", s.f1())
                .put("truePositives", e.truePositives()).put("falsePositives", e.falsePositives())
                .put("falseNegatives", e.falseNegatives()).put("ignored", e.ignored());
        return n;
    }
}
