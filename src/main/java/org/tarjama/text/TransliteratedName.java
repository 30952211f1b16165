package org.tarjama.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.tarjama.text.Transliteration.*;

/** An English name compiled for fast scoring. Immutable and thread-safe. */
public final class TransliteratedName {
    private final String english;
    private final char[] e;
    private final float[] del;
    private final float weight;
    private final int words;
    /**
     * The English positions worth a bound (not those that cost almost nothing to delete, e.g. short vowels,
     * spaces, nor those a silent or non-Arabic row may cover), in increasing order, and for each the Arabic
     * letters a table row covering it can start with (4 longs a position).
     */
    private final int[] bounded;
    private final long[] boundedCover;
    /** Per English position, the first Arabic letters of its table rows (4 × 64 bits; [4] ≠ 0: others too). */
    private final long[][] firstArabic;
    /** Per English position: a table row writes nothing there (a silent group), so always try the rows. */
    private final boolean[] silentAt;
    /**
     * Arabic letters (U+0600–U+06FF) that some applicable table row writes, a bit each (4 × 64 bits; the fifth
     * word, for {@link ArabicSentence#blockCode} 256, is 0): a cheap lower bound.
     */
    private final long[] producible = new long[5];
    private final boolean spaceProducible = false;
    /** TransliterationTable rows applicable at each English position (English side already matched). */
    private final TransliterationTable.Sub[][] subsAt;

    TransliteratedName(String englishName) {
        this.english = englishName;
        this.e = prepareEnglish(englishName).toCharArray();
        int m = e.length;
        del = new float[m];
        subsAt = new TransliterationTable.Sub[m][];
        float w = 0;
        int wc = m == 0 ? 0 : 1;
        for (int i = 0; i < m; i++) {
            char c = e[i];
            if (c == SPACE) {
                wc++;
            }
            float d = TABLE.deletion(c);
            if (i > 0 && c == e[i - 1] && !isVowel(c) && c != SPACE) {
                d = DOUBLED_COST;
            }
            del[i] = d;
            w += d;
            List<TransliterationTable.Sub> here = new ArrayList<>();
            for (TransliterationTable.Sub s : TABLE.subsStartingWith(c)) {
                if (matches(e, i, s.en) && s.appliesAt(e, i)) {
                    here.add(s);
                }
            }
            subsAt[i] = here.toArray(new TransliterationTable.Sub[0]);
        }
        this.weight = w;
        this.words = wc;
        firstArabic = new long[m][5];
        silentAt = new boolean[m];
        for (int i = 0; i < m; i++) {
            for (TransliterationTable.Sub sub : subsAt[i]) {
                if (sub.ar.length == 0) {
                    silentAt[i] = true; // a silent letter group (French final -t): writes nothing
                    continue;
                }
                char ch = sub.ar[0];
                if (ch >= 0x600 && ch < 0x700) {
                    firstArabic[i][(ch - 0x600) >> 6] |= 1L << ((ch - 0x600) & 63);
                } else {
                    firstArabic[i][4] = 1;
                }
            }
        }
        long[][] cover = new long[m][];
        for (int i = 0; i < m; i++) {
            if (del[i] < 0.5f) {
                continue; // not worth a bound
            }
            long[] c = new long[4];
            for (int k = Math.max(0, i - TABLE.maxEnglish + 1); k <= i; k++) {
                for (TransliterationTable.Sub sub : subsAt[k]) {
                    if (k + sub.en.length > i && sub.ar.length == 0) {
                        c = null; // a silent group may cover this letter: no bound here
                        break;
                    }
                    if (k + sub.en.length > i) {
                        char ch = sub.ar[0];
                        if (ch >= 0x600 && ch < 0x700) {
                            c[(ch - 0x600) >> 6] |= 1L << ((ch - 0x600) & 63);
                        } else {
                            c = null; // a row starting with a non-Arabic letter: no bound here
                            break;
                        }
                    }
                }
                if (c == null) {
                    break;
                }
            }
            cover[i] = c;
        }
        int nb = 0;
        for (long[] c : cover) {
            nb += c == null ? 0 : 1;
        }
        bounded = new int[nb];
        boundedCover = new long[4 * nb];
        for (int i = 0, q = 0; i < m; i++) {
            if (cover[i] != null) {
                bounded[q] = i;
                System.arraycopy(cover[i], 0, boundedCover, 4 * q++, 4);
            }
        }
        // the article rule writes ال without a table row
        setProducible(ArabicLetters.ALEF);
        setProducible(ArabicLetters.LAM);
        for (TransliterationTable.Sub[] at : subsAt) {
            for (TransliterationTable.Sub sub : at) {
                for (char c : sub.ar) {
                    if (c >= 0x600 && c < 0x700) {
                        setProducible(c);
                    }
                }
            }
        }
    }

    /**
     * The cost of the English letters none of whose table rows can start with a letter of {@code
     * present} (a set of Arabic-block letters, 4 × 64 bits): they can only be deleted. A lower bound
     * of the distance to any text whose letters are all in the set.
     */
    float englishLowerBound(long[] present) {
        float lb = 0;
        for (int b = 0; b < bounded.length; b++) {
            int c = 4 * b;
            if ((boundedCover[c] & present[0]) == 0 && (boundedCover[c + 1] & present[1]) == 0
                    && (boundedCover[c + 2] & present[2]) == 0 && (boundedCover[c + 3] & present[3]) == 0) {
                lb += del[bounded[b]];
            }
        }
        return lb;
    }

    private static boolean hasLetter(long[] set, char c) {
        int o = c - 0x600;
        if (o < 0 || o >= 0x100) {
            return set[4] != 0; // a row starting with a character outside the Arabic block (space)
        }
        return (set[o >> 6] & (1L << (o & 63))) != 0;
    }

    /** True when some table row applicable to this name writes Arabic letter {@code c}. */
    private boolean producible(char c) {
        return c >= 0x600 && c < 0x700 ? (producible[(c - 0x600) >> 6] >>> (c - 0x600) & 1) != 0
                : c == SPACE && spaceProducible;
    }

    private void setProducible(char c) {
        producible[(c - 0x600) >> 6] |= 1L << (c - 0x600);
    }

    /** The English name as given. */
    public String english() {
        return english;
    }

    /** The cost of deleting the whole name: its length in consonant units (short vowels count little). */
    public double weight() {
        return weight;
    }

    /** Number of words in the name. */
    public int words() {
        return words;
    }

    /** Similarity with an Arabic text (normalised here). */
    public double similarity(String arabic) {
        char[] a = prepareArabic(arabic);
        return similarity(a, 0, a.length);
    }

    /**
     * Like {@link #similarity(String)}, but may return 0 for a text that scores below {@code floor}
     * (the DP stops once every path costs more than the floor allows); a score of {@code floor} or more
     * is exact. For callers that only compare the score with a floor.
     */
    public double similarity(String arabic, double floor) {
        char[] a = prepareArabic(arabic);
        return similarity(a, 0, a.length, floor);
    }

    /**
     * Similarity with {@code a[from, to)}, a range of text already prepared by {@link
     * #prepareArabic(String)} (folded; words separated by single spaces). No allocation.
     */
    public double similarity(char[] a, int from, int to) {
        return similarity(a, from, to, 0);
    }

    /**
     * Like {@link #similarity(char[], int, int)}, but may stop early and return 0 as soon as the
     * result is sure to be below {@code floor} (the DP is abandoned once every path costs more than
     * the budget {@code floor} allows): ranking many candidates only needs the good ones exactly.
     */
    public double similarity(char[] a, int from, int to, double floor) {
        return similarity(a, from, to, floor, 0);
    }

    /** As above, with a known lower bound on the cost from English letters that must be deleted. */
    double similarity(char[] a, int from, int to, double floor, float englishLower) {
        int m = e.length;
        int n = to - from;
        if (m == 0 || n <= 0) {
            return 0;
        }
        float wa = 0;
        float lower = englishLower;
        for (int j = from; j < to; j++) {
            char c = a[j];
            float ins = TABLE.insertion(c);
            wa += ins;
            if (!producible(c)) {
                // no table row of this name writes this letter: it can only be inserted
                lower += ins;
            }
        }
        float denom = Math.max(weight, wa);
        float budget = floor <= 0 ? Float.POSITIVE_INFINITY : (float) ((1 - floor) * denom) + 1e-4f;
        if (lower > budget) {
            return 0;
        }
        float cost = distance(a, from, to, budget);
        if (cost == Float.POSITIVE_INFINITY) {
            return 0;
        }
        double s = 1.0 - cost / denom;
        return s < 0 ? 0 : s;
    }

    /** The weighted edit distance (forward DP over a reused per-thread row-major table). */
    float distance(char[] a, int from, int to, float budget) {
        float[] d = fill(a, from, to, budget);
        return d == null ? Float.POSITIVE_INFINITY : d[e.length * (to - from + 1) + (to - from)];
    }

    /**
     * Fills the DP table for English × {@code a[from, to)} and returns it (row-major, row width
     * {@code to - from + 1}; the last row holds the cost of the whole name against every prefix of
     * the range), or null when every path costs more than {@code budget}. The array is per thread
     * and reused: read it before the next call.
     */
    float[] fill(char[] a, int from, int to, float budget) {
        int m = e.length;
        int n = to - from;
        int w = n + 1;
        int size = (m + 1) * w;
        float[] d = DP.get();
        if (d.length < size) {
            d = new float[Math.max(size, d.length * 2)];
            DP.set(d);
        }
        Arrays.fill(d, 0, size, Float.POSITIVE_INFINITY);
        d[0] = 0;
        int maxJump = TABLE.maxEnglish;
        boolean bounded = budget != Float.POSITIVE_INFINITY;
        // per row, the least value written into it from the rows above (rows below the current one hold
        // nothing else): the row bound below reads these instead of scanning the rows' cells
        float[] rowMin = null;
        if (bounded) {
            rowMin = ROW_MIN.get();
            if (rowMin.length < m + 1) {
                rowMin = new float[Math.max(m + 1, rowMin.length * 2)];
                ROW_MIN.set(rowMin);
            }
            Arrays.fill(rowMin, 0, m + 1, Float.POSITIVE_INFINITY);
        }
        for (int i = 0; i <= m; i++) {
            if (bounded && i > 0) {
                // every complete path has a cell in row i or jumps over it into rows i+1..i+maxJump-1,
                // whose cells already hold all contributions from rows before i: a valid lower bound
                float lower = Float.POSITIVE_INFINITY;
                int last = Math.min(m, i + maxJump - 1);
                for (int r = i; r <= last; r++) {
                    if (rowMin[r] < lower) {
                        lower = rowMin[r];
                    }
                }
                if (lower > budget) {
                    return null;
                }
            }
            TransliterationTable.Sub[] subs = i < m ? subsAt[i] : null;
            float di = i < m ? del[i] : 0;
            int row = i * w;
            long[] firsts = i < m ? firstArabic[i] : null;
            for (int j = 0; j <= n; j++) {
                float c = d[row + j];
                if (c > budget) {
                    continue; // no path through here stays within the budget (also: unreachable)
                }
                if (i < m) {
                    int k = row + w + j;
                    float v = c + di;
                    if (v < d[k]) {
                        d[k] = v;
                        if (bounded && v < rowMin[i + 1]) {
                            rowMin[i + 1] = v;
                        }
                    }
                }
                if (j < n) {
                    char ac = a[from + j];
                    float v = c + TABLE.insertion(ac);
                    if (v < d[row + j + 1]) {
                        d[row + j + 1] = v;
                    }
                    // the article ال at a word start, unspelt in English (Jordan / الأردن)
                    if (ac == ArabicLetters.ALEF && j + 2 < n && a[from + j + 1] == ArabicLetters.LAM
                            && (j == 0 || a[from + j - 1] == SPACE)) {
                        v = c + ARTICLE_COST;
                        if (v < d[row + j + 2]) {
                            d[row + j + 2] = v;
                        }
                    }
                }
                if (subs != null && (silentAt[i] || j < n && hasLetter(firsts, a[from + j]))) {
                    for (TransliterationTable.Sub s : subs) {
                        char[] ar = s.ar;
                        int al = ar.length;
                        if (j + al > n) {
                            continue;
                        }
                        boolean ok = true;
                        for (int t = 0; t < al; t++) {
                            if (a[from + j + t] != ar[t]) {
                                ok = false;
                                break;
                            }
                        }
                        if (ok) {
                            int r = i + s.en.length;
                            int k = r * w + j + al;
                            float v = c + s.cost;
                            if (v < d[k]) {
                                d[k] = v;
                                if (bounded && v < rowMin[r]) {
                                    rowMin[r] = v;
                                }
                            }
                        }
                    }
                }
            }
        }
        return d;
    }

    /** Per thread: {@link #fill}'s row minima. */
    private static final ThreadLocal<float[]> ROW_MIN = ThreadLocal.withInitial(() -> new float[64]);

    /** See {@link Transliteration#rank(String, String, int)}. */
    public List<Candidate> rank(String arabicSentence, int maxWords) {
        return rank(ArabicSentence.of(arabicSentence), maxWords, 0);
    }

    /**
     * The word n-grams of a prepared sentence up to {@code maxWords} words (0: the name's word count
     * + 1) that score at least {@code floor}, best first (ties: fewer words first). A positive floor
     * makes ranking much faster: hopeless candidates are abandoned early.
     */
    public List<Candidate> rank(ArabicSentence s, int maxWords, double floor) {
        return rank(s, maxWords, floor, null);
    }

    /**
     * As {@link #rank(ArabicSentence, int, double)}, the DPs' results looked up in and added to {@code
     * cache} (may be null): the same candidates, fewer DPs when the name meets the same words again.
     */
    public List<Candidate> rank(ArabicSentence s, int maxWords, double floor, RankCache cache) {
        int max = maxWords > 0 ? maxWords : Math.min(words + 1, 6);
        List<Candidate> out = new ArrayList<>();
        int size = s.size();
        double[] best = new double[max + 1];
        int[] renderAt = new int[max + 1];
        boolean[] addAlef = new boolean[max + 1];
        float[] englishLower = new float[max + 1];
        float[] was = new float[max + 1];
        int[] uncovered = new int[bounded.length];
        int m = e.length;
        for (int first = 0; first < size; first++) {
            if (s.function[first]) {
                continue;
            }
            int maxEnd = Math.min(size, first + max);
            if (words == 1 && maxWords <= 0 && s.wordEnd[first] - s.wordStart[first] > SHORT_FIRST_WORD) {
                // a one-word name spans two Arabic words only after a short first word (عبد الله، أبو ظبي، دي ميستورا)
                maxEnd = first + 1;
            }
            int ends = maxEnd - first;
            if (floor > 0) {
                // englishLowerBound of the letters of words first..first+k-1, for each k: a position covered by
                // a word stays covered by the longer n-grams, so only the uncovered ones are tested again (their
                // costs added in the same order as englishLowerBound adds them)
                int nu = bounded.length;
                for (int q = 0; q < nu; q++) {
                    uncovered[q] = q; // indexes into bounded
                }
                long p0 = 0;
                long p1 = 0;
                long p2 = 0;
                long p3 = 0;
                for (int k = 1; k <= ends; k++) {
                    int l = 4 * (first + k - 1);
                    p0 |= s.letters[l];
                    p1 |= s.letters[l + 1];
                    p2 |= s.letters[l + 2];
                    p3 |= s.letters[l + 3];
                    float lb = 0;
                    int kept = 0;
                    for (int q = 0; q < nu; q++) {
                        int b = uncovered[q];
                        int c = 4 * b;
                        long hit = boundedCover[c] & p0 | boundedCover[c + 1] & p1 | boundedCover[c + 2] & p2
                                | boundedCover[c + 3] & p3;
                        // without a branch: 1 when no letter of the words can start a row covering the position
                        int open = (int) ((hit | -hit) >>> 63 ^ 1);
                        uncovered[kept] = b;
                        kept += open;
                        lb += del[bounded[b]] * open;
                    }
                    nu = kept;
                    englishLower[k] = lb;
                }
            } else {
                Arrays.fill(englishLower, 0);
            }
            Arrays.fill(best, -1);
            int[] rd = s.readings[first];
            for (int t = 0; t < rd.length; t += 3) {
                int from = s.wordStart[first] + rd[t];
                // per end: the Arabic weight and lower bound, to know which ends can reach the floor
                int lastPass = 0;
                float budgetMax = 0;
                float wa = 0;
                float lowerA = 0;
                int j = from;

                for (int k = 1; k <= ends; k++) {
                    int to = s.wordEnd[first + k - 1];
                    for (; j < to; j++) {
                        float ins = s.insertion[j];
                        wa += ins;
                        // lowerA += ins when no table row of the name writes the letter, without a branch (whether it
                        // does is as good as random from letter to letter); the fifth word is 0 (outside the block)
                        int code = s.blockCode[j];
                        lowerA += ins * (float) (1 - (producible[code >> 6] >>> code & 1));
                    }
                    was[k] = wa;
                    float denom = Math.max(weight, wa);
                    float budget = floor <= 0 ? Float.POSITIVE_INFINITY : (float) ((1 - floor) * denom) + 1e-4f;
                    if (to > from && lowerA + englishLower[k] <= budget) {
                        lastPass = k;
                        budgetMax = Math.max(budgetMax, budget);
                    }
                }
                if (lastPass == 0 || m == 0) {
                    continue;
                }
                int to = s.wordEnd[first + lastPass - 1];
                float[] d;
                int row;
                float[] known = cache == null ? null : cache.get(this, s.folded, from, to, budgetMax);
                if (known != null) {
                    if (known == RankCache.HOPELESS) {
                        continue;
                    }
                    d = known;
                    row = 0;
                } else {
                    d = fill(s.folded, from, to, budgetMax);
                    row = m * (to - from + 1);
                    if (cache != null) {
                        cache.put(d, row, row + to - from + 1);
                    }
                    if (d == null) {
                        continue;
                    }
                }
                for (int k = 1; k <= lastPass; k++) {
                    int len = s.wordEnd[first + k - 1] - from;
                    if (len <= 0) {
                        continue;
                    }
                    float cost = d[row + len];
                    double sim = cost == Float.POSITIVE_INFINITY ? 0 : 1.0 - cost / Math.max(weight, was[k]);
                    if (sim > best[k] + 1e-9) {
                        best[k] = sim;
                        renderAt[k] = rd[t + 1];
                        addAlef[k] = rd[t + 2] == 1;
                    }
                }
            }
            for (int k = 1; k <= ends; k++) {
                int end = first + k;
                double sc = Math.max(0, best[k]);
                if (s.function[end - 1]) {
                    // إلى is not Elle, في is not Fee: a function word never starts or ends a rendering
                    sc = 0;
                }
                if (floor > 0 && (best[k] < 0 || sc < floor)) {
                    continue;
                }
                out.add(s.candidate(first, end, renderAt[k], addAlef[k], sc));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(c -> c.endWord() - c.firstWord()));
        return out;
    }
}
