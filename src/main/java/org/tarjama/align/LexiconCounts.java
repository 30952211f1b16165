package org.tarjama.align;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Co-occurrence counts of English and Arabic word keys over aligned beads of many documents, from
 * which a corpus lexicon is learned by the Dice coefficient ({@code 2·c(e,a) / (c(e) + c(a))},
 * counting each key once per bead). The aligner learns such a lexicon from each document pair on
 * its own; counting over a corpus finds the pairs one document is too short to show.
 *
 * <p>A mutable accumulator (not thread-safe; one per task), {@link Serializable}, and additive:
 * {@link #merge} sums two counts, so it is associative and commutative. A Spark job aligns each
 * document, {@code aggregate}s the counts across partitions with {@code (c, doc) -> c.add(…)} and
 * {@code LexiconCounts::merge}, calls {@link #toLexicon(int, double)} on the driver and broadcasts
 * {@code config.withDictionary(lexicon)}.
 */
public final class LexiconCounts implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final char SEP = '\u0000';

    private final HashMap<String, Integer> english = new HashMap<>();
    private final HashMap<String, Integer> arabic = new HashMap<>();
    private final HashMap<String, Integer> pairs = new HashMap<>();
    private long beads;

    /**
     * Adds the aligned beads of one document whose score is at least {@code minScore} (1-0 and 0-1
     * beads never count).
     *
     * @return this
     */
    public LexiconCounts add(List<String> en, List<String> ar, Alignment alignment, double minScore) {
        for (Bead b : alignment.beads()) {
            if (b.isUnaligned() || b.score() < minScore) {
                continue;
            }
            if (b.enEnd() > en.size() || b.arEnd() > ar.size()) {
                throw new IllegalArgumentException("bead " + b.toBeadString() + " exceeds the sentence lists");
            }
            Set<String> e = new LinkedHashSet<>();
            for (int i = b.enStart(); i < b.enEnd(); i++) {
                e.addAll(SentenceFeatures.englishWordKeys(en.get(i)));
            }
            Set<String> a = new LinkedHashSet<>();
            for (int j = b.arStart(); j < b.arEnd(); j++) {
                a.addAll(SentenceFeatures.arabicWordKeys(ar.get(j)));
            }
            beads++;
            for (String x : e) {
                english.merge(x, 1, Integer::sum);
            }
            for (String y : a) {
                arabic.merge(y, 1, Integer::sum);
            }
            for (String x : e) {
                for (String y : a) {
                    pairs.merge(x + SEP + y, 1, Integer::sum);
                }
            }
        }
        return this;
    }

    /** Adds another accumulator's counts to this one; returns this. */
    public LexiconCounts merge(LexiconCounts other) {
        other.english.forEach((k, v) -> english.merge(k, v, Integer::sum));
        other.arabic.forEach((k, v) -> arabic.merge(k, v, Integer::sum));
        other.pairs.forEach((k, v) -> pairs.merge(k, v, Integer::sum));
        beads += other.beads;
        return this;
    }

    /**
     * Drops pairs seen fewer than {@code minCount} times (to bound memory after merging; pruning
     * before merging loses counts that other partitions would have added). Returns this.
     */
    public LexiconCounts prune(int minCount) {
        pairs.values().removeIf(c -> c < minCount);
        return this;
    }

    /**
     * The lexicon of pairs seen in at least {@code minCount} beads with a Dice coefficient of at least
     * {@code minDice}; each English key keeps its three best Arabic keys.
     */
    public Lexicon toLexicon(int minCount, double minDice) {
        Map<String, List<Map.Entry<String, Double>>> best = new HashMap<>();
        pairs.forEach((k, c) -> {
            if (c < minCount) {
                return;
            }
            int cut = k.indexOf(SEP);
            String e = k.substring(0, cut);
            String a = k.substring(cut + 1);
            double dice = 2.0 * c / (english.get(e) + arabic.get(a));
            if (dice >= minDice) {
                best.computeIfAbsent(e, x -> new ArrayList<>()).add(Map.entry(a, dice));
            }
        });
        Lexicon.Builder b = Lexicon.builder();
        best.forEach((e, list) -> {
            list.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            for (int k = 0; k < Math.min(3, list.size()); k++) {
                b.addKeys(e, list.get(k).getKey());
            }
        });
        return b.build();
    }

    /** Beads counted. */
    public long beads() {
        return beads;
    }

    /** Distinct (English, Arabic) key pairs held. */
    public int pairCount() {
        return pairs.size();
    }
}
