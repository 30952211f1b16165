package org.tarjama.text;

import java.util.ArrayList;
import java.util.List;

import static org.tarjama.text.Transliteration.*;

/**
 * An Arabic sentence cut into words, each prepared for scoring once, with the start offsets its
 * proclitic readings ({@link ArabicClitics#splits}) allow.
 */
public final class ArabicSentence {
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
    /** Per word, {@link ArabicClitics#splits} of its MATCHING fold (the readings come from these). */
    private final List<ArabicClitics.Split>[] splits;
    /** Per word, the set of its Arabic-block letters (4 × 64 bits, word {@code i} at {@code 4 * i}). */
    final long[] letters;
    /** Per character of {@link #folded}, the transliteration table's cost of inserting it. */
    final float[] insertion;
    /** Per character of {@link #folded}, its offset in the Arabic block (U+0600–U+06FF), or 256 outside it. */
    final short[] blockCode;
    /** Words that are Arabic function words (إلى، في، من …): never the first or last word of a rendering. */
    final boolean[] function;
    /** The prepared words, in order. */
    private final Word[] prepared;

    /**
     * A word prepared for scoring: the same in every sentence (its arrays are never written). {@link #memo} is
     * what a caller derived from the word for itself ({@link ArabicSentence#memo(int)}): as the word, it is kept
     * by the thread's {@link Words}.
     */
    private static final class Word {
        final String light;
        final String folded;
        final boolean function;
        final long[] letters;
        final int[] readings;
        final List<ArabicClitics.Split> splits;
        final float[] insertion;
        final short[] blockCode;
        Object memo;

        Word(String light, String folded, boolean function, long[] letters, int[] readings,
             List<ArabicClitics.Split> splits, float[] insertion, short[] blockCode) {
            this.light = light;
            this.folded = folded;
            this.function = function;
            this.letters = letters;
            this.readings = readings;
            this.splits = splits;
            this.insertion = insertion;
            this.blockCode = blockCode;
        }
    }

    /**
     * Words already prepared, for the sentences of one thread (not thread-safe): a memory's words recur, and
     * preparing one (two normalisations, its clitic readings) costs more than a lookup. Bounded: forgets
     * everything past {@link #MAX_WORDS}.
     */
    public static final class Words {
        static final int MAX_WORDS = 16_000;
        private final java.util.HashMap<String, Word> words = new java.util.HashMap<>();

        Word get(String token) {
            Word w = words.get(token);
            if (w == null) {
                if (words.size() >= MAX_WORDS) {
                    words.clear();
                }
                w = prepare(token);
                words.put(token, w);
            }
            return w;
        }
    }

    private static Word prepare(String token) {
        String l = ArabicNormalizer.LIGHT.normalize(token);
        String f = ArabicNormalizer.MATCHING.normalize(l);
        if (f.length() != l.length()) {
            // folding is one char for one char on LIGHT text; keep the invariant regardless
            l = f;
        }
        long[] letters = new long[4];
        float[] insertion = new float[f.length()];
        short[] blockCode = new short[f.length()];
        for (int t = 0; t < f.length(); t++) {
            char ch = f.charAt(t);
            if (ch >= 0x600 && ch < 0x700) {
                letters[(ch - 0x600) >> 6] |= 1L << ((ch - 0x600) & 63);
            }
            insertion[t] = TABLE.insertion(ch);
            int o = ch - 0x600;
            blockCode[t] = (short) (o >= 0 && o < 0x100 ? o : 0x100);
        }
        List<ArabicClitics.Split> splits = ArabicClitics.splits(f);
        int[] rd = new int[3 * splits.size()];
        int nr = 0;
        for (ArabicClitics.Split sp : splits) {
            int p = sp.prefix().length();
            int stemAt = f.length() - sp.stem().length();
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
        return new Word(l, f, FUNCTION_WORDS.contains(f), letters, rd, splits, insertion, blockCode);
    }

    private ArabicSentence(String text, Words cache) {
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
        @SuppressWarnings("unchecked")
        List<ArabicClitics.Split>[] sps = new List[k];
        splits = sps;
        function = new boolean[k];
        letters = new long[4 * k];
        prepared = new Word[k];
        int chars = Math.max(0, k - 1);
        for (int i = 0; i < k; i++) {
            String token = ws.get(i).text();
            Word w = cache == null ? prepare(token) : cache.get(token);
            prepared[i] = w;
            chars += w.folded.length();
        }
        folded = new char[chars];
        insertion = new float[chars];
        blockCode = new short[chars];
        float space = TABLE.insertion(SPACE);
        int at = 0;
        for (int i = 0; i < k; i++) {
            Word w = prepared[i];
            if (i > 0) {
                folded[at] = SPACE;
                insertion[at] = space;
                blockCode[at++] = 0x100;
            }
            light[i] = w.light;
            function[i] = w.function;
            System.arraycopy(w.letters, 0, letters, 4 * i, 4);
            String f = w.folded;
            wordStart[i] = at;
            f.getChars(0, f.length(), folded, at);
            System.arraycopy(w.insertion, 0, insertion, at, f.length());
            System.arraycopy(w.blockCode, 0, blockCode, at, f.length());
            at += f.length();
            wordEnd[i] = at;
            splits[i] = w.splits;
            readings[i] = w.readings;
        }
    }

    /** Prepares an Arabic sentence (or any Arabic text) for ranking several names against it. */
    public static ArabicSentence of(String text) {
        return new ArabicSentence(text, null);
    }

    /** As {@link #of(String)}, its words looked up in and added to {@code words} (may be null): the same sentence. */
    public static ArabicSentence of(String text, Words words) {
        return new ArabicSentence(text, words);
    }

    /** The text as given. */
    public String text() {
        return text;
    }

    /** Number of words. */
    public int size() {
        return tokens.size();
    }

    /**
     * True when words {@code a} and {@code b} are joined by a single hyphen in the text (سي-سبان,
     * راين-نيكار): a rendering keeps it, as the translator wrote it.
     */
    private boolean hyphenBetween(int a, int b) {
        int from = tokens.get(a).end();
        return tokens.get(b).start() == from + 1 && isHyphen(text.charAt(from));
    }

    /** A hyphen: ASCII hyphen-minus, Unicode hyphen or non-breaking hyphen. */
    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Word {@code i}'s token (numbers are no words here). */
    public Token token(int i) {
        return tokens.get(i);
    }

    /** Word {@code i}, {@link ArabicNormalizer#LIGHT}-normalised (its MATCHING fold when that changes its length). */
    public String light(int i) {
        return light[i];
    }

    /** {@link ArabicClitics#splits} of word {@code i}'s {@link #folded} form. */
    public List<ArabicClitics.Split> splits(int i) {
        return splits[i];
    }

    /**
     * What a caller derived from word {@code i} alone and stored with {@link #memo(int, Object)}, in this
     * sentence or in an earlier one of the same {@link Words} (a word recurs across a memory's sentences), or
     * null. Not thread-safe, as {@link Words} is not.
     */
    public Object memo(int i) {
        return prepared[i].memo;
    }

    /** Keeps {@code value}, derived from word {@code i} alone, with the prepared word ({@link #memo(int)}). */
    public void memo(int i, Object value) {
        prepared[i].memo = value;
    }

    /** Word {@code i}, {@link ArabicNormalizer#MATCHING}-folded. */
    public String folded(int i) {
        return new String(folded, wordStart[i], wordEnd[i] - wordStart[i]);
    }

    /** The candidate for words [first, end) read from {@code renderAt} in the first word. */
    Candidate candidate(int first, int end, int renderAt, boolean addAlef, double score) {
        StringBuilder r = new StringBuilder(light[first].length() + 16);
        if (addAlef) {
            r.append(ArabicLetters.ALEF);
        }
        r.append(light[first], renderAt, light[first].length());
        for (int i = first + 1; i < end; i++) {
            r.append(hyphenBetween(i - 1, i) ? '-' : SPACE).append(light[i]);
        }
        Token a = tokens.get(first);
        Token b = tokens.get(end - 1);
        return new Candidate(first, end, a.start(), b.end(), text.substring(a.start(), b.end()), r.toString(),
                score);
    }
}
