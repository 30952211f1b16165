package org.tarjama.text;

import java.text.Normalizer;
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

    static final char SPACE = ' ';
    /** Longest first Arabic word after which a one-word name may continue into a second word. */
    static final int SHORT_FIRST_WORD = 3;
    static final TransliterationTable TABLE = TransliterationTable.load("translit-en-ar.tsv");
    static final java.util.Set<String> FUNCTION_WORDS = loadWords("translit-ar-function-words.txt");
    /** Entries per cache of {@link #similarity(String, String)}; a full cache is cleared, not evicted piecemeal. */
    static final int CACHE_SIZE = 50_000;
    static final java.util.concurrent.ConcurrentHashMap<String, TransliteratedName> NAMES = new java.util.concurrent.ConcurrentHashMap<>();
    static final java.util.concurrent.ConcurrentHashMap<String, char[]> ARABIC = new java.util.concurrent.ConcurrentHashMap<>();

    static <V> void cache(java.util.concurrent.ConcurrentHashMap<String, V> map, String key, V value) {
        if (map.size() >= CACHE_SIZE) {
            map.clear();
        }
        map.put(key, value);
    }
    static final ThreadLocal<float[]> DP = ThreadLocal.withInitial(() -> new float[1024]);

    /**
     * Similarity of an English name and an Arabic word or words, in [0, 1]; 0 when either is empty.
     * For many candidates, {@link #compile(String)} the name once and use {@link TransliteratedName#similarity(String)}
     * or, fastest, {@link ArabicSentence#of} with {@link TransliteratedName#rank(ArabicSentence, int, double)}.
     */
    public static double similarity(String english, String arabic) {
        // callers score the same names and words over and over: both sides are cached (bounded)
        TransliteratedName name = NAMES.get(english);
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
    public static TransliteratedName compile(String english) {
        return new TransliteratedName(english);
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


    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    static boolean matches(char[] e, int i, char[] en) {
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


}
