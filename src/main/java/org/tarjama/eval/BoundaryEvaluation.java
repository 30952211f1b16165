package org.tarjama.eval;

import java.util.List;
import org.tarjama.segment.Sentence;

/**
 * Sentence-boundary counts of a segmenter against gold sentences: a boundary is the offset where a
 * sentence ends inside a paragraph (paragraph ends are given by the input, so they are not counted).
 */
public record BoundaryEvaluation(long truePositives, long falsePositives, long falseNegatives, long ignored) {

    public static final BoundaryEvaluation EMPTY = new BoundaryEvaluation(0, 0, 0, 0);

    /**
     * Compares a segmentation of {@code paragraph} with its gold sentences, which must appear in the
     * paragraph in order.
     *
     * @throws IllegalArgumentException when a gold sentence is not found in the paragraph
     */
    public static BoundaryEvaluation of(String paragraph, List<String> gold, List<Sentence> predicted) {
        return of(paragraph, gold, java.util.Set.of(), predicted);
    }

    /**
     * As {@link #of(String, List, List)}, but predicted boundaries strictly inside the gold sentences
     * whose indices are in {@code joined} are counted as ignored rather than false: those gold units
     * are known to be several sentences joined (synthetic 2-1/3-1 beads of an evaluation corpus).
     */
    public static BoundaryEvaluation of(String paragraph, List<String> gold, java.util.Set<Integer> joined,
                                        List<Sentence> predicted) {
        java.util.Set<Integer> goldEnds = new java.util.HashSet<>();
        List<int[]> joinedSpans = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i < gold.size(); i++) {
            String g = gold.get(i).strip();
            int at = paragraph.indexOf(g, from);
            if (at < 0) {
                throw new IllegalArgumentException("gold sentence " + (i + 1) + " not found in its paragraph: " + g);
            }
            from = at + g.length();
            if (joined.contains(i)) {
                joinedSpans.add(new int[] {at, from});
            }
            if (i < gold.size() - 1) {
                goldEnds.add(from);
            }
        }
        long tp = 0;
        long fp = 0;
        long ignored = 0;
        for (int i = 0; i < predicted.size() - 1; i++) {
            int end = predicted.get(i).end();
            if (goldEnds.contains(end)) {
                tp++;
            } else if (inside(joinedSpans, end)) {
                ignored++;
            } else {
                fp++;
            }
        }
        return new BoundaryEvaluation(tp, fp, goldEnds.size() - tp, ignored);
    }

    private static boolean inside(List<int[]> spans, int offset) {
        for (int[] s : spans) {
            if (offset > s[0] && offset < s[1]) {
                return true;
            }
        }
        return false;
    }

    public BoundaryEvaluation plus(BoundaryEvaluation o) {
        return new BoundaryEvaluation(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives, ignored + o.ignored);
    }

    public double precision() {
        long d = truePositives + falsePositives;
        return d == 0 ? 1.0 : (double) truePositives / d;
    }

    public double recall() {
        long d = truePositives + falseNegatives;
        return d == 0 ? 1.0 : (double) truePositives / d;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The strict counts: boundaries inside known joined gold lines counted as false positives. */
    public BoundaryEvaluation strict() {
        return new BoundaryEvaluation(truePositives, falsePositives + ignored, falseNegatives, 0);
    }
}
