package org.tarjama.text;

import java.util.ArrayList;
import java.util.Arrays;
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
        @SuppressWarnings("unchecked")
        List<ArabicClitics.Split>[] sps = new List[k];
        splits = sps;
        function = new boolean[k];
        letters = new long[4 * k];
        StringBuilder sb = new StringBuilder();
        int[] rd = new int[18];
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
                    letters[4 * i + ((ch - 0x600) >> 6)] |= 1L << ((ch - 0x600) & 63);
                }
            }
            if (i > 0) {
                sb.append(SPACE);
            }
            wordStart[i] = sb.length();
            sb.append(f);
            wordEnd[i] = sb.length();
            int nr = 0; // rd: scratch shared by the words, each word's readings copied out of it
            splits[i] = ArabicClitics.splits(f);
            for (ArabicClitics.Split sp : splits[i]) {
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
        insertion = new float[folded.length];
        blockCode = new short[folded.length];
        for (int j = 0; j < folded.length; j++) {
            insertion[j] = TABLE.insertion(folded[j]);
            int o = folded[j] - 0x600;
            blockCode[j] = (short) (o >= 0 && o < 0x100 ? o : 0x100);
        }
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
