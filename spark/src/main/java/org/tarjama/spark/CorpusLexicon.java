package org.tarjama.spark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.tarjama.align.AlignedDocument;
import org.tarjama.align.AlignerConfig;
import org.tarjama.align.Lexicon;
import org.tarjama.align.LexiconCounts;
import org.tarjama.align.ParallelText;

/**
 * A translation lexicon learned over a whole corpus with the core's {@link LexiconCounts}: each document
 * is aligned once as usual (its own lexicon), its confident beads ({@link #MIN_BEAD_SCORE}) are counted
 * in one accumulator per partition, the accumulators are merged across partitions (a tree aggregate),
 * and the pairs seen in at least {@link #MIN_COUNT} beads with a Dice coefficient of at least
 * {@link #MIN_DICE} become the {@link Lexicon}, which is broadcast to the final alignment pass.
 */
final class CorpusLexicon {
    static final int MIN_COUNT = 3;
    static final double MIN_DICE = 0.5;
    /** Only beads at least this confident teach the lexicon. */
    static final double MIN_BEAD_SCORE = 0.5;

    private CorpusLexicon() {
    }

    static Lexicon learn(JavaRDD<PairsList.Pair> docs, AlignJob.Settings s) {
        LexiconCounts counts = docs.mapPartitions(it -> List.of(countPartition(it, s)).iterator())
                .treeReduce(LexiconCounts::merge);
        return counts.toLexicon(MIN_COUNT, MIN_DICE);
    }

    /** The counts of one partition's documents. */
    static LexiconCounts countPartition(java.util.Iterator<PairsList.Pair> docs, AlignJob.Settings s) {
        AlignerConfig config = s.config(null);
        LexiconCounts counts = new LexiconCounts();
        try (HadoopIO io = new HadoopIO(s.conf())) {
            while (docs.hasNext()) {
                ParallelText text = AlignJob.read(io, docs.next(), s.segmented());
                AlignedDocument doc = AlignedDocument.align(text, config, null);
                counts.add(text.enTexts(), text.arTexts(), doc.alignment(), MIN_BEAD_SCORE);
            }
        }
        return counts;
    }

    /** Writes the lexicon's key pairs as english<TAB>arabic|arabic… lines (the --dictionary format), sorted. */
    static void write(HadoopIO io, Path file, Lexicon lexicon) {
        StringBuilder sb = new StringBuilder("# corpus lexicon (aligner word keys) learned by tarjama-spark align --corpus-lexicon\n");
        for (Map.Entry<String, Set<String>> e : new TreeMap<>(lexicon.entries()).entrySet()) {
            List<String> ar = new ArrayList<>(e.getValue());
            ar.sort(null);
            sb.append(e.getKey()).append('\t').append(String.join("|", ar)).append('\n');
        }
        io.writeFile(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
