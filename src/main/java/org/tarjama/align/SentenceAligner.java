package org.tarjama.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.tarjama.text.Token;
import org.tarjama.text.Tokenizer;

/**
 * Aligns English sentences with Arabic sentences: dynamic programming over beads 0-1, 1-0, 1-1, 1-2,
 * 2-1, 2-2, 1-3 and 3-1 inside a band around the diagonal (time and memory O(n·w)), scoring each
 * bead by
 * <ul>
 *   <li>a Gale–Church length cost whose ratio and variance are estimated from the document pair
 *       ({@link LengthModel});</li>
 *   <li>a prior per bead type;</li>
 *   <li>lexical evidence: for every sentence of the bead, how much of what it contains that has a
 *       known counterpart (numbers in any digit script, punctuation such as question marks, quotes and
 *       brackets, Latin-script tokens left in the Arabic, dictionary words, proper names, phrase
 *       anchors, and a lexicon learned from the document pair itself) is found on the other side.
 *       A sentence whose counterparts are missing is cheaper left unaligned (1-0 / 0-1), which is how
 *       deletions are recovered.</li>
 * </ul>
 * Two passes, hunalign style: the first aligns with length, numbers and dictionary; its beads
 * re-estimate the length model and teach a Dice lexicon; the second realigns with it. The band
 * widens when the best path runs along its edge. Each bead's confidence is its posterior
 * probability over all paths in the band (forward–backward).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SentenceAligner {
    /** Bead types as (English count, Arabic count). */
    static final int[] DI = {1, 0, 1, 2, 1, 2, 3, 1};
    static final int[] DJ = {0, 1, 1, 1, 2, 2, 1, 3};
    private static final int TYPES = DI.length;

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

    static final float W_NUMBER = 2.5f;
    static final float W_LATIN = 2.5f;
    static final float W_PUNCT = 0.8f;
    static final float W_ANCHOR = 3.0f;
    static final float W_DICT = 1.0f;
    static final float W_NAME = 2.0f;
    static final float W_LEARNED = 1.2f;
    static final double NAME_THRESHOLD = 0.75;
    private static final int NAME_WINDOW = 3;
    /** Half-width of the second pass's band around the first pass's path. */
    static final int GUIDED_BAND = 10;
    /** Sides whose sentence counts differ by this factor (and by 10 or more) are not aligned at all. */
    static final int MISMATCH_FACTOR = 4;

    private final AlignerConfig config;


    public SentenceAligner(AlignerConfig config) {
        this.config = config;
    }

    /** A group of sentences known to translate each other as a whole (e.g. an aligned paragraph pair). */
    public record Block(int enStart, int enEnd, int arStart, int arEnd) {
    }

    /** Aligns two sentence lists. */
    public Alignment align(List<String> en, List<String> ar) {
        return align(en, ar, List.of(new Block(0, en.size(), 0, ar.size())), null);
    }

    /**
     * Aligns two sentence lists inside given blocks (monotone, covering both lists); the lexicon and
     * length model are learned over the whole document.
     *
     * @param progress called with the number of English sentences finished, or null
     */
    public Alignment align(List<String> en, List<String> ar, List<Block> blocks, IntConsumer progress) {
        List<String> warnings = new ArrayList<>();
        int n = en.size();
        int m = ar.size();
        if (n == 0 || m == 0) {
            if (n + m > 0) {
                warnings.add((n == 0 ? "the English side" : "the Arabic side")
                        + " has no sentences: every sentence is left unaligned");
            }
            return new Alignment(unaligned(0, n, 0, m), warnings);
        }
        if (Math.max(n, m) >= MISMATCH_FACTOR * Math.min(n, m) && Math.max(n, m) - Math.min(n, m) >= 10) {
            // Not a translation pair as given (wrong file, or an excerpt against a whole book): with
            // so little to anchor on, any pairing found would be mostly noise in a memory.
            warnings.add("the two sides differ widely in size (" + n + " English vs " + m
                    + " Arabic sentences): are they really translations of each other? Every sentence is left unaligned");
            return new Alignment(unaligned(0, n, 0, m), warnings);
        }
        Features f = new Features(en, ar, config);
        long enChars = 0;
        long arChars = 0;
        for (int x : f.enLen) {
            enChars += x;
        }
        for (int x : f.arLen) {
            arChars += x;
        }
        LengthModel lm = LengthModel.fromTotals(enChars, arChars);
        Relations rel = Relations.base(f, config);
        List<Bead> beads = alignBlocks(f, blocks, lm, rel, false, null, null);
        // refit the length model on confident 1-1 beads, learn a lexicon, realign
        int[] el = new int[beads.size()];
        int[] al = new int[beads.size()];
        int k = 0;
        for (Bead b : beads) {
            if (b.enCount() == 1 && b.arCount() == 1) {
                el[k] = f.enLen[b.enStart()];
                al[k] = f.arLen[b.arStart()];
                k++;
            }
        }
        lm = lm.refit(el, al, k);
        rel = rel.withLearned(f, config.learnLexicon() ? beads : List.of(), beads, config);
        beads = alignBlocks(f, blocks, lm, rel, true, beads, progress);
        long unaligned = beads.stream().filter(Bead::isUnaligned).count();
        if (unaligned > 0 && unaligned * 2 > beads.size() && beads.size() > 4) {
            warnings.add(unaligned + " of " + beads.size()
                    + " beads are unaligned: the texts may not be translations of each other");
        }
        return new Alignment(beads, warnings);
    }

    static List<Bead> unaligned(int e0, int e1, int a0, int a1) {
        List<Bead> out = new ArrayList<>();
        for (int i = e0; i < e1; i++) {
            out.add(new Bead(i, 1, a0, 0, 1.0));
        }
        for (int j = a0; j < a1; j++) {
            out.add(new Bead(e1, 0, j, 1, 1.0));
        }
        return out;
    }

    private List<Bead> alignBlocks(Features f, List<Block> blocks, LengthModel lm, Relations rel, boolean posteriors,
                                   List<Bead> guide, IntConsumer progress) {
        List<Bead> out = new ArrayList<>();
        int g = 0;
        for (Block b : blocks) {
            int n = b.enEnd - b.enStart;
            int m = b.arEnd - b.arStart;
            if (n == 0 || m == 0) {
                out.addAll(unaligned(b.enStart, b.enEnd, b.arStart, b.arEnd));
            } else {
                int[] center;
                int w;
                if (guide != null) {
                    // band around the first pass's path
                    center = new int[n + 1];
                    Arrays.fill(center, -1);
                    while (g < guide.size() && guide.get(g).enStart() < b.enEnd) {
                        Bead x = guide.get(g++);
                        for (int i = x.enStart(); i <= x.enEnd(); i++) {
                            int li = i - b.enStart;
                            if (li >= 0 && li <= n && center[li] < 0) {
                                center[li] = x.arStart() - b.arStart;
                            }
                        }
                    }
                    center[n] = m;
                    for (int i = 1; i <= n; i++) {
                        if (center[i] < 0) {
                            center[i] = center[i - 1];
                        }
                    }
                    w = GUIDED_BAND;
                } else {
                    center = lengthDiagonal(f, b);
                    w = config.band();
                }
                while (true) {
                    Dp dp = new Dp(f, b, lm, rel, center, w, posteriors);
                    boolean edge = dp.run();
                    if (!edge || w >= Math.max(n, m)) {
                        out.addAll(dp.beads(posteriors));
                        break;
                    }
                    w *= 2;
                }
            }
            if (progress != null) {
                progress.accept(b.enEnd);
            }
        }
        return out;
    }

    /** For each English position, the Arabic position at the same share of the text's characters. */
    private static int[] lengthDiagonal(Features f, Block b) {
        int n = b.enEnd - b.enStart;
        int m = b.arEnd - b.arStart;
        double te = 0;
        double ta = 0;
        for (int i = b.enStart; i < b.enEnd; i++) {
            te += f.enLen[i];
        }
        for (int j = b.arStart; j < b.arEnd; j++) {
            ta += f.arLen[j];
        }
        int[] center = new int[n + 1];
        double ce = 0;
        double ca = 0;
        int j = 0;
        for (int i = 0; i <= n; i++) {
            double target = ce / te * ta;
            while (j < m && ca + f.arLen[b.arStart + j] / 2.0 < target) {
                ca += f.arLen[b.arStart + j];
                j++;
            }
            center[i] = j;
            if (i < n) {
                ce += f.enLen[b.enStart + i];
            }
        }
        center[n] = m;
        return center;
    }

    // ------------------------------------------------------------------------------------------
    // Sentence features

    /** Items (numbers, words, punctuation, anchors) of every sentence, interned to ids. */
    static final class Features {
        final int n;
        final int m;
        final int[] enLen;
        final int[] arLen;
        final int[][] enItems;
        final int[][] arItems;
        /** Join marks (clause separators) per sentence, for the merge bonus. */
        final int[] enJoins;
        final int[] arJoins;
        final Map<String, Integer> ids = new HashMap<>();
        final List<String> names = new ArrayList<>();
        /** For English word items: the original capitalised form when the word looks like a name, else null. */
        final Map<Integer, String> enNameForm = new HashMap<>();
        /** For Arabic word items: a normalised surface form. */
        final Map<Integer, String> arSurface = new HashMap<>();

        Features(List<String> en, List<String> ar, AlignerConfig config) {
            n = en.size();
            m = ar.size();
            enLen = new int[n];
            arLen = new int[m];
            enItems = new int[n][];
            arItems = new int[m][];
            enJoins = new int[n];
            arJoins = new int[m];
            for (int i = 0; i < n; i++) {
                String s = en.get(i);
                enLen[i] = length(s);
                enJoins[i] = count(s, ";") + count(s, ", ");
                List<String> items = new ArrayList<>();
                List<Token> toks = Tokenizer.tokenize(s);
                for (int t = 0; t < toks.size(); t++) {
                    Token tok = toks.get(t);
                    if (tok.isNumber()) {
                        items.add("n:" + Words.number(tok.text()));
                        continue;
                    }
                    String key = Words.english(tok.text());
                    if (key == null) {
                        continue;
                    }
                    String item = "e:" + key;
                    items.add(item);
                    if (t > 0 && Character.isUpperCase(tok.text().charAt(0)) && tok.text().length() > 2
                            && config.dictionary().translations(key).isEmpty()) {
                        enNameForm.putIfAbsent(id(item), tok.text());
                    }
                }
                punctuation(s, items, false);
                for (String a : config.anchors().inEnglish(s)) {
                    items.add("g:" + a);
                }
                enItems[i] = intern(items);
            }
            for (int j = 0; j < m; j++) {
                String s = ar.get(j);
                arLen[j] = length(s);
                arJoins[j] = count(s, "\u060C") + count(s, "\u061B") + count(s, ";");
                String norm = Words.normalizeArabic(s);
                List<String> items = new ArrayList<>();
                for (Token tok : Tokenizer.tokenize(norm)) {
                    if (tok.isNumber()) {
                        items.add("n:" + Words.number(tok.text()));
                    } else if (Words.isLatin(tok.text())) {
                        String key = Words.english(tok.text());
                        if (key != null) {
                            items.add("l:" + key);
                        }
                    } else {
                        String key = Words.arabic(tok.text());
                        if (key != null) {
                            String item = "a:" + key;
                            items.add(item);
                            arSurface.putIfAbsent(id(item), tok.text());
                        }
                    }
                }
                punctuation(s, items, true);
                for (String a : config.anchors().inArabic(s)) {
                    items.add("g:" + a);
                }
                arItems[j] = intern(items);
            }
        }

        int id(String item) {
            Integer v = ids.get(item);
            if (v == null) {
                v = names.size();
                ids.put(item, v);
                names.add(item);
            }
            return v;
        }

        Integer existing(String item) {
            return ids.get(item);
        }

        private int[] intern(List<String> items) {
            int[] out = new int[items.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = id(items.get(k));
            }
            Arrays.sort(out);
            // distinct
            int w = 0;
            for (int k = 0; k < out.length; k++) {
                if (k == 0 || out[k] != out[k - 1]) {
                    out[w++] = out[k];
                }
            }
            return Arrays.copyOf(out, w);
        }

        private static void punctuation(String s, List<String> items, boolean arabic) {
            if (s.indexOf('?') >= 0 || s.indexOf('\u061F') >= 0) {
                items.add("p:?");
            }
            if (s.indexOf('!') >= 0) {
                items.add("p:!");
            }
            if (s.indexOf('(') >= 0 || s.indexOf('[') >= 0) {
                items.add("p:(");
            }
            if (s.indexOf('"') >= 0 || s.indexOf('\u201C') >= 0 || s.indexOf('\u201D') >= 0
                    || s.indexOf('\u00AB') >= 0 || s.indexOf('\u00BB') >= 0) {
                items.add("p:\"");
            }
        }

        private static int length(String s) {
            int len = 0;
            for (int i = 0; i < s.length(); i++) {
                if (!Character.isWhitespace(s.charAt(i))) {
                    len++;
                }
            }
            return Math.max(1, len);
        }

        private static int count(String s, String what) {
            int c = 0;
            for (int k = s.indexOf(what); k >= 0; k = s.indexOf(what, k + what.length())) {
                c++;
            }
            return c;
        }
    }

    // ------------------------------------------------------------------------------------------
    // Translation relations between English and Arabic items

    /** English item id → (Arabic item id, weight) pairs, plus each item's best achievable weight. */
    static final class Relations {
        final Map<Integer, int[]> targets = new HashMap<>();
        final Map<Integer, float[]> weights = new HashMap<>();
        /** Best weight of any relation of an item (English or Arabic side), indexed by id. */
        float[] potential;

        static Relations base(Features f, AlignerConfig config) {
            Relations r = new Relations();
            Map<Integer, Map<Integer, Float>> acc = new HashMap<>();
            java.util.Set<Integer> arIds = new java.util.HashSet<>();
            for (int[] items : f.arItems) {
                for (int id : items) {
                    arIds.add(id);
                }
            }
            java.util.Set<Integer> enIds = new java.util.HashSet<>();
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
        private static void names(Features f, NameMatcher matcher, Map<Integer, Map<Integer, Float>> acc, List<Bead> path) {
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
        Relations withLearned(Features f, List<Bead> beads, List<Bead> path, AlignerConfig config) {
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
            Relations r = new Relations();
            r.set(acc, f);
            return r;
        }

        private static int collect(Features f, int[][] items, int from, int to, char kind, int[] buf) {
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

        private void set(Map<Integer, Map<Integer, Float>> acc, Features f) {
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

    // ------------------------------------------------------------------------------------------
    // Banded dynamic programming

    /** One block's DP: band, pair evidence, Viterbi path, forward–backward posteriors. */
    static final class Dp {
        private static final float INF = Float.POSITIVE_INFINITY;
        final Features f;
        final Block blk;
        final LengthModel lm;
        final Relations rel;
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

        Dp(Features f, Block blk, LengthModel lm, Relations rel, int[] center, int w, boolean storeCosts) {
            this.storeCosts = storeCosts;
            this.f = f;
            this.blk = blk;
            this.lm = lm;
            this.rel = rel;
            n = blk.enEnd - blk.enStart;
            m = blk.arEnd - blk.arStart;
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
                cumEn[i + 1] = cumEn[i] + f.enLen[blk.enStart + i];
            }
            for (int j = 0; j < m; j++) {
                cumAr[j + 1] = cumAr[j] + f.arLen[blk.arStart + j];
            }
            tEn = new float[n];
            tAr = new float[m];
            wEn = new float[n][];
            wAr = new float[m][];
            for (int i = 0; i < n; i++) {
                int[] items = f.enItems[blk.enStart + i];
                wEn[i] = new float[Math.min(64, items.length)];
                for (int x = 0; x < wEn[i].length; x++) {
                    wEn[i][x] = rel.potential[items[x]];
                    tEn[i] += wEn[i][x];
                }
            }
            for (int j = 0; j < m; j++) {
                int[] items = f.arItems[blk.arStart + j];
                wAr[j] = new float[Math.min(64, items.length)];
                for (int y = 0; y < wAr[j].length; y++) {
                    wAr[j][y] = rel.potential[items[y]];
                    tAr[j] += wAr[j][y];
                }
            }
            pLo = new int[n];
            pe = new long[n][];
            pa = new long[n][];
            float[] bestA = new float[64];
            float[] bestE = new float[64];
            long[] packed = new long[64];
            for (int s = 0; s < n; s++) {
                int from = Math.max(0, lo[s + 1] - 3);
                int to = Math.min(m, hi[Math.min(n, s + 3)]);
                pLo[s] = from;
                pe[s] = new long[Math.max(0, to - from)];
                pa[s] = new long[Math.max(0, to - from)];
                // this sentence's relations as (target id, item index, weight), sorted by target id
                int[] es = f.enItems[blk.enStart + s];
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
                for (int t = from; t < to; t++) {
                    int[] as = f.arItems[blk.arStart + t];
                    int na = Math.min(64, as.length);
                    long maskE = 0;
                    long maskA = 0;
                    int p = 0;
                    int q = 0;
                    while (p < np && q < na) {
                        int tid = (int) (packed[p] >>> 32);
                        if (tid < as[q]) {
                            p++;
                        } else if (tid > as[q]) {
                            q++;
                        } else {
                            int x = (int) ((packed[p] >>> 16) & 0xFFFF);
                            maskE |= 1L << x;
                            maskA |= 1L << q;
                            p++;
                        }
                    }
                    pe[s][t - from] = maskE;
                    pa[s][t - from] = maskA;
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
                int b = Long.numberOfTrailingZeros(mask);
                sum += w[b];
                mask &= mask - 1;
            }
            return sum;
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
            if (di > 1 && dj == 1 && f.arJoins[blk.arStart + j - 1] >= di - 1) {
                c -= JOIN_BONUS;
            } else if (dj > 1 && di == 1 && f.enJoins[blk.enStart + i - 1] >= dj - 1) {
                c -= JOIN_BONUS;
            }
            return c;
        }

        /** Viterbi; returns true when the best path runs along an inner edge of the band. */
        boolean run() {
            for (int i = 0; i <= n; i++) {
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
                        float bc = (float) beadCost(i, j, k);
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

        /** The Viterbi beads (global indices), with posterior confidences when asked. */
        List<Bead> beads(boolean posteriors) {
            double[] fwd = null;
            double[] bwd = null;
            double z = 0;
            if (posteriors) {
                int cells = off[n + 1];
                fwd = new double[cells];
                bwd = new double[cells];
                Arrays.fill(fwd, Double.NEGATIVE_INFINITY);
                Arrays.fill(bwd, Double.NEGATIVE_INFINITY);
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
                out.add(new Bead(blk.enStart + pi, DI[k], blk.arStart + pj, DJ[k], score));
                i = pi;
                j = pj;
            }
            java.util.Collections.reverse(out);
            return out;
        }

        private static double logAdd(double a, double b) {
            if (a == Double.NEGATIVE_INFINITY) {
                return b;
            }
            if (b == Double.NEGATIVE_INFINITY) {
                return a;
            }
            return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
        }
    }
}
