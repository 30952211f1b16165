package org.tarjama.align;

/**
 * Gale–Church length model on characters: the Arabic length of a bead is normally distributed
 * around {@code ratio × English length} with variance {@code variance × mean length}. Both
 * parameters are estimated from the document pair itself (a news translation and a 19th-century
 * Bible translation have very different ratios), not taken as constants.
 *
 * <p>Written by hand rather than taken from Okapi: Okapi's Gale–Church step mis-scores 2-2 beads
 * and fixes its parameters for European languages.
 */
public final class LengthModel {
    /** Variance per character used before any estimate is available (typical of Arabic–English news). */
    public static final double DEFAULT_VARIANCE = 2.0;
    private static final double MAX_COST = 40;
    /** Typical ratio of Arabic to English non-space characters (0.93 in news, 0.67 in the 1865 Bible). */
    static final double PRIOR_RATIO = 0.85;
    /** Weight of {@link #PRIOR_RATIO}, in English characters (about five sentences). */
    static final double PRIOR_CHARS = 500;
    /**
     * Degrees of freedom of the Student-t used for the cost instead of Gale–Church's normal tail: real
     * translations have heavier-tailed length differences, and the normal's δ² penalty made one
     * loose pair look worse than a spurious 2-2 merge.
     */
    static final double NU = 4;

    private final double ratio;
    private final double variance;

    public LengthModel(double ratio, double variance) {
        if (!(ratio > 0) || !(variance > 0)) {
            throw new IllegalArgumentException("ratio and variance must be positive");
        }
        this.ratio = ratio;
        this.variance = variance;
    }

    /** Ratio = total Arabic characters / total English characters; variance = the default. */
    public static LengthModel fromTotals(long enChars, long arChars) {
        // shrunk toward a typical Arabic/English ratio so that a tiny document (where one deleted
        // sentence skews the totals) still gets a sane ratio; negligible from a few paragraphs on
        double r = enChars <= 0 || arChars <= 0 ? PRIOR_RATIO
                : (arChars + PRIOR_RATIO * PRIOR_CHARS) / (enChars + PRIOR_CHARS);
        return new LengthModel(Math.max(0.2, Math.min(5.0, r)), DEFAULT_VARIANCE * r);
    }

    /**
     * Re-estimates the parameters from pairs believed to be translations (e.g. the 1-1 beads of a
     * first pass): ratio by total length, variance by a robust (median-based) estimate, shrunk toward
     * the current value when few pairs are available.
     */
    public LengthModel refit(int[] enLens, int[] arLens, int count) {
        if (count < 3) {
            return this;
        }
        long se = 0;
        long sa = 0;
        for (int k = 0; k < count; k++) {
            se += enLens[k];
            sa += arLens[k];
        }
        if (se == 0 || sa == 0) {
            return this;
        }
        double r = (double) sa / se;
        double[] z2 = new double[count];
        for (int k = 0; k < count; k++) {
            double mean = Math.max(1.0, (enLens[k] + arLens[k] / r) / 2);
            double d = arLens[k] - r * enLens[k];
            z2[k] = d * d / mean;
        }
        java.util.Arrays.sort(z2);
        // median of chi-square(1) is 0.455: median(z²)/0.455 estimates the variance robustly
        double v = z2[count / 2] / 0.455;
        double prior = 8; // pseudo-count for shrinkage toward the previous estimate
        double nr = (prior * ratio + count * r) / (prior + count);
        double nv = (prior * variance + count * v) / (prior + count);
        return new LengthModel(Math.max(0.2, Math.min(5.0, nr)), Math.max(0.05 * nr, nv));
    }

    public double ratio() {
        return ratio;
    }

    public double variance() {
        return variance;
    }

    /** The standardised difference δ of an English length and an Arabic length. */
    public double delta(int enLen, int arLen) {
        double mean = Math.max(1.0, (enLen + arLen / ratio) / 2);
        return (arLen - ratio * enLen) / Math.sqrt(variance * mean);
    }

    /**
     * Cost of a length pair: the negative log of a Student-t density (ν = {@value #NU}) of δ,
     * relative to δ = 0: 0 for a perfect length match, growing like log δ for large δ.
     * {@link #gaussianCost} is Gale and Church's original two-tailed normal cost.
     */
    public double cost(int enLen, int arLen) {
        double d = delta(enLen, arLen);
        // Math.log(1 + x), not Math.log1p(x): log has a JIT intrinsic (also in the client compiler the
        // launcher runs align with), log1p is a native call costing more than the rest of the cost; the
        // precision log1p buys for tiny x is far below the float the DP keeps.
        return (NU + 1) / 2 * Math.log(1 + d * d / NU);
    }

    /** Gale and Church's cost {@code -log P(|Δ| ≥ |δ|)} under a normal model. */
    public double gaussianCost(int enLen, int arLen) {
        double d = Math.abs(delta(enLen, arLen));
        double p = erfc(d / Math.sqrt(2));
        if (p <= 1e-300) {
            return MAX_COST;
        }
        return Math.min(MAX_COST, -Math.log(p));
    }

    /** Complementary error function (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
