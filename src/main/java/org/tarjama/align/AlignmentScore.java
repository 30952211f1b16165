package org.tarjama.align;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores of predicted beads against gold beads. Strict: exact bead match, 1-0/0-1 beads excluded
 * (as vecalign's evaluation). Lax: a predicted bead counts when it overlaps a gold bead on both
 * sides. Recall per gold bead type (including 1-0/0-1: a deletion is recalled when predicted exactly).
 * Counts are additive, so a set's score is the sum of its documents'.
 */
public final class AlignmentScore {
    long strictTp;
    long predicted;
    long gold;
    long laxTpPred;
    long laxTpGold;
    /** Predicted pairs scored at least {@link #HIGH}, and how many of them are exact. */
    long high;
    long highTp;
    /** The score whose meaning is measured ({@code --min-score 0.9}). */
    public static final double HIGH = 0.9;
    final Map<String, long[]> perType = new LinkedHashMap<>();

    public AlignmentScore() {
        for (String t : List.of("1-1", "2-1", "1-2", "2-2", "3-1", "1-3", "1-0", "0-1")) {
            perType.put(t, new long[2]);
        }
    }

    /** Adds one document's comparison. */
    public void add(List<Bead> pred, List<Bead> goldBeads) {
        Set<String> goldKeys = new HashSet<>();
        for (Bead g : goldBeads) {
            goldKeys.add(key(g));
        }
        Set<String> predKeys = new HashSet<>();
        for (Bead p : pred) {
            predKeys.add(key(p));
        }
        for (Bead p : pred) {
            if (p.isUnaligned()) {
                continue;
            }
            predicted++;
            boolean right = goldKeys.contains(key(p));
            if (right) {
                strictTp++;
            }
            if (p.score() >= HIGH) {
                high++;
                if (right) {
                    highTp++;
                }
            }
            if (overlapsAny(p, goldBeads)) {
                laxTpPred++;
            }
        }
        for (Bead g : goldBeads) {
            long[] c = perType.computeIfAbsent(g.type(), t -> new long[2]);
            c[1]++;
            if (predKeys.contains(key(g))) {
                c[0]++;
            }
            if (g.isUnaligned()) {
                continue;
            }
            gold++;
            if (overlapsAny(g, pred)) {
                laxTpGold++;
            }
        }
    }

    /** Adds another score's counts. */
    public void add(AlignmentScore o) {
        strictTp += o.strictTp;
        predicted += o.predicted;
        gold += o.gold;
        laxTpPred += o.laxTpPred;
        laxTpGold += o.laxTpGold;
        high += o.high;
        highTp += o.highTp;
        o.perType.forEach((t, c) -> {
            long[] mine = perType.computeIfAbsent(t, x -> new long[2]);
            mine[0] += c[0];
            mine[1] += c[1];
        });
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) strictTp / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) strictTp / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double laxF1() {
        double p = predicted == 0 ? 0 : (double) laxTpPred / predicted;
        double r = gold == 0 ? 0 : (double) laxTpGold / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of predicted pairs scored at least {@link #HIGH} that are exactly a gold bead (the score's reliability). */
    public double highPrecision() {
        return high == 0 ? 0 : (double) highTp / high;
    }

    /** Share of the right pairs (exact gold beads) that are scored at least {@link #HIGH}. */
    public double highAmongRight() {
        return strictTp == 0 ? 0 : (double) highTp / strictTp;
    }

    /** Gold beads of each type: {recalled, total}; types with no gold bead are included with 0 total. */
    public Map<String, long[]> perType() {
        return perType;
    }

    public long goldCount() {
        return gold;
    }

    public long predictedCount() {
        return predicted;
    }

    private static boolean overlapsAny(Bead b, List<Bead> others) {
        for (Bead o : others) {
            if (o.isUnaligned()) {
                continue;
            }
            if (o.enStart() < b.enEnd() && b.enStart() < o.enEnd() && o.arStart() < b.arEnd() && b.arStart() < o.arEnd()) {
                return true;
            }
        }
        return false;
    }

    private static String key(Bead b) {
        return b.enCount() == 0 ? "[]:" + b.arStart() + "+" + b.arCount()
                : b.arCount() == 0 ? b.enStart() + "+" + b.enCount() + ":[]"
                : b.enStart() + "+" + b.enCount() + ":" + b.arStart() + "+" + b.arCount();
    }
}
