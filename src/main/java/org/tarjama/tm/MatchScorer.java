package org.tarjama.tm;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.text.ArabicLetters;
import org.tarjama.text.Digits;
import org.tarjama.text.Token;
import org.tarjama.text.Tokenizer;

/**
 * The match percentage, as translators know it from Trados, memoQ and OmegaT.
 * <ul>
 *   <li>100 only when the memory's English is identical to the query, character for character;</li>
 *   <li>when the words are the same but the text differs only in case, punctuation, whitespace or
 *       inline tags, one point per kind of difference (99 or 98);</li>
 *   <li>each number that differs costs one point: numbers are placeables, substituted into the
 *       proposed Arabic in the digits the Arabic uses ({@link #substituteNumbers});</li>
 *   <li>otherwise the word-level edit distance {@code d} between the token sequences (numbers
 *       compared as a class) gives {@code floor(100 × (L − d) / L)}, {@code L} the longer token
 *       count, minus the number penalties; a one-word change in a ten-word sentence is 90.</li>
 * </ul>
 * A non-identical pair never scores 100, and the score never exceeds the edit-distance part
 * ({@link #base}), which is what makes the index's candidate filters lossless.
 *
 * <p>Written by hand: commons-text's Levenshtein works on characters, not token ids, and has no
 * band/threshold cut-off over int arrays.
 */
public final class MatchScorer {
    private MatchScorer() {
    }

    /** The edit-distance part of the score for distance {@code d} over {@code n} and {@code m} tokens. */
    static int base(int n, int m, int d) {
        int l = Math.max(n, m);
        if (l == 0) {
            return 100;
        }
        return 100 * (l - d) / l;
    }

    /** Largest distance {@code d} with {@code base(L, d) >= min}. */
    static int maxDistance(int l, int min) {
        return l * (100 - min) / 100;
    }

    /** The final score of a memory source {@code m} for the query {@code q}, token edit distance {@code d}. */
    static int score(MatchTokens q, MatchTokens m, int d) {
        if (q.text.equals(m.text)) {
            return 100;
        }
        if (q.size() == 0 && m.size() == 0 && !q.skeleton().equals(m.skeleton())) {
            // no words on either side: the punctuation is the whole content ("?" is not "***" at 99)
            return 0;
        }
        int numberPenalty = numberPenalty(q, m);
        if (q.arabic()) {
            return arabicScore(q, m, numberPenalty);
        }
        if (d == 0) {
            int penalty = numberPenalty;
            if (!sameCase(q, m)) {
                penalty++;
            }
            if (!q.skeleton().equals(m.skeleton())) {
                penalty++;
            }
            return 100 - Math.max(1, penalty);
        }
        return Math.max(0, Math.min(99, base(q.size(), m.size(), d) - numberPenalty));
    }

    /**
     * Arabic: words are compared after {@link org.tarjama.text.ArabicNormalizer#MATCHING} (hamza and
     * alef forms, ى/ي, ة/ه, harakat, tatweel, presentation forms), and a word that differs only in a
     * proclitic ({@link ArabicMatchKey}) costs half a word. With {@code w} the edit distance in half
     * words and {@code L} the longer word count, the score is {@code floor(100 × (2L − w) / 2L)} minus
     * the number penalties: one changed word in ten is 90, one changed proclitic 95. When every word
     * is the same after normalisation, differences of spelling, punctuation or numbers cost a point
     * each, as for English, so only identical text scores 100.
     */
    private static int arabicScore(MatchTokens q, MatchTokens m, int numberPenalty) {
        int w = arabicDistance(q, m);
        if (w == 0) {
            int penalty = numberPenalty;
            for (int i = 0; i < q.tokens.size(); i++) {
                if (!q.tokens.get(i).text().equals(m.tokens.get(i).text()) && !q.keys[i].equals(MatchTokens.NUMBER_KEY)) {
                    penalty++; // the same word spelled otherwise (hamza, harakat, ta marbuta, tatweel)
                    break;
                }
            }
            if (!q.skeleton().equals(m.skeleton())) {
                penalty++;
            }
            return 100 - Math.max(1, penalty);
        }
        int l2 = 2 * Math.max(q.size(), m.size());
        return Math.max(0, Math.min(99, 100 * (l2 - w) / l2 - numberPenalty));
    }

    /** Edit distance of two Arabic segments in half words: 1 for a proclitic-only difference, 2 otherwise. */
    static int arabicDistance(MatchTokens a, MatchTokens b) {
        int n = a.size();
        int m = b.size();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = 2 * j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = 2 * i;
            for (int j = 1; j <= m; j++) {
                int c = a.surface[i - 1].equals(b.surface[j - 1]) ? 0 : a.keys[i - 1].equals(b.keys[j - 1]) ? 1 : 2;
                cur[j] = Math.min(prev[j - 1] + c, Math.min(prev[j], cur[j - 1]) + 2);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** The score of an Arabic memory source for an Arabic query, from scratch: the reference for the index. */
    public static int scoreArabic(String query, String source) {
        return score(MatchTokens.ofArabic(query), MatchTokens.ofArabic(source), 0);
    }

    /** The score computed from scratch (full edit distance): the reference the index must agree with. */
    public static int score(String query, String source) {
        MatchTokens q = MatchTokens.of(query);
        MatchTokens m = MatchTokens.of(source);
        return score(q, m, distance(q.keys, m.keys));
    }

    private static boolean sameCase(MatchTokens q, MatchTokens m) {
        for (int i = 0; i < q.tokens.size(); i++) {
            if (!q.tokens.get(i).text().equals(m.tokens.get(i).text()) && !q.keys[i].equals(MatchTokens.NUMBER_KEY)) {
                return false;
            }
        }
        return true;
    }

    /** One point per number of the query whose counterpart (same rank) in the memory source differs. */
    private static int numberPenalty(MatchTokens q, MatchTokens m) {
        if (!q.hasNumbers() && !m.hasNumbers()) {
            return 0;
        }
        List<String> a = q.numbers();
        List<String> b = m.numbers();
        int p = 0;
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                p++;
            }
        }
        return p;
    }

    /** Full token edit distance (unit costs). */
    static int distance(String[] a, String[] b) {
        int n = a.length;
        int m = b.length;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                int sub = prev[j - 1] + (a[i - 1].equals(b[j - 1]) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /**
     * Token edit distance between {@code a[0..n)} and {@code b[bOff..bOff+m)} if it is at most
     * {@code max}, else {@code max + 1}. Only the diagonal band of width {@code 2·max+1} is computed
     * (cells outside it exceed {@code max}), and the scan stops as soon as a whole row exceeds it.
     * {@code rows} is scratch of at least {@code 2·(m+1)} ints.
     */
    static int bandedDistance(int[] a, int n, int[] b, int bOff, int m, int max, int[] rows) {
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        final int big = max + 1;
        int w = m + 1;
        // prev row at rows[0..w), current at rows[w..2w)
        int p = 0;
        int c = w;
        for (int j = 0; j <= m; j++) {
            rows[p + j] = j <= max ? j : big;
        }
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - max);
            int hi = Math.min(m, i + max);
            rows[c + lo - 1] = lo - 1 == 0 ? (i <= max ? i : big) : big;
            int rowMin = rows[c + lo - 1];
            int ai = a[i - 1];
            for (int j = lo; j <= hi; j++) {
                int v = rows[p + j - 1] + (ai == b[bOff + j - 1] ? 0 : 1);
                int up = rows[p + j] + 1;
                if (up < v) {
                    v = up;
                }
                int left = rows[c + j - 1] + 1;
                if (left < v) {
                    v = left;
                }
                if (v > big) {
                    v = big;
                }
                rows[c + j] = v;
                if (v < rowMin) {
                    rowMin = v;
                }
            }
            if (hi < m) {
                rows[c + hi + 1] = big;
            }
            if (rowMin > max) {
                return big;
            }
            int t = p;
            p = c;
            c = t;
        }
        return Math.min(rows[p + m], big);
    }

    /**
     * The memory's Arabic with each number of the memory's English that the query changed replaced
     * by the query's number, written in the digits that Arabic number uses (Arabic-Indic ٠–٩,
     * Eastern ۰–۹ or Western). Numbers pair by rank in the English; a number not found in the
     * Arabic is left alone (the score already flags the difference).
     */
    static String substituteNumbers(MatchTokens q, MatchTokens m, String target) {
        List<String> a = q.numbers();
        List<String> b = m.numbers();
        if (a.isEmpty() || b.isEmpty()) {
            return target;
        }
        List<Token> tgt = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(target)) {
            if (t.isNumber()) {
                tgt.add(t);
            }
        }
        boolean[] used = new boolean[tgt.size()];
        // replacements as (start, end, text), applied right to left
        List<int[]> spans = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (a.get(i).equals(b.get(i))) {
                continue;
            }
            for (int k = 0; k < tgt.size(); k++) {
                Token t = tgt.get(k);
                if (!used[k] && sameNumber(Digits.toAscii(t.text()), b.get(i))) {
                    used[k] = true;
                    spans.add(new int[] {t.start(), t.end()});
                    texts.add(inScriptOf(a.get(i), t.text()));
                    break;
                }
            }
        }
        if (spans.isEmpty()) {
            return target;
        }
        Integer[] order = new Integer[spans.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Integer.compare(spans.get(y)[0], spans.get(x)[0]));
        StringBuilder sb = new StringBuilder(target);
        for (int i : order) {
            sb.replace(spans.get(i)[0], spans.get(i)[1], texts.get(i));
        }
        return sb.toString();
    }

    /** Same number ignoring grouping separators: 2,000 = 2000. */
    private static boolean sameNumber(String x, String y) {
        return x.equals(y) || x.replace(",", "").equals(y.replace(",", ""));
    }

    /** {@code ascii} (a number from the English) written like {@code model} (a number in the Arabic). */
    static String inScriptOf(String ascii, String model) {
        int zero = '0';
        for (int i = 0; i < model.length(); i++) {
            char c = model.charAt(i);
            if (c >= Digits.ARABIC_INDIC_ZERO && c <= Digits.ARABIC_INDIC_ZERO + 9) {
                zero = Digits.ARABIC_INDIC_ZERO;
            } else if (c >= Digits.EASTERN_ARABIC_INDIC_ZERO && c <= Digits.EASTERN_ARABIC_INDIC_ZERO + 9) {
                zero = Digits.EASTERN_ARABIC_INDIC_ZERO;
            }
        }
        if (zero == '0') {
            return ascii;
        }
        StringBuilder sb = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append((char) (zero + (c - '0')));
            } else if (c == '.') {
                sb.append(ArabicLetters.ARABIC_DECIMAL_SEPARATOR); // Arabic-Indic digits take Arabic separators
            } else if (c == ',') {
                sb.append(ArabicLetters.ARABIC_THOUSANDS_SEPARATOR);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Word-level differences between the memory's English and the query, in reading order. */
    static List<DiffOp> diff(MatchTokens q, MatchTokens m) {
        String[] a = m.keys;
        String[] b = q.keys;
        int n = a.length;
        int k = b.length;
        int[][] d = new int[n + 1][k + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= k; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= k; j++) {
                d[i][j] = Math.min(d[i - 1][j - 1] + (a[i - 1].equals(b[j - 1]) ? 0 : 1),
                        Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        List<DiffOp> out = new ArrayList<>();
        int i = n;
        int j = k;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (a[i - 1].equals(b[j - 1]) ? 0 : 1)) {
                String s = m.tokens.get(i - 1).text();
                String t = q.tokens.get(j - 1).text();
                out.add(s.equals(t) ? new DiffOp(DiffOp.Kind.EQUAL, s, t) : new DiffOp(DiffOp.Kind.REPLACE, s, t));
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                out.add(new DiffOp(DiffOp.Kind.DELETE, m.tokens.get(i - 1).text(), ""));
                i--;
            } else {
                out.add(new DiffOp(DiffOp.Kind.INSERT, "", q.tokens.get(j - 1).text()));
                j--;
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }
}
