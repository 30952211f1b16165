package org.tarjama.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** One block's DP: band, pair evidence, Viterbi path, forward–backward posteriors. */
final class BeadDp {
    /** Bead types as (English count, Arabic count). */
    static final int[] DI = {1, 0, 1, 2, 1, 2, 3, 1};
    static final int[] DJ = {0, 1, 1, 1, 2, 2, 1, 3};
    static final int TYPES = DI.length;

    /**
     * -log prior of each bead type (same order as DI/DJ): 1-1 dominant; 2-1/1-2 common in news
     * translation; 3-1/1-3 and deletions rare; 2-2 rarer still (it is almost always two 1-1 beads).
     * Tuned with {@code tarjama eval align} on the dev sets as whole-language-pair settings.
     */
    static final double[] PRIOR = {3.0, 3.0, 0.1, 2.8, 2.8, 6.0, 4.0, 4.0};

    /** Nats of reward per unit of matched lexical weight. */
    static final double LAMBDA = 0.8;
    /** Share of a sentence's matchable weight expected to be matched when the bead is right. */
    static final double P0 = 0.35;
    /** Reward for a merge whose long side shows a clause join (،/؛/;) for every merged sentence. */
    static final double JOIN_BONUS = 0.4;

    private static final float INF = Float.POSITIVE_INFINITY;
    /** Band cells from which the forward and backward passes run on two threads. */
    static final int PARALLEL_CELLS = 50_000;
    /** Cells whose bead costs are computed ahead at a time (a chunk of rows; 2 MB of costs). */
    private static final int CHUNK_CELLS = 65_536;
    final SentenceFeatures f;
    final SentenceAligner.Block blk;
    final LengthModel lm;
    final LexicalRelations rel;
    final int n;
    final int m;
    final int[] lo;
    final int[] hi;
    final int[] off;
    final float[] cost; // per cell × type
    final float[] vit;
    final byte[] back;
    // pair evidence: English sentence s (block-local) × Arabic t in [pLo[s], pLo[s]+len)
    final int[] pLo;
    /** Bit x set: English item x of sentence s has a counterpart in Arabic sentence t. */
    final long[][] pe;
    /** Bit y set: Arabic item y of sentence t has a counterpart in English sentence s. */
    final long[][] pa;
    /** Best relation weight of each item (by position in its sentence), per block-local sentence. */
    final float[][] wEn;
    final float[][] wAr;
    final float[] tEn;
    final float[] tAr;
    final int[] cumEn;
    final int[] cumAr;

    final boolean storeCosts;

    BeadDp(SentenceFeatures f, SentenceAligner.Block blk, LengthModel lm, LexicalRelations rel, int[] center, int w, boolean storeCosts) {
        this.storeCosts = storeCosts;
        this.f = f;
        this.blk = blk;
        this.lm = lm;
        this.rel = rel;
        n = blk.enEnd() - blk.enStart();
        m = blk.arEnd() - blk.arStart();
        lo = new int[n + 1];
        hi = new int[n + 1];
        off = new int[n + 2];
        for (int i = 0; i <= n; i++) {
            lo[i] = Math.max(0, center[i] - w);
            hi[i] = Math.min(m, center[i] + w);
        }
        lo[0] = 0;
        hi[n] = m;
        // rows must overlap so that every row is reachable from the previous one
        for (int i = 1; i <= n; i++) {
            lo[i] = Math.min(lo[i], hi[i - 1]);
        }
        for (int i = n - 1; i >= 0; i--) {
            hi[i] = Math.max(hi[i], lo[i + 1]);
        }
        for (int i = 0; i <= n; i++) {
            off[i + 1] = off[i] + hi[i] - lo[i] + 1;
        }
        int cells = off[n + 1];
        cost = storeCosts ? new float[cells * TYPES] : null;
        vit = new float[cells];
        back = new byte[cells];
        cumEn = new int[n + 1];
        cumAr = new int[m + 1];
        for (int i = 0; i < n; i++) {
            cumEn[i + 1] = cumEn[i] + f.enLen[blk.enStart() + i];
        }
        for (int j = 0; j < m; j++) {
            cumAr[j + 1] = cumAr[j] + f.arLen[blk.arStart() + j];
        }
        tEn = new float[n];
        tAr = new float[m];
        wEn = new float[n][];
        wAr = new float[m][];
        for (int i = 0; i < n; i++) {
            int[] items = f.enItems[blk.enStart() + i];
            wEn[i] = new float[Math.min(64, items.length)];
            for (int x = 0; x < wEn[i].length; x++) {
                wEn[i][x] = rel.potential[items[x]];
                tEn[i] += wEn[i][x];
            }
        }
        for (int j = 0; j < m; j++) {
            int[] items = f.arItems[blk.arStart() + j];
            wAr[j] = new float[Math.min(64, items.length)];
            for (int y = 0; y < wAr[j].length; y++) {
                wAr[j][y] = rel.potential[items[y]];
                tAr[j] += wAr[j][y];
            }
        }
        pLo = new int[n];
        pe = new long[n][];
        pa = new long[n][];
        // Each English sentence's marks are its own (pe[s], pa[s]): on a large block the second half of
        // the sentences is marked on another thread.
        if (n >= PARALLEL_SENTENCES) {
            int half = n / 2;
            java.util.concurrent.CompletableFuture<Void> other =
                    java.util.concurrent.CompletableFuture.runAsync(() -> mark(half, n));
            mark(0, half);
            other.join();
        } else {
            mark(0, n);
        }
    }

    /** English sentences at or above which a block's pair marks are made on two threads. */
    static final int PARALLEL_SENTENCES = 2_000;

    /** The pair marks ({@link #pe}, {@link #pa}) of English sentences {@code [sFrom, sTo)} of the block. */
    private void mark(int sFrom, int sTo) {
        long[] packed = new long[64];
        for (int s = sFrom; s < sTo; s++) {
            int from = Math.max(0, lo[s + 1] - 3);
            int to = Math.min(m, hi[Math.min(n, s + 3)]);
            pLo[s] = from;
            pe[s] = new long[Math.max(0, to - from)];
            pa[s] = new long[Math.max(0, to - from)];
            // this sentence's relations as (target id, item index, weight), sorted by target id
            int[] es = f.enItems[blk.enStart() + s];
            int np = 0;
            for (int x = 0; x < Math.min(64, es.length); x++) {
                int[] ts = rel.targets.get(es[x]);
                if (ts == null) {
                    continue;
                }
                for (int k = 0; k < ts.length; k++) {
                    if (np == packed.length) {
                        packed = Arrays.copyOf(packed, np * 2);
                    }
                    packed[np++] = ((long) ts[k] << 32) | ((long) x << 16) | k;
                }
            }
            if (np == 0) {
                continue;
            }
            Arrays.sort(packed, 0, np);
            int gFrom = blk.arStart() + from;
            int gTo = blk.arStart() + to;
            // One pass per distinct target: the sentences of [from, to) that hold it (postings), and
            // its position in each, give the same marks as comparing the two sorted item lists of every
            // sentence of the band.
            for (int p = 0; p < np; ) {
                int tid = (int) (packed[p] >>> 32);
                long bitsE = 0;
                while (p < np && (int) (packed[p] >>> 32) == tid) {
                    bitsE |= 1L << (int) ((packed[p] >>> 16) & 0xFFFF);
                    p++;
                }
                int[] post = f.arPostings[tid];
                int k = Arrays.binarySearch(post, gFrom);
                if (k < 0) {
                    k = -k - 1;
                }
                for (; k < post.length && post[k] < gTo; k++) {
                    int t = post[k] - blk.arStart();
                    int[] as = f.arItems[post[k]];
                    int q = Arrays.binarySearch(as, 0, Math.min(64, as.length), tid);
                    pe[s][t - from] |= bitsE;
                    pa[s][t - from] |= 1L << q;
                }
            }
        }
    }

    private int cell(int i, int j) {
        if (i < 0 || i > n || j < lo[i] || j > hi[i]) {
            return -1;
        }
        return off[i] + j - lo[i];
    }

    private long pairE(int s, int t) {
        int k = t - pLo[s];
        return k < 0 || k >= pe[s].length ? 0 : pe[s][k];
    }

    private long pairA(int s, int t) {
        int k = t - pLo[s];
        return k < 0 || k >= pa[s].length ? 0 : pa[s][k];
    }

    private static float weigh(long mask, float[] w) {
        float sum = 0;
        while (mask != 0) {
            int b = lowestBit(mask);
            sum += w[b];
            mask &= mask - 1;
        }
        return sum;
    }

    /** The 64-bit de Bruijn sequence B(2, 6): the top 6 bits of {@code 2^b × DE_BRUIJN} differ for every b. */
    private static final long DE_BRUIJN = 0x022fdd63cc95386dL;
    private static final byte[] DE_BRUIJN_BIT = new byte[64];

    static {
        for (int b = 0; b < 64; b++) {
            DE_BRUIJN_BIT[(int) (((1L << b) * DE_BRUIJN) >>> 58)] = (byte) b;
        }
    }

    /**
     * {@code Long.numberOfTrailingZeros(mask)} for a non-zero mask. The client compiler that align runs with
     * (see the launcher) has no intrinsic for it and calls its Java version (two calls and a dozen branches);
     * a de Bruijn multiplication is one multiply and one table read (BeadDpTest checks all 64 bits).
     */
    static int lowestBit(long mask) {
        return DE_BRUIJN_BIT[(int) (((mask & -mask) * DE_BRUIJN) >>> 58)];
    }

    /** Cost of the bead of type {@code k} ending at (i, j) (block-local). */
    private double beadCost(int i, int j, int k) {
        int di = DI[k];
        int dj = DJ[k];
        double c = PRIOR[k];
        if (di == 0 || dj == 0) {
            return c;
        }
        int le = cumEn[i] - cumEn[i - di];
        int la = cumAr[j] - cumAr[j - dj];
        c += lm.cost(le, la);
        double reward = 0;
        // matched weight of each sentence against the union of the other side's sentences
        for (int s = i - di; s < i; s++) {
            long mask = 0;
            for (int t = j - dj; t < j; t++) {
                mask |= pairE(s, t);
            }
            reward += weigh(mask, wEn[s]) - P0 * tEn[s];
        }
        for (int t = j - dj; t < j; t++) {
            long mask = 0;
            for (int s = i - di; s < i; s++) {
                mask |= pairA(s, t);
            }
            reward += weigh(mask, wAr[t]) - P0 * tAr[t];
        }
        c -= LAMBDA * reward;
        if (di > 1 && dj == 1 && f.arJoins[blk.arStart() + j - 1] >= di - 1) {
            c -= JOIN_BONUS;
        } else if (dj > 1 && di == 1 && f.enJoins[blk.enStart() + i - 1] >= dj - 1) {
            c -= JOIN_BONUS;
        }
        return c;
    }

    /** Viterbi; returns true when the best path runs along an inner edge of the band. */
    boolean run() {
        // The bead costs do not depend on the Viterbi scores, only on which predecessor cells exist: on a
        // large band they are computed ahead, a chunk of rows at a time, half of each chunk on another
        // thread, and the (cheap) minimum over bead types follows serially. Costs of cells that turn out
        // unreachable are computed for nothing; the path and every stored cost are the same as serially.
        boolean ahead = off[n + 1] >= PARALLEL_CELLS;
        float[] buf = ahead && !storeCosts ? new float[0] : null;
        for (int r0 = 0; r0 <= n; ) {
            int r1 = r0 + 1;
            while (r1 <= n && off[r1] - off[r0] < CHUNK_CELLS) {
                r1++;
            }
            int base = 0;
            float[] pre = null;
            if (ahead) {
                if (storeCosts) {
                    pre = cost;
                } else {
                    int need = (off[r1] - off[r0]) * TYPES;
                    if (buf.length < need) {
                        buf = new float[need];
                    }
                    pre = buf;
                    base = off[r0];
                }
                fillCosts(r0, r1, pre, base);
            }
            viterbiRows(r0, r1, pre, base);
            r0 = r1;
        }
        // edge check along the path
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if ((j - lo[i] < 2 && lo[i] > 0) || (hi[i] - j < 2 && hi[i] < m)) {
                return true;
            }
            int k = back[cell(i, j)];
            i -= DI[k];
            j -= DJ[k];
        }
        return false;
    }

    /** Viterbi over rows {@code [r0, r1)}; bead costs read from {@code pre} (cell c at (c - base) × TYPES) or computed. */
    private void viterbiRows(int r0, int r1, float[] pre, int base) {
        for (int i = r0; i < r1; i++) {
            for (int j = lo[i]; j <= hi[i]; j++) {
                int c = off[i] + j - lo[i];
                if (i == 0 && j == 0) {
                    vit[c] = 0;
                    back[c] = -1;
                    if (storeCosts) {
                        Arrays.fill(cost, c * TYPES, c * TYPES + TYPES, INF);
                    }
                    continue;
                }
                float best = INF;
                byte arg = -1;
                for (int k = 0; k < TYPES; k++) {
                    int pi = i - DI[k];
                    int pj = j - DJ[k];
                    int pc = pj < 0 ? -1 : cell(pi, pj);
                    if (pc < 0 || vit[pc] == INF) {
                        if (storeCosts) {
                            cost[c * TYPES + k] = INF;
                        }
                        continue;
                    }
                    float bc = pre != null ? pre[(c - base) * TYPES + k] : (float) beadCost(i, j, k);
                    if (storeCosts) {
                        cost[c * TYPES + k] = bc;
                    }
                    float v = vit[pc] + bc;
                    if (v < best) {
                        best = v;
                        arg = (byte) k;
                    }
                }
                vit[c] = best;
                back[c] = arg;
            }
        }
    }

    /** The bead costs of every cell of rows {@code [r0, r1)} whose predecessor exists, into {@code out}, on two threads. */
    private void fillCosts(int r0, int r1, float[] out, int base) {
        int from = off[r0];
        int to = off[r1];
        int mid = from + (to - from) / 2;
        java.util.concurrent.CompletableFuture<Void> other =
                java.util.concurrent.CompletableFuture.runAsync(() -> fillCosts(mid, to, r0, out, base));
        fillCosts(from, mid, r0, out, base);
        other.join();
    }

    /** The bead costs of cells {@code [from, to)} (flat indices; row search from {@code row}). */
    private void fillCosts(int from, int to, int row, float[] out, int base) {
        if (from >= to) {
            return;
        }
        int i = row;
        while (off[i + 1] <= from) {
            i++;
        }
        for (int c = from; c < to; c++) {
            while (off[i + 1] <= c) {
                i++;
            }
            int j = lo[i] + c - off[i];
            for (int k = 0; k < TYPES; k++) {
                int pi = i - DI[k];
                int pj = j - DJ[k];
                int pc = pj < 0 ? -1 : cell(pi, pj);
                out[(c - base) * TYPES + k] = pc < 0 ? INF : (float) beadCost(i, j, k);
            }
        }
    }

    /** The Viterbi beads (global indices), with posterior confidences when asked. */
    List<Bead> beads(boolean posteriors) {
        double[] fwd = null;
        double[] bwd = null;
        double z = 0;
        if (posteriors) {
            int last = cell(n, m);
            // The two passes read only the bead costs: on a large block the backward pass runs on another
            // thread beside the forward one (a cold 8,000-sentence align spends a fifth of its DP here).
            if (off[n + 1] >= PARALLEL_CELLS) {
                java.util.concurrent.CompletableFuture<double[]> later =
                        java.util.concurrent.CompletableFuture.supplyAsync(this::backward);
                fwd = forward();
                bwd = later.join();
            } else {
                fwd = forward();
                bwd = backward();
            }
            z = fwd[last];
        }
        List<Bead> out = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int c = cell(i, j);
            int k = back[c];
            int pi = i - DI[k];
            int pj = j - DJ[k];
            double score = 1.0;
            if (posteriors) {
                double lp = fwd[cell(pi, pj)] - cost[c * TYPES + k] + bwd[c] - z;
                score = Math.max(0, Math.min(1, Math.exp(lp)));
            }
            out.add(new Bead(blk.enStart() + pi, DI[k], blk.arStart() + pj, DJ[k], score));
            i = pi;
            j = pj;
        }
        Collections.reverse(out);
        return out;
    }

    /** Forward log-probabilities of every cell (sum over the paths from the origin). */
    private double[] forward() {
        double[] fwd = new double[off[n + 1]];
        Arrays.fill(fwd, Double.NEGATIVE_INFINITY);
        fwd[0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = lo[i]; j <= hi[i]; j++) {
                int c = off[i] + j - lo[i];
                if (c == 0) {
                    continue;
                }
                double acc = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < TYPES; k++) {
                    float bc = cost[c * TYPES + k];
                    if (bc == INF) {
                        continue;
                    }
                    int pc = cell(i - DI[k], j - DJ[k]);
                    acc = logAdd(acc, fwd[pc] - bc);
                }
                fwd[c] = acc;
            }
        }
        return fwd;
    }

    /** Backward log-probabilities of every cell (sum over the paths to the end). */
    private double[] backward() {
        double[] bwd = new double[off[n + 1]];
        Arrays.fill(bwd, Double.NEGATIVE_INFINITY);
        int last = cell(n, m);
        bwd[last] = 0;
        for (int i = n; i >= 0; i--) {
            for (int j = hi[i]; j >= lo[i]; j--) {
                int c = off[i] + j - lo[i];
                if (c == last) {
                    continue;
                }
                double acc = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < TYPES; k++) {
                    int ni = i + DI[k];
                    int nj = j + DJ[k];
                    int nc = ni > n ? -1 : cell(ni, nj);
                    if (nc < 0) {
                        continue;
                    }
                    float bc = cost[nc * TYPES + k];
                    if (bc == INF) {
                        continue;
                    }
                    acc = logAdd(acc, bwd[nc] - bc);
                }
                bwd[c] = acc;
            }
        }
        return bwd;
    }

    private static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        // log(1 + x) rather than log1p: see LengthModel.cost (x is in (0, 1] here, where both agree to an ulp)
        return a > b ? a + Math.log(1 + Math.exp(b - a)) : b + Math.log(1 + Math.exp(a - b));
    }
}
