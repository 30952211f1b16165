package org.tarjama.align;

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
        // cache: (English id, Arabic id) → 1 + similarity in thousandths (0 = not computed yet)
        LongIntCounter cache = new LongIntCounter(1024);
        int[] center = new int[f.n];
        for (Bead b : path) {
            for (int i = b.enStart(); i < b.enEnd(); i++) {
                center[i] = b.arStart();
            }
        }
        for (int i = 0; i < f.n; i++) {
            for (int e : f.enItems[i]) {
                String form = f.enNameForm.get(e);
                if (form == null) {
                    continue;
                }
                int from = Math.max(0, center[i] - NAME_WINDOW);
                int to = Math.min(f.m, center[i] + NAME_WINDOW + 1);
                for (int j = from; j < to; j++) {
                    for (int a : f.arItems[j]) {
                        long key = ((long) e << 32) | a;
                        int cached = cache.get(key);
                        if (cached == 0) {
                            String surface = f.arSurface.get(a);
                            double sim = surface == null ? 0 : matcher.similarity(form, surface);
                            cached = 1 + (int) Math.round(sim * 1000);
                            cache.put(key, cached);
                            if (sim >= NAME_THRESHOLD) {
                                put(acc, e, a, (float) (W_NAME * sim));
                            }
                        }
                    }
                }
            }
        }
    }

    /** These relations plus a Dice lexicon learned from {@code beads} and name pairs near {@code path}. */
    LexicalRelations withLearned(SentenceFeatures f, List<Bead> beads, List<Bead> path, AlignerConfig config) {
        int vocab = f.names.size();
        int[] ce = new int[vocab];
        int[] ca = new int[vocab];
        LongIntCounter cea = new LongIntCounter(beads.size() * 64);
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
            for (int x = 0; x < ne; x++) {
                long hiKey = (long) eBuf[x] << 32;
                for (int y = 0; y < na; y++) {
                    cea.increment(hiKey | aBuf[y]);
                }
            }
        }
        Map<Integer, Map<Integer, Float>> acc = new HashMap<>();
        targets.forEach((e, ts) -> {
            float[] ws = weights.get(e);
            for (int k = 0; k < ts.length; k++) {
                put(acc, e, ts[k], ws[k]);
            }
        });
        double minDice = 0.5;
        if (config.names() != NameMatcher.NONE) {
            names(f, config.names(), acc, path);
        }
        cea.forEach((key, c) -> {
            if (c < 2) {
                return;
            }
            int e = (int) (key >>> 32);
            int a = (int) key;
            double dice = 2.0 * c / (ce[e] + ca[a]);
            if (dice >= minDice) {
                put(acc, e, a, (float) (W_LEARNED * dice));
            }
        });
        LexicalRelations r = new LexicalRelations();
        r.set(acc, f);
        return r;
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
