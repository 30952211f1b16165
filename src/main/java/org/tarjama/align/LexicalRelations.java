package org.tarjama.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** English item id → (Arabic item id, weight) pairs, plus each item's best achievable weight. */
final class LexicalRelations {
    static final float W_NUMBER = 2.5f;
    static final float W_LATIN = 2.5f;
    static final float W_PUNCT = 0.8f;
    static final float W_ANCHOR = 3.0f;
    static final float W_DICT = 1.0f;
    static final float W_NAME = 2.0f;
    static final float W_LEARNED = 1.2f;
    static final double NAME_THRESHOLD = 0.75;
    static final int NAME_WINDOW = 3;
    /** Least Dice coefficient of a learned word pair. */
    static final double MIN_DICE = 0.5;

    final Map<Integer, int[]> targets = new HashMap<>();
    final Map<Integer, float[]> weights = new HashMap<>();
    /** Best weight of any relation of an item (English or Arabic side), indexed by id. */
    float[] potential;

    static LexicalRelations base(SentenceFeatures f, AlignerConfig config) {
        LexicalRelations r = new LexicalRelations();
        Map<Integer, Map<Integer, Float>> acc = new HashMap<>();
        Set<Integer> arIds = new HashSet<>();
        for (int[] items : f.arItems) {
            for (int id : items) {
                arIds.add(id);
            }
        }
        Set<Integer> enIds = new HashSet<>();
        for (int[] items : f.enItems) {
            for (int id : items) {
                enIds.add(id);
            }
        }
        for (int e : enIds) {
            String item = f.names.get(e);
            char kind = item.charAt(0);
            if (kind == 'n' || kind == 'p' || kind == 'g') {
                if (arIds.contains(e)) {
                    float w = kind == 'n' ? W_NUMBER : kind == 'p' ? W_PUNCT : W_ANCHOR;
                    put(acc, e, e, w);
                }
            } else if (kind == 'e') {
                String key = item.substring(2);
                Integer latin = f.existing("l:" + key);
                if (latin != null && arIds.contains(latin)) {
                    put(acc, e, latin, W_LATIN);
                }
                for (String ak : config.dictionary().translations(key)) {
                    Integer a = f.existing("a:" + ak);
                    if (a != null && arIds.contains(a)) {
                        put(acc, e, a, W_DICT);
                    }
                }
            }
        }
        r.set(acc, f);
        return r;
    }

    /**
     * Name pairs: capitalised English words against the Arabic words of sentences near the first
     * pass's counterpart (comparing against every sentence in the band would cost more than the
     * rest of the alignment).
     */
    private static void names(SentenceFeatures f, NameMatcher matcher, Map<Integer, Map<Integer, Float>> acc, List<Bead> path) {
        int[] center = new int[f.n];
        for (Bead b : path) {
            for (int i = b.enStart(); i < b.enEnd(); i++) {
                center[i] = b.arStart();
            }
        }
        // (name item, English sentence) of every occurrence, grouped by item: each (English, Arabic)
        // pair is then compared once, deduplicated with one mark per Arabic item (a hash table of
        // seen pairs cost more than the comparisons on long documents: random reads of a large table)
        long[] occ = new long[64];
        int no = 0;
        for (int i = 0; i < f.n; i++) {
            for (int e : f.enItems[i]) {
                if (f.enNameForm.containsKey(e)) {
                    if (no == occ.length) {
                        occ = Arrays.copyOf(occ, no * 2);
                    }
                    occ[no++] = ((long) e << 32) | i;
                }
            }
        }
        Arrays.sort(occ, 0, no);
        // The comparisons are independent per name item: chunks of whole items run on all cores, each
        // with its own marks, and their pairs are put in the serial order, so the relations are the same.
        int chunks = no < PARALLEL_OCCURRENCES ? 1 : 4 * Runtime.getRuntime().availableProcessors();
        int[] starts = new int[chunks + 1];
        for (int c = 1; c <= chunks; c++) {
            int s = c == chunks ? no : Math.max(starts[c - 1], (int) ((long) no * c / chunks));
            // a chunk boundary never splits one item's occurrences
            while (s > 0 && s < no && (occ[s] >>> 32) == (occ[s - 1] >>> 32)) {
                s++;
            }
            starts[c] = s;
        }
        final long[] sorted = occ;
        List<NamePairs> found = java.util.stream.IntStream.range(0, chunks).parallel()
                .mapToObj(c -> namePairs(f, matcher, sorted, starts[c], starts[c + 1], center))
                .toList();
        for (NamePairs np : found) {
            for (int x = 0; x < np.size; x++) {
                put(acc, np.e[x], np.a[x], np.w[x]);
            }
        }
    }

    /** Occurrences at or above which name pairs are compared on all cores. */
    static final int PARALLEL_OCCURRENCES = 2_000;

    /** Name pairs found in one chunk, in the order of the serial loop. */
    private static final class NamePairs {
        int[] e = new int[16];
        int[] a = new int[16];
        float[] w = new float[16];
        int size;

        void add(int ei, int ai, float wi) {
            if (size == e.length) {
                e = Arrays.copyOf(e, size * 2);
                a = Arrays.copyOf(a, size * 2);
                w = Arrays.copyOf(w, size * 2);
            }
            e[size] = ei;
            a[size] = ai;
            w[size] = wi;
            size++;
        }
    }

    private static NamePairs namePairs(SentenceFeatures f, NameMatcher matcher, long[] occ, int from, int to, int[] center) {
        NamePairs out = new NamePairs();
        if (from >= to) {
            return out;
        }
        int[] seenBy = new int[f.names.size()];
        Arrays.fill(seenBy, -1);
        for (int p = from; p < to; p++) {
            int e = (int) (occ[p] >>> 32);
            int i = (int) occ[p];
            String form = f.enNameForm.get(e);
            int lo = Math.max(0, center[i] - NAME_WINDOW);
            int hi = Math.min(f.m, center[i] + NAME_WINDOW + 1);
            for (int j = lo; j < hi; j++) {
                for (int a : f.arItems[j]) {
                    if (seenBy[a] == e) {
                        continue;
                    }
                    seenBy[a] = e;
                    String surface = f.arSurface.get(a);
                    double sim = surface == null ? 0 : matcher.similarity(form, surface);
                    if (sim >= NAME_THRESHOLD) {
                        out.add(e, a, (float) (W_NAME * sim));
                    }
                }
            }
        }
        return out;
    }

    /** These relations plus a Dice lexicon learned from {@code beads} and name pairs near {@code path}. */
    LexicalRelations withLearned(SentenceFeatures f, List<Bead> beads, List<Bead> path, AlignerConfig config) {
        int vocab = f.names.size();
        int[] ce = new int[vocab];
        int[] ca = new int[vocab];
        int[] eBuf = new int[512];
        int[] aBuf = new int[512];
        for (Bead b : beads) {
            if (b.isUnaligned()) {
                continue;
            }
            int ne = collect(f, f.enItems, b.enStart(), b.enEnd(), 'e', eBuf);
            int na = collect(f, f.arItems, b.arStart(), b.arEnd(), 'a', aBuf);
            for (int x = 0; x < ne; x++) {
                ce[eBuf[x]]++;
            }
            for (int y = 0; y < na; y++) {
                ca[aBuf[y]]++;
            }
        }
        // Pairs counted only when they can pass the filter below: a pair's count c is at most
        // min(ce, ca) (items are counted once per bead), so c >= 2 needs both counts >= 2 and
        // dice = 2c / (ce + ca) >= MIN_DICE needs 2 min(ce, ca) >= MIN_DICE (ce + ca). Skipping the
        // others leaves the lexicon exactly as it was and spares most of the table's random writes.
        // On a long document the English items are split in parts (by id) counted on all cores, each
        // part in its own table; every pair is counted in one part, so the counts are the same. (The
        // order in which pairs are put does not matter: relations merge by maximum, BeadDp sorts them.)
        int parts = beads.size() < PARALLEL_BEADS ? 1 : Runtime.getRuntime().availableProcessors();
        List<LongIntCounter> counts = java.util.stream.IntStream.range(0, parts).parallel()
                .mapToObj(part -> countPairs(f, beads, ce, ca, part, parts))
                .toList();
        Map<Integer, Map<Integer, Float>> acc = new HashMap<>();
        targets.forEach((e, ts) -> {
            float[] ws = weights.get(e);
            for (int k = 0; k < ts.length; k++) {
                put(acc, e, ts[k], ws[k]);
            }
        });
        if (config.names() != NameMatcher.NONE) {
            names(f, config.names(), acc, path);
        }
        for (LongIntCounter cea : counts) {
            cea.forEach((key, c) -> {
                if (c < 2) {
                    return;
                }
                int e = (int) (key >>> 32);
                int a = (int) key;
                double dice = 2.0 * c / (ce[e] + ca[a]);
                if (dice >= MIN_DICE) {
                    put(acc, e, a, (float) (W_LEARNED * dice));
                }
            });
        }
        LexicalRelations r = new LexicalRelations();
        r.set(acc, f);
        return r;
    }

    /** Beads at or above which word pairs are counted on all cores. */
    static final int PARALLEL_BEADS = 2_000;

    /** Co-occurrence counts of the pairs whose English item id is {@code part} modulo {@code parts}. */
    private static LongIntCounter countPairs(SentenceFeatures f, List<Bead> beads, int[] ce, int[] ca, int part, int parts) {
        LongIntCounter cea = new LongIntCounter(beads.size() * 64 / parts);
        int[] eBuf = new int[512];
        int[] aBuf = new int[512];
        for (Bead b : beads) {
            if (b.isUnaligned()) {
                continue;
            }
            int ne = keep(ce, eBuf, collect(f, f.enItems, b.enStart(), b.enEnd(), 'e', eBuf), part, parts);
            if (ne == 0) {
                continue;
            }
            int na = keep(ca, aBuf, collect(f, f.arItems, b.arStart(), b.arEnd(), 'a', aBuf), 0, 1);
            for (int x = 0; x < ne; x++) {
                int e = eBuf[x];
                long hiKey = (long) e << 32;
                int cex = ce[e];
                for (int y = 0; y < na; y++) {
                    int a = aBuf[y];
                    int cay = ca[a];
                    if (2.0 * Math.min(cex, cay) >= MIN_DICE * (cex + cay)) {
                        cea.increment(hiKey | a);
                    }
                }
            }
        }
        return cea;
    }

    /**
     * Keeps in {@code buf[0, k)} the items seen in at least two beads whose id is {@code part} modulo
     * {@code parts}; returns how many are kept.
     */
    private static int keep(int[] beadsWith, int[] buf, int k, int part, int parts) {
        int w = 0;
        for (int x = 0; x < k; x++) {
            if (beadsWith[buf[x]] >= 2 && buf[x] % parts == part) {
                buf[w++] = buf[x];
            }
        }
        return w;
    }

    private static int collect(SentenceFeatures f, int[][] items, int from, int to, char kind, int[] buf) {
        int k = 0;
        for (int s = from; s < to; s++) {
            for (int id : items[s]) {
                if (f.names.get(id).charAt(0) == kind && k < buf.length) {
                    boolean dup = false;
                    for (int q = 0; q < k; q++) {
                        if (buf[q] == id) {
                            dup = true;
                            break;
                        }
                    }
                    if (!dup) {
                        buf[k++] = id;
                    }
                }
            }
        }
        return k;
    }

    private static void put(Map<Integer, Map<Integer, Float>> acc, int e, int a, float w) {
        acc.computeIfAbsent(e, x -> new HashMap<>()).merge(a, w, Math::max);
    }

    private void set(Map<Integer, Map<Integer, Float>> acc, SentenceFeatures f) {
        potential = new float[f.names.size()];
        // Numbers are almost always carried over by a translation: a number with no counterpart
        // anywhere on the other side still counts against the sentence that holds it.
        for (int id = 0; id < potential.length; id++) {
            if (f.names.get(id).startsWith("n:")) {
                potential[id] = W_NUMBER;
            }
        }
        acc.forEach((e, m) -> {
            int[] ts = new int[m.size()];
            float[] ws = new float[m.size()];
            int k = 0;
            for (Map.Entry<Integer, Float> x : m.entrySet()) {
                ts[k] = x.getKey();
                ws[k] = x.getValue();
                potential[e] = Math.max(potential[e], ws[k]);
                potential[ts[k]] = Math.max(potential[ts[k]], ws[k]);
                k++;
            }
            targets.put(e, ts);
            weights.put(e, ws);
        });
    }
}
