package org.tarjama.spark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.tarjama.align.AlignedDocument;
import org.tarjama.align.AlignerConfig;
import org.tarjama.align.Bead;
import org.tarjama.align.ParallelText;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.text.Tokenizer;
import scala.Tuple2;

/**
 * A translation lexicon learned over a whole corpus: each document is aligned once as usual (its own
 * lexicon), the confident beads give word co-occurrence counts, which are summed across partitions
 * (a combiner per partition, then one shuffle) with each word's bead frequency; pairs that co-occur
 * in at least {@link #MIN_COUNT} beads with a Dice coefficient of at least {@link #MIN_DICE} are kept,
 * at most {@link #PER_WORD} per English word. The result is small (word pairs), collected on the
 * driver and broadcast to the second, final alignment pass.
 *
 * <p>Words: English lower-cased, Arabic {@link ArabicNormalizer#MATCHING}-normalised, letters only, at
 * least 3 characters (2 in Arabic); function words are dropped by the aligner's own lexicon keys when
 * the pairs are loaded ({@link org.tarjama.align.Lexicon#add}).
 */
final class CorpusLexicon {
    static final int MIN_COUNT = 3;
    static final double MIN_DICE = 0.5;
    static final int PER_WORD = 3;
    /** Only beads at least this confident teach the lexicon. */
    static final double MIN_BEAD_SCORE = 0.5;
    private static final char SEP = '\u0001';

    private CorpusLexicon() {
    }

    static List<String[]> learn(JavaRDD<PairsList.Pair> docs, AlignJob.Settings s) {
        JavaPairRDD<String, Long> counts = docs.mapPartitionsToPair(it -> countPartition(it, s).entrySet().stream()
                .map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator())
                .reduceByKey(Long::sum);
        // "e\1w" / "a\1w" marginals, "p\1e\1a" pairs: one shuffle, then the (small) result on the driver
        Map<String, Long> all = new HashMap<>(counts.filter(t -> t._1().charAt(0) != 'p' || t._2() >= MIN_COUNT)
                .collectAsMap());
        Map<String, List<Object[]>> byEnglish = new HashMap<>();
        for (Map.Entry<String, Long> e : all.entrySet()) {
            String k = e.getKey();
            if (k.charAt(0) != 'p') {
                continue;
            }
            int a = k.indexOf(SEP, 2);
            String en = k.substring(2, a);
            String ar = k.substring(a + 1);
            long ce = all.getOrDefault("e" + SEP + en, 0L);
            long ca = all.getOrDefault("a" + SEP + ar, 0L);
            double dice = 2.0 * e.getValue() / (ce + ca);
            if (dice >= MIN_DICE) {
                byEnglish.computeIfAbsent(en, x -> new ArrayList<>()).add(new Object[] {ar, dice});
            }
        }
        List<String[]> out = new ArrayList<>();
        List<String> ens = new ArrayList<>(byEnglish.keySet());
        ens.sort(Comparator.naturalOrder());
        for (String en : ens) {
            List<Object[]> cands = byEnglish.get(en);
            cands.sort((x, y) -> {
                int c = Double.compare((Double) y[1], (Double) x[1]);
                return c != 0 ? c : ((String) x[0]).compareTo((String) y[0]);
            });
            for (int i = 0; i < Math.min(PER_WORD, cands.size()); i++) {
                out.add(new String[] {en, (String) cands.get(i)[0]});
            }
        }
        return out;
    }

    /** Co-occurrence and marginal counts of one partition's confident beads (a map-side combiner). */
    static Map<String, Long> countPartition(Iterator<PairsList.Pair> docs, AlignJob.Settings s) {
        AlignerConfig config = s.config(null);
        Map<String, Long> counts = new HashMap<>();
        try (HadoopIO io = new HadoopIO(s.conf())) {
            while (docs.hasNext()) {
                ParallelText text = AlignJob.read(io, docs.next(), s.segmented());
                AlignedDocument doc = AlignedDocument.align(text, config, null);
                for (Bead b : doc.alignment().beads()) {
                    if (b.isUnaligned() || b.score() < MIN_BEAD_SCORE) {
                        continue;
                    }
                    Set<String> en = english(doc.enText(b));
                    Set<String> ar = arabic(doc.arText(b));
                    for (String e : en) {
                        counts.merge("e" + SEP + e, 1L, Long::sum);
                        for (String a : ar) {
                            counts.merge("p" + SEP + e + SEP + a, 1L, Long::sum);
                        }
                    }
                    for (String a : ar) {
                        counts.merge("a" + SEP + a, 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    static Set<String> english(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : Tokenizer.words(text)) {
            String l = w.toLowerCase(Locale.ROOT);
            if (l.length() >= 3 && l.chars().allMatch(Character::isLetter)) {
                out.add(l);
            }
        }
        return out;
    }

    static Set<String> arabic(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : Tokenizer.words(ArabicNormalizer.MATCHING.normalize(text))) {
            if (w.length() >= 2 && w.chars().allMatch(Character::isLetter)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Writes the lexicon as english<TAB>arabic|arabic… lines (the --dictionary format), sorted. */
    static void write(HadoopIO io, Path file, List<String[]> pairs) {
        Map<String, List<String>> m = new java.util.TreeMap<>();
        for (String[] p : pairs) {
            m.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
        }
        StringBuilder sb = new StringBuilder("# corpus lexicon learned by tarjama-spark align --corpus-lexicon\n");
        m.forEach((en, ar) -> sb.append(en).append('\t').append(String.join("|", ar)).append('\n'));
        io.writeFile(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
