package org.tarjama.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How plausibly an Arabic word (or words) transliterates an English proper name: {@link
 * #similarity(String, String)} in [0, 1], and {@link #rank(String, String, int)} to find the Arabic word
 * n-gram of a sentence that renders a name.
 *
 * <p>Written by hand because no library does this well: ICU's {@code Arabic-Latin} transliterator
 * plus Jaro–Winkler on consonant skeletons reaches only F1 0.73–0.76 on Wikidata name pairs, since
 * it cannot know that Arabic leaves short vowels unwritten, that one English digraph is one Arabic
 * letter (sh → ش, th → ث) or that one English letter has several Arabic readings (g → ج/غ/ك).
 *
 * <p>The model is a weighted edit distance (dynamic programming over English × Arabic positions)
 * whose edit operations come from the letter-correspondence table
 * {@code org/tarjama/text/translit-en-ar.tsv}: substitutions of an English letter group (1–3
 * letters) by an Arabic letter group (1–2 letters), deletions of English letters (cheap for short
 * vowels and silent h), insertions of Arabic letters (cheap for long-vowel letters, ع and ء), plus an
 * optional definite article ال at the start of an Arabic word and free doubled English consonants.
 * Arabic is folded with {@link ArabicNormalizer#MATCHING} first. The cost of the best alignment is
 * divided by the larger of the two strings' "weights" (the cost of deleting the whole English, of
 * inserting the whole Arabic): {@code similarity = max(0, 1 - cost / max(wEnglish, wArabic))}.
 *
 * <p>Speed: {@link #compile(String)} precomputes everything that depends on the English name
 * (which table rows apply at each position), so scoring one Arabic candidate is a single DP over a
 * reused per-thread array with no allocation. Thread-safe.
 */
public final class Transliteration {
    private Transliteration() {
    }

    /** Threshold at which {@link #similarity} best separates name pairs from non-pairs (see {@code tarjama eval names}). */
    public static final double DEFAULT_THRESHOLD = 0.6;

    /** Cost of an Arabic definite article ال at the start of a word that the English does not spell. */
    static final float ARTICLE_COST = 0.3f;
    /** Cost of an English consonant repeated (ll, ss): Arabic writes it once (the shadda is not written). */
    static final float DOUBLED_COST = 0.05f;
    /** Default cost of deleting an English letter or inserting an Arabic letter not in the table. */
    static final float DEFAULT_COST = 1f;

    private static final char SPACE = ' ';
    /** Longest first Arabic word after which a one-word name may continue into a second word. */
    static final int SHORT_FIRST_WORD = 3;
    private static final Table TABLE = Table.load("translit-en-ar.tsv");
    private static final java.util.Set<String> FUNCTION_WORDS = loadWords("translit-ar-function-words.txt");
    /** Entries per cache of {@link #similarity(String, String)}; a full cache is cleared, not evicted piecemeal. */
    private static final int CACHE_SIZE = 50_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, Name> NAMES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, char[]> ARABIC = new java.util.concurrent.ConcurrentHashMap<>();

    private static <V> void cache(java.util.concurrent.ConcurrentHashMap<String, V> map, String key, V value) {
        if (map.size() >= CACHE_SIZE) {
            map.clear();
        }
        map.put(key, value);
    }
    private static final ThreadLocal<float[]> DP = ThreadLocal.withInitial(() -> new float[1024]);

    /**
     * Similarity of an English name and an Arabic word or words, in [0, 1]; 0 when either is empty.
     * For many candidates, {@link #compile(String)} the name once and use {@link Name#similarity(String)}
     * or, fastest, {@link ArabicSentence#of} with {@link Name#rank(ArabicSentence, int, double)}.
     */
    public static double similarity(String english, String arabic) {
        // callers score the same names and words over and over: both sides are cached (bounded)
        Name name = NAMES.get(english);
        if (name == null) {
            name = compile(english);
            cache(NAMES, english, name);
        }
        char[] a = ARABIC.get(arabic);
        if (a == null) {
            a = prepareArabic(arabic);
            cache(ARABIC, arabic, a);
        }
        return name.similarity(a, 0, a.length);
    }

    /** Precomputes the English side, for scoring many Arabic candidates against one name. */
    public static Name compile(String english) {
        return new Name(english);
    }

    /**
     * The Arabic text as the scorer reads it: {@link ArabicNormalizer#MATCHING}-folded, anything that
     * is not a letter turned into a single space, trimmed.
     */
    public static char[] prepareArabic(String arabic) {
        String n = ArabicNormalizer.MATCHING.normalize(arabic);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != SPACE) {
                sb.append(SPACE);
            }
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == SPACE) {
            len--;
        }
        char[] out = new char[len];
        sb.getChars(0, len, out, 0);
        return out;
    }

    /** Latin letters without a decomposition, spelt as an English reader would: Guðjohnsen, Häßler, Tyrała. */
    private static final java.util.Map<Character, String> SPECIAL_LETTERS = java.util.Map.of(
            '\u0131', "i", '\u0142', "l", '\u00F8', "o", '\u00E6', "ae", '\u0153', "oe", '\u00DF', "ss",
            '\u00F0', "d", '\u00FE', "th", '\u0111', "d");

    /** The English name as the scorer reads it: lower case, compatibility forms folded, accents stripped, hyphens and other separators as spaces. */
    static String prepareEnglish(String english) {
        // NFKD: compatibility forms (fullwidth Ｔｏｋｙｏ, ligatures ﬁ) read as the letters they stand for
        String d = Normalizer.normalize(english, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String special = SPECIAL_LETTERS.get(c);
            if (special != null) {
                sb.append(special);
            } else if (c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`') {
                sb.append('\'');
            } else if (Character.isLetter(c)) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != SPACE) {
                sb.append(SPACE);
            }
        }
        String s = sb.toString().strip();
        return s;
    }

    /**
     * A candidate rendering of a name in an Arabic sentence: words {@code [firstWord, endWord)} of the
     * sentence's {@link Tokenizer} words, the char span {@code [start, end)} in the sentence, the surface
     * text, the rendering (proclitics و ف ب ل ك stripped from the first word; the article kept unless the
     * name is better matched without it) and its similarity.
     */
    public record Candidate(int firstWord, int endWord, int start, int end, String surface, String rendering,
                            double score) {
    }

    /**
     * Every Arabic word n-gram of {@code arabicSentence} up to {@code maxWords} words (0: the name's word
     * count + 1), scored against {@code english} and sorted best first (ties: fewer words first).
     */
    public static List<Candidate> rank(String english, String arabicSentence, int maxWords) {
        return compile(english).rank(arabicSentence, maxWords);
    }

    /** An English name compiled for fast scoring. Immutable and thread-safe. */
    public static final class Name {
        private final String english;
        private final char[] e;
        private final float[] del;
        private final float weight;
        private final int words;
        /**
         * Per English position, the Arabic letters a table row covering the position can start with
         * (null when the position costs almost nothing to delete, e.g. short vowels, spaces).
         */
        private final long[][] cover;
        /** Per English position, the first Arabic letters of its table rows (4 × 64 bits; [4] ≠ 0: others too). */
        private final long[][] firstArabic;
        /** Per English position: a table row writes nothing there (a silent group), so always try the rows. */
        private final boolean[] silentAt;
        /** Arabic letters (U+0600–U+06FF) that some applicable table row writes: a cheap lower bound. */
        private final boolean[] producible = new boolean[0x100];
        private final boolean spaceProducible = false;
        /** Table rows applicable at each English position (English side already matched). */
        private final Table.Sub[][] subsAt;

        Name(String englishName) {
            this.english = englishName;
            this.e = prepareEnglish(englishName).toCharArray();
            int m = e.length;
            del = new float[m];
            subsAt = new Table.Sub[m][];
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
                List<Table.Sub> here = new ArrayList<>();
                for (Table.Sub s : TABLE.subsStartingWith(c)) {
                    if (matches(e, i, s.en) && (!s.atEnd() || i + s.en.length == m || e[i + s.en.length] == SPACE)) {
                        here.add(s);
                    }
                }
                subsAt[i] = here.toArray(new Table.Sub[0]);
            }
            this.weight = w;
            this.words = wc;
            firstArabic = new long[m][5];
            silentAt = new boolean[m];
            for (int i = 0; i < m; i++) {
                for (Table.Sub sub : subsAt[i]) {
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
            cover = new long[m][];
            for (int i = 0; i < m; i++) {
                if (del[i] < 0.5f) {
                    continue; // not worth a bound
                }
                long[] c = new long[4];
                for (int k = Math.max(0, i - TABLE.maxEnglish + 1); k <= i; k++) {
                    for (Table.Sub sub : subsAt[k]) {
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
            // the article rule writes ال without a table row
            producible[ArabicLetters.ALEF - 0x600] = true;
            producible[ArabicLetters.LAM - 0x600] = true;
            for (Table.Sub[] at : subsAt) {
                for (Table.Sub sub : at) {
                    for (char c : sub.ar) {
                        if (c >= 0x600 && c < 0x700) {
                            producible[c - 0x600] = true;
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
            for (int i = 0; i < cover.length; i++) {
                long[] c = cover[i];
                if (c == null) {
                    continue;
                }
                if ((c[0] & present[0]) == 0 && (c[1] & present[1]) == 0 && (c[2] & present[2]) == 0
                        && (c[3] & present[3]) == 0) {
                    lb += del[i];
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
            return c >= 0x600 && c < 0x700 ? producible[c - 0x600] : c == SPACE && spaceProducible;
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
            for (int i = 0; i <= m; i++) {
                if (budget != Float.POSITIVE_INFINITY && i > 0) {
                    // every complete path has a cell in row i or jumps over it into rows i+1..i+maxJump-1,
                    // whose cells already hold all contributions from rows before i: a valid lower bound
                    float lower = Float.POSITIVE_INFINITY;
                    int last = Math.min(m, i + maxJump - 1);
                    for (int k = i * w, end = (last + 1) * w; k < end; k++) {
                        if (d[k] < lower) {
                            lower = d[k];
                        }
                    }
                    if (lower > budget) {
                        return null;
                    }
                }
                Table.Sub[] subs = i < m ? subsAt[i] : null;
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
                        for (Table.Sub s : subs) {
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
                                int k = (i + s.en.length) * w + j + al;
                                float v = c + s.cost;
                                if (v < d[k]) {
                                    d[k] = v;
                                }
                            }
                        }
                    }
                }
            }
            return d;
        }

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
            int max = maxWords > 0 ? maxWords : Math.min(words + 1, 6);
            List<Candidate> out = new ArrayList<>();
            int size = s.size();
            double[] best = new double[max + 1];
            int[] renderAt = new int[max + 1];
            boolean[] addAlef = new boolean[max + 1];
            float[] englishLower = new float[max + 1];
            float[] was = new float[max + 1];
            long[] present = new long[4];
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
                Arrays.fill(present, 0);
                for (int k = 1; k <= ends; k++) {
                    long[] l = s.letters[first + k - 1];
                    for (int q = 0; q < 4; q++) {
                        present[q] |= l[q];
                    }
                    englishLower[k] = floor > 0 ? englishLowerBound(present) : 0;
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
                            char c = s.folded[j];
                            float ins = TABLE.insertion(c);
                            wa += ins;
                            if (!producible(c)) {
                                lowerA += ins;
                            }
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
                    float[] d = fill(s.folded, from, to, budgetMax);
                    if (d == null) {
                        continue;
                    }
                    int row = m * (to - from + 1);
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

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean matches(char[] e, int i, char[] en) {
        if (i + en.length > e.length) {
            return false;
        }
        for (int t = 0; t < en.length; t++) {
            if (e[i + t] != en[t]) {
                return false;
            }
        }
        return true;
    }

    private static java.util.Set<String> loadWords(String resource) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : ResourceText.dataLines(Transliteration.class, resource)) {
            out.add(ArabicNormalizer.MATCHING.normalize(line));
        }
        return out;
    }

    /** The letter-correspondence table, loaded from the resource file. */
    static final class Table {
        /** A substitution; {@code atEnd}: only at the end of an English word (French -ault → و). */
        record Sub(char[] en, char[] ar, float cost, boolean atEnd) {
        }

        private final List<List<Sub>> subsByFirst = new ArrayList<>();
        /** Longest English side of a substitution: how many DP rows one step may jump. */
        final int maxEnglish;
        private final char[] subKeys;
        private final float[] delLatin = new float[128];
        private final java.util.Map<Character, Float> delOther = new java.util.HashMap<>();
        /** Insertion cost by Arabic-block offset (U+0600–U+06FF) and for the space. */
        private final float[] insArabic = new float[0x100];
        private float insSpace = DEFAULT_COST;

        private Table(List<Sub> subs, java.util.Map<Character, Float> dels, java.util.Map<Character, Float> ins) {
            java.util.TreeMap<Character, List<Sub>> by = new java.util.TreeMap<>();
            for (Sub s : subs) {
                by.computeIfAbsent(s.en[0], k -> new ArrayList<>()).add(s);
            }
            int longest = 1;
            for (Sub s : subs) {
                longest = Math.max(longest, s.en.length);
            }
            maxEnglish = longest;
            subKeys = new char[by.size()];
            int k = 0;
            for (var en : by.entrySet()) {
                subKeys[k++] = en.getKey();
                subsByFirst.add(List.copyOf(en.getValue()));
            }
            Arrays.fill(delLatin, DEFAULT_COST);
            Arrays.fill(insArabic, DEFAULT_COST);
            dels.forEach((c, v) -> {
                if (c < 128) {
                    delLatin[c] = v;
                } else {
                    delOther.put(c, v);
                }
            });
            ins.forEach((c, v) -> {
                if (c == SPACE) {
                    insSpace = v;
                } else if (c >= 0x600 && c < 0x700) {
                    insArabic[c - 0x600] = v;
                }
            });
        }

        List<Sub> subsStartingWith(char c) {
            int i = Arrays.binarySearch(subKeys, c);
            return i < 0 ? List.of() : subsByFirst.get(i);
        }

        float deletion(char c) {
            return c < 128 ? delLatin[c] : delOther.getOrDefault(c, DEFAULT_COST);
        }

        float insertion(char c) {
            if (c >= 0x600 && c < 0x700) {
                return insArabic[c - 0x600];
            }
            return c == SPACE ? insSpace : DEFAULT_COST;
        }

        static Table load(String resource) {
            List<Sub> subs = new ArrayList<>();
            java.util.Map<Character, Float> dels = new java.util.HashMap<>();
            java.util.Map<Character, Float> ins = new java.util.HashMap<>();
            try (InputStream in = Transliteration.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int no = 0;
                while ((line = r.readLine()) != null) {
                    no++;
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    if (f.length != 4) {
                        throw new IllegalStateException(resource + ":" + no + ": expected 4 tab-separated fields");
                    }
                    float cost = Float.parseFloat(f[3]);
                    String ar = f[2].equals("-") ? "" : ArabicNormalizer.MATCHING.normalize(f[2]);
                    String en = f[1].equals("-") ? "" : f[1];
                    switch (f[0]) {
                        case "sub" -> {
                            boolean atEnd = en.length() > 1 && en.endsWith("$");
                            String g = atEnd ? en.substring(0, en.length() - 1) : en;
                            subs.add(new Sub(g.toCharArray(), ar.toCharArray(), cost, atEnd));
                        }
                        case "del" -> dels.put(en.charAt(0), cost);
                        case "ins" -> ins.put(ar.charAt(0), cost);
                        default -> throw new IllegalStateException(resource + ":" + no + ": unknown kind " + f[0]);
                    }
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return new Table(subs, dels, ins);
        }
    }

    /**
     * An Arabic sentence cut into words, each prepared for scoring once, with the start offsets its
     * proclitic readings ({@link ArabicClitics#splits}) allow.
     */
    public static final class ArabicSentence {
        final String text;
        final List<Token> tokens;
        /** LIGHT-normalised words (spelling kept) and their MATCHING folds, same length. */
        final String[] light;
        final char[] folded;
        final int[] wordStart;
        final int[] wordEnd;
        /**
         * Readings of each word (from {@link ArabicClitics#splits}), three ints each: the offset in the
         * word where scoring starts, the offset where the rendering starts (the article is kept in the
         * rendering: السادات is the name, not سادات), and 1 when the rendering must restore the alef of an
         * article written لل after the preposition ل.
         */
        final int[][] readings;
        /** Per word, the set of its Arabic-block letters (4 × 64 bits). */
        final long[][] letters;
        /** Words that are Arabic function words (إلى، في، من …): never the first or last word of a rendering. */
        final boolean[] function;

        private ArabicSentence(String text) {
            this.text = text;
            List<Token> all = Tokenizer.tokenize(text);
            List<Token> ws = new ArrayList<>(all.size());
            for (Token t : all) {
                if (!t.isNumber()) {
                    ws.add(t);
                }
            }
            tokens = ws;
            int k = ws.size();
            light = new String[k];
            wordStart = new int[k];
            wordEnd = new int[k];
            readings = new int[k][];
            function = new boolean[k];
            letters = new long[k][4];
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < k; i++) {
                String l = ArabicNormalizer.LIGHT.normalize(ws.get(i).text());
                String f = ArabicNormalizer.MATCHING.normalize(l);
                if (f.length() != l.length()) {
                    // folding is one char for one char on LIGHT text; keep the invariant regardless
                    l = f;
                }
                light[i] = l;
                function[i] = FUNCTION_WORDS.contains(f);
                for (int t = 0; t < f.length(); t++) {
                    char ch = f.charAt(t);
                    if (ch >= 0x600 && ch < 0x700) {
                        letters[i][(ch - 0x600) >> 6] |= 1L << ((ch - 0x600) & 63);
                    }
                }
                if (i > 0) {
                    sb.append(SPACE);
                }
                wordStart[i] = sb.length();
                sb.append(f);
                wordEnd[i] = sb.length();
                int[] rd = new int[18];
                int nr = 0;
                for (ArabicClitics.Split sp : ArabicClitics.splits(f)) {
                    int p = sp.prefix().length();
                    int stemAt = f.length() - sp.stem().length();
                    if (nr + 3 > rd.length) {
                        rd = Arrays.copyOf(rd, rd.length * 2);
                    }
                    if (!sp.hasArticle()) {
                        rd[nr++] = stemAt;
                        rd[nr++] = stemAt;
                        rd[nr++] = 0;
                    } else {
                        boolean fullArticle = f.startsWith(ArabicClitics.ARTICLE, p);
                        rd[nr++] = stemAt;
                        rd[nr++] = p;
                        rd[nr++] = fullArticle ? 0 : 1;
                    }
                }
                readings[i] = Arrays.copyOf(rd, nr);
            }
            folded = sb.toString().toCharArray();
        }

        /** Prepares an Arabic sentence (or any Arabic text) for ranking several names against it. */
        public static ArabicSentence of(String text) {
            return new ArabicSentence(text);
        }

        /** The text as given. */
        public String text() {
            return text;
        }

        /** Number of words. */
        public int size() {
            return tokens.size();
        }

        /** The candidate for words [first, end) read from {@code renderAt} in the first word. */
        Candidate candidate(int first, int end, int renderAt, boolean addAlef, double score) {
            StringBuilder r = new StringBuilder(light[first].length() + 16);
            if (addAlef) {
                r.append(ArabicLetters.ALEF);
            }
            r.append(light[first], renderAt, light[first].length());
            for (int i = first + 1; i < end; i++) {
                r.append(SPACE).append(light[i]);
            }
            Token a = tokens.get(first);
            Token b = tokens.get(end - 1);
            return new Candidate(first, end, a.start(), b.end(), text.substring(a.start(), b.end()), r.toString(),
                    score);
        }
    }
}
