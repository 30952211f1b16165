package org.tarjama.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.tarjama.align.AlignedDocument;
import org.tarjama.align.AlignerConfig;
import org.tarjama.align.AlignmentScore;
import org.tarjama.align.Bead;
import org.tarjama.align.BeadFormat;
import org.tarjama.align.Lexicon;
import org.tarjama.align.ParallelText;
import org.tarjama.io.TextFiles;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scala.Tuple2;

/**
 * {@code tarjama-spark eval-align DIR…}: what the corpus-wide lexicon changes, scored like
 * {@code tarjama eval align} (same folders of {@code DOC.en}/{@code DOC.ar} one sentence per line and
 * {@code DOC.gold}, same aligner path and scores). Every document is aligned twice through the align
 * job's code: as usual, and with the lexicon learned over all the documents of all the given folders
 * (unsupervised: the gold is read only to score). Prints P, R, F1 and lax F1 per set, both ways.
 */
@Command(name = "eval-align", mixinStandardHelpOptions = true,
        description = "Score align with and without --corpus-lexicon on gold folders (as tarjama eval align).")
public final class EvalAlignJob implements Callable<Integer> {
    @Mixin
    SparkOptions spark;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Corpus folders of DOC.en, DOC.ar, DOC.gold (each a set).")
    List<Path> dirs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<PairsList.Pair> pairs = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new BadInputException(SourceLocation.ofFile(dir.toString()), "not a folder");
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path gold : s.filter(p -> p.getFileName().toString().endsWith(".gold")).sorted().toList()) {
                    String name = gold.getFileName().toString().replaceFirst("\\.gold$", "");
                    pairs.add(new PairsList.Pair(pairs.size(), dir.getFileName() + "/" + name,
                            dir.resolve(name + ".en").toAbsolutePath().toString(),
                            dir.resolve(name + ".ar").toAbsolutePath().toString(), null, null, gold.toString(), 0));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sets.add(dir.getFileName().toString());
        }
        JavaSparkContext sc = spark.context("eval-align");
        try {
            AlignJob.Settings s = new AlignJob.Settings(true, 0, true, null, null, "en", "ar",
                    org.tarjama.tmx.TmxProfile.GENERIC, null, new HadoopIO.Conf(sc.hadoopConfiguration()), null);
            JavaRDD<PairsList.Pair> rdd = sc.parallelize(pairs, spark.partitionsFor(sc, pairs.size()));
            Map<String, List<String>> plain = beads(rdd, s, null);
            long t0 = System.nanoTime();
            Lexicon lexicon = CorpusLexicon.learn(rdd, s);
            double learnSeconds = (System.nanoTime() - t0) / 1e9;
            Map<String, List<String>> withLexicon = beads(rdd, s, sc.broadcast(lexicon));
            out.println(String.format(Locale.ROOT, "corpus lexicon: %d English keys learned over %d documents in %.1f s",
                    lexicon.size(), pairs.size(), learnSeconds));
            out.println(String.format(Locale.ROOT, "%-20s %-16s %6s %6s %6s %6s", "set", "lexicon", "P", "R", "F1", "laxF1"));
            Map<String, AlignmentScore[]> scores = new LinkedHashMap<>();
            for (String set : sets) {
                scores.put(set, new AlignmentScore[] {new AlignmentScore(), new AlignmentScore()});
            }
            for (PairsList.Pair p : pairs) {
                List<String> en = ParallelText.lines(TextFiles.readString(Path.of(p.enPath()), null));
                List<String> ar = ParallelText.lines(TextFiles.readString(Path.of(p.arPath()), null));
                List<Bead> gold;
                try {
                    gold = BeadFormat.parseAll(ParallelText.lines(TextFiles.readString(Path.of(p.list()), null)),
                            en.size(), ar.size());
                } catch (BeadFormat.Malformed e) {
                    throw new BadInputException(SourceLocation.ofFile(p.list()), e.getMessage());
                }
                AlignmentScore[] sc2 = scores.get(p.id().substring(0, p.id().indexOf('/')));
                sc2[0].add(BeadFormat.parseAll(plain.get(p.id())), gold);
                sc2[1].add(BeadFormat.parseAll(withLexicon.get(p.id())), gold);
            }
            for (Map.Entry<String, AlignmentScore[]> e : scores.entrySet()) {
                for (int k = 0; k < 2; k++) {
                    AlignmentScore a = e.getValue()[k];
                    out.println(String.format(Locale.ROOT, "%-20s %-16s %6.3f %6.3f %6.3f %6.3f", e.getKey(),
                            k == 0 ? "per document" : "+ corpus", a.precision(), a.recall(), a.f1(), a.laxF1()));
                }
            }
            out.flush();
        } finally {
            SparkOptions.release(sc);
        }
        return 0;
    }

    /** Each document's beads (as bead strings), aligned with the corpus lexicon when given. */
    private static Map<String, List<String>> beads(JavaRDD<PairsList.Pair> rdd, AlignJob.Settings s,
                                                   Broadcast<Lexicon> lexicon) {
        return rdd.mapPartitionsToPair(it -> {
            AlignerConfig config = s.config(lexicon == null ? null : lexicon.value());
            List<Tuple2<String, List<String>>> out = new ArrayList<>();
            try (HadoopIO io = new HadoopIO(s.conf())) {
                while (it.hasNext()) {
                    PairsList.Pair p = it.next();
                    AlignedDocument d = AlignedDocument.align(AlignJob.read(io, p, true), config, null);
                    out.add(new Tuple2<>(p.id(), new ArrayList<>(d.alignment().beads().stream().map(Bead::toBeadString).toList())));
                }
            }
            return out.iterator();
        }).collectAsMap();
    }
}
